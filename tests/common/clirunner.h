#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

// Runs the real offprint-cli binary (path from $OFFPRINT_CLI) for end-to-end tests.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const;
    QJsonDocument json() const;
};

CliResult runCli(const QString &library, const QStringList &args, const QByteArray &stdinData = {});
QString testDataDir(const QString &area);
