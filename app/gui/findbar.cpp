#include "findbar.h"

#include "readerview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace offprint::gui {

FindBar::FindBar(ReaderView *reader, QWidget *parent) : QWidget(parent), m_reader(reader)
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000")));
    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus);
        return b;
    };
    m_previous = button(QStringLiteral("↑"), tr("Previous match (Shift+Enter)"));
    m_next = button(QStringLiteral("↓"), tr("Next match (Enter)"));
    m_close = button(QStringLiteral("✕"), tr("Close (Esc)"));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            m_reader->clearFind();
        else
            m_reader->find(text);
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previous);
    connect(m_next, &QToolButton::clicked, this, &FindBar::next);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    connect(m_reader, &ReaderView::findChanged, this, &FindBar::updateCount);
    hide();
}

void FindBar::open()
{
    const bool wasHidden = isHidden();
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (wasHidden && !m_field->text().trimmed().isEmpty())
        m_reader->find(m_field->text());
    updateCount();
}

void FindBar::close()
{
    m_reader->clearFind();
    hide();
    m_reader->setFocus(Qt::OtherFocusReason);
}

void FindBar::next()
{
    if (isHidden() || m_reader->findNeedle().isEmpty()) {
        open();
        return;
    }
    m_reader->findNext();
}

void FindBar::previous()
{
    if (isHidden() || m_reader->findNeedle().isEmpty()) {
        open();
        return;
    }
    m_reader->findPrevious();
}

void FindBar::updateCount()
{
    const int count = m_reader->findCount();
    const bool searching = !m_reader->findNeedle().isEmpty();
    m_previous->setEnabled(count > 0);
    m_next->setEnabled(count > 0);
    if (!searching)
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("No matches"));
    else if (m_reader->findIndex() < 0)
        m_count->setText(tr("%n match(es)", nullptr, count));
    else
        m_count->setText(tr("%1 of %2").arg(m_reader->findIndex() + 1).arg(count));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_field || (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool escape = key->key() == Qt::Key_Escape;
    const bool findAgain = key->matches(QKeySequence::Find);
    if (!enter && !escape && !findAgain)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Esc and Ctrl+F belong to the bar here, not to the window's search actions.
        event->accept();
        return true;
    }
    if (escape)
        close();
    else if (findAgain)
        m_field->selectAll();
    else if (key->modifiers() & Qt::ShiftModifier)
        previous();
    else
        next();
    return true;
}

} // namespace offprint::gui
