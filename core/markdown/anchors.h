#pragma once

#include "html/node.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

// Internal links of the HTML → Markdown writer (the stored-Markdown dialect, README "Stored
// Markdown"): a "#fragment" link is kept only when its target is inside the written article, and
// the target then carries an empty anchor <a id="ID"></a> whose ID is the page's id made safe.
namespace offprint::markdown::detail {

class AnchorMap
{
public:
    using Skip = std::function<bool(const html::Node &)>;

    // `base` tells links to this same page ("page.html#x", absolute or relative) from others.
    explicit AnchorMap(const QUrl &base);

    // Finds, below `roots` (elements `skipped` says to leave out are not looked into), the ids and
    // <a name>s and the links to fragments of this page; a target gets an anchor when both are in.
    void scan(const std::vector<html::Node> &roots, const Skip &skipped);

    // The fragment `href` points to when it is a link into this same page (may be empty: "#").
    std::optional<QString> fragmentOf(const QString &href) const;
    // The anchor ID of the target of `fragment`, or empty when the target is not in the article.
    QString anchorFor(const QString &fragment) const;
    // The element a fragment's anchor stands at (null when none).
    html::Node targetOf(const QString &fragment) const;
    // Markup of the anchors element `n` carries, each handed out once per writing.
    QString take(const html::Node &n);

    // Targets whose anchors did not reach the output: their links become text next time.
    void exclude(const QSet<QString> &anchorIds);
    void startWriting() { m_written.clear(); }

private:
    struct Target
    {
        html::Node node;
        QString anchor;
    };
    const Target *find(const QString &fragment) const;

    QUrl m_base;
    QHash<QString, Target> m_targets; // fragment (as written and decoded) → target
    std::unordered_map<const void *, QStringList> m_byNode;
    QSet<QString> m_excluded;
    QSet<QString> m_written;
};

// An ID the dialect allows: [A-Za-z0-9._:-]{1,128}, other characters as "-".
QString safeAnchorId(const QString &id);
// The anchor IDs a Markdown text links to ("](#ID)") and the ones it carries (<a id="ID"></a>).
QSet<QString> linkedAnchorIds(const QString &markdown);
QSet<QString> writtenAnchorIds(const QString &markdown);
// A heading's permalink mark ("#", "¶", "§", "🔗", or nothing).
bool isPermalinkMark(const QString &text);

// True for a wiki's or CMS's edit control: an element whose class names an edit section
// (MediaWiki's "mw-editsection", DokuWiki's "secedit", "edit-link", ...) or a link to an edit
// action (`action=edit`, `veaction=edit`, a path ending in /edit).
bool isEditControl(const html::Node &element);

} // namespace offprint::markdown::detail
