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
