#pragma once

#include <QByteArray>
#include <QStringList>

namespace offprint::html {

// Byte-level repairs of markup that would make a browser-exact parse lose the page, applied before
// parsing. Two general rules, none per element name:
//
// 1. Markup before the document. A page whose <!DOCTYPE> or <html> comes after other start tags (a
//    wrapper written by a crawler or a proxy) makes the parser open the body early, so the head's
//    contents land in the body and an element such as <frameset>, <object> or <select> can swallow the
//    page. The tags before the document start are removed; their text is kept.
// 2. Text-only elements that swallow the document. The content of script, style, title, textarea, xmp,
//    iframe, noembed, noframes and plaintext is not markup: one that is never closed (or closed only after
//    the document's own end) turns the rest of the page into its text. Such an element is closed where
//    markup resumes: for elements whose content is text (title, textarea, …) at the first tag, for
//    script and style at the first tag that starts the document's structure (</head>, <body>, <div>, …),
//    since their code may hold "<" comparisons.
//
// Repairs are linear in the input. `notes` (may be null) receives one line per repair.
QByteArray repairMarkup(QByteArray html, QStringList *notes = nullptr);

} // namespace offprint::html
