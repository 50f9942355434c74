#pragma once

#include "common/result.h"
#include "domain/article.h"
#include "storage/articlerepository.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace offprint::storage {

class Database;
class Library;

// The articles an operation applies to: a list of ids, every article of a list view (its filter's
// offset and limit ignored), or every match of a search query. A view or query is resolved inside
// the database, so "the whole view" of 100,000 articles never crosses into the caller as rows.
struct ArticleSelection
{
    QList<ArticleId> ids;
    std::optional<ArticleFilter> view;
    std::optional<QString> query;

    static ArticleSelection of(const QList<ArticleId> &ids);
    static ArticleSelection allOf(const ArticleFilter &view);
    static ArticleSelection matching(const QString &query);
};

// What one bulk operation changed, enough to undo it exactly (BulkOperations::undo) and to do it
// again (BulkOperations::redo). Only the articles it changed are listed: marking 100 articles read of
// which 40 were read already lists 60, and undo leaves the 40 alone.
struct BulkChange
{
    enum class Kind { None, Read, Starred, AddTag, RemoveTag, Delete, Restore };
    Kind kind = Kind::None;
    bool value = false;          // Read/Starred: the state set
    QString tag;                 // AddTag/RemoveTag: the tag as the library spells it
    QList<ArticleId> ids;        // the articles changed, ascending
    // Read (value false): when each of `ids` had been read; Restore: when each had been deleted
    // (stored text, restored as it was).
    QStringList previous;

    qsizetype count() const { return ids.size(); }
};

// Bulk changes of article state, each in one transaction, whatever the number of articles:
// read/unread, starred/unstarred, add/remove a tag, delete (soft), restore, and their undo.
//
// Delete is soft: the article keeps its id, content, tags, state, highlights and index entry, and
// disappears from every list, count and search (and from duplicate detection on import); restore
// brings back the same ids. purgeDeleted() deletes for good the articles deleted more than a given time
// ago (their index entries with them; their stored files are released to Library::collectGarbage).
class BulkOperations final
{
public:
    explicit BulkOperations(Library &library);

    Result<BulkChange> setRead(const ArticleSelection &selection, bool read);
    Result<BulkChange> setStarred(const ArticleSelection &selection, bool starred);
    // The multi-selection toggles: mark read (star) all when any is unread (unstarred), else mark all
    // unread (unstar all), decided inside the transaction.
    Result<BulkChange> toggleRead(const ArticleSelection &selection);
    Result<BulkChange> toggleStarred(const ArticleSelection &selection);
    Result<BulkChange> addTag(const ArticleSelection &selection, const QString &tag);
    Result<BulkChange> removeTag(const ArticleSelection &selection, const QString &tag);
    Result<BulkChange> remove(const ArticleSelection &selection);
    // Deleted articles of the selection come back (a view or query selects no deleted article: pass
    // ids, e.g. deletedIds()).
    Result<BulkChange> restore(const ArticleSelection &selection);

    // Reverts exactly what `change` did, in one transaction.
    Result<void> undo(const BulkChange &change);
    // Does `change` again on the articles it changed (after an undo); returns the new change.
    Result<BulkChange> redo(const BulkChange &change);

    // Deleted articles, most recently deleted first.
    QList<ArticleId> deletedIds();
    // Deletes for good at most `limit` (-1: all) articles deleted more than `age` ago, oldest first;
    // returns how many. Library::open runs it with kPurgeAge and kPurgeAtOpen.
    static constexpr std::chrono::seconds kPurgeAge = std::chrono::hours(24 * 30);
    static constexpr int kPurgeAtOpen = 2000;
    Result<int> purgeDeleted(std::chrono::seconds age, int limit = -1);

private:
    // value: empty for a toggle.
    Result<BulkChange> setFlag(const ArticleSelection &selection, BulkChange::Kind kind, std::optional<bool> value);
    Result<BulkChange> changeTag(const ArticleSelection &selection, BulkChange::Kind kind, const QString &tag);
    Library &m_library;
    Database &m_db;
};

} // namespace offprint::storage
