#include "export/epub.h"

#include "annotate/anchor.h"
#include "annotate/marks.h"
#include "annotate/normalize.h"
#include "archive/zipwriter.h"
#include "export/xhtml.h"
#include "render/articlehtml.h"
#include "render/bodyhtml.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>


namespace offprint::exporting {

namespace {

using archive::ZipWriter;

const QString kXmlHead = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

// Latin and CJK alike: a serif body, generous line height for Han text, images within the page.
const char kStyle[] = R"(body { margin: 0 0.5em; line-height: 1.6; font-family: serif; }
:lang(zh), :lang(ja) { line-height: 1.8; text-align: justify; }
:lang(zh) em, :lang(ja) em { font-style: normal; font-weight: bold; }
h1.title { font-size: 1.5em; line-height: 1.3; margin: 0.5em 0; }
p { margin: 0.6em 0; }
img { max-width: 100%; height: auto; }
figure, .figure { text-align: center; margin: 1em 0; }
.caption, .meta, .tags { color: #555; font-size: 0.9em; }
.imgph { color: #555; font-style: italic; }
mark { background-color: #fff3a0; color: inherit; }
pre { white-space: pre-wrap; font-size: 0.85em; }
blockquote { margin: 0.8em 0 0.8em 1em; padding-left: 0.8em; border-left: 3px solid #ccc; }
blockquote[dir="rtl"] { border-left: 0; border-right: 3px solid #ccc; padding: 0 0.8em 0 0; }
table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: 0.2em 0.4em; }
hr.header { border: 0; border-top: 1px solid #ccc; }
)";

// A language tag fit for xml:lang and dc:language: letters, digits and '-', else empty.
QString cleanLanguage(const QString &language)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    const QString trimmed = language.trimmed();
    return tag.match(trimmed).hasMatch() ? trimmed : QString();
}

QString extensionFor(const QString &mediaType)
{
    if (mediaType == QLatin1String("image/png"))
        return QStringLiteral("png");
    if (mediaType == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    if (mediaType == QLatin1String("image/gif"))
        return QStringLiteral("gif");
    if (mediaType == QLatin1String("image/svg+xml"))
        return QStringLiteral("svg");
    return {};
}

// The article's Markdown with every anchored highlight whose quote is still at its place wrapped in
// <mark> (the stored dialect's tag, which the renderer draws).
QString markedMarkdown(const Article &article, const QList<Highlight> &highlights)
{
    const QString text = annotate::articleText(article.markdown);
    QList<annotate::MarkSpan> spans;
    for (const Highlight &h : highlights) {
        if (!h.anchored())
            continue;
        const qsizetype start = annotate::utf16IndexOf(text, *h.position);
        const qsizetype end = annotate::utf16IndexOf(text, *h.position + h.length());
        if (start < 0 || end < start || text.mid(start, end - start) != h.quote)
            continue;
        spans << annotate::MarkSpan{{start, end}, QString()};
    }
    if (spans.isEmpty())
        return article.markdown;
    return annotate::markMarkdown(article.markdown, spans, annotate::htmlMarks());
}

struct Image
{
    QString href;      // inside OEBPS
    QString mediaType;
};

struct Book
{
    const BlobLoader &blobs;
    QHash<QString, Image> images;          // by library path; empty href: left out
    struct File
    {
        QString href;
        QString mediaType;
        QByteArray data;
    };
    QList<File> imageFiles;
    QStringList warnings;

    QString imageFor(const Article &article, const QString &source)
    {
        if (auto it = images.constFind(source); it != images.constEnd())
            return it->href.isEmpty() ? QString() : QStringLiteral("../") + it->href;
        static const QRegularExpression blobPath(QStringLiteral("^blobs/[0-9a-f]{2}/([0-9a-f]{64})(\\.[A-Za-z0-9]+)?$"));
        const auto match = blobPath.match(source);
        Image image;
        if (!match.hasMatch()) {
            warnings << QStringLiteral("#%1: image %2 left out (not a stored image)").arg(article.id).arg(source);
        } else if (!blobs) {
            warnings << QStringLiteral("#%1: image %2 left out (no library to read it from)").arg(article.id).arg(source);
        } else if (auto data = blobs(source); !data) {
            warnings << QStringLiteral("#%1: image %2 left out (%3)").arg(article.id).arg(source, data.errorMessage());
        } else {
            const QString type = imageMediaType(*data);
            const QString extension = extensionFor(type);
            if (extension.isEmpty()) {
                warnings << QStringLiteral("#%1: image %2 left out (%3 is not a type EPUB readers must show)")
                                .arg(article.id)
                                .arg(source, type.isEmpty() ? QStringLiteral("unknown type") : type);
            } else {
                image.href = QStringLiteral("images/%1.%2").arg(match.captured(1), extension);
                image.mediaType = type;
                imageFiles.append({image.href, type, *data});
            }
        }
        images.insert(source, image);
        return image.href.isEmpty() ? QString() : QStringLiteral("../") + image.href;
    }
};

QString contentDocument(const Article &article, const QString &body, const QString &language)
{
    QString langAttrs;
    if (!language.isEmpty())
        langAttrs = QStringLiteral(" lang=\"%1\" xml:lang=\"%1\"").arg(language);
    if (article.meta.direction == QLatin1String("rtl"))
        langAttrs += QStringLiteral(" dir=\"rtl\"");
    const QString title = article.meta.title.trimmed().isEmpty() ? QStringLiteral("#%1").arg(article.id)
                                                                 : article.meta.title.simplified();
    return kXmlHead
        + QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"%1>\n<head>\n<title>%2</title>\n"
                         "<link rel=\"stylesheet\" type=\"text/css\" href=\"../style.css\"/>\n</head>\n<body>\n%3\n</body>\n</html>\n")
              .arg(langAttrs, xmlEscaped(title), body);
}

QString navDocument(const QString &bookTitle, const QString &language, const QList<std::pair<QString, QString>> &entries)
{
    QString list;
    for (const auto &[href, title] : entries)
        list += QStringLiteral("<li><a href=\"%1\">%2</a></li>\n").arg(href, xmlEscaped(title));
    const QString lang = language.isEmpty() ? QString() : QStringLiteral(" lang=\"%1\" xml:lang=\"%1\"").arg(language);
    return kXmlHead
        + QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                         "xmlns:epub=\"http://www.idpf.org/2007/ops\"%1>\n<head>\n<title>%2</title>\n"
                         "<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n<body>\n"
                         "<nav epub:type=\"toc\" id=\"toc\">\n<h1>%2</h1>\n<ol>\n%3</ol>\n</nav>\n</body>\n</html>\n")
              .arg(lang, xmlEscaped(bookTitle), list);
}

} // namespace

QString imageMediaType(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    const QByteArray head = data.left(1024).trimmed();
    if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")) && head.contains("<svg"))
        return QStringLiteral("image/svg+xml");
    return {};
}

Result<EpubReport> writeEpub(const QString &path, const QList<EpubItem> &items, const BlobLoader &blobs,
                             const EpubOptions &options)
{
    if (items.isEmpty())
        return makeError(QStringLiteral("%1: no articles to put in the book").arg(path));
    auto writer = ZipWriter::create(path);
    if (!writer)
        return writer.error();

    Book book{blobs, {}, {}, {}};
    QList<std::pair<QString, QByteArray>> documents; // href, bytes
    QList<std::pair<QString, QString>> nav;           // href, title
    QMap<QString, int> languageCounts;
    QStringList creators;
    QSet<ArticleId> seen;
    for (const EpubItem &item : items) {
        const Article &article = item.article;
        if (seen.contains(article.id))
            continue;
        seen.insert(article.id);
        const QString language = cleanLanguage(article.meta.language);
        if (!language.isEmpty())
            ++languageCounts[language];
        const QString author = article.meta.author.simplified();
        if (!author.isEmpty() && !creators.contains(author) && creators.size() < 50)
            creators << author;

        Article marked = article;
        marked.markdown = markedMarkdown(article, item.highlights);
        const QString html = render::headerHtml(marked) + QStringLiteral("<div class=\"article\">")
            + render::bodyHtml(marked.markdown, [&] {
                  render::BodyOptions body;
                  body.title = article.meta.title;
                  if (article.meta.direction == QLatin1String("rtl"))
                      body.direction = render::BodyOptions::Direction::RightToLeft;
                  return body;
              }())
            + QStringLiteral("</div>");
        const QString xhtml = fragmentToXhtml(html, [&](const QString &src) { return book.imageFor(article, src); });
        const QString href = QStringLiteral("text/a%1.xhtml").arg(article.id);
        documents.append({href, contentDocument(article, xhtml, language).toUtf8()});
        nav.append({href, article.meta.title.trimmed().isEmpty() ? QStringLiteral("#%1").arg(article.id)
                                                                 : article.meta.title.simplified()});
    }

    QString bookLanguage = QStringLiteral("und");
    int best = 0;
    for (auto it = languageCounts.cbegin(); it != languageCounts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            bookLanguage = it.key();
        }
    }
    QString title = options.title.trimmed();
    if (title.isEmpty())
        title = nav.size() == 1 ? nav.first().second : QStringLiteral("Offprint: %1 articles").arg(nav.size());
    const QString uuid = options.identifier.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                      : options.identifier;
    const QDateTime modified = (options.modified.isValid() ? options.modified : QDateTime::currentDateTimeUtc()).toUTC();

    QString metadata = QStringLiteral("<dc:identifier id=\"uid\">urn:uuid:%1</dc:identifier>\n"
                                      "<dc:title>%2</dc:title>\n<dc:language>%3</dc:language>\n")
                           .arg(xmlEscaped(uuid), xmlEscaped(title), bookLanguage);
    for (const QString &creator : std::as_const(creators))
        metadata += QStringLiteral("<dc:creator>%1</dc:creator>\n").arg(xmlEscaped(creator));
    metadata += QStringLiteral("<meta property=\"dcterms:modified\">%1</meta>\n")
                    .arg(modified.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    QString manifest = QStringLiteral("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                                      "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
    QString spine = QStringLiteral("<itemref idref=\"nav\"/>\n");
    for (qsizetype i = 0; i < documents.size(); ++i) {
        manifest += QStringLiteral("<item id=\"t%1\" href=\"%2\" media-type=\"application/xhtml+xml\"/>\n").arg(i + 1).arg(documents[i].first);
        spine += QStringLiteral("<itemref idref=\"t%1\"/>\n").arg(i + 1);
    }
    for (qsizetype i = 0; i < book.imageFiles.size(); ++i) {
        const auto &file = book.imageFiles[i];
        manifest += QStringLiteral("<item id=\"i%1\" href=\"%2\" media-type=\"%3\"/>\n").arg(i + 1).arg(file.href, file.mediaType);
    }
    const QString opf = kXmlHead
        + QStringLiteral("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"%1\">\n"
                         "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n%2</metadata>\n"
                         "<manifest>\n%3</manifest>\n<spine>\n%4</spine>\n</package>\n")
              .arg(bookLanguage, metadata, manifest, spine);
    const QByteArray container =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
        "<rootfiles>\n<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>\n"
        "</rootfiles>\n</container>\n";

    const auto add = [&](const QString &name, const QByteArray &data, ZipWriter::Compression compression) {
        return writer->addData(name, data, compression, modified);
    };
    if (auto r = add(QStringLiteral("mimetype"), "application/epub+zip", ZipWriter::Compression::Store); !r)
        return r.error();
    Result<void> r = add(QStringLiteral("META-INF/container.xml"), container, ZipWriter::Compression::Deflate);
    if (r)
        r = add(QStringLiteral("OEBPS/content.opf"), opf.toUtf8(), ZipWriter::Compression::Deflate);
    if (r)
        r = add(QStringLiteral("OEBPS/nav.xhtml"), navDocument(title, bookLanguage == QLatin1String("und") ? QString() : bookLanguage, nav).toUtf8(),
                ZipWriter::Compression::Deflate);
    if (r)
        r = add(QStringLiteral("OEBPS/style.css"), QByteArray(kStyle), ZipWriter::Compression::Deflate);
    for (qsizetype i = 0; r && i < documents.size(); ++i)
        r = add(QStringLiteral("OEBPS/") + documents[i].first, documents[i].second, ZipWriter::Compression::Deflate);
    for (qsizetype i = 0; r && i < book.imageFiles.size(); ++i)
        // Compressed formats are stored as they are; SVG is text and compresses.
        r = add(QStringLiteral("OEBPS/") + book.imageFiles[i].href, book.imageFiles[i].data,
                book.imageFiles[i].mediaType == QLatin1String("image/svg+xml") ? ZipWriter::Compression::Deflate
                                                                               : ZipWriter::Compression::Store);
    if (r)
        r = writer->finish();
    if (!r)
        return r.error();
    EpubReport report;
    report.articles = int(documents.size());
    report.images = int(book.imageFiles.size());
    report.warnings = book.warnings;
    return report;
}

} // namespace offprint::exporting
