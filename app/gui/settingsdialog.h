#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;
class QLineEdit;
class QSpinBox;

namespace offprint::gui {

class LibraryPreferences;
class Settings;

// Preferences: theme, reader font and width, when an article counts as read, watched folders
// (the library's), library location and language. Applies on OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Settings &settings, LibraryPreferences &library, QWidget *parent = nullptr);

    void apply();

private:
    QWidget *appearancePage();
    QWidget *readingPage();
    QWidget *libraryPage();

    Settings &m_settings;
    LibraryPreferences &m_library;
    QComboBox *m_theme = nullptr;
    QComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_width = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_markSeconds = nullptr;
    QCheckBox *m_markAtEnd = nullptr;
    QListWidget *m_watched = nullptr;
    QLineEdit *m_libraryFolder = nullptr;
};

} // namespace offprint::gui
