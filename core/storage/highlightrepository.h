#pragma once

#include "annotate/anchor.h"
#include "common/result.h"
#include "domain/highlight.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace offprint::storage {

class Database;
class Statement;

// A new highlight by its quote, as the command line and a reader's selection give it.
struct NewHighlight
{
    QString quote;  // matched in the normalised form (annotate/normalize.h): whitespace and quotes forgiven
    int occurrence = 0; // 1-based: the Nth occurrence of the quote in text order; 0: see below
    // Hints from a selection (optional): with occurrence 0, the occurrence whose surroundings match
    // these best (annotate::TextAnchorer::locate), else the first one.
    QString prefix;
    QString suffix;
    std::optional<qint64> position; // code points
    QString color;  // one of highlightColors(); empty: the first (yellow)
    QString note;   // Markdown
};

struct HighlightFilter
{
    std::optional<ArticleId> article; // none: every article
    bool orphanedOnly = false;
    QString color;    // empty: any
    QString contains; // empty: any; else quote or note (listed(): or the article's title) contains it
                      // (case-insensitively)
    int limit = -1;   // -1: all
    int offset = 0;
};

// A highlight with the title of its article, for a list of every highlight in the library.
struct ListedHighlight
{
    Highlight highlight;
    QString articleTitle;
};

// What a library view shows next to an article.
struct AnnotationSummary
{
    int highlights = 0;
    int orphaned = 0;
    bool note = false; // a note of the article's own
};

// Re-anchoring outcome of one article (ArticleRepository::replaceContent runs it).
struct ReanchorReport
{
    int exact = 0;    // found as they were
    int tolerant = 0; // found after small edits (quote, prefix and suffix updated to the new text)
    int orphaned = 0; // not found: kept, without a position
};

// Highlights and notes (all SQL of them). Every change keeps articles.annotations_text (the `notes`
// column of the search index) exact, in the caller's transaction or its own. The changes return what
// they changed, so that a window can undo them: remove() returns the highlight and restore() puts it
// back with its id, times, colour and note; setNote() and the others return the highlight as it is
// after the change (the caller keeps the one before).
class HighlightRepository final
{
public:
    explicit HighlightRepository(Database &db);

    // Anchors the quote in the article's plain text (annotate::articleText) and stores the highlight.
    // Errors: no such article; "quote not found in #ID"; an occurrence beyond the quote's count; an
    // unknown colour.
    Result<Highlight> add(ArticleId article, const NewHighlight &spec);
    // Stores a highlight at a range already chosen (a reader's selection mapped to the plain text).
    Result<Highlight> addAt(ArticleId article, const annotate::Selector &selector, const QString &color = {},
                            const QString &note = {});
    // Puts a removed highlight back (undo), with its id when that is free; the article may be another
    // one (an article deleted and brought back gets a new id): highlight.articleId says which.
    Result<Highlight> restore(const Highlight &highlight);
    // Returns the highlight as it was before it was removed.
    Result<Highlight> remove(HighlightId id);
    // An empty note clears it.
    Result<Highlight> setNote(HighlightId id, const QString &note);
    Result<Highlight> setColor(HighlightId id, const QString &color);

    std::optional<Highlight> get(HighlightId id);
    // The article's highlights in text order, orphaned ones last.
    QList<Highlight> forArticle(ArticleId article);
    // With an article: as forArticle(); else newest first.
    QList<Highlight> list(const HighlightFilter &filter);
    // As list(), with each article's title; `contains` also matches the title.
    QList<ListedHighlight> listed(const HighlightFilter &filter);
    // How many highlights the library holds (orphaned ones included).
    qint64 count();

    // The article's own note (Markdown); an error when there is no such article.
    Result<QString> articleNote(ArticleId article);
    // Returns the note it replaced; an empty note clears it.
    Result<QString> setArticleNote(ArticleId article, const QString &note);

    // Highlight counts and whether there is a note, for the articles that have any.
    QHash<ArticleId, AnnotationSummary> summaries(const QList<ArticleId> &articles);

    // Finds every highlight of the article again in its new Markdown (annotate::TextAnchorer::locate):
    // moved ones get their new quote, context and position; those not found are orphaned, never
    // dropped, and found again by a later call when their text comes back. Run inside the
    // transaction that replaced the content.
    Result<ReanchorReport> reanchor(ArticleId article, const QString &markdown);

    static bool isColor(const QString &color);

private:
    Result<void> refreshAnnotationsText(ArticleId article);
    // Runs the listing query; with titles, each row's 11th column is its article's title.
    void query(const HighlightFilter &filter, bool withTitles, const std::function<void(const Statement &)> &row);
    Result<Highlight> changed(HighlightId id, const char *sql, const QString &value);

    Database &m_db;
};

} // namespace offprint::storage
