#pragma once

#include "settings.h"

#include <QColor>
#include <QObject>
#include <QPalette>

namespace offprint::gui {

// The colours the reader's stylesheet is written with.
struct ReaderColors
{
    QColor background;
    QColor text;
    QColor muted;
    QColor link;
    QColor codeBackground;
    QColor border;
    QColor quote;
    QColor chip;
    QColor chipText;
    QColor highlight;
};

// Applies the chosen theme to the whole application: palette, style and a small stylesheet, and
// gives the reader its colours. "System" returns to the palette and style the app started with.
class ThemeManager final : public QObject
{
    Q_OBJECT
public:
    explicit ThemeManager(Settings &settings, QObject *parent = nullptr);

    void apply();
    Theme theme() const { return m_theme; }
    bool isDark() const;
    ReaderColors readerColors() const;
    static QPalette paletteFor(Theme theme, const QPalette &system);

signals:
    void applied();

private:
    Settings &m_settings;
    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace offprint::gui
