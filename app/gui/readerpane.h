#pragma once

#include <QWidget>

class QHBoxLayout;

namespace offprint::gui {

class FindBar;
class HighlightsPanel;
class OutlinePanel;
class ReaderView;

// The reading side of the window: the reader, its outline beside it (shown on request, for articles
// with three or more headings) and the find bar under it. Ctrl+F in the reader opens the find bar;
// the mouse's back and forward buttons go back and forward after a link inside the article.
class ReaderPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderPane(QWidget *parent = nullptr);

    ReaderView *reader() const { return m_reader; }
    FindBar *findBar() const { return m_findBar; }
    OutlinePanel *outline() const { return m_outline; }
    // The panel at the reader's right (the highlights of the open article).
    void addSidePanel(HighlightsPanel *panel);
    // Narrowest the article's column may become for the highlights panel to show: on a narrow window
    // it stays hidden (the highlights stay drawn in the text) and the text keeps a readable measure.
    static constexpr int kMinReadingWidth = 440;

    // The user's choice; the panel shows only while the open article has an outline.
    void setOutlineWanted(bool wanted);
    bool outlineWanted() const { return m_outlineWanted; }
    bool outlineAvailable() const;

signals:
    void outlineAvailabilityChanged(bool available);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refreshOutline();
    void updateOutlineVisibility();
    void updateSidePanels();
    bool roomFor(int panelWidths) const;

    ReaderView *m_reader;
    FindBar *m_findBar;
    OutlinePanel *m_outline;
    QHBoxLayout *m_row;
    HighlightsPanel *m_side = nullptr;
    bool m_outlineWanted = false;
};

} // namespace offprint::gui
