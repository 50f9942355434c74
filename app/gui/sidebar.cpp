#include "sidebar.h"

#include "articlelistmodel.h"
#include "librarypreferences.h"
#include "libraryreader.h"
#include "storage/articlerepository.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"
#include "storage/searchrepository.h"
#include "storage/tagrepository.h"

#include <QContextMenuEvent>
#include <QDataStream>
#include <QDrag>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollBar>
#include <QStyle>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace offprint::gui {

namespace {
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kValueRole = Qt::UserRole + 2;
constexpr int kHeaderRole = Qt::UserRole + 3;
constexpr int kLabelRole = Qt::UserRole + 4;

// A section header shows whether it is open (▾/▸) and, when closed, how many entries it hides: a
// library with many sites starts with that section closed, and it must not look empty.
void showHeaderState(QTreeWidgetItem *header)
{
    const bool open = header->isExpanded();
    const QString label = header->data(0, kLabelRole).toString();
    header->setText(0, (open ? QStringLiteral("\u25BE ") : QStringLiteral("\u25B8 ")) + label);
    const int hidden = open ? 0 : header->childCount();
    header->setText(1, hidden > 0 ? QString::number(hidden) : QString());
    header->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
}
const QString kTagMime = QStringLiteral("application/x-offprint-tag");
} // namespace

storage::ArticleFilter SidebarEntry::filter() const
{
    storage::ArticleFilter f;
    switch (kind) {
    case Kind::Unread: f.readState = storage::ArticleFilter::ReadState::Unread; break;
    case Kind::Starred: f.starredOnly = true; break;
    case Kind::Tag: f.tag = value; break;
    case Kind::Site: f.site = value; break;
    case Kind::All:
    case Kind::SavedSearch:
    case Kind::Highlights: break;
    }
    return f;
}

Sidebar::Sidebar(storage::Library &library, LibraryPreferences &prefs, QWidget *parent)
    : QTreeWidget(parent), m_library(library), m_prefs(prefs)
{
    setObjectName(QStringLiteral("sidebar"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setExpandsOnDoubleClick(false); // one click opens or closes a section header
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::DragDrop);
    setAcceptDrops(true);
    setFrameShape(QFrame::NoFrame);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::Fixed);
    header()->setMinimumSectionSize(0);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_refreshing && item && !item->data(0, kHeaderRole).toBool())
            emit entryActivated(entryOf(item));
    });
    connect(this, &QTreeWidget::itemClicked, this, [](QTreeWidgetItem *item) {
        if (item && item->data(0, kHeaderRole).toBool())
            item->setExpanded(!item->isExpanded());
    });
    for (auto signal : {&QTreeWidget::itemExpanded, &QTreeWidget::itemCollapsed}) {
        connect(this, signal, this, [](QTreeWidgetItem *item) {
            if (item && item->data(0, kHeaderRole).toBool())
                showHeaderState(item);
        });
    }
    connect(&m_prefs, &LibraryPreferences::savedSearchesChanged, this, &Sidebar::refresh);
    connect(&m_counter, &QFutureWatcher<QHash<QString, QString>>::finished, this, &Sidebar::showSavedSearchCounts);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(120);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Sidebar::refreshInBackground);
    refresh();
    select({});
}

SidebarEntry Sidebar::entryOf(const QTreeWidgetItem *item)
{
    if (!item)
        return {};
    return {SidebarEntry::Kind(item->data(0, kKindRole).toInt()), item->data(0, kValueRole).toString()};
}

QTreeWidgetItem *Sidebar::addItem(QTreeWidgetItem *parent, const QString &label, qint64 count,
                                  const SidebarEntry &entry)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, label);
    if (count >= 0) {
        item->setText(1, QString::number(count));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    item->setData(0, kKindRole, int(entry.kind));
    item->setData(0, kValueRole, entry.value);
    item->setToolTip(0, label);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (entry.kind == SidebarEntry::Kind::Tag)
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    item->setFlags(flags);
    return item;
}

void Sidebar::refreshSoon()
{
    m_refreshTimer.start();
}

SidebarCounts SidebarCounts::read(storage::Library &library)
{
    using RS = storage::ArticleFilter::ReadState;
    storage::ArticleFilter unread;
    unread.readState = RS::Unread;
    storage::ArticleFilter starred;
    starred.starredOnly = true;
    auto &articles = library.articles();
    SidebarCounts counts;
    counts.all = articles.count({});
    counts.unread = articles.count(unread);
    counts.starred = articles.count(starred);
    counts.highlights = library.highlights().count();
    counts.tags = library.tags().list();
    counts.sites = articles.sites();
    return counts;
}

void Sidebar::refresh()
{
    m_refreshTimer.stop();
    ++m_countGeneration; // an answer on its way is older
    m_countsPending = false;
    m_recount = false;
    showCounts(SidebarCounts::read(m_library));
}

void Sidebar::refreshInBackground()
{
    m_refreshTimer.stop();
    if (!m_reader || m_shownAll < m_backgroundFrom) {
        refresh();
        return;
    }
    if (m_countsPending) {
        m_recount = true; // once the answer on its way is in: a burst of changes costs two countings
        return;
    }
    const quint64 generation = ++m_countGeneration;
    m_countsPending = true;
    m_reader->read<SidebarCounts>(this, &SidebarCounts::read, [this, generation](SidebarCounts counts) {
        if (generation != m_countGeneration)
            return; // refresh() counted since
        m_countsPending = false;
        showCounts(counts);
        if (std::exchange(m_recount, false))
            refreshInBackground();
    });
}

void Sidebar::showCounts(const SidebarCounts &counts)
{
    const SidebarEntry selected = current();
    m_refreshing = true;
    QSet<QString> expandedHeaders;
    for (QTreeWidgetItem *root : {m_tagsRoot, m_sitesRoot, m_searchesRoot})
        if (root && root->isExpanded())
            expandedHeaders.insert(root->data(0, kValueRole).toString());
    const bool firstTime = !m_tagsRoot;
    m_shownAll = counts.all;
    clear();
    addItem(nullptr, tr("All articles"), counts.all, {SidebarEntry::Kind::All, {}});
    addItem(nullptr, tr("Unread"), counts.unread, {SidebarEntry::Kind::Unread, {}});
    addItem(nullptr, tr("Starred"), counts.starred, {SidebarEntry::Kind::Starred, {}});
    addItem(nullptr, tr("Highlights"), counts.highlights, {SidebarEntry::Kind::Highlights, {}});

    auto makeHeader = [this](const QString &label, const QString &key) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, kLabelRole, label);
        QFont f = font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.9);
        item->setFont(0, f);
        item->setFont(1, font());
        item->setData(0, kHeaderRole, true);
        item->setData(0, kValueRole, key);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };
    m_tagsRoot = makeHeader(tr("Tags"), QStringLiteral("tags"));
    for (const storage::TagCount &tag : counts.tags)
        addItem(m_tagsRoot, tag.name, tag.count, {SidebarEntry::Kind::Tag, tag.name});
    m_sitesRoot = makeHeader(tr("Sites"), QStringLiteral("sites"));
    for (const auto &[site, count] : counts.sites)
        if (!site.isEmpty())
            addItem(m_sitesRoot, site, count, {SidebarEntry::Kind::Site, site});
    m_searchesRoot = makeHeader(tr("Saved searches"), QStringLiteral("searches"));
    for (const storage::SavedSearchRecord &search : m_prefs.savedSearches()) {
        QTreeWidgetItem *item = addItem(m_searchesRoot, search.name, -1, {SidebarEntry::Kind::SavedSearch, search.query});
        item->setToolTip(0, search.query);
        item->setText(1, m_searchCounts.value(search.query)); // the last count until the new one
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (QTreeWidgetItem *root : {m_tagsRoot, m_sitesRoot, m_searchesRoot}) {
        const bool expand = firstTime ? root != m_sitesRoot || root->childCount() <= 12
                                      : expandedHeaders.contains(root->data(0, kValueRole).toString());
        root->setExpanded(expand);
        showHeaderState(root); // no signal when the state does not change
    }
    if (QTreeWidgetItem *item = findItem(selected))
        setCurrentItem(item);
    m_refreshing = false;
    fitCountColumn();
    countSavedSearches();
}

namespace {
QHash<QString, QString> countMatches(const QString &folder, const QStringList &queries)
{
    QHash<QString, QString> counts;
    auto library = storage::Library::open(folder);
    if (!library.ok())
        return counts;
    for (const QString &query : queries) {
        const auto hits = (*library)->search().search(query, Sidebar::kSavedSearchCountLimit + 1);
        if (hits.ok())
            counts.insert(query, hits->size() > Sidebar::kSavedSearchCountLimit
                                     ? QStringLiteral("%1+").arg(Sidebar::kSavedSearchCountLimit)
                                     : QString::number(hits->size()));
    }
    return counts;
}
} // namespace

Sidebar::~Sidebar()
{
    m_counter.waitForFinished();
}

void Sidebar::countSavedSearches()
{
    if (!m_searchesRoot || m_searchesRoot->childCount() == 0)
        return;
    if (m_counter.isRunning()) {
        m_countAgain = true;
        return;
    }
    QStringList queries;
    for (int i = 0; i < m_searchesRoot->childCount(); ++i)
        queries << entryOf(m_searchesRoot->child(i)).value;
    m_counter.setFuture(QtConcurrent::run(countMatches, m_library.folder(), queries));
}

void Sidebar::showSavedSearchCounts()
{
    m_searchCounts = m_counter.result();
    for (int i = 0; m_searchesRoot && i < m_searchesRoot->childCount(); ++i) {
        QTreeWidgetItem *item = m_searchesRoot->child(i);
        item->setText(1, m_searchCounts.value(entryOf(item).value));
    }
    fitCountColumn();
    if (m_countAgain) {
        m_countAgain = false;
        countSavedSearches();
    }
}

int Sidebar::countColumnWidth() const
{
    const QFontMetrics metrics(font());
    int widest = 0;
    for (QTreeWidgetItemIterator it(const_cast<Sidebar *>(this)); *it; ++it)
        widest = qMax(widest, metrics.horizontalAdvance((*it)->text(1)));
    // The item's own margins (style) on both sides, and a little air before the scroll bar.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    return widest + 2 * margin + metrics.averageCharWidth();
}

void Sidebar::fitCountColumn()
{
    const int count = countColumnWidth();
    header()->resizeSection(1, count);
    // Room for the counts and a few characters of every label: the splitter cannot squeeze the counts.
    const int wanted = count + fontMetrics().averageCharWidth() * 10 + indentation()
        + verticalScrollBar()->sizeHint().width();
    setMinimumWidth(wanted);
}

void Sidebar::keyboardSearch(const QString &) {}

SidebarEntry Sidebar::current() const
{
    return entryOf(currentItem());
}

QTreeWidgetItem *Sidebar::findItem(const SidebarEntry &entry) const
{
    for (QTreeWidgetItemIterator it(const_cast<Sidebar *>(this)); *it; ++it) {
        if (!(*it)->data(0, kHeaderRole).toBool() && entryOf(*it) == entry)
            return *it;
    }
    return nullptr;
}

bool Sidebar::select(const SidebarEntry &entry)
{
    QTreeWidgetItem *item = findItem(entry);
    if (!item)
        return false;
    if (item->parent())
        item->parent()->setExpanded(true);
    setCurrentItem(item);
    return true;
}

bool Sidebar::renameTag(const QString &from, const QString &to)
{
    const QString target = to.trimmed();
    if (target.isEmpty() || target == from)
        return false;
    const auto result = m_library.tags().rename(from, target);
    if (!result.ok()) {
        emit message(result.error().localizedMessage());
        return false;
    }
    const bool wasSelected = current() == SidebarEntry{SidebarEntry::Kind::Tag, from};
    refresh();
    if (wasSelected)
        select({SidebarEntry::Kind::Tag, target});
    emit tagsChanged();
    return true;
}

bool Sidebar::mergeTag(const QString &from, const QString &into)
{
    // The repository merges when the new name already exists.
    return renameTag(from, into);
}

bool Sidebar::deleteTag(const QString &name)
{
    const auto result = m_library.tags().remove(name);
    if (!result.ok()) {
        emit message(result.error().localizedMessage());
        return false;
    }
    const bool wasSelected = current() == SidebarEntry{SidebarEntry::Kind::Tag, name};
    refresh();
    if (wasSelected)
        select({});
    emit tagsChanged();
    return true;
}

void Sidebar::addSavedSearch(const QString &name, const QString &query)
{
    m_prefs.addSavedSearch(name, query);
}

void Sidebar::removeSavedSearch(const QString &query)
{
    if (const auto saved = m_prefs.savedSearch(query); saved.id)
        m_prefs.removeSavedSearch(saved.id);
}

bool Sidebar::renameSavedSearch(const QString &query, const QString &name)
{
    const auto saved = m_prefs.savedSearch(query);
    return saved.id && m_prefs.renameSavedSearch(saved.id, name);
}

bool Sidebar::editSavedSearch(const QString &query, const QString &newQuery)
{
    const auto saved = m_prefs.savedSearch(query);
    if (!saved.id || newQuery.trimmed() == query)
        return false;
    const bool wasSelected = current() == SidebarEntry{SidebarEntry::Kind::SavedSearch, query};
    if (!m_prefs.setSavedSearchQuery(saved.id, newQuery))
        return false;
    if (wasSelected) // runs the new query
        select({SidebarEntry::Kind::SavedSearch, newQuery.trimmed()});
    return true;
}

void Sidebar::promptRenameSearch(const QString &query)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename saved search"), tr("Name:"), QLineEdit::Normal,
                                               m_prefs.savedSearch(query).name, &ok);
    if (ok)
        renameSavedSearch(query, name);
}

void Sidebar::promptEditSearch(const QString &query)
{
    bool ok = false;
    const QString edited = QInputDialog::getText(this, tr("Edit saved search"), tr("Search:"), QLineEdit::Normal,
                                                 query, &ok);
    if (ok)
        editSavedSearch(query, edited);
}

void Sidebar::promptRename(const QString &tag)
{
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename tag"),
                                             tr("New name for “%1” (an existing tag's name merges the two):").arg(tag),
                                             QLineEdit::Normal, tag, &ok);
    if (ok)
        renameTag(tag, to);
}

void Sidebar::promptDelete(const QString &tag)
{
    const auto answer = QMessageBox::question(
        this, tr("Delete tag"), tr("Remove the tag “%1” from all its articles? The articles stay.").arg(tag));
    if (answer == QMessageBox::Yes)
        deleteTag(tag);
}

void Sidebar::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard (Menu key, Shift+F10): the current entry, the menu below it.
    const bool keyboard = event->reason() == QContextMenuEvent::Keyboard;
    QTreeWidgetItem *item = keyboard ? currentItem() : itemAt(viewport()->mapFromGlobal(event->globalPos()));
    const SidebarEntry entry = entryOf(item);
    if (!item || item->data(0, kHeaderRole).toBool())
        return;
    const QPoint at = keyboard ? viewport()->mapToGlobal(visualItemRect(item).bottomLeft()) : event->globalPos();
    QMenu menu(this);
    if (entry.kind == SidebarEntry::Kind::Tag) {
        const QString tag = entry.value;
        menu.addAction(tr("Rename…"), this, [this, tag] { promptRename(tag); });
        QMenu *merge = menu.addMenu(tr("Merge into"));
        for (const storage::TagCount &other : m_library.tags().list()) {
            if (other.name.compare(tag, Qt::CaseInsensitive) != 0) {
                const QString into = other.name;
                merge->addAction(into, this, [this, tag, into] { mergeTag(tag, into); });
            }
        }
        merge->setEnabled(!merge->isEmpty());
        menu.addAction(tr("Delete tag"), this, [this, tag] { promptDelete(tag); });
    } else if (entry.kind == SidebarEntry::Kind::SavedSearch) {
        const QString query = entry.value;
        menu.addAction(tr("Rename…"), this, [this, query] { promptRenameSearch(query); });
        menu.addAction(tr("Edit search…"), this, [this, query] { promptEditSearch(query); });
        menu.addAction(tr("Remove saved search"), this, [this, query] { removeSavedSearch(query); });
    } else {
        return;
    }
    menu.exec(at);
}

QTreeWidgetItem *Sidebar::tagItemAt(const QPoint &pos) const
{
    QTreeWidgetItem *item = itemAt(pos);
    return item && entryOf(item).kind == SidebarEntry::Kind::Tag && !item->data(0, kHeaderRole).toBool() ? item
                                                                                                          : nullptr;
}

void Sidebar::startDrag(Qt::DropActions)
{
    QTreeWidgetItem *item = currentItem();
    if (!item || entryOf(item).kind != SidebarEntry::Kind::Tag)
        return;
    auto *mime = new QMimeData;
    mime->setData(kTagMime, entryOf(item).value.toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction);
}

void Sidebar::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(kTagMime) || event->mimeData()->hasFormat(ArticleListModel::kIdsMimeType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void Sidebar::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeWidgetItem *target = tagItemAt(event->position().toPoint());
    const bool tagDrag = event->mimeData()->hasFormat(kTagMime);
    if (target && (!tagDrag || QString::fromUtf8(event->mimeData()->data(kTagMime)) != entryOf(target).value))
        event->acceptProposedAction();
    else
        event->ignore();
}

void Sidebar::dropEvent(QDropEvent *event)
{
    QTreeWidgetItem *target = tagItemAt(event->position().toPoint());
    if (!target) {
        event->ignore();
        return;
    }
    const QString into = entryOf(target).value;
    if (event->mimeData()->hasFormat(kTagMime)) {
        const QString from = QString::fromUtf8(event->mimeData()->data(kTagMime));
        event->acceptProposedAction();
        const auto answer = QMessageBox::question(this, tr("Merge tags"),
                                                  tr("Merge the tag “%1” into “%2”?").arg(from, into));
        if (answer == QMessageBox::Yes)
            mergeTag(from, into);
        return;
    }
    QByteArray bytes = event->mimeData()->data(ArticleListModel::kIdsMimeType);
    QDataStream in(&bytes, QIODevice::ReadOnly);
    QList<qint64> ids;
    while (!in.atEnd()) {
        qint64 id = 0;
        in >> id;
        ids.append(id);
    }
    event->acceptProposedAction();
    emit tagArticles(ids, into);
}

} // namespace offprint::gui
