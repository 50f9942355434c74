#include "allhighlightsview.h"

#include "highlightrowdelegate.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace offprint::gui {

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
    m_tree->setItemDelegate(new HighlightRowDelegate(m_tree, 12));
    m_tree->viewport()->installEventFilter(this);
    m_tree->installEventFilter(this);
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
            group->setData(0, highlightrow::HeaderRole, true);
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
    if (watched == m_tree && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool remove = key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace;
        // Delete, Space, letters and digits would act on the hidden article list (delete, star, mark
        // read, next article): here they remove a highlight or search the list by its first letters.
        if (event->type() == QEvent::ShortcutOverride) {
            const QString text = key->text();
            const bool plain = (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier;
            if (remove || (plain && !text.isEmpty() && (text.at(0).isLetterOrNumber() || text.at(0).isSpace())))
                event->accept();
            return false;
        }
        QTreeWidgetItem *item = m_tree->currentItem();
        if (remove && item && item->data(0, HighlightRole).toLongLong() != 0) {
            const HighlightId id = item->data(0, HighlightRole).toLongLong();
            // Stay at the row that takes its place.
            QTreeWidgetItem *next = m_tree->itemBelow(item) ? m_tree->itemBelow(item) : m_tree->itemAbove(item);
            if (next)
                m_tree->setCurrentItem(next);
            emit removeRequested(id);
            return true;
        }
    }
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
