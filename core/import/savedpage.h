#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace offprint::import {

enum class Format {
    Html,       // a page saved as "HTML only", or any other HTML file
    Complete,   // "Web page, complete" (Chrome saved-from comment, NAME_files/ folder)
    Mhtml,      // .mhtml/.mht (multipart/related)
    SingleFile, // SingleFile's one-file HTML with data: URIs
    WebArchive, // Safari .webarchive (binary plist)
    Markdown,   // a Markdown clip with YAML front matter
    Bookmarks,  // a browser bookmark export: never an article
    Zip,        // a ZIP archive: read as a compressed SingleFile page (import/singlefilezip.h)
    Binary,     // not text
    Empty,      // 0 bytes
    Unknown,    // text, but not a page
};

// The name stored in Article::sourceFormat ("html", "complete", "mhtml", …).
QString formatName(Format format);

// One resource carried inside a container (MHTML part, webarchive subresource).
struct Resource
{
    QByteArray data;
    QString mimeType;
};

// What a format reader found in a saved file, before decoding and extraction.
struct SavedPage
{
    Format format = Format::Unknown;
    QByteArray html;          // the main document, still in its original encoding
    QString containerCharset; // charset the container declares for it (MHTML part, webarchive)
    QString url;              // original URL recorded by the saver (empty when unknown)
    QDateTime saved;          // save date recorded by the saver (invalid when unknown)
    QString title;            // MHTML Subject
    QHash<QString, Resource> resources; // by absolute URL, and "cid:<id>" for MHTML Content-IDs
    QString pageFolder;       // folder the page may read its images from (empty: none)
    bool filesFolderMissing = false; // a "complete" page whose NAME_files/ folder is gone
};

} // namespace offprint::import
