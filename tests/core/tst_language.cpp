// The language of an article from its own text, in fourteen languages, on mixed pages, and against
// wrong or meaningless declarations ("utf-8" in lang=, "de" on an English page).
#include "text/language.h"

#include <QTest>

using namespace offprint;

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral(
            "The new scheduler was merged for the next release, and the maintainers said that it is faster for "
            "desktop work than the one it replaces. Benchmarks are on the mailing list.") << "en";
        QTest::newRow("de") << QStringLiteral(
            "Der neue Scheduler wurde für die nächste Version übernommen, und die Entwickler sagen, dass er auf dem "
            "Desktop schneller ist als der alte. Die Messungen sind auf der Mailingliste zu finden.") << "de";
        QTest::newRow("fr") << QStringLiteral(
            "Le nouvel ordonnanceur a été intégré pour la prochaine version, et les mainteneurs disent qu'il est plus "
            "rapide que l'ancien sur un poste de travail. Les mesures sont sur la liste de diffusion.") << "fr";
        QTest::newRow("es") << QStringLiteral(
            "El nuevo planificador se incorporó para la próxima versión, y los mantenedores dicen que es más rápido "
            "que el anterior en el escritorio. Las mediciones están en la lista de correo.") << "es";
        QTest::newRow("it") << QStringLiteral(
            "Il nuovo scheduler è stato integrato per la prossima versione, e i manutentori dicono che è più veloce "
            "del precedente sul desktop. Le misure sono nella lista di distribuzione.") << "it";
        QTest::newRow("pt") << QStringLiteral(
            "O novo escalonador foi incorporado para a próxima versão, e os mantenedores dizem que é mais rápido do "
            "que o anterior no desktop. As medições estão na lista de discussão.") << "pt";
        QTest::newRow("nl") << QStringLiteral(
            "De nieuwe planner is opgenomen voor de volgende versie, en de beheerders zeggen dat hij op de desktop "
            "sneller is dan de oude. De metingen staan op de mailinglijst.") << "nl";
        QTest::newRow("sv") << QStringLiteral(
            "Den nya schemaläggaren har tagits in till nästa version, och utvecklarna säger att den är snabbare än den "
            "gamla på skrivbordet. Mätningarna finns på e-postlistan och det är inte svårt att köra dem.") << "sv";
        QTest::newRow("pl") << QStringLiteral(
            "Nowy planista został włączony do następnej wersji, a opiekunowie mówią, że jest szybszy niż stary na "
            "komputerze. Pomiary są na liście dyskusyjnej i nie jest trudno je powtórzyć, co to za problem.") << "pl";
        QTest::newRow("tr") << QStringLiteral(
            "Yeni zamanlayıcı bir sonraki sürüm için eklendi ve geliştiriciler bunun masaüstünde eskisinden çok daha "
            "hızlı olduğunu söylüyor. Ölçümler e-posta listesinde ve bu sonuçlar için bir tablo da var.") << "tr";
        QTest::newRow("ru") << QStringLiteral(
            "Новый планировщик включён в следующую версию, и разработчики говорят, что он на рабочем столе быстрее "
            "старого. Все измерения есть в списке рассылки, и это не так сложно повторить.") << "ru";
        QTest::newRow("zh simplified") << QStringLiteral(
            "新的调度器已经合入下一个版本，维护者说它在桌面上比旧的更快。测试数据都在邮件列表里。") << "zh";
        QTest::newRow("zh traditional") << QStringLiteral(
            "新的調度器已經合入下一個版本，維護者說它在桌面上比舊的更快。測試數據都在郵件列表裡。") << "zh";
        QTest::newRow("ja") << QStringLiteral(
            "新しいスケジューラは次のリリースに取り込まれ、メンテナによるとデスクトップでは以前のものより速いとのことです。") << "ja";
        QTest::newRow("ko") << QStringLiteral(
            "새 스케줄러가 다음 버전에 들어갔고, 관리자들은 데스크톱에서 예전 것보다 빠르다고 말했습니다.") << "ko";
        QTest::newRow("ar") << QStringLiteral(
            "تم دمج المجدول الجديد في الإصدار القادم، ويقول المطورون إنه أسرع من القديم على سطح المكتب.") << "ar";
        QTest::newRow("he") << QStringLiteral(
            "המתזמן החדש נכלל בגרסה הבאה, והמפתחים אומרים שהוא מהיר יותר מהישן במחשב השולחני.") << "he";
        QTest::newRow("el") << QStringLiteral(
            "Ο νέος χρονοπρογραμματιστής μπήκε στην επόμενη έκδοση και οι συντηρητές λένε ότι είναι ταχύτερος.") << "el";
        // Mixed pages: Chinese tech news full of English product names, an English page quoting Chinese.
        QTest::newRow("zh with English terms") << QStringLiteral(
            "英伟达发布了 GeForce RTX 4090 显卡，采用 Ada Lovelace 架构，性能比上一代提升两倍，售价 1599 美元。") << "zh";
        QTest::newRow("en quoting zh") << QStringLiteral(
            "The company's slogan, 科技向善, means roughly that technology should do good. The phrase appears on every "
            "product page, and the company says it guides the decisions that it makes about its users.") << "en";
    }

    void corpus()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(text::detectLanguage(text), language);
        QCOMPARE(text::chooseLanguage({}, text), language);
    }

    void declarationsThatAreNotLanguages()
    {
        QCOMPARE(text::normalizeDeclaredLanguage(QStringLiteral("utf-8")), QString());
        QCOMPARE(text::normalizeDeclaredLanguage(QStringLiteral("x-default")), QString());
        QCOMPARE(text::normalizeDeclaredLanguage(QStringLiteral("en-US")), QStringLiteral("en"));
        QCOMPARE(text::normalizeDeclaredLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh"));
        QCOMPARE(text::normalizeDeclaredLanguage(QStringLiteral("iw")), QStringLiteral("he"));
    }

    void textDecidesOverWrongDeclaration()
    {
        const QString english = QStringLiteral(
            "The maintainers said that the new release is the fastest one yet, and that it is the first one to "
            "ship with the new scheduler for all of the supported machines.");
        QCOMPARE(text::chooseLanguage(QStringLiteral("de"), english), QStringLiteral("en"));
        QCOMPARE(text::chooseLanguage(QStringLiteral("utf-8"), english), QStringLiteral("en"));
        QCOMPARE(text::chooseLanguage(QStringLiteral("en"), QStringLiteral("这是一篇中文文章，讲的是新的调度器。")),
                 QStringLiteral("zh"));
        // A short text that words cannot decide keeps a real declaration.
        QCOMPARE(text::chooseLanguage(QStringLiteral("fr"), QStringLiteral("Linux 6.9")), QStringLiteral("fr"));
        // Too little text and no declaration: unknown, not a guess.
        QCOMPARE(text::chooseLanguage({}, QStringLiteral("Linux 6.9 RC1")), QString());
    }

    void closeRelativesKeepTheDeclaration()
    {
        const QString norwegian = QStringLiteral(
            "Den nye planleggeren er tatt med i neste versjon, og utviklerne sier at den er raskere enn den gamle "
            "på skrivebordet. Målingene er på e-postlisten, og det er ikke vanskelig å kjøre dem selv.");
        QCOMPARE(text::chooseLanguage(QStringLiteral("nb"), norwegian), QStringLiteral("nb"));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
