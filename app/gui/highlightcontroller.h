#pragma once

#include "domain/highlight.h"

#include <QList>
#include <QObject>
#include <QPoint>

#include <optional>

class QAction;
class QUndoStack;

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

class ReaderController;
class ReaderView;

// Highlights in the reader: the selection becomes a highlight (key H or the context menu), the open
// article's highlights are drawn in it, and the context menu on one changes its colour, note or
// removes it. Every change goes through storage::HighlightRepository and onto the undo stack.
// The selection is placed in the article's plain text (annotate::articleText, where the core counts
// positions) by the annotate matcher: its text, the text around it and its offset from the body's
// start are located in the plain text; drawing does the reverse on the document's text.
class HighlightController final : public QObject
{
    Q_OBJECT
public:
    // `action`: the window's "Highlight Selection" (H) action, made active in the reader; none: one
    // of its own.
    HighlightController(storage::Library &library, QUndoStack *undoStack, ReaderView *view,
                        ReaderController *reader, QAction *action = nullptr, QObject *parent = nullptr);

    // Highlights the reader's selection in the last-used colour; false (and message()) when there is
    // nothing to highlight.
    bool highlightSelection();
    bool remove(HighlightId id);
    bool setColor(HighlightId id, const QString &color);
    bool setNote(HighlightId id, const QString &note);
    // The highlight drawn at a document position of the reader, if any.
    std::optional<Highlight> highlightAt(int position) const;
    // Scrolls the reader to one of the open article's highlights once the article opened just now has
    // settled (after its reading position is restored); message() when it is orphaned.
    void reveal(HighlightId id);
    // The open article's highlights, in text order.
    QList<Highlight> highlights() const { return m_highlights; }
    // Where each of highlights() is drawn in the reader's document; -1: not drawn.
    QList<int> positions() const;
    QString lastColor() const { return m_color; }
    QAction *highlightAction() const { return m_action; }

    // Reloads the open article's highlights and draws them.
    void refresh();
    // The colour a highlight is drawn in (before the theme softens it).
    static QColor colorOf(const QString &name);

signals:
    void changed(ArticleId article);
    // The open article's highlights were drawn anew (another article, a change, a re-render).
    void highlightsChanged();
    void message(const QString &text);

private:
    friend class HighlightCommand;
    void showMenu(const QPoint &pos);
    void editNote(const Highlight &highlight);
    void applyChange(const Highlight &before, const std::optional<Highlight> &after);

    storage::Library &m_library;
    QUndoStack *m_undo;
    ReaderView *m_view;
    ReaderController *m_reader;
    QAction *m_action;
    QString m_color = highlightColors().first();
    QList<Highlight> m_highlights;
    QList<QPair<int, int>> m_ranges; // document ranges of m_highlights (-1: not drawn)
};

} // namespace offprint::gui
