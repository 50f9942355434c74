#include "generator.h"

#include "vocabulary.h"

#include "storage/articlerepository.h"
#include "storage/library.h"
#include "storage/writetransaction.h"

#include <QTimeZone>

namespace offprint::bench {

quint64 Random::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

namespace {

constexpr int kTopics = 16;

const QString &pick(Random &rng, const QStringList &list)
{
    return list.at(rng.below(int(list.size())));
}

// Zipf-like choice: low indices are much more frequent, as in real text.
const QString &pickSkewed(Random &rng, const QStringList &list)
{
    const int n = int(list.size());
    const int a = rng.below(n);
    const int b = rng.below(n);
    return list.at(qMin(a, b) * qMin(a, b) / n);
}

// What one article is about: content words come from its topics (every kTopics-th word of the content
// list), so that a content word occurs in a few percent of the library, as in real news, while function
// words occur everywhere. Names are drawn once per article and repeated.
struct Subject
{
    int topic = 0;
    int secondTopic = 0;
    QStringList names;
};

const QString &topicWord(Random &rng, const QStringList &content, int topic)
{
    const int perTopic = int(content.size()) / kTopics;
    return content.at(topic + kTopics * rng.below(perTopic));
}

QString contentWord(Random &rng, const Subject &subject, const QStringList &content)
{
    return topicWord(rng, content, rng.chance(0.8) ? subject.topic : subject.secondTopic);
}

QString chineseSentence(Random &rng, const Subject &subject)
{
    static const QStringList stops = {QStringLiteral("。"), QStringLiteral("。"), QStringLiteral("。"),
                                      QStringLiteral("！"), QStringLiteral("？")};
    QString s;
    const int words = 8 + rng.below(18);
    for (int i = 0; i < words; ++i) {
        if (rng.chance(0.07))
            s += pick(rng, subject.names);
        else if (rng.chance(0.03))
            s += QString::number(1990 + rng.below(40)) + (rng.chance(0.5) ? QStringLiteral("年") : QStringLiteral("亿元"));
        else if (rng.chance(0.45))
            s += contentWord(rng, subject, chineseContentWords());
        else
            s += pickSkewed(rng, chineseFunctionWords());
        if (i + 1 < words && rng.chance(0.12))
            s += rng.chance(0.8) ? QStringLiteral("，") : QStringLiteral("、");
    }
    return s + pick(rng, stops);
}

QString englishSentence(Random &rng, const Subject &subject)
{
    QString s;
    const int words = 8 + rng.below(20);
    for (int i = 0; i < words; ++i) {
        QString w;
        if (rng.chance(0.06))
            w = pick(rng, subject.names);
        else if (rng.chance(0.42))
            w = contentWord(rng, subject, englishContentWords());
        else
            w = pickSkewed(rng, englishFunctionWords());
        if (i == 0)
            w[0] = w[0].toUpper();
        s += w;
        if (i + 1 < words)
            s += rng.chance(0.07) ? QStringLiteral(", ") : QStringLiteral(" ");
    }
    return s + (rng.chance(0.9) ? QStringLiteral(".") : QStringLiteral("?"));
}

QString title(Random &rng, const Subject &subject, bool chinese)
{
    if (chinese) {
        QString t = pick(rng, subject.names);
        const int words = 3 + rng.below(5);
        for (int i = 0; i < words; ++i)
            t += rng.chance(0.7) ? contentWord(rng, subject, chineseContentWords()) : pickSkewed(rng, chineseFunctionWords());
        return t;
    }
    QString t = englishSentence(rng, subject);
    t.chop(1);
    return t.section(QLatin1Char(' '), 0, 6 + rng.below(5));
}

} // namespace

Article generateArticle(const GeneratorOptions &options, int index)
{
    Random rng(options.seed * 1000003ULL + quint64(index));
    const bool chinese = rng.chance(options.chineseShare);
    Subject subject;
    subject.topic = rng.below(kTopics);
    subject.secondTopic = rng.below(kTopics);
    for (int i = 0; i < 3; ++i)
        subject.names << (chinese && rng.chance(0.75) ? pick(rng, chineseNames()) : pick(rng, englishNames()));
    Article a;
    a.meta.title = title(rng, subject, chinese);
    a.meta.siteName = pick(rng, siteNames());
    a.meta.author = chinese ? pick(rng, chineseNames()) : pick(rng, englishNames());
    a.meta.language = chinese ? QStringLiteral("zh") : QStringLiteral("en");
    a.meta.url = QStringLiteral("https://bench.offprint.example/%1/%2").arg(a.meta.language).arg(index);
    a.meta.canonicalUrl = a.meta.url;
    const QDateTime epoch(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::utc());
    a.meta.published = epoch.addSecs(qint64(rng.below(5 * 365 * 24 * 3600)));
    a.saved = a.meta.published.addSecs(rng.below(30 * 24 * 3600));
    a.imported = a.saved;

    const int target = options.meanChars / 2 + rng.below(options.meanChars);
    QStringList paragraphs;
    int length = 0;
    while (length < target) {
        QString paragraph;
        const int sentences = 2 + rng.below(4);
        for (int i = 0; i < sentences; ++i)
            paragraph += chinese ? chineseSentence(rng, subject) : englishSentence(rng, subject) + QLatin1Char(' ');
        paragraph = paragraph.trimmed();
        length += int(paragraph.size());
        paragraphs << paragraph;
    }
    a.text = paragraphs.join(QStringLiteral("\n\n"));
    a.markdown = a.text + QLatin1Char('\n');
    a.textLength = a.text.size();
    a.meta.excerpt = a.text.left(120);
    a.read = rng.chance(0.6);
    if (a.read)
        a.readAt = a.saved.addSecs(3600);
    a.starred = rng.chance(0.1);
    a.sourceFormat = QStringLiteral("generated");
    a.contentHash = QStringLiteral("generated-%1-%2").arg(options.seed).arg(index);
    const int tagCount = rng.below(4);
    for (int i = 0; i < tagCount; ++i) {
        const QString &tag = pick(rng, tagNames());
        if (!a.tags.contains(tag))
            a.tags << tag;
    }
    return a;
}

Result<void> generateLibrary(storage::Library &library, const GeneratorOptions &options,
                             const GeneratorProgress &progress)
{
    // Batches of articles per transaction: FTS5 merges its pending terms once per commit.
    constexpr int kBatch = 500;
    for (int start = 0; start < options.count; start += kBatch) {
        storage::WriteTransaction transaction(library);
        if (!transaction.ok())
            return transaction.error();
        const int end = qMin(options.count, start + kBatch);
        for (int i = start; i < end; ++i) {
            const auto id = library.articles().insert(generateArticle(options, i));
            if (!id)
                return id.error();
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        if (progress)
            progress(end, options.count);
    }
    return {};
}

} // namespace offprint::bench
