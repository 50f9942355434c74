#include "readerstyle.h"

namespace offprint::gui::readerstyle {

namespace {

QString cssFamilies(const QStringList &families)
{
    QStringList quoted;
    for (const QString &f : families)
        quoted << (f.contains(QLatin1Char(' ')) ? QLatin1Char('"') + f + QLatin1Char('"') : f);
    return quoted.join(QStringLiteral(", "));
}

QString cjkSuffix(Script script)
{
    switch (script) {
    case Script::ChineseTraditional: return QStringLiteral("TC");
    case Script::Japanese: return QStringLiteral("JP");
    case Script::Korean: return QStringLiteral("KR");
    default: return QStringLiteral("SC");
    }
}

// The CJK fonts of one region, in the style asked for, then the other style.
QStringList cjkFamilies(Script script, bool serif)
{
    const QString r = cjkSuffix(script);
    const QStringList serifs = {QStringLiteral("Noto Serif CJK ") + r, QStringLiteral("Source Han Serif ") + r,
                                script == Script::Japanese ? QStringLiteral("Hiragino Mincho ProN") : QStringLiteral("Songti ") + r};
    const QStringList sans = {QStringLiteral("Noto Sans CJK ") + r, QStringLiteral("Source Han Sans ") + r,
                              script == Script::Japanese ? QStringLiteral("Hiragino Sans") : QStringLiteral("PingFang ") + r,
                              script == Script::Japanese ? QStringLiteral("Yu Gothic") : QStringLiteral("Microsoft YaHei")};
    return serif ? serifs + sans : sans + serifs;
}

QStringList latinFamilies(bool serif)
{
    if (serif)
        return {QStringLiteral("Noto Serif"), QStringLiteral("Source Serif 4"), QStringLiteral("Georgia"),
                QStringLiteral("DejaVu Serif")};
    return {QStringLiteral("Noto Sans"), QStringLiteral("Source Sans 3"), QStringLiteral("Segoe UI"),
            QStringLiteral("Helvetica Neue"), QStringLiteral("DejaVu Sans")};
}

const QString kEmoji = QStringLiteral("Noto Color Emoji");

} // namespace

Script scriptFor(const QString &language)
{
    const QString tag = language.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (tag == QLatin1String("ja") || tag.startsWith(QLatin1String("ja-")))
        return Script::Japanese;
    if (tag == QLatin1String("ko") || tag.startsWith(QLatin1String("ko-")))
        return Script::Korean;
    if (tag == QLatin1String("zh") || tag.startsWith(QLatin1String("zh-"))) {
        if (tag.contains(QLatin1String("hant")) || tag.endsWith(QLatin1String("-tw")) || tag.endsWith(QLatin1String("-hk"))
            || tag.endsWith(QLatin1String("-mo")))
            return Script::ChineseTraditional;
        return Script::ChineseSimplified;
    }
    return Script::Latin;
}

bool isCjk(Script script)
{
    return script != Script::Latin;
}

QStringList fontFamilies(const QString &language, bool serif)
{
    const Script script = scriptFor(language);
    QStringList families = isCjk(script) ? cjkFamilies(script, serif) + latinFamilies(serif)
                                         : latinFamilies(serif) + cjkFamilies(Script::ChineseSimplified, serif);
    families << kEmoji << (serif ? QStringLiteral("serif") : QStringLiteral("sans-serif"));
    return families;
}

QStringList monospaceFamilies()
{
    return {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Menlo"), QStringLiteral("Consolas"),
            QStringLiteral("Noto Sans Mono CJK SC"), kEmoji, QStringLiteral("monospace")};
}

QStringList uiFamilies(const QString &language)
{
    return fontFamilies(language, false);
}

QString styleSheet(const ReaderColors &c, const ReaderFont &font, const QString &language)
{
    const QString body = cssFamilies(fontFamilies(language, font.serif));
    const QString ui = cssFamilies(uiFamilies(language));
    const QString mono = cssFamilies(monospaceFamilies());
    const double pt = font.pointSize;
    return QStringLiteral(
               // No background on body: the view's palette gives it, and the view paints under the text.
               "body { font-family: %1; font-size: %2pt; color: %3; }\n"
               "p { margin-top: 0; margin-bottom: %5px; }\n"
               "a { color: %6; text-decoration: none; }\n"
               "h1 { font-size: %7pt; font-weight: 700; margin-top: 1.2em; margin-bottom: 0.5em; }\n"
               "h2 { font-size: %8pt; font-weight: 700; margin-top: 1.4em; margin-bottom: 0.5em; }\n"
               "h3 { font-size: %9pt; font-weight: 700; margin-top: 1.2em; margin-bottom: 0.4em; }\n"
               "h4, h5, h6 { font-size: %2pt; font-weight: 700; margin-top: 1em; margin-bottom: 0.3em; }\n"
               "h1.title { font-family: %10; font-size: %11pt; margin-top: 0; margin-bottom: 10px; }\n"
               "p.meta { font-family: %10; font-size: %12pt; color: %13; margin-top: 0; margin-bottom: 2px; }\n"
               "p.tags { font-family: %10; font-size: %12pt; margin-top: 6px; margin-bottom: 4px; }\n"
               "span.chip { background-color: %14; color: %15; }\n"
               "span.star { color: #D99A0E; }\n"
               // The view paints a code block's background with padding around it (ReaderView).
               "pre { font-family: %16; font-size: %17pt; margin-top: 18px; margin-bottom: 24px; "
               "margin-left: 14px; margin-right: 14px; white-space: pre-wrap; }\n"
               "code { font-family: %16; font-size: %17pt; background-color: %18; }\n"
               "pre code { background-color: transparent; }\n"
               "blockquote { color: %19; margin-top: 8px; margin-bottom: 14px; margin-left: 22px; margin-right: 22px; }\n"
               "table { margin-top: 6px; margin-bottom: 16px; border-collapse: collapse; border-color: %20; "
               "border-style: solid; border-width: 1px; }\n"
               "th { font-family: %10; font-weight: 700; background-color: %18; }\n"
               "td, th { padding: 5px; border-color: %20; border-style: solid; border-width: 1px; }\n"
               "p.image { text-align: center; margin-bottom: 6px; }\n"
               "p.caption { font-family: %10; font-size: %12pt; color: %13; text-align: center; "
               "margin-bottom: 18px; }\n"
               "span.imgph { font-family: %10; font-size: %12pt; color: %13; background-color: %18; }\n"
               "sup, sub { font-size: %12pt; }\n"
               "dt { font-weight: 700; margin-top: 6px; }\n"
               "dd { margin-left: 24px; margin-bottom: 4px; }\n"
               "div.footnotes { font-size: %12pt; color: %13; }\n"
               "hr { color: %20; }\n"
               "li { margin-bottom: 4px; }\n"
               // Qt draws a bullet one narrow space from its text; the view draws its own (ReaderView).
               "ul { list-style-type: none; }\n")
        .arg(body, QString::number(pt), c.text.name(), QString::number(qRound(pt * 0.9)),
             c.link.name(), QString::number(pt * 1.6), QString::number(pt * 1.35), QString::number(pt * 1.15))
        .arg(ui, QString::number(pt * 1.75), QString::number(pt * 0.85), c.muted.name(), c.chip.name(),
             c.chipText.name(), mono, QString::number(pt * 0.85), c.codeBackground.name())
        .arg(c.quote.name(), c.border.name());
}

} // namespace offprint::gui::readerstyle
