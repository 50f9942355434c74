#pragma once

#include "readerview.h"

#include <QWidget>

class QListWidget;

namespace offprint::gui {

// The table of contents of the open article: its headings, indented by level. Clicking one or
// pressing Enter on it scrolls the reader there; the section being read is kept selected.
class OutlinePanel final : public QWidget
{
    Q_OBJECT
public:
    // Articles with fewer headings have no outline.
    static constexpr int kMinHeadings = 3;

    explicit OutlinePanel(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void setEntries(const QList<ReaderView::OutlineEntry> &entries);
    int entryCount() const;
    bool available() const { return entryCount() >= kMinHeadings; }
    // Selects the last heading at or before `position` (the top of the view), quietly.
    void setCurrentPosition(int position);

signals:
    void headingActivated(int position);

private:
    QListWidget *m_list;
};

} // namespace offprint::gui
