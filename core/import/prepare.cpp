#include "import/prepare.h"

#include "common/fileutil.h"
#include "common/limits.h"
#include "common/textutil.h"
#include "encoding/decoder.h"
#include "extract/extractor.h"
#include "extract/metadata.h"
#include "html/document.h"
#include "markdown/htmltomarkdown.h"
#include "extract/textmetadata.h"
#include "extract/version.h"
#include "import/assets.h"
#include "import/formatdetect.h"
#include "import/markdownclip.h"
#include "import/pagecomments.h"
#include "import/pagereader.h"
#include "markdown/budget.h"
#include "markdown/plaintext.h"
#include "text/language.h"
#include "storage/blobstore.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace offprint::import {

namespace {

// Below this many characters an extraction is probably navigation or an error page.
constexpr qint64 kTinyTextChars = 200;

QString defaultExtension(Format format)
{
    switch (format) {
    case Format::Mhtml: return QStringLiteral("mhtml");
    case Format::WebArchive: return QStringLiteral("webarchive");
    case Format::Markdown: return QStringLiteral("md");
    default: return QStringLiteral("html");
    }
}

QString originalExtension(const QString &path, Format format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,10}$"));
    return plain.match(suffix).hasMatch() ? suffix : defaultExtension(format);
}

Result<encoding::DecodedText> decode(const QByteArray &bytes, const QString &containerCharset,
                                     const PrepareOptions &options, const QString &path)
{
    if (options.forcedEncoding.isEmpty())
        return encoding::decodeHtml(bytes, containerCharset);
    auto forced = encoding::decodeAs(bytes, options.forcedEncoding);
    if (!forced)
        return Error(forced.error().code, "%1: %2", path, {forced.errorMessage()});
    return forced;
}

// Which extractor made the content, and the charset when the user chose it (kept by re-extraction).
void markMadeBy(Article &a, const encoding::DecodedText &decoded)
{
    a.extractorVersion = extract::kExtractorVersion;
    a.encodingOverride = decoded.source == encoding::DecodedText::Source::Forced ? decoded.encoding : QString();
}

QString titleFromPath(const QString &path)
{
    return QFileInfo(path).completeBaseName();
}

// The targets of the Markdown's links and images ("](target" up to the closing ')', a space or '>'),
// in one pass: checking each of 200,000 images with a search of the whole Markdown took minutes.
QSet<QString> linkTargets(const QString &markdown)
{
    QSet<QString> targets;
    for (qsizetype at = markdown.indexOf(QLatin1String("](")); at >= 0;
         at = markdown.indexOf(QLatin1String("]("), at + 2)) {
        qsizetype start = at + 2;
        while (start < markdown.size() && markdown[start].isSpace())
            ++start;
        if (start < markdown.size() && markdown[start] == u'<')
            ++start;
        qsizetype end = start;
        while (end < markdown.size() && markdown[end] != u')' && markdown[end] != u'>' && !markdown[end].isSpace())
            ++end;
        if (end > start)
            targets.insert(markdown.mid(start, end - start));
    }
    return targets;
}

void addCommonWarnings(PreparedArticle &p, const encoding::DecodedText &decoded, const AssetResolver &resolver)
{
    if (decoded.suspect)
        p.warnings.append(QStringLiteral("suspected wrong encoding: decoded as %1; try reimport --encoding")
                              .arg(decoded.encoding));
    // Only images that made it into the article matter; the page's logos and ads do not.
    const QSet<QString> written = linkTargets(p.article.markdown);
    qsizetype missing = 0;
    for (const QString &src : resolver.unresolved())
        missing += !src.startsWith(QLatin1String("data:")) && written.contains(src);
    if (missing > 0)
        p.warnings.append(QStringLiteral("%1 image(s) not saved with the page (kept as links)").arg(missing));
    if (p.article.textLength == 0)
        p.warnings.append(QStringLiteral("empty extraction: no article text found"));
    else if (p.article.textLength < kTinyTextChars
             && p.warnings.filter(QStringLiteral("tiny extraction")).isEmpty())
        p.warnings.append(QStringLiteral("tiny extraction: only %1 characters of text").arg(p.article.textLength));
}

// Only assets the Markdown really refers to are kept (the extractor drops images outside the
// article).
void keepReferencedAssets(PreparedArticle &p, const AssetResolver &resolver)
{
    const QSet<QString> written = linkTargets(p.article.markdown);
    for (const Asset &asset : resolver.assets())
        if (written.contains(asset.relativePath))
            p.assets.append(asset);
    for (auto it = resolver.folderAssets().constBegin(); it != resolver.folderAssets().constEnd(); ++it)
        if (written.contains(it.value()))
            p.folderAssets.insert(it.key(), it.value());
}

void finishArticle(PreparedArticle &p, const QString &text)
{
    p.text = text;
    p.article.text = text;
    p.article.textLength = text.size();
    p.article.contentHash = contentHashOf(text);
}

// Local images of a clip (attachments next to the note, data: URIs) become assets: standard
// ![alt](path) images, and Obsidian's ![[file.png]] embeds, rewritten to standard images.
QString resolveClipImages(const QString &body, AssetResolver &resolver)
{
    static const QRegularExpression image(
        QStringLiteral("(!\\[([^\\]\\n]*)\\]\\(\\s*)(<[^>\\n]+>|[^)\\s]+)(\\s+\"[^\"\\n]*\")?\\s*\\)"));
    const QString linked = textutil::replaceMatches(body, image, [&resolver](const QRegularExpressionMatch &m) {
        QString src = m.captured(3);
        if (src.startsWith(u'<'))
            src = src.mid(1, src.size() - 2);
        if (src.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || src.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            return m.captured();
        const QString resolved = resolver.resolve(src);
        // A local image that cannot be kept is dropped (its alt text stays), as the HTML
        // extractor does: the reader must never be pointed at a file outside the library.
        return resolved.isEmpty() ? m.captured(2) : m.captured(1) + resolved + m.captured(4) + u')';
    });
    static const QRegularExpression embed(QStringLiteral("!\\[\\[([^\\]|#\\n]+)(?:\\|([^\\]\\n]*))?\\]\\]"));
    return textutil::replaceMatches(linked, embed, [&resolver](const QRegularExpressionMatch &m) {
        const QString resolved = resolver.resolve(m.captured(1).trimmed());
        if (resolved.isEmpty())
            return m.captured();
        // "|300" is a width in Obsidian, anything else is alt text.
        static const QRegularExpression size(QStringLiteral("^\\d+(x\\d+)?$"));
        const QString alt = size.match(m.captured(2)).hasMatch() ? QString() : m.captured(2);
        return QStringLiteral("![%1](%2)").arg(alt, resolved);
    });
}

Result<PreparedArticle> prepareMarkdown(const QByteArray &bytes, const PrepareSource &source,
                                        const PrepareOptions &options)
{
    auto decoded = decode(bytes, {}, options, source.path);
    if (!decoded)
        return decoded.error();
    const MarkdownClip clip = parseMarkdownClip(decoded->text);

    SavedPage page;
    page.format = Format::Markdown;
    if (source.allowFolder && !source.path.isEmpty())
        page.pageFolder = QFileInfo(source.path).absolutePath();
    page.url = clip.url;
    AssetResolver resolver(page, &storage::BlobStore::relativePathFor);
    resolver.setKnownAssets(source.knownAssets);

    const QString body = resolveClipImages(clip.body, resolver);

    PreparedArticle p;
    Article &a = p.article;
    a.meta.title = clip.title;
    if (a.meta.title.isEmpty()) {
        static const QRegularExpression heading(QStringLiteral("^#\\s+(.+)$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch h = heading.match(body);
        a.meta.title = h.hasMatch() ? h.captured(1).trimmed() : titleFromPath(source.path);
    }
    a.meta.url = clip.url;
    a.meta.canonicalUrl = clip.url;
    a.meta.author = clip.author;
    a.meta.siteName = extract::siteNameOf(clip.siteName.isEmpty() ? QUrl(clip.url).host() : clip.siteName);
    a.meta.excerpt = clip.description;
    a.meta.published = clip.published;
    a.saved = clip.created.isValid() ? clip.created.toUTC() : source.fileTime;
    a.tags = clip.tags;
    a.markdown = body.trimmed() + u'\n';
    a.sourceFile = source.path;
    a.sourceFormat = formatName(Format::Markdown);
    a.encoding = decoded->encoding;
    markMadeBy(a, *decoded);
    a.confidence = 1.0;
    finishArticle(p, markdown::toPlainText(a.markdown));
    a.meta.language = text::chooseLanguage(QString(), p.text); // clips declare none: from the text
    p.original = bytes;
    p.originalExtension = originalExtension(source.path, Format::Markdown);
    keepReferencedAssets(p, resolver);
    p.warnings = clip.warnings;
    markdown::boundForRendering(a.markdown, &p.warnings); // tables and brackets shown as text
    if (resolver.overBudget() > 0)
        p.warnings.append(resolver.budgetWarning());
    addCommonWarnings(p, *decoded, resolver);
    return p;
}

// An article that is already clean (another reader's saved article): the whole body as Markdown,
// through the same writer as extraction (so the same sanitising and budgets), without choosing
// a part of it; metadata from the page's own head.
ExtractedArticle convertWhole(const extract::ExtractInput &input)
{
    ExtractedArticle out;
    const auto doc = html::Document::parse(input.html);
    out.meta = extract::readMetadata(*doc, input.baseUrl);
    markdown::HtmlToMarkdownOptions writer;
    writer.baseUrl = input.baseUrl;
    writer.resolveImage = input.resolveImage;
    markdown::MarkdownOutput output = markdown::htmlToMarkdown({doc->body()}, writer);
    out.markdown = std::move(output.markdown);
    out.text = std::move(output.text);
    out.warnings = output.warnings;
    out.confidence = out.text.trimmed().isEmpty() ? 0.0 : 1.0;
    return out;
}

} // namespace

QString contentHashOf(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString normalised = text;
    normalised.replace(spaces, QStringLiteral(" "));
    return fileutil::sha256Hex(normalised.trimmed().toUtf8());
}

Result<PreparedArticle> prepareData(const QByteArray &bytes, const PrepareSource &source,
                                    const PrepareOptions &options)
{
    const Format format = detectFormat(bytes.left(64 * 1024), source.path);
    const QString unsupported = unsupportedReason(format);
    if (!unsupported.isEmpty())
        return makeError(ErrorCode::NotAPage, "%1: %2", source.path, {unsupported});
    if (format == Format::Markdown)
        return prepareMarkdown(bytes, source, options);

    auto read = readSavedPage(bytes, source.path, format, source.allowFolder);
    if (!read)
        return read.error();
    return preparePage(std::move(read).value(), bytes, source, options);
}

Result<PreparedArticle> preparePage(SavedPage page, const QByteArray &original, const PrepareSource &source,
                                    const PrepareOptions &options, PageContent content)
{
    auto decoded = decode(page.html, page.containerCharset, options, source.path);
    if (!decoded)
        return decoded.error();
    QString html = std::move(decoded->text);
    applyPageComments(page, html);
    if (page.format == Format::SingleFile)
        resolveSingleFileImages(html);
    QByteArray utf8 = html.toUtf8();
    html.clear();
    if (utf8.size() > limits::kMaxHtmlBytes)
        return makeError(ErrorCode::TooLarge, QT_TRANSLATE_NOOP("offprint::Error", "%1: page too large to read (%2 MB of HTML, the limit is %3 MB)"),
                         source.path,
                         {QString::number(utf8.size() / (1024 * 1024)), QString::number(limits::kMaxHtmlBytes / (1024 * 1024))});

    AssetResolver resolver(page, &storage::BlobStore::relativePathFor);
    resolver.setKnownAssets(source.knownAssets);
    extract::ExtractInput input;
    input.html = std::move(utf8);
    // Without a saver's record, the page's own canonical URL makes its relative links usable.
    input.baseUrl = page.url.isEmpty() ? declaredPageUrl(QString::fromUtf8(input.html.left(256 * 1024))) : page.url;
    input.resolveImage = [&resolver](const QString &src) { return resolver.resolve(src); };
    ExtractedArticle extracted =
        content == PageContent::Article ? convertWhole(input) : extract::extractArticle(input);

    PreparedArticle p;
    Article &a = p.article;
    a.meta = extracted.meta;
    // What the saver recorded beats what the page claims about itself.
    if (!page.url.isEmpty())
        a.meta.url = page.url;
    if (a.meta.url.isEmpty())
        a.meta.url = a.meta.canonicalUrl;
    if (a.meta.canonicalUrl.isEmpty())
        a.meta.canonicalUrl = a.meta.url;
    if (a.meta.title.isEmpty())
        a.meta.title = page.title.isEmpty() ? titleFromPath(source.path) : page.title;
    if (a.meta.siteName.isEmpty() && !a.meta.url.isEmpty())
        a.meta.siteName = extract::siteNameOf(QUrl(a.meta.url).host());
    a.saved = page.saved.isValid() ? page.saved : source.fileTime;
    a.markdown = extracted.markdown;
    a.sourceFile = source.path;
    a.sourceFormat = formatName(page.format);
    a.encoding = decoded->encoding;
    markMadeBy(a, *decoded);
    if (content == PageContent::Article)
        a.extractorVersion = 0; // not the extractor's: re-extraction must never cut it
    a.confidence = extracted.confidence;
    finishArticle(p, extracted.text.isEmpty() ? markdown::toPlainText(a.markdown) : extracted.text);
    p.original = original;
    p.originalExtension = originalExtension(source.path, page.format);
    keepReferencedAssets(p, resolver);

    p.warnings = extracted.warnings;
    if (resolver.overBudget() > 0)
        p.warnings.append(resolver.budgetWarning());
    if (page.filesFolderMissing)
        p.warnings.append(QStringLiteral("the page's %1_files folder is missing: its images were not saved")
                              .arg(QFileInfo(source.path).completeBaseName()));
    addCommonWarnings(p, *decoded, resolver);
    p.warnings.removeDuplicates();
    return p;
}

Result<PreparedArticle> prepareFile(const QString &path, const PrepareOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NoSuchFile, QT_TRANSLATE_NOOP("offprint::Error", "%1: no such file"), path);
    if (info.isDir())
        return makeError(ErrorCode::IsFolder, QT_TRANSLATE_NOOP("offprint::Error", "%1: is a folder; import it to import the pages inside"), path);
    if (info.size() == 0)
        return makeError(ErrorCode::EmptyFile, QT_TRANSLATE_NOOP("offprint::Error", "%1: empty file (0 bytes)"), path);
    auto bytes = fileutil::readFile(path, limits::kMaxInputFileBytes);
    if (!bytes)
        return bytes.error();
    PrepareSource source;
    source.path = info.absoluteFilePath();
    source.fileTime = info.lastModified().toUTC();
    return prepareData(*bytes, source, options);
}

} // namespace offprint::import
