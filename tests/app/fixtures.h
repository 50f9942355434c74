#pragma once

// Shared by the GUI tests: a temporary library filled with realistic Chinese and English articles.
// Header-only because tests/app compiles each tst_*.cpp on its own.

#include "domain/article.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace fixtures {

using offprint::Article;
using offprint::ArticleId;

inline Article article(const QString &title, const QString &site, const QString &language, const QString &markdown,
                       const QStringList &tags, const QDateTime &saved)
{
    Article a;
    a.meta.title = title;
    a.meta.siteName = site;
    a.meta.language = language;
    a.meta.url = QStringLiteral("https://%1/%2").arg(site, QString::number(qHash(title), 16));
    a.meta.author = language == QLatin1String("zh") ? QStringLiteral("李明") : QStringLiteral("Jane Doe");
    a.meta.published = saved.addDays(-1);
    a.saved = saved;
    a.imported = saved;
    a.markdown = markdown;
    a.text = markdown;
    a.textLength = markdown.size();
    a.tags = tags;
    a.contentHash = QString::number(qHash(title + markdown), 16);
    a.sourceFormat = QStringLiteral("html");
    return a;
}

inline QString chineseBody(const QString &imagePath)
{
    return QStringLiteral(
               "国产芯片在过去一年取得了显著进展。多家厂商发布了基于 7 纳米工艺的新一代处理器，"
               "在能效比上已经接近国际主流水平。业内人士认为，这一变化将深刻影响数据中心和移动设备市场。\n\n"
               "## 制程与良率\n\n"
               "据报道，新工艺的良率已经提升到百分之六十以上。虽然与领先厂商仍有差距，"
               "但量产能力的提升意味着成本将逐步下降。\n\n"
               "![晶圆照片](%1)\n\n"
               "*图：一片测试晶圆*\n\n"
               "> 真正的挑战不在设计，而在制造和生态。\n\n"
               "| 型号 | 制程 | 核心数 |\n|---|---|---|\n| 龙芯 3A6000 | 12nm | 4 |\n| 鲲鹏 920 | 7nm | 64 |\n\n"
               "```cpp\nint main() { return 0; }\n```\n\n"
               "外部图片不会被下载：![远程图片](https://example.com/remote.png)\n\n"
               "更多信息请见[原文](https://www.example.cn/chips)。")
        .arg(imagePath);
}

inline QString englishBody()
{
    return QStringLiteral(
        "SQLite's write-ahead log changes how readers and writers interact. Readers no longer block "
        "writers, and a writer never blocks readers.\n\n## Checkpoints\n\nThe WAL file grows until a "
        "checkpoint copies pages back into the database. `PRAGMA wal_autocheckpoint` controls when.\n\n"
        "- Faster in most cases\n- Readers see a consistent snapshot\n\nSee the [documentation](https://sqlite.org/wal.html).");
}

// Articles with the structures the reader must keep, for screenshots and reader tests: English with
// curly quotes, superscripts and a citation; right-to-left Arabic; a Wikipedia-style page with an
// infobox, a data table and a reference list; a page of code. Keyed by a short name.
inline QList<QPair<QString, Article>> structuredArticles(const QDateTime &saved)
{
    QList<QPair<QString, Article>> out;
    out.append({QStringLiteral("english"),
                article(QStringLiteral("The year’s “quiet” kernel release"), QStringLiteral("lwn.net"), QStringLiteral("en"),
                        QStringLiteral(
                            "Linux 6.1<sup>1</sup> isn’t the release people expected: it’s “quiet”, yet 24%<sup>2</sup> of "
                            "its changes touch drivers. Energy still scales with E = mc<sup>2</sup>, and water is "
                            "H<sub>2</sub>O.[^lts] 🐧\n\n"
                            "> “We’re not adding features for their own sake,” the maintainer said. "
                            "“We’re making the ones we have dependable.”\n\n"
                            "## <a id=\"numbers\"></a>The numbers\n\n"
                            "- 15,000 non-merge changesets\n- 2,000 developers, 250 of them first-timers\n"
                            "- See [the footnote](#numbers) above and [the notes](#notes) below.\n\n"
                            "<a id=\"notes\"></a>\n\n"
                            "[^lts]: Long-term support was announced in December.\n"),
                        {QStringLiteral("linux")}, saved)});
    out.append({QStringLiteral("rtl"),
                article(QStringLiteral("الذكاء الاصطناعي في الأجهزة المحمولة"), QStringLiteral("aljazeera.net"), QStringLiteral("ar"),
                        QStringLiteral(
                            "أعلنت الشركات الكبرى هذا العام عن معالجات جديدة تدعم نماذج الذكاء الاصطناعي مباشرة على الهاتف، "
                            "من دون الحاجة إلى الاتصال بالخادم.\n\n"
                            "## الأداء والبطارية\n\n"
                            "- سرعة أعلى في معالجة الصور\n- استهلاك أقل للطاقة بنسبة 30٪\n\n"
                            "> الخصوصية هي الميزة الأهم، كما يقول المحللون.\n\n"
                            "ويرى الخبراء أن عام 2025 سيكون عام الانتشار الواسع لهذه التقنيات.\n"),
                        {}, saved.addSecs(60))});
    out.append({QStringLiteral("wikipedia"),
                article(QStringLiteral("Rust (programming language)"), QStringLiteral("en.wikipedia.org"), QStringLiteral("en"),
                        QStringLiteral(
                            "|  |  |\n| --- | --- |\n| **Paradigms** | Multi-paradigm: concurrent, functional, generic, imperative |\n"
                            "| **Designed by** | Graydon Hoare |\n| **Developer** | The Rust Team |\n"
                            "| **First appeared** | July 7, 2010; 14 years ago<sup><a id=\"cite_ref-1\"></a>[\\[1\\]](#cite_note-1)</sup> |\n"
                            "| **Typing discipline** | Affine, inferred, nominal, static, strong |\n"
                            "| **Implementation language** | OCaml (2006–2011)<br>Rust (2012–present) |\n"
                            "| **License** | MIT, Apache 2.0 |\n\n"
                            "**Rust** is a general-purpose programming language emphasizing performance, type safety and "
                            "concurrency.<sup><a id=\"cite_ref-2\"></a>[\\[2\\]](#cite_note-2)</sup> It enforces memory safety "
                            "without a garbage collector.\n\n"
                            "## <a id=\"History\"></a>History\n\n"
                            "| Version | Date | Highlights |\n| --- | --- | --- |\n| 1.0 | 2015-05-15 | First stable release |\n"
                            "| 2018 edition | 2018-12-06 | Non-lexical lifetimes |\n| 2021 edition | 2021-10-21 | Disjoint captures |\n\n"
                            "## <a id=\"References\"></a>References\n\n"
                            "1. <a id=\"cite_note-1\"></a>[^](#cite_ref-1) Hoare, Graydon (2010). *Project Servo*.\n"
                            "2. <a id=\"cite_note-2\"></a>[^](#cite_ref-2) “Rust language”. *rust-lang.org*.\n"),
                        {QStringLiteral("rust")}, saved.addSecs(120))});
    out.append({QStringLiteral("code"),
                article(QStringLiteral("Structured concurrency with Tokio"), QStringLiteral("tokio.rs"), QStringLiteral("en"),
                        QStringLiteral(
                            "Spawn tasks inside a `JoinSet` so none outlives its parent:\n\n"
                            "```rust\nuse tokio::task::JoinSet;\n\n#[tokio::main]\nasync fn main() {\n"
                            "    let mut set = JoinSet::new();\n    for i in 0..10 {\n        set.spawn(async move { i * 2 });\n"
                            "    }\n    while let Some(res) = set.join_next().await {\n        println!(\"{}\", res.unwrap());\n"
                            "    }\n}\n```\n\n"
                            "Run it with `cargo run --release`; the output order varies.\n\n"
                            "```sh\n$ cargo run --release\n```\n"),
                        {QStringLiteral("rust")}, saved.addSecs(180))});
    return out;
}

// A small PNG stored as a blob; returns its relative path.
inline QString storeImage(offprint::storage::Library &library)
{
    QImage image(640, 240, QImage::Format_RGB32);
    image.fill(QColor(0x3A, 0x6E, 0xA5));
    QPainter p(&image);
    p.setPen(Qt::white);
    p.drawEllipse(QPoint(320, 120), 90, 90);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto path = library.blobs().put(png, QStringLiteral("png"));
    return path.ok() ? *path : QString();
}

struct TestLibrary
{
    QTemporaryDir dir;
    std::unique_ptr<offprint::storage::Library> library;
    QList<ArticleId> ids; // in insertion order: newest saved last
    QString image;        // the blob the Chinese article shows

    bool open()
    {
        auto opened = offprint::storage::Library::open(dir.filePath(QStringLiteral("lib")));
        if (!opened.ok())
            return false;
        library = std::move(*opened);
        return true;
    }

    // Four articles: two Chinese, two English; saved one day apart, so "saved, newest first" lists
    // them in reverse insertion order.
    bool populate()
    {
        image = storeImage(*library);
        const QDateTime base(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());
        const QList<Article> articles = {
            article(QStringLiteral("SQLite WAL mode explained"), QStringLiteral("sqlite.org"), QStringLiteral("en"),
                    englishBody(), {QStringLiteral("database")}, base),
            article(QStringLiteral("Rust 异步编程实践"), QStringLiteral("rust.cn"), QStringLiteral("zh"),
                    QStringLiteral("Rust 的异步模型基于 Future 与执行器。本文介绍 tokio 的基本用法。\n\n"
                                   "## 任务调度\n\n每个任务都是一个状态机。"),
                    {QStringLiteral("rust")}, base.addDays(1)),
            article(QStringLiteral("Qt model/view in practice"), QStringLiteral("qt.io"), QStringLiteral("en"),
                    QStringLiteral("Lazy models keep large lists smooth. Use fetchMore and canFetchMore."), {},
                    base.addDays(2)),
            article(QStringLiteral("国产芯片的突破与挑战"), QStringLiteral("36kr.com"), QStringLiteral("zh"),
                    chineseBody(image), {QStringLiteral("芯片"), QStringLiteral("hardware")}, base.addDays(3)),
        };
        for (const Article &a : articles) {
            const QStringList assets = a.markdown.contains(image) ? QStringList{image} : QStringList{};
            auto id = library->articles().insert(a, assets);
            if (!id.ok())
                return false;
            ids.append(*id);
        }
        return true;
    }
};

} // namespace fixtures
