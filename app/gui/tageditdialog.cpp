#include "tageditdialog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>
#include <QVBoxLayout>

namespace offprint::gui {

TagEditDialog::TagEditDialog(const QString &prompt, const QStringList &current, const QStringList &known,
                             QWidget *parent)
    : QDialog(parent), m_field(new QLineEdit(this)), m_completer(new QCompleter(known, this))
{
    setWindowTitle(tr("Edit tags"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_field->setObjectName(QStringLiteral("tagField"));
    m_field->setText(current.isEmpty() ? QString() : current.join(QStringLiteral(", ")) + QStringLiteral(", "));
    m_field->setPlaceholderText(tr("rust, 芯片, to-read"));
    layout->addWidget(m_field);
    auto *hint = new QLabel(tr("Separate tags with commas. Tab or Enter completes a known tag."), this);
    hint->setEnabled(false);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setWidget(m_field);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_field, &QLineEdit::textEdited, this, &TagEditDialog::updateCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TagEditDialog::insertCompletion);
    // Ahead of the completer's own filter on its popup (filters installed last run first), and on the
    // field, where Tab would move the focus and Enter accept the dialog.
    m_completer->popup()->installEventFilter(this);
    m_field->installEventFilter(this);
}

bool TagEditDialog::completing() const
{
    return m_completer->popup()->isVisible();
}

bool TagEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !completing())
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key != Qt::Key_Tab && key != Qt::Key_Return && key != Qt::Key_Enter)
        return QDialog::eventFilter(watched, event);
    const QModelIndex highlighted = m_completer->popup()->currentIndex();
    const QString completion = highlighted.isValid() ? highlighted.data().toString()
                                                     : m_completer->completionModel()->index(0, 0).data().toString();
    m_completer->popup()->hide();
    if (!completion.isEmpty())
        insertCompletion(completion);
    return true;
}

QStringList TagEditDialog::parseTags(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    QStringList result;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !result.contains(tag, Qt::CaseInsensitive))
            result << tag;
    }
    return result;
}

QStringList TagEditDialog::tags() const
{
    return parseTags(m_field->text());
}

void TagEditDialog::updateCompletion()
{
    const QString text = m_field->text().left(m_field->cursorPosition());
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    const QString prefix = text.mid(text.lastIndexOf(separators) + 1).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void TagEditDialog::insertCompletion(const QString &completion)
{
    const QString text = m_field->text();
    static const QRegularExpression separators(QStringLiteral("[,，、;；]"));
    const int cut = int(text.left(m_field->cursorPosition()).lastIndexOf(separators)) + 1;
    QString head = text.left(cut);
    if (!head.isEmpty() && !head.endsWith(QLatin1Char(' ')))
        head += QLatin1Char(' ');
    m_field->setText(head + completion + QStringLiteral(", "));
}

} // namespace offprint::gui
