#include "extract/metadata.h"
#include "extract/textmetadata.h"

#include "extract/dates.h"
#include "extract/hints.h"
#include "text/language.h"

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
    meta.language = text::normalizeDeclaredLanguage(lang); // "utf-8" in lang= is not a language

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

} // namespace offprint::extract
