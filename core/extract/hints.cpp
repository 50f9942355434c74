#include "extract/hints.h"

#include <QHash>
#include <QRegularExpression>

namespace offprint::extract {

namespace {

const QRegularExpression &re(const char *pattern)
{
    // Each call site passes a literal, so one static per pattern via the map below.
    static thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        it = cache.insert(pattern, QRegularExpression(QString::fromUtf8(pattern),
                                                      QRegularExpression::CaseInsensitiveOption
                                                          | QRegularExpression::UseUnicodePropertiesOption));
        it->optimize();
    }
    return *it;
}

// Positive words must start a class token ("sbody" is not "body"), or be a known compound.
constexpr const char *kPositive =
    "(?:^|[\\s_-])(?:article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail)|"
    "(?:news|story|main|post|article|entry|page|art|blog|arc|con)[_-]?(?:body|content|text|txt|detail)|"
    "artibody|endtext|zhengwen|(?:^|[\\s_-])zw(?:$|[\\s_-])|rich_media";
constexpr const char *kNegative =
    "-ad-|(?:^|[\\s_-])(?:ads?|advert\\w*|guanggao)(?:$|[\\s_-])|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|"
    "masthead|media|meta|outbrain|promo|related|relate|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
    "shopping|tags|widget|newsletter|subscribe|cookie|consent|recommend|breadcrumb|toolbar|copyright|nav|"
    "pinglun|xgwz|xiangguan|hotnews|rank|login|signup|popup|modal|taboola|slideshow|carousel|gallery";
constexpr const char *kUnlikely =
    "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|"
    "menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
    "pagination|pager|popup|yom-remote|newsletter|cookie|consent|share|pinglun|xgwz|taboola|outbrain|tooltip|popover|"
    "hovercard|rollover";
constexpr const char *kMaybe = "and|article|body|column|content|main|mathjax|shadow|artibody|endtext|zhengwen";

} // namespace

int classHint(const html::Node &element)
{
    const QString ci = element.classAndId();
    if (ci.isEmpty())
        return 0;
    int hint = 0;
    if (re(kNegative).match(ci).hasMatch())
        --hint;
    if (re(kPositive).match(ci).hasMatch())
        ++hint;
    return hint;
}

bool isUnlikelyCandidate(const html::Node &element, bool holdsMarkedArticle)
{
    using html::Tag;
    const Tag tag = element.tag();
    if (tag == Tag::Body || tag == Tag::Html || tag == Tag::A || tag == Tag::Article || tag == Tag::Main)
        return false;
    if (tag == Tag::Nav)
        return true;
    if (element.hasAttribute("hidden"))
        return true;
    if (const char *style = element.attributeRaw("style")) {
        static const QRegularExpression hiddenStyle(QStringLiteral("display\\s*:\\s*none|visibility\\s*:\\s*hidden"),
                                                    QRegularExpression::CaseInsensitiveOption);
        if (hiddenStyle.match(QString::fromUtf8(style)).hasMatch())
            return true;
    }
    if (holdsMarkedArticle)
        return false; // its class and role name a wrapper, not what it holds
    const QString role = element.attribute("role").toLower();
    if (role == QLatin1String("menu") || role == QLatin1String("menubar") || role == QLatin1String("navigation")
        || role == QLatin1String("complementary") || role == QLatin1String("alert")
        || role == QLatin1String("alertdialog") || role == QLatin1String("dialog"))
        return true;
    const QString ci = element.classAndId();
    if (ci.isEmpty())
        return false;
    return re(kUnlikely).match(ci).hasMatch() && !re(kMaybe).match(ci).hasMatch();
}

bool looksLikeByline(const html::Node &element)
{
    const QString rel = element.attribute("rel");
    const QString itemprop = element.attribute("itemprop");
    if (rel == QLatin1String("author") || itemprop.contains(QLatin1String("author")))
        return true;
    const QString ci = element.classAndId();
    return !ci.isEmpty() && re("byline|author(?!iz|it)|dateline|writtenby|p-author").match(ci).hasMatch();
}

bool isBoilerplateText(const QString &t)
{
    static const char *kPattern =
        "^(?:本文地址|原文链接|原文地址|本文链接|转载请注明|文章来源地址|责任编辑|编辑[:：]|相关文章|相关阅读|推荐阅读|"
        "延伸阅读|热门推荐|更多精彩|扫描二维码|分享到|点击分享|关注我们|返回顶部|上一篇|下一篇)|"
        "这篇关于.{0,80}的文章就介绍到这|第\\s*\\d+\\s*页\\s*/\\s*共\\s*\\d+\\s*页|上一页.{0,20}下一页|"
        // A date with its source or "updated" note is metadata, kept in the header.
        "^(?:19|20)\\d{2}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s*(?:\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?)?\\s*"
        "(?:更新|发布)?\\s*(?:来源[:：].{0,30})?(?:发表评论)?$|"
        "^(?:发布|更新)时间[:：].{0,60}$|发送.{1,12}到\\d{3,}|"
        "纯属作者个人观点|不代表本(?:站|网|报)(?:观点|立场)|与本(?:站|网|论坛)无关|版权归原作者所有|"
        "希望.{0,40}(?:有所帮助|对大家有帮助)|更多.{0,40}请搜索.{0,40}以前的文章|"
        "^(?:share (?:this|on)|follow us|sign up for|subscribe to (?:our|the)|advertisement$|related (?:articles|"
        "stories|posts|content)|read more:?$|more from|you might also like|recommended for you|we use cookies|"
        "this (?:site|website) uses cookies|click here to|copyright ©|all rights reserved|see more:|don['’]t miss\\b|"
        "also read:|read more:|read next:|this (?:document|article|material) (?:is subject to|is protected by) copyright|"
        "citation:.{0,300}retrieved|"
        // Date lines ("Updated 1:39 am EST, Wednesday, November 20, 2019") are metadata, kept in the header.
        "(?:updated|published|posted|first published|last updated|last modified)(?: on| at)?:?\\s+.{0,40}\\d.{0,40}$|"
        "\\d+ comments?$|comments?$|image copyright\\b|"
        // Newsletter and subscription prompts.
        "(?:get|sign up for|subscribe to|join) (?:the|our)? ?(?:latest|free|daily|weekly)?.{0,60}(?:newsletter|inbox)|"
        ".{0,80}\\b(?:subscribe|sign up)\\b.{0,40}\\bnewsletters?\\b)";
    return re(kPattern).match(t).hasMatch();
}

bool isRelatedHeading(const QString &t)
{
    static const char *kPattern =
        "^(?:相关文章|相关阅读|推荐阅读|延伸阅读|相关推荐|热门文章|热门推荐|猜你喜欢|相关新闻|更多阅读|related(?: articles| stories| posts"
        "| content| reading| coverage)?|read (?:more|next|also)|more (?:stories|articles|from .{1,40})|"
        "you (?:may|might) also like|recommended(?: for you)?|popular(?: now| stories)?|trending|latest (?:news|stories))"
        "\\s*[:：]?$";
    return t.size() < 60 && re(kPattern).match(t).hasMatch();
}

QString lettersAndDigits(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

bool similarTitle(const QString &heading, const QString &title)
{
    const QString a = lettersAndDigits(heading);
    const QString b = lettersAndDigits(title);
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const qsizetype shorter = std::min(a.size(), b.size());
    const qsizetype longer = std::max(a.size(), b.size());
    return (a.contains(b) || b.contains(a)) && double(shorter) / double(longer) >= 0.75;
}

bool isCjk(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

bool isCommaLike(char16_t c)
{
    return c == u',' || c == u'，' || c == u'、';
}

bool isPunctuation(char16_t c)
{
    switch (c) {
    case u'，': case u'。': case u'！': case u'？': case u'；': case u'：': case u'“': case u'”': case u'、':
    case u',': case u'.': case u';': case u'!': case u'?': case u'"': case u'\'': case u'’': case u'‘':
        return true;
    default:
        return false;
    }
}

} // namespace offprint::extract
