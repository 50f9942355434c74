#include "settingsdialog.h"

#include "actions.h"
#include "librarypreferences.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace offprint::gui {

SettingsDialog::SettingsDialog(Settings &settings, LibraryPreferences &library, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_library(library)
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(appearancePage(), tr("Appearance"));
    tabs->addTab(readingPage(), tr("Reading"));
    tabs->addTab(libraryPage(), tr("Library"));
    layout->addWidget(tabs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (QLabel *label : findChildren<QLabel *>())
        label->setText(withoutBracketedMnemonic(label->text()));
}

QWidget *SettingsDialog::appearancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Sepia"), int(Theme::Sepia));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(m_settings.theme())));
    form->addRow(tr("&Theme:"), m_theme);
    m_font = new QComboBox(page);
    m_font->setObjectName(QStringLiteral("font"));
    m_font->addItem(tr("Serif (Noto Serif CJK, Songti)"), true);
    m_font->addItem(tr("Sans-serif (Noto Sans CJK, PingFang, YaHei)"), false);
    m_font->setCurrentIndex(m_settings.serifFont() ? 0 : 1);
    form->addRow(tr("Reader &font:"), m_font);
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(8, 40);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(m_settings.fontSize());
    form->addRow(tr("Font &size:"), m_fontSize);
    m_width = new QSpinBox(page);
    m_width->setObjectName(QStringLiteral("width"));
    m_width->setRange(24, 80);
    m_width->setSuffix(tr(" em"));
    m_width->setValue(m_settings.readerWidthEm());
    form->addRow(tr("Text &width:"), m_width);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies when Offprint starts again."), page);
    note->setEnabled(false);
    form->addRow(QString(), note);
    return page;
}

QWidget *SettingsDialog::readingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_markSeconds = new QSpinBox(page);
    m_markSeconds->setObjectName(QStringLiteral("markSeconds"));
    m_markSeconds->setRange(0, 600);
    m_markSeconds->setSuffix(tr(" s"));
    m_markSeconds->setSpecialValueText(tr("Never"));
    m_markSeconds->setValue(m_settings.markReadSeconds());
    form->addRow(tr("Mark read after &open for:"), m_markSeconds);
    m_markAtEnd = new QCheckBox(tr("Mark read when scrolled to the &end"), page);
    m_markAtEnd->setObjectName(QStringLiteral("markAtEnd"));
    m_markAtEnd->setChecked(m_settings.markReadAtEnd());
    form->addRow(QString(), m_markAtEnd);
    return page;
}

QWidget *SettingsDialog::libraryPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_libraryFolder = new QLineEdit(m_settings.libraryFolder(), page);
    m_libraryFolder->setObjectName(QStringLiteral("libraryFolder"));
    m_libraryFolder->setPlaceholderText(tr("Default location"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Library folder"), m_libraryFolder->text());
        if (!dir.isEmpty())
            m_libraryFolder->setText(dir);
    });
    folderRow->addWidget(m_libraryFolder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Library &folder:"), folderRow);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("A new library folder is used when Offprint starts again."), page);
    hint->setEnabled(false);
    layout->addWidget(hint);
    layout->addWidget(new QLabel(tr("Watched folders (pages saved there are imported automatically):"), page));
    m_watched = new QListWidget(page);
    m_watched->setObjectName(QStringLiteral("watched"));
    m_watched->addItems(m_library.watchedFolders());
    layout->addWidget(m_watched, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), page);
    auto *remove = new QPushButton(tr("&Remove"), page);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Watch folder"));
        if (!dir.isEmpty() && m_watched->findItems(dir, Qt::MatchExactly).isEmpty())
            m_watched->addItem(dir);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_watched->currentItem(); });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

void SettingsDialog::apply()
{
    m_settings.setTheme(Theme(m_theme->currentData().toInt()));
    m_settings.setSerifFont(m_font->currentData().toBool());
    m_settings.setFontSize(m_fontSize->value());
    m_settings.setReaderWidthEm(m_width->value());
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setMarkReadSeconds(m_markSeconds->value());
    m_settings.setMarkReadAtEnd(m_markAtEnd->isChecked());
    m_settings.setLibraryFolder(m_libraryFolder->text().trimmed());
    QStringList watched;
    for (int i = 0; i < m_watched->count(); ++i)
        watched << m_watched->item(i)->text();
    m_library.setWatchedFolders(watched);
}

} // namespace offprint::gui
