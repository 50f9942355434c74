#pragma once

#include <QDialog>
#include <QStringList>

class QCompleter;
class QLineEdit;

namespace offprint::gui {

// Edits a comma-separated tag list with completion of the tag being typed from the library's tags.
class TagEditDialog final : public QDialog
{
    Q_OBJECT
public:
    TagEditDialog(const QString &prompt, const QStringList &current, const QStringList &known,
                  QWidget *parent = nullptr);

    QStringList tags() const;
    QLineEdit *field() const { return m_field; }

    // "a, b，c" → {"a","b","c"}: commas (ASCII or full-width) separate; case-insensitive duplicates go.
    static QStringList parseTags(const QString &text);

private:
    void updateCompletion();
    void insertCompletion(const QString &completion);

    QLineEdit *m_field;
    QCompleter *m_completer;
};

} // namespace offprint::gui
