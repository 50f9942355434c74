#include "readerview.h"

#include "common/fileutil.h"
#include "render/articlehtml.h"
#include "search/highlight.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QAbstractTextDocumentLayout>
#include <QPaintEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>

namespace offprint::gui {

namespace {
constexpr int kMinSideMargin = 24;
constexpr int kTopMargin = 28;
constexpr qint64 kMaxImageBytes = 32LL * 1024 * 1024;
constexpr qreal kQuoteIndent = 22; // blockquote's margin in readerstyle::styleSheet

bool isCjkArticle(const Article &article)
{
    const QString &lang = article.meta.language;
    if (!lang.isEmpty())
        return readerstyle::isCjk(readerstyle::scriptFor(lang));
    int cjk = 0;
    for (const QChar c : article.meta.title)
        cjk += c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
    return cjk * 3 >= article.meta.title.size();
}

// The language whose fonts an article is set in: its own, else Chinese for a CJK title.
QString fontLanguage(const Article &article)
{
    if (!article.meta.language.isEmpty())
        return article.meta.language;
    return isCjkArticle(article) ? QStringLiteral("zh") : QStringLiteral("en");
}
} // namespace

ReaderView::ReaderView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reader"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setSearchPaths({});
    document()->setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            QDesktopServices::openUrl(url);
        else if (scheme.isEmpty() && url.path().isEmpty() && url.hasFragment())
            followAnchor(url.fragment(QUrl::FullyDecoded));
        // Any other scheme (file:, javascript:, mailto:, ...) is ignored on purpose.
    });
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme.isEmpty() && url.path().isEmpty() && url.hasFragment())
            emit linkHovered(QLatin1Char('#') + url.fragment(QUrl::FullyDecoded)); // a place in this article
        else
            emit linkHovered(scheme == QLatin1String("http") || scheme == QLatin1String("https")
                                 ? url.toString(QUrl::FullyEncoded)
                                 : QString());
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value > 0 && atEnd())
            emit reachedEnd();
    });
}

void ReaderView::setLibraryFolder(const QString &folder)
{
    m_libraryFolder = QDir(folder).absolutePath();
}

void ReaderView::setAppearance(const ReaderColors &colors, const ReaderFont &font, int widthEm)
{
    // The text at the top of the view, taken before the new font lays it out again. Unmoved since
    // the last change, the place kept then is kept (no drift of a line at each change).
    const int scroll = verticalScrollBar()->value();
    const bool unmoved = m_appearancePlace.layout == m_layoutGeneration && m_appearancePlace.scroll == scroll;
    const int top = m_lastHtml.isEmpty() || scroll == 0 ? -1 : unmoved ? m_appearancePlace.position : topPosition();
    m_colors = colors;
    m_font = font;
    m_widthEm = widthEm;
    QPalette p = palette();
    p.setColor(QPalette::Base, colors.background);
    p.setColor(QPalette::Text, colors.text);
    p.setColor(QPalette::Link, colors.link);
    // QTextDocument draws <hr> and table grid lines with these roles.
    p.setColor(QPalette::Dark, colors.border);
    p.setColor(QPalette::Mid, colors.border);
    p.setColor(QPalette::Light, colors.border);
    p.setColor(QPalette::Midlight, colors.border);
    setPalette(p);
    applyStyle();
    if (!m_lastHtml.isEmpty()) {
        // The same text laid out again: the same characters stay at the top, the highlights stay.
        render(m_lastHtml, !m_original);
        applySelections();
        if (top >= 0)
            scrollToPosition(top);
        else
            verticalScrollBar()->setValue(0);
        m_appearancePlace = ReaderPlace{top, verticalScrollBar()->value(), m_layoutGeneration};
    }
}

void ReaderView::applyStyle()
{
    document()->setDefaultStyleSheet(readerstyle::styleSheet(m_colors, m_font, m_language));
    QFont f = document()->defaultFont();
    f.setFamilies(readerstyle::fontFamilies(m_language, m_font.serif));
    f.setPointSizeF(m_font.pointSize);
    document()->setDefaultFont(f);
}

int ReaderView::measurePixels() const
{
    // One em is one CJK character; Latin text runs about two characters to the em.
    return m_widthEm * QFontInfo(document()->defaultFont()).pixelSize();
}

void ReaderView::render(const QString &html, bool lineHeights)
{
    m_lastHtml = html;
    m_refused = 0;
    ++m_layoutGeneration;
    setHtml(html);
    if (lineHeights)
        applyLineHeights();
    updateLayout();
}

void ReaderView::showArticle(const Article &article, const QStringList &highlightTerms)
{
    m_original = false;
    m_cjk = isCjkArticle(article);
    m_language = fontLanguage(article);
    applyStyle();
    setExtraSelections({});
    if (article.id * 2 != m_shownKey)
        m_annotations.clear(); // another article's highlights: not drawn on this one's text
    if (article.linkOnly) {
        render(linkEntryHtml(article), false);
        m_termRanges.clear();
        contentShown(article.id * 2);
        return;
    }
    render(offprint::render::articleHtml(article), true);
    highlight(highlightTerms);
    contentShown(article.id * 2);
}

QString ReaderView::linkEntryHtml(const Article &article) const
{
    const QString url = article.meta.url.toHtmlEscaped();
    QString html = QStringLiteral("<html><body><h1 class=\"title\">%1</h1>").arg(article.meta.title.toHtmlEscaped());
    html += QStringLiteral("<p class=\"meta\">%1</p>")
                .arg(tr("Not saved yet: only the link was imported. Import the saved page to read it here; it "
                        "fills this entry and keeps its tags, state and highlights.")
                         .toHtmlEscaped());
    html += QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(url);
    if (!article.tags.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(tr("Tags: %1").arg(article.tags.join(QStringLiteral(", "))).toHtmlEscaped());
    if (!article.meta.excerpt.isEmpty())
        html += QStringLiteral("<blockquote>%1</blockquote>").arg(article.meta.excerpt.toHtmlEscaped());
    html += QStringLiteral("<p><a href=\"%1\"><b>%2</b></a></p></body></html>").arg(url, tr("Open in Browser").toHtmlEscaped());
    return html;
}

void ReaderView::showOriginal(const Article &article, const QString &content, bool isHtml)
{
    m_original = true;
    m_cjk = isCjkArticle(article);
    m_language = fontLanguage(article);
    applyStyle();
    setExtraSelections({});
    if (isHtml) {
        render(content, false);
    } else {
        m_lastHtml.clear();
        ++m_layoutGeneration;
        setPlainText(content);
        updateLayout();
    }
    m_termRanges.clear();
    contentShown(article.id * 2 + 1);
}

void ReaderView::showOriginalPending(const QString &text)
{
    m_original = true;
    setExtraSelections({});
    render(QStringLiteral("<p class=\"meta\">%1</p>").arg(text.toHtmlEscaped()), false);
}

void ReaderView::showMessage(const QString &title, const QString &text)
{
    m_original = false;
    render(QStringLiteral("<html><body><h1 class=\"title\">%1</h1><p class=\"meta\">%2</p></body></html>")
               .arg(title.toHtmlEscaped(), text.toHtmlEscaped()),
           false);
    m_termRanges.clear();
    contentShown(0);
}

void ReaderView::applyLineHeights()
{
    // CJK fonts carry a tall natural line (about 1.45 em), so a proportional height would compound
    // it; a minimum height in pixels gives the intended ~1.75 em for Chinese whatever the font.
    const qreal factor = m_cjk ? 1.75 : 1.6;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat fmt = block.blockFormat();
        const QTextCharFormat chars = block.charFormat();
        const bool code = chars.fontFixedPitch() || fmt.nonBreakableLines()
            || fmt.hasProperty(QTextFormat::BlockCodeFence) || chars.fontFamilies().toStringList().join(QString()).contains(QLatin1String("Mono"));
        if (code || fmt.headingLevel() > 0)
            continue;
        QFont font = document()->defaultFont();
        if (chars.hasProperty(QTextFormat::FontPointSize))
            font.setPointSizeF(chars.fontPointSize());
        const qreal px = QFontInfo(font).pixelSize();
        fmt.setLineHeight(qRound(px * factor), QTextBlockFormat::MinimumHeight);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(fmt);
    }
    cursor.endEditBlock();
}

void ReaderView::updateLayout()
{
    const int available = viewport()->width();
    const int side = qMax(kMinSideMargin, (available - measurePixels()) / 2);
    QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    if (qRound(frame.leftMargin()) != side || qRound(frame.topMargin()) != kTopMargin) {
        frame.setLeftMargin(side);
        frame.setRightMargin(side);
        frame.setTopMargin(kTopMargin);
        frame.setBottomMargin(kTopMargin * 2);
        document()->rootFrame()->setFrameFormat(frame);
    }
    // Images never overflow the text column.
    const int column = qMax(100, available - 2 * side - 8);
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage source = document()->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (source.isNull())
                continue;
            const qreal width = qMin<qreal>(source.width(), column);
            if (qAbs(image.width() - width) < 0.5)
                continue;
            image.setWidth(width);
            image.setHeight(width * source.height() / qMax(1, source.width()));
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    {
        // The page's background is the theme's (not the application style sheet's), and code
        // blocks are painted under the text.
        QPainter under(viewport());
        if (m_colors.background.isValid())
            under.fillRect(event->rect(), m_colors.background);
        if (!m_original)
            paintCodeBackgrounds(under);
    }
    QTextBrowser::paintEvent(event);
    QPainter painter(viewport());
    paintQuoteBars(painter);
}

namespace {
bool isCodeBlock(const QTextBlock &block)
{
    const QStringList families = block.charFormat().fontFamilies().toStringList();
    return !families.isEmpty() && families.first() == readerstyle::monospaceFamilies().first()
        && block.blockFormat().leftMargin() > 0;
}
} // namespace

void ReaderView::paintCodeBackgrounds(QPainter &painter)
{
    // Qt's rich text has no padding on blocks: the background of a code block is drawn here, 14 px
    // (the style sheet's margins) around its text and 10 px above and below.
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const QRectF visible = QRectF(viewport()->rect()).translated(-offset);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colors.codeBackground);
    QRectF run;
    auto flush = [&] {
        if (!run.isNull())
            painter.drawRoundedRect(run.adjusted(0, -10, 0, 10).translated(offset), 4, 4);
        run = QRectF();
    };
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!isCodeBlock(block)) {
            flush();
            continue;
        }
        const QTextBlockFormat fmt = block.blockFormat();
        QRectF rect = layout->blockBoundingRect(block);
        if (rect.top() > visible.bottom() + 20)
            break;
        rect.setWidth(rect.width() + fmt.leftMargin() + fmt.rightMargin());
        // A block with a top margin starts a new code block.
        if (!run.isNull() && fmt.topMargin() > 0)
            flush();
        run = run.isNull() ? rect : run.united(rect);
    }
    flush();
}

namespace {
// Bullets of unordered lists (the style sheet turns Qt's own off): a disc, then a circle, then a
// square for deeper levels, set 0.7 em before the text (after it in right-to-left text).
void paintBullet(QPainter &painter, const QTextBlock &block, const QRectF &blockRect, const QPointF &offset,
                 const QColor &colour)
{
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return;
    const QTextLine line = layout->lineAt(0);
    const QFontMetricsF fm(block.charFormat().font());
    const qreal size = qMax<qreal>(4, fm.height() * 0.2);
    const bool rtl = block.textDirection() == Qt::RightToLeft;
    const qreal gap = fm.height() * 0.55;
    const qreal x = rtl ? blockRect.left() + line.naturalTextRect().right() + gap
                        : blockRect.left() + line.naturalTextRect().left() - gap - size;
    const qreal y = blockRect.top() + line.y() + line.ascent() - fm.xHeight() / 2 - size / 2;
    const int depth = qMax(0, block.textList()->format().indent() - 1);
    const QRectF r = QRectF(x, y, size, size).translated(offset);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (depth % 3 == 1) {
        painter.setPen(QPen(colour, 1.2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(r.adjusted(0.6, 0.6, -0.6, -0.6));
    } else if (depth % 3 == 2) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(r);
    }
    painter.restore();
}
} // namespace

void ReaderView::paintQuoteBars(QPainter &painter)
{
    // Qt's rich text has no one-sided borders: a quote's bar is drawn here, one per nesting level,
    // on the side its text starts (right for right-to-left quotes). The style sheet indents each
    // level by kQuoteIndent.
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const QRectF visible = QRectF(viewport()->rect()).translated(-offset);
    const QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    const qreal left = frame.leftMargin() + frame.padding() + frame.border();
    const qreal right = document()->size().width() - frame.rightMargin() - frame.padding() - frame.border();
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colors.border);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat fmt = block.blockFormat();
        const QTextList *list = block.textList();
        const bool bulleted = list && list->format().style() == QTextListFormat::ListStyleUndefined && list->itemNumber(block) >= 0;
        if (!fmt.hasProperty(QTextFormat::BlockQuoteLevel) && !bulleted)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.bottom() < visible.top())
            continue;
        if (rect.top() > visible.bottom())
            break;
        if (bulleted && !m_original)
            paintBullet(painter, block, rect, offset, m_colors.text);
        if (!fmt.hasProperty(QTextFormat::BlockQuoteLevel))
            continue;
        const bool rtl = block.textDirection() == Qt::RightToLeft;
        const int levels = qBound(1, qRound((rtl ? fmt.rightMargin() : fmt.leftMargin()) / kQuoteIndent), 48);
        for (int level = 1; level <= levels; ++level) {
            const qreal inset = level * kQuoteIndent - kQuoteIndent + 4;
            const qreal x = rtl ? right - inset - 3 : left + inset;
            painter.drawRect(QRectF(x, rect.top(), 3, rect.height()).translated(offset));
        }
    }
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateLayout();
}

QVariant ReaderView::loadResource(int type, const QUrl &name)
{
    // Nothing but images from the library's own folder: no network, no stylesheet, no file elsewhere.
    if (type != QTextDocument::ImageResource || m_libraryFolder.isEmpty() || m_original) {
        ++m_refused;
        return {};
    }
    if (!name.scheme().isEmpty() || name.path().isEmpty() || !name.host().isEmpty()) {
        ++m_refused;
        return {};
    }
    const QString path = QDir(m_libraryFolder).absoluteFilePath(name.path());
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > kMaxImageBytes || !fileutil::isInside(m_libraryFolder, path)) {
        ++m_refused;
        return {};
    }
    QImageReader reader(path);
    reader.setAllocationLimit(256);
    QImage image = reader.read();
    if (image.isNull()) {
        ++m_refused;
        return {};
    }
    return image;
}

double ReaderView::position() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
}

void ReaderView::setPosition(double position)
{
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(qRound(qBound(0.0, position, 1.0) * bar->maximum()));
}

bool ReaderView::atEnd() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 2;
}

bool ReaderView::pageDown()
{
    if (atEnd())
        return false;
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + qMax(1, bar->pageStep() - 3 * fontMetrics().height()));
    return true;
}

void ReaderView::highlight(const QStringList &terms)
{
    // The same folding as the search itself (case, width, Traditional/Simplified, word edges).
    // Document positions and toPlainText() indices agree one to one. The ranges are kept so that
    // a re-render (zoom, theme) draws them again; applySelections() draws them with find's matches.
    m_termRanges = terms.isEmpty() ? QList<search::TextRange>()
                                   : search::findTermRanges(document()->toPlainText(), terms, 500);
    applySelections();
}

} // namespace offprint::gui
