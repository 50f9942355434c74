#include "readerpane.h"

#include "findbar.h"
#include "highlightspanel.h"
#include "outlinepanel.h"
#include "readerview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListWidget>
#include <QMouseEvent>
#include <QScrollBar>
#include <QVBoxLayout>

namespace offprint::gui {

ReaderPane::ReaderPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("readerPane"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *row = m_row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_reader = new ReaderView(this);
    m_outline = new OutlinePanel(this);
    m_outline->hide();
    row->addWidget(m_outline);
    row->addWidget(m_reader, 1);
    column->addLayout(row, 1);
    m_findBar = new FindBar(m_reader, this);
    column->addWidget(m_findBar);

    m_reader->installEventFilter(this);
    m_reader->viewport()->installEventFilter(this);
    connect(m_reader, &ReaderView::contentReplaced, this, &ReaderPane::refreshOutline);
    connect(m_outline, &OutlinePanel::headingActivated, m_reader, &ReaderView::scrollToPosition);
    connect(m_reader->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_outline->isVisible())
            m_outline->setCurrentPosition(m_reader->topPosition());
    });
}

void ReaderPane::addSidePanel(HighlightsPanel *panel)
{
    m_side = panel;
    m_row->addWidget(panel);
    connect(panel, &HighlightsPanel::wantedChanged, this, &ReaderPane::updateSidePanels);
    updateSidePanels();
}

bool ReaderPane::roomFor(int panelWidths) const
{
    return width() - panelWidths >= kMinReadingWidth;
}

void ReaderPane::updateSidePanels()
{
    // The outline is the user's choice (shown when asked for); the highlights panel comes by itself
    // and gives way when the article would become too narrow.
    if (m_side) {
        const int outline = m_outline->isHidden() ? 0 : m_outline->minimumWidth();
        m_side->setVisible(m_side->wanted() && roomFor(outline + m_side->minimumWidth()));
    }
}

void ReaderPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateSidePanels();
}

bool ReaderPane::outlineAvailable() const
{
    return m_outline->available();
}

void ReaderPane::setOutlineWanted(bool wanted)
{
    m_outlineWanted = wanted;
    updateOutlineVisibility();
    if (wanted && m_outline->isVisible())
        m_outline->list()->setFocus(Qt::OtherFocusReason);
}

void ReaderPane::refreshOutline()
{
    const bool before = m_outline->available();
    m_outline->setEntries(m_reader->outline());
    updateOutlineVisibility();
    if (before != m_outline->available())
        emit outlineAvailabilityChanged(m_outline->available());
}

void ReaderPane::updateOutlineVisibility()
{
    const bool show = m_outlineWanted && m_outline->available();
    if (show == m_outline->isHidden() && isVisible()) {
        // The panel narrows the reader and its lines wrap again: the text at the top stays there.
        const bool atTop = m_reader->verticalScrollBar()->value() == 0;
        const int top = m_reader->topPosition();
        m_outline->setVisible(show);
        updateSidePanels();
        layout()->activate();
        if (!atTop)
            m_reader->scrollToPosition(top);
    } else {
        m_outline->setVisible(show);
        updateSidePanels();
    }
    if (show)
        m_outline->setCurrentPosition(m_reader->topPosition());
}

bool ReaderPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reader && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        // In the reader, Ctrl+F finds in the article; elsewhere it stays the library search.
        if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Find)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                m_findBar->open();
            return true;
        }
    } else if (watched == m_reader->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton)
            return m_reader->goBack();
        if (button == Qt::ForwardButton)
            return m_reader->goForward();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace offprint::gui
