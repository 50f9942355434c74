#include "import/webarchivereader.h"

#include "common/limits.h"
#include "import/plistcheck.h"

#include <plist/plist.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace offprint::import {

namespace {

struct PlistDeleter
{
    void operator()(plist_t p) const { plist_free(p); }
};
using PlistPtr = std::unique_ptr<std::remove_pointer_t<plist_t>, PlistDeleter>;

// The text of a string node. Not plist_get_string_val: it asserts (aborts the process) on a string with
// an embedded NUL, which a hostile file can hold anywhere.
QString nodeString(plist_t node)
{
    if (!node || plist_get_node_type(node) != PLIST_STRING)
        return {};
    uint64_t length = 0;
    const char *value = plist_get_string_ptr(node, &length);
    return value ? QString::fromUtf8(value, qsizetype(qstrnlen(value, size_t(length)))) : QString();
}

QString stringValue(plist_t dict, const char *key)
{
    return nodeString(plist_dict_get_item(dict, key));
}

QByteArray dataValue(plist_t dict, const char *key)
{
    plist_t node = plist_dict_get_item(dict, key);
    if (!node)
        return {};
    if (plist_get_node_type(node) == PLIST_STRING) // some writers store text resources as strings
        return stringValue(dict, key).toUtf8();
    if (plist_get_node_type(node) != PLIST_DATA)
        return {};
    char *value = nullptr;
    uint64_t length = 0;
    plist_get_data_val(node, &value, &length);
    const QByteArray result(value, qsizetype(length));
    free(value);
    return result;
}

plist_t dictItem(plist_t dict, const char *key, plist_type type)
{
    plist_t node = plist_dict_get_item(dict, key);
    return node && plist_get_node_type(node) == type ? node : nullptr;
}

// The items of an array, in one pass: libplist's plist_array_get_item walks the list from its start
// for every index, so reading an array of 100,000 items by index took seconds.
std::vector<plist_t> arrayItems(plist_t array)
{
    std::vector<plist_t> items;
    if (!array || plist_get_node_type(array) != PLIST_ARRAY)
        return items;
    plist_array_iter iter = nullptr;
    plist_array_new_iter(array, &iter);
    if (!iter)
        return items;
    for (;;) {
        plist_t item = nullptr;
        plist_array_next_item(array, iter, &item);
        if (!item)
            break;
        items.push_back(item);
    }
    free(iter);
    return items;
}

// libplist's parser is recursive and expands shared references: a list is checked first.
plist_t parseBinaryPlist(const QByteArray &bytes, QString *refusal)
{
    const QString reason = checkBinaryPlist(bytes);
    if (!reason.isEmpty()) {
        if (refusal)
            *refusal = reason;
        return nullptr;
    }
    plist_t raw = nullptr;
    plist_from_bin(bytes.constData(), uint32_t(bytes.size()), &raw);
    return raw;
}

void addResource(SavedPage &page, plist_t resource)
{
    if (!resource || plist_get_node_type(resource) != PLIST_DICT)
        return;
    const QString url = stringValue(resource, "WebResourceURL");
    if (url.isEmpty())
        return;
    QByteArray data = dataValue(resource, "WebResourceData");
    if (data.isEmpty() || data.size() > limits::kMaxAssetBytes)
        return;
    page.resources.insert(url, Resource{std::move(data), stringValue(resource, "WebResourceMIMEType")});
}

void addArchive(SavedPage &page, plist_t archive, int depth)
{
    if (!archive || plist_get_node_type(archive) != PLIST_DICT || depth > 16)
        return;
    if (depth > 0)
        addResource(page, dictItem(archive, "WebMainResource", PLIST_DICT));
    for (plist_t resource : arrayItems(dictItem(archive, "WebSubresources", PLIST_ARRAY)))
        addResource(page, resource);
    for (plist_t frame : arrayItems(dictItem(archive, "WebSubframeArchives", PLIST_ARRAY)))
        addArchive(page, frame, depth + 1);
}

QString uidString(const std::vector<plist_t> &objects, plist_t uidNode)
{
    if (!uidNode || plist_get_node_type(uidNode) != PLIST_UID)
        return {};
    uint64_t index = 0;
    plist_get_uid_val(uidNode, &index);
    if (index >= objects.size())
        return {};
    return nodeString(objects[size_t(index)]);
}

// "Fri, 20 Nov 2026 11:15:04 GMT": Qt 6.4's RFC 2822 parser wants a numeric zone.
QDateTime httpDate(QString value)
{
    value = value.trimmed();
    for (const char *zone : {" GMT", " UTC", " UT"}) {
        if (value.endsWith(QLatin1String(zone))) {
            value.chop(qsizetype(strlen(zone)));
            value += QStringLiteral(" +0000");
            break;
        }
    }
    return QDateTime::fromString(value, Qt::RFC2822Date);
}

// The HTTP Date header of the main resource's response: when Safari fetched the page, the best
// available save date. WebResourceResponse is an NSKeyedArchiver archive; the header dictionary
// is an NS.keys/NS.objects pair of UID arrays in its $objects table.
QDateTime responseDate(plist_t main)
{
    const QByteArray archive = dataValue(main, "WebResourceResponse");
    if (!archive.startsWith("bplist00"))
        return {};
    PlistPtr root(parseBinaryPlist(archive, nullptr)); // an archive over budget just has no date
    if (!root || plist_get_node_type(root.get()) != PLIST_DICT)
        return {};
    const std::vector<plist_t> objects = arrayItems(dictItem(root.get(), "$objects", PLIST_ARRAY));
    for (plist_t dict : objects) {
        if (!dict || plist_get_node_type(dict) != PLIST_DICT)
            continue;
        const std::vector<plist_t> keys = arrayItems(dictItem(dict, "NS.keys", PLIST_ARRAY));
        const std::vector<plist_t> values = arrayItems(dictItem(dict, "NS.objects", PLIST_ARRAY));
        for (size_t k = 0; k < std::min(keys.size(), values.size()); ++k) {
            if (uidString(objects, keys[k]).compare(QLatin1String("Date"), Qt::CaseInsensitive))
                continue;
            const QDateTime date = httpDate(uidString(objects, values[k]));
            if (date.isValid())
                return date.toUTC();
        }
    }
    return {};
}

} // namespace

Result<SavedPage> readWebArchive(const QByteArray &bytes, const QString &path)
{
    if (!bytes.startsWith("bplist00") || bytes.size() > std::numeric_limits<uint32_t>::max())
        return makeError(ErrorCode::DamagedArchive, QT_TRANSLATE_NOOP("offprint::Error", "%1: not a Safari web archive"), path);
    QString refusal;
    PlistPtr root(parseBinaryPlist(bytes, &refusal));
    if (!refusal.isEmpty())
        return makeError(ErrorCode::DamagedArchive, QT_TRANSLATE_NOOP("offprint::Error", "%1: web archive refused: %2"), path, {refusal});
    if (!root || plist_get_node_type(root.get()) != PLIST_DICT)
        return makeError(ErrorCode::DamagedArchive, QT_TRANSLATE_NOOP("offprint::Error", "%1: damaged web archive (unreadable property list)"), path);
    plist_t main = dictItem(root.get(), "WebMainResource", PLIST_DICT);
    if (!main)
        return makeError(ErrorCode::DamagedArchive, QT_TRANSLATE_NOOP("offprint::Error", "%1: web archive without a main resource"), path);

    SavedPage page;
    page.format = Format::WebArchive;
    page.html = dataValue(main, "WebResourceData");
    page.containerCharset = stringValue(main, "WebResourceTextEncodingName");
    page.url = stringValue(main, "WebResourceURL");
    page.saved = responseDate(main);
    if (page.html.isEmpty())
        return makeError(ErrorCode::DamagedArchive, QT_TRANSLATE_NOOP("offprint::Error", "%1: web archive with an empty main document"), path);
    addArchive(page, root.get(), 0);
    return page;
}

} // namespace offprint::import
