#include "allhighlightsview.h"

#include "highlightcontroller.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace offprint::gui {

namespace {
constexpr int kHPad = 12;
constexpr int kVPad = 7;
constexpr int kSwatch = 4;      // width of the colour bar before a quote
constexpr int kTextIndent = 26; // where the quote starts
constexpr int kQuoteLines = 3;
constexpr int kNoteLines = 2;

QFont smallFont(const QFont &base, bool italic)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    f.setItalic(italic);
    return f;
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

// CJK fallback glyphs stand taller than the UI font's own line.
int lineHeight(const QFont &font)
{
    return int(QFontMetrics(font).lineSpacing() * 1.2 + 0.5);
}

// The text wrapped to `width`, at most `maxLines` lines, the last one elided when text is left over.
QStringList wrap(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0)
        return lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool more = line.textStart() + line.textLength() < text.size();
        if (lines.size() == maxLines - 1 && more) {
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString displayQuote(const QString &quote)
{
    return QStringLiteral("\u201C%1\u201D").arg(quote.simplified());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// Paints an article's title as a group header, and a highlight as its colour bar, its quote (up to
// three lines), its note in italics (up to two) and, when orphaned, a remark saying so.
class HighlightRowDelegate final : public QStyledItemDelegate
{
public:
    explicit HighlightRowDelegate(QTreeWidget *tree) : QStyledItemDelegate(tree), m_tree(tree) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFont &base = option.font;
        if (isHeader(index))
            return {0, lineHeight(titleFont(base)) + 2 * kVPad + (index.row() > 0 ? 8 : 0)};
        const int width = textWidth();
        int height = 2 * kVPad;
        height += int(wrap(displayQuote(index.data().toString()), base, width, kQuoteLines).size()) * lineHeight(base);
        const QString note = index.data(AllHighlightsView::NoteRole).toString().simplified();
        if (!note.isEmpty())
            height += 3 + int(wrap(note, smallFont(base, true), width, kNoteLines).size()) * lineHeight(smallFont(base, true));
        if (index.data(AllHighlightsView::OrphanedRole).toBool())
            height += 3 + lineHeight(smallFont(base, false));
        return {0, height};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &pal = option.palette;
        const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
        const QColor quiet = mix(text, selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base), 0.4);
        QRect rect = option.rect;
        if (isHeader(index) && index.row() > 0)
            rect.setTop(rect.top() + 8);
        if (selected) {
            QColor fill = pal.color(QPalette::Highlight);
            if (!(option.state & QStyle::State_HasFocus) && !m_tree->hasFocus())
                fill.setAlphaF(0.55);
            painter->fillRect(rect, fill);
        }
        const QFont &base = option.font;
        if (isHeader(index)) {
            const QFont title = titleFont(base);
            const QString count = QString::number(index.data(AllHighlightsView::CountRole).toInt());
            painter->setFont(smallFont(base, false));
            painter->setPen(quiet);
            const QRect line = rect.adjusted(kHPad, kVPad, -kHPad, -kVPad);
            painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, count);
            const int countWidth = QFontMetrics(smallFont(base, false)).horizontalAdvance(count) + 10;
            painter->setFont(title);
            painter->setPen(text);
            painter->drawText(line.adjusted(0, 0, -countWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(title).elidedText(index.data().toString(), Qt::ElideRight,
                                                             line.width() - countWidth));
            painter->restore();
            return;
        }
        const int left = rect.left() + kTextIndent;
        const int width = textWidth();
        int y = rect.top() + kVPad;
        const QStringList quote = wrap(displayQuote(index.data().toString()), base, width, kQuoteLines);
        const bool orphaned = index.data(AllHighlightsView::OrphanedRole).toBool();
        // The colour bar along the quote's lines.
        QColor swatch = HighlightController::colorOf(index.data(AllHighlightsView::ColorRole).toString());
        if (orphaned)
            swatch.setAlphaF(0.45);
        QPainterPath bar;
        bar.addRoundedRect(QRectF(rect.left() + kHPad, y + 2, kSwatch, quote.size() * lineHeight(base) - 4), 2, 2);
        painter->fillPath(bar, swatch);
        painter->setFont(base);
        painter->setPen(orphaned ? quiet : text);
        for (const QString &line : quote) {
            painter->drawText(QRect(left, y, width, lineHeight(base)), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += lineHeight(base);
        }
        const QString note = index.data(AllHighlightsView::NoteRole).toString().simplified();
        if (!note.isEmpty()) {
            const QFont f = smallFont(base, true);
            painter->setFont(f);
            painter->setPen(mix(text, quiet, 0.5));
            y += 3;
            for (const QString &line : wrap(note, f, width, kNoteLines)) {
                painter->drawText(QRect(left, y, width, lineHeight(f)), Qt::AlignLeft | Qt::AlignVCenter, line);
                y += lineHeight(f);
            }
        }
        if (orphaned) {
            const QFont f = smallFont(base, false);
            painter->setFont(f);
            painter->setPen(selected ? text : QColor(0xC0, 0x4B, 0x3A));
            y += 3;
            painter->drawText(QRect(left, y, width, lineHeight(f)), Qt::AlignLeft | Qt::AlignVCenter,
                              AllHighlightsView::tr("Orphaned: this text is no longer in the article"));
        }
        painter->restore();
    }

private:
    static bool isHeader(const QModelIndex &index) { return !index.parent().isValid(); }
    int textWidth() const { return qMax(80, m_tree->viewport()->width() - kTextIndent - kHPad); }

    QTreeWidget *m_tree;
};
} // namespace

AllHighlightsView::AllHighlightsView(storage::Library &library, QWidget *parent)
    : QWidget(parent), m_library(library)
{
    setObjectName(QStringLiteral("allHighlights"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 0);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(8);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("highlightFilter"));
    m_filter->setPlaceholderText(tr("Filter highlights, notes and titles"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_orphaned = new QCheckBox(tr("Orphaned only"), this);
    m_orphaned->setObjectName(QStringLiteral("orphanedOnly"));
    m_orphaned->setToolTip(tr("Highlights whose text is no longer in their article (after it was re-imported)"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_orphaned);
    layout->addLayout(bar);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("allHighlightsList"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(0);
    m_tree->setItemsExpandable(false);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setItemDelegate(new HighlightRowDelegate(m_tree));
    m_tree->viewport()->installEventFilter(this);
    layout->addWidget(m_tree, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("allHighlightsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_empty->hide();
    layout->addWidget(m_empty, 1);
    setFocusProxy(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &AllHighlightsView::reload);
    connect(m_orphaned, &QCheckBox::toggled, this, &AllHighlightsView::reload);
    // Enter (itemActivated) or a click opens; arrows only move.
    connect(m_tree, &QTreeWidget::itemActivated, this, &AllHighlightsView::activate);
    connect(m_tree, &QTreeWidget::itemClicked, this, &AllHighlightsView::activate);
}

void AllHighlightsView::reload()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const HighlightId keep = current ? current->data(0, HighlightRole).toLongLong() : 0;
    const ArticleId keepArticle = current ? current->data(0, ArticleRole).toLongLong() : 0;
    storage::HighlightFilter filter;
    filter.contains = m_filter->text();
    filter.orphanedOnly = m_orphaned->isChecked();
    const QList<storage::ListedHighlight> rows = m_library.highlights().listed(filter);

    m_tree->clear();
    QHash<ArticleId, QTreeWidgetItem *> groups;
    QTreeWidgetItem *restore = nullptr;
    for (const storage::ListedHighlight &row : rows) {
        const Highlight &h = row.highlight;
        QTreeWidgetItem *group = groups.value(h.articleId);
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            const QString title = row.articleTitle.isEmpty() ? tr("Untitled") : row.articleTitle;
            group->setText(0, title);
            group->setToolTip(0, title);
            group->setData(0, ArticleRole, h.articleId);
            group->setData(0, HighlightRole, HighlightId(0));
            groups.insert(h.articleId, group);
            if (!keep && keepArticle == h.articleId)
                restore = group;
        }
        auto *item = new QTreeWidgetItem(group);
        item->setText(0, h.quote);
        item->setData(0, ArticleRole, h.articleId);
        item->setData(0, HighlightRole, h.id);
        item->setData(0, ColorRole, h.color);
        item->setData(0, NoteRole, h.note);
        item->setData(0, OrphanedRole, !h.anchored());
        item->setToolTip(0, h.note.isEmpty() ? h.quote : h.quote + QStringLiteral("\n\n") + h.note);
        group->setData(0, CountRole, group->childCount());
        if (keep && keep == h.id)
            restore = item;
    }
    m_tree->expandAll();
    if (!restore && m_tree->topLevelItemCount() > 0)
        restore = m_tree->topLevelItem(0)->child(0);
    if (restore)
        m_tree->setCurrentItem(restore);

    const bool filtered = !filter.contains.trimmed().isEmpty() || filter.orphanedOnly;
    m_empty->setText(filtered ? tr("No highlights match.")
                              : tr("No highlights yet.\n\nSelect text in an article and press H to highlight it."));
    m_empty->setVisible(rows.isEmpty());
    m_tree->setVisible(!rows.isEmpty());
}

void AllHighlightsView::reloadIfVisible()
{
    if (isVisible())
        reload();
}

void AllHighlightsView::activate(QTreeWidgetItem *item)
{
    if (item)
        emit highlightActivated(item->data(0, ArticleRole).toLongLong(), item->data(0, HighlightRole).toLongLong());
}

void AllHighlightsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

bool AllHighlightsView::eventFilter(QObject *watched, QEvent *event)
{
    // Rows wrap to the width: lay them out again when it changes.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_tree->doItemsLayout();
    // Down from the filter field goes to the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_tree->isVisible()) {
            m_tree->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace offprint::gui
