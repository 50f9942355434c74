#pragma once

#include "domain/article.h"

#include <QDateTime>
#include <QStringList>

// Article values for the storage tests: every field filled, so that round trips check them all.
namespace storagefixtures {

offprint::Article makeArticle(const QString &title, const QString &site, const QDateTime &saved,
                              const QStringList &tags = {});
// 2024-03-<d> 09:30 UTC.
QDateTime day(int d);

} // namespace storagefixtures
