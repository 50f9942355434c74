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
    result.args = all;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString CliResult::describe() const
{
    const auto head = [](const QString &text) {
        constexpr int kMaxLines = 60;
        QStringList lines = text.split(QLatin1Char('\n'));
        if (lines.size() > kMaxLines) {
            const qsizetype more = lines.size() - kMaxLines;
            lines = lines.mid(0, kMaxLines);
            lines << QStringLiteral("[%1 more lines]").arg(more);
        }
        return lines.join(QLatin1Char('\n'));
    };
    return QStringLiteral("command: offprint-cli %1\nstdout:\n%2\nstderr:\n%3").arg(args.join(QLatin1Char(' ')), head(out), head(err));
}

QString testDataDir(const QString &area)
{
    return qEnvironmentVariable("OFFPRINT_TEST_DATA") + QLatin1Char('/') + area;
}
