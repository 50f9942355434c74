#pragma once

#include "domain/article.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace offprint {

using HighlightId = qint64;

// A passage of an article the reader marked, anchored the way the W3C text-quote selector is: the
// quoted text, the text just before and after it, and its position. Positions and lengths count
// Unicode code points of the article's plain text (annotate::articleText, what `offprint-cli show ID
// --format text` prints), not UTF-16 units.
struct Highlight
{
    HighlightId id = 0;
    ArticleId articleId = 0;
    QString quote;  // the highlighted text as it stands in the plain text (paragraph breaks included)
    QString prefix; // up to annotate::kContextLength code points before it
    QString suffix; // and after it
    std::optional<qint64> position; // code points from the start of the plain text; none: orphaned
    QString color = QStringLiteral("yellow"); // one of highlightColors()
    QString note;   // Markdown; empty: none
    QDateTime created;
    QDateTime updated;

    bool anchored() const { return position.has_value(); }
    // Length of the quote in code points.
    qint64 length() const { return quote.toUcs4().size(); }
};

// The five named colours, the first is the default.
inline const QStringList &highlightColors()
{
    static const QStringList colors = {QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"),
                                       QStringLiteral("pink"), QStringLiteral("purple")};
    return colors;
}

} // namespace offprint
