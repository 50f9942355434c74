#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QLineEdit;
class QLabel;
class QToolButton;
class QWidget;

namespace offprint::gui {

class ArticleListModel;

// The search field: filters the article list as the user types (debounced), shows how many
// results there are or why the query cannot run, and leaves search on Esc.
class SearchController final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;

    SearchController(ArticleListModel *model, QWidget *parent);

    QWidget *widget() const { return m_widget; }
    QLineEdit *field() const { return m_field; }
    QLabel *status() const { return m_status; }
    QToolButton *saveButton() const { return m_save; }

    void focus();
    void setQuery(const QString &query); // runs at once
    QString query() const;               // what runs (trimmed)
    QStringList highlightTerms() const { return m_terms; }
    void leave();
    // Runs a pending (debounced) query now.
    void flush();

signals:
    void applied(const QString &query);
    void saveRequested();
    void left();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();
    void showCount(int count, bool more);

    ArticleListModel *m_model;
    QWidget *m_widget;
    QLineEdit *m_field;
    QLabel *m_status;
    QToolButton *m_save;
    QTimer m_debounce;
    QStringList m_terms;
};

} // namespace offprint::gui
