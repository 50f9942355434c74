#include "import/webarchivereader.h"

#include "common/limits.h"

#include <plist/plist.h>

#include <cstdlib>
#include <memory>

namespace offprint::import {

namespace {

struct PlistDeleter
{
    void operator()(plist_t p) const { plist_free(p); }
};
using PlistPtr = std::unique_ptr<std::remove_pointer_t<plist_t>, PlistDeleter>;

QString stringValue(plist_t dict, const char *key)
{
    plist_t node = plist_dict_get_item(dict, key);
    if (!node || plist_get_node_type(node) != PLIST_STRING)
        return {};
    // Not plist_get_string_val: it asserts (aborts the process) on a string with an embedded NUL.
    uint64_t length = 0;
    const char *value = plist_get_string_ptr(node, &length);
    return value ? QString::fromUtf8(value, qsizetype(qstrnlen(value, size_t(length)))) : QString();
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
    if (plist_t subresources = dictItem(archive, "WebSubresources", PLIST_ARRAY)) {
        const uint32_t n = plist_array_get_size(subresources);
        for (uint32_t i = 0; i < n; ++i)
            addResource(page, plist_array_get_item(subresources, i));
    }
    if (plist_t frames = dictItem(archive, "WebSubframeArchives", PLIST_ARRAY)) {
        const uint32_t n = plist_array_get_size(frames);
        for (uint32_t i = 0; i < n; ++i)
            addArchive(page, plist_array_get_item(frames, i), depth + 1);
    }
}

} // namespace

Result<SavedPage> readWebArchive(const QByteArray &bytes, const QString &path)
{
    if (!bytes.startsWith("bplist00") || bytes.size() > std::numeric_limits<uint32_t>::max())
        return makeError(QStringLiteral("%1: not a Safari web archive").arg(path));
    plist_t raw = nullptr;
    plist_from_bin(bytes.constData(), uint32_t(bytes.size()), &raw);
    PlistPtr root(raw);
    if (!root || plist_get_node_type(root.get()) != PLIST_DICT)
        return makeError(QStringLiteral("%1: damaged web archive (unreadable property list)").arg(path));
    plist_t main = dictItem(root.get(), "WebMainResource", PLIST_DICT);
    if (!main)
        return makeError(QStringLiteral("%1: web archive without a main resource").arg(path));

    SavedPage page;
    page.format = Format::WebArchive;
    page.html = dataValue(main, "WebResourceData");
    page.containerCharset = stringValue(main, "WebResourceTextEncodingName");
    page.url = stringValue(main, "WebResourceURL");
    if (page.html.isEmpty())
        return makeError(QStringLiteral("%1: web archive with an empty main document").arg(path));
    addArchive(page, root.get(), 0);
    return page;
}

} // namespace offprint::import
