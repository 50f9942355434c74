// original benchmark: the original-page view (`v` in the reader) on a generated 2 MB hostile page and a
// 300 KB ordinary one. Times, median of the rounds: decoding, then parsing + sanitising
// (html::sanitizedHtml, what the reader's worker thread does), then, in the real reader view of the
// offscreen window (`offprint --benchmark-html`), QTextDocument::setHtml of the result plus its layout
// (the only part that runs on the GUI thread).
#include "benchmarks.h"
#include "benchutil.h"

#include "encoding/decoder.h"
#include "html/document.h"
#include "html/sanitize.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace offprint::bench {

namespace {

const char *const kSentence = "Kernel developers merged the change after a long review, noting that the new "
                              "scheduler keeps latency low under load while using less power on idle cores. ";

QByteArray articleParagraph(int i)
{
    return "<p>Paragraph " + QByteArray::number(i) + ": " + kSentence + "See <a href=\"/news/" + QByteArray::number(i)
        + ".html\">the follow-up</a>, <em>the benchmark</em> and <code>sched_ext</code>; " + kSentence + "</p>\n";
}

// 2 MB: 16,000 unclosed <svg> (each an icon before a line of text), 100,000 attributes (400 elements
// with 250 each, event handlers and styles among them), nesting 10,000 deep, and article text.
QByteArray hostilePage()
{
    QByteArray page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Hostile page</title>"
                      "<script>for(;;){}</script></head><body><article><h1>Hostile page</h1>\n";
    for (int i = 0; i < 16000; ++i)
        page += "<svg onload=x()><path d=\"M0 0\"/><div>Icon " + QByteArray::number(i) + "</div>\n";
    for (int e = 0; e < 400; ++e) {
        page += "<span";
        for (int a = 0; a < 250; ++a)
            page += (a % 2 ? " on" : " s") + QByteArray::number(a) + "=x";
        page += ">Attribute-heavy span " + QByteArray::number(e) + "</span>\n";
    }
    for (int d = 0; d < 10000; ++d)
        page += d % 3 == 0 ? "<div>" : d % 3 == 1 ? "<blockquote>" : "<ul><li>";
    page += "Text at the bottom of the deep nesting.\n";
    for (int i = 0; page.size() < 2 * 1024 * 1024 - 64; ++i)
        page += articleParagraph(i);
    page += "</article></body></html>\n";
    return page;
}

// 300 KB: an ordinary news page: navigation, a script and a style, an article with headings, lists,
// a table, images and links, comments, a footer.
QByteArray normalPage()
{
    QByteArray page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>An ordinary article"
                      "</title><style>body{font:16px serif}.nav a{color:#333}</style><script>";
    page += QByteArray(30000, 'x');
    page += "</script></head><body><header class=\"nav\"><ul>";
    for (int i = 0; i < 40; ++i)
        page += "<li><a href=\"/section/" + QByteArray::number(i) + "\">Section " + QByteArray::number(i) + "</a></li>";
    page += "</ul></header><main><article><h1>An ordinary article</h1>\n";
    for (int i = 0; page.size() < 250 * 1024; ++i) {
        page += articleParagraph(i);
        if (i % 12 == 5)
            page += "<h2>Part " + QByteArray::number(i) + "</h2><figure><img src=\"https://cdn.example/img" +
                    QByteArray::number(i) + ".jpg\" alt=\"Chart " + QByteArray::number(i) +
                    "\"><figcaption>Figure " + QByteArray::number(i) + "</figcaption></figure>\n";
        if (i % 20 == 9)
            page += "<ul><li>First point</li><li>Second <strong>point</strong></li><li>Third point</li></ul>\n";
        if (i % 40 == 19) {
            page += "<table><tr><th>Core</th><th>Latency</th><th>Power</th></tr>";
            for (int r = 0; r < 20; ++r)
                page += "<tr><td>cpu" + QByteArray::number(r) + "</td><td>" + QByteArray::number(r * 3) +
                        " µs</td><td>" + QByteArray::number(r + 4) + " W</td></tr>";
            page += "</table>\n";
        }
    }
    page += "</article><section class=\"comments\">";
    while (page.size() < 300 * 1024)
        page += "<div class=\"comment\"><b>reader</b><p>Thanks, this was useful.</p><button>Reply</button></div>";
    page += "</section></main><footer><form><input name=q><button>Search</button></form></footer></body></html>\n";
    return page;
}

struct Timing
{
    double wallMs = -1;
    double cpuMs = -1;
};

struct Measured
{
    Timing decode;
    Timing sanitize;
    QString output;
};

Measured measure(const QByteArray &page, int rounds)
{
    QList<double> decodeWall, decodeCpu, sanitizeWall, sanitizeCpu;
    Measured m;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer timer;
        timer.start();
        double cpu = threadCpuMs();
        const QString text = encoding::decodeHtml(page).text;
        decodeWall << timer.nsecsElapsed() / 1e6;
        decodeCpu << threadCpuMs() - cpu;
        timer.restart();
        cpu = threadCpuMs();
        const auto doc = html::Document::parse(text.toUtf8());
        html::SanitizeOptions options;
        options.baseUrl = QUrl(QStringLiteral("https://news.example/2024/article.html"));
        m.output = html::sanitizedHtml(*doc, options);
        sanitizeWall << timer.nsecsElapsed() / 1e6;
        sanitizeCpu << threadCpuMs() - cpu;
    }
    m.decode = {median(decodeWall), median(decodeCpu)};
    m.sanitize = {median(sanitizeWall), median(sanitizeCpu)};
    return m;
}

// The GUI thread's part, from the offscreen window: file name → median times; empty when it could not run.
QHash<QString, Timing> setHtmlTimes(const BenchOptions &options, const QStringList &files, QTextStream &out)
{
    QHash<QString, Timing> times;
    if (!QFileInfo(options.guiBinary).isExecutable()) {
        out << "  the offprint executable was not found at " << options.guiBinary << ": setHtml not timed\n";
        return times;
    }
    QStringList arguments;
    for (const QString &file : files)
        arguments << QStringLiteral("--benchmark-html") << file;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("OFFPRINT_BENCH_ROUNDS"), QString::number(options.rounds));
    process.setProcessEnvironment(env);
    process.start(options.guiBinary, arguments);
    if (!process.waitForFinished(600000)) {
        process.kill();
        out << "  the window did not finish its benchmark run\n";
        return times;
    }
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("benchmark-html:")))
            continue;
        QString file;
        Timing timing;
        for (const QString &field : line.mid(15).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (field.startsWith(QLatin1String("file=")))
                file = field.mid(5);
            else if (field.startsWith(QLatin1String("median-ms=")))
                timing.wallMs = field.mid(10).toDouble();
            else if (field.startsWith(QLatin1String("cpu-ms=")))
                timing.cpuMs = field.mid(7).toDouble();
        }
        if (!file.isEmpty() && timing.wallMs >= 0)
            times.insert(file, timing);
    }
    return times;
}

} // namespace

int benchOriginal(const BenchOptions &options, QTextStream &out)
{
    out << "== original (original-page view: decode, parse + sanitise off the GUI thread, setHtml + layout on it)\n";
    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "  no temporary folder\n";
        return 1;
    }
    const QList<QPair<QString, QByteArray>> pages = {{QStringLiteral("hostile"), hostilePage()},
                                                     {QStringLiteral("normal"), normalPage()}};
    QList<Measured> measured;
    QStringList files;
    for (const auto &[name, page] : pages) {
        measured << measure(page, options.rounds);
        const QString path = dir.filePath(name + QStringLiteral(".html"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(measured.last().output.toUtf8()) < 0) {
            out << "  cannot write " << path << "\n";
            return 1;
        }
        files << path;
    }
    const QHash<QString, Timing> setHtml = setHtmlTimes(options, files, out);
    // Wall-clock medians, and CPU time of the working thread in brackets (meaningful on a busy machine).
    out << QStringLiteral("  median of %1 runs, ms wall (cpu):\n").arg(options.rounds);
    out << QStringLiteral("    %1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("page"), -8)
               .arg(QStringLiteral("in-KB"), 6)
               .arg(QStringLiteral("out-KB"), 6)
               .arg(QStringLiteral("decode"), 14)
               .arg(QStringLiteral("parse+sanitise"), 16)
               .arg(QStringLiteral("setHtml+layout"), 16)
               .arg(QStringLiteral("total"), 16);
    const auto cell = [](const Timing &t, int width) {
        return (t.wallMs < 0 ? QStringLiteral("-")
                             : QStringLiteral("%1 (%2)").arg(t.wallMs, 0, 'f', 1).arg(t.cpuMs, 0, 'f', 1))
            .rightJustified(width);
    };
    int failures = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const Measured &m = measured.at(i);
        const Timing gui = setHtml.value(pages.at(i).first + QStringLiteral(".html"));
        const Timing total{m.decode.wallMs + m.sanitize.wallMs + qMax(0.0, gui.wallMs),
                           m.decode.cpuMs + m.sanitize.cpuMs + qMax(0.0, gui.cpuMs)};
        out << QStringLiteral("    %1 %2 %3 %4 %5 %6 %7%8\n")
                   .arg(pages.at(i).first, -8)
                   .arg(pages.at(i).second.size() / 1024, 6)
                   .arg(m.output.toUtf8().size() / 1024, 6)
                   .arg(cell(m.decode, 14), cell(m.sanitize, 16), cell(gui, 16), cell(total, 16))
                   .arg(total.cpuMs < 1000 ? QString() : QStringLiteral("  over the 1 s target"));
        if (gui.wallMs < 0)
            failures = 1;
    }
    out.flush();
    return failures;
}

} // namespace offprint::bench
