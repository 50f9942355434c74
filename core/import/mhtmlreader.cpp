#include "import/mhtmlreader.h"

#include "common/limits.h"

// GLib headers name a struct member "signals", which Qt defines as a keyword macro.
#pragma push_macro("signals")
#undef signals
#include <gmime/gmime.h>
#pragma pop_macro("signals")

#include <mutex>

namespace offprint::import {

namespace {

void ensureGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

template <typename T>
struct GObjectRef
{
    T *ptr = nullptr;
    explicit GObjectRef(T *p) : ptr(p) {}
    ~GObjectRef()
    {
        if (ptr)
            g_object_unref(ptr);
    }
    GObjectRef(const GObjectRef &) = delete;
    GObjectRef &operator=(const GObjectRef &) = delete;
};

QString header(GMimeObject *object, const char *name)
{
    const char *value = g_mime_object_get_header(object, name);
    return value ? QString::fromUtf8(value).trimmed() : QString();
}

QByteArray partContent(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    GObjectRef<GMimeStream> mem(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(wrapper, mem.ptr) < 0)
        return {};
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(mem.ptr));
    if (!array)
        return {};
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

struct Walker
{
    SavedPage &page;
    bool haveDocument = false;
    int depth = 0;

    void visit(GMimeObject *object)
    {
        if (!object || depth > 32)
            return;
        if (GMIME_IS_MULTIPART(object)) {
            ++depth;
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i)
                visit(g_mime_multipart_get_part(multipart, i));
            --depth;
            return;
        }
        if (!GMIME_IS_PART(object))
            return;
        GMimeContentType *type = g_mime_object_get_content_type(object);
        QString mime = QStringLiteral("application/octet-stream");
        if (type) {
            char *m = g_mime_content_type_get_mime_type(type);
            if (m) {
                mime = QString::fromUtf8(m).toLower();
                g_free(m);
            }
        }
        const QString location = header(object, "Content-Location");
        const char *cid = g_mime_object_get_content_id(object);
        const bool html = mime == QLatin1String("text/html") || mime == QLatin1String("application/xhtml+xml");
        QByteArray data = partContent(GMIME_PART(object));
        if (html && !haveDocument) {
            haveDocument = true;
            page.html = std::move(data);
            const char *charset = g_mime_object_get_content_type_parameter(object, "charset");
            if (charset)
                page.containerCharset = QString::fromUtf8(charset);
            if (page.url.isEmpty() && !location.isEmpty() && !location.startsWith(QLatin1String("cid:")))
                page.url = location;
            return;
        }
        if (data.size() > limits::kMaxAssetBytes)
            return;
        const Resource resource{data, mime};
        if (!location.isEmpty())
            page.resources.insert(location, resource);
        if (cid)
            page.resources.insert(QStringLiteral("cid:") + QString::fromUtf8(cid), resource);
    }
};

} // namespace

Result<SavedPage> readMhtml(const QByteArray &bytes, const QString &path)
{
    ensureGMime();
    SavedPage page;
    page.format = Format::Mhtml;

    // GMime copies the buffer into its stream; the file is already bounded by kMaxInputFileBytes.
    GObjectRef<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GObjectRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.ptr));
    GObjectRef<GMimeMessage> message(g_mime_parser_construct_message(parser.ptr, nullptr));
    if (!message.ptr)
        return makeError(ErrorCode::DamagedArchive, QT_TRANSLATE_NOOP("offprint::Error", "%1: not a readable MHTML archive"), path);

    GMimeObject *root = GMIME_OBJECT(message.ptr);
    page.url = header(root, "Snapshot-Content-Location");
    if (const char *subject = g_mime_message_get_subject(message.ptr))
        page.title = QString::fromUtf8(subject).trimmed();
    if (GDateTime *date = g_mime_message_get_date(message.ptr))
        page.saved = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);

    Walker walker{page};
    walker.visit(g_mime_message_get_mime_part(message.ptr));
    if (!walker.haveDocument)
        return makeError(ErrorCode::DamagedArchive, QT_TRANSLATE_NOOP("offprint::Error", "%1: MHTML archive without an HTML document"), path);
    return page;
}

} // namespace offprint::import
