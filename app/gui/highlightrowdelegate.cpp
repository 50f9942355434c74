#include "highlightrowdelegate.h"

#include "highlightcontroller.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace offprint::gui {

namespace {
constexpr int kVPad = 7;
constexpr int kSwatch = 4;      // width of the colour bar before a quote
constexpr int kBarGap = 10;     // between the colour bar and the quote
constexpr int kQuoteLines = 3;
constexpr int kNoteLines = 2;

QFont smallFont(const QFont &base, bool italic)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    f.setItalic(italic);
    return f;
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}

// CJK fallback glyphs stand taller than the UI font's own line.
int lineHeight(const QFont &font)
{
    return int(QFontMetrics(font).lineSpacing() * 1.2 + 0.5);
}

// The text wrapped to `width`, at most `maxLines` lines, the last one elided when text is left over.
QStringList wrap(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0)
        return lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool more = line.textStart() + line.textLength() < text.size();
        if (lines.size() == maxLines - 1 && more) {
            lines << QFontMetrics(font).elidedText(text.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString displayQuote(const QString &quote)
{
    return QStringLiteral("\u201C%1\u201D").arg(quote.simplified());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

HighlightRowDelegate::HighlightRowDelegate(QAbstractItemView *view, int padding)
    : QStyledItemDelegate(view), m_view(view), m_pad(padding)
{
}

bool HighlightRowDelegate::isHeader(const QModelIndex &index)
{
    return index.data(highlightrow::HeaderRole).toBool();
}

QString HighlightRowDelegate::quoteOf(const QModelIndex &index)
{
    const QVariant quote = index.data(highlightrow::QuoteRole);
    return displayQuote(quote.isValid() ? quote.toString() : index.data().toString());
}

int HighlightRowDelegate::textLeft() const
{
    return m_pad + kSwatch + kBarGap;
}

int HighlightRowDelegate::textWidth() const
{
    return qMax(60, m_view->viewport()->width() - textLeft() - m_pad);
}

QSize HighlightRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFont &base = option.font;
    if (isHeader(index))
        return {0, lineHeight(titleFont(base)) + 2 * kVPad + (index.row() > 0 ? 8 : 0)};
    const int width = textWidth();
    int height = 2 * kVPad;
    height += int(wrap(quoteOf(index), base, width, kQuoteLines).size()) * lineHeight(base);
    const QString note = index.data(highlightrow::NoteRole).toString().simplified();
    if (!note.isEmpty())
        height += 3 + int(wrap(note, smallFont(base, true), width, kNoteLines).size()) * lineHeight(smallFont(base, true));
    if (index.data(highlightrow::OrphanedRole).toBool())
        height += 3 + lineHeight(smallFont(base, false));
    return {0, height};
}

void HighlightRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor quiet = mix(text, selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base), 0.4);
    QRect rect = option.rect;
    if (isHeader(index) && index.row() > 0)
        rect.setTop(rect.top() + 8);
    if (selected) {
        QColor fill = pal.color(QPalette::Highlight);
        if (!m_view->hasFocus())
            fill.setAlphaF(0.55);
        painter->fillRect(rect, fill);
    }
    const QFont &base = option.font;
    if (isHeader(index)) {
        const QFont title = titleFont(base);
        const QString count = QString::number(index.data(highlightrow::CountRole).toInt());
        painter->setFont(smallFont(base, false));
        painter->setPen(quiet);
        const QRect line = rect.adjusted(m_pad, kVPad, -m_pad, -kVPad);
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, count);
        const int countWidth = QFontMetrics(smallFont(base, false)).horizontalAdvance(count) + 10;
        painter->setFont(title);
        painter->setPen(text);
        painter->drawText(line.adjusted(0, 0, -countWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(title).elidedText(index.data().toString(), Qt::ElideRight,
                                                         line.width() - countWidth));
        painter->restore();
        return;
    }
    const int left = rect.left() + textLeft();
    const int width = textWidth();
    int y = rect.top() + kVPad;
    const QStringList quote = wrap(quoteOf(index), base, width, kQuoteLines);
    const bool orphaned = index.data(highlightrow::OrphanedRole).toBool();
    // The colour bar along the quote's lines.
    QColor swatch = HighlightController::colorOf(index.data(highlightrow::ColorRole).toString());
    if (orphaned)
        swatch.setAlphaF(0.45);
    QPainterPath bar;
    bar.addRoundedRect(QRectF(rect.left() + m_pad, y + 2, kSwatch, quote.size() * lineHeight(base) - 4), 2, 2);
    painter->fillPath(bar, swatch);
    painter->setFont(base);
    painter->setPen(orphaned ? quiet : text);
    for (const QString &line : quote) {
        painter->drawText(QRect(left, y, width, lineHeight(base)), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight(base);
    }
    const QString note = index.data(highlightrow::NoteRole).toString().simplified();
    if (!note.isEmpty()) {
        const QFont f = smallFont(base, true);
        painter->setFont(f);
        painter->setPen(mix(text, quiet, 0.5));
        y += 3;
        for (const QString &line : wrap(note, f, width, kNoteLines)) {
            painter->drawText(QRect(left, y, width, lineHeight(f)), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += lineHeight(f);
        }
    }
    if (orphaned) {
        const QFont f = smallFont(base, false);
        painter->setFont(f);
        painter->setPen(selected ? text : QColor(0xC0, 0x4B, 0x3A));
        y += 3;
        painter->drawText(QRect(left, y, width, lineHeight(f)), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(f).elidedText(tr("Orphaned: no longer in the article's text"),
                                                     Qt::ElideRight, width));
    }
    painter->restore();
}

} // namespace offprint::gui
