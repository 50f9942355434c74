#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace offprint::gui {

namespace highlightrow {
// The item data the delegate draws from.
enum Role {
    ArticleRole = Qt::UserRole + 1,
    HighlightRole, // 0 on an article's header row
    ColorRole,     // one of highlightColors()
    NoteRole,
    OrphanedRole,
    CountRole,  // header rows: how many highlights the group lists
    HeaderRole, // true: an article's title heading a group
    QuoteRole,  // the quote when the display text is something else; none: the display text
};
} // namespace highlightrow

// A highlight as a row of a list: its colour as a bar beside the quote (up to three lines), its note
// under it in italics (up to two), and a remark when it is orphaned; or, on a header row, an
// article's title and how many highlights follow. Rows wrap to the view's width (lay the view out
// again when it changes).
class HighlightRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `padding`: the space at the row's left and right edges.
    HighlightRowDelegate(QAbstractItemView *view, int padding);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static bool isHeader(const QModelIndex &index);
    static QString quoteOf(const QModelIndex &index);
    int textLeft() const;
    int textWidth() const;

    QAbstractItemView *m_view;
    int m_pad;
};

} // namespace offprint::gui
