// Search results against a brute-force oracle: a few hundred generated articles mixing English words
// that share prefixes, letter+digit names, full-width forms and Chinese, and a few hundred generated
// queries. The oracle reads the article text directly: a CJK term matches as a substring, a Latin term
// as a word prefix (its last word may continue, GPU → GPUs, 3G → 3GS; a quoted term is whole words).
// Checked: recall 1.000 and precision ≥ 0.99 over all queries, and that exact matches rank first.
#include "storagefixtures.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/searchrepository.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>
#include <set>

using namespace offprint;
using namespace offprint::storage;

namespace {

bool isCjk(QChar c)
{
    const auto script = c.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana;
}

QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

// A text as Latin pieces (maximal letter runs and digit runs); anything CJK is a barrier that no phrase
// crosses, punctuation and spaces are nothing.
QStringList latinPieces(const QString &text)
{
    QStringList pieces;
    QString current;
    int currentClass = 0; // 1 letter, 2 digit
    auto flush = [&] {
        if (!current.isEmpty())
            pieces << current;
        current.clear();
        currentClass = 0;
    };
    for (QChar c : normalized(text)) {
        if (isCjk(c)) {
            flush();
            pieces << QStringLiteral("|");
            continue;
        }
        const int cls = c.isLetter() ? 1 : c.isDigit() ? 2 : 0;
        if (cls != currentClass)
            flush();
        if (cls != 0) {
            current += c;
            currentClass = cls;
        }
    }
    flush();
    return pieces;
}

// A field's text as the oracle reads it, computed once per article.
struct Field
{
    QString folded;      // NFKC case-folded
    QStringList pieces;  // latinPieces()
};

Field fieldOf(const QString &text)
{
    return Field{normalized(text), latinPieces(text)};
}

// One query term against one field.
bool termMatches(const QString &term, bool quoted, const Field &field)
{
    const QString folded = normalized(term);
    bool latin = false;
    for (QChar c : folded)
        latin = latin || (!isCjk(c) && c.isLetterOrNumber());
    if (!latin) { // CJK: a substring
        QString compact;
        for (QChar c : folded)
            if (isCjk(c))
                compact += c;
        return field.folded.contains(compact);
    }
    const QStringList want = latinPieces(term);
    const QStringList &have = field.pieces;
    for (qsizetype at = 0; at + want.size() <= have.size(); ++at) {
        bool ok = true;
        for (qsizetype i = 0; i < want.size() && ok; ++i) {
            const QString &piece = have.at(at + i);
            const bool last = i + 1 == want.size();
            ok = last && !quoted ? piece != QLatin1String("|") && piece.startsWith(want.at(i)) : piece == want.at(i);
        }
        if (ok)
            return true;
    }
    return false;
}

struct Doc
{
    QString title;
    QString body;
    Field titleField;
    Field bodyField;
};

struct Term
{
    QString text;
    bool quoted = false; // typed in quotes
    bool exact = false;  // whole words: quoted, or ending in punctuation (C++, nvidia')
};

struct Query
{
    QString text; // what the user types
    QList<Term> terms; // ANDed
};

bool oracle(const Query &query, const Doc &doc)
{
    for (const Term &term : query.terms) {
        if (!termMatches(term.text, term.exact, doc.titleField) && !termMatches(term.text, term.exact, doc.bodyField))
            return false;
    }
    return true;
}

QString fullWidth(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += c.unicode() > 0x20 && c.unicode() < 0x7f ? QChar(char16_t(c.unicode() + 0xFEE0)) : c;
    return out;
}

const QStringList kLatin = {
    "GPU", "GPUs", "gpu", "the", "then", "there", "these", "theory", "thermal", "a", "an", "and", "apple",
    "apples", "application", "app", "data", "database", "databases", "net", "network", "networking", "NBA",
    "WNBA", "Intel", "internet", "interface", "in", "into", "chip", "chips", "chipset", "3G", "3GS", "4G",
    "RTX4090", "RTX 4090", "RTX40", "H100", "H200", "iPhone15", "iPhone 15", "iPhone 3GS", "A17", "M2", "M2Pro",
    "5nm", "7nm", "Nvidia", "nvidia's", "e-mail", "Wi-Fi", "ＧＰＵ", "ＲＴＸ４０９０", "ｉＰｈｏｎｅ"};
const QStringList kCjk = {"芯片", "英伟达", "显卡", "数据中心", "数据", "中心", "手机", "人工智能", "模型", "训练",
                          "发布", "产业链", "国产", "台积电", "的", "了", "年", "新", "处理器", "芯"};
const QStringList kSeparators = {" ", " ", " ", "", ", ", "，", "。", "、", "-"};

} // namespace

class TestSearchOracle final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void resultsEqualTheOracle();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_lib;
    QHash<ArticleId, Doc> m_docs;
    QRandomGenerator m_random{20261204};

    QString pick(const QStringList &list) { return list.at(int(m_random.bounded(qsizetype(list.size())))); }
    QString sentence(int words);
    Query makeQuery();
};

QString TestSearchOracle::sentence(int words)
{
    QString out;
    for (int w = 0; w < words; ++w) {
        if (w > 0)
            out += pick(kSeparators);
        out += m_random.bounded(100) < 55 ? pick(kLatin) : pick(kCjk);
    }
    return out;
}

void TestSearchOracle::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Library::open(m_dir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    m_lib = std::move(*opened);
    Transaction transaction(databaseOf(*m_lib));
    QVERIFY(transaction.ok());
    for (int i = 0; i < 300; ++i) {
        storagefixtures::SearchSpec spec;
        spec.title = sentence(int(m_random.bounded(1, 5)));
        spec.text = sentence(int(m_random.bounded(4, 30)));
        spec.url = QStringLiteral("https://example.com/%1").arg(i);
        spec.language = QStringLiteral("en");
        spec.saved = storagefixtures::at(2024, 1 + i % 12, 1 + i % 28);
        auto id = m_lib->articles().insert(storagefixtures::articleFrom(spec));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.errorMessage()));
        m_docs.insert(*id, Doc{spec.title, spec.text, fieldOf(spec.title), fieldOf(spec.text)});
    }
    QVERIFY(transaction.commit().ok());
}

void TestSearchOracle::cleanupTestCase()
{
    m_lib.reset();
    m_dir.reset();
}

Query TestSearchOracle::makeQuery()
{
    // A Latin word (or a prefix of it, or a word with a letter/digit tail cut), maybe upper-cased or full
    // width; a CJK substring; a quoted Latin word; or two terms.
    auto latinTerm = [&]() {
        QString word = pick(kLatin);
        const int kind = int(m_random.bounded(6));
        if (kind <= 2 && word.size() > 1) // a prefix of the word
            word = word.left(1 + int(m_random.bounded(qsizetype(word.size()))));
        else if (kind == 3)
            word = word.toUpper();
        else if (kind == 4)
            word = fullWidth(word);
        word = word.trimmed();
        const QString plain = word.normalized(QString::NormalizationForm_KC);
        if (plain == QLatin1String("AND") || plain == QLatin1String("OR") || plain == QLatin1String("NOT"))
            word = word.toLower(); // the operators, not words
        return word;
    };
    auto cjkTerm = [&]() {
        const QString a = pick(kCjk), b = pick(kCjk);
        const QString run = m_random.bounded(2) ? a : a + b;
        const int start = int(m_random.bounded(qsizetype(run.size())));
        return run.mid(start, 1 + int(m_random.bounded(qsizetype(run.size() - start))));
    };
    Query query;
    const int kind = int(m_random.bounded(10));
    if (kind < 4) {
        query.terms << Term{latinTerm()};
    } else if (kind < 6) {
        query.terms << Term{cjkTerm()};
    } else if (kind < 7) {
        QString word = pick(kLatin);
        if (word.contains(u' ') || word.contains(u'-'))
            word = QStringLiteral("GPU");
        query.terms << Term{word, true};
    } else if (kind < 9) {
        query.terms << Term{latinTerm()} << Term{cjkTerm()};
    } else {
        query.terms << Term{latinTerm()} << Term{latinTerm()};
    }
    QStringList parts;
    for (Term &term : query.terms) {
        // A term with a space is a phrase only in quotes, and then exact.
        term.quoted = term.quoted || term.text.contains(u' ');
        term.exact = term.quoted || !term.text.back().isLetterOrNumber();
        parts << (term.quoted ? u'"' + term.text + u'"' : term.text);
    }
    query.text = parts.join(u' ');
    return query;
}

void TestSearchOracle::resultsEqualTheOracle()
{
    qint64 truePositives = 0, falsePositives = 0, falseNegatives = 0;
    int queries = 0, nonEmpty = 0, rankChecks = 0;
    QStringList failures, extras;
    for (int round = 0; round < 260; ++round) {
        const Query query = makeQuery();
        if (query.terms.isEmpty() || query.terms.front().text.isEmpty())
            continue;
        const auto hits = m_lib->search().search(query.text, -1);
        QVERIFY2(hits.ok(),
                 qPrintable(query.text + QStringLiteral(": ") + (hits.ok() ? QString() : hits.errorMessage())));
        std::set<ArticleId> got;
        for (const SearchHit &hit : *hits)
            got.insert(hit.article.id);
        std::set<ArticleId> want;
        for (auto it = m_docs.cbegin(); it != m_docs.cend(); ++it) {
            if (oracle(query, it.value()))
                want.insert(it.key());
        }
        ++queries;
        nonEmpty += want.empty() ? 0 : 1;
        for (ArticleId id : got) {
            (want.count(id) ? truePositives : falsePositives) += 1;
            if (!want.count(id) && extras.size() < 5)
                extras << QStringLiteral("extra #%1 for “%2”: %3 / %4").arg(id).arg(query.text, m_docs[id].title,
                                                                               m_docs[id].body);
        }
        for (ArticleId id : want) {
            if (!got.count(id)) {
                ++falseNegatives;
                if (failures.size() < 5)
                    failures << QStringLiteral("missed #%1 for “%2”: %3 / %4")
                                    .arg(id)
                                    .arg(query.text, m_docs[id].title, m_docs[id].body);
            }
        }
        // An exact word ranks above a prefix-only match: the exact matches come first.
        if (query.terms.size() == 1 && !query.terms.front().exact) {
            Query exact = query;
            exact.terms.front().exact = true;
            bool seenPrefixOnly = false;
            // A one- or two-character prefix lists its prefix-only matches newest first.
            const bool newestFirst = normalized(query.terms.front().text).size() <= 2;
            ArticleId previousPrefixOnly = std::numeric_limits<ArticleId>::max();
            for (const SearchHit &hit : *hits) {
                const bool isExact = oracle(exact, m_docs[hit.article.id]);
                if (isExact && seenPrefixOnly) {
                    failures << QStringLiteral("“%1”: exact match #%2 ranked below a prefix-only match")
                                    .arg(query.text)
                                    .arg(hit.article.id);
                    break;
                }
                if (!isExact && newestFirst) {
                    if (hit.article.id > previousPrefixOnly)
                        failures << QStringLiteral("“%1”: prefix-only matches not newest first").arg(query.text);
                    previousPrefixOnly = hit.article.id;
                }
                seenPrefixOnly = seenPrefixOnly || !isExact;
                rankChecks += seenPrefixOnly ? 1 : 0;
            }
        }
    }
    const qint64 relevant = truePositives + falseNegatives;
    const qint64 found = truePositives + falsePositives;
    const double recall = relevant ? double(truePositives) / double(relevant) : 1;
    const double precision = found ? double(truePositives) / double(found) : 1;
    qInfo("%d queries (%d with matches): recall %.4f, precision %.4f (%lld found, %lld extra, %lld missed); "
          "%d ranked prefix-only matches checked",
          queries, nonEmpty, recall, precision, truePositives, falsePositives, falseNegatives, rankChecks);
    for (const QString &extra : extras)
        qInfo("%s", qPrintable(extra));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    QVERIFY(queries >= 200);
    QVERIFY(nonEmpty > queries / 2); // not vacuous
    QVERIFY(rankChecks > 50);
    QCOMPARE(falseNegatives, 0);
    QVERIFY2(precision >= 0.99, qPrintable(QString::number(precision)));
}

QTEST_GUILESS_MAIN(TestSearchOracle)
#include "tst_searchoracle.moc"
