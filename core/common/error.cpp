#include "common/result.h"

#include <QCoreApplication>

namespace offprint {

namespace {

// Fills %1 with the subject and %2… with the details in one pass, so that a "%2" inside a file
// name is never taken for a placeholder.
QString fill(const QString &form, const QString &subject, const QStringList &details)
{
    QString out;
    out.reserve(form.size() + subject.size() + 32);
    for (qsizetype i = 0; i < form.size(); ++i) {
        const QChar c = form.at(i);
        if (c == QLatin1Char('%') && i + 1 < form.size() && form.at(i + 1).isDigit()) {
            const int n = form.at(i + 1).digitValue();
            if (n == 1) {
                out += subject;
                ++i;
                continue;
            }
            if (n >= 2 && n - 2 < details.size()) {
                out += details.at(n - 2);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QString Error::message() const
{
    if (!form)
        return details.join(QString());
    return fill(QString::fromUtf8(form), subject, details);
}

QString Error::localizedMessage() const
{
    if (!form)
        return details.join(QString());
    return fill(QCoreApplication::translate("offprint::Error", form), subject, details);
}

} // namespace offprint
