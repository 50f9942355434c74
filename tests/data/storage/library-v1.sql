-- A library exactly as schema 1 of Offprint wrote it (frozen copy: never edit; it checks that
-- today's migrations still upgrade such a file). Loaded by tests/core/tst_migrations.cpp.
PRAGMA application_id = 1330008146;
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

INSERT INTO articles(id, title, author, site_name, url, canonical_url, normalized_url, published, saved, imported,
                     language, markdown, text, text_length, read, read_at, starred, reading_position, source_file,
                     source_format, encoding, content_hash, original_blob, confidence, excerpt, lead_image)
VALUES
    (1, 'How SQLite uses write-ahead logging', 'D. Richard Hipp', 'sqlite.org', 'https://www.sqlite.org/wal.html',
     'https://www.sqlite.org/wal.html', 'https://www.sqlite.org/wal.html', '2010-07-01T00:00:00.000Z',
     '2024-01-10T08:00:00.000Z', '2024-01-10T08:05:00.000Z', 'en',
     '# Write-Ahead Logging' || char(10) || char(10) || 'Readers do not block writers.',
     'Write-Ahead Logging. Readers do not block writers and a writer does not block readers.', 86, 1,
     '2024-01-11T20:00:00.000Z', 1, 0.6, '/home/reader/saved/wal.html', 'html', 'UTF-8', 'hash-wal',
     'blobs/3f/3f0a.html', 0.92, 'Readers do not block writers.', ''),
    (2, '国产光刻机取得新突破', '王芳', '36氪', 'https://36kr.com/p/2345678', 'https://36kr.com/p/2345678',
     'https://36kr.com/p/2345678', '2024-02-02T02:00:00.000Z', '2024-02-03T09:00:00.000Z',
     '2024-02-03T09:01:00.000Z', 'zh', '据报道，国产光刻机在关键工艺上取得新突破。',
     '据报道，国产光刻机在关键工艺上取得新突破。', 22, 0, NULL, 0, 0, '/home/reader/saved/36kr.mhtml', 'mhtml',
     'GB18030', 'hash-litho', 'blobs/9a/9a1b.mhtml', 0.8, '国产光刻机取得新突破', 'blobs/aa/aa01.jpg');
INSERT INTO tags(id, name) VALUES (1, 'Databases'), (2, '半导体'), (3, 'to-read');
INSERT INTO article_tags(article_id, tag_id) VALUES (1, 1), (2, 2), (2, 3);
INSERT INTO article_assets(article_id, blob) VALUES (2, 'blobs/aa/aa01.jpg');
INSERT INTO meta(key, value) VALUES ('created_by', 'Offprint 0.1.0');
PRAGMA user_version = 1;
