#include "storage/librarystats.h"

#include "storage/articlefiltersql.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/statement.h"

namespace offprint::storage {

LibraryStats libraryStats(Library &library)
{
    Database &db = databaseOf(library);
    LibraryStats stats;
    Statement counts = db.prepare(
        "SELECT count(*), coalesce(sum(length(CAST(title AS BLOB)) + length(CAST(text AS BLOB))"
        " + length(CAST(author AS BLOB)) + length(CAST(site_name AS BLOB))"
        " + length(CAST(annotations_text AS BLOB))), 0)"
        " FROM articles a WHERE " OFFPRINT_NOT_DELETED);
    if (counts.step()) {
        stats.articles = counts.int64(0);
        stats.indexedTextBytes = counts.int64(1);
    }
    Statement pages = db.prepare("SELECT name LIKE 'articles_fts%', sum(pgsize) FROM dbstat GROUP BY 1");
    while (pages.step()) {
        if (pages.boolean(0))
            stats.indexBytes += pages.int64(1);
        stats.databaseBytes += pages.int64(1);
    }
    return stats;
}

Result<void> optimizeSearchIndex(Library &library)
{
    return databaseOf(library).exec("INSERT INTO articles_fts(articles_fts) VALUES('optimize')");
}

} // namespace offprint::storage
