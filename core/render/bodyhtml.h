#pragma once

#include <QString>

namespace offprint::render {

struct BodyOptions
{
    // The article's title: a first block that says exactly this is not shown again (the header
    // shows the title; pages without a usable <title> had it taken from their first line).
    QString title;
    // The direction of the article as a whole. Auto: each block by its first strong character.
    // RightToLeftLanguage (an Arabic or Hebrew article): a block that holds any right-to-left text
    // is right-to-left even when it starts with a Latin word. RightToLeft (the page laid the
    // article out right to left, dir="rtl"): every block is.
    enum class Direction { Auto, RightToLeftLanguage, RightToLeft };
    Direction direction = Direction::Auto;
};

// The HTML of an article's stored Markdown: a typed pass over cmark-gfm's node tree, never a
// rewrite of HTML text. It keeps what the dialect carries (README, "Stored Markdown"): sup/sub,
// anchors and the internal links to them (a link whose target is not in the document is dropped,
// its text kept), figure captions (an image alone in its paragraph, with a title), definition
// lists ("Term" then ": definition" lines), tables (an all-empty header row is left out), code
// with its language, footnotes with links both ways, task lists; a block whose first strong
// character is right-to-left gets dir="rtl". Remote or data: images are never referenced: a
// placeholder with their alt text stands in. Raw HTML outside the allow-list is dropped (text
// kept). The output is well-formed, nests at most a bounded depth, and is what the reader shows.
QString bodyHtml(const QString &markdown, const BodyOptions &options = {});

} // namespace offprint::render
