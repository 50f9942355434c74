#pragma once

#include "domain/article.h"

#include <QString>

namespace offprint::render {

// The article as the reader shows it: one HTML document with a header (title, site linked to the
// original URL, author, starred, publication and save dates, reading time, tags) and the body
// (render/bodyhtml.h). This is exactly what `offprint-cli show --format html` prints, what the
// reader displays (the GUI only adds a style sheet) and what `export --format html` writes inside
// its page (`styleSheet`, when given, goes into a <style> element of the head; the reader sets
// its own as the document's default style sheet). Strings are translated in the context
// "offprint::render::ArticleHtml"; dates follow the default QLocale.
QString articleHtml(const Article &article, const QString &styleSheet = {});

// The header alone (for tests and exports that lay out their own page).
QString headerHtml(const Article &article);

} // namespace offprint::render
