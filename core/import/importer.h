#pragma once

#include "common/result.h"
#include "domain/article.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace offprint::storage {
class Library;
}

// The import API (defined in importer.cpp): storing prepared pages into a library, in parallel with one
// writer. Reading a page is prepare.h (prepareFile), finding the pages of a folder collect.h
// (collectFiles), re-extracting stored articles from their originals reextract.h.
namespace offprint::import {

struct Asset
{
    QByteArray data;
    QString extension;    // "png", "jpg", ...
    QString relativePath; // where it goes in the library (BlobStore::relativePathFor)
};

// A page read, decoded, extracted and converted, ready to be stored: no library needed.
struct PreparedArticle
{
    Article article;        // id 0; markdown refers to assets by their relativePath
    QString text;           // plain text of the body
    QByteArray original;    // the original file's bytes (stored content-addressed)
    QString originalExtension;
    QList<Asset> assets;
    QStringList warnings;
    // Image references read from the page's folder → their asset path. Stored next to the
    // original so that a reimport can find them after the NAME_files/ folder is gone.
    QHash<QString, QString> folderAssets;
};

struct PrepareOptions
{
    QString forcedEncoding; // empty: detect (reimport: the article's recorded choice; "auto": detect)
};

// What one copy of a page has, as the same-page rule (samepage.h) weighs it.
struct CopyCounts
{
    qint64 words = 0;      // samepage.h wordCount: Latin words, each Chinese/Japanese/Korean character one
    qint64 characters = 0; // textLength, what "clearly more text" is measured in
    qint64 images = 0;     // saved images (not a folder's manifest)
};

// The stored article and the file that is the same page: shown so that the user can judge.
struct SameCopies
{
    CopyCounts stored;
    CopyCounts copy;
};

struct ImportOutcome
{
    // Filled: the page of a link entry arrived and filled it (same id, tags, state and highlights kept).
    enum class Kind { Imported, Duplicate, Updated, Failed, Skipped, Filled };
    Kind kind = Kind::Failed;
    QString file;
    ArticleId id = 0;
    QString reason; // for Failed/Skipped (English, without the file name)
    Error error;    // for Failed: the typed error (GUI shows error.localizedMessage())
    QStringList warnings;
    // Imported: the page was a soft-deleted article, brought back (same id, tags, state, highlights).
    bool restored = false;
    // Duplicate, Updated and restored pages (not export records): what the stored article had and
    // what the file has. Without it a Duplicate cannot be replaced by its file (an export's record).
    std::optional<SameCopies> copies;
};

struct ImportOptions
{
    bool update = false; // duplicates replace their content, keeping tags and state
    // When not 0: the file is a new version of this article (watch saw it change after importing it):
    // its content is replaced, keeping tags and state, whatever the duplicate check says.
    ArticleId replaces = 0;
    int threads = 0;     // 0: all cores; 1: one thread (prepare and store on the calling thread)
    PrepareOptions prepare;
};

// Imports files into the library: prepares in parallel, stores with one writer, one transaction
// per article. Progress is reported after every file; setting `cancel` stops after the current file.
using ProgressCallback = std::function<void(const ImportOutcome &outcome, int done, int total)>;
QList<ImportOutcome> importFiles(storage::Library &library, const QStringList &files, const ImportOptions &options,
                                 const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr);

// Stores one prepared article (duplicate check by normalised URL and content hash).
ImportOutcome storePrepared(storage::Library &library, PreparedArticle prepared, const ImportOptions &options);

} // namespace offprint::import
