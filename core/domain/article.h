#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace offprint {

using ArticleId = qint64;

// What the page says about itself (filled by extraction and by the saved-file format).
struct ArticleMetadata
{
    QString title;
    QString author;
    QString siteName;
    QString url;          // original URL of the page (saved-from comment, MHTML header, og:url, ...)
    QString canonicalUrl; // <link rel=canonical>, else url
    QString language;     // BCP 47 primary tag: "zh", "en", ...
    QString direction;    // "rtl" when the page set its article right to left (dir="rtl"), else empty
    QString excerpt;
    QString leadImage;
    QDateTime published;  // invalid when unknown
};

// One article of the library.
struct Article
{
    ArticleId id = 0;
    ArticleMetadata meta;
    QDateTime saved;    // when the user saved the page (SingleFile/MHTML date, else file mtime)
    QDateTime imported; // when Offprint imported it
    QString markdown;   // the clean body as GitHub-flavoured Markdown
    QString text;       // plain text of the body (indexed). Written by insert/replaceContent;
                        // not loaded by list(), loaded by get().
    qint64 textLength = 0;
    int readingMinutes = 0; // text::readingMinutes of the text, set by storage on every write
    bool read = false;
    QDateTime readAt;
    bool starred = false;
    double readingPosition = 0; // 0..1 of the document height
    QString sourceFile;         // path of the file it was imported from
    QString sourceFormat;       // "html", "complete", "mhtml", "singlefile", "webarchive", "markdown"
    QString encoding;           // charset the original was decoded with
    QString encodingOverride;   // charset the user chose (import/reimport --encoding); empty: detected
    QString contentHash;        // SHA-256 of the normalised body text (duplicate detection)
    QString originalBlob;       // content address of the stored original file
    double confidence = 1.0;    // extraction confidence 0..1
    // extract::kExtractorVersion of the extractor that made markdown and text from the original (the
    // import pipeline sets it); 0: not made by the extractor, never re-extracted. Loaded by get().
    int extractorVersion = 0;
    QStringList tags;
    // A link entry: a link from another reader's export whose page is not saved yet (no body; `text`
    // holds its URL and description so that search finds it). Importing the page fills it.
    bool linkOnly = false;
};

} // namespace offprint
