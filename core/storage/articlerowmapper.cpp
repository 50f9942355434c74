#include "storage/articlerowmapper.h"

#include "storage/statement.h"

namespace offprint::storage {

QStringList splitTagsText(const QString &tagsText)
{
    return tagsText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

Article mapListRow(const Statement &row)
{
    Article a;
    a.id = row.int64(0);
    a.meta.title = row.text(1);
    a.meta.author = row.text(2);
    a.meta.siteName = row.text(3);
    a.meta.url = row.text(4);
    a.meta.canonicalUrl = row.text(5);
    a.meta.published = row.time(6);
    a.saved = row.time(7);
    a.imported = row.time(8);
    a.meta.language = row.text(9);
    a.textLength = row.int64(10);
    a.read = row.boolean(11);
    a.readAt = row.time(12);
    a.starred = row.boolean(13);
    a.readingPosition = row.real(14);
    a.sourceFile = row.text(15);
    a.sourceFormat = row.text(16);
    a.encoding = row.text(17);
    a.contentHash = row.text(18);
    a.originalBlob = row.text(19);
    a.confidence = row.real(20);
    a.meta.excerpt = row.text(21);
    a.meta.leadImage = row.text(22);
    a.tags = splitTagsText(row.text(23));
    a.readingMinutes = int(row.int64(24));
    a.linkOnly = row.boolean(25);
    return a;
}

Article mapFullRow(const Statement &row)
{
    Article a = mapListRow(row);
    a.markdown = row.text(kArticleListColumnCount);
    a.text = row.text(kArticleListColumnCount + 1);
    a.extractorVersion = row.integer(kArticleListColumnCount + 2);
    a.encodingOverride = row.text(kArticleListColumnCount + 3);
    a.meta.direction = row.text(kArticleListColumnCount + 4);
    return a;
}

} // namespace offprint::storage
