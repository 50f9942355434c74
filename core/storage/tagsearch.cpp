#include "storage/tagsearch.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <algorithm>
#include <set>

namespace offprint::storage {

namespace {

// A leaf restricted to the title ("title : …", CompiledQuery) never matches a tag.
bool titleOnly(const QString &leaf)
{
    return leaf.startsWith(QLatin1String("title :"));
}

std::string idList(const std::vector<qint64> &ids)
{
    std::string out;
    for (const qint64 id : ids)
        out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
}

// The leaf numbers "{N}" of a formula, in order of appearance.
template<typename Visit>
void forEachLeaf(const QString &logic, Visit &&visit)
{
    for (qsizetype at = logic.indexOf(QLatin1Char('{')); at >= 0; at = logic.indexOf(QLatin1Char('{'), at + 1)) {
        const qsizetype close = logic.indexOf(QLatin1Char('}'), at);
        if (close < 0)
            return;
        bool ok = false;
        const int leaf = logic.mid(at + 1, close - at - 1).toInt(&ok);
        if (ok)
            visit(at, close, leaf);
    }
}

} // namespace

bool TagTerms::any() const
{
    return std::any_of(tagsOfLeaf.begin(), tagsOfLeaf.end(), [](const auto &ids) { return !ids.empty(); });
}

bool TagTerms::anyIn(const QString &logic) const
{
    bool found = false;
    forEachLeaf(logic, [&](qsizetype, qsizetype, int leaf) {
        found = found || (leaf >= 0 && size_t(leaf) < tagsOfLeaf.size() && !tagsOfLeaf[size_t(leaf)].empty());
    });
    return found;
}

std::string TagTerms::taggedArticles() const
{
    std::set<qint64> all;
    for (const auto &ids : tagsOfLeaf)
        all.insert(ids.begin(), ids.end());
    return "SELECT article_id FROM article_tags WHERE tag_id IN (" + idList(std::vector<qint64>(all.begin(), all.end()))
           + ")";
}

std::string TagTerms::taggedCondition() const
{
    // A lookup in article_tags' primary key per article: the condition is also checked one article at
    // a time by the ranking's filter check, where an IN list would be built anew for every check.
    std::set<qint64> all;
    for (const auto &ids : tagsOfLeaf)
        all.insert(ids.begin(), ids.end());
    return "EXISTS (SELECT 1 FROM article_tags WHERE article_id = a.id AND tag_id IN ("
           + idList(std::vector<qint64>(all.begin(), all.end())) + "))";
}

Result<TagTerms> matchTagNames(Database &db, const search::CompiledQuery &query)
{
    TagTerms terms;
    terms.tagsOfLeaf.resize(size_t(query.leaves.size()));
    {
        // Most libraries have no tags: nothing to look up.
        Statement anyTag = db.cached("SELECT EXISTS (SELECT 1 FROM tags)");
        if (!anyTag.step())
            return anyTag.ok() ? terms : Result<TagTerms>(anyTag.error(QStringLiteral("reading the tags")));
        if (!anyTag.boolean(0))
            return terms;
    }
    Statement match = db.cached("SELECT rowid FROM tags_fts WHERE tags_fts MATCH ?1 ORDER BY rowid");
    for (qsizetype i = 0; i < query.leaves.size(); ++i) {
        const QString &leaf = query.tagLeaves.value(i, query.leaves.at(i));
        if (titleOnly(leaf))
            continue;
        match.reset();
        match.bind(1, leaf);
        while (match.step())
            terms.tagsOfLeaf[size_t(i)].push_back(match.int64(0));
        if (!match.ok())
            return match.error(QStringLiteral("searching the tag names"));
    }
    return terms;
}

std::string logicCondition(const QString &logic, const search::CompiledQuery &query, const TagTerms &tags,
                           std::vector<std::variant<QString, qint64>> &values)
{
    std::string sql;
    qsizetype from = 0;
    forEachLeaf(logic, [&](qsizetype at, qsizetype close, int leaf) {
        sql += logic.mid(from, at - from).toStdString(); // AND, OR, NOT, parentheses, spaces
        from = close + 1;
        if (leaf < 0 || leaf >= query.leaves.size()) {
            sql += "0";
            return;
        }
        // The tag first: OR stops at it, and the leaf's doclist is then never read (the articles this
        // formula is evaluated for mostly have the tag).
        const std::vector<qint64> &ids = tags.tagsOfLeaf[size_t(leaf)];
        sql += "(";
        if (!ids.empty())
            sql += "EXISTS (SELECT 1 FROM article_tags WHERE article_id = a.id AND tag_id IN (" + idList(ids) + ")) OR ";
        values.emplace_back(query.leaves.at(leaf));
        sql += "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))";
    });
    sql += logic.mid(from).toStdString();
    return sql;
}

} // namespace offprint::storage
