#pragma once

#include <QList>
#include <QString>

namespace offprint::search {

// The lexical pieces of a user query (internal to the query compiler).
struct QueryToken
{
    enum class Kind {
        Word,       // bare text; `prefix` when it ended in '*'
        Phrase,     // "quoted text" (also “…” and 「…」); unclosed quotes run to the end
        Filter,     // name:value with a known filter name (value may be quoted; empty when missing)
        LeftParen,
        RightParen,
        Or,         // the keyword OR (upper case only; lower-case "or" is text)
        And,        // the keyword AND: the same as juxtaposition
        Not,        // the keyword NOT or a leading '-' (several dashes count as one)
        End,
    };
    Kind kind = Kind::End;
    QString text;     // Word/Phrase text, Filter value
    QString name;     // Filter name, lower case
    bool prefix = false;
    bool quoted = false; // Filter value was quoted
    int position = 0;    // offset in the normalised query, for messages
};

// Known filter names (lower case): tag, site, author, title, is, lang, before, after.
bool isFilterName(const QString &name);

// Normalises the query (NFKC: full-width （）：－＂ＯＲ become ASCII; control characters become spaces)
// and splits it. Never fails: every character ends up in some token or is white space.
QList<QueryToken> lexQuery(const QString &query);

} // namespace offprint::search
