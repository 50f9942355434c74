#include "readers/csv.h"

#include <cstring>

namespace offprint::readers {

CsvReader::CsvReader(QByteArray data, qsizetype maxFieldBytes) : m_data(std::move(data)), m_maxField(maxFieldBytes)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::next(CsvRecord &record)
{
    const qsizetype size = m_data.size();
    const char *data = m_data.constData();
    // Empty lines between records are not records.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n' || (data[m_pos] == '\r' && (m_pos + 1 >= size || data[m_pos + 1] != '\n')))
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;

    record = CsvRecord();
    record.line = m_line;
    QByteArray field;
    bool tooLong = false;
    bool quoted = false;   // inside a quoted part
    bool wasQuoted = false;
    int quotedFrom = m_line;
    auto append = [&](const char *from, qsizetype n) {
        if (tooLong)
            return;
        if (field.size() + n > m_maxField) {
            tooLong = true;
            field.clear();
            field.squeeze();
            if (record.problem.isEmpty())
                record.problem = QStringLiteral("field %1 is longer than %2 MB")
                                     .arg(record.fields.size() + 1)
                                     .arg(double(m_maxField) / (1024 * 1024), 0, 'g', 3);
            return;
        }
        field.append(from, n);
    };
    auto endField = [&]() {
        record.fields.append(QString::fromUtf8(field));
        field.clear();
        tooLong = false;
        wasQuoted = false;
    };

    while (m_pos < size) {
        const char c = data[m_pos];
        if (quoted) {
            // Copy the run up to the next quote at once (long fields stay linear).
            const char *quote = static_cast<const char *>(memchr(data + m_pos, '"', size_t(size - m_pos)));
            const qsizetype end = quote ? quote - data : size;
            for (qsizetype i = m_pos; i < end; ++i)
                if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n')))
                    ++m_line;
            append(data + m_pos, end - m_pos);
            m_pos = end;
            if (!quote)
                break;
            if (m_pos + 1 < size && data[m_pos + 1] == '"') {
                append("\"", 1);
                m_pos += 2;
            } else {
                quoted = false;
                ++m_pos;
            }
            continue;
        }
        if (c == ',') {
            endField();
            ++m_pos;
            continue;
        }
        if (c == '\n' || c == '\r') {
            m_pos += (c == '\r' && m_pos + 1 < size && data[m_pos + 1] == '\n') ? 2 : 1;
            ++m_line;
            endField();
            return true;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted && !tooLong) {
            quoted = true;
            wasQuoted = true;
            quotedFrom = m_line;
            ++m_pos;
            continue;
        }
        // A stray quote in an unquoted field, or text after a closing quote: kept as it is.
        qsizetype end = m_pos + 1;
        while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '\r' && data[end] != '"')
            ++end;
        append(data + m_pos, end - m_pos);
        m_pos = end;
    }
    if (quoted && record.problem.isEmpty())
        record.problem = QStringLiteral("the quoted field that starts on line %1 is never closed").arg(quotedFrom);
    endField();
    return true;
}

int csvColumn(const QStringList &header, const QString &name)
{
    for (int i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString csvField(const CsvRecord &record, int column)
{
    return column >= 0 && column < record.fields.size() ? record.fields.at(column) : QString();
}

} // namespace offprint::readers
