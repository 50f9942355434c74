#include "outlinepanel.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace offprint::gui {

namespace {
constexpr int kPositionRole = Qt::UserRole + 1;
} // namespace

OutlinePanel::OutlinePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("outlinePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 0, 0);
    layout->setSpacing(4);
    auto *title = new QLabel(tr("Outline"), this);
    title->setObjectName(QStringLiteral("outlineTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("outline"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_list, 1);
    auto activate = [this](QListWidgetItem *item) {
        if (item)
            emit headingActivated(item->data(kPositionRole).toInt());
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemClicked, this, activate);
    // About sixteen characters: room for most headings (longer ones wrap) without taking the
    // reader's measure.
    setFixedWidth(qBound(150, 16 * fontMetrics().averageCharWidth() + 16, 240));
}

void OutlinePanel::setEntries(const QList<ReaderView::OutlineEntry> &entries)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (entries.isEmpty())
        return;
    const int top = std::min_element(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
                        return a.level < b.level;
                    })->level;
    for (const ReaderView::OutlineEntry &entry : entries) {
        auto *item = new QListWidgetItem(entry.text, m_list);
        item->setData(kPositionRole, entry.position);
        item->setToolTip(entry.text);
        QFont font = m_list->font();
        font.setBold(entry.level == top);
        item->setFont(font);
        // Indented by depth under the article's highest heading level.
        item->setText(QString(2 * (entry.level - top), QChar(0x2002)) + entry.text);
    }
}

int OutlinePanel::entryCount() const
{
    return m_list->count();
}

void OutlinePanel::setCurrentPosition(int position)
{
    int current = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kPositionRole).toInt() > position)
            break;
        current = row;
    }
    const QSignalBlocker blocker(m_list);
    if (current < 0)
        m_list->clearSelection();
    else
        m_list->setCurrentRow(current);
}

} // namespace offprint::gui
