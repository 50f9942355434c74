#pragma once

#include <QListView>

namespace offprint::gui {

// The article list: a QListView that says why it is empty (no articles yet, nothing matches)
// instead of showing a blank pane.
class ArticleListView final : public QListView
{
    Q_OBJECT
public:
    explicit ArticleListView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace offprint::gui
