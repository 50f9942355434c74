// text::segmentWords must be ICU's word segmentation, unchanged (offprint-cli segment is scored with it).
#include "text/segmenter.h"

#include <QtTest>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

using namespace offprint;

namespace {

// Reference: a fresh ICU word iterator, words = segments whose rule status is not UBRK_WORD_NONE.
QStringList icuReference(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status))
        return {};
    const icu::UnicodeString source(reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    iterator->setText(source);
    QStringList words;
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; start = end, end = iterator->next()) {
        if (iterator->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
            words << text.mid(start, end - start);
    }
    return words;
}

} // namespace

class TestSegmenter final : public QObject
{
    Q_OBJECT

private slots:
    void words_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("english") << QStringLiteral("Hello, world! It's 3.14.")
                                 << QStringList{"Hello", "world", "It's", "3.14"};
        QTest::newRow("chinese") << QStringLiteral("我们在北京。") << QStringList{"我们", "在", "北京"};
        // ICU 72's dictionary lacks 英伟达 and 显卡: kept as ICU splits them.
        QTest::newRow("mixed") << QStringLiteral("英伟达发布RTX4090显卡")
                               << QStringList{"英伟", "达", "发布", "RTX4090", "显", "卡"};
        QTest::newRow("punctuation only") << QStringLiteral("，。！？ …") << QStringList{};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void words()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QCOMPARE(text::segmentWords(input), expected);
    }

    // ICU's dictionary splits words it does not know; the segmenter must not "fix" that.
    void keepsIcuSegmentation()
    {
        const QStringList samples = {
            QStringLiteral("国产芯片产业链正在加速发展，光刻机仍是短板。"),
            QStringLiteral("二○○一年三十一日，中国足球队在世界杯预选赛中出线。"),
            QStringLiteral("東京でカタカナのテストを行いました。"),
            QStringLiteral("Apple's iPhone15 ships with USB-C; e-mail me at a@b.com."),
            QStringLiteral("这款笔记本的续航达到16小时，比上一代多了两小时。"),
        };
        for (const QString &sample : samples)
            QCOMPARE(text::segmentWords(sample), icuReference(sample));
        // Concatenated words are exactly the non-space, non-punctuation text in order.
        const QString sample = samples.front();
        QCOMPARE(text::segmentWords(sample).join(QString()), QStringLiteral("国产芯片产业链正在加速发展光刻机仍是短板"));
    }

    void repeatedCallsAreIndependent()
    {
        const QStringList first = text::segmentWords(QStringLiteral("北京欢迎你"));
        text::segmentWords(QStringLiteral("something else entirely"));
        QCOMPARE(text::segmentWords(QStringLiteral("北京欢迎你")), first);
    }
};

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
