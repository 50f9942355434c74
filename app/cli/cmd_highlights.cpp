// Highlights and notes: highlight, highlights, unhighlight, highlight-note, note.
#include "articlejson.h"
#include "cli.h"

#include "storage/articlerepository.h"
#include "storage/highlightrepository.h"
#include "storage/library.h"

#include <QJsonArray>

namespace offprint::cli {

namespace {

int reportMissingArticle(ArticleId id)
{
    err() << "offprint-cli: no article #" << id << " in this library\n";
    return InputFailed;
}

int reportMissingHighlight(HighlightId id)
{
    err() << "offprint-cli: no highlight #" << id << " in this library\n";
    return InputFailed;
}

int reportError(const Error &error)
{
    err() << "offprint-cli: " << error.message() << "\n";
    return InputFailed;
}

// The first positional as an id (article or highlight); 0 after printing a usage error.
qint64 idArgument(const Options &opts, const QString &usage, qsizetype minPositionals, qsizetype maxPositionals)
{
    if (!opts.ok()) {
        usageError(opts.error());
        return 0;
    }
    if (opts.positionals().size() < minPositionals || opts.positionals().size() > maxPositionals) {
        usageError(QStringLiteral("usage: %1").arg(usage));
        return 0;
    }
    const qint64 id = parseId(opts.positionals().first());
    if (id == 0)
        usageError(QStringLiteral("'%1' is not an id").arg(opts.positionals().first()));
    return id;
}

// One line of `highlights`: "#HID on #ID colour @position: quote", the note indented below.
QString highlightLine(const Highlight &h)
{
    QString quote = h.quote.simplified();
    if (quote.size() > 100)
        quote = quote.left(99) + QChar(0x2026);
    const QString place = h.position ? QStringLiteral("@%1").arg(*h.position) : QStringLiteral("orphaned");
    QString line = QStringLiteral("#%1 on #%2 %3 %4: %5").arg(h.id).arg(h.articleId).arg(h.color, place, quote);
    if (!h.note.isEmpty())
        line += QStringLiteral("\n    note: %1").arg(h.note.simplified());
    return line;
}

} // namespace

int cmdHighlight(const Invocation &inv)
{
    const QString usage = QStringLiteral("highlight ID --quote TEXT [--occurrence N] [--note TEXT] "
                                         "[--color yellow|green|blue|pink|purple]");
    const Options opts(inv.args, {},
                       {QStringLiteral("quote"), QStringLiteral("occurrence"), QStringLiteral("note"),
                        QStringLiteral("color"), QStringLiteral("colour")});
    const ArticleId id = idArgument(opts, usage, 1, 1);
    if (id == 0)
        return UsageError;
    storage::NewHighlight spec;
    spec.quote = opts.value(QStringLiteral("quote"));
    if (spec.quote.trimmed().isEmpty())
        return usageError(QStringLiteral("highlight needs --quote TEXT (the passage to highlight)"));
    if (opts.has(QStringLiteral("occurrence"))) {
        bool ok = false;
        spec.occurrence = opts.value(QStringLiteral("occurrence")).toInt(&ok);
        if (!ok || spec.occurrence < 1)
            return usageError(QStringLiteral("--occurrence needs a number from 1"));
    }
    spec.note = opts.value(QStringLiteral("note"));
    spec.color = opts.value(QStringLiteral("color"), opts.value(QStringLiteral("colour"))).trimmed().toLower();
    if (!spec.color.isEmpty() && !storage::HighlightRepository::isColor(spec.color))
        return usageError(QStringLiteral("unknown colour '%1' (%2)").arg(spec.color, highlightColors().join(u'|')));

    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;
    storage::HighlightRepository &highlights = library->highlights();
    if (!library->articles().get(id))
        return reportMissingArticle(id);
    const auto added = highlights.add(id, spec);
    if (!added) {
        out() << "failed: " << added.errorMessage() << "\n";
        return InputFailed;
    }
    out() << "highlight #" << added->id << " on #" << id << "\n";
    return Success;
}

int cmdHighlights(const Invocation &inv)
{
    const Options opts(inv.args, {QStringLiteral("orphaned"), QStringLiteral("json")}, {});
    if (!opts.ok())
        return usageError(opts.error());
    if (opts.positionals().size() > 1)
        return usageError(QStringLiteral("usage: highlights [ID] [--orphaned] [--json]"));
    storage::HighlightFilter filter;
    filter.orphanedOnly = opts.flag(QStringLiteral("orphaned"));
    if (!opts.positionals().isEmpty()) {
        filter.article = parseId(opts.positionals().first());
        if (*filter.article == 0)
            return usageError(QStringLiteral("'%1' is not an article id").arg(opts.positionals().first()));
    }
    auto library = openLibrary(inv);
    if (!library)
        return InputFailed;
    if (filter.article && !library->articles().get(*filter.article))
        return reportMissingArticle(*filter.article);
    const QList<Highlight> found = library->highlights().list(filter);
    if (opts.flag(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Highlight &h : found)
            array.append(highlightToJson(h));
        printJson(array);
    } else {
        for (const Highlight &h : found)
            out() << highlightLine(h) << "\n";
    }
    return Success;
}

int cmdUnhighlight(const Invocation &inv)
{
    const Options opts(inv.args, {}, {});
    const HighlightId id = idArgument(opts, QStringLiteral("unhighlight HID"), 1, 1);
    if (id == 0)
        return UsageError;
    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;
    if (!library->highlights().get(id))
        return reportMissingHighlight(id);
    const auto removed = library->highlights().remove(id);
    if (!removed)
        return reportError(removed.error());
    out() << "removed highlight #" << id << " from #" << removed->articleId << "\n";
    return Success;
}

int cmdHighlightNote(const Invocation &inv)
{
    const Options opts(inv.args, {}, {});
    const HighlightId id = idArgument(opts, QStringLiteral("highlight-note HID TEXT"), 2, 2);
    if (id == 0)
        return UsageError;
    auto library = openLibrary(inv, Access::Write);
    if (!library)
        return InputFailed;
    if (!library->highlights().get(id))
        return reportMissingHighlight(id);
    const auto changed = library->highlights().setNote(id, opts.positionals().at(1));
    if (!changed)
        return reportError(changed.error());
    out() << "highlight #" << id << ": note " << (changed->note.isEmpty() ? "cleared" : "set") << "\n";
    return Success;
}

int cmdNote(const Invocation &inv)
{
    const Options opts(inv.args, {}, {});
    const ArticleId id = idArgument(opts, QStringLiteral("note ID [TEXT]"), 1, 2);
    if (id == 0)
        return UsageError;
    const bool set = opts.positionals().size() == 2;
    auto library = openLibrary(inv, set ? Access::Write : Access::Read);
    if (!library)
        return InputFailed;
    storage::HighlightRepository &highlights = library->highlights();
    if (!set) {
        const auto note = highlights.articleNote(id);
        if (!note)
            return reportMissingArticle(id);
        if (!note->isEmpty())
            out() << *note << (note->endsWith(u'\n') ? "" : "\n");
        return Success;
    }
    if (!library->articles().get(id))
        return reportMissingArticle(id);
    const QString text = opts.positionals().at(1);
    if (const auto before = highlights.setArticleNote(id, text); !before)
        return reportError(before.error());
    out() << "#" << id << ": note " << (text.trimmed().isEmpty() ? "cleared" : "set") << "\n";
    return Success;
}

} // namespace offprint::cli
