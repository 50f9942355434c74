#include "highlightspanel.h"

#include "highlightrowdelegate.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace offprint::gui {

namespace {
constexpr int kPositionRole = Qt::UserRole + 100; // after highlightrow::Role
constexpr int kQuoteChars = 120;
} // namespace

HighlightsPanel::HighlightsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("highlightsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 6, 0);
    layout->setSpacing(4);
    auto *title = new QLabel(tr("Highlights"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("highlights"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setItemDelegate(new HighlightRowDelegate(m_list, 4));
    m_list->viewport()->installEventFilter(this);
    layout->addWidget(m_list, 1);
    setFixedWidth(220);
    auto activate = [this](QListWidgetItem *item) {
        if (item && item->data(kPositionRole).toInt() >= 0)
            emit highlightActivated(item->data(kPositionRole).toInt());
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemClicked, this, activate);
    hide();
}

void HighlightsPanel::setHighlights(const QList<Highlight> &highlights, const QList<int> &positions)
{
    m_list->clear();
    for (qsizetype i = 0; i < highlights.size(); ++i) {
        const Highlight &h = highlights[i];
        QString quote = h.quote.simplified();
        if (quote.size() > kQuoteChars)
            quote = quote.left(kQuoteChars - 1) + QChar(0x2026);
        QString text = QStringLiteral("“%1”").arg(quote);
        if (!h.note.isEmpty())
            text += QLatin1Char('\n') + h.note.simplified();
        if (!h.anchored())
            text += QLatin1Char('\n') + tr("(no longer in the text)");
        auto *item = new QListWidgetItem(text, m_list); // the text: for tests and screen readers
        item->setData(highlightrow::QuoteRole, quote);
        item->setData(highlightrow::NoteRole, h.note);
        item->setData(highlightrow::ColorRole, h.color);
        item->setData(highlightrow::OrphanedRole, !h.anchored());
        item->setData(highlightrow::HighlightRole, h.id);
        item->setData(kPositionRole, positions.value(i, -1));
        item->setToolTip(h.note.isEmpty() ? h.quote : h.quote + QStringLiteral("\n\n") + h.note);
    }
    if (m_wanted != !highlights.isEmpty()) {
        m_wanted = !highlights.isEmpty();
        emit wantedChanged();
    }
}

bool HighlightsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Rows wrap to the width: lay them out again when it changes.
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        m_list->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

} // namespace offprint::gui
