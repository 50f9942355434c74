#pragma once

#include "domain/highlight.h"

#include <QWidget>

class QListWidget;

namespace offprint::gui {

// The open article's highlights beside the reader: each quote (shortened) with its colour and its note
// under it (HighlightRowDelegate), in text order. Clicking one or pressing Enter on it scrolls the
// reader there. Hidden while the article has none.
class HighlightsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit HighlightsPanel(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // `positions`: the document position of each highlight, -1 for one not drawn (orphaned).
    void setHighlights(const QList<Highlight> &highlights, const QList<int> &positions);
    // True while the open article has highlights; the reader pane shows the panel when it is wanted
    // and the article keeps enough width beside it (ReaderPane::updateSidePanels).
    bool wanted() const { return m_wanted; }

signals:
    void highlightActivated(int position);
    void wantedChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QListWidget *m_list;
    bool m_wanted = false;
};

} // namespace offprint::gui
