#pragma once

#include <QStringList>

namespace offprint::bench {

// Content words carry an article's topic; function words are everywhere (的, 了, the, of).
const QStringList &chineseContentWords();
const QStringList &chineseFunctionWords();
const QStringList &chineseNames();
const QStringList &englishContentWords();
const QStringList &englishFunctionWords();
const QStringList &englishNames();
const QStringList &siteNames();
const QStringList &tagNames();

} // namespace offprint::bench
