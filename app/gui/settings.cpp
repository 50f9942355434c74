#include "settings.h"

#include <QSettings>

namespace offprint::gui {

namespace {
constexpr int kDefaultFontSize = 13;
constexpr int kDefaultWidthEm = 38;
constexpr int kDefaultMarkReadSeconds = 8;
} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QVariant Settings::value(const QString &key, const QVariant &fallback) const
{
    return m_settings->value(key, fallback);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    m_settings->setValue(key, value);
}

QString Settings::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Sepia: return QStringLiteral("sepia");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Theme Settings::themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("sepia"))
        return Theme::Sepia;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Theme Settings::theme() const
{
    return themeFromKey(value(QStringLiteral("appearance/theme"), QString()).toString());
}

void Settings::setTheme(Theme theme)
{
    if (theme == this->theme())
        return;
    setValue(QStringLiteral("appearance/theme"), themeKey(theme));
    emit themeChanged();
}

bool Settings::serifFont() const
{
    return value(QStringLiteral("reader/serif"), true).toBool();
}

void Settings::setSerifFont(bool serif)
{
    setValue(QStringLiteral("reader/serif"), serif);
    emit readerChanged();
}

int Settings::fontSize() const
{
    return qBound(8, value(QStringLiteral("reader/fontSize"), kDefaultFontSize).toInt(), 40);
}

void Settings::setFontSize(int points)
{
    setValue(QStringLiteral("reader/fontSize"), qBound(8, points, 40));
    emit readerChanged();
}

int Settings::zoomSteps() const
{
    return qBound(-6, value(QStringLiteral("reader/zoom"), 0).toInt(), 20);
}

void Settings::setZoomSteps(int steps)
{
    setValue(QStringLiteral("reader/zoom"), qBound(-6, steps, 20));
    emit readerChanged();
}

int Settings::readerWidthEm() const
{
    return qBound(24, value(QStringLiteral("reader/widthEm"), kDefaultWidthEm).toInt(), 80);
}

void Settings::setReaderWidthEm(int em)
{
    setValue(QStringLiteral("reader/widthEm"), qBound(24, em, 80));
    emit readerChanged();
}

int Settings::markReadSeconds() const
{
    return qMax(0, value(QStringLiteral("reader/markReadSeconds"), kDefaultMarkReadSeconds).toInt());
}

void Settings::setMarkReadSeconds(int seconds)
{
    setValue(QStringLiteral("reader/markReadSeconds"), qMax(0, seconds));
}

bool Settings::markReadAtEnd() const
{
    return value(QStringLiteral("reader/markReadAtEnd"), true).toBool();
}

void Settings::setMarkReadAtEnd(bool atEnd)
{
    setValue(QStringLiteral("reader/markReadAtEnd"), atEnd);
}

QStringList Settings::watchedFolders() const
{
    return value(QStringLiteral("library/watchedFolders"), QStringList()).toStringList();
}

void Settings::setWatchedFolders(const QStringList &folders)
{
    if (folders == watchedFolders())
        return;
    setValue(QStringLiteral("library/watchedFolders"), folders);
    emit watchedFoldersChanged();
}

QDateTime Settings::lastWatchScan() const
{
    return value(QStringLiteral("library/lastWatchScan"), QDateTime()).toDateTime();
}

void Settings::setLastWatchScan(const QDateTime &when)
{
    setValue(QStringLiteral("library/lastWatchScan"), when);
}

QString Settings::libraryFolder() const
{
    return value(QStringLiteral("library/folder"), QString()).toString();
}

void Settings::setLibraryFolder(const QString &folder)
{
    setValue(QStringLiteral("library/folder"), folder);
}

QString Settings::language() const
{
    return value(QStringLiteral("appearance/language"), QString()).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(QStringLiteral("appearance/language"), language);
}

QList<SavedSearch> Settings::savedSearches() const
{
    QList<SavedSearch> result;
    const int n = m_settings->beginReadArray(QStringLiteral("savedSearches"));
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        SavedSearch s{m_settings->value(QStringLiteral("name")).toString(),
                      m_settings->value(QStringLiteral("query")).toString()};
        if (!s.query.isEmpty())
            result.append(s);
    }
    m_settings->endArray();
    return result;
}

void Settings::setSavedSearches(const QList<SavedSearch> &searches)
{
    m_settings->beginWriteArray(QStringLiteral("savedSearches"), int(searches.size()));
    for (int i = 0; i < searches.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), searches[i].name);
        m_settings->setValue(QStringLiteral("query"), searches[i].query);
    }
    m_settings->endArray();
    emit savedSearchesChanged();
}

void Settings::forgetLibraryEntries()
{
    m_settings->remove(QStringLiteral("savedSearches"));
    m_settings->remove(QStringLiteral("library/watchedFolders"));
    m_settings->remove(QStringLiteral("library/lastWatchScan"));
}

QByteArray Settings::windowGeometry() const
{
    return value(QStringLiteral("window/geometry"), QByteArray()).toByteArray();
}

QByteArray Settings::windowState() const
{
    return value(QStringLiteral("window/state"), QByteArray()).toByteArray();
}

QByteArray Settings::splitterState() const
{
    return value(QStringLiteral("window/splitter"), QByteArray()).toByteArray();
}

void Settings::saveWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter)
{
    setValue(QStringLiteral("window/geometry"), geometry);
    setValue(QStringLiteral("window/state"), state);
    setValue(QStringLiteral("window/splitter"), splitter);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace offprint::gui
