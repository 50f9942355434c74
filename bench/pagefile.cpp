#include "pagefile.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

QByteArray readPageAsUtf8(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QByteArray head = bytes.left(4096);
    static const QRegularExpression charset(QStringLiteral("(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString name = charset.match(QString::fromLatin1(head)).captured(1).toLower();
    // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page claims (pages re-saved by tools).
    if (isValidUtf8(bytes))
        return bytes;
    if (name == QLatin1String("utf-8") || name == QLatin1String("utf8")) {
        if (isValidUtf8(bytes))
            return bytes;
    }
    if (name == QLatin1String("gbk") || name == QLatin1String("gb2312") || name == QLatin1String("x-gbk"))
        name = QStringLiteral("GB18030");
    if (!name.isEmpty() && !QStringDecoder(name.toLatin1().constData()).isValid())
        name.clear();
    if (name.isEmpty() || name.startsWith(QLatin1String("utf"))) {
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        const QString s = gb.decode(bytes);
        name = isValidUtf8(bytes) ? QStringLiteral("UTF-8")
                                  : (!gb.hasError() ? QStringLiteral("GB18030") : QStringLiteral("windows-1252"));
    }
    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(bytes).operator QString().toUtf8();
}
