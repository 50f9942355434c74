#include "thememanager.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace offprint::gui {

namespace {
QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QPalette makePalette(const QColor &window, const QColor &base, const QColor &text, const QColor &highlight,
                     const QColor &highlightedText, const QColor &link)
{
    QPalette p;
    const QColor button = blend(window, text, 0.06);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, blend(base, text, 0.04));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, blend(text, base, 0.5));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, blend(link, text, 0.3));
    p.setColor(QPalette::Light, blend(button, Qt::white, 0.3));
    p.setColor(QPalette::Midlight, blend(button, Qt::white, 0.15));
    p.setColor(QPalette::Mid, blend(button, Qt::black, 0.2));
    p.setColor(QPalette::Dark, blend(button, Qt::black, 0.4));
    p.setColor(QPalette::Shadow, Qt::black);
    const QColor disabled = blend(text, base, 0.55);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}
} // namespace

ThemeManager::ThemeManager(Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_systemPalette(QApplication::palette()),
      m_systemStyle(QApplication::style()->name())
{
    connect(&m_settings, &Settings::themeChanged, this, &ThemeManager::apply);
}

QPalette ThemeManager::paletteFor(Theme theme, const QPalette &system)
{
    switch (theme) {
    case Theme::Light:
        return makePalette(QColor(0xF3, 0xF3, 0xF1), QColor(0xFF, 0xFF, 0xFF), QColor(0x1F, 0x23, 0x28),
                           QColor(0x2F, 0x6F, 0xD0), Qt::white, QColor(0x1F, 0x5F, 0xBF));
    case Theme::Sepia:
        return makePalette(QColor(0xEA, 0xDF, 0xC8), QColor(0xF6, 0xEE, 0xDC), QColor(0x4A, 0x3B, 0x2A),
                           QColor(0x9A, 0x6B, 0x3A), QColor(0xFF, 0xF8, 0xEA), QColor(0x8A, 0x4B, 0x12));
    case Theme::Dark:
        return makePalette(QColor(0x20, 0x22, 0x25), QColor(0x18, 0x19, 0x1B), QColor(0xDD, 0xDD, 0xD8),
                           QColor(0x3D, 0x6F, 0xB8), Qt::white, QColor(0x7F, 0xB2, 0xF0));
    case Theme::System:
        break;
    }
    return system;
}

bool ThemeManager::isDark() const
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Base).lightnessF() < p.color(QPalette::Text).lightnessF();
}

void ThemeManager::apply()
{
    m_theme = m_settings.theme();
    const QString styleName = m_theme == Theme::System ? m_systemStyle : QStringLiteral("Fusion");
    if (QApplication::style()->name().compare(styleName, Qt::CaseInsensitive) != 0) {
        if (QStyle *style = QStyleFactory::create(styleName))
            QApplication::setStyle(style);
    }
    const QPalette palette = paletteFor(m_theme, m_systemPalette);
    QApplication::setPalette(palette);
    const QColor border = blend(palette.color(QPalette::Window), palette.color(QPalette::Text), 0.14);
    // Quiet chrome: thin separators instead of sunken frames, so the reader is what stands out.
    qApp->setStyleSheet(QStringLiteral("QSplitter::handle { background: %1; }"
                                       "QSplitter::handle:horizontal { width: 1px; }"
                                       "QTreeView#sidebar { border: none; background: %2; padding-left: 6px; padding-top: 6px; }"
                                       "QTreeView#sidebar::item { padding: 3px 2px; }"
                                       "QListView#articleList { border: none; }"
                                       "QTextBrowser#reader { border: none; }"
                                       "QToolBar { border: none; spacing: 6px; padding: 3px; }"
                                       "QLabel#searchStatus { color: %3; padding: 0 6px; }"
                                       "QLabel#searchStatus[error=\"true\"] { color: #C0392B; }")
                            .arg(border.name(), palette.color(QPalette::Window).name(),
                                 blend(palette.color(QPalette::Text), palette.color(QPalette::Window), 0.4).name()));
    emit applied();
}

ReaderColors ThemeManager::readerColors() const
{
    ReaderColors c;
    switch (m_theme) {
    case Theme::Sepia:
        c.background = QColor(0xF6, 0xEE, 0xDC);
        c.text = QColor(0x43, 0x34, 0x22);
        c.link = QColor(0x8A, 0x4B, 0x12);
        break;
    case Theme::Dark:
        c.background = QColor(0x18, 0x19, 0x1B);
        c.text = QColor(0xD8, 0xD6, 0xD0);
        c.link = QColor(0x7F, 0xB2, 0xF0);
        break;
    case Theme::Light:
        c.background = QColor(0xFF, 0xFF, 0xFF);
        c.text = QColor(0x22, 0x24, 0x28);
        c.link = QColor(0x1F, 0x5F, 0xBF);
        break;
    case Theme::System: {
        const QPalette p = QApplication::palette();
        c.background = p.color(QPalette::Base);
        c.text = p.color(QPalette::Text);
        c.link = p.color(QPalette::Link);
        break;
    }
    }
    const bool dark = c.background.lightnessF() < 0.5;
    c.muted = blend(c.text, c.background, 0.42);
    c.codeBackground = blend(c.background, c.text, dark ? 0.08 : 0.05);
    c.border = blend(c.background, c.text, 0.18);
    c.quote = blend(c.text, c.background, 0.22);
    c.chip = blend(c.background, c.link, dark ? 0.22 : 0.12);
    c.chipText = blend(c.link, c.text, 0.2);
    c.highlight = dark ? QColor(0x80, 0x66, 0x10) : QColor(0xFF, 0xE5, 0x8A);
    return c;
}

} // namespace offprint::gui
