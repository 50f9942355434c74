#pragma once

#include "import/importer.h"
#include "import/savedpage.h"

#include <QDateTime>
#include <QHash>

namespace offprint::import {

// Where the bytes handed to prepareData came from.
struct PrepareSource
{
    QString path;             // the saved file (names it in errors, locates its folder)
    QDateTime fileTime;       // mtime: the save date when the format records none
    bool allowFolder = true;  // false: read nothing but the bytes (reimport of a stored original)
    QHash<QString, QString> knownAssets; // reference → stored blob (reimport of a complete page)
};

// Reads one saved file of any supported format and prepares the article. Pure: touches nothing
// but the file and its own page folder.
Result<PreparedArticle> prepareFile(const QString &path, const PrepareOptions &options = {});

// prepareFile without the file: the pure pipeline (detect, read, decode, resolve, extract).
Result<PreparedArticle> prepareData(const QByteArray &bytes, const PrepareSource &source,
                                    const PrepareOptions &options);

// What the HTML handed to preparePage is.
enum class PageContent {
    Page,    // a saved page: extraction finds the article in it
    Article, // already the clean article (another reader's export): converted whole, never cut
};

// The pipeline after a format reader (decode, resolve images, extract or convert): for pages read
// from elsewhere, e.g. another reader's export whose images come as `page.resources` (keyed by the
// references the HTML uses). `original` is stored as the article's original.
Result<PreparedArticle> preparePage(SavedPage page, const QByteArray &original, const PrepareSource &source,
                                    const PrepareOptions &options, PageContent content = PageContent::Page);

// SHA-256 of the text with all whitespace runs collapsed, for duplicate detection.
QString contentHashOf(const QString &text);

} // namespace offprint::import
