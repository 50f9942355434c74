#include "highlightcontroller.h"

#include "annotate/anchor.h"
#include "readercontroller.h"
#include "readerview.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QTextCursor>
#include <QTextTable>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace offprint::gui {

// One change of one highlight, as the states before and after it (none: not there). Undo and redo
// put the other state back through the repository; the change itself was made before the push.
class HighlightCommand final : public QUndoCommand
{
public:
    HighlightCommand(HighlightController &owner, const QString &text, std::optional<Highlight> before,
                     std::optional<Highlight> after)
        : m_owner(owner), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }

    void redo() override
    {
        if (m_done) {
            m_done = false; // the change was made before the push
            return;
        }
        m_after = apply(m_after, m_before);
    }
    void undo() override { m_before = apply(m_before, m_after); }

private:
    // Brings `current` to `target`; returns the target as stored (a restored highlight may get
    // another id when its own is taken).
    std::optional<Highlight> apply(const std::optional<Highlight> &target, const std::optional<Highlight> &current)
    {
        auto &repo = m_owner.m_library.highlights();
        std::optional<Highlight> stored = target;
        if (!target && current) {
            auto r = repo.remove(current->id);
            if (!r.ok())
                emit m_owner.message(r.error().localizedMessage());
        } else if (target && !current) {
            auto r = repo.restore(*target);
            if (r.ok())
                stored = *r;
            else
                emit m_owner.message(r.error().localizedMessage());
        } else if (target && current) {
            auto c = repo.setColor(current->id, target->color);
            auto n = repo.setNote(current->id, target->note);
            if (!c.ok() || !n.ok())
                emit m_owner.message(!c.ok() ? c.error().localizedMessage() : n.error().localizedMessage());
        }
        m_owner.refresh();
        emit m_owner.changed(target ? target->articleId : current ? current->articleId : 0);
        return stored;
    }

    HighlightController &m_owner;
    std::optional<Highlight> m_before;
    std::optional<Highlight> m_after;
    bool m_done = true;
};

HighlightController::HighlightController(storage::Library &library, QUndoStack *undoStack, ReaderView *view,
                                         ReaderController *reader, QAction *action, QObject *parent)
    : QObject(parent), m_library(library), m_undo(undoStack), m_view(view), m_reader(reader), m_action(action)
{
    if (!m_action)
        m_action = new QAction(tr("Highlight"), this);
    m_action->setShortcut(QKeySequence(Qt::Key_H));
    m_action->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_action);
    connect(m_action, &QAction::triggered, this, [this] { highlightSelection(); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &HighlightController::showMenu);
    // Every document shown (another article, a zoom or theme re-render, back from the original).
    connect(m_view, &ReaderView::contentReplaced, this, &HighlightController::refresh);
}

QColor HighlightController::colorOf(const QString &name)
{
    if (name == QLatin1String("green"))
        return QColor(0x7C, 0xD9, 0x6B);
    if (name == QLatin1String("blue"))
        return QColor(0x6B, 0xB4, 0xF5);
    if (name == QLatin1String("pink"))
        return QColor(0xF5, 0x8C, 0xC0);
    if (name == QLatin1String("purple"))
        return QColor(0xB9, 0x8C, 0xF0);
    return QColor(0xFF, 0xE0, 0x4D); // yellow
}

bool HighlightController::highlightSelection()
{
    const auto &article = m_reader->article();
    const QTextCursor cursor = m_view->textCursor();
    if (!article || m_view->showingOriginal() || !cursor.hasSelection()) {
        emit message(tr("Select text in the article to highlight it."));
        return false;
    }
    const QString doc = m_view->document()->toPlainText();
    const int body = m_view->bodyStart();
    int first = cursor.selectionStart();
    int end = cursor.selectionEnd();
    // A selection across a table's cells is a rectangle of cells (its selectionStart/End are not
    // where it is drawn): the highlight is the passage from its first cell to the end of its last.
    if (QTextTable *table = cursor.currentTable(); table && cursor.hasComplexSelection()) {
        int row = 0, rows = 0, column = 0, columns = 0;
        cursor.selectedTableCells(&row, &rows, &column, &columns);
        if (rows > 0 && columns > 0) {
            first = table->cellAt(row, column).firstPosition();
            end = table->cellAt(row + rows - 1, column + columns - 1).lastPosition();
        }
    }
    const int start = std::max(first, body);
    if (end <= start || doc.mid(start, end - start).trimmed().isEmpty()) {
        emit message(tr("Select text in the article to highlight it."));
        return false;
    }
    // The selection as a selector of the document's body, located in the plain text.
    annotate::Selector wanted;
    wanted.quote = doc.mid(start, end - start);
    const int before = std::max(body, start - annotate::kContextLength);
    wanted.prefix = doc.mid(before, start - before);
    wanted.suffix = doc.mid(end, annotate::kContextLength);
    wanted.position = doc.mid(body, start - body).toUcs4().size();
    const annotate::TextAnchorer anchorer(annotate::articleText(article->markdown));
    const auto anchor = anchorer.locate(wanted);
    if (!anchor) {
        emit message(tr("The selection could not be found in the article's text."));
        return false;
    }
    auto added = m_library.highlights().addAt(article->id, annotate::selectorFor(anchorer.text(), anchor->range),
                                              m_color);
    if (!added.ok()) {
        emit message(added.error().localizedMessage());
        return false;
    }
    m_undo->push(new HighlightCommand(*this, tr("Highlight"), std::nullopt, *added));
    QTextCursor cleared = cursor;
    cleared.clearSelection();
    m_view->setTextCursor(cleared);
    refresh();
    emit changed(article->id);
    return true;
}

void HighlightController::applyChange(const Highlight &before, const std::optional<Highlight> &after)
{
    const QString text = !after ? tr("Remove Highlight")
                         : after->note != before.note ? tr("Edit Note")
                                                      : tr("Highlight Colour");
    m_undo->push(new HighlightCommand(*this, text, before, after));
    refresh();
    emit changed(before.articleId);
}

bool HighlightController::remove(HighlightId id)
{
    auto removed = m_library.highlights().remove(id);
    if (!removed.ok()) {
        emit message(removed.error().localizedMessage());
        return false;
    }
    applyChange(*removed, std::nullopt);
    return true;
}

bool HighlightController::setColor(HighlightId id, const QString &color)
{
    const auto before = m_library.highlights().get(id);
    if (!before)
        return false;
    auto after = m_library.highlights().setColor(id, color);
    if (!after.ok()) {
        emit message(after.error().localizedMessage());
        return false;
    }
    m_color = color;
    applyChange(*before, *after);
    return true;
}

bool HighlightController::setNote(HighlightId id, const QString &note)
{
    const auto before = m_library.highlights().get(id);
    if (!before)
        return false;
    auto after = m_library.highlights().setNote(id, note);
    if (!after.ok()) {
        emit message(after.error().localizedMessage());
        return false;
    }
    applyChange(*before, *after);
    return true;
}

void HighlightController::refresh()
{
    m_highlights.clear();
    m_ranges.clear();
    const auto &article = m_reader->article();
    if (!article || m_view->showingOriginal()) {
        m_view->setAnnotations({});
        emit highlightsChanged();
        return;
    }
    m_highlights = m_library.highlights().forArticle(article->id);
    // The plain text's places found again in the document's body: the same matcher, the other way.
    const int body = m_view->bodyStart();
    const annotate::TextAnchorer anchorer(m_view->document()->toPlainText().mid(body));
    QList<ReaderView::AnnotationMark> marks;
    for (const Highlight &h : std::as_const(m_highlights)) {
        std::optional<annotate::Anchor> anchor;
        if (h.anchored())
            anchor = anchorer.locate({h.quote, h.prefix, h.suffix, h.position});
        if (!anchor) {
            m_ranges.append({-1, -1});
            continue;
        }
        const int start = body + int(anchor->range.start);
        const int length = int(anchor->range.end - anchor->range.start);
        m_ranges.append({start, start + length});
        marks.append({search::TextRange{start, length}, colorOf(h.color)});
    }
    m_view->setAnnotations(marks);
    emit highlightsChanged();
}

QList<int> HighlightController::positions() const
{
    QList<int> starts;
    starts.reserve(m_ranges.size());
    for (const auto &range : m_ranges)
        starts.append(range.first);
    return starts;
}

std::optional<Highlight> HighlightController::highlightAt(int position) const
{
    for (qsizetype i = 0; i < m_ranges.size(); ++i)
        if (m_ranges[i].first <= position && position < m_ranges[i].second)
            return m_highlights[i];
    return std::nullopt;
}

void HighlightController::reveal(HighlightId id)
{
    // Queued behind ReaderController::open()'s own restoring of the reading position.
    QTimer::singleShot(0, m_view, [this, id] {
        for (qsizetype i = 0; i < m_highlights.size(); ++i) {
            if (m_highlights[i].id != id)
                continue;
            if (m_ranges[i].first < 0) {
                emit message(tr("This highlight is orphaned: its text is no longer in the article."));
                return;
            }
            m_view->revealPosition(m_ranges[i].first);
            return;
        }
    });
}

void HighlightController::editNote(const Highlight &highlight)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(m_view, tr("Edit Note"), tr("Note on “%1”:")
                                                        .arg(highlight.quote.left(60)), highlight.note, &ok);
    if (ok && note != highlight.note)
        setNote(highlight.id, note);
}

void HighlightController::showMenu(const QPoint &pos)
{
    QMenu *menu = m_view->createStandardContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const auto highlight = highlightAt(m_view->cursorForPosition(pos).position());
    menu->addSeparator();
    if (m_view->textCursor().hasSelection())
        menu->addAction(m_action);
    if (highlight) {
        const Highlight h = *highlight;
        menu->addAction(tr("Edit Note…"), this, [this, h] { editNote(h); });
        QMenu *colors = menu->addMenu(tr("Colour"));
        const QStringList names{tr("Yellow"), tr("Green"), tr("Blue"), tr("Pink"), tr("Purple")};
        for (qsizetype i = 0; i < highlightColors().size(); ++i) {
            const QString color = highlightColors()[i];
            QAction *action = colors->addAction(names.value(i, color), this, [this, h, color] { setColor(h.id, color); });
            action->setCheckable(true);
            action->setChecked(color == h.color);
        }
        menu->addAction(tr("Remove Highlight"), this, [this, h] { remove(h.id); });
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace offprint::gui
