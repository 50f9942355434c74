#pragma once

#include "readers/exportrecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// Small pieces shared by the link-only formats (Pocket, Instapaper, bookmarks).
namespace offprint::readers {

// A Unix time as these exports write it: seconds (milliseconds or microseconds are recognised by
// their size). Invalid for empty, non-numeric, zero or negative values.
QDateTime epochTime(const QString &value);

// Tags split on `separator`, trimmed, empty ones and repeats (case-insensitively) dropped.
QStringList splitTags(const QString &value, QChar separator);

// Appends the tags not already present (case-insensitively).
void addTags(QStringList &tags, const QStringList &more);

// Why `url` cannot be a link entry (empty when it can): only http(s) addresses are.
QString unusableUrlReason(const QString &url);

// The file name shown in origins ("pocket.csv: line 12").
QString originName(const QString &path);

} // namespace offprint::readers
