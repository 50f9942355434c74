#include "storage/sqlfunctions.h"

#include "text/collation.h"

#include <sqlite3.h>

namespace offprint::storage {

namespace {

QString argText(sqlite3_value *value)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(value));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_value_bytes(value));
}

void resultText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void foldFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    resultText(context, argText(argv[0]).toCaseFolded());
}

void hostFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    resultText(context, hostOfUrl(argText(argv[0])));
}

void titleKeyFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const QByteArray key = text::titleSortKey(argText(argv[0]));
    sqlite3_result_blob(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

} // namespace

QString hostOfUrl(const QString &url)
{
    // Hand-rolled instead of QUrl: it runs once per row in filter-only scans.
    qsizetype start = url.indexOf(QLatin1String("://"));
    if (start < 0)
        return QString();
    start += 3;
    qsizetype end = start;
    while (end < url.size()) {
        const QChar c = url.at(end);
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#'))
            break;
        ++end;
    }
    QString host = url.mid(start, end - start);
    if (const qsizetype at = host.lastIndexOf(QLatin1Char('@')); at >= 0)
        host = host.mid(at + 1);
    if (!host.startsWith(QLatin1Char('['))) {
        if (const qsizetype colon = host.indexOf(QLatin1Char(':')); colon >= 0)
            host.truncate(colon);
    }
    return host.toLower();
}

void registerSqlFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "offprint_fold", 1, flags, nullptr, foldFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "offprint_host", 1, flags, nullptr, hostFunction, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "offprint_title_key", 1, flags, nullptr, titleKeyFunction, nullptr, nullptr, nullptr);
}

} // namespace offprint::storage
