#pragma once

#include <QHash>
#include <QString>

#include <optional>

// A tokenizer-level reader of the simple HTML that link exports are (Pocket's ril_export.html,
// Netscape bookmark files): start tags with their attributes, end tags and text, entities decoded,
// comments, doctypes and script/style content skipped. No tree is built: these files are flat lists
// (bookmark folders nest, and their reader follows <DL> and </DL> itself).
namespace offprint::readers {

struct HtmlToken
{
    enum class Type { StartTag, EndTag, Text };
    Type type = Type::Text;
    QString name;                   // lower-case tag name
    QHash<QString, QString> attrs;  // lower-case names, decoded values
    QString text;                   // decoded text (Text tokens)
    int line = 1;                   // line where the token starts
};

class LinkHtmlScanner
{
public:
    explicit LinkHtmlScanner(QString html);
    bool next(HtmlToken &token);
    // The next call to next() returns this token again.
    void pushBack(HtmlToken token);

private:
    std::optional<HtmlToken> m_pushedBack;
    void advanceTo(qsizetype pos);
    QString m_html;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineCounted = 0; // m_line counts the newlines before this position
};

// Decodes character references (&amp; &#39; &#x4E2D; and the common named ones).
QString decodeEntities(const QString &text);

} // namespace offprint::readers
