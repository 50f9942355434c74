// ReaderView: moving inside the shown article. The reading place as a document position, links to
// anchors with Back and Forward, find in the article, the search terms' first match, the outline.
#include "readerview.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace offprint::gui {

namespace {
constexpr int kMaxFindMatches = 5000;
// The header is a handful of blocks; its rule is looked for no further.
constexpr int kMaxHeaderBlocks = 16;

QColor mix(const QColor &base, const QColor &over, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (over.redF() - base.redF()) * amount),
                            float(base.greenF() + (over.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (over.blueF() - base.blueF()) * amount));
}
} // namespace

void ReaderView::ensureLaidOut() const
{
    // Large documents are laid out lazily; a place further down needs the layout down to it, and
    // the scroll bar's range needs the whole height.
    const QTextBlock last = document()->lastBlock();
    if (last.isValid())
        document()->documentLayout()->blockBoundingRect(last);
}

int ReaderView::topPosition() const
{
    // The hit test lays the document out down to the point it looks at.
    const int left = qRound(document()->rootFrame()->frameFormat().leftMargin()) + 2;
    QTextCursor cursor = cursorForPosition(QPoint(left, 1));
    // The top edge may fall in the space between two paragraphs: the first line below it is the one
    // being read.
    if (cursorRect(cursor).bottom() < 0)
        cursor.movePosition(QTextCursor::Down);
    cursor.movePosition(QTextCursor::StartOfLine);
    return cursor.position();
}

void ReaderView::scrollToPosition(int position)
{
    ensureLaidOut();
    QTextCursor cursor(document());
    cursor.setPosition(qBound(0, position, qMax(0, document()->characterCount() - 1)));
    QScrollBar *bar = verticalScrollBar();
    const QTextBlock block = cursor.block();
    const QTextLayout *layout = block.layout();
    const bool firstLine = block == document()->firstBlock() && layout
        && layout->lineForTextPosition(cursor.positionInBlock()).lineNumber() == 0;
    bar->setValue(firstLine ? 0 : bar->value() + cursorRect(cursor).top());
}

void ReaderView::revealPosition(int position)
{
    ensureLaidOut();
    QTextCursor cursor(document());
    cursor.setPosition(qBound(0, position, qMax(0, document()->characterCount() - 1)));
    const QRect rect = cursorRect(cursor);
    if (rect.top() >= 0 && rect.bottom() <= viewport()->height())
        return;
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
}

int ReaderView::bodyStart() const
{
    if (m_original)
        return 0;
    // The article header ends with a rule (<hr/>); the body follows it.
    int seen = 0;
    for (QTextBlock block = document()->begin(); block.isValid() && seen < kMaxHeaderBlocks;
         block = block.next(), ++seen) {
        if (block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            return block.next().isValid() ? block.next().position() : block.position();
    }
    return 0;
}

int ReaderView::anchorPosition(const QString &name) const
{
    if (name.isEmpty())
        return -1;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().anchorNames().contains(name))
                return fragment.position();
        }
    }
    return -1;
}

ReaderPlace ReaderView::currentPlace() const
{
    return ReaderPlace{topPosition(), verticalScrollBar()->value(), m_layoutGeneration};
}

void ReaderView::restorePlace(const ReaderPlace &place)
{
    if (place.layout == m_layoutGeneration)
        verticalScrollBar()->setValue(place.scroll);
    else
        scrollToPosition(place.position);
}

bool ReaderView::followAnchor(const QString &name)
{
    const int target = anchorPosition(name);
    if (target < 0)
        return false;
    m_history.visit(currentPlace());
    scrollToPosition(target);
    emit historyChanged();
    return true;
}

bool ReaderView::goBack()
{
    const auto place = m_history.back(currentPlace());
    if (!place)
        return false;
    restorePlace(*place);
    emit historyChanged();
    return true;
}

bool ReaderView::goForward()
{
    const auto place = m_history.forward(currentPlace());
    if (!place)
        return false;
    restorePlace(*place);
    emit historyChanged();
    return true;
}

void ReaderView::contentShown(qint64 key)
{
    if (key == 0 || key != m_shownKey) {
        m_shownKey = key;
        m_history.clear();
        m_annotations.clear();
        emit historyChanged();
    }
    if (m_findNeedle.isEmpty())
        applySelections();
    else
        find(m_findNeedle, false);
    emit contentReplaced();
}

void ReaderView::applySelections()
{
    const int total = int(m_annotations.size() + m_termRanges.size() + m_findRanges.size());
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(total);
    auto add = [&](const search::TextRange &range, const QColor &background) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(range.start);
        selection.cursor.setPosition(range.start + range.length, QTextCursor::KeepAnchor);
        selection.format.setBackground(background);
        selections.append(selection);
    };
    // The search terms first, then find's matches over them: both stay visible, the find match
    // in its own colour, the current one strongest.
    // The reader's highlights under both, softened into the theme's background.
    for (const AnnotationMark &mark : m_annotations)
        add(mark.range, mix(m_colors.background, mark.color, 0.55));
    for (const search::TextRange &range : m_termRanges)
        add(range, m_colors.highlight);
    const QColor match = mix(m_colors.background, m_colors.link, 0.3);
    const QColor current = mix(m_colors.background, QColor(0xFF, 0x8C, 0x1A), 0.8);
    for (qsizetype i = 0; i < m_findRanges.size(); ++i)
        add(m_findRanges[i], i == m_findIndex ? current : match);
    setExtraSelections(selections);
}

void ReaderView::setAnnotations(const QList<AnnotationMark> &marks)
{
    m_annotations = marks;
    applySelections();
}

int ReaderView::firstFindFrom(int position) const
{
    for (qsizetype i = 0; i < m_findRanges.size(); ++i)
        if (m_findRanges[i].start >= position)
            return int(i);
    return m_findRanges.isEmpty() ? -1 : 0; // wraps to the start
}

int ReaderView::find(const QString &needle, bool reveal)
{
    // Typing more of the word keeps the current match when it still matches.
    const int from = m_findIndex >= 0 && m_findIndex < m_findRanges.size() ? m_findRanges[m_findIndex].start
                                                                            : topPosition();
    m_findNeedle = needle;
    m_findRanges = search::findTextRanges(document()->toPlainText(), needle, kMaxFindMatches);
    m_findIndex = reveal ? firstFindFrom(from) : -1;
    if (m_findIndex >= 0)
        revealPosition(m_findRanges[m_findIndex].start);
    applySelections();
    emit findChanged();
    return int(m_findRanges.size());
}

int ReaderView::findNext()
{
    if (m_findRanges.isEmpty())
        return -1;
    m_findIndex = m_findIndex < 0 ? firstFindFrom(topPosition()) : int((m_findIndex + 1) % m_findRanges.size());
    revealPosition(m_findRanges[m_findIndex].start);
    applySelections();
    emit findChanged();
    return m_findIndex;
}

int ReaderView::findPrevious()
{
    if (m_findRanges.isEmpty())
        return -1;
    const int count = int(m_findRanges.size());
    m_findIndex = m_findIndex < 0 ? (firstFindFrom(topPosition()) + count - 1) % count
                                  : (m_findIndex + count - 1) % count;
    revealPosition(m_findRanges[m_findIndex].start);
    applySelections();
    emit findChanged();
    return m_findIndex;
}

void ReaderView::clearFind()
{
    m_findNeedle.clear();
    m_findRanges.clear();
    m_findIndex = -1;
    applySelections();
    emit findChanged();
}

bool ReaderView::revealFirstTermMatch()
{
    if (m_termRanges.isEmpty())
        return false;
    const int body = bodyStart();
    int target = m_termRanges.first().start;
    for (const search::TextRange &range : m_termRanges) {
        if (range.start >= body) {
            target = range.start;
            break;
        }
    }
    verticalScrollBar()->setValue(0);
    revealPosition(target);
    return true;
}

QList<ReaderView::OutlineEntry> ReaderView::outline() const
{
    QList<OutlineEntry> entries;
    const int body = bodyStart();
    for (QTextBlock block = document()->findBlock(body); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        const QString text = QString(block.text()).remove(QChar::ObjectReplacementCharacter).simplified();
        if (!text.isEmpty())
            entries.append(OutlineEntry{level, text, block.position()});
    }
    return entries;
}

} // namespace offprint::gui
