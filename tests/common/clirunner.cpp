#include "clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>

QStringList CliResult::lines() const
{
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QJsonDocument CliResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8());
}

CliResult runCli(const QString &library, const QStringList &args, const QByteArray &stdinData)
{
    QProcess process;
    QStringList all;
    if (!library.isEmpty())
        all << QStringLiteral("--library") << library;
    all << args;
    process.start(qEnvironmentVariable("OFFPRINT_CLI"), all);
    process.waitForStarted();
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString testDataDir(const QString &area)
{
    return qEnvironmentVariable("OFFPRINT_TEST_DATA") + QLatin1Char('/') + area;
}
