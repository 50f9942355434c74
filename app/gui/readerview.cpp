#include "readerview.h"

#include "common/fileutil.h"
#include "markdown/render.h"
#include "search/highlight.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>

namespace offprint::gui {

namespace {
constexpr int kMinSideMargin = 24;
constexpr int kTopMargin = 28;
constexpr qint64 kMaxImageBytes = 32LL * 1024 * 1024;

bool isCjkArticle(const Article &article)
{
    const QString &lang = article.meta.language;
    if (!lang.isEmpty())
        return lang.startsWith(QLatin1String("zh")) || lang.startsWith(QLatin1String("ja"));
    int cjk = 0;
    for (const QChar c : article.meta.title)
        cjk += c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
    return cjk * 3 >= article.meta.title.size();
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
            scrollToAnchor(url.fragment());
        // Any other scheme (file:, javascript:, mailto:, ...) is ignored on purpose.
    });
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
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
    document()->setDefaultStyleSheet(readerhtml::styleSheet(colors, font));
    QFont f = document()->defaultFont();
    f.setFamilies(readerhtml::fontFamilies(font.serif));
    f.setPointSizeF(font.pointSize);
    document()->setDefaultFont(f);
    if (!m_lastHtml.isEmpty()) {
        const double pos = position();
        render(m_lastHtml, !m_original);
        setPosition(pos);
    }
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
    setHtml(html);
    if (lineHeights)
        applyLineHeights();
    updateLayout();
}

void ReaderView::showArticle(const Article &article, const QStringList &highlightTerms)
{
    m_original = false;
    m_cjk = isCjkArticle(article);
    setExtraSelections({});
    render(readerhtml::articleHtml(article, markdown::toHtml(article.markdown), article.readingMinutes), true);
    highlight(highlightTerms);
}

void ReaderView::showOriginal(const Article &article, const QString &content, bool isHtml)
{
    m_original = true;
    m_cjk = isCjkArticle(article);
    setExtraSelections({});
    if (isHtml) {
        render(content, false);
    } else {
        m_lastHtml.clear();
        setPlainText(content);
        updateLayout();
    }
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
    QList<QTextEdit::ExtraSelection> selections;
    if (!terms.isEmpty()) {
        // The same folding as the search itself (case, width, Traditional/Simplified, word edges).
        // Document positions and toPlainText() indices agree one to one.
        const QString text = document()->toPlainText();
        for (const search::TextRange &range : search::findTermRanges(text, terms, 500)) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(document());
            sel.cursor.setPosition(range.start);
            sel.cursor.setPosition(range.start + range.length, QTextCursor::KeepAnchor);
            sel.format.setBackground(m_colors.highlight);
            selections.append(sel);
        }
    }
    setExtraSelections(selections);
}

} // namespace offprint::gui
