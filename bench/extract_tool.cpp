// Runs the article extractor on one saved page and prints text, Markdown or JSON, like
// `offprint-cli extract` (used with ../shared/bench/score.py before the CLI is wired).
#include "common/fileutil.h"
#include "common/limits.h"
#include "encoding/decoder.h"
#include "extract/analysis.h"
#include "extract/extractor.h"
#include "extract/metadata.h"
#include "extract/selection.h"
#include "html/document.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace offprint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString format = QStringLiteral("text");
    QString url;
    QString path;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--format") && i + 1 < args.size())
            format = args[++i];
        else if (args[i] == QLatin1String("--url") && i + 1 < args.size())
            url = args[++i];
        else if (!args[i].startsWith(QLatin1String("--")))
            path = args[i];
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: offprint-extract-tool PAGE.html [--format text|json|markdown] [--url URL]\n");
        return 2;
    }
    const auto bytes = fileutil::readFile(path, limits::kMaxInputFileBytes);
    if (!bytes) {
        std::fprintf(stderr, "%s\n", qPrintable(bytes.errorMessage()));
        return 1;
    }
    const QByteArray html = encoding::decodeHtml(*bytes).text.toUtf8();
    if (format == QLatin1String("candidates")) {
        // Developer view: the best-scored candidates and the chosen roots.
        const auto doc = html::Document::parse(html);
        const extract::ExtractOptions options;
        const extract::Analysis analysis(doc->body(), options, !args.contains(QLatin1String("--nostrip")));
        const auto describe = [&](html::Node n) {
            QString path;
            for (html::Node p = n; p.isElement(); p = p.parent())
                path.prepend(QLatin1Char('/') + p.tagName() + (p.classAndId().isEmpty() ? QString() : QLatin1Char('.') + p.classAndId().left(30)));
            return path;
        };
        int shown = 0;
        for (int i : analysis.rankedCandidates()) {
            const auto &n = analysis.at(i);
            std::printf("%8.1f len=%7.0f ld=%.2f punct=%d  %s\n", n.score, n.len, n.linkDensity(), n.punct,
                        qPrintable(describe(n.node)));
            if (++shown >= 12)
                break;
        }
        const auto sel = extract::selectArticle(analysis, options, extract::readMetadata(*doc, url).title);
        for (const auto &r : sel.roots)
            std::printf("root: %s\n", qPrintable(describe(r)));
        return 0;
    }
    extract::ExtractInput input;
    input.html = html;
    input.baseUrl = url;
    const ExtractedArticle article = extract::extractArticle(input);
    QByteArray out;
    if (format == QLatin1String("json")) {
        QJsonObject o;
        o.insert(QStringLiteral("title"), article.meta.title);
        o.insert(QStringLiteral("author"), article.meta.author);
        o.insert(QStringLiteral("site"), article.meta.siteName);
        o.insert(QStringLiteral("url"), article.meta.url);
        o.insert(QStringLiteral("canonical"), article.meta.canonicalUrl);
        o.insert(QStringLiteral("published"), article.meta.published.isValid()
                                                  ? article.meta.published.toString(Qt::ISODate)
                                                  : QString());
        o.insert(QStringLiteral("lang"), article.meta.language);
        o.insert(QStringLiteral("excerpt"), article.meta.excerpt);
        o.insert(QStringLiteral("leadImage"), article.meta.leadImage);
        o.insert(QStringLiteral("confidence"), article.confidence);
        o.insert(QStringLiteral("text"), article.text);
        o.insert(QStringLiteral("markdown"), article.markdown);
        out = QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("markdown")) {
        out = article.markdown.toUtf8();
    } else {
        out = article.text.toUtf8();
        out += '\n';
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
