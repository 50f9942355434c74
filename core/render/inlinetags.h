#pragma once

#include <QString>

namespace offprint::render {

// One raw inline HTML tag of the stored Markdown, read against the dialect's allow-list (README,
// "Stored Markdown"): <sup>, <sub>, <mark>, <br> and the empty anchor <a id="ID"></a>. Anything
// else is Kind::Other and is dropped by the renderer (the text around it stays).
struct InlineTag
{
    enum class Kind { Other, Open, Close, LineBreak, Anchor, AnchorEnd };
    Kind kind = Kind::Other;
    QString name; // "sup", "sub" or "mark" for Open/Close
    QString id;   // for Anchor: already restricted to [A-Za-z0-9._:-]
};

InlineTag parseInlineTag(const QString &raw);

// True for an anchor id the dialect allows: 1 to 128 of [A-Za-z0-9._:-].
bool isValidAnchorId(const QString &id);

} // namespace offprint::render
