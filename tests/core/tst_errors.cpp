#include "common/fileutil.h"
#include "common/result.h"
#include "search/query.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace offprint;

// Typed errors (issue 16): a code, a subject and details; the English text made on demand is the
// CLI's contract and never changes with the interface language; localizedMessage() is what the
// window shows. Nothing matches errors by their text.
class TestErrors final : public QObject
{
    Q_OBJECT

private slots:
    void fileErrorsKeepTheirEnglishText();
    void subjectIsNeverTakenForAPlaceholder();
    void genericErrorsStillWork();
    void queryErrorsAreTyped();
    void translatedWhereShownOnly();
};

namespace {

// A translator of one message, as the GUI's zh_CN file would give it.
class OneMessage final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) == "offprint::Error" && QByteArray(source) == "%1: no such file")
            return QStringLiteral("%1：文件不存在");
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestErrors::fileErrorsKeepTheirEnglishText()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.html"));
    const auto none = fileutil::readFile(missing, 1024);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NoSuchFile);
    QCOMPARE(none.error().subject, missing);
    QCOMPARE(none.errorMessage(), missing + QStringLiteral(": no such file"));

    const auto folder = fileutil::readFile(dir.path(), 1024);
    QCOMPARE(folder.error().code, ErrorCode::IsFolder);
    QCOMPARE(folder.errorMessage(), dir.path() + QStringLiteral(": is a folder, not a file"));

    const QString big = dir.filePath(QStringLiteral("big.html"));
    QVERIFY(fileutil::writeFileAtomic(big, QByteArray(3 * 1024 * 1024, 'x')));
    const auto tooLarge = fileutil::readFile(big, 1024 * 1024);
    QCOMPARE(tooLarge.error().code, ErrorCode::TooLarge);
    QCOMPARE(tooLarge.errorMessage(), big + QStringLiteral(": file too large (3 MB, the limit is 1 MB)"));
}

void TestErrors::subjectIsNeverTakenForAPlaceholder()
{
    const Error e = makeError(ErrorCode::TooLarge, QT_TRANSLATE_NOOP("offprint::Error", "%1: file too large (%2 MB, the limit is %3 MB)"),
                              QStringLiteral("/tmp/100%2 sure %1.html"), {QStringLiteral("7"), QStringLiteral("5")});
    QCOMPARE(e.message(), QStringLiteral("/tmp/100%2 sure %1.html: file too large (7 MB, the limit is 5 MB)"));
    // A detail that is missing leaves its placeholder visible rather than shifting the others.
    const Error short_ = makeError(ErrorCode::Unreadable, QT_TRANSLATE_NOOP("offprint::Error", "%1: cannot read (%2)"),
                                   QStringLiteral("a.html"));
    QCOMPARE(short_.message(), QStringLiteral("a.html: cannot read (%2)"));
}

void TestErrors::genericErrorsStillWork()
{
    const Error e = makeError(QStringLiteral("page.html: something odd"));
    QCOMPARE(e.code, ErrorCode::Generic);
    QCOMPARE(e.message(), QStringLiteral("page.html: something odd"));
    QCOMPARE(e.localizedMessage(), e.message());
    QVERIFY(!e.isEmpty());
    QVERIFY(Error().isEmpty());
    const Result<int> r = makeError(ErrorCode::DamagedLibrary, QStringLiteral("lib: damaged"));
    QCOMPARE(r.error().code, ErrorCode::DamagedLibrary);
    QCOMPARE(r.errorMessage(), QStringLiteral("lib: damaged"));
}

void TestErrors::queryErrorsAreTyped()
{
    const auto empty = search::compileQuery(QStringLiteral("   "));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::QueryError);
    QCOMPARE(empty.errorMessage(), QStringLiteral("empty query"));
    const auto tooLong = search::compileQuery(QString(5000, QLatin1Char('a')));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, ErrorCode::QueryError);
    QVERIFY2(tooLong.errorMessage().startsWith(QStringLiteral("The query is too long (at most ")),
             qPrintable(tooLong.errorMessage()));
}

void TestErrors::translatedWhereShownOnly()
{
    const Error e = fileutil::readFile(QStringLiteral("/nonexistent/x.html"), 10).error();
    OneMessage zh;
    QCoreApplication::installTranslator(&zh);
    const QString shown = e.localizedMessage();
    const QString english = e.message();
    QCoreApplication::removeTranslator(&zh);
    QCOMPARE(shown, QStringLiteral("/nonexistent/x.html：文件不存在"));
    QCOMPARE(english, QStringLiteral("/nonexistent/x.html: no such file"));
}

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
