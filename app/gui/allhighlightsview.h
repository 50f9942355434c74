#pragma once

#include "domain/highlight.h"
#include "highlightrowdelegate.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

// Every highlight of the library, newest first, grouped by article (the article's title heads its
// group; groups follow their newest highlight). Each row shows the colour, the quote and the note; an
// orphaned highlight (its text gone from the article) is listed and marked so. A filter field narrows
// the list by quote, note or title; a toggle shows only orphaned ones. Arrows move, Enter or a click
// opens the article at the highlight (highlightActivated), Delete asks to remove it. Keys that are the
// window's one-key shortcuts for the (hidden) article list stay in the view. The data comes from
// storage::HighlightRepository::listed().
class AllHighlightsView final : public QWidget
{
    Q_OBJECT
public:
    // The rows' data (highlightrow::Role).
    enum Role {
        ArticleRole = highlightrow::ArticleRole,
        HighlightRole = highlightrow::HighlightRole, // 0 on an article's header row
        ColorRole = highlightrow::ColorRole,
        NoteRole = highlightrow::NoteRole,
        OrphanedRole = highlightrow::OrphanedRole,
        CountRole = highlightrow::CountRole, // header rows: how many highlights the group lists
    };

    explicit AllHighlightsView(storage::Library &library, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    QCheckBox *orphanedToggle() const { return m_orphaned; }

    // Lists again from the library, keeping the current highlight when it is still listed.
    void reload();
    // reload() when the view is on screen (after a change elsewhere).
    void reloadIfVisible();

signals:
    // `highlight` is 0 for an article's header row.
    void highlightActivated(ArticleId article, HighlightId highlight);
    // Delete (or Backspace) on a highlight's row.
    void removeRequested(HighlightId highlight);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);

    storage::Library &m_library;
    QLineEdit *m_filter;
    QCheckBox *m_orphaned;
    QTreeWidget *m_tree;
    QLabel *m_empty;
};

} // namespace offprint::gui
