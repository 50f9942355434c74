#pragma once

#include "domain/article.h"
#include "readerhistory.h"
#include "readerstyle.h"
#include "search/highlight.h"

#include <QColor>
#include <QTextBrowser>

namespace offprint::gui {

// The reading pane. A QTextBrowser that only ever loads images from inside the library folder:
// loadResource() is the single door and it refuses every other path and every remote URL. The text
// column is kept to a comfortable measure and centred whatever the window width.
class ReaderView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void setLibraryFolder(const QString &folder);
    void setAppearance(const ReaderColors &colors, const ReaderFont &font, int widthEm);

    // A link entry (Article::linkOnly) shows its title, address, tags and description with an
    // "Open in Browser" link instead of an empty article.
    void showArticle(const Article &article, const QStringList &highlightTerms = {});
    // `content` is the sanitised page (html::sanitizedHtml) when isHtml, else plain text.
    void showOriginal(const Article &article, const QString &content, bool isHtml);
    // The original view while its page is prepared off the GUI thread.
    void showOriginalPending(const QString &text);
    void showMessage(const QString &title, const QString &text);
    // The page shown for a link entry (showArticle).
    QString linkEntryHtml(const Article &article) const;
    bool showingOriginal() const { return m_original; }
    // The HTML last given to the document: for an article, exactly render::articleHtml's output.
    const QString &documentHtml() const { return m_lastHtml; }

    // 0..1 of the scrollable height.
    double position() const;
    void setPosition(double position);
    bool atEnd() const;
    // Scrolls one screen down; false when already at the end.
    bool pageDown();

    QVariant loadResource(int type, const QUrl &name) override;
    // Images the last page asked for that were refused (remote or outside the library).
    int refusedResources() const { return m_refused; }

    // --- Navigation inside the article (readerviewnav.cpp) ---
    struct OutlineEntry
    {
        int level = 1;
        QString text;
        int position = 0;
    };

    // The document position of the first text line at the top of the view, and scrolling a position's
    // line to the top: the reading place as text, kept through zoom and theme changes.
    int topPosition() const;
    void scrollToPosition(int position);
    // Scrolls only when the position is out of view, then shows it a third of the way down.
    void revealPosition(int position);
    // Where the article's own text begins (after the header of title, site and dates).
    int bodyStart() const;

    // Internal links: `href="#ID"` scrolls to the element named ID; Back and Forward return.
    int anchorPosition(const QString &name) const;
    bool followAnchor(const QString &name);
    bool goBack();
    bool goForward();
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }

    // Find in the article: case-, width- and script-insensitive, anywhere inside words. find()
    // starts at the current match or the top of the view; next/previous wrap around. Index is
    // -1 while no match is current. Matches survive re-rendering (zoom, theme, another article
    // re-finds the same needle).
    int find(const QString &needle, bool reveal = true);
    int findNext();
    int findPrevious();
    void clearFind();
    QString findNeedle() const { return m_findNeedle; }
    int findCount() const { return int(m_findRanges.size()); }
    int findIndex() const { return m_findIndex; }
    QList<search::TextRange> findMatches() const { return m_findRanges; }

    // The search terms' matches; opening a search hit scrolls to the first one in the body.
    QList<search::TextRange> termMatches() const { return m_termRanges; }
    bool revealFirstTermMatch();

    // The reader's highlights (highlightcontroller.cpp): document ranges and their colours, drawn
    // under the search terms and find's matches, kept through zoom and theme re-renders, dropped
    // when another document is shown.
    struct AnnotationMark
    {
        search::TextRange range;
        QColor color;
    };
    void setAnnotations(const QList<AnnotationMark> &marks);
    QList<AnnotationMark> annotations() const { return m_annotations; }

    // The headings of the article's body (not the title), in order.
    QList<OutlineEntry> outline() const;

signals:
    void reachedEnd();
    void linkHovered(const QString &url);
    void historyChanged();
    void findChanged();
    // Another document is shown (another article, the original page, a message); not after a
    // re-render of the same one.
    void contentReplaced();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render(const QString &html, bool lineHeights);
    void applyStyle();
    void paintQuoteBars(QPainter &painter);
    void paintCodeBackgrounds(QPainter &painter);
    void updateLayout();
    void applyLineHeights();
    void highlight(const QStringList &terms);
    int measurePixels() const;
    // Navigation state (readerviewnav.cpp).
    void contentShown(qint64 key);
    void applySelections();
    ReaderPlace currentPlace() const;
    void restorePlace(const ReaderPlace &place);
    int firstFindFrom(int position) const;
    void ensureLaidOut() const;

    QString m_libraryFolder;
    ReaderColors m_colors;
    ReaderFont m_font;
    int m_widthEm = 38;
    bool m_original = false;
    bool m_cjk = false;
    QString m_language; // of the article shown: chooses the fonts
    int m_refused = 0;
    QString m_lastHtml;
    // Navigation state.
    ReaderHistory m_history;
    ReaderPlace m_appearancePlace;
    qint64 m_shownKey = 0;
    quint64 m_layoutGeneration = 0;
    QList<search::TextRange> m_termRanges;
    QList<AnnotationMark> m_annotations;
    QString m_findNeedle;
    QList<search::TextRange> m_findRanges;
    int m_findIndex = -1;
};

} // namespace offprint::gui
