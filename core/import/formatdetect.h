#pragma once

#include "import/savedpage.h"

#include <QByteArray>
#include <QString>

namespace offprint::import {

// Decides the format of a saved file by its content (the extension only breaks ties, e.g. for
// Markdown). `head` is the start of the file; 64 KB is plenty.
Format detectFormat(const QByteArray &head, const QString &path);

// Why a file of this format cannot be imported (empty for importable formats).
QString unsupportedReason(Format format);
// The same reason as an error form (context "offprint::Error", no placeholders); null for
// importable formats.
const char *unsupportedReasonForm(Format format);

} // namespace offprint::import
