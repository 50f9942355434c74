#pragma once

#include "common/result.h"
#include "domain/article.h"
#include "domain/highlight.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace offprint::exporting {

// One article of a book, with its highlights (marked in the text as <mark>).
struct EpubItem
{
    Article article;
    QList<Highlight> highlights;
};

struct EpubOptions
{
    QString title;        // empty: the article's title for one article, else "Offprint: N articles"
    QString identifier;   // a UUID; empty: a new one
    QDateTime modified;   // dcterms:modified; invalid: now
};

struct EpubReport
{
    int articles = 0;
    int images = 0;           // image files inside the book
    QStringList warnings;     // images left out, one line each naming the article and the image
};

// Reads a stored file by its library path ("blobs/ab/….png"), e.g. storage::BlobStore::read.
using BlobLoader = std::function<Result<QByteArray>(const QString &relativePath)>;

// Writes an EPUB 3 book holding the articles in order: one XHTML content document per article (the
// reader's own header and body, render/articlehtml.h, written as XHTML, export/xhtml.h), the stored
// images it shows (PNG, JPEG, GIF and SVG, recognised by their bytes; other types are left out with
// a warning, as EPUB readers need not show them), a navigation document with one entry per article,
// a style sheet that suits Chinese, Japanese and Latin text, and the package metadata: dc:title,
// dc:language (the most common article language), dc:identifier (urn:uuid), dc:creator (each
// author), dcterms:modified. "mimetype" is the first entry, stored uncompressed. Nothing appears at
// `path` unless the whole book was written (archive::ZipWriter).
Result<EpubReport> writeEpub(const QString &path, const QList<EpubItem> &items, const BlobLoader &blobs,
                             const EpubOptions &options = {});

// The media type of image bytes by their signature ("image/png", "image/jpeg", "image/gif",
// "image/svg+xml", "image/webp"), empty when not recognised.
QString imageMediaType(const QByteArray &data);

} // namespace offprint::exporting
