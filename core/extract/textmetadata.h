#pragma once

#include <QString>
#include <QStringList>

// Metadata found in text rather than in the page's structure: titles without their site part,
// bylines and sources written in the text, the language, and site names.
namespace offprint::extract {

// "<article title> - 新浪科技" → "<article title>" (readability's separator rules, with "_" and
// CJK word counts). `h1s` are the page's <h1>/<h2> texts used to confirm "a: b" titles.
QString cleanTitle(const QString &rawTitle, const QStringList &headings, QString *removedSuffix = nullptr);

// Author written in text: "作者：张三", "文/李四", "（记者 王五）", "By Jane Doe" (that one only when
// `english` allows: inside an article "By Friday, …" would read as a name). Empty when none.
enum class EnglishBylines { Allowed, Ignored };
QString findBylineInText(const QString &text, EnglishBylines english = EnglishBylines::Allowed);
// "来源：新浪科技" → "新浪科技".
QString findSourceInText(const QString &text);

// The name to show for a site known only by an address: "https://www.hawaiinewsnow.com/…" or
// "www.example.org" → "hawaiinewsnow.com", "example.org". Anything else is returned simplified.
QString siteNameOf(const QString &nameOrAddress);


// Words of a title for the cleaning rules: Latin words, and a Chinese character as half a word.
double wordCount(const QString &text);

} // namespace offprint::extract
