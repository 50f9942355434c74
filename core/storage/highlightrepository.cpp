#include "storage/highlightrepository.h"

#include "storage/database.h"
#include "storage/logging.h"
#include "storage/statement.h"

#include <string>

namespace offprint::storage {

namespace {

#define OFFPRINT_HIGHLIGHT_COLUMNS \
    "h.id, h.article_id, h.quote, h.prefix, h.suffix, h.position, h.color, h.note, h.created, h.updated"

// Text order, orphaned ones last.
#define OFFPRINT_HIGHLIGHT_TEXT_ORDER " ORDER BY h.position IS NULL, h.position, h.id"

Highlight mapRow(const Statement &stmt)
{
    Highlight h;
    h.id = stmt.int64(0);
    h.articleId = stmt.int64(1);
    h.quote = stmt.text(2);
    h.prefix = stmt.text(3);
    h.suffix = stmt.text(4);
    if (!stmt.isNull(5))
        h.position = stmt.int64(5);
    h.color = stmt.text(6);
    h.note = stmt.text(7);
    h.created = stmt.time(8);
    h.updated = stmt.time(9);
    return h;
}

Error noSuchArticle(const Database &db, ArticleId id)
{
    return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("offprint::Error", "%1: there is no article with id %2"), db.path(), {QString::number(id)});
}

Error noSuchHighlight(const Database &db, HighlightId id)
{
    return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("offprint::Error", "%1: there is no highlight with id %2"), db.path(), {QString::number(id)});
}

Error unknownColor(const QString &color)
{
    return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("offprint::Error", "unknown colour '%1' (%2)"), color,
                     {highlightColors().join(QStringLiteral(", "))});
}

} // namespace

HighlightRepository::HighlightRepository(Database &db) : m_db(db) {}

bool HighlightRepository::isColor(const QString &color)
{
    return highlightColors().contains(color);
}

Result<Highlight> HighlightRepository::add(ArticleId article, const NewHighlight &spec)
{
    if (!spec.color.isEmpty() && !isColor(spec.color))
        return unknownColor(spec.color);
    QString markdown;
    {
        Statement stmt = m_db.cached("SELECT markdown FROM articles WHERE id = ?1");
        stmt.bind(1, article);
        if (!stmt.step())
            return stmt.ok() ? noSuchArticle(m_db, article) : stmt.error();
        markdown = stmt.text(0);
    }
    const annotate::TextAnchorer anchorer(annotate::articleText(markdown));
    const QList<annotate::TextRange> found = anchorer.occurrences(spec.quote);
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("offprint::Error", "quote not found in #%1"), QString::number(article));
    annotate::TextRange range = found.front();
    if (spec.occurrence > 0) {
        if (spec.occurrence > found.size())
            return makeError(ErrorCode::NotFound, QT_TRANSLATE_NOOP("offprint::Error", "occurrence %2 of the quote not found in #%1 (it occurs %3 time(s))"),
                             QString::number(article), {QString::number(spec.occurrence), QString::number(found.size())});
        range = found.at(spec.occurrence - 1);
    } else if (found.size() > 1 && (!spec.prefix.isEmpty() || !spec.suffix.isEmpty() || spec.position)) {
        const auto located = anchorer.locate({spec.quote, spec.prefix, spec.suffix, spec.position});
        if (located && located->exact)
            range = located->range;
    }
    return addAt(article, annotate::selectorFor(anchorer.text(), range), spec.color, spec.note);
}

Result<Highlight> HighlightRepository::addAt(ArticleId article, const annotate::Selector &selector,
                                             const QString &color, const QString &note)
{
    Highlight h;
    h.articleId = article;
    h.quote = selector.quote;
    h.prefix = selector.prefix;
    h.suffix = selector.suffix;
    h.position = selector.position;
    h.color = color.isEmpty() ? highlightColors().front() : color;
    h.note = note;
    h.created = h.updated = QDateTime::currentDateTimeUtc();
    return restore(h);
}

Result<Highlight> HighlightRepository::restore(const Highlight &highlight)
{
    if (!isColor(highlight.color))
        return unknownColor(highlight.color);
    if (highlight.quote.isEmpty())
        return makeError(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("offprint::Error", "a highlight needs a quote"), QString());
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    {
        Statement exists = m_db.cached("SELECT 1 FROM articles WHERE id = ?1");
        exists.bind(1, highlight.articleId);
        if (!exists.step())
            return exists.ok() ? noSuchArticle(m_db, highlight.articleId) : exists.error();
    }
    // Its own id when that is free (undo), else a new one.
    Statement stmt = m_db.cached(
        "INSERT INTO highlights(id, article_id, quote, prefix, suffix, position, color, note, created, updated, "
        "anchored) VALUES ((SELECT ?1 WHERE ?1 > 0 AND NOT EXISTS (SELECT 1 FROM highlights WHERE id = ?1)), "
        "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    stmt.bind(1, highlight.id).bind(2, highlight.articleId).bind(3, highlight.quote).bind(4, highlight.prefix);
    stmt.bind(5, highlight.suffix);
    if (highlight.position)
        stmt.bind(6, qMax<qint64>(0, *highlight.position));
    else
        stmt.bindNull(6);
    stmt.bind(7, highlight.color).bind(8, highlight.note);
    stmt.bind(9, highlight.created.isValid() ? highlight.created : now);
    stmt.bind(10, highlight.updated.isValid() ? highlight.updated : now).bind(11, highlight.anchored());
    if (auto r = stmt.run(); !r)
        return r.error();
    const HighlightId id = m_db.lastInsertRowId();
    if (auto r = refreshAnnotationsText(highlight.articleId); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    auto stored = get(id);
    if (!stored)
        return noSuchHighlight(m_db, id);
    return *stored;
}

Result<Highlight> HighlightRepository::remove(HighlightId id)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const std::optional<Highlight> before = get(id);
    if (!before)
        return noSuchHighlight(m_db, id);
    Statement stmt = m_db.cached("DELETE FROM highlights WHERE id = ?1");
    stmt.bind(1, id);
    if (auto r = stmt.run(); !r)
        return r.error();
    if (auto r = refreshAnnotationsText(before->articleId); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return *before;
}

Result<Highlight> HighlightRepository::changed(HighlightId id, const char *sql, const QString &value)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    Statement stmt = m_db.cached(sql);
    stmt.bind(1, id).bind(2, value).bind(3, QDateTime::currentDateTimeUtc());
    if (auto r = stmt.run(); !r)
        return r.error();
    if (m_db.changes() == 0)
        return noSuchHighlight(m_db, id);
    const std::optional<Highlight> after = get(id);
    if (!after)
        return noSuchHighlight(m_db, id);
    if (auto r = refreshAnnotationsText(after->articleId); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return *after;
}

Result<Highlight> HighlightRepository::setNote(HighlightId id, const QString &note)
{
    return changed(id, "UPDATE highlights SET note = ?2, updated = ?3 WHERE id = ?1", note.trimmed().isEmpty() ? QString() : note);
}

Result<Highlight> HighlightRepository::setColor(HighlightId id, const QString &color)
{
    if (!isColor(color))
        return unknownColor(color);
    return changed(id, "UPDATE highlights SET color = ?2, updated = ?3 WHERE id = ?1", color);
}

std::optional<Highlight> HighlightRepository::get(HighlightId id)
{
    Statement stmt = m_db.cached("SELECT " OFFPRINT_HIGHLIGHT_COLUMNS " FROM highlights h WHERE h.id = ?1");
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return mapRow(stmt);
}

QList<Highlight> HighlightRepository::forArticle(ArticleId article)
{
    HighlightFilter filter;
    filter.article = article;
    return list(filter);
}

QList<Highlight> HighlightRepository::list(const HighlightFilter &filter)
{
    QList<Highlight> out;
    query(filter, false, [&out](const Statement &stmt) { out << mapRow(stmt); });
    return out;
}

QList<ListedHighlight> HighlightRepository::listed(const HighlightFilter &filter)
{
    QList<ListedHighlight> out;
    query(filter, true, [&out](const Statement &stmt) { out.append({mapRow(stmt), stmt.text(10)}); });
    return out;
}

qint64 HighlightRepository::count()
{
    Statement stmt = m_db.cached("SELECT count(*) FROM highlights");
    return stmt.step() ? stmt.int64(0) : 0;
}

void HighlightRepository::query(const HighlightFilter &filter, bool withTitles,
                                const std::function<void(const Statement &)> &row)
{
    std::string sql = withTitles ? "SELECT " OFFPRINT_HIGHLIGHT_COLUMNS ", a.title FROM highlights h"
                                   " JOIN articles a ON a.id = h.article_id WHERE 1"
                                 : "SELECT " OFFPRINT_HIGHLIGHT_COLUMNS " FROM highlights h WHERE 1";
    if (filter.article)
        sql += " AND h.article_id = :article";
    else // the highlights of deleted articles are kept for a restore, not listed
        sql += " AND h.article_id NOT IN (SELECT article_id FROM deleted_articles)";
    if (filter.orphanedOnly)
        sql += " AND h.anchored = 0";
    if (!filter.color.isEmpty())
        sql += " AND h.color = :color";
    if (!filter.contains.trimmed().isEmpty()) {
        sql += " AND (instr(offprint_fold(h.quote), :contains) > 0 OR instr(offprint_fold(h.note), :contains) > 0";
        sql += withTitles ? " OR instr(offprint_fold(a.title), :contains) > 0)" : ")";
    }
    sql += filter.article ? OFFPRINT_HIGHLIGHT_TEXT_ORDER : " ORDER BY h.created DESC, h.id DESC";
    sql += " LIMIT :limit OFFSET :offset";
    Statement stmt = m_db.cached(sql);
    if (filter.article)
        stmt.bind(stmt.parameterIndex(":article"), *filter.article);
    if (!filter.color.isEmpty())
        stmt.bind(stmt.parameterIndex(":color"), filter.color);
    if (!filter.contains.trimmed().isEmpty())
        stmt.bind(stmt.parameterIndex(":contains"), filter.contains.simplified().toCaseFolded());
    stmt.bind(stmt.parameterIndex(":limit"), qint64(filter.limit < 0 ? -1 : filter.limit));
    stmt.bind(stmt.parameterIndex(":offset"), qint64(qMax(0, filter.offset)));
    while (stmt.step())
        row(stmt);
    if (!stmt.ok())
        qCWarning(lcStorage) << "listing highlights failed:" << stmt.error().message();
}

Result<QString> HighlightRepository::articleNote(ArticleId article)
{
    Statement stmt = m_db.cached("SELECT note FROM articles WHERE id = ?1");
    stmt.bind(1, article);
    if (!stmt.step())
        return stmt.ok() ? noSuchArticle(m_db, article) : stmt.error();
    return stmt.text(0);
}

Result<QString> HighlightRepository::setArticleNote(ArticleId article, const QString &note)
{
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    auto before = articleNote(article);
    if (!before)
        return before;
    Statement stmt = m_db.cached("UPDATE articles SET note = ?2 WHERE id = ?1");
    stmt.bind(1, article).bind(2, note.trimmed().isEmpty() ? QString() : note);
    if (auto r = stmt.run(); !r)
        return r.error();
    if (auto r = refreshAnnotationsText(article); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return before;
}

QHash<ArticleId, AnnotationSummary> HighlightRepository::summaries(const QList<ArticleId> &articles)
{
    QHash<ArticleId, AnnotationSummary> out;
    Statement counts = m_db.cached("SELECT count(*), sum(anchored = 0) FROM highlights WHERE article_id = ?1");
    Statement note = m_db.cached("SELECT note <> '' FROM articles WHERE id = ?1");
    for (const ArticleId id : articles) {
        AnnotationSummary summary;
        counts.reset();
        counts.bind(1, id);
        if (counts.step()) {
            summary.highlights = counts.integer(0);
            summary.orphaned = counts.integer(1);
        }
        note.reset();
        note.bind(1, id);
        summary.note = note.step() && note.boolean(0);
        if (summary.highlights > 0 || summary.note)
            out.insert(id, summary);
    }
    return out;
}

Result<ReanchorReport> HighlightRepository::reanchor(ArticleId article, const QString &markdown)
{
    ReanchorReport report;
    const QList<Highlight> highlights = forArticle(article);
    if (highlights.isEmpty())
        return report;
    Transaction transaction(m_db);
    if (!transaction.ok())
        return transaction.error();
    const annotate::TextAnchorer anchorer(annotate::articleText(markdown));
    Statement moved = m_db.cached("UPDATE highlights SET quote = ?2, prefix = ?3, suffix = ?4, position = ?5, "
                                  "anchored = 1 WHERE id = ?1");
    Statement orphaned = m_db.cached("UPDATE highlights SET position = NULL, anchored = 0 WHERE id = ?1");
    for (const Highlight &h : highlights) {
        const auto anchor = anchorer.locate({h.quote, h.prefix, h.suffix, h.position});
        Result<void> written;
        if (anchor) {
            const annotate::Selector now = annotate::selectorFor(anchorer.text(), anchor->range);
            moved.reset();
            moved.bind(1, h.id).bind(2, now.quote).bind(3, now.prefix).bind(4, now.suffix).bind(5, *now.position);
            written = moved.run();
            ++(anchor->exact ? report.exact : report.tolerant);
        } else {
            // The passage is gone: kept with its last quote and context, so that it can be listed and
            // found again if the text comes back.
            orphaned.reset();
            orphaned.bind(1, h.id);
            written = orphaned.run();
            ++report.orphaned;
        }
        if (!written)
            return written.error();
    }
    if (auto r = refreshAnnotationsText(article); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    if (report.tolerant > 0 || report.orphaned > 0)
        qCInfo(lcStorage) << "article" << article << "highlights re-anchored:" << report.exact << "as they were,"
                          << report.tolerant << "after edits," << report.orphaned << "orphaned";
    return report;
}

Result<void> HighlightRepository::refreshAnnotationsText(ArticleId article)
{
    // The article's note, then each highlight's quote and note, in text order.
    QStringList parts;
    {
        Statement note = m_db.cached("SELECT note FROM articles WHERE id = ?1");
        note.bind(1, article);
        if (note.step() && !note.text(0).isEmpty())
            parts << note.text(0);
        if (!note.ok())
            return note.error();
    }
    Statement stmt = m_db.cached("SELECT h.quote, h.note FROM highlights h WHERE h.article_id = ?1"
                                 OFFPRINT_HIGHLIGHT_TEXT_ORDER);
    stmt.bind(1, article);
    while (stmt.step()) {
        parts << stmt.text(0);
        if (!stmt.text(1).isEmpty())
            parts << stmt.text(1);
    }
    if (!stmt.ok())
        return stmt.error();
    // Rows whose text is unchanged are not rewritten, so their index entries are not touched.
    Statement update = m_db.cached("UPDATE articles SET annotations_text = ?2 WHERE id = ?1 AND annotations_text IS NOT ?2");
    update.bind(1, article).bind(2, parts.join(QLatin1Char('\n')));
    return update.run();
}

} // namespace offprint::storage
