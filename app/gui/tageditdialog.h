#pragma once

#include <QDialog>
#include <QStringList>

class QCompleter;
class QLineEdit;

namespace offprint::gui {

// Edits a comma-separated tag list with completion of the tag being typed from the library's tags:
// while suggestions show, Tab or Enter takes the highlighted one (the first when none is), as the
// dialog's hint says; Enter without suggestions accepts the dialog.
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
    bool completing() const; // suggestions are showing

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCompletion();
    void insertCompletion(const QString &completion);

    QLineEdit *m_field;
    QCompleter *m_completer;
};

} // namespace offprint::gui
