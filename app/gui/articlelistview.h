#pragma once

#include <QListView>

namespace offprint::gui {

// The article list: a QListView that says why it is empty (no articles yet, nothing matches)
// instead of showing a blank pane. Letters that are not shortcuts do nothing: no type-ahead jump to a
// title (it opened articles nobody chose), nor by getting the focus.
class ArticleListView final : public QListView
{
    Q_OBJECT
public:
    explicit ArticleListView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    void keyboardSearch(const QString &search) override;

protected:
    void paintEvent(QPaintEvent *event) override;
    // Getting the focus does not make the first row current (QAbstractItemView's habit): that opened
    // an article on every start and marked it read.
    void focusInEvent(QFocusEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace offprint::gui
