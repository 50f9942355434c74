#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

// Runs the real offprint-cli binary (path from $OFFPRINT_CLI) for end-to-end tests.
struct CliResult
{
    QStringList args;
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const;
    QJsonDocument json() const;
    // What a failed check prints: the command, the exit status and the start of both outputs
    // (a sanitizer report on stderr is where the cause of an unexpected exit code is).
    QString describe() const;
};

// QCOMPARE on the exit code that shows the run's command and output when it differs.
#define QCOMPARE_EXIT(result, expected)                                                                  \
    do {                                                                                                 \
        const CliResult &cliResult_ = (result);                                                          \
        if (cliResult_.exitCode != (expected))                                                           \
            QFAIL(qPrintable(QStringLiteral("exit code %1, expected %2\n").arg(cliResult_.exitCode).arg(expected) \
                             + cliResult_.describe()));                                                  \
    } while (false)

CliResult runCli(const QString &library, const QStringList &args, const QByteArray &stdinData = {});
QString testDataDir(const QString &area);
