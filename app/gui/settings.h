#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace offprint::gui {

enum class Theme { System, Light, Sepia, Dark };

struct SavedSearch
{
    QString name;
    QString query;
};

// Typed access to the user's preferences (QSettings underneath). Tests pass their own INI file so
// that they never touch the user's configuration. Emits changed() when a reader-visible value moves.
class Settings final : public QObject
{
    Q_OBJECT
public:
    explicit Settings(QObject *parent = nullptr); // the user's settings
    explicit Settings(const QString &iniFile, QObject *parent = nullptr); // a private file (tests)
    ~Settings() override;

    Theme theme() const;
    void setTheme(Theme theme);
    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString &key);

    bool serifFont() const;
    void setSerifFont(bool serif);
    int fontSize() const; // points, before zoom
    void setFontSize(int points);
    int zoomSteps() const; // Ctrl +/-: each step one point
    void setZoomSteps(int steps);
    int readerWidthEm() const;
    void setReaderWidthEm(int em);

    int markReadSeconds() const; // 0: never by time
    void setMarkReadSeconds(int seconds);
    bool markReadAtEnd() const;
    void setMarkReadAtEnd(bool atEnd);

    QStringList watchedFolders() const;
    void setWatchedFolders(const QStringList &folders);
    QDateTime lastWatchScan() const;
    void setLastWatchScan(const QDateTime &when);
    QString libraryFolder() const; // empty: the default
    void setLibraryFolder(const QString &folder);
    QString language() const; // empty: the system locale; "en", "zh_CN"
    void setLanguage(const QString &language);

    // Saved searches and watched folders belong to the library now (LibraryPreferences); these are
    // the entries earlier versions kept here, read once to move them into the library.
    QList<SavedSearch> savedSearches() const;
    void setSavedSearches(const QList<SavedSearch> &searches);
    void forgetLibraryEntries(); // removes saved searches, watched folders and their scan time

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);

    void sync();

signals:
    void readerChanged();
    void watchedFoldersChanged();
    void themeChanged();
    void savedSearchesChanged();

private:
    QVariant value(const QString &key, const QVariant &fallback) const;
    void setValue(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace offprint::gui
