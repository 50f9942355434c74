// The window's sidebar: saved searches (stored in the library, moved there from older versions'
// settings), tag and site views, tag rename/merge/delete, and its sections.
#include "fixtures.h"

#include "articlelistmodel.h"
#include "mainwindow.h"
#include "searchcontroller.h"
#include "settings.h"
#include "sidebar.h"
#include "storage/librarysettings.h"
#include "storage/tagrepository.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace offprint;
using namespace offprint::gui;

class TestSidebar final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savedSearchComesBackFromTheSidebar();
    void savedSearchesOfEarlierVersionsMoveIntoTheLibrary();
    void sidebarTagFiltersAndRenameMerges();
    void sidebarSectionsOpenAndCloseWithOneClick();

private:
    std::unique_ptr<fixtures::TestLibrary> m_lib;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestSidebar::init()
{
    m_lib = std::make_unique<fixtures::TestLibrary>();
    QVERIFY(m_lib->open());
    QVERIFY(m_lib->populate());
    m_config = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_config->filePath(QStringLiteral("offprint.ini")));
    m_settings->setMarkReadSeconds(0);
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    m_window->resize(1200, 760);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSidebar::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_lib.reset();
}

void TestSidebar::savedSearchComesBackFromTheSidebar()
{
    m_window->sidebar()->addSavedSearch(QStringLiteral("WAL"), QStringLiteral("checkpoint"));
    // Stored in the library, not in the application's settings.
    QCOMPARE(m_lib->library->settings().savedSearches().size(), 1);
    QCOMPARE(m_lib->library->settings().savedSearches().first().query, QStringLiteral("checkpoint"));
    QVERIFY(m_settings->savedSearches().isEmpty());
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::SavedSearch, QStringLiteral("checkpoint")}));
    QVERIFY(m_window->model()->isSearching());
    QCOMPARE(m_window->search()->field()->text(), QStringLiteral("checkpoint"));
    QCOMPARE(m_window->model()->rowCount(), 1);
    QTRY_COMPARE(m_window->sidebar()->currentItem()->text(1), QStringLiteral("1")); // how many match
    // Renamed and edited from the sidebar: the new query runs, the count follows.
    QVERIFY(m_window->sidebar()->renameSavedSearch(QStringLiteral("checkpoint"), QStringLiteral("Async")));
    QVERIFY(m_window->sidebar()->editSavedSearch(QStringLiteral("checkpoint"), QStringLiteral("tokio")));
    QCOMPARE(m_window->search()->field()->text(), QStringLiteral("tokio"));
    QCOMPARE(m_window->sidebar()->currentItem()->text(0), QStringLiteral("Async"));
    QTRY_COMPARE(m_window->sidebar()->currentItem()->text(1), QStringLiteral("1"));
    m_window->sidebar()->removeSavedSearch(QStringLiteral("tokio"));
    QVERIFY(m_lib->library->settings().savedSearches().isEmpty());
}

void TestSidebar::savedSearchesOfEarlierVersionsMoveIntoTheLibrary()
{
    m_window.reset();
    QTemporaryDir watched;
    m_settings->setSavedSearches({{QStringLiteral("Chips"), QStringLiteral("芯片")}});
    m_settings->setWatchedFolders({watched.path()});
    m_window = std::make_unique<MainWindow>(*m_lib->library, *m_settings);
    const auto moved = m_lib->library->settings().savedSearches();
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().name, QStringLiteral("Chips"));
    QCOMPARE(m_lib->library->settings().watchedFolders(), QStringList{watched.path()});
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::SavedSearch, QStringLiteral("芯片")}));
    // Gone from the application's settings: a second library starts without them.
    QVERIFY(m_settings->savedSearches().isEmpty());
    QVERIFY(m_settings->watchedFolders().isEmpty());
    fixtures::TestLibrary other;
    QVERIFY(other.open());
    MainWindow second(*other.library, *m_settings);
    QVERIFY(other.library->settings().savedSearches().isEmpty());
    QVERIFY(other.library->settings().watchedFolders().isEmpty());
    QVERIFY(!second.sidebar()->select({SidebarEntry::Kind::SavedSearch, QStringLiteral("芯片")}));
}

void TestSidebar::sidebarTagFiltersAndRenameMerges()
{
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::Tag, QStringLiteral("rust")}));
    QCOMPARE(m_window->model()->rowCount(), 1);
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::Site, QStringLiteral("sqlite.org")}));
    QCOMPARE(m_window->model()->rowCount(), 1);
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::Starred, {}}));
    QCOMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(m_window->sidebar()->mergeTag(QStringLiteral("hardware"), QStringLiteral("database")));
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::Tag, QStringLiteral("database")}));
    QCOMPARE(m_window->model()->rowCount(), 2);
    QVERIFY(m_window->sidebar()->deleteTag(QStringLiteral("database")));
    QVERIFY(!m_window->sidebar()->select({SidebarEntry::Kind::Tag, QStringLiteral("database")}));
    QVERIFY(m_window->sidebar()->select({SidebarEntry::Kind::All, {}}));
    QCOMPARE(m_window->model()->rowCount(), 4);
}

void TestSidebar::sidebarSectionsOpenAndCloseWithOneClick()
{
    Sidebar *sidebar = m_window->sidebar();
    QTreeWidgetItem *sites = nullptr;
    for (int i = 0; i < sidebar->topLevelItemCount(); ++i) {
        if (sidebar->topLevelItem(i)->text(0).endsWith(QStringLiteral("Sites")))
            sites = sidebar->topLevelItem(i);
    }
    QVERIFY(sites);
    QCOMPARE(sites->childCount(), 4);
    QVERIFY(sites->isExpanded());
    QCOMPARE(sites->text(0), QStringLiteral("\u25BE Sites"));
    QCOMPARE(sites->text(1), QString());

    const QPoint centre = sidebar->visualItemRect(sites).center();
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(!sites->isExpanded());
    QCOMPARE(sites->text(0), QStringLiteral("\u25B8 Sites"));
    QCOMPARE(sites->text(1), QStringLiteral("4")); // a closed section says how many entries it holds
    QCOMPARE(m_window->model()->rowCount(), 4); // a header is no view: the list stays as it was
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY(sites->isExpanded());
    QCOMPARE(sites->text(1), QString());

    // A refresh keeps the section's state and its marker.
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, centre);
    sidebar->refresh();
    for (int i = 0; i < sidebar->topLevelItemCount(); ++i) {
        if (sidebar->topLevelItem(i)->text(0).endsWith(QStringLiteral("Sites")))
            sites = sidebar->topLevelItem(i);
    }
    QVERIFY(!sites->isExpanded());
    QCOMPARE(sites->text(0), QStringLiteral("\u25B8 Sites"));
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
