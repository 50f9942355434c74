#pragma once

#include "common/result.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

namespace offprint::storage {

class Database;
class ArticleRepository;
class TagRepository;
class BlobStore;
class SearchRepository;
class HighlightRepository;
class LibrarySettings;

// One library = one folder: library.sqlite plus blobs/ (content-addressed originals and assets).
// A library file that is missing or empty while blobs/ holds files is refused (never re-created), with
// a message suggesting a backup. Opening applies pending migrations (backing the file up first) and
// refuses a library written by a newer Offprint without touching it. Each thread opens its own Library
// (its own connection).
class Library final
{
public:
    static Result<std::unique_ptr<Library>> open(const QString &folder);
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // The default folder: $OFFPRINT_LIBRARY, else QStandardPaths::AppDataLocation/library (with
    // "Offprint" as organisation/application name when the application has set none).
    static QString defaultFolder();
    // The schema version this build writes.
    static int schemaVersion();

    QString folder() const;
    // True when this open created the library (the app seeds sample articles then).
    bool wasCreated() const;
    // True when the library file or its folder cannot be written: it was opened for reading only, and
    // every change fails with readOnlyError().
    bool isReadOnly() const;
    Error readOnlyError() const;
    // Deletes stored files that no article refers to and that were released (their article deleted or
    // replaced) more than `grace` ago, so that an undo in a window still open finds its files; returns
    // how many files were deleted. Safe while other processes import.
    static constexpr std::chrono::seconds kBlobGrace = std::chrono::hours(24 * 7);
    Result<int> collectGarbage(std::chrono::seconds grace = kBlobGrace);
    // collectGarbage() refuses to run (nothing deleted) unless the database and blobs/.library-id carry
    // the same identity: a re-created, emptied or replaced library file would see every stored file
    // as unused. adoptStoredFiles() declares that the stored files belong to this library file.
    Result<void> adoptStoredFiles();
    // collectGarbage() when it last ran more than a day ago (the app on quit, the CLI after a delete);
    // 0 when not due.
    Result<int> collectGarbageIfDue();
    // Changes whenever another connection (another Offprint window, the CLI) commits to the library:
    // cheap to poll, so a view can refresh after an import it did not make. -1 on error.
    qint64 externalChangeCounter();
    // Checks the file (PRAGMA quick_check) and the search index against the articles; the error says
    // what is wrong and what to do.
    Result<void> checkIntegrity();
    // Rebuilds the full-text index from the articles (done automatically on open when the tokenizer
    // or the index's layout changed), reporting to the handler below.
    Result<void> rebuildSearchIndex();
    // Receives the progress of every index rebuild in this process (articles done, articles in all):
    // opening a library whose index must be rebuilt takes minutes for 100,000 articles.
    static void setIndexProgressHandler(std::function<void(qint64 done, qint64 total)> handler);
    ArticleRepository &articles();
    TagRepository &tags();
    BlobStore &blobs();
    SearchRepository &search();
    HighlightRepository &highlights();
    // Saved searches, watched folders and other settings of this library.
    LibrarySettings &settings();

private:
    // The connection, for storage only (storage/database.h is internal; see WriteTransaction).
    friend Database &databaseOf(Library &library);
    Library();
    static Result<std::unique_ptr<Library>> openReadOnly(const QString &folder, const QString &file);
    QString identityFile() const;
    QString storedIdentity() const;
    QString databaseIdentity();
    bool knowsAnyBlob();
    Result<void> writeIdentity();
    Result<void> establishIdentity();
    Result<void> verifyStoredFilesBelongHere();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace offprint::storage
