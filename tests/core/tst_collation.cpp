// Title order: case-insensitive Latin, pinyin for Chinese, numbers by value (text/collation.h).
#include "text/collation.h"

#include <QTest>

#include <algorithm>

using namespace offprint;

class TestCollation final : public QObject
{
    Q_OBJECT

private slots:
    void titlesSortAsReadersExpect()
    {
        QStringList titles = {QStringLiteral("成都的茶馆"), QStringLiteral("zebra crossings"), QStringLiteral("Apple silicon"),
                              QStringLiteral("北京的秋天"), QStringLiteral("Part 10"), QStringLiteral("apple pie"),
                              QStringLiteral("阿里巴巴财报"), QStringLiteral("Part 2"), QStringLiteral("Éclair recipes"),
                              QStringLiteral("上海的早晨"), QStringLiteral("深圳")};
        std::sort(titles.begin(), titles.end(), [](const QString &a, const QString &b) {
            return text::titleSortKey(a) < text::titleSortKey(b);
        });
        const QStringList expected = {QStringLiteral("apple pie"), QStringLiteral("Apple silicon"), QStringLiteral("Éclair recipes"),
                                      QStringLiteral("Part 2"), QStringLiteral("Part 10"), QStringLiteral("zebra crossings"),
                                      // ā lǐ, běi jīng, chéng dū, shàng hǎi, shēn zhèn
                                      QStringLiteral("阿里巴巴财报"), QStringLiteral("北京的秋天"), QStringLiteral("成都的茶馆"),
                                      QStringLiteral("上海的早晨"), QStringLiteral("深圳")};
        QCOMPARE(titles, expected);
    }

    void keysAreStableAndBounded()
    {
        QCOMPARE(text::titleSortKey(QStringLiteral("  Apple   pie ")), text::titleSortKey(QStringLiteral("Apple pie")));
        QVERIFY(text::titleSortKey(QString()).isEmpty());
        QVERIFY(text::titleSortKey(QString(100000, QChar(0x4E2D))).size() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestCollation)
#include "tst_collation.moc"
