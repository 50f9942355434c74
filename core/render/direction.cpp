#include "render/direction.h"

#include <QChar>

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

} // namespace offprint::render
