#pragma once

#include "domain/article.h"

#include <QList>
#include <QObject>

class QUndoStack;

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

// What the user does to articles (one or many): star, read, tags, delete with undo. Writes go to
// the library's repositories; listeners refresh rows, counts and the reader from the signals.
class ArticleOperations final : public QObject
{
    Q_OBJECT
public:
    ArticleOperations(storage::Library &library, QUndoStack *undoStack, QObject *parent = nullptr);

    // Stars all when any is unstarred, else unstars all (the usual multi-selection toggle).
    bool toggleStarred(const QList<ArticleId> &ids);
    bool toggleRead(const QList<ArticleId> &ids);
    bool setRead(const QList<ArticleId> &ids, bool read);
    bool setTags(ArticleId id, const QStringList &tags);
    bool addTags(const QList<ArticleId> &ids, const QStringList &tags);
    // Deletes, keeping a copy on the undo stack.
    bool remove(const QList<ArticleId> &ids);

signals:
    void changed(const QList<ArticleId> &ids);
    void tagsChanged();
    void listChanged(); // articles appeared or disappeared
    void failed(const QString &message);

private:
    friend class DeleteCommand;
    storage::Library &m_library;
    QUndoStack *m_undo;
};

} // namespace offprint::gui
