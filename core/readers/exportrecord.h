#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What another reader's export holds for one saved item, in one shape for every format (Wallabag,
// Omnivore, Readeck, Pocket, Instapaper, browser bookmarks). Parsers (one per format, in this
// module) only read files into records; import/ stores them.
namespace offprint::readers {

struct ExportHighlight
{
    QString quote;  // the highlighted text as the other app stored it
    QString note;   // Markdown/plain text; empty when none
    QString color;  // one of Offprint's colour names, empty for the default
    QDateTime created;
    QDateTime updated;
};

struct ExportRecord
{
    enum class Content {
        None,    // a link only (Pocket, Instapaper, bookmarks, or an entry without content)
        Page,    // a saved page: run through extraction
        Article, // already the clean article (Wallabag's `content`, Omnivore's readable HTML)
    };

    QString origin; // names the record in messages: "export.zip: content/slug.html", "pocket.csv: line 12"
    QString url;
    QString title;
    QString author;
    QString siteName;
    QString language;
    QString description;
    QStringList tags;     // labels, folders: as the user sees them
    QDateTime saved;      // when it was saved in the other app
    QDateTime published;
    bool read = false;    // archived / read
    bool starred = false; // favourite / starred
    double progress = -1; // reading progress 0..1, -1 unknown

    Content content = Content::None;
    QByteArray html;                  // the page or article HTML (UTF-8 unless it declares otherwise)
    QHash<QString, QByteArray> files; // images and other files saved with it, by the path `html` uses

    QList<ExportHighlight> highlights;
    QString note; // a note on the whole item
};

// The result of reading one export file: its records, and one message for each entry that could
// not be read (naming the file, the entry and the reason) while the rest was read.
struct ExportContents
{
    QString format; // "Wallabag JSON", "Pocket CSV", ...
    QList<ExportRecord> records;
    QStringList problems;
};

} // namespace offprint::readers
