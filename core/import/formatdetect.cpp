#include "import/formatdetect.h"

#include "encoding/charsets.h"
#include "html/node.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace offprint::import {

namespace {

// An ASCII view of the head, readable for UTF-16 files too (decoded, non-ASCII as '?').
QByteArray asciiView(const QByteArray &head)
{
    QByteArray view = head;
    if (view.startsWith("\xEF\xBB\xBF"))
        view.remove(0, 3);
    QString utf16;
    if (view.startsWith("\xFF\xFE"))
        utf16 = QStringLiteral("UTF-16LE");
    else if (view.startsWith("\xFE\xFF"))
        utf16 = QStringLiteral("UTF-16BE");
    else
        utf16 = encoding::sniffUtf16(view);
    if (utf16.isEmpty())
        return view;
    const bool bom = view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF");
    const QString text = encoding::convert(view.mid(bom ? 2 : 0), utf16).text;
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(c.unicode() < 0x80 ? char(c.unicode()) : '?');
    return out;
}

bool isBinary(const QByteArray &sample)
{
    int control = 0;
    for (const char ch : sample) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B))
            ++control;
    }
    return control * 100 > sample.size();
}

bool looksLikeMime(const QByteArray &view)
{
    const QByteArray head = view.left(8192).toLower();
    if (head.contains("snapshot-content-location:") || head.contains("from: <saved by"))
        return true;
    // Header lines first, and a multipart/related (or a lone text/html) body.
    static const QRegularExpression headerLine(QStringLiteral("^[A-Za-z][A-Za-z0-9-]*:"));
    if (!headerLine.match(QString::fromLatin1(view.left(200))).hasMatch())
        return false;
    return head.contains("mime-version:") && (head.contains("multipart/related") || head.contains("text/html"));
}

// Any HTML markup: a fragment or a text in <pre> is a page too. A tag counts when its name is an HTML
// element's (so "a < b" or "#include <vector>" in plain text do not), or the file opens with a comment
// or a doctype as saved pages do.
bool looksLikeHtml(const QByteArray &lower)
{
    const QByteArray start = lower.trimmed();
    if (start.startsWith("<!doctype html") || start.startsWith("<!--"))
        return true;
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z][a-z0-9]{0,11})(?=[\\s>/])"));
    int seen = 0;
    for (auto it = tag.globalMatch(QString::fromLatin1(lower)); it.hasNext() && seen < 1000; ++seen) {
        const auto m = it.next();
        if (html::tagFromName(m.captured(2)) != html::Tag::Other)
            return true;
    }
    return false;
}

bool isMarkdownExtension(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("mdown")
           || suffix == QLatin1String("mkd");
}

bool hasFrontMatter(const QByteArray &view)
{
    QByteArray v = view;
    if (v.startsWith("\xEF\xBB\xBF"))
        v.remove(0, 3);
    return v.startsWith("---\n") || v.startsWith("---\r\n");
}

} // namespace

QString formatName(Format format)
{
    switch (format) {
    case Format::Html: return QStringLiteral("html");
    case Format::Complete: return QStringLiteral("complete");
    case Format::Mhtml: return QStringLiteral("mhtml");
    case Format::SingleFile: return QStringLiteral("singlefile");
    case Format::WebArchive: return QStringLiteral("webarchive");
    case Format::Markdown: return QStringLiteral("markdown");
    case Format::Bookmarks: return QStringLiteral("bookmarks");
    case Format::Zip: return QStringLiteral("zip");
    case Format::Binary: return QStringLiteral("binary");
    case Format::Empty: return QStringLiteral("empty");
    case Format::Unknown: break;
    }
    return QStringLiteral("unknown");
}

const char *unsupportedReasonForm(Format format)
{
    switch (format) {
    case Format::Bookmarks: return QT_TRANSLATE_NOOP("offprint::Error", "a browser bookmark export, not an article");
    case Format::Binary: return QT_TRANSLATE_NOOP("offprint::Error", "not an HTML page (binary data)");
    case Format::Empty: return QT_TRANSLATE_NOOP("offprint::Error", "empty file (0 bytes)");
    case Format::Unknown: return QT_TRANSLATE_NOOP("offprint::Error", "not a saved web page (no HTML, MHTML, webarchive or Markdown clip)");
    default: return nullptr;
    }
}

QString unsupportedReason(Format format)
{
    const char *form = unsupportedReasonForm(format);
    return form ? QString::fromUtf8(form) : QString();
}

Format detectFormat(const QByteArray &head, const QString &path)
{
    if (head.isEmpty())
        return Format::Empty;
    if (head.startsWith("bplist00"))
        return Format::WebArchive;
    if (head.startsWith("PK\x03\x04"))
        return Format::Zip;
    // A self-extracting SingleFile page: a little HTML, then its ZIP (binary) in a comment.
    if (head.left(4096).contains("<html data-sfz"))
        return Format::SingleFile;
    const QByteArray view = asciiView(head);
    // NUL bytes left after the UTF-16 check mean binary data (an image, a PDF, …).
    if (isBinary(view.left(8192)))
        return Format::Binary;
    if (looksLikeMime(view))
        return Format::Mhtml;
    const QByteArray lower = view.left(64 * 1024).toLower();
    if (lower.contains("<!doctype netscape-bookmark-file-1"))
        return Format::Bookmarks;
    if (isMarkdownExtension(path) || (hasFrontMatter(view) && !looksLikeHtml(lower.left(512))))
        return Format::Markdown;
    if (!looksLikeHtml(lower))
        return Format::Unknown;
    if (lower.contains("page saved with singlefile") || lower.contains("archive processed by singlefile"))
        return Format::SingleFile;
    if (lower.contains("<!-- saved from url=("))
        return Format::Complete;
    return Format::Html;
}

} // namespace offprint::import
