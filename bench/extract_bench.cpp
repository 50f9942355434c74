// Times gumbo parsing alone and full extraction over a folder of saved pages, one core.
#include "extract/extractor.h"
#include "html/document.h"
#include "pagefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>
#include <vector>

using namespace offprint;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: offprint-extract-bench DIR [repeat]\n");
        return 2;
    }
    const int repeat = args.size() > 2 ? std::max(1, args[2].toInt()) : 1;
    const QDir dir(args[1]);
    std::vector<QByteArray> pages;
    qint64 bytes = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.html"), QStringLiteral("*.htm")}, QDir::Files)) {
        QString error;
        pages.push_back(readPageAsUtf8(dir.filePath(name), &error));
        bytes += pages.back().size();
    }
    if (pages.empty()) {
        std::fprintf(stderr, "%s: no .html pages\n", qPrintable(args[1]));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    size_t nodes = 0;
    for (int r = 0; r < repeat; ++r) {
        for (const QByteArray &page : pages)
            nodes += html::Document::parse(page)->root().childCount();
    }
    const double parseSeconds = timer.nsecsElapsed() / 1e9;
    timer.restart();
    qint64 slowest = 0;
    size_t chars = 0;
    for (int r = 0; r < repeat; ++r) {
        for (const QByteArray &page : pages) {
            QElapsedTimer one;
            one.start();
            extract::ExtractInput input;
            input.html = page;
            chars += size_t(extract::extractArticle(input).text.size());
            slowest = std::max(slowest, one.nsecsElapsed());
        }
    }
    const double fullSeconds = timer.nsecsElapsed() / 1e9;
    const double n = double(pages.size()) * repeat;
    std::printf("%zu pages, %.1f MB, repeat %d\n", pages.size(), bytes / 1e6, repeat);
    std::printf("gumbo parse only : %7.1f pages/s (%.1f MB/s)\n", n / parseSeconds, bytes * repeat / 1e6 / parseSeconds);
    std::printf("full extraction  : %7.1f pages/s, slowest page %.1f ms\n", n / fullSeconds, slowest / 1e6);
    (void)nodes;
    (void)chars;
    return 0;
}
