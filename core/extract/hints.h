#pragma once

#include "html/node.h"

#include <QString>

namespace offprint::extract {

// Class/id and text hints shared by candidate scoring and cleaning.

// +1 for a positive class/id hint (article, content, artibody, ...), -1 for a negative one
// (comment, share, sidebar, ...), 0 otherwise; positive and negative together cancel.
int classHint(const html::Node &element);

// Elements readability drops before scoring: navigation, comments, sidebars... unless the
// class also says "article"/"content"/"main". Also hidden elements and ARIA menus/dialogs. An element
// that holds the page's marked article body (holdsMarkedArticle) is dropped only when hidden.
bool isUnlikelyCandidate(const html::Node &element, bool holdsMarkedArticle = false);

// Byline containers (rel=author, itemprop=author, class "byline"/"author").
bool looksLikeByline(const html::Node &element);

// Short blocks that are never article text: share prompts, "related articles" headings, site
// closers ("这篇关于…的文章就介绍到这儿"), "本文地址:"/"原文链接:" lines, newsletter and cookie notices.
bool isBoilerplateText(const QString &collapsedText);
// Headings that introduce a list of links to other articles (相关文章, Related stories, ...).
bool isRelatedHeading(const QString &collapsedText);

// The letters and digits of a text, lowercased: what titles and headings are compared by.
QString lettersAndDigits(const QString &text);

// A heading that is the page's title: equal letters and digits, or one containing the other and at
// least three quarters as long.
bool similarTitle(const QString &heading, const QString &title);

// Character classes used for lengths and densities.
bool isCjk(char16_t c);
bool isCommaLike(char16_t c);     // , ， 、
bool isPunctuation(char16_t c);   // sentence punctuation, Chinese and Latin

} // namespace offprint::extract
