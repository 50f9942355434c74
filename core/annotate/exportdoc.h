#pragma once

#include "domain/article.h"
#include "domain/highlight.h"

#include <QList>
#include <QString>

namespace offprint::annotate {

// YAML front matter for note-taking apps (Obsidian's properties; the Markdown clip importer reads it
// back): title, url, author, site, published, saved, tags, between "---" lines.
QString frontMatter(const Article &article);

// The article as one Markdown file that keeps what the reader added to it:
// - the front matter, then "# Title", then the body (`markdown`: the article's Markdown, with its
//   image paths as they should appear in the file) with every anchored highlight marked as
//   ==text== (annotate/marks.h), and a footnote reference [^hl-ID] after each one that has a note;
// - "## Note": the article's own note, when it has one;
// - "## Highlights": every highlight in text order (orphaned ones last, marked so), each quote as a
//   block quote followed by its note;
// - the footnotes: each highlight's note.
// `highlights` are the article's; positions count code points of articleText(markdown).
QString exportMarkdown(const Article &article, const QString &markdown, const QList<Highlight> &highlights,
                       const QString &note);

// A plain text as Markdown that reads as that text (the characters with a Markdown meaning escaped).
QString escapeMarkdown(const QString &text);

} // namespace offprint::annotate
