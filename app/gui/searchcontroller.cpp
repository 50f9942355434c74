#include "searchcontroller.h"

#include "articlelistmodel.h"
#include "search/query.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace offprint::gui {

SearchController::SearchController(ArticleListModel *model, QWidget *parent)
    : QObject(parent), m_model(model), m_widget(new QWidget(parent)), m_field(new QLineEdit(m_widget)),
      m_status(new QLabel(m_widget)), m_save(new QToolButton(m_widget))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search (/)"));
    m_field->setClearButtonEnabled(true);
    m_field->setToolTip(tr("Words are ANDed; \"exact phrase\", -exclude, a OR b, prefix*.\n"
                           "Filters: tag:NAME site:NAME author:NAME is:unread is:starred lang:zh before:2024-01-01 "
                           "after:2023-06-01"));
    m_field->setMinimumWidth(260);
    m_field->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Below the field, wrapped: a long error shows whole and never widens the list pane.
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setVisible(false);
    auto *column = new QVBoxLayout(m_widget);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    column->addLayout(layout);
    column->addWidget(m_status);
    layout->addWidget(m_field, 1);
    m_save->setObjectName(QStringLiteral("saveSearch"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Keep this search in the sidebar"));
    m_save->setAutoRaise(true);
    m_save->setVisible(false);
    connect(m_save, &QToolButton::clicked, this, &SearchController::saveRequested);
    layout->addWidget(m_save);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchController::run);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            m_debounce.start();
    });
    connect(m_field, &QLineEdit::returnPressed, this, &SearchController::flush);
    connect(m_model, &ArticleListModel::searchCountChanged, this, &SearchController::showCount);
}

void SearchController::focus()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchController::setQuery(const QString &query)
{
    m_field->setText(query);
    m_debounce.stop();
    run();
}

QString SearchController::query() const
{
    return m_field->text().trimmed();
}

void SearchController::flush()
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        run();
    }
}

void SearchController::leave()
{
    m_debounce.stop();
    m_field->clear();
    run();
    emit left();
}

void SearchController::run()
{
    const QString q = query();
    if (q == m_model->searchQuery() && !q.isEmpty())
        return;
    m_terms.clear();
    m_status->setProperty("error", false);
    if (q.isEmpty()) {
        m_model->clearSearch();
        m_status->clear();
    } else {
        const QString error = m_model->setSearch(q);
        if (!error.isEmpty()) {
            m_status->setProperty("error", true);
            m_status->setText(error);
        } else if (auto compiled = search::compileQuery(q); compiled.ok()) {
            m_terms = compiled->terms;
        }
    }
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_status->setVisible(!m_status->text().isEmpty());
    m_save->setVisible(m_model->isSearching());
    emit applied(q);
}

void SearchController::showCount(int count, bool more)
{
    if (!m_model->isSearching())
        return;
    m_status->setProperty("error", false);
    m_status->setText(more ? tr("%n+ results", nullptr, count) : tr("%n result(s)", nullptr, count));
    m_status->setVisible(true);
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

bool SearchController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            leave();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            flush();
            emit left(); // focus to the list, keeping the query
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace offprint::gui
