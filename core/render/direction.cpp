#include "render/direction.h"

#include <QChar>
#include <QStringList>

namespace offprint::render {

Direction firstStrongDirection(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        }
        switch (QChar::direction(c)) {
        case QChar::DirL:
            return Direction::LeftToRight;
        case QChar::DirR: case QChar::DirAL:
            return Direction::RightToLeft;
        default:
            break;
        }
    }
    return Direction::Neutral;
}

bool hasRightToLeft(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar::Direction d = text.at(i).direction();
        if (d == QChar::DirR || d == QChar::DirAL)
            return true;
        // Astral right-to-left scripts (Adlam, old Semitic scripts) are rare enough that the
        // first-strong test decides for them.
    }
    return false;
}

bool isRightToLeftLanguage(const QString &language)
{
    const QString primary = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    static const QStringList rtl = {QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("iw"), QStringLiteral("fa"),
                                    QStringLiteral("ur"), QStringLiteral("yi"), QStringLiteral("ps"), QStringLiteral("sd"),
                                    QStringLiteral("ug"), QStringLiteral("dv"), QStringLiteral("ckb")};
    return rtl.contains(primary);
}

} // namespace offprint::render
