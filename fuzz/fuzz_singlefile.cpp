#include "fuzzcommon.h"

#include "import/pagecomments.h"
#include "import/prepare.h"

// SingleFile pages: the header comment and the CSS-variable image groups are parsed from the page
// text, then the whole pipeline runs on a page that is forced to look like SingleFile output.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    offprint::fuzz::init();
    const QByteArray body = offprint::fuzz::bytesOf(data, size);
    QString html = QString::fromUtf8(body);
    (void)offprint::import::singleFileHeader(html);
    (void)offprint::import::resolveSingleFileImages(html);

    QByteArray page = QByteArrayLiteral("<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: "
                                        "https://example.com/a \n saved date: Mon Mar 04 2024 10:00:00 GMT+0800\n-->");
    page += body;
    offprint::import::PrepareSource source;
    source.path = QStringLiteral("/nonexistent/fuzz-singlefile.html");
    source.allowFolder = false;
    const auto prepared = offprint::import::prepareData(page, source, {});
    (void)prepared;
    return 0;
}
