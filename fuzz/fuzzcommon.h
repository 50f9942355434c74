#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstddef>
#include <iterator>
#include <cstdint>

// Shared by the fuzz targets: silence Qt's diagnostics (warnings about odd input are expected and
// would drown libFuzzer's output) and wrap the input without copying.
namespace offprint::fuzz {

inline void quietMessages(QtMsgType, const QMessageLogContext &, const QString &) {}

inline void init()
{
    static const bool once = [] {
        qInstallMessageHandler(quietMessages);
        return true;
    }();
    (void)once;
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace offprint::fuzz
