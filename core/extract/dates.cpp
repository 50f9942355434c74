#include "extract/dates.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace offprint::extract {

namespace {

int monthFromName(const QString &name)
{
    static const char *kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(kMonths[i]))
            return i + 1;
    }
    return 0;
}

QDateTime make(int y, int mo, int d, int h, int mi, int s, const QString &offset)
{
    if (y < 1990 || y > 2100)
        return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, s);
    if (!date.isValid() || !time.isValid())
        return {};
    if (!offset.isEmpty()) {
        if (offset == QLatin1String("Z") || offset == QLatin1String("z"))
            return QDateTime(date, time, QTimeZone::utc());
        static const QRegularExpression off(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})?$"));
        const auto m = off.match(offset);
        if (m.hasMatch()) {
            const int secs = (m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60)
                * (m.captured(1) == QLatin1String("-") ? -1 : 1);
            return QDateTime(date, time, QTimeZone(secs));
        }
    }
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace

QDateTime parseMachineDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral(
        "^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*"
        "(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?"));
    auto m = iso.match(text);
    if (m.hasMatch()) {
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                    m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7));
    }
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?$"));
    m = compact.match(text);
    if (m.hasMatch()) {
        return make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                    m.captured(5).toInt(), m.captured(6).toInt(), QString());
    }
    static const QRegularExpression epoch(QStringLiteral("^\\d{10}(\\d{3})?$"));
    if (epoch.match(text).hasMatch()) {
        const qint64 v = text.toLongLong();
        const QDateTime dt = text.size() == 13 ? QDateTime::fromMSecsSinceEpoch(v, QTimeZone::utc())
                                               : QDateTime::fromSecsSinceEpoch(v, QTimeZone::utc());
        return dt.date().year() >= 1990 && dt.date().year() <= 2100 ? dt : QDateTime();
    }
    QDateTime rfc = QDateTime::fromString(text, Qt::RFC2822Date);
    if (rfc.isValid())
        return rfc;
    return findDateInText(text);
}

QDateTime findDateInText(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral(
        "(?<!\\d)((?:19|20)\\d{2})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})(?!\\d)\\s*日?"
        "(?:\\s*(?:日|星期.|周.|[(（][^)）]{1,6}[)）])?\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{2})(?:\\s*[:：分]\\s*(\\d{2}))?)?"
        "(?:\\s*(Z|[+-]\\d{2}:?\\d{2}))?"));
    static const QRegularExpression monthFirst(QStringLiteral(
        "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
        "((?:19|20)\\d{2})\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(QStringLiteral(
        "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+"
        "((?:19|20)\\d{2})\\b"), QRegularExpression::CaseInsensitiveOption);
    struct Hit { qsizetype pos; QDateTime dt; };
    Hit best{-1, {}};
    auto consider = [&](qsizetype pos, const QDateTime &dt) {
        if (dt.isValid() && (best.pos < 0 || pos < best.pos))
            best = {pos, dt};
    };
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QDateTime dt = make(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                                  m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7));
        if (dt.isValid()) {
            consider(m.capturedStart(), dt);
            break;
        }
    }
    auto m = monthFirst.match(text);
    if (m.hasMatch())
        consider(m.capturedStart(), make(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt(),
                                         0, 0, 0, QString()));
    m = dayFirst.match(text);
    if (m.hasMatch())
        consider(m.capturedStart(), make(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt(),
                                         0, 0, 0, QString()));
    return best.dt;
}

} // namespace offprint::extract
