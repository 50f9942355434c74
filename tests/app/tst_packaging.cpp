#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// The desktop integration files agree with each other and with the binary, and AppStream accepts
// the metainfo.
class TestPackaging final : public QObject
{
    Q_OBJECT

private slots:
    void desktopFileLaunchesOffprint();
    void iconsExistInEverySize();
    void metainfoValidates();

private:
    static QString resources() { return qEnvironmentVariable("OFFPRINT_SOURCE_DIR") + QStringLiteral("/resources"); }
    static constexpr const char *kId = "io.github.offprint.Offprint";
};

void TestPackaging::desktopFileLaunchesOffprint()
{
    const QString path = resources() + QStringLiteral("/packaging/%1.desktop").arg(QLatin1String(kId));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]")));
    QVERIFY(text.contains(QStringLiteral("\nExec=offprint %F\n")));
    QVERIFY(text.contains(QStringLiteral("\nIcon=%1\n").arg(QLatin1String(kId))));
    QVERIFY(text.contains(QStringLiteral("\nType=Application\n")));
    QVERIFY(text.contains(QStringLiteral("Name[zh_CN]=")));
}

void TestPackaging::iconsExistInEverySize()
{
    QVERIFY(QFile::exists(resources() + QStringLiteral("/icons/offprint.svg")));
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const QImage image(resources() + QStringLiteral("/icons/offprint-%1.png").arg(size));
        QVERIFY2(!image.isNull(), qPrintable(QString::number(size)));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
    }
}

void TestPackaging::metainfoValidates()
{
    const QString path = resources() + QStringLiteral("/packaging/%1.metainfo.xml").arg(QLatin1String(kId));
    QVERIFY(QFile::exists(path));
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed");
    QProcess process;
    process.start(tool, {QStringLiteral("validate"), QStringLiteral("--no-net"), path});
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
