#include "windowlayout.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QTextEdit>

namespace offprint::gui {

QSize initialWindowSize(const QRect &available, int frame)
{
    const int width = available.width();
    const int height = qMax(1, available.height() - frame);
    // Small screens get all of it; from 1366 px on, 80 % (at least 1280 px) leaves the desktop visible.
    const int w = width <= 1366 ? width : qMin(width, qMax(1280, width * 8 / 10));
    const int h = height <= 800 ? height : qMin(height, qMax(800, height * 85 / 100));
    return {w, h};
}

void openContextMenuFromKeyboard(QWidget *widget)
{
    if (!widget)
        return;
    QPoint pos = widget->rect().center();
    if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            pos = view->viewport()->mapTo(view, view->visualRect(current).bottomLeft() + QPoint(8, 0));
    } else if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        const QRect cursor = text->cursorRect();
        if (text->viewport()->rect().intersects(cursor))
            pos = text->viewport()->mapTo(text, cursor.bottomLeft());
    }
    pos.setX(qBound(0, pos.x(), qMax(0, widget->width() - 1)));
    pos.setY(qBound(0, pos.y(), qMax(0, widget->height() - 1)));
    QContextMenuEvent event(QContextMenuEvent::Keyboard, pos, widget->mapToGlobal(pos));
    QCoreApplication::sendEvent(widget, &event);
}

FocusMode::FocusMode(QMainWindow *window, const QList<QWidget *> &panes, QObject *parent)
    : QObject(parent), m_window(window), m_panes(panes)
{
}

void FocusMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    QList<QWidget *> hidden = m_panes;
    hidden << m_window->statusBar();
    if (active) {
        m_before = m_window->windowState();
        m_visibleBefore.clear();
        for (QWidget *pane : hidden) {
            m_visibleBefore << pane->isVisible();
            pane->hide();
        }
        m_window->setWindowState(m_before | Qt::WindowFullScreen);
    } else {
        for (int i = 0; i < hidden.size(); ++i)
            hidden[i]->setVisible(m_visibleBefore.value(i, true));
        m_window->setWindowState(m_before & ~Qt::WindowFullScreen);
    }
    emit toggled(active);
}

} // namespace offprint::gui
