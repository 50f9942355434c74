#include "fixtures.h"

#include "mainwindow.h"
#include "settings.h"
#include "sidebar.h"

#include <QFile>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace offprint::gui;

// The translations are complete and embedded: the window comes up in Chinese with the zh_CN file.
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void tsFilesHaveNoUnfinishedStrings_data();
    void tsFilesHaveNoUnfinishedStrings();
    void windowSpeaksChinese();
};

void TestTranslations::tsFilesHaveNoUnfinishedStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::tsFilesHaveNoUnfinishedStrings()
{
    QFETCH(QString, language);
    const QString path = qEnvironmentVariable("OFFPRINT_SOURCE_DIR")
        + QStringLiteral("/translations/offprint_%1.ts").arg(language);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")
                 && (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")
                     || xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished")))
            unfinished << source;
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral(" | "))));
}

void TestTranslations::windowSpeaksChinese()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/offprint_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    fixtures::TestLibrary lib;
    QVERIFY(lib.open());
    QVERIFY(lib.populate());
    QTemporaryDir config;
    Settings settings(config.filePath(QStringLiteral("offprint.ini")));
    MainWindow window(*lib.library, settings);
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text();
    QCOMPARE(menus.first(), QStringLiteral("文件(&F)"));
    QVERIFY(!window.sidebar()->findItems(QStringLiteral("全部文章"), Qt::MatchExactly).isEmpty());
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
