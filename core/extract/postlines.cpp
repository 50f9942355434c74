#include "extract/postlines.h"

#include "extract/dates.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <iterator>

namespace offprint::extract {

namespace {

// A poster's name as forums print it: a user name of Latin letters, digits and ._- (not an attribute
// left in the text, "size=…"), or two to eight Han characters. PCRE2 matches \p{Han} by script
// extensions, which include punctuation such as 、, hence the letter check.
#define OFFPRINT_HAN "(?:(?=\\p{L})\\p{Han})"
#define OFFPRINT_USER "(" OFFPRINT_HAN "{2,8}|[A-Za-z][A-Za-z0-9_.-]{1,19}(?![A-Za-z0-9_.=\"'-]))"

// Words that stand where a name would and are not one: "本文发表于…", "此贴由…".
bool isStopWord(const QString &word)
{
    static const QRegularExpression stop(QStringLiteral(
        "^(?:本文|文章|此文|该文|原文|帖子|此贴|本帖|本贴|日志|评论|回复|楼主|作者|网友|用户|已|我|他|她|the|this|it|admin)$"),
        QRegularExpression::CaseInsensitiveOption);
    return stop.match(word).hasMatch();
}

} // namespace

QString findPosterInText(const QString &text, PosterLines lines)
{
    static const QRegularExpression forms[] = {
        // "ggjjzhzz 发表于 2005-9-15", "海姑娘写于2005年3月16日": the name stands alone before the verb.
        QRegularExpression(QStringLiteral("(?:^|(?<=[\\s|｜/\\]】>]))" OFFPRINT_USER
                                          "\\s*(?:发表于|发表在|发布于|发帖于|写于|发表时间)")),
        // "本贴由 大卫 于2005年8月12日", "此文由 amy 发表": only after what names a post ("由于我现在…",
        // "由档案所在…" are sentences).
        QRegularExpression(QStringLiteral("(?:贴|帖|文|稿|篇|图)由\\s*" OFFPRINT_USER "\\s*(?:于|在|发表|发布)")),
        // Labels that name the poster: "发表人：…", "楼主：…", "发信人: …".
        QRegularExpression(QStringLiteral("(?:发表人|发帖人|发布人|楼主|博主|帖主|发信人|作者)\\s*[:：]\\s*" OFFPRINT_USER)),
        // "… 22:11:42 by 眉间尺": a name right after a post time.
        QRegularExpression(QStringLiteral("\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?(?:\\s*[AaPp][Mm])?\\s*by\\s+" OFFPRINT_USER)),
        // "2004年7月16日08:19 [ 黄宇 ]": a reporter's name in brackets after the time.
        QRegularExpression(QStringLiteral("\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?\\s*[\\[【]\\s*(" OFFPRINT_HAN
                                          "{2,4})\\s*[\\]】]")),
        // "Posted by Jane Doe", "posted by jdoe at 10:02".
        QRegularExpression(QStringLiteral("(?i:posted|written|submitted)\\s+(?i:by)\\s+([A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,3}"
                                          "|[a-z][a-z0-9_.-]{1,19}(?![A-Za-z0-9_.=\"'-])|" OFFPRINT_HAN "{2,8})")),
    };
    // In running text only the two forms that end in the post's date count: "… 发表于 2005-9-15",
    // "本贴由 X 于2005年…" (a sentence may say "鲁迅写于…" without a date after it).
    const size_t formCount = lines == PosterLines::Dated ? 2 : std::size(forms);
    static const QRegularExpression dateNext(QStringLiteral("^\\s*(?:19|20)\\d{2}\\s*[-/.年]"));
    qsizetype bestPos = -1;
    QString best;
    for (size_t f = 0; f < formCount; ++f) {
        for (auto it = forms[f].globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (bestPos >= 0 && m.capturedStart() >= bestPos)
                break;
            const QString name = m.captured(1).trimmed();
            if (isStopWord(name))
                continue;
            if (lines == PosterLines::Dated && !dateNext.match(text.mid(m.capturedEnd(), 16)).hasMatch())
                continue;
            bestPos = m.capturedStart();
            best = name;
            break;
        }
    }
    return best;
}
#undef OFFPRINT_USER
#undef OFFPRINT_HAN

QDateTime findLabelledDate(const QString &text)
{
    static const QRegularExpression label(QStringLiteral(
        "(?:发表于|发表在|发表时间|发布时间|发布日期|发布于|发帖时间|写于|更新时间|时间|日期|posted\\s+on|posted|"
        "published\\s+on|published|updated\\s+on|updated)\\s*[:：]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirstNumeric(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?!\\d)"));
    static const QRegularExpression startsLikeDate(QStringLiteral("^(?:\\d|[A-Za-z]{3})"));
    for (auto it = label.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString after = text.mid(m.capturedEnd(), 40);
        if (!startsLikeDate.match(after).hasMatch())
            continue;
        if (const auto us = monthFirstNumeric.match(after); us.hasMatch()) {
            const QDate d(us.captured(3).toInt(), us.captured(1).toInt(), us.captured(2).toInt());
            if (d.isValid())
                return QDateTime(d, QTime(0, 0), QTimeZone::utc());
        }
        if (const QDateTime dt = findDateInText(after); dt.isValid())
            return dt;
    }
    return {};
}

QDateTime dateFromUrl(const QString &url)
{
    const QString path = QUrl(url).path();
    static const QRegularExpression dated(QStringLiteral(
        "/((?:19|20)\\d{2})(?:/|-|_)(\\d{1,2})(?:/|-|_)(\\d{1,2})(?=[/._-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/._-])"));
    const auto m = dated.match(path);
    if (!m.hasMatch())
        return {};
    const bool split = !m.captured(1).isEmpty();
    const QDate d(m.captured(split ? 1 : 4).toInt(), m.captured(split ? 2 : 5).toInt(),
                  m.captured(split ? 3 : 6).toInt());
    if (!d.isValid() || d.year() < 1990 || d > QDate::currentDate().addDays(2))
        return {};
    return QDateTime(d, QTime(0, 0), QTimeZone::utc());
}

bool isOrganisationName(const QString &name, const QString &source)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return false;
    if (!source.isEmpty() && n.compare(source.simplified(), Qt::CaseInsensitive) == 0)
        return true;
    static const QRegularExpression organisation(QStringLiteral(
        "\\p{Han}(?:网|网络|网站|频道|新闻|日报|晚报|早报|时报|周刊|杂志|报社|报|社|电视台|电台|中心|公司|集团|科技|"
        "论坛|博客|社区|编辑部|工作室|在线|官方|版通)$"));
    return organisation.match(n).hasMatch();
}

} // namespace offprint::extract
