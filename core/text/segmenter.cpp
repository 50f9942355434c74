// TEMPORARY STUB (replaced by the search work): splits on white space.
#include "text/segmenter.h"

namespace offprint::text {

QStringList segmentWords(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace offprint::text
