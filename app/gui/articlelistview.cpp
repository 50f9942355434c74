#include "articlelistview.h"

#include <QPainter>

namespace offprint::gui {

ArticleListView::ArticleListView(QWidget *parent) : QListView(parent) {}

void ArticleListView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void ArticleListView::keyboardSearch(const QString &) {}

void ArticleListView::focusInEvent(QFocusEvent *event)
{
    if (currentIndex().isValid()) {
        QListView::focusInEvent(event);
        return;
    }
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void ArticleListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (!model() || model()->rowCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    QColor color = palette().color(QPalette::Text);
    color.setAlphaF(0.5);
    painter.setPen(color);
    painter.drawText(viewport()->rect().adjusted(24, 40, -24, -24), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     m_placeholder);
}

} // namespace offprint::gui
