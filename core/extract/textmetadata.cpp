#include "extract/textmetadata.h"

#include "extract/hints.h"

#include <QRegularExpression>
#include <QUrl>

namespace offprint::extract {

namespace {

// Mostly Chinese/Japanese letters (a third or more of the letters are CJK).
bool mostlyCjk(const QString &s)
{
    int cjk = 0;
    int letters = 0;
    for (QChar c : s) {
        cjk += isCjk(c.unicode()) ? 1 : 0;
        letters += c.isLetter() ? 1 : 0;
    }
    return cjk * 3 > letters;
}

} // namespace

double wordCount(const QString &s)
{
    int cjk = 0;
    for (QChar c : s) {
        if (isCjk(c.unicode()))
            ++cjk;
    }
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{Han}]+"));
    const int words = int(s.split(separators, Qt::SkipEmptyParts).size());
    return words + cjk / 2.0;
}

QString cleanTitle(const QString &rawTitle, const QStringList &headings, QString *removedSuffix)
{
    QString orig = rawTitle.simplified();
    // Chinese portals also append their name with a bare hyphen or two: "标题“引语”-搜狐财经",
    // "…融资-36氪", "…(图)--雅虎新闻". Spaced, it takes the same path as " - ". Only a short name with Han
    // in it, after Han text or closing punctuation: a hyphen inside Latin words ("GPT-4") or an em dash
    // between two halves of a title is left alone.
    static const QRegularExpression bareHyphenSite(QStringLiteral(
        "^(.{4,}[\\p{Han}\\p{Pe}\\p{Pf}])-{1,2}((?=[A-Za-z0-9]*\\p{Han})[\\p{Han}A-Za-z0-9]{2,10})$"));
    if (const auto bare = bareHyphenSite.match(orig); bare.hasMatch())
        orig = bare.captured(1) + QStringLiteral(" - ") + bare.captured(2);
    QString cur = orig;
    bool hierarchical = false;
    const bool cjkTitle = mostlyCjk(orig);
    // Shortest title kept after removing a site part: readability's four words for Latin titles; for
    // Chinese, three characters (a name such as 海姑娘 is a title; every character counts half a word).
    const auto minimumWords = [](const QString &title) { return mostlyCjk(title) ? 1.5 : 4.5; };
    static const QRegularExpression sep(QStringLiteral("\\s[\\|\\-–—\\\\/>»]\\s|_|｜"));
    static const QRegularExpression lastPart(QStringLiteral("^(.*)(?:\\s[\\|\\-–—\\\\/>»]\\s|_|｜)(.*)$"));
    static const QRegularExpression firstPart(QStringLiteral("^(.*?)(?:\\s[\\|\\-–—\\\\/>»]\\s|_|｜)(.*)$"));
    if (sep.match(orig).hasMatch()) {
        static const QRegularExpression hierarchy(QStringLiteral("\\s[\\\\/>»]\\s"));
        hierarchical = hierarchy.match(orig).hasMatch();
        const auto m = lastPart.match(orig);
        cur = m.captured(1).trimmed();
        QString suffix = m.captured(2).trimmed();
        // Chinese portals chain sections: "标题_科技_新浪网": strip every short trailing "_" part.
        static const QRegularExpression underscorePart(QStringLiteral("^(.*)\\s*_\\s*([^_]*)$"));
        for (;;) {
            const auto again = cjkTitle ? lastPart.match(cur) : underscorePart.match(cur);
            if (!again.hasMatch() || wordCount(again.captured(2)) > 6 || wordCount(again.captured(1)) < 3)
                break;
            cur = again.captured(1).trimmed(); // the outermost part (the site) stays the suffix
        }
        // A short first part is the site ("Blog | A long title…", "多维博客 » 标题…"). A Chinese one is kept
        // when it is as long as what follows it ("海姑娘 | blog.wenxuecity.com"), and only a long Chinese
        // rest is taken for the title ("首页_新浪网" is neither: the whole title stays, below).
        const bool cjkFirst = mostlyCjk(cur);
        const bool keepFirst = cjkFirst && wordCount(cur) >= minimumWords(cur) && wordCount(cur) >= wordCount(suffix);
        if (wordCount(cur) < 3 && !keepFirst && (!cjkFirst || wordCount(suffix) >= 3)) {
            const auto f = firstPart.match(orig);
            suffix = f.captured(1).trimmed();
            cur = f.captured(2).trimmed();
        }
        // The site is the last name of a composed suffix: "qt model view-CSDN博客" → "CSDN博客".
        static const QRegularExpression lastName(
            QStringLiteral("[-–—]\\s*((?=[A-Za-z0-9]*\\p{Han})[\\p{Han}A-Za-z0-9]{2,10})$"));
        if (const auto name = lastName.match(suffix); name.hasMatch())
            suffix = name.captured(1);
        if (removedSuffix)
            *removedSuffix = suffix;
    } else if (orig.contains(QLatin1String(": "))) {
        bool matchesHeading = false;
        for (const QString &h : headings) {
            if (h.simplified() == orig)
                matchesHeading = true;
        }
        if (!matchesHeading) {
            cur = orig.mid(orig.lastIndexOf(QLatin1Char(':')) + 1).trimmed();
            if (wordCount(cur) < 3)
                cur = orig.mid(orig.indexOf(QLatin1Char(':')) + 1).trimmed();
            else if (wordCount(orig.left(orig.indexOf(QLatin1Char(':')))) > 5)
                cur = orig;
        }
    } else if ((orig.size() > 150 || orig.size() < 15) && headings.size() == 1) {
        cur = headings.front().simplified();
    }
    const double curWords = wordCount(cur);
    static const QRegularExpression sepChars(QStringLiteral("[\\|\\-–—\\\\/>»_]+"));
    QString stripped = orig;
    stripped.remove(sepChars);
    if (curWords < minimumWords(cur) && (!hierarchical || curWords != wordCount(stripped) - 1)) {
        // Too short to be the article's title: the page title as a whole is safer.
        if (removedSuffix)
            removedSuffix->clear();
        cur = rawTitle.simplified();
    }
    return cur;
}

QString findBylineInText(const QString &text, EnglishBylines englishBylines)
{
    // Chinese names are two to four characters not followed by more Han text (a sentence is not a
    // name: "记者：首先欢迎你…" is an interview question); a middle dot joins transliterated ones. Latin
    // names start with a capital ("作者： size=…" is markup, not a person). Several authors are joined
    // with 、 or ，.
    // A Han letter: PCRE2 matches \p{Han} by script extensions, which include punctuation such as 、.
#define OFFPRINT_HAN "(?:(?=\\p{L})\\p{Han})"
#define OFFPRINT_NAME "(?:" OFFPRINT_HAN "{2,4}(?!" OFFPRINT_HAN "|·)|" OFFPRINT_HAN "{1,6}·[\\p{L}·]{1,10}" \
                      "|[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,3})"
    static const QRegularExpression chinese(QStringLiteral(
        "(?:作者|撰文|记者|文|编译|撰稿)\\s*[:：/／]\\s*(" OFFPRINT_NAME "(?:[、,，]\\s*" OFFPRINT_NAME "){0,3})"));
    // News bylines without a colon: "（记者 蔡雪婧）", "本报记者 王燕平 李明 报道". The space after the
    // title and a delimiter after the names (bracket, line end, 报道/发自) keep sentences out ("记者了解到…"
    // has no space; "记者 看到这里，…" has no delimiter after a name; a date after the names is one); "记者 惠禾
    // 摄" credits a photo.
#define OFFPRINT_NOT_NAME "报道|发自|通讯员|记者|摄"
    static const QRegularExpression spaced(QStringLiteral(
        "(?:记者|作者|撰文|撰稿|通讯员)[ \\t\\x{3000}]+(?!" OFFPRINT_NOT_NAME ")(" OFFPRINT_HAN "{2,4}(?:[ \\t\\x{3000}、,，]+(?!"
        OFFPRINT_NOT_NAME ")" OFFPRINT_HAN "{2,4}){0,3})(?=[ \\t\\x{3000}]*(?:[)）\\]】\\n]|$|报道|发自|通讯员|记者|\\d))"));
    // Names written straight after 记者 ("本报记者罗科发自北京", "（记者张三报道）"): only where a reporter's
    // title starts (本报, 特约, 实习, 驻…, 新华社, a bracket or a line) and 发自/报道 ends the name, so that
    // "记者了解到" or "本报记者采访时报道了…" stay sentences.
    static const QRegularExpression unspaced(QStringLiteral(
        "(?:本报|特约|实习|驻\\S{1,6}|社|[（(]|^|\\n)记者(?!" OFFPRINT_NOT_NAME ")(" OFFPRINT_HAN "{2,4}?)(?:发自|报道(?![了称说时]))"));
#undef OFFPRINT_NOT_NAME
#undef OFFPRINT_NAME
#undef OFFPRINT_HAN
    static const QRegularExpression english(QStringLiteral(
        "(?:^|\\n)[ \\t]*By[ \\t]+([A-Z][\\w.'’-]+(?:[ \\t]+(?:[A-Z][\\w.'’-]+|de|van|von|and|&)){0,4})"));
    auto c = chinese.match(text);
    for (const QRegularExpression *form : {&spaced, &unspaced}) {
        const auto b = form->match(text);
        if (b.hasMatch() && (!c.hasMatch() || b.capturedStart() < c.capturedStart()))
            c = b;
    }
    const auto e = englishBylines == EnglishBylines::Allowed ? english.match(text) : QRegularExpressionMatch();
    if (c.hasMatch() && (!e.hasMatch() || c.capturedStart() < e.capturedStart())) {
        // Several names: separated by 、 whatever the page used.
        static const QRegularExpression separators(QStringLiteral("[ \\t\\x{3000}、,，]+"));
        return c.captured(1).trimmed().replace(separators, QStringLiteral("、"));
    }
    if (e.hasMatch())
        return e.captured(1).trimmed();
    return {};
}

QString findSourceInText(const QString &text)
{
    static const QRegularExpression source(QStringLiteral("(?:来源|来自|出处)\\s*[:：]\\s*([^\\s　,，。；;|()（）:：]{2,20})"));
    const auto m = source.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString siteNameOf(const QString &nameOrAddress)
{
    QString name = nameOrAddress.simplified();
    // Markup is not a name: an attribute (`size="20"`) or a tag left in a value by a broken page.
    static const QRegularExpression markup(QStringLiteral("^[A-Za-z-]+=\\S*$|[<>]|=\\s*[\"']"));
    if (markup.match(name).hasMatch())
        return QString();
    const bool address = name.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                         || name.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (address) {
        const QString host = QUrl(name).host();
        if (host.isEmpty())
            return name;
        name = host;
    }
    // A bare host name ("www.example.org", no spaces): without the "www." that every site has.
    if ((address || !name.contains(QLatin1Char(' '))) && name.startsWith(QLatin1String("www."), Qt::CaseInsensitive)
        && name.indexOf(QLatin1Char('.'), 4) > 4)
        name = name.mid(4);
    return name;
}

} // namespace offprint::extract
