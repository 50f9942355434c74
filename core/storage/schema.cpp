// The library schema as SQL text, one entry per migration. Never edit a migration that has shipped:
// add a new one (libraries in the wild are at every version).
#include "storage/schema.h"

namespace offprint::storage::schema {

namespace {

const char kMigration1[] = R"sql(
CREATE TABLE articles (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    title            TEXT NOT NULL DEFAULT '',
    author           TEXT NOT NULL DEFAULT '',
    site_name        TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    canonical_url    TEXT NOT NULL DEFAULT '',
    normalized_url   TEXT,
    published        TEXT,
    saved            TEXT NOT NULL,
    imported         TEXT NOT NULL,
    language         TEXT NOT NULL DEFAULT '',
    markdown         TEXT NOT NULL DEFAULT '',
    text             TEXT NOT NULL DEFAULT '',
    text_length      INTEGER NOT NULL DEFAULT 0,
    read             INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
    read_at          TEXT,
    starred          INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
    reading_position REAL NOT NULL DEFAULT 0,
    source_file      TEXT NOT NULL DEFAULT '',
    source_format    TEXT NOT NULL DEFAULT '',
    encoding         TEXT NOT NULL DEFAULT '',
    content_hash     TEXT,
    original_blob    TEXT NOT NULL DEFAULT '',
    confidence       REAL NOT NULL DEFAULT 1,
    excerpt          TEXT NOT NULL DEFAULT '',
    lead_image       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id, article_id);

CREATE TABLE article_assets (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    blob       TEXT NOT NULL,
    PRIMARY KEY (article_id, blob)
) WITHOUT ROWID;
CREATE INDEX article_assets_blob ON article_assets(blob);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

-- List views sort by one of these and page with LIMIT/OFFSET; id breaks ties.
CREATE INDEX articles_saved     ON articles(saved, id);
CREATE INDEX articles_published ON articles(published, id);
CREATE INDEX articles_title     ON articles(title COLLATE NOCASE, id);
CREATE INDEX articles_site      ON articles(site_name, saved);
CREATE INDEX articles_read      ON articles(read, saved);
CREATE INDEX articles_starred   ON articles(starred, saved);
CREATE INDEX articles_url       ON articles(normalized_url);
CREATE INDEX articles_hash      ON articles(content_hash);
)sql";

// External-content FTS5 over a view that gives the articles columns the names the query language uses.
// tags_text is the article's tag names joined by '\n', kept exact by the repositories, so that the
// index can always be rebuilt from the content. Triggers fire only on indexed columns: marking an
// article read does not touch the index.
const char kMigration2[] = R"sql(
ALTER TABLE articles ADD COLUMN tags_text TEXT NOT NULL DEFAULT '';
UPDATE articles SET tags_text = coalesce((
    SELECT group_concat(name, char(10)) FROM (
        SELECT t.name AS name FROM article_tags at JOIN tags t ON t.id = at.tag_id
        WHERE at.article_id = articles.id ORDER BY t.name COLLATE NOCASE)), '');

CREATE VIEW articles_fts_content AS
    SELECT id, title, text AS body, author, site_name AS site, tags_text AS tags FROM articles;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, author, site, tags,
    content='articles_fts_content', content_rowid='id',
    tokenize='offprint', detail=full);

INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'bm25(10.0, 1.0, 3.0, 2.0, 5.0)');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body, author, site, tags)
        VALUES (new.id, new.title, new.text, new.author, new.site_name, new.tags_text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, author, site, tags)
        VALUES ('delete', old.id, old.title, old.text, old.author, old.site_name, old.tags_text);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, author, site_name, tags_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, author, site, tags)
        VALUES ('delete', old.id, old.title, old.text, old.author, old.site_name, old.tags_text);
    INSERT INTO articles_fts(rowid, title, body, author, site, tags)
        VALUES (new.id, new.title, new.text, new.author, new.site_name, new.tags_text);
END;

INSERT INTO articles_fts(articles_fts) VALUES('rebuild');
)sql";

// Search ranks every match and breaks ties by saved date: this narrow index holds what ranking and
// the state/date/language filters read, so broad queries do not touch the wide article rows.
const char kMigration3[] = R"sql(
CREATE INDEX articles_rank ON articles(id, saved, published, read, starred, language);
)sql";

// The full-text index, rebuilt for speed and size:
// - body is the first column: FTS5 writes a column marker before every position list that is not in
//   column 0, so the column that holds nearly every token goes first (index −8 % on generated news);
// - prefix='1' keeps a one-character prefix index, so a one-character Chinese query ("芯", sent as
//   "芯"*) reads one doclist instead of merging one per bigram that starts with it (60 ms → 1 ms at
//   10,000 articles);
// - offprint_rank (search/ftsrank.h) is the default rank.
const char kMigration4[] = R"sql(
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    body, title, author, site, tags,
    content='articles_fts_content', content_rowid='id',
    tokenize='offprint', detail=full, prefix='1');
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'offprint_rank(1.0, 10.0, 3.0, 2.0, 5.0)');
INSERT INTO articles_fts(articles_fts) VALUES('rebuild');
)sql";

// Stored files that an article stopped referring to (the article was deleted, or its content replaced),
// with when: the collector (Library::collectGarbage) deletes a file only when nothing refers to it and
// it was released long enough ago that an undo can no longer bring its article back. Triggers record
// every release, whichever code path deletes or replaces.
const char kMigration5[] = R"sql(
CREATE TABLE released_blobs (
    blob     TEXT PRIMARY KEY,
    released TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER articles_release_blobs AFTER DELETE ON articles BEGIN
    INSERT OR REPLACE INTO released_blobs(blob, released)
        SELECT value, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM (SELECT old.original_blob AS value UNION SELECT old.lead_image) WHERE value <> '';
END;
CREATE TRIGGER articles_release_replaced_blobs AFTER UPDATE OF original_blob, lead_image ON articles BEGIN
    INSERT OR REPLACE INTO released_blobs(blob, released)
        SELECT value, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM (SELECT old.original_blob AS value UNION SELECT old.lead_image)
        WHERE value <> '' AND value NOT IN (new.original_blob, new.lead_image);
END;
CREATE TRIGGER article_assets_release AFTER DELETE ON article_assets BEGIN
    INSERT OR REPLACE INTO released_blobs(blob, released) VALUES (old.blob, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
)sql";

// Word prefixes (a Latin query word finds the words it begins, sent as "word"*): without a prefix index
// of its length, FTS5 merges the doclist of every word that begins with the prefix, again for every
// snippet ("th"*: 219 ms at 10,000 articles, 1.3 ms with its prefix index). Word tokens reach FTS5
// behind a two-character mark (storage/ftstokenizer.cpp), so the prefix indexes of 3 to 7 characters
// hold exactly the one- to five-letter prefixes of words, and no copy of the CJK bigrams
// (prefix='1 2 3' made the index 2.24× the text, '1 3 4 5' 1.52×, against 1.34× before); the
// one-character index stays for lone CJK characters. migrations.cpp fills the index in steps, with progress.
const char kMigration6[] = R"sql(
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    body, title, author, site, tags,
    content='articles_fts_content', content_rowid='id',
    tokenize='offprint', detail=full, prefix='1 3 4 5 6 7');
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'offprint_rank(1.0, 10.0, 3.0, 2.0, 5.0)');
)sql";

} // namespace

// One reading time for list, reader and command line: computed from the text on every write
// (text::readingMinutes); migrations.cpp fills it for the articles already stored.
const char kMigration7[] = R"sql(
ALTER TABLE articles ADD COLUMN reading_minutes INTEGER NOT NULL DEFAULT 0;
)sql";

// Versioned re-extraction (import/reextract.h): which extractor made each article's content, and the
// charset the user chose for it, so that a re-extraction from the stored original decodes it the same
// way. Articles stored before carry version 1 and no recorded choice. The index keeps counting the
// outdated articles on every start from reading the wide rows.
const char kMigration8[] = R"sql(
ALTER TABLE articles ADD COLUMN extractor_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN encoding_override TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_extractor ON articles(extractor_version);
)sql";

// The direction the page gave its article (render/bodyhtml.h), and a sort key for titles
// (text/collation.h: Latin alphabetically, Chinese by pinyin) with its index: sorting by title reads
// the index instead of comparing with ICU row by row. The keys are filled by afterMigration.
const char kMigration9[] = R"sql(
ALTER TABLE articles ADD COLUMN direction TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN title_key BLOB;
CREATE INDEX articles_title_key ON articles(title_key, id);
)sql";

// Highlights and notes. A highlight belongs to an article (deleted with it) and is anchored by its quote,
// the text around it and its position in code points of the article's plain text (annotate/anchor.h);
// an orphaned one (its passage is gone after a re-extraction) has no position and is kept. An article
// has a note of its own. annotations_text (the article's note, then each highlight's quote and note,
// joined by '\n', kept exact by HighlightRepository) is indexed as the full-text index's sixth column,
// `notes`, with the body's tokenizer: the index is rebuilt with that column (FTS5 cannot add one) and
// filled by migrations.cpp. The column holds nothing for articles without annotations, so the index of
// a library without them keeps its size.
const char kMigration10[] = R"sql(
ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN annotations_text TEXT NOT NULL DEFAULT '';

CREATE TABLE highlights (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    quote      TEXT NOT NULL,
    prefix     TEXT NOT NULL DEFAULT '',
    suffix     TEXT NOT NULL DEFAULT '',
    position   INTEGER CHECK (position >= 0),
    color      TEXT NOT NULL DEFAULT 'yellow' CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'purple')),
    note       TEXT NOT NULL DEFAULT '',
    created    TEXT NOT NULL,
    updated    TEXT NOT NULL,
    anchored   INTEGER NOT NULL DEFAULT 1 CHECK (anchored IN (0, 1)),
    CHECK ((anchored = 1) = (position IS NOT NULL))
);
CREATE INDEX highlights_article ON highlights(article_id, position);
CREATE INDEX highlights_created ON highlights(created, id);

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
DROP VIEW articles_fts_content;
CREATE VIEW articles_fts_content AS
    SELECT id, title, text AS body, author, site_name AS site, tags_text AS tags, annotations_text AS notes
    FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    body, title, author, site, tags, notes,
    content='articles_fts_content', content_rowid='id',
    tokenize='offprint', detail=full, prefix='1 3 4 5 6 7');
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'offprint_rank(1.0, 10.0, 3.0, 2.0, 5.0, 2.0)');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, body, title, author, site, tags, notes)
        VALUES (new.id, new.text, new.title, new.author, new.site_name, new.tags_text, new.annotations_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, body, title, author, site, tags, notes)
        VALUES ('delete', old.id, old.text, old.title, old.author, old.site_name, old.tags_text, old.annotations_text);
END;
CREATE TRIGGER articles_fts_update
AFTER UPDATE OF title, text, author, site_name, tags_text, annotations_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, body, title, author, site, tags, notes)
        VALUES ('delete', old.id, old.text, old.title, old.author, old.site_name, old.tags_text, old.annotations_text);
    INSERT INTO articles_fts(rowid, body, title, author, site, tags, notes)
        VALUES (new.id, new.text, new.title, new.author, new.site_name, new.tags_text, new.annotations_text);
END;
)sql";

// Link entries (import/exportimport.h): a link from another reader's export (Pocket, Instapaper,
// bookmarks) is an article whose page is not saved yet: title, URL, tags, dates and state, no body.
// Importing the page later fills the entry (same id). Self-contained: one column, default "saved".
const char kMigration11[] = R"sql(
ALTER TABLE articles ADD COLUMN link_only INTEGER NOT NULL DEFAULT 0 CHECK (link_only IN (0, 1));
)sql";

// Settings that belong to the library (storage/librarysettings.h): saved searches and watched folders
// were the application's, so that a new library showed another library's. Self-contained: nothing to
// fill (the application moves its old entries in once).
const char kMigration12[] = R"sql(
CREATE TABLE saved_searches (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name     TEXT NOT NULL,
    query    TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE watched_folders (
    path     TEXT PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)sql";

// Soft delete (storage/bulkoperations.h): a deleted article keeps its row, tags, highlights and index
// entry and gets a row here; every list, count and search leaves these ids out, a restore deletes the
// row (same id back), and a purge deletes the articles deleted long enough ago. A table of its own, not
// a column: deleting 100,000 articles writes 100,000 small rows instead of rewriting the wide article
// rows, and the search's filter check reads it by primary key beside the covering articles_rank index.
const char kMigration13[] = R"sql(
CREATE TABLE deleted_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    deleted_at TEXT NOT NULL
);
CREATE INDEX deleted_articles_at ON deleted_articles(deleted_at);
)sql";

// Bulk changes without rewriting the wide article rows (storage/bulkoperations.h: every article of a
// 100,000-article library marked read, starred or tagged in under a second):
// - read, read_at and starred move to article_state, one narrow row per article (made by a trigger
//   whenever an article is inserted). Marking an article read rewrote its whole row, body included
//   (about 4.7 KB: 5 s for 100,000 articles; 0.1 s on the narrow table).
// - tags leave the article row and its full-text entry: tags_text is dropped (lists join the tag
//   names), and the index's `tags` column stays but is always empty (column numbers are what ranking
//   and snippets read). Tagging an article re-indexed its whole body (141 s for 100,000 articles).
//   Tag names get a small index of their own, tags_fts: a query word that matches a tag name finds the
//   articles with that tag (storage/searchrepository.cpp).
// The index is created anew and filled by migrations.cpp.
const char kMigration14[] = R"sql(
CREATE TABLE article_state (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    read       INTEGER NOT NULL DEFAULT 0 CHECK (read IN (0, 1)),
    read_at    TEXT,
    starred    INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1))
);
INSERT INTO article_state(article_id, read, read_at, starred) SELECT id, read, read_at, starred FROM articles;
CREATE INDEX article_state_starred ON article_state(starred) WHERE starred = 1;
CREATE TRIGGER articles_state_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_state(article_id) VALUES (new.id);
END;

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
DROP VIEW articles_fts_content;
DROP INDEX articles_read;
DROP INDEX articles_starred;
DROP INDEX articles_rank;
ALTER TABLE articles DROP COLUMN read;
ALTER TABLE articles DROP COLUMN read_at;
ALTER TABLE articles DROP COLUMN starred;
ALTER TABLE articles DROP COLUMN tags_text;
CREATE INDEX articles_rank ON articles(id, saved, published, language);

CREATE VIEW articles_fts_content AS
    SELECT id, title, text AS body, author, site_name AS site, '' AS tags, annotations_text AS notes
    FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    body, title, author, site, tags, notes,
    content='articles_fts_content', content_rowid='id',
    tokenize='offprint', detail=full, prefix='1 3 4 5 6 7');
INSERT INTO articles_fts(articles_fts, rank) VALUES('rank', 'offprint_rank(1.0, 10.0, 3.0, 2.0, 5.0, 2.0)');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, body, title, author, site, tags, notes)
        VALUES (new.id, new.text, new.title, new.author, new.site_name, '', new.annotations_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, body, title, author, site, tags, notes)
        VALUES ('delete', old.id, old.text, old.title, old.author, old.site_name, '', old.annotations_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text, author, site_name, annotations_text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, body, title, author, site, tags, notes)
        VALUES ('delete', old.id, old.text, old.title, old.author, old.site_name, '', old.annotations_text);
    INSERT INTO articles_fts(rowid, body, title, author, site, tags, notes)
        VALUES (new.id, new.text, new.title, new.author, new.site_name, '', new.annotations_text);
END;

CREATE VIRTUAL TABLE tags_fts USING fts5(
    name, content='tags', content_rowid='id', tokenize='offprint', detail=full, prefix='1 3 4 5 6 7');
CREATE TRIGGER tags_fts_insert AFTER INSERT ON tags BEGIN
    INSERT INTO tags_fts(rowid, name) VALUES (new.id, new.name);
END;
CREATE TRIGGER tags_fts_delete AFTER DELETE ON tags BEGIN
    INSERT INTO tags_fts(tags_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
CREATE TRIGGER tags_fts_update AFTER UPDATE OF name ON tags BEGIN
    INSERT INTO tags_fts(tags_fts, rowid, name) VALUES ('delete', old.id, old.name);
    INSERT INTO tags_fts(rowid, name) VALUES (new.id, new.name);
END;
INSERT INTO tags_fts(tags_fts) VALUES('rebuild');
)sql";

const char *const kMigrations[] = {kMigration1, kMigration2, kMigration3, kMigration4, kMigration5, kMigration6,
                                   kMigration7, kMigration8, kMigration9, kMigration10, kMigration11, kMigration12,
                                   kMigration13, kMigration14};
const int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));

} // namespace offprint::storage::schema
