#include "articledelegate.h"

#include "articlelistmodel.h"
#include "readerstyle.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QtMath>

namespace offprint::gui {

namespace {
constexpr int kHPad = 12;
constexpr int kVPad = 7;
constexpr int kLineGap = 3;
constexpr int kDotColumn = 14;
// CJK fallback glyphs stand taller than the UI font's own line: give snippet lines room for them.
constexpr double kSnippetLine = 1.3;

QFont titleFont(const QFont &base, bool unread)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.08);
    f.setWeight(unread ? QFont::DemiBold : QFont::Normal);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.88);
    return f;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

ArticleDelegate::ArticleDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

bool ArticleDelegate::showsSnippets(const QModelIndex &index)
{
    const auto *model = qobject_cast<const ArticleListModel *>(index.model());
    return model && model->isSearching();
}

ArticleDelegate::Snippet ArticleDelegate::parseSnippet(const QString &marked)
{
    Snippet s;
    int start = -1;
    for (const QChar c : marked) {
        if (c == QChar(0x02)) {
            start = int(s.text.size());
        } else if (c == QChar(0x03)) {
            if (start >= 0 && s.text.size() > start)
                s.highlights.append({start, int(s.text.size()) - start});
            start = -1;
        } else {
            s.text.append(c == QLatin1Char('\n') ? QLatin1Char(' ') : c);
        }
    }
    return s;
}

QSize ArticleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics title(titleFont(option.font, true));
    const QFontMetrics small(smallFont(option.font));
    int h = kVPad * 2 + title.height() + kLineGap + small.height();
    if (showsSnippets(index))
        h += kLineGap + qCeil(2 * small.lineSpacing() * kSnippetLine);
    return {200, h};
}

void ArticleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor base = pal.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor muted = mix(text, base, 0.38);
    const QColor accent = selected ? text : pal.color(QPalette::Link);

    const bool unread = !index.data(ArticleListModel::ReadRole).toBool();
    const bool starred = index.data(ArticleListModel::StarredRole).toBool();
    const QRect r = option.rect.adjusted(kHPad, kVPad, -kHPad, -kVPad);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The title is set in the fonts of its article's language, as the reader sets the article: an
    // English title keeps Latin quotes under a Chinese interface font.
    QFont tFont = titleFont(option.font, unread);
    const QString language = index.data(ArticleListModel::LanguageRole).toString();
    if (!language.isEmpty())
        tFont.setFamilies(readerstyle::uiFamilies(language));
    const QFontMetrics tfm(tFont);
    const int dotX = r.left();
    if (unread) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        const int d = 7;
        painter->drawEllipse(QRect(dotX, r.top() + (tfm.height() - d) / 2, d, d));
    }
    int starWidth = 0;
    if (starred) {
        const QString star = QStringLiteral("★");
        starWidth = tfm.horizontalAdvance(star) + 6;
        painter->setFont(tFont);
        painter->setPen(selected ? text : QColor(0xE0, 0xA0, 0x10));
        painter->drawText(QRect(r.right() - starWidth + 6, r.top(), starWidth, tfm.height()), Qt::AlignRight, star);
    }

    const QRect textRect = r.adjusted(kDotColumn, 0, 0, 0);
    painter->setFont(tFont);
    painter->setPen(unread ? text : mix(text, base, 0.15));
    const QString title = index.data(ArticleListModel::TitleRole).toString();
    painter->drawText(QRect(textRect.left(), textRect.top(), textRect.width() - starWidth, tfm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, tfm.elidedText(title, Qt::ElideRight, textRect.width() - starWidth));

    // Meta line: site · date · minutes, then tag chips while room remains.
    const QFont sFont = smallFont(option.font);
    const QFontMetrics sfm(sFont);
    int y = textRect.top() + tfm.height() + kLineGap;
    QStringList parts;
    // A link from another reader's export: said first, before the site.
    if (index.data(ArticleListModel::LinkOnlyRole).toBool())
        parts << tr("not saved yet");
    const QString site = index.data(ArticleListModel::SiteRole).toString();
    if (!site.isEmpty())
        parts << site;
    // The publication date as the page printed it; the save date in the reader's time zone.
    const QDateTime published = index.data(ArticleListModel::PublishedRole).toDateTime();
    const QDateTime saved = index.data(ArticleListModel::SavedRole).toDateTime();
    const QDate date = published.isValid() ? published.date() : saved.toLocalTime().date();
    if (date.isValid())
        parts << QLocale().toString(date, QLocale::ShortFormat);
    const int minutes = index.data(ArticleListModel::ReadingMinutesRole).toInt();
    if (minutes > 0)
        parts << tr("%n min", nullptr, minutes);
    // Highlights and notes: a mark with the count, the pencil when there is a note.
    const int marked = index.data(ArticleListModel::HighlightCountRole).toInt();
    const bool noted = index.data(ArticleListModel::HasNoteRole).toBool();
    if (marked > 0 || noted)
        parts << (marked > 0 ? QStringLiteral("❝%1").arg(marked) : QString())
                     + (noted ? QStringLiteral("✎") : QString());
    const QString meta = parts.join(QStringLiteral("  ·  "));
    painter->setFont(sFont);
    painter->setPen(muted);
    const QString metaShown = sfm.elidedText(meta, Qt::ElideRight, textRect.width());
    painter->drawText(QRect(textRect.left(), y, textRect.width(), sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      metaShown);
    int x = textRect.left() + sfm.horizontalAdvance(metaShown) + 10;
    const QColor chipBg = mix(base, accent, selected ? 0.25 : 0.12);
    for (const QString &tag : index.data(ArticleListModel::TagsRole).toStringList()) {
        const int w = sfm.horizontalAdvance(tag) + 12;
        if (x + w > textRect.right())
            break;
        QPainterPath chip;
        chip.addRoundedRect(QRectF(x, y, w, sfm.height()), 4, 4);
        painter->fillPath(chip, chipBg);
        painter->setPen(selected ? text : accent);
        painter->drawText(QRect(x, y, w, sfm.height()), Qt::AlignCenter, tag);
        x += w + 4;
    }
    y += sfm.height() + kLineGap;

    if (showsSnippets(index)) {
        const Snippet snippet = parseSnippet(index.data(ArticleListModel::SnippetRole).toString());
        QTextLayout layout(snippet.text, sFont);
        QList<QTextLayout::FormatRange> ranges;
        for (const auto &[start, length] : snippet.highlights) {
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = length;
            range.format.setBackground(selected ? mix(base, text, 0.3) : mix(base, QColor(0xFF, 0xD5, 0x4F), 0.55));
            range.format.setFontWeight(QFont::DemiBold);
            ranges.append(range);
        }
        layout.setFormats(ranges);
        QTextOption to;
        to.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(to);
        layout.beginLayout();
        int lines = 0;
        qreal ly = 0;
        while (lines < 2) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(textRect.width());
            line.setPosition(QPointF(0, ly));
            ly += qMax<qreal>(line.height(), sfm.lineSpacing() * kSnippetLine);
            ++lines;
        }
        layout.endLayout();
        painter->setPen(mix(text, base, 0.2));
        painter->setClipRect(QRect(textRect.left(), y, textRect.width(), qCeil(2 * sfm.lineSpacing() * kSnippetLine)));
        layout.draw(painter, QPointF(textRect.left(), y));
    }
    painter->restore();
}

} // namespace offprint::gui
