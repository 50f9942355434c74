// The highlight commands end to end (highlight, highlights, unhighlight, highlight-note, note), with
// positions checked against `show ID --format text`, re-anchoring through `import --update`, search by
// a note, and the exports.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// A saved page: the same address in every version, so that `import --update` replaces its article.
QByteArray page(const QStringList &paragraphs)
{
    QString body;
    for (const QString &p : paragraphs)
        body += QStringLiteral("<p>%1</p>\n").arg(p);
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>Notes on the river survey</title>"
                          "<link rel=\"canonical\" href=\"https://example.com/river-survey\"></head>\n"
                          "<body><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav>\n"
                          "<article><h1>Notes on the river survey</h1>\n%1</article>\n"
                          "<footer>Copyright Example</footer></body></html>\n")
        .arg(body)
        .toUtf8();
}

const QString kIntro = QStringLiteral("The survey team 🚣 walked the river for three days in early spring, "
                                      "measuring the depth at every bend and noting where the banks had moved.");
const QString kFlood = QStringLiteral("Last year's flood moved the northern bank almost twenty metres, and the "
                                      "old ford is now under a metre of water for most of the year.");
const QString kBirds = QStringLiteral("Kingfishers were seen at four places; the team counted more herons than "
                                      "in any year before, which the rangers put down to the quieter paths.");
const QString kChinese = QStringLiteral("调查队在河边发现了新的鸟类栖息地，数量比去年多了一倍。");
const QString kEnd = QStringLiteral("The report ends with a plan to measure again in autumn, when the water is "
                                    "low, and to compare the banks with the old maps of the valley.");

// Code points before `utf16Index` in `text`.
qint64 codePoints(const QString &text, qsizetype utf16Index)
{
    return text.left(utf16Index).toUcs4().size();
}

} // namespace

class TestHighlightsCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString library() const { return m_dir->filePath(QStringLiteral("lib")); }
    QString write(const QString &name, const QByteArray &data);
    qint64 importPage(const QByteArray &html, bool update = false);
    QString text(qint64 id);
    QJsonArray highlights(const QStringList &args);
    qint64 highlight(qint64 article, const QStringList &args);

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void highlightPrintsIdAndCodePointPosition();
    void quoteNotFoundFails();
    void occurrenceChoosesTheRepeat();
    void notesAreSearchable();
    void updateReanchorsAndKeepsOrphans();
    void unhighlightAndArticleNote();
    void articleNoteAloneIsFoundAndFiltered();
    void exportsCarryHighlights();
};

void TestHighlightsCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("OFFPRINT_CLI")), "OFFPRINT_CLI must point at offprint-cli");
}

void TestHighlightsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHighlightsCli::cleanup()
{
    m_dir.reset();
}

QString TestHighlightsCli::write(const QString &name, const QByteArray &data)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

qint64 TestHighlightsCli::importPage(const QByteArray &html, bool update)
{
    static int n = 0;
    const QString path = write(QStringLiteral("page-%1.html").arg(++n), html);
    QStringList args{QStringLiteral("import"), path};
    if (update)
        args << QStringLiteral("--update");
    const CliResult r = runCli(library(), args);
    static const QRegularExpression line(QStringLiteral("^(imported|updated) #(\\d+): "));
    const auto match = line.match(r.out);
    if (r.exitCode != 0 || !match.hasMatch()) {
        qWarning("%s", qPrintable(r.describe()));
        return 0;
    }
    return match.captured(2).toLongLong();
}

QString TestHighlightsCli::text(qint64 id)
{
    const CliResult r = runCli(library(), {QStringLiteral("show"), QString::number(id), QStringLiteral("--format"),
                                           QStringLiteral("text")});
    return r.out.chopped(1); // the line end show adds
}

QJsonArray TestHighlightsCli::highlights(const QStringList &args)
{
    const CliResult r = runCli(library(), QStringList{QStringLiteral("highlights")} + args + QStringList{QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.describe()));
    return r.json().array();
}

qint64 TestHighlightsCli::highlight(qint64 article, const QStringList &args)
{
    const CliResult r = runCli(library(), QStringList{QStringLiteral("highlight"), QString::number(article)} + args);
    static const QRegularExpression line(QStringLiteral("^highlight #(\\d+) on #(\\d+)\n$"));
    const auto match = line.match(r.out);
    if (r.exitCode != 0 || !match.hasMatch() || match.captured(2).toLongLong() != article) {
        qWarning("%s", qPrintable(r.describe()));
        return 0;
    }
    return match.captured(1).toLongLong();
}

void TestHighlightsCli::highlightPrintsIdAndCodePointPosition()
{
    const qint64 id = importPage(page({kIntro, kFlood, kChinese, kBirds, kEnd}));
    QVERIFY(id > 0);
    const QString plain = text(id);
    // Across the paragraph break between the Chinese paragraph and the next, typed with a space.
    const QString quote = QStringLiteral("数量比去年多了一倍。 Kingfishers were seen");
    const qint64 hid = highlight(id, {QStringLiteral("--quote"), quote, QStringLiteral("--color"),
                                      QStringLiteral("green"), QStringLiteral("--note"), QStringLiteral("Ask the rangers.")});
    QVERIFY(hid > 0);
    const QJsonArray all = highlights({QString::number(id)});
    QCOMPARE(all.size(), 1);
    const QJsonObject h = all.first().toObject();
    QCOMPARE(h.keys(), (QStringList{"anchored", "article", "color", "created", "id", "note", "position", "quote", "updated"}));
    QCOMPARE(h.value("id").toInteger(), hid);
    QCOMPARE(h.value("article").toInteger(), id);
    QCOMPARE(h.value("color").toString(), QStringLiteral("green"));
    QCOMPARE(h.value("note").toString(), QStringLiteral("Ask the rangers."));
    QVERIFY(h.value("anchored").toBool());
    QCOMPARE(h.value("created").toString(), h.value("updated").toString());
    QVERIFY(QDateTime::fromString(h.value("created").toString(), Qt::ISODate).isValid());
    // The position counts code points of `show --format text` (the boat emoji before it is one).
    const qsizetype at = plain.indexOf(QStringLiteral("数量"));
    QVERIFY(at > 0);
    QCOMPARE(h.value("position").toInteger(), codePoints(plain, at));
    QVERIFY(codePoints(plain, at) < at);
    const QString stored = h.value("quote").toString();
    QVERIFY2(stored.startsWith(QStringLiteral("数量比去年多了一倍。\n\nKingfishers")), qPrintable(stored));
    QCOMPARE(plain.mid(at, stored.size()), stored);
    // The text listing.
    const CliResult listed = runCli(library(), {QStringLiteral("highlights")});
    QCOMPARE_EXIT(listed, 0);
    QVERIFY2(listed.out.startsWith(QStringLiteral("#%1 on #%2 green @%3: 数量比去年多了一倍。 Kingfishers were seen\n"
                                                  "    note: Ask the rangers.\n")
                                       .arg(hid).arg(id).arg(codePoints(plain, at))),
             qPrintable(listed.out));
}

void TestHighlightsCli::quoteNotFoundFails()
{
    const qint64 id = importPage(page({kIntro, kFlood, kBirds}));
    QVERIFY(id > 0);
    const CliResult r = runCli(library(), {QStringLiteral("highlight"), QString::number(id), QStringLiteral("--quote"),
                                           QStringLiteral("a sentence that is not there")});
    QCOMPARE_EXIT(r, 1);
    QCOMPARE(r.out, QStringLiteral("failed: quote not found in #%1\n").arg(id));
    QCOMPARE(highlights({}).size(), 0);
    // Usage errors exit 2.
    QCOMPARE(runCli(library(), {QStringLiteral("highlight"), QString::number(id)}).exitCode, 2);
    QCOMPARE(runCli(library(), {QStringLiteral("highlight"), QString::number(id), QStringLiteral("--quote"),
                                QStringLiteral("river"), QStringLiteral("--color"), QStringLiteral("orange")}).exitCode, 2);
    QCOMPARE(runCli(library(), {QStringLiteral("highlight"), QString::number(id), QStringLiteral("--quote"),
                                QStringLiteral("river"), QStringLiteral("--occurrence"), QStringLiteral("0")}).exitCode, 2);
    // No such article, no such highlight: exit 1.
    QCOMPARE(runCli(library(), {QStringLiteral("highlight"), QStringLiteral("999"), QStringLiteral("--quote"),
                                QStringLiteral("river")}).exitCode, 1);
    QCOMPARE(runCli(library(), {QStringLiteral("unhighlight"), QStringLiteral("999")}).exitCode, 1);
    QCOMPARE(runCli(library(), {QStringLiteral("highlight-note"), QStringLiteral("999"), QStringLiteral("x")}).exitCode, 1);
}

void TestHighlightsCli::occurrenceChoosesTheRepeat()
{
    const qint64 id = importPage(page({kIntro, kFlood, kBirds, kEnd}));
    QVERIFY(id > 0);
    const QString plain = text(id);
    const QString repeated = QStringLiteral("the banks");
    QCOMPARE(plain.count(repeated), 2);
    const qint64 first = highlight(id, {QStringLiteral("--quote"), repeated});
    const qint64 second = highlight(id, {QStringLiteral("--quote"), repeated, QStringLiteral("--occurrence"), QStringLiteral("2")});
    QVERIFY(first > 0 && second > 0);
    const QJsonArray all = highlights({QString::number(id)});
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].toObject().value("position").toInteger(), codePoints(plain, plain.indexOf(repeated)));
    QCOMPARE(all[1].toObject().value("position").toInteger(), codePoints(plain, plain.lastIndexOf(repeated)));
    const CliResult third = runCli(library(), {QStringLiteral("highlight"), QString::number(id), QStringLiteral("--quote"),
                                               repeated, QStringLiteral("--occurrence"), QStringLiteral("3")});
    QCOMPARE_EXIT(third, 1);
    QVERIFY(third.out.startsWith(QStringLiteral("failed: ")));
}

void TestHighlightsCli::notesAreSearchable()
{
    const qint64 id = importPage(page({kIntro, kFlood, kBirds}));
    const qint64 other = importPage(QByteArray(page({kEnd, kChinese})).replace("river-survey", "other-page"));
    QVERIFY(id > 0 && other > 0 && other != id);
    const qint64 hid = highlight(id, {QStringLiteral("--quote"), QStringLiteral("the old ford")});
    QVERIFY(hid > 0);
    QCOMPARE(runCli(library(), {QStringLiteral("search"), QStringLiteral("wagtails")}).out, QStringLiteral("0 results\n"));
    const CliResult noted = runCli(library(), {QStringLiteral("highlight-note"), QString::number(hid),
                                               QStringLiteral("Grey wagtails nest under the old ford bridge.")});
    QCOMPARE_EXIT(noted, 0);
    QCOMPARE(noted.out, QStringLiteral("highlight #%1: note set\n").arg(hid));
    const CliResult found = runCli(library(), {QStringLiteral("search"), QStringLiteral("wagtails"), QStringLiteral("--json")});
    QCOMPARE_EXIT(found, 0);
    const QJsonArray hits = found.json().array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0].toObject().value("id").toInteger(), id);
    QVERIFY2(hits[0].toObject().value("snippet").toString().contains(QStringLiteral("<mark>wagtails</mark>")),
             qPrintable(found.out));
    // has: filters.
    const CliResult has = runCli(library(), {QStringLiteral("search"), QStringLiteral("has:highlights"), QStringLiteral("--json")});
    QCOMPARE(has.json().array().size(), 1);
    QCOMPARE(runCli(library(), {QStringLiteral("search"), QStringLiteral("-has:note"), QStringLiteral("--json")})
                 .json().array().first().toObject().value("id").toInteger(), other);
    // Cleared: no longer found.
    QCOMPARE(runCli(library(), {QStringLiteral("highlight-note"), QString::number(hid), QString()}).out,
             QStringLiteral("highlight #%1: note cleared\n").arg(hid));
    QCOMPARE(runCli(library(), {QStringLiteral("search"), QStringLiteral("wagtails")}).out, QStringLiteral("0 results\n"));
}

void TestHighlightsCli::updateReanchorsAndKeepsOrphans()
{
    const qint64 id = importPage(page({kIntro, kFlood, kChinese, kBirds, kEnd}));
    QVERIFY(id > 0);
    const qint64 moved = highlight(id, {QStringLiteral("--quote"), QStringLiteral("moved the northern bank almost twenty metres")});
    const qint64 edited = highlight(id, {QStringLiteral("--quote"), QStringLiteral("Kingfishers were seen at four places")});
    const qint64 deleted = highlight(id, {QStringLiteral("--quote"), QStringLiteral("measure again in autumn"),
                                          QStringLiteral("--note"), QStringLiteral("plan")});
    const qint64 chinese = highlight(id, {QStringLiteral("--quote"), QStringLiteral("新的鸟类栖息地")});
    QVERIFY(moved > 0 && edited > 0 && deleted > 0 && chinese > 0);

    // The page saved again after edits: a paragraph before the highlights, a word elsewhere changed,
    // the kingfisher sentence edited slightly, the last paragraph gone.
    const QString inserted = QStringLiteral("An update from the rangers 🦆: the path along the east side is open again.");
    QString intro = kIntro;
    intro.replace(QStringLiteral("three days"), QStringLiteral("four days"));
    QString birds = kBirds;
    birds.replace(QStringLiteral("Kingfishers were seen at four places"), QStringLiteral("Kingfishers were spotted at five places"));
    QCOMPARE(importPage(page({intro, inserted, kFlood, kChinese, birds}), true), id);
    const QString plain = text(id);

    const QJsonArray all = highlights({QString::number(id)});
    QCOMPARE(all.size(), 4); // none lost
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &v : all)
        byId.insert(v.toObject().value("id").toInteger(), v.toObject());
    auto positionOf = [&](const QString &s) { return codePoints(plain, plain.indexOf(s)); };
    QCOMPARE(byId[moved].value("position").toInteger(), positionOf(QStringLiteral("moved the northern bank")));
    QCOMPARE(byId[chinese].value("position").toInteger(), positionOf(QStringLiteral("新的鸟类栖息地")));
    QVERIFY(byId[edited].value("anchored").toBool());
    QCOMPARE(byId[edited].value("position").toInteger(), positionOf(QStringLiteral("Kingfishers were spotted")));
    QCOMPARE(byId[edited].value("quote").toString(), QStringLiteral("Kingfishers were spotted at five places"));
    QVERIFY(!byId[deleted].value("anchored").toBool());
    QVERIFY(byId[deleted].value("position").isNull());
    QCOMPARE(byId[deleted].value("quote").toString(), QStringLiteral("measure again in autumn"));
    QCOMPARE(byId[deleted].value("note").toString(), QStringLiteral("plan"));
    // The orphan is listed, with its quote and note.
    const QJsonArray orphans = highlights({QStringLiteral("--orphaned")});
    QCOMPARE(orphans.size(), 1);
    QCOMPARE(orphans[0].toObject().value("id").toInteger(), deleted);
    const CliResult listed = runCli(library(), {QStringLiteral("highlights"), QStringLiteral("--orphaned")});
    QCOMPARE(listed.out, QStringLiteral("#%1 on #%2 yellow orphaned: measure again in autumn\n    note: plan\n").arg(deleted).arg(id));
    // Every anchored quote is the text at its position.
    for (const QJsonValue &v : all) {
        const QJsonObject h = v.toObject();
        if (!h.value("anchored").toBool())
            continue;
        const QList<uint> ucs4 = plain.toUcs4();
        const QString quote = h.value("quote").toString();
        const qsizetype from = qsizetype(h.value("position").toInteger());
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + from, quote.toUcs4().size()), quote);
    }
}

void TestHighlightsCli::unhighlightAndArticleNote()
{
    const qint64 id = importPage(page({kIntro, kFlood}));
    const qint64 hid = highlight(id, {QStringLiteral("--quote"), QStringLiteral("the old ford")});
    QVERIFY(hid > 0);
    const CliResult removed = runCli(library(), {QStringLiteral("unhighlight"), QString::number(hid)});
    QCOMPARE_EXIT(removed, 0);
    QCOMPARE(removed.out, QStringLiteral("removed highlight #%1 from #%2\n").arg(hid).arg(id));
    QCOMPARE(highlights({}).size(), 0);

    QCOMPARE(runCli(library(), {QStringLiteral("note"), QString::number(id)}).out, QString());
    const CliResult set = runCli(library(), {QStringLiteral("note"), QString::number(id), QStringLiteral("Compare with the **1998** survey.")});
    QCOMPARE_EXIT(set, 0);
    QCOMPARE(set.out, QStringLiteral("#%1: note set\n").arg(id));
    QCOMPARE(runCli(library(), {QStringLiteral("note"), QString::number(id)}).out, QStringLiteral("Compare with the **1998** survey.\n"));
    QCOMPARE(runCli(library(), {QStringLiteral("search"), QStringLiteral("1998"), QStringLiteral("--json")}).json().array().size(), 1);
    QCOMPARE(runCli(library(), {QStringLiteral("note"), QString::number(id), QString()}).out, QStringLiteral("#%1: note cleared\n").arg(id));
    QCOMPARE(runCli(library(), {QStringLiteral("note"), QString::number(id)}).out, QString());
    QCOMPARE(runCli(library(), {QStringLiteral("note"), QStringLiteral("999")}).exitCode, 1);
}

// An article with a note of its own and no highlight: found by a word (English or Chinese) that is only
// in the note; has:note picks it and has:highlights does not.
void TestHighlightsCli::articleNoteAloneIsFoundAndFiltered()
{
    const qint64 id = importPage(page({kIntro, kFlood}));
    const qint64 other = importPage(QByteArray(page({kEnd, kBirds})).replace("river-survey", "other-page"));
    QVERIFY(id > 0 && other > 0 && other != id);
    auto ids = [this](const QString &query) {
        QList<qint64> out;
        for (const QJsonValue &hit : runCli(library(), {QStringLiteral("search"), query, QStringLiteral("--json")}).json().array())
            out << hit.toObject().value("id").toInteger();
        return out;
    };
    QCOMPARE(ids(QStringLiteral("sandpipers")), QList<qint64>());
    QCOMPARE(ids(QStringLiteral("has:note")), QList<qint64>());
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("note"), QString::number(id),
                                     QStringLiteral("Sandpipers on the gravel bar; 翠鸟在桥下筑巢。")}), 0);
    QCOMPARE(ids(QStringLiteral("sandpipers")), QList<qint64>{id});
    QCOMPARE(ids(QStringLiteral("翠鸟")), QList<qint64>{id});
    QCOMPARE(ids(QStringLiteral("has:note")), QList<qint64>{id});
    QCOMPARE(ids(QStringLiteral("sandpipers has:note")), QList<qint64>{id});
    QCOMPARE(ids(QStringLiteral("has:highlights")), QList<qint64>());
    QCOMPARE(ids(QStringLiteral("-has:note")), QList<qint64>{other});
    // Kingfishers are in the other article's body only: a note does not change that.
    QCOMPARE(ids(QStringLiteral("kingfishers")), QList<qint64>{other});
}

void TestHighlightsCli::exportsCarryHighlights()
{
    const qint64 id = importPage(page({kIntro, kFlood, kBirds}));
    const qint64 hid = highlight(id, {QStringLiteral("--quote"), QStringLiteral("the old ford is now under a metre"),
                                      QStringLiteral("--note"), QStringLiteral("Check the depth.")});
    QVERIFY(hid > 0);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("note"), QString::number(id), QStringLiteral("Whole-article note.")}), 0);
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                                     QStringLiteral("markdown"), QStringLiteral("--output"), out}), 0);
    QCOMPARE_EXIT(runCli(library(), {QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                                     QStringLiteral("json"), QStringLiteral("--output"), out}), 0);
    const QStringList md = QDir(out).entryList({QStringLiteral("*.md")});
    QCOMPARE(md.size(), 1);
    QFile file(QDir(out).filePath(md.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    QVERIFY2(markdown.startsWith(QStringLiteral("---\ntitle: \"Notes on the river survey\"\nurl: \"https://example.com/river-survey\"\n")),
             qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("==the old ford is now under a metre==[^hl-%1]").arg(hid)));
    QVERIFY(markdown.contains(QStringLiteral("\n## Note\n\nWhole-article note.\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n## Highlights\n\n> the old ford is now under a metre\n\nCheck the depth.\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n[^hl-%1]: Check the depth.\n").arg(hid)));

    const QStringList json = QDir(out).entryList({QStringLiteral("*.json")});
    QCOMPARE(json.size(), 1);
    QFile jsonFile(QDir(out).filePath(json.first()));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(doc.value("id").toInteger(), id);
    QCOMPARE(doc.value("note").toString(), QStringLiteral("Whole-article note."));
    QCOMPARE(doc.value("highlights").toArray().size(), 1);
    QCOMPARE(doc.value("highlights").toArray()[0].toObject().value("id").toInteger(), hid);
    QVERIFY(doc.value("text").toString().contains(QStringLiteral("the old ford")));
}

QTEST_GUILESS_MAIN(TestHighlightsCli)
#include "tst_highlightscli.moc"
