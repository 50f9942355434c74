#include "import/savecomplete.h"

#include "import/formatdetect.h"

#include <QFile>
#include <QRegularExpression>

namespace offprint::import {

namespace {

constexpr qint64 kEdgeBytes = 64 * 1024;

quint64 bigEndian(const QByteArray &bytes, qsizetype at, int width)
{
    quint64 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

// A binary property list ends with a 32-byte trailer that locates its offset table, which must end
// exactly where the trailer starts.
bool binaryPlistComplete(const QByteArray &tail, qint64 fileSize)
{
    if (tail.size() < 32)
        return false;
    const qsizetype t = tail.size() - 32;
    const int offsetSize = quint8(tail.at(t + 6));
    const quint64 objects = bigEndian(tail, t + 8, 8);
    const quint64 tableOffset = bigEndian(tail, t + 24, 8);
    if (offsetSize < 1 || offsetSize > 8 || objects == 0 || objects > quint64(fileSize))
        return false;
    return tableOffset + objects * quint64(offsetSize) + 32 == quint64(fileSize);
}

QByteArray mimeBoundary(const QByteArray &head)
{
    static const QRegularExpression boundary(QStringLiteral("boundary\\s*=\\s*\"?([^\"\\r\\n;]+)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const auto match = boundary.match(QString::fromLatin1(head));
    return match.hasMatch() ? match.captured(1).trimmed().toLatin1() : QByteArray();
}

} // namespace

bool isPartialDownloadName(const QString &fileName)
{
    static const QStringList suffixes = {QStringLiteral(".part"), QStringLiteral(".crdownload"),
                                         QStringLiteral(".download"), QStringLiteral(".tmp"),
                                         QStringLiteral(".partial"), QStringLiteral(".opdownload")};
    for (const QString &suffix : suffixes)
        if (fileName.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    return fileName.startsWith(QLatin1String(".~")) || fileName.endsWith(QLatin1Char('~'));
}

SaveState saveState(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return SaveState::Unreadable;
    const qint64 size = file.size();
    const QByteArray head = file.read(kEdgeBytes);
    QByteArray tail = head;
    if (size > kEdgeBytes) {
        if (!file.seek(size - kEdgeBytes))
            return SaveState::Unreadable;
        tail = file.read(kEdgeBytes);
    }
    switch (detectFormat(head, path)) {
    case Format::Html:
    case Format::Complete:
    case Format::SingleFile: {
        // Case-insensitive search near the end only: a finished page may carry trailing comments
        // (SingleFile's, a saved-from note) after </html>.
        const QByteArray lower = tail.toLower();
        return lower.contains("</html") || lower.contains("</body") ? SaveState::Complete : SaveState::Incomplete;
    }
    case Format::Mhtml: {
        const QByteArray boundary = mimeBoundary(head);
        if (boundary.isEmpty())
            return SaveState::Complete; // the reader reports the broken file
        return tail.contains("--" + boundary + "--") ? SaveState::Complete : SaveState::Incomplete;
    }
    case Format::WebArchive:
        if (head.startsWith("bplist"))
            return binaryPlistComplete(tail, size) ? SaveState::Complete : SaveState::Incomplete;
        return tail.contains("</plist>") ? SaveState::Complete : SaveState::Incomplete;
    default:
        return SaveState::Complete;
    }
}

} // namespace offprint::import
