#pragma once

#include <QStyledItemDelegate>

namespace offprint::gui {

// Paints one article row: title (bold while unread), a meta line with site, date, reading time and
// tag chips, a star, and in search results the snippet with its matches highlighted. Every row of a
// view has the same height so that the list view never measures rows it does not show.
class ArticleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ArticleDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Splits a snippet carrying \x02 … \x03 markers into its text and the ranges to highlight.
    struct Snippet
    {
        QString text;
        QList<QPair<int, int>> highlights; // start, length
    };
    static Snippet parseSnippet(const QString &marked);

private:
    static bool showsSnippets(const QModelIndex &index);
};

} // namespace offprint::gui
