#pragma once

#include <QByteArray>
#include <QString>

// Reads a saved page for the bench tools and turns it into UTF-8: UTF-8 when valid, else the
// <meta charset> (gbk/gb2312 → GB18030), else windows-1252. The real decoder is core/encoding.
QByteArray readPageAsUtf8(const QString &path, QString *error);
