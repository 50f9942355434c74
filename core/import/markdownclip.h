#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace offprint::import {

// A Markdown clip (Obsidian Web Clipper and similar): YAML front matter, then the body.
struct MarkdownClip
{
    QString title;
    QString url;    // "source", else "url"/"link"
    QString author;
    QString siteName;
    QString description;
    QDateTime published;
    QDateTime created;
    QStringList tags;
    QString body;   // the Markdown after the front matter
    QStringList warnings; // budgets reached (common/limits.h), each named
};

// Reads the small YAML subset clippers write: `key: value`, quoted strings, inline lists
// [a, b], block lists (`- a`), and [[wiki links]] around values. Without front matter the whole
// text is the body. At most limits::kMaxTagsPerClip tags are kept, and a body longer than
// limits::kMaxArticleChars is cut at a line end (each with a warning).
MarkdownClip parseMarkdownClip(const QString &text);

// Dates as clippers write them: ISO 8601 dates or date-times (with or without zone).
QDateTime parseClipDate(const QString &value);

} // namespace offprint::import
