#include "readercontroller.h"

#include "originalpage.h"
#include "readerview.h"
#include "settings.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>

namespace offprint::gui {

ReaderController::ReaderController(storage::Library &library, Settings &settings, ReaderView *view, QObject *parent)
    : QObject(parent), m_library(library), m_settings(settings), m_view(view)
{
    m_view->setLibraryFolder(library.folder());
    m_readTimer.setSingleShot(true);
    connect(&m_readTimer, &QTimer::timeout, this, &ReaderController::markRead);
    connect(m_view, &ReaderView::reachedEnd, this, [this] {
        if (m_settings.markReadAtEnd() && !m_view->showingOriginal() && !m_quiet)
            markRead();
    });
}

void ReaderController::open(ArticleId id, const QStringList &highlightTerms, bool quietly)
{
    if (id == m_id && m_article && highlightTerms == m_terms)
        return;
    savePosition();
    m_readTimer.stop();
    m_quiet = quietly;
    ++m_originalGeneration;
    Result<Article> loaded = m_library.articles().load(id);
    m_terms = highlightTerms;
    if (!loaded) {
        m_id = 0;
        m_article.reset();
        // A read that fails says so: only a missing row is "not found".
        if (loaded.error().code == ErrorCode::NotFound)
            m_view->showMessage(tr("Article not found"), tr("It may have been deleted."));
        else
            m_view->showMessage(tr("The article cannot be read"), loaded.error().localizedMessage());
        return;
    }
    m_article = std::move(loaded).value();
    m_id = id;
    m_view->showArticle(*m_article, m_terms);
    const double position = m_article->readingPosition;
    // The layout settles after the event loop runs once; restore the place then. Opened from a
    // search, the article shows the first match of the search terms instead.
    QTimer::singleShot(0, m_view, [this, id, position] {
        if (m_id != id || m_view->showingOriginal())
            return;
        if (m_terms.isEmpty() || !m_view->revealFirstTermMatch())
            m_view->setPosition(position);
    });
    // A link entry has nothing to read here: it is not marked read by looking at it.
    if (!m_article->read && !m_article->linkOnly && m_settings.markReadSeconds() > 0 && !quietly)
        m_readTimer.start(m_settings.markReadSeconds() * 1000);
    emit articleOpened(id);
}

void ReaderController::close()
{
    savePosition();
    m_readTimer.stop();
    ++m_originalGeneration;
    m_id = 0;
    m_article.reset();
    m_view->showMessage(tr("No article selected"), tr("Choose an article from the list, or import saved pages "
                                                      "with File ▸ Import."));
}

void ReaderController::reloadCurrent()
{
    if (!m_id)
        return;
    const double pos = m_view->position();
    const bool original = m_view->showingOriginal();
    m_article = m_library.articles().get(m_id);
    if (!m_article) {
        close();
        return;
    }
    if (!original)
        m_view->showArticle(*m_article, m_terms);
    QTimer::singleShot(0, m_view, [this, pos] { m_view->setPosition(pos); });
}

void ReaderController::savePosition()
{
    if (!m_id || !m_article || m_view->showingOriginal())
        return;
    const double pos = m_view->position();
    if (qAbs(pos - m_article->readingPosition) < 0.001)
        return;
    if (m_library.articles().setReadingPosition(m_id, pos).ok())
        m_article->readingPosition = pos;
}

void ReaderController::markRead()
{
    m_readTimer.stop();
    if (!m_id || !m_article || m_article->read)
        return;
    if (!m_library.articles().setRead(m_id, true).ok())
        return;
    m_article->read = true;
    emit markedRead(m_id);
}

void ReaderController::cancelAutoRead()
{
    m_readTimer.stop();
    if (m_article)
        m_article->read = true; // keeps the end-of-article rule from flipping it back
}

bool ReaderController::showingOriginal() const
{
    return m_view->showingOriginal();
}

void ReaderController::toggleOriginal()
{
    if (!m_article)
        return;
    const int generation = ++m_originalGeneration; // a page still being prepared is no longer wanted
    if (m_view->showingOriginal()) {
        m_view->showArticle(*m_article, m_terms);
        QTimer::singleShot(0, m_view, [this] { m_view->setPosition(m_article ? m_article->readingPosition : 0); });
        return;
    }
    savePosition();
    if (m_article->originalBlob.isEmpty()) {
        emit message(tr("This article has no stored original."));
        return;
    }
    auto bytes = m_library.blobs().read(m_article->originalBlob);
    if (!bytes.ok()) {
        emit message(bytes.error().localizedMessage());
        return;
    }
    // Decoding, parsing and sanitising a hostile page can take a while: a worker does it, the window
    // stays responsive, and a result that arrives after the user moved on is dropped.
    OriginalSource source{*bytes, QFileInfo(m_article->originalBlob).suffix().toLower(), m_article->encoding,
                          m_article->text, QUrl(m_article->meta.url)};
    m_view->showOriginalPending(tr("Preparing the original page…"));
    auto *watcher = new QFutureWatcher<OriginalPage>(this);
    connect(watcher, &QFutureWatcher<OriginalPage>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_originalGeneration || !m_article || !m_view->showingOriginal())
            return;
        const OriginalPage page = watcher->result();
        m_view->showOriginal(*m_article, page.content, page.isHtml);
        emit message(tr("Showing the stored original page (no scripts, no images, no network). Press V to return."));
    });
    watcher->setFuture(QtConcurrent::run([source = std::move(source)] { return prepareOriginal(source); }));
}

bool ReaderController::openOriginalExternally()
{
    // A link entry has no stored page: its address opens in the browser.
    if (m_article && m_article->linkOnly) {
        const QUrl url(m_article->meta.url);
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return false;
        return QDesktopServices::openUrl(url);
    }
    if (!m_article || m_article->originalBlob.isEmpty() || !m_library.blobs().contains(m_article->originalBlob)) {
        emit message(tr("This article has no stored original."));
        return false;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(m_library.blobs().absolutePath(m_article->originalBlob)));
}

bool ReaderController::pageDown()
{
    m_quiet = false; // paging through it is reading it
    return m_id && m_view->pageDown();
}

} // namespace offprint::gui
