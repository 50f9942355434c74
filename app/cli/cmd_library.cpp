// Commands that read and change the library: list, show, star/unstar/read/unread/delete, tag/untag, tags.
#include "articlejson.h"
#include "cli.h"

#include "markdown/plaintext.h"
#include "render/articlehtml.h"
#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/tagrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>

namespace offprint::cli {

namespace {

int reportMissing(ArticleId id)
{
    err() << "offprint-cli: no article #" << id << " in this library\n";
    return InputFailed;
}

ArticleId requireId(const Options &opts, int minPositionals, const QString &usage)
{
    if (!opts.ok()) {
        usageError(opts.error());
        return 0;
    }
    if (opts.positionals().size() < minPositionals) {
        usageError(QStringLiteral("usage: %1").arg(usage));
        return 0;
    }
    const ArticleId id = parseId(opts.positionals().first());
    if (id == 0)
        usageError(QStringLiteral("'%1' is not an article id").arg(opts.positionals().first()));
    return id;
}

QString listLine(const Article &a)
{
    const QString state = QString(a.starred ? QLatin1Char('*') : QLatin1Char(' '))
                          + (a.read ? QLatin1Char(' ') : QLatin1Char('N'));
    QString line = QStringLiteral("#%1 %2 %3  %4").arg(a.id).arg(state, formatDate(a.saved), a.meta.title);
    if (!a.meta.siteName.isEmpty())
        line += QStringLiteral("  (%1)").arg(a.meta.siteName);
    if (!a.tags.isEmpty())
        line += QStringLiteral("  [%1]").arg(a.tags.join(QStringLiteral(", ")));
    if (a.linkOnly)
        line += QStringLiteral("  (not saved yet)");
    return line;
}

} // namespace

int cmdList(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("unread"), QStringLiteral("read"), QStringLiteral("starred"),
                                  QStringLiteral("json")},
                       {QStringLiteral("tag"), QStringLiteral("site"), QStringLiteral("limit")});
    if (!opts.ok())
        return usageError(opts.error());
    if (!opts.positionals().isEmpty())
        return usageError(QStringLiteral("list takes no arguments, only options"));
    if (opts.flag(QStringLiteral("unread")) && opts.flag(QStringLiteral("read")))
        return usageError(QStringLiteral("--unread and --read exclude each other"));

    storage::ArticleFilter filter;
    if (opts.flag(QStringLiteral("unread")))
        filter.readState = storage::ArticleFilter::ReadState::Unread;
    if (opts.flag(QStringLiteral("read")))
        filter.readState = storage::ArticleFilter::ReadState::Read;
    filter.starredOnly = opts.flag(QStringLiteral("starred"));
    filter.tag = opts.value(QStringLiteral("tag"));
    filter.site = opts.value(QStringLiteral("site"));
    if (opts.has(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = opts.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 0)
            return usageError(QStringLiteral("--limit needs a number"));
    }

    auto library = openLibrary(inv);
    if (!library)
        return InputFailed;
    const QList<Article> articles = library->articles().list(filter);
    if (opts.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Article &a : articles)
            array.append(articleToJson(a));
        printJson(array);
    } else {
        for (const Article &a : articles)
            out() << listLine(a) << "\n";
    }
    return Success;
}

int cmdShow(const Invocation &inv)
{
    const Options opts(inv.args, {}, {QStringLiteral("format")});
    const ArticleId id = requireId(opts, 1, QStringLiteral("show ID [--format markdown|html|text|json]"));
    if (id == 0)
        return UsageError;
    const QString format = opts.value(QStringLiteral("format"), QStringLiteral("markdown"));
    static const QStringList formats = {QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("text"),
                                        QStringLiteral("json")};
    if (!formats.contains(format))
        return usageError(QStringLiteral("unknown format '%1' (markdown, html, text or json)").arg(format));

    auto library = openLibrary(inv);
    if (!library)
        return InputFailed;
    const std::optional<Article> article = library->articles().get(id);
    if (!article)
        return reportMissing(id);

    if (format == QLatin1String("markdown")) {
        out() << article->markdown;
        if (!article->markdown.endsWith(QLatin1Char('\n')))
            out() << "\n";
    } else if (format == QLatin1String("html")) {
        out() << render::articleHtml(*article);
    } else if (format == QLatin1String("text")) {
        out() << markdown::toPlainText(article->markdown) << "\n";
    } else {
        QJsonObject obj = articleToJson(*article);
        obj.insert(QStringLiteral("canonical_url"), article->meta.canonicalUrl);
        obj.insert(QStringLiteral("excerpt"), article->meta.excerpt);
        obj.insert(QStringLiteral("source_file"), article->sourceFile);
        obj.insert(QStringLiteral("source_format"), article->sourceFormat);
        obj.insert(QStringLiteral("encoding"), article->encoding);
        obj.insert(QStringLiteral("reading_position"), article->readingPosition);
        obj.insert(QStringLiteral("read_at"), dateToJson(article->readAt));
        obj.insert(QStringLiteral("confidence"), article->confidence);
        obj.insert(QStringLiteral("markdown"), article->markdown);
        obj.insert(QStringLiteral("text"), markdown::toPlainText(article->markdown));
        printJson(obj);
    }
    return Success;
}

int cmdState(const Invocation &inv)
{
    const Options opts(inv.args, {}, {});
    const ArticleId id = requireId(opts, 1, QStringLiteral("%1 ID").arg(inv.command));
    if (id == 0)
        return UsageError;
    if (opts.positionals().size() > 1)
        return usageError(QStringLiteral("%1 takes one article id").arg(inv.command));
    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;
    storage::ArticleRepository &articles = library->articles();
    if (!articles.get(id))
        return reportMissing(id);

    Result<void> result;
    if (inv.command == QLatin1String("star"))
        result = articles.setStarred(id, true);
    else if (inv.command == QLatin1String("unstar"))
        result = articles.setStarred(id, false);
    else if (inv.command == QLatin1String("read"))
        result = articles.setRead(id, true);
    else if (inv.command == QLatin1String("unread"))
        result = articles.setRead(id, false);
    else
        result = articles.remove(id);
    if (!result) {
        err() << "offprint-cli: " << result.errorMessage() << "\n";
        return InputFailed;
    }
    static const QHash<QString, QString> done = {
        {QStringLiteral("star"), QStringLiteral("starred")},  {QStringLiteral("unstar"), QStringLiteral("unstarred")},
        {QStringLiteral("read"), QStringLiteral("marked read")}, {QStringLiteral("unread"), QStringLiteral("marked unread")},
        {QStringLiteral("delete"), QStringLiteral("deleted")}};
    out() << done.value(inv.command) << " #" << id << "\n";
    if (inv.command == QLatin1String("delete")) {
        // Files of articles deleted more than a week ago go now and then (the grace period lets the
        // app's undo bring an article back with its images).
        if (auto collected = library->collectGarbageIfDue(); !collected)
            err() << "offprint-cli: " << collected.errorMessage() << "\n";
    }
    return Success;
}

int cmdGc(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("adopt")}, {});
    if (!opts.ok())
        return usageError(opts.error());
    if (!opts.positionals().isEmpty())
        return usageError(QStringLiteral("usage: gc [--adopt]"));
    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;
    // --adopt: the user states that the stored files belong to this library file (after restoring an
    // old backup on purpose, or copying a library without its hidden files).
    if (opts.flag(QStringLiteral("adopt"))) {
        if (auto adopted = library->adoptStoredFiles(); !adopted) {
            err() << "offprint-cli: " << adopted.errorMessage() << "\n";
            return InputFailed;
        }
    }
    const auto removed = library->collectGarbage();
    if (!removed) {
        err() << "offprint-cli: " << removed.errorMessage() << "\n";
        return InputFailed;
    }
    out() << "removed " << *removed << " stored files that no article uses (released more than "
          << std::chrono::duration_cast<std::chrono::hours>(storage::Library::kBlobGrace).count() / 24
          << " days ago)\n";
    return Success;
}

int cmdTag(const Invocation &inv)
{
    const Options opts(inv.args, {}, {});
    const ArticleId id = requireId(opts, 2, QStringLiteral("%1 ID NAME...").arg(inv.command));
    if (id == 0)
        return UsageError;
    QStringList names;
    for (const QString &name : opts.positionals().mid(1)) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            return usageError(QStringLiteral("a tag name cannot be empty"));
        names << trimmed;
    }
    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;
    if (!library->articles().get(id))
        return reportMissing(id);
    const bool add = inv.command == QLatin1String("tag");
    const Result<void> result = add ? library->tags().addTags(id, names) : library->tags().removeTags(id, names);
    if (!result) {
        err() << "offprint-cli: " << result.errorMessage() << "\n";
        return InputFailed;
    }
    out() << "#" << id << ": " << library->tags().tagsOf(id).join(QStringLiteral(", ")) << "\n";
    return Success;
}

int cmdTags(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("json")}, {});
    if (!opts.ok())
        return usageError(opts.error());
    if (!opts.positionals().isEmpty())
        return usageError(QStringLiteral("tags takes no arguments"));
    auto library = openLibrary(inv);
    if (!library)
        return InputFailed;
    const QList<storage::TagCount> tags = library->tags().list();
    if (opts.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const storage::TagCount &tag : tags)
            array.append(QJsonObject{{QStringLiteral("name"), tag.name}, {QStringLiteral("count"), tag.count}});
        printJson(array);
    } else {
        for (const storage::TagCount &tag : tags)
            out() << tag.name << "\t" << tag.count << "\n";
    }
    return Success;
}

} // namespace offprint::cli
