#pragma once

#include "html/node.h"

#include <QString>

// Markdown text helpers shared by the HTML → Markdown writer: whitespace, escaping, inline runs.
namespace offprint::markdown::detail {

bool isSpace(QChar c);

// Running inline content of one paragraph, Markdown and plain text side by side.
struct Inline
{
    QString md;
    QString plain;
    bool space = false; // a collapsed space is pending before the next content

    bool empty() const { return md.isEmpty(); }
    void text(const QString &s);                    // collapses whitespace, escapes specials
    void put(const QString &m, const QString &p);   // already-formatted Markdown and its text
    void hardBreak();
};

// Trims whitespace and (for Markdown) trailing hard-break backslashes.
QString trimBreaks(QString s, bool markdown);
// Escapes block markers ("# ", "- ", "1. ", "> ") at line starts so text stays text.
QString escapeLineStarts(const QString &md);
QString collapseSpaces(const QString &s);
// Percent-encodes what would end a Markdown link destination early.
QString escapeUrl(const QString &url);
// Links keep web and mail targets only (http, https, mailto, or a relative reference), read the way
// browsers read a scheme: tabs, newlines and control characters inside it are dropped first.
bool isSafeLinkTarget(const QString &href);
// "language-x", "lang-x", "highlight-x", "brush: x", data-lang → "x".
QString codeLanguage(const html::Node &n);
// A <pre>'s language: its own class, its <code>'s, or a highlighter's wrapper's around it.
QString codeBlockLanguage(const html::Node &pre);
QString indentLines(const QString &text, const QString &first, const QString &rest);

} // namespace offprint::markdown::detail
