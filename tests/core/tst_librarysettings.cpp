#include "storage/library.h"
#include "storage/librarysettings.h"
#include "storage/migrations.h"
#include "storage/schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace offprint::storage;

// Saved searches, watched folders and values kept in the library file: each library has its own.
class TestLibrarySettings final : public QObject
{
    Q_OBJECT

private slots:
    void savedSearchesBelongToTheirLibrary();
    void renameEditAndRemove();
    void watchedFoldersAndValues();
    void schemaVersionAddsTheTables();
};

namespace {
std::unique_ptr<Library> openLibrary(const QTemporaryDir &dir, const QString &name)
{
    auto opened = Library::open(dir.filePath(name));
    if (!opened.ok())
        qWarning("%s", qPrintable(opened.errorMessage()));
    return opened.ok() ? std::move(*opened) : nullptr;
}
} // namespace

void TestLibrarySettings::savedSearchesBelongToTheirLibrary()
{
    QTemporaryDir dir;
    auto a = openLibrary(dir, QStringLiteral("a"));
    auto b = openLibrary(dir, QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(a->settings().addSavedSearch(QStringLiteral("Chips"), QStringLiteral("芯片 tag:hardware")).ok());
    QVERIFY(a->settings().addSavedSearch(QString(), QStringLiteral("is:unread")).ok());
    QCOMPARE(a->settings().savedSearches().size(), 2);
    QCOMPARE(a->settings().savedSearches().at(1).name, QStringLiteral("is:unread")); // no name: the query
    QVERIFY(b->settings().savedSearches().isEmpty());
    // Reopened, A still has them, in the order saved.
    a.reset();
    a = openLibrary(dir, QStringLiteral("a"));
    const auto searches = a->settings().savedSearches();
    QCOMPARE(searches.size(), 2);
    QCOMPARE(searches.first().name, QStringLiteral("Chips"));
    QCOMPARE(searches.first().query, QStringLiteral("芯片 tag:hardware"));
    // The same query again renames instead of adding.
    QVERIFY(a->settings().addSavedSearch(QStringLiteral("Hardware"), QStringLiteral(" 芯片 tag:hardware ")).ok());
    QCOMPARE(a->settings().savedSearches().size(), 2);
    QCOMPARE(a->settings().savedSearches().first().name, QStringLiteral("Hardware"));
    QVERIFY(!a->settings().addSavedSearch(QStringLiteral("empty"), QStringLiteral("  ")).ok());
}

void TestLibrarySettings::renameEditAndRemove()
{
    QTemporaryDir dir;
    auto lib = openLibrary(dir, QStringLiteral("lib"));
    QVERIFY(lib);
    auto &settings = lib->settings();
    const auto first = settings.addSavedSearch(QStringLiteral("WAL"), QStringLiteral("checkpoint"));
    const auto second = settings.addSavedSearch(QStringLiteral("Rust"), QStringLiteral("tag:rust"));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(settings.renameSavedSearch(*first, QStringLiteral("SQLite WAL")).ok());
    QVERIFY(!settings.renameSavedSearch(*first, QStringLiteral(" ")).ok());
    QVERIFY(settings.setSavedSearchQuery(*first, QStringLiteral("checkpoint OR wal")).ok());
    const auto edited = settings.savedSearches().first();
    QCOMPARE(edited.id, *first);
    QCOMPARE(edited.name, QStringLiteral("SQLite WAL"));
    QCOMPARE(edited.query, QStringLiteral("checkpoint OR wal"));
    // Two saved searches with one query would be one entry in the sidebar: refused, saying which.
    const auto clash = settings.setSavedSearchQuery(*second, QStringLiteral("checkpoint OR wal"));
    QVERIFY(!clash.ok());
    QVERIFY2(clash.errorMessage().contains(QStringLiteral("SQLite WAL")), qPrintable(clash.errorMessage()));
    QCOMPARE(settings.savedSearches().at(1).query, QStringLiteral("tag:rust"));
    QVERIFY(settings.removeSavedSearch(*first).ok());
    QCOMPARE(settings.savedSearches().size(), 1);
    QCOMPARE(settings.savedSearches().first().name, QStringLiteral("Rust"));
}

void TestLibrarySettings::watchedFoldersAndValues()
{
    QTemporaryDir dir;
    auto a = openLibrary(dir, QStringLiteral("a"));
    auto b = openLibrary(dir, QStringLiteral("b"));
    QVERIFY(a && b);
    const QStringList folders = {QStringLiteral("/home/u/Downloads"), QStringLiteral("/home/u/网页")};
    QVERIFY(a->settings().setWatchedFolders(folders + QStringList{folders.first(), QString()}).ok());
    QCOMPARE(a->settings().watchedFolders(), folders); // in order, once each
    QVERIFY(b->settings().watchedFolders().isEmpty());
    QVERIFY(a->settings().setWatchedFolders({folders.last()}).ok());
    QCOMPARE(a->settings().watchedFolders(), QStringList{folders.last()});
    QVERIFY(a->settings().value(QStringLiteral("lastReadArticle")).isEmpty());
    QVERIFY(a->settings().setValue(QStringLiteral("lastReadArticle"), QStringLiteral("42")).ok());
    QVERIFY(a->settings().setValue(QStringLiteral("lastReadArticle"), QStringLiteral("43")).ok());
    QCOMPARE(a->settings().value(QStringLiteral("lastReadArticle")), QStringLiteral("43"));
    QVERIFY(b->settings().value(QStringLiteral("lastReadArticle")).isEmpty());
}

void TestLibrarySettings::schemaVersionAddsTheTables()
{
    QVERIFY(migrations::latestVersion() >= schema::kLibrarySettingsVersion);
    QTemporaryDir dir;
    auto lib = openLibrary(dir, QStringLiteral("lib"));
    QVERIFY(lib);
    const QString file = dir.filePath(QStringLiteral("lib/library.sqlite"));
    auto version = migrations::inspect(file);
    QVERIFY(version.ok());
    QVERIFY(*version >= schema::kLibrarySettingsVersion);
}

QTEST_GUILESS_MAIN(TestLibrarySettings)
#include "tst_librarysettings.moc"
