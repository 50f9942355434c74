// The reader's styling of core's HTML: fonts chosen by the article's language.
#include "readerstyle.h"

#include <QFontDatabase>
#include <QRegularExpression>
#include <QTest>

using namespace offprint::gui;

class TestReaderStyle final : public QObject
{
    Q_OBJECT

private slots:
    void scriptsFromLanguageTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("script");
        using S = readerstyle::Script;
        QTest::newRow("en") << QStringLiteral("en") << int(S::Latin);
        QTest::newRow("de-AT") << QStringLiteral("de-AT") << int(S::Latin);
        QTest::newRow("ar") << QStringLiteral("ar") << int(S::Latin);
        QTest::newRow("empty") << QString() << int(S::Latin);
        QTest::newRow("zh") << QStringLiteral("zh") << int(S::ChineseSimplified);
        QTest::newRow("zh-CN") << QStringLiteral("zh-CN") << int(S::ChineseSimplified);
        QTest::newRow("zh-Hant") << QStringLiteral("zh-Hant") << int(S::ChineseTraditional);
        QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << int(S::ChineseTraditional);
        QTest::newRow("ja") << QStringLiteral("ja") << int(S::Japanese);
        QTest::newRow("ko-KR") << QStringLiteral("ko-KR") << int(S::Korean);
    }

    void scriptsFromLanguageTags()
    {
        QFETCH(QString, tag);
        QFETCH(int, script);
        QCOMPARE(int(readerstyle::scriptFor(tag)), script);
    }

    void latinTextIsSetInLatinFonts()
    {
        // English curly quotes drawn by a CJK font look full-width ("isn’ t"): Latin fonts come first.
        for (const bool serif : {true, false}) {
            const QStringList en = readerstyle::fontFamilies(QStringLiteral("en"), serif);
            QVERIFY(!en.first().contains(QLatin1String("CJK")));
            QVERIFY(en.indexOf(serif ? QStringLiteral("Noto Serif") : QStringLiteral("Noto Sans"))
                    < en.indexOf(serif ? QStringLiteral("Noto Serif CJK SC") : QStringLiteral("Noto Sans CJK SC")));
            QVERIFY(en.contains(QStringLiteral("Noto Color Emoji")));
            const QStringList zh = readerstyle::fontFamilies(QStringLiteral("zh"), serif);
            QCOMPARE(zh.first(), serif ? QStringLiteral("Noto Serif CJK SC") : QStringLiteral("Noto Sans CJK SC"));
            QVERIFY(zh.contains(serif ? QStringLiteral("Noto Serif") : QStringLiteral("Noto Sans")));
        }
        QCOMPARE(readerstyle::fontFamilies(QStringLiteral("zh-TW"), true).first(), QStringLiteral("Noto Serif CJK TC"));
        QCOMPARE(readerstyle::fontFamilies(QStringLiteral("ja"), false).first(), QStringLiteral("Noto Sans CJK JP"));
    }

    void theChosenLatinFontIsInstalled()
    {
        // The set-up script installs fonts-noto-core: the first Latin choice exists on the machine,
        // so English text does not fall back to a CJK font.
        const QStringList families = QFontDatabase::families();
        if (!families.contains(QStringLiteral("Noto Serif")))
            QSKIP("Noto Serif is not installed here (scripts/install-deps.sh installs it)");
        QVERIFY(families.contains(QStringLiteral("Noto Sans")));
    }

    void styleSheetFollowsTheLanguage()
    {
        ReaderColors colors;
        colors.text = Qt::black;
        colors.background = Qt::white;
        colors.link = QColor(0x12, 0x34, 0x56);
        colors.quote = QColor(0x65, 0x43, 0x21);
        const QString en = readerstyle::styleSheet(colors, {true, 14}, QStringLiteral("en"));
        const QString zh = readerstyle::styleSheet(colors, {true, 14}, QStringLiteral("zh"));
        QVERIFY(en.contains(QLatin1String("body { font-family: \"Noto Serif\"")));
        QVERIFY(zh.contains(QLatin1String("body { font-family: \"Noto Serif CJK SC\"")));
        QVERIFY(en.contains(QLatin1String("font-size: 14pt")));
        QVERIFY(en.contains(QLatin1String("blockquote {")));
        QVERIFY(en.contains(QLatin1String("sup, sub {")));
        // Every value landed where it belongs (a lost argument shifts all that follow).
        QVERIFY(!en.contains(QRegularExpression(QStringLiteral("%\\d"))));
        QVERIFY(en.contains(QStringLiteral("a { color: %1;").arg(colors.link.name())));
        QVERIFY(en.contains(QStringLiteral("blockquote { color: %1;").arg(colors.quote.name())));
        QVERIFY(en.contains(QLatin1String("p { margin-top: 0; margin-bottom: 13px; }")));
    }
};

QTEST_MAIN(TestReaderStyle)
#include "tst_readerstyle.moc"
