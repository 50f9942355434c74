#include "extract/metadata.h"

#include "extract/dates.h"
#include "extract/hints.h"

#include <QHash>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace offprint::extract {

using html::Node;
using html::Tag;

namespace {

struct JsonLd
{
    QString headline;
    QString name;
    QString author;
    QString published;
    QString publisher;
    QString image;
    QString url;
};

QString jsonString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("name")))
            return jsonString(o.value(QLatin1String("name")));
        if (o.contains(QLatin1String("url")))
            return jsonString(o.value(QLatin1String("url")));
    }
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &e : v.toArray()) {
            const QString s = jsonString(e);
            if (!s.isEmpty() && !parts.contains(s))
                parts << s;
        }
        return parts.join(QLatin1String(", "));
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression articleType(QStringLiteral(
        "^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
        "BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|"
        "ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|"
        "DiscussionForumPosting|TechArticle|APIReference|WebPage)$"));
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (isArticleType(t))
                return true;
        }
        return false;
    }
    return articleType.match(type.toString()).hasMatch();
}

void findArticleObject(const QJsonValue &v, QJsonObject &found, int depth)
{
    if (depth > 8 || !found.isEmpty())
        return;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            findArticleObject(e, found, depth + 1);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (isArticleType(o.value(QLatin1String("@type")))
        && (o.contains(QLatin1String("headline")) || o.contains(QLatin1String("name"))
            || o.contains(QLatin1String("datePublished")))) {
        found = o;
        return;
    }
    if (o.contains(QLatin1String("@graph")))
        findArticleObject(o.value(QLatin1String("@graph")), found, depth + 1);
    if (o.contains(QLatin1String("mainEntity")))
        findArticleObject(o.value(QLatin1String("mainEntity")), found, depth + 1);
}

void readJsonLd(const Node &script, JsonLd &out)
{
    QString text = script.textContent().trimmed();
    // CDATA wrappers and stray semicolons appear in the wild.
    text.remove(QRegularExpression(QStringLiteral("^\\s*(?://)?\\s*<!\\[CDATA\\[|\\]\\]>\\s*$")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (doc.isNull())
        return;
    QJsonObject article;
    findArticleObject(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), article, 0);
    if (article.isEmpty())
        return;
    const bool webPage = article.value(QLatin1String("@type")).toString() == QLatin1String("WebPage");
    if (out.headline.isEmpty() && out.name.isEmpty()) {
        out.headline = jsonString(article.value(QLatin1String("headline")));
        if (!webPage)
            out.name = jsonString(article.value(QLatin1String("name")));
    }
    if (out.author.isEmpty())
        out.author = jsonString(article.value(QLatin1String("author")));
    if (out.published.isEmpty())
        out.published = jsonString(article.value(QLatin1String("datePublished")));
    if (out.publisher.isEmpty())
        out.publisher = jsonString(article.value(QLatin1String("publisher")));
    if (out.image.isEmpty())
        out.image = jsonString(article.value(QLatin1String("image")));
    if (out.url.isEmpty())
        out.url = jsonString(article.value(QLatin1String("url")));
}

bool isOthersArea(const Node &n)
{
    if (n.is(Tag::Nav) || n.is(Tag::Footer))
        return true;
    if (n.is(Tag::Html) || n.is(Tag::Head) || n.is(Tag::Body) || n.is(Tag::Main) || n.is(Tag::Article))
        return false;
    static const QRegularExpression others(QStringLiteral(
        "comment|sidebar|related|footer|promo|share|social|sponsor|widget|recommend|popular|trending|newsletter|"
        "disqus|replies|rail"), QRegularExpression::CaseInsensitiveOption);
    const QString ci = n.classAndId();
    return !ci.isEmpty() && others.match(ci).hasMatch();
}

// The author part of a byline element: an explicit author/name child when there is one, and
// never the date that often shares the line.
QString bylineText(const Node &n)
{
    QString t = n.textContent().simplified();
    html::forEachDescendant(n, [&t](Node d) {
        if (!d.isElement())
            return false;
        const QString itemprop = d.attribute("itemprop");
        if (itemprop.contains(QLatin1String("name")) || itemprop.contains(QLatin1String("author"))
            || d.attribute("rel") == QLatin1String("author")) {
            const QString name = d.textContent().simplified();
            if (!name.isEmpty()) {
                t = name;
                return false;
            }
        }
        return true;
    }, 8);
    static const QRegularExpression dateStart(QStringLiteral(
        "\\s*(?:[|·•,]\\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d|"
        "\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:19|20)\\d{2}[-/.年]|(?:Updated|Published|Posted)\\b).*$"));
    t.remove(dateStart);
    // "（责任编辑：王芳）" names the editor, not the author.
    static const QRegularExpression editorFirst(QStringLiteral("^\\W*(?:责任编辑|编辑\\s*[:：]|edited by)|^\\W*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (editorFirst.match(t).hasMatch())
        return {};
    static const QRegularExpression editorAfter(QStringLiteral("\\s*(?:[|·•,(（]\\s*)?(?:责任编辑|编辑\\s*[:：]|edited by).*$"),
                                                QRegularExpression::CaseInsensitiveOption);
    t.remove(editorAfter);
    return t.trimmed();
}

// Share of b's words (by length) that also occur in a.
double textSimilarity(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList ta = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tb = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (ta.isEmpty() || tb.isEmpty())
        return 0;
    QStringList unique;
    for (const QString &t : tb) {
        if (!ta.contains(t))
            unique << t;
    }
    return 1 - double(unique.join(QLatin1Char(' ')).size()) / double(tb.join(QLatin1Char(' ')).size());
}

// Some sites put their own name in JSON-LD "name" and the article's in "headline" (or the other
// way round): take the one that matches the page title, else "name".
QString jsonLdTitle(const JsonLd &ld, const QString &pageTitle)
{
    if (!ld.name.isEmpty() && !ld.headline.isEmpty() && ld.name != ld.headline) {
        const bool nameMatches = textSimilarity(ld.name, pageTitle) > 0.75;
        const bool headlineMatches = textSimilarity(ld.headline, pageTitle) > 0.75;
        return headlineMatches && !nameMatches ? ld.headline : ld.name;
    }
    return !ld.name.isEmpty() ? ld.name : ld.headline;
}

double wordCount(const QString &s)
{
    int cjk = 0;
    for (QChar c : s) {
        if (isCjk(c.unicode()))
            ++cjk;
    }
    const int words = int(s.split(QRegularExpression(QStringLiteral("[\\s\\p{Han}]+")), Qt::SkipEmptyParts).size());
    return words + cjk / 2.0;
}

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

QString absolute(const QUrl &base, const QString &url)
{
    if (url.isEmpty() || base.isEmpty())
        return url;
    return base.resolved(QUrl(url)).toString(QUrl::FullyEncoded);
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"))
        || s.startsWith(QLatin1String("www."));
}

QString cleanAuthor(QString a)
{
    a = a.simplified();
    static const QRegularExpression byPrefix(QStringLiteral("^(?:by|written by|posted by|作者|文|撰文|记者)\\s*[:：/／]?\\s*"),
                                             QRegularExpression::CaseInsensitiveOption);
    a.remove(byPrefix);
    if (a.size() > 100 || looksLikeUrl(a))
        return {};
    return a;
}

} // namespace

QString cleanTitle(const QString &rawTitle, const QStringList &headings, QString *removedSuffix)
{
    QString orig = rawTitle.simplified();
    // Chinese portals also append their name with a bare hyphen: "标题“引语”-搜狐财经", "…融资-36氪". Spaced,
    // it takes the same path as " - ". Only a short name with Han in it, after Han text or closing
    // punctuation: a hyphen inside Latin words ("GPT-4") or an em dash between two halves of a title is
    // left alone.
    static const QRegularExpression bareHyphenSite(QStringLiteral(
        "^(.{4,}[\\p{Han}\\p{Pe}\\p{Pf}])-((?=[A-Za-z0-9]*\\p{Han})[\\p{Han}A-Za-z0-9]{2,10})$"));
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
        hierarchical = QRegularExpression(QStringLiteral("\\s[\\\\/>»]\\s")).match(orig).hasMatch();
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
    // has no space; "记者 看到这里，…" has no delimiter after a name); "记者 惠禾 摄" credits a photo.
#define OFFPRINT_NOT_NAME "报道|发自|通讯员|记者|摄"
    static const QRegularExpression spaced(QStringLiteral(
        "(?:记者|作者|撰文|撰稿|通讯员)[ \\t\\x{3000}]+(?!" OFFPRINT_NOT_NAME ")(" OFFPRINT_HAN "{2,4}(?:[ \\t\\x{3000}、,，]+(?!"
        OFFPRINT_NOT_NAME ")" OFFPRINT_HAN "{2,4}){0,3})(?=[ \\t\\x{3000}]*(?:[)）\\]】\\n]|$|报道|发自|通讯员|记者))"));
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

QString detectLanguage(const QString &text)
{
    int cjk = 0;
    int kana = 0;
    int hangul = 0;
    int latin = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x3040 && u <= 0x30FF)
            ++kana;
        else if (u >= 0xAC00 && u <= 0xD7AF)
            ++hangul;
        else if (isCjk(u))
            ++cjk;
        else if (c.isLetter())
            ++latin;
    }
    // A CJK character carries about a word: compare against words, not letters.
    const double latinWords = latin / 5.0;
    if (kana > 0 && kana * 5 > cjk && kana + cjk > latinWords)
        return QStringLiteral("ja");
    if (hangul > latinWords && hangul > cjk)
        return QStringLiteral("ko");
    if (cjk + kana > latinWords)
        return QStringLiteral("zh");
    return QStringLiteral("en");
}

ArticleMetadata readMetadata(const html::Document &doc, const QString &baseUrl)
{
    ArticleMetadata meta;
    QHash<QString, QString> values;
    QHash<QString, QString> propertyValues;
    JsonLd ld;
    QString titleText;
    QString canonical;
    QStringList headings;
    QString domAuthor;
    QString domDate;
    const Node root = doc.root();

    html::forEachDescendant(doc.document(), [&](Node n) {
        if (!n.isElement())
            return false;
        switch (n.tag()) {
        case Tag::Meta: {
            const QString content = n.attribute("content").trimmed();
            if (content.isEmpty())
                return false;
            QStringList keys;
            // property= wins over name= for the same key, as in Readability.
            const auto add = [&](QHash<QString, QString> &into, const QStringList &keys) {
                for (QString key : keys) {
                    key = key.trimmed().toLower();
                    key.replace(QLatin1Char('.'), QLatin1Char(':'));
                    if (!key.isEmpty() && !into.contains(key))
                        into.insert(key, content);
                }
            };
            add(propertyValues, n.attribute("property").split(QLatin1Char(' '), Qt::SkipEmptyParts));
            add(values, {n.attribute("name"), n.attribute("itemprop"), n.attribute("http-equiv")});
            return false;
        }
        case Tag::Title:
            if (titleText.isEmpty() && !n.parent().is(Tag::Svg))
                titleText = n.textContent().simplified();
            return false;
        case Tag::Link: {
            const QString rel = n.attribute("rel").toLower();
            if (rel.split(QLatin1Char(' ')).contains(QLatin1String("canonical")) && canonical.isEmpty())
                canonical = n.attribute("href").trimmed();
            return false;
        }
        case Tag::Script:
            if (n.attribute("type").trimmed().toLower() == QLatin1String("application/ld+json"))
                readJsonLd(n, ld);
            return false;
        case Tag::Style: case Tag::Template: case Tag::Svg:
            return false;
        case Tag::H1: case Tag::H2:
            if (headings.size() < 20)
                headings << n.textContent().simplified();
            return true;
        case Tag::Time:
            if (domDate.isEmpty())
                domDate = n.attribute("datetime").trimmed();
            return true;
        default:
            break;
        }
        if (domDate.isEmpty() && n.attribute("itemprop") == QLatin1String("datePublished"))
            domDate = n.hasAttribute("content") ? n.attribute("content") : n.textContent().simplified();
        if (domAuthor.isEmpty() && looksLikeByline(n)) {
            const QString t = bylineText(n);
            if (!t.isEmpty() && t.size() < 100)
                domAuthor = t;
        }
        // Bylines in sidebars and comment lists are someone else's.
        return !(domAuthor.isEmpty() && isOthersArea(n));
    });

    for (auto it = propertyValues.cbegin(); it != propertyValues.cend(); ++it)
        values.insert(it.key(), it.value());

    const QUrl base = [&] {
        const QUrl u(baseUrl);
        return u.isValid() && !u.isRelative() ? u : QUrl();
    }();

    // Title: structured metadata first (as Readability), then the cleaned <title>, then <h1>.
    QString siteFromTitle;
    const QStringList titleKeys = {QStringLiteral("dc:title"), QStringLiteral("dcterm:title"),
                                   QStringLiteral("og:title"), QStringLiteral("weibo:article:title"),
                                   QStringLiteral("weibo:webpage:title"), QStringLiteral("title"),
                                   QStringLiteral("twitter:title"), QStringLiteral("parsely-title")};
    meta.title = jsonLdTitle(ld, titleText);
    for (const QString &k : titleKeys) {
        if (meta.title.isEmpty())
            meta.title = values.value(k).simplified();
    }
    // Titles from metadata are taken as the publisher wrote them; <title> loses its site suffix.
    const QString cleanedTitleTag = cleanTitle(titleText, headings, &siteFromTitle);
    if (meta.title.isEmpty())
        meta.title = cleanedTitleTag;
    if (meta.title.isEmpty() && !headings.isEmpty())
        meta.title = headings.front();

    // Author.
    const QStringList authorKeys = {QStringLiteral("dc:creator"), QStringLiteral("dcterm:creator"),
                                    QStringLiteral("author"), QStringLiteral("parsely-author"),
                                    QStringLiteral("sailthru:author"), QStringLiteral("byl"),
                                    QStringLiteral("article:author"), QStringLiteral("article:author_name")};
    meta.author = cleanAuthor(ld.author);
    for (const QString &k : authorKeys) {
        if (meta.author.isEmpty())
            meta.author = cleanAuthor(values.value(k));
    }
    if (meta.author.isEmpty())
        meta.author = cleanAuthor(domAuthor);

    // Published date.
    const QStringList dateKeys = {QStringLiteral("article:published_time"), QStringLiteral("datepublished"),
                                  QStringLiteral("dcterms:available"), QStringLiteral("dcterms:created"),
                                  QStringLiteral("dcterms:issued"), QStringLiteral("dc:date"),
                                  QStringLiteral("weibo:article:create_at"), QStringLiteral("parsely-pub-date"),
                                  QStringLiteral("og:published_time"), QStringLiteral("publishdate"),
                                  QStringLiteral("pubdate"), QStringLiteral("sailthru:date"), QStringLiteral("date"),
                                  QStringLiteral("article:modified_time")};
    meta.published = parseMachineDate(ld.published);
    for (const QString &k : dateKeys) {
        if (!meta.published.isValid())
            meta.published = parseMachineDate(values.value(k));
    }
    if (!meta.published.isValid())
        meta.published = parseMachineDate(domDate);

    // Site name.
    meta.siteName = values.value(QStringLiteral("og:site_name")).simplified();
    if (meta.siteName.isEmpty())
        meta.siteName = ld.publisher.simplified();
    if (meta.siteName.isEmpty())
        meta.siteName = values.value(QStringLiteral("application-name")).simplified();
    if (meta.siteName.isEmpty() && !siteFromTitle.isEmpty() && wordCount(siteFromTitle) <= 6)
        meta.siteName = siteFromTitle;
    meta.siteName = siteNameOf(meta.siteName); // og:site_name is sometimes the site's address

    // URLs.
    const QString ogUrl = values.value(QStringLiteral("og:url"));
    meta.url = !base.isEmpty() ? base.toString(QUrl::FullyEncoded) : (!ogUrl.isEmpty() ? ogUrl : canonical);
    const QUrl urlBase = base.isEmpty() ? QUrl(meta.url) : base;
    meta.canonicalUrl = canonical.isEmpty() ? meta.url : absolute(urlBase, canonical);

    // Language: declared, else detected later from the body.
    QString lang = root.attribute("lang");
    if (lang.isEmpty())
        lang = root.attribute("xml:lang");
    if (lang.isEmpty())
        lang = values.value(QStringLiteral("content-language"));
    if (lang.isEmpty())
        lang = values.value(QStringLiteral("og:locale"));
    lang = lang.trimmed().toLower().section(QRegularExpression(QStringLiteral("[-_,;\\s]")), 0, 0);
    static const QRegularExpression primary(QStringLiteral("^[a-z]{2,3}$"));
    meta.language = primary.match(lang).hasMatch() ? lang : QString();

    meta.excerpt = values.value(QStringLiteral("og:description")).simplified();
    if (meta.excerpt.isEmpty())
        meta.excerpt = values.value(QStringLiteral("description")).simplified();
    if (meta.excerpt.isEmpty())
        meta.excerpt = values.value(QStringLiteral("twitter:description")).simplified();

    QString image = values.value(QStringLiteral("og:image"));
    if (image.isEmpty())
        image = values.value(QStringLiteral("twitter:image"));
    if (image.isEmpty())
        image = ld.image;
    meta.leadImage = absolute(urlBase, image);
    return meta;
}

QString siteNameOf(const QString &nameOrAddress)
{
    QString name = nameOrAddress.simplified();
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
