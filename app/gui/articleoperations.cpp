#include "articleoperations.h"

#include "storage/articlerepository.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"
#include "storage/tagrepository.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QUndoStack>

namespace offprint::gui {

// Undo re-inserts the full copies taken before the delete (content, tags, state, place, asset list,
// highlights and note).
// Blob files stay in the library until garbage collection, and the restored rows refer to them again.
class DeleteCommand final : public QUndoCommand
{
public:
    DeleteCommand(ArticleOperations &ops, const QList<ArticleId> &ids) : m_ops(ops), m_ids(ids)
    {
        setText(QCoreApplication::translate("offprint::gui::ArticleOperations", "Delete %n article(s)", nullptr,
                                            int(ids.size())));
    }

    void redo() override
    {
        auto &articles = m_ops.m_library.articles();
        m_copies.clear();
        QList<ArticleId> removed;
        for (ArticleId id : m_ids) {
            std::optional<Article> article = articles.get(id);
            if (!article)
                continue;
            const QStringList assets = articles.assetsOf(id);
            storage::HighlightRepository &highlights = m_ops.m_library.highlights();
            const QList<Highlight> marked = highlights.forArticle(id);
            const QString note = highlights.articleNote(id).ok() ? *highlights.articleNote(id) : QString();
            const auto result = articles.remove(id);
            if (!result.ok()) {
                emit m_ops.failed(result.error().localizedMessage());
                continue;
            }
            m_copies.append({*article, assets, marked, note});
            removed.append(id);
        }
        m_ids = removed;
        emit m_ops.listChanged();
        emit m_ops.tagsChanged();
    }

    void undo() override
    {
        auto &articles = m_ops.m_library.articles();
        QList<ArticleId> restored;
        for (const auto &[copy, assets, marked, note] : std::as_const(m_copies)) {
            // The asset rows come back too, so that garbage collection keeps the article's images.
            auto inserted = articles.insert(copy, assets);
            if (!inserted.ok()) {
                emit m_ops.failed(inserted.error().localizedMessage());
                continue;
            }
            const ArticleId id = *inserted;
            (void)articles.setRead(id, copy.read);
            (void)articles.setStarred(id, copy.starred);
            (void)articles.setReadingPosition(id, copy.readingPosition);
            for (Highlight highlight : marked) {
                highlight.articleId = id;
                (void)m_ops.m_library.highlights().restore(highlight);
            }
            if (!note.isEmpty())
                (void)m_ops.m_library.highlights().setArticleNote(id, note);
            restored.append(id);
        }
        m_ids = restored; // redo deletes what undo brought back
        m_copies.clear();
        emit m_ops.listChanged();
        emit m_ops.tagsChanged();
    }

private:
    ArticleOperations &m_ops;
    QList<ArticleId> m_ids;
    struct Copy
    {
        Article article;
        QStringList assets; // blob paths
        QList<Highlight> highlights;
        QString note;
    };
    QList<Copy> m_copies;
};

ArticleOperations::ArticleOperations(storage::Library &library, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_library(library), m_undo(undoStack)
{
}

bool ArticleOperations::toggleStarred(const QList<ArticleId> &ids)
{
    if (ids.isEmpty())
        return false;
    auto &articles = m_library.articles();
    bool anyUnstarred = false;
    for (const Article &a : articles.getMany(ids))
        anyUnstarred = anyUnstarred || !a.starred;
    for (ArticleId id : ids) {
        if (const auto r = articles.setStarred(id, anyUnstarred); !r.ok()) {
            emit failed(r.error().localizedMessage());
            return false;
        }
    }
    emit changed(ids);
    return true;
}

bool ArticleOperations::toggleRead(const QList<ArticleId> &ids)
{
    bool anyUnread = false;
    for (const Article &a : m_library.articles().getMany(ids))
        anyUnread = anyUnread || !a.read;
    return setRead(ids, anyUnread);
}

bool ArticleOperations::setRead(const QList<ArticleId> &ids, bool read)
{
    if (ids.isEmpty())
        return false;
    for (ArticleId id : ids) {
        if (const auto r = m_library.articles().setRead(id, read); !r.ok()) {
            emit failed(r.error().localizedMessage());
            return false;
        }
    }
    emit changed(ids);
    return true;
}

bool ArticleOperations::setTags(ArticleId id, const QStringList &tags)
{
    auto &repo = m_library.tags();
    const QStringList current = repo.tagsOf(id);
    QStringList removed;
    for (const QString &t : current)
        if (!tags.contains(t, Qt::CaseInsensitive))
            removed << t;
    QStringList added;
    for (const QString &t : tags)
        if (!current.contains(t, Qt::CaseInsensitive))
            added << t;
    if (removed.isEmpty() && added.isEmpty())
        return true;
    if (!removed.isEmpty()) {
        if (const auto r = repo.removeTags(id, removed); !r.ok()) {
            emit failed(r.error().localizedMessage());
            return false;
        }
    }
    if (!added.isEmpty()) {
        if (const auto r = repo.addTags(id, added); !r.ok()) {
            emit failed(r.error().localizedMessage());
            return false;
        }
    }
    emit changed({id});
    emit tagsChanged();
    return true;
}

bool ArticleOperations::addTags(const QList<ArticleId> &ids, const QStringList &tags)
{
    if (ids.isEmpty() || tags.isEmpty())
        return false;
    for (ArticleId id : ids) {
        if (const auto r = m_library.tags().addTags(id, tags); !r.ok()) {
            emit failed(r.error().localizedMessage());
            return false;
        }
    }
    emit changed(ids);
    emit tagsChanged();
    return true;
}

bool ArticleOperations::remove(const QList<ArticleId> &ids)
{
    if (ids.isEmpty())
        return false;
    m_undo->push(new DeleteCommand(*this, ids));
    return true;
}

} // namespace offprint::gui
