#pragma once

#include "domain/article.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

class ReaderView;
class Settings;

// What happens around the reading pane: which article is open, where the reader was in it
// (saved and restored per article), marking it read after a while or at the end, the original
// page view, and opening the stored original outside.
class ReaderController final : public QObject
{
    Q_OBJECT
public:
    ReaderController(storage::Library &library, Settings &settings, ReaderView *view, QObject *parent = nullptr);

    // `quietly`: shown without the automatic read rules (the window's start shows the article read
    // last; nothing becomes read that the user did not open).
    void open(ArticleId id, const QStringList &highlightTerms = {}, bool quietly = false);
    void close();
    ArticleId current() const { return m_id; }
    const std::optional<Article> &article() const { return m_article; }
    // Re-renders the open article (after star/tags changed), keeping the place.
    void reloadCurrent();
    void savePosition();

    void toggleOriginal();
    bool showingOriginal() const;
    // Opens the stored original file with the desktop's handler. False when there is none.
    bool openOriginalExternally();
    // The user set the read state by hand: the automatic rule stays out of it for this article.
    void cancelAutoRead();
    bool pageDown();

signals:
    void articleOpened(ArticleId id);
    void markedRead(ArticleId id);
    void message(const QString &text);

private:
    void markRead();

    storage::Library &m_library;
    Settings &m_settings;
    ReaderView *m_view;
    ArticleId m_id = 0;
    std::optional<Article> m_article;
    QStringList m_terms;
    QTimer m_readTimer;
    bool m_quiet = false;
    int m_originalGeneration = 0; // bumped whenever a page being prepared stops being wanted
};

} // namespace offprint::gui
