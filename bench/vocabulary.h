#pragma once

#include <QStringList>

namespace offprint::bench {

const QStringList &chineseWords();
const QStringList &chineseNames();
const QStringList &englishWords();
const QStringList &englishNames();
const QStringList &siteNames();
const QStringList &tagNames();

} // namespace offprint::bench
