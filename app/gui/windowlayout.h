#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QRect>

class QMainWindow;
class QWidget;

namespace offprint::gui {

// The first window's size on a screen with this available geometry: the whole of a small screen
// (1024×700: nothing is off-screen), a large part of a big one (1920×1080: about 1536×880), never
// bigger than the screen. `frame`: height the window manager adds (title bar).
QSize initialWindowSize(const QRect &available, int frame = 32);

// Opens the context menu of `widget` as the Menu key does: at its current item (lists, trees) or text
// cursor (the reader), with the event's reason Keyboard. Qt's widgets do not do it for Shift+F10.
void openContextMenuFromKeyboard(QWidget *widget);

// Focus mode: the sidebar, the list and the status bar hidden, the window full screen; leaving it
// restores the window as it was (size, maximised, panes).
class FocusMode final : public QObject
{
    Q_OBJECT
public:
    FocusMode(QMainWindow *window, const QList<QWidget *> &panes, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    void setActive(bool active);

signals:
    void toggled(bool active);

private:
    QMainWindow *m_window;
    QList<QWidget *> m_panes;
    bool m_active = false;
    Qt::WindowStates m_before;
    QList<bool> m_visibleBefore;
};

} // namespace offprint::gui
