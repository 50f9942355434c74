#pragma once

#include <QDateTime>
#include <QString>

namespace offprint::import {

// Chrome/IE "Mark of the Web": <!-- saved from url=(0044)https://… -->. Empty when absent.
QString savedFromUrl(const QString &html);

// The URL a page declares for itself in its head: <link rel=canonical>, else <meta property=og:url>.
// Used as the base for relative links of pages that carry no saver comment (HTML only).
QString declaredPageUrl(const QString &html);
// "&amp;", "&#38;", "&#x26;" … in an attribute value read without an HTML parser.
QString decodeCharacterReferences(const QString &value);

struct SingleFileHeader
{
    bool found = false;
    QString url;
    QDateTime saved; // invalid when the "saved date" line is missing or unreadable
};
// SingleFile's comment ("Page saved with SingleFile / url: … / saved date: …").
SingleFileHeader singleFileHeader(const QString &html);

// Parses the JavaScript Date.toString() prefix "Www Mmm DD YYYY HH:MM:SS GMT±hhmm"; whatever
// follows (the localised zone name) is ignored. Invalid when the prefix does not match.
QDateTime parseJsDate(const QString &text);

// SingleFile groups duplicate images: the <img> gets a placeholder SVG src and
// style="background-image: var(--sf-img-N)", and --sf-img-N is defined once in a <style>.
// Rewrites such <img> tags to carry the real data: URI as src. Returns the number rewritten.
int resolveSingleFileImages(QString &html);

} // namespace offprint::import
