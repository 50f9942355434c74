#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace offprint::gui {

class ReaderView;

// Find in the open article (not the library search): a field under the reader with the match
// count ("3 of 12"), previous/next (Enter, Shift+Enter, F3, Shift+F3) and Esc to close. The
// matching and the drawing are the ReaderView's; this is its control.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    FindBar(ReaderView *reader, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QLabel *count() const { return m_count; }

    // Shows the bar with the field focused and its text selected (finding it again if any).
    void open();
    // Hides the bar, removes its matches and gives the focus back to the reader.
    void close();
    void next();
    void previous();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    ReaderView *m_reader;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace offprint::gui
