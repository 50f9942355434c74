#pragma once

#include "domain/article.h"
#include "readerhtml.h"

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

    void showArticle(const Article &article, const QStringList &highlightTerms = {});
    // `content` is the sanitised page (html::sanitizedHtml) when isHtml, else plain text.
    void showOriginal(const Article &article, const QString &content, bool isHtml);
    // The original view while its page is prepared off the GUI thread.
    void showOriginalPending(const QString &text);
    void showMessage(const QString &title, const QString &text);
    bool showingOriginal() const { return m_original; }

    // 0..1 of the scrollable height.
    double position() const;
    void setPosition(double position);
    bool atEnd() const;
    // Scrolls one screen down; false when already at the end.
    bool pageDown();

    QVariant loadResource(int type, const QUrl &name) override;
    // Images the last page asked for that were refused (remote or outside the library).
    int refusedResources() const { return m_refused; }

signals:
    void reachedEnd();
    void linkHovered(const QString &url);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render(const QString &html, bool lineHeights);
    void updateLayout();
    void applyLineHeights();
    void highlight(const QStringList &terms);
    int measurePixels() const;

    QString m_libraryFolder;
    ReaderColors m_colors;
    ReaderFont m_font;
    int m_widthEm = 38;
    bool m_original = false;
    bool m_cjk = false;
    int m_refused = 0;
    QString m_lastHtml;
};

} // namespace offprint::gui
