#include "import/exportimport_content.h"

#include "extract/textmetadata.h"
#include "import/assets.h"
#include "import/formatdetect.h"
#include "import/prepare.h"
#include "import/samepage.h"
#include "import/storecontent.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"
#include "storage/tagrepository.h"
#include "storage/writetransaction.h"
#include "text/language.h"

#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <optional>

namespace offprint::import {

namespace {

ImportOutcome outcomeOf(ImportOutcome::Kind kind, const QString &file, const QString &reason = {})
{
    ImportOutcome o;
    o.kind = kind;
    o.file = file;
    o.reason = reason;
    return o;
}

// The record's images as the page's resources: under the reference the HTML uses and under that
// reference made absolute against the record's URL (the extractor resolves references first).
SavedPage pageOf(const readers::ExportRecord &record)
{
    SavedPage page;
    page.format = detectFormat(record.html.left(64 * 1024), QString());
    if (page.format != Format::SingleFile)
        page.format = Format::Html;
    page.html = record.html;
    page.url = record.url;
    page.saved = record.saved;
    page.title = record.title;
    const QUrl base(record.url);
    for (auto it = record.files.constBegin(); it != record.files.constEnd(); ++it) {
        page.resources.insert(it.key(), Resource{it.value(), {}});
        if (base.isValid() && !base.isRelative())
            page.resources.insert(base.resolved(QUrl(it.key())).toString(), Resource{it.value(), {}});
    }
    return page;
}

// The record's own metadata beats what the page says about itself.
void applyRecord(Article &a, const readers::ExportRecord &record, const QString &text)
{
    if (!record.url.isEmpty()) {
        a.meta.url = record.url;
        a.meta.canonicalUrl = record.url;
    }
    if (!record.title.isEmpty())
        a.meta.title = record.title;
    if (!record.author.isEmpty())
        a.meta.author = record.author;
    if (!record.siteName.isEmpty())
        a.meta.siteName = extract::siteNameOf(record.siteName);
    else if (a.meta.siteName.isEmpty() && !a.meta.url.isEmpty())
        a.meta.siteName = extract::siteNameOf(QUrl(a.meta.url).host());
    if (!record.description.isEmpty())
        a.meta.excerpt = record.description;
    if (record.published.isValid())
        a.meta.published = record.published;
    if (record.saved.isValid())
        a.saved = record.saved;
    a.meta.language = text::chooseLanguage(record.language.isEmpty() ? a.meta.language : record.language, text);
    for (const QString &tag : record.tags)
        if (!a.tags.contains(tag))
            a.tags.append(tag);
    a.read = record.read;
    a.starred = record.starred;
    if (record.progress >= 0)
        a.readingPosition = qBound(0.0, record.progress, 1.0);
}

// The images taken from the record, by the reference the HTML uses: kept next to the original
// (as for a page's folder) so that a reimport of the original finds them again.
void rememberRecordImages(PreparedArticle &p, const readers::ExportRecord &record)
{
    QSet<QString> stored;
    for (const Asset &asset : p.assets)
        stored.insert(asset.relativePath);
    for (auto it = record.files.constBegin(); it != record.files.constEnd(); ++it) {
        const QString extension = sniffImageExtension(it.value());
        if (extension.isEmpty())
            continue;
        const QString path = storage::BlobStore::relativePathFor(it.value(), extension);
        if (stored.contains(path))
            p.folderAssets.insert(it.key(), path);
    }
}

QString sameText(const QString &quote)
{
    return quote.simplified();
}

struct HighlightCounts
{
    int anchored = 0;
    int orphaned = 0;
    int present = 0; // already on the article (a duplicate imported again)
};

// Adds the record's highlights (those the article lacks) and its note; inside the caller's transaction.
Result<HighlightCounts> addAnnotations(storage::Library &library, ArticleId id, const readers::ExportRecord &record)
{
    storage::HighlightRepository &highlights = library.highlights();
    HighlightCounts counts;
    QSet<QString> existing;
    for (const Highlight &h : highlights.forArticle(id))
        existing.insert(sameText(h.quote));
    for (const readers::ExportHighlight &h : record.highlights) {
        if (h.quote.trimmed().isEmpty())
            continue;
        if (existing.contains(sameText(h.quote))) {
            ++counts.present;
            continue;
        }
        existing.insert(sameText(h.quote));
        storage::NewHighlight spec;
        spec.quote = h.quote;
        spec.color = h.color;
        spec.note = h.note;
        auto added = highlights.add(id, spec);
        if (added) {
            if (h.created.isValid()) {
                // add() stamps the time of the import; the other app's times are the real ones.
                Highlight dated = *added;
                if (auto removed = highlights.remove(added->id); !removed)
                    return removed.error();
                dated.created = h.created;
                dated.updated = h.updated.isValid() ? h.updated : h.created;
                if (auto restored = highlights.restore(dated); !restored)
                    return restored.error();
            }
            ++counts.anchored;
            continue;
        }
        // Not found in the article's text: kept without a position (orphaned), never dropped.
        Highlight orphan;
        orphan.articleId = id;
        orphan.quote = h.quote;
        orphan.color = h.color.isEmpty() ? highlightColors().front() : h.color;
        orphan.note = h.note;
        orphan.created = h.created;
        orphan.updated = h.updated.isValid() ? h.updated : h.created;
        if (auto restored = highlights.restore(orphan); !restored)
            return restored.error();
        ++counts.orphaned;
    }
    const QString note = record.note.trimmed();
    if (!note.isEmpty()) {
        auto current = highlights.articleNote(id);
        if (!current)
            return current.error();
        if (!current->contains(note)) {
            const QString merged = current->trimmed().isEmpty() ? note : current->trimmed() + QStringLiteral("\n\n") + note;
            if (auto set = highlights.setArticleNote(id, merged); !set)
                return set.error();
        }
    }
    return counts;
}

void describe(ImportOutcome &outcome, const HighlightCounts &counts)
{
    if (counts.anchored + counts.orphaned == 0)
        return;
    QString line = QStringLiteral("%1 highlight(s) added").arg(counts.anchored + counts.orphaned);
    if (counts.orphaned > 0)
        line += QStringLiteral(", %1 orphaned (quote not found in the article text)").arg(counts.orphaned);
    outcome.warnings.append(line);
}

std::optional<ArticleId> findExisting(storage::Library &library, const Article &article)
{
    storage::ArticleRepository &articles = library.articles();
    using Deleted = storage::ArticleRepository::Deleted; // a deleted one comes back (restoreIfDeleted)
    for (const QString &url : {article.meta.canonicalUrl, article.meta.url})
        if (!url.isEmpty())
            if (const auto id = articles.findByUrl(url, Deleted::Include))
                return id;
    if (article.textLength > 0 && !article.contentHash.isEmpty())
        return articles.findByContentHash(article.contentHash, Deleted::Include);
    return std::nullopt;
}

} // namespace

ImportOutcome storeContentRecord(storage::Library &library, const readers::ExportRecord &record,
                                 const QString &exportPath, const PrepareOptions &options)
{
    using Kind = ImportOutcome::Kind;
    if (record.content == readers::ExportRecord::Content::None)
        return outcomeOf(Kind::Skipped, record.origin, QStringLiteral("a link only, no content in the export"));

    PrepareSource source;
    source.path = QFileInfo(exportPath).absoluteFilePath();
    source.fileTime = record.saved.isValid() ? record.saved : QFileInfo(exportPath).lastModified().toUTC();
    source.allowFolder = false; // never read files next to the export
    const PageContent content = record.content == readers::ExportRecord::Content::Article ? PageContent::Article
                                                                                          : PageContent::Page;
    auto prepared = preparePage(pageOf(record), record.html, source, options, content);
    if (!prepared) {
        QString reason = prepared.errorMessage();
        if (reason.startsWith(source.path + QStringLiteral(": ")))
            reason = reason.mid(source.path.size() + 2);
        return outcomeOf(Kind::Failed, record.origin, reason);
    }
    PreparedArticle &p = *prepared;
    applyRecord(p.article, record, p.text);
    rememberRecordImages(p, record);

    ImportOutcome outcome = outcomeOf(Kind::Imported, record.origin);
    outcome.warnings = p.warnings;
    std::optional<storage::WriteTransaction> transaction;
    beginWrite(transaction, library);
    if (!transaction->ok())
        return outcomeOf(Kind::Failed, record.origin, transaction->error().message());

    ArticleId id = 0;
    if (const auto existing = findExisting(library, p.article)) {
        id = *existing;
        const Result<bool> restored = restoreIfDeleted(library, id);
        if (!restored)
            return outcomeOf(Kind::Failed, record.origin, restored.errorMessage());
        outcome.kind = *restored ? Kind::Imported : Kind::Duplicate;
        outcome.restored = *restored;
        if (auto tagged = library.tags().addTags(id, record.tags); !tagged)
            return outcomeOf(Kind::Failed, record.origin, tagged.errorMessage());
        outcome.warnings.clear(); // about content that was not stored
    } else {
        p.article.imported = QDateTime::currentDateTimeUtc();
        auto blobs = storeBlobs(library, p);
        if (!blobs)
            return outcomeOf(Kind::Failed, record.origin, blobs.errorMessage());
        auto inserted = library.articles().insert(p.article, *blobs);
        if (!inserted)
            return outcomeOf(Kind::Failed, record.origin, inserted.errorMessage());
        id = *inserted;
    }
    auto counts = addAnnotations(library, id, record);
    if (!counts)
        return outcomeOf(Kind::Failed, record.origin, counts.errorMessage());
    if (auto committed = transaction->commit(); !committed)
        return outcomeOf(Kind::Failed, record.origin, committed.errorMessage());
    outcome.id = id;
    describe(outcome, *counts);
    return outcome;
}

} // namespace offprint::import
