#include "originalpage.h"
#include "readerview.h"

#include "import/collect.h"
#include "import/importer.h"
#include "markdown/plaintext.h"
#include "render/bodyhtml.h"
#include "storage/articlerepository.h"
#include "storage/blobstore.h"
#include "storage/library.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace offprint;

// Offprint never fetches: pages whose every resource points at a loopback server (images, styles,
// fonts, frames, scripts, media, prefetches, refreshes) are imported and shown in the real reader
// view, article and original, while the server counts connections. The count must stay zero.
class TestHostileReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importAndReadingFetchNothing();
    void decompressionBombImageIsBounded();

    void cleanupTestCase();

private:
    int acceptPending(); // connections made so far (the kernel completes them even before accept)
    int m_listener = -1;
    quint16 m_port = 0;
    int m_connections = 0;
    QTemporaryDir m_dir;
};

namespace {

QByteArray hostilePage(const QByteArray &base, int i)
{
    const QByteArray n = QByteArray::number(i);
    return "<!-- saved from url=(0033)https://news.example.com/hostile" + n + " -->\n"
           "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Loopback page " + n + "</title>"
           "<link rel=stylesheet href=\"" + base + "/style.css\">"
           "<link rel=preload as=font href=\"" + base + "/font.woff2\"><link rel=prefetch href=\"" + base + "/next\">"
           "<link rel=icon href=\"" + base + "/favicon.ico\">"
           "<meta http-equiv=refresh content=\"1;url=" + base + "/refresh\">"
           "<style>@import url(" + base + "/import.css); @font-face{font-family:f;src:url(" + base + "/f.woff)}"
           "body{background:url(" + base + "/bg.png)}</style>"
           "<script src=\"" + base + "/app.js\"></script><script>new Image().src='" + base + "/beacon'</script>"
           "</head><body background=\"" + base + "/body.png\"><article><h1>Loopback page " + n + "</h1>"
           "<p>This article about network isolation number " + n + " references many resources on a server that "
           "counts every connection, and a correct reader never opens a single one of them.</p>"
           "<p><img src=\"" + base + "/img" + n + ".png\" alt=\"remote image\"> "
           "<img srcset=\"" + base + "/a.png 1x, " + base + "/b.png 2x\" alt=\"srcset\"></p>"
           "<p style=\"background-image:url(" + base + "/style-attr.png)\">Styled paragraph that mentions isolation.</p>"
           "<iframe src=\"" + base + "/frame\"></iframe><object data=\"" + base + "/object\"></object>"
           "<video src=\"" + base + "/v.mp4\" poster=\"" + base + "/poster.jpg\" autoplay></video>"
           "<audio src=\"" + base + "/a.mp3\" autoplay></audio><embed src=\"" + base + "/embed\">"
           "<form action=\"" + base + "/submit\"><input type=image src=\"" + base + "/input.png\"></form>"
           "<p>A plain link to <a href=\"" + base + "/link\">the loopback server</a> is fine: links are only "
           "followed when the user clicks, and then by the system browser.</p>"
           "<p>The last paragraph repeats that a reader must stay offline whatever a page asks for.</p>"
           "</article><img src=\"" + base + "/tracker.gif\" width=1 height=1></body></html>\n";
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &payload)
{
    QByteArray out;
    const auto be32 = [&](quint32 v) {
        out += char(v >> 24);
        out += char(v >> 16);
        out += char(v >> 8);
        out += char(v);
    };
    be32(quint32(payload.size()));
    out += type + payload;
    be32(crc32(type + payload));
    return out;
}

// A valid PNG header claiming 60000 × 60000 RGBA pixels (14 GB decoded) with almost no data.
QByteArray pngBomb()
{
    QByteArray ihdr;
    for (quint32 v : {60000u, 60000u}) {
        ihdr += char(v >> 24);
        ihdr += char(v >> 16);
        ihdr += char(v >> 8);
        ihdr += char(v);
    }
    ihdr += QByteArray("\x08\x06\x00\x00\x00", 5);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr)
        + pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

} // namespace

// A plain POSIX listener (the GUI tests link no Qt Network): the kernel accepts connections into
// the backlog on its own, so counting them afterwards misses none.
void TestHostileReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    QVERIFY(m_listener >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    QVERIFY(::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    QVERIFY(::listen(m_listener, 128) == 0);
    socklen_t length = sizeof address;
    QVERIFY(::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) == 0);
    m_port = ntohs(address.sin_port);
}

void TestHostileReader::cleanupTestCase()
{
    if (m_listener >= 0)
        ::close(m_listener);
}

int TestHostileReader::acceptPending()
{
    for (;;) {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            break;
        ++m_connections;
        ::close(client);
    }
    return m_connections;
}

void TestHostileReader::importAndReadingFetchNothing()
{
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_port);
    const QString pages = m_dir.filePath(QStringLiteral("pages"));
    for (int i = 0; i < 3; ++i)
        writeFile(pages + QStringLiteral("/hostile%1.html").arg(i), hostilePage(base, i));
    writeFile(pages + QStringLiteral("/clip.md"),
              "---\ntitle: Loopback clip\nsource: https://news.example.com/clip\n---\n\nA clip about isolation.\n\n"
              "![remote](" + base + "/clip.png)\n\n<img src=\"" + base + "/raw.png\">\n\n<iframe src=\"" + base
                  + "/frame\"></iframe>\n\nMore text about isolation so the clip has a body.\n");

    auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("library")));
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    storage::Library &library = **opened;
    const import::FileList list = import::collectFiles({pages});
    const auto outcomes = import::importFiles(library, list.files, {});
    QCOMPARE(outcomes.size(), 4);
    for (const auto &o : outcomes)
        QVERIFY2(o.kind == import::ImportOutcome::Kind::Imported,
                 qPrintable(o.file + QStringLiteral(" kind %1 ").arg(int(o.kind)) + o.reason));

    gui::ReaderView view;
    view.resize(900, 700);
    view.setLibraryFolder(library.folder());
    view.show();
    int refused = 0;
    for (const Article &listed : library.articles().list({})) {
        const std::optional<Article> article = library.articles().get(listed.id);
        QVERIFY(article);
        QVERIFY(!render::bodyHtml(article->markdown).isEmpty());
        view.showArticle(*article);
        QTest::qWait(200);
        refused += view.refusedResources();
        const auto original = library.blobs().read(article->originalBlob);
        QVERIFY(original);
        const gui::OriginalPage page = gui::prepareOriginal(
            {*original, QFileInfo(article->originalBlob).suffix().toLower(), article->encoding, article->text,
             QUrl(article->meta.url)});
        QCOMPARE(page.isHtml, article->sourceFormat != QLatin1String("markdown"));
        view.showOriginal(*article, page.content, page.isHtml);
        QTest::qWait(200);
        refused += view.refusedResources();
    }
    // Give any stray asynchronous loader time to connect before counting.
    QTest::qWait(1000);
    QCOMPARE(acceptPending(), 0);
    qInfo("reader refused %d resource requests, server saw %d connections", refused, m_connections);

    // The counter works: a real connection is seen.
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(m_port);
    QVERIFY(::connect(probe, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0);
    QTRY_COMPARE(acceptPending(), 1);
    ::close(probe);
    m_connections = 0;
}

void TestHostileReader::decompressionBombImageIsBounded()
{
    // An image whose header promises gigabytes of pixels is stored as bytes (Offprint never decodes
    // images while importing) and shown by the reader without allocating them.
    const QString pages = m_dir.filePath(QStringLiteral("bomb"));
    writeFile(pages + QStringLiteral("/bomb_files/huge.png"), pngBomb());
    writeFile(pages + QStringLiteral("/bomb.html"),
              "<!-- saved from url=(0029)https://news.example.com/bomb -->\n<!DOCTYPE html><html><head>"
              "<meta charset=\"utf-8\"><title>Bomb</title></head><body><article><h1>Bomb</h1><p>An article about "
              "image formats and why decoders must check the declared size before they allocate memory.</p>"
              "<p><img src=\"bomb_files/huge.png\" alt=\"huge\"></p><p>Decoders that trust the header can be made "
              "to allocate gigabytes by a file of a few hundred bytes, which is why limits matter.</p>"
              "</article></body></html>");
    auto opened = storage::Library::open(m_dir.filePath(QStringLiteral("library-bomb")));
    QVERIFY(opened);
    storage::Library &library = **opened;
    const auto outcomes = import::importFiles(library, {pages + QStringLiteral("/bomb.html")}, {});
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().kind == import::ImportOutcome::Kind::Imported, qPrintable(outcomes.first().reason));
    const std::optional<Article> article = library.articles().get(outcomes.first().id);
    QVERIFY(article);
    gui::ReaderView view;
    view.resize(900, 700);
    view.setLibraryFolder(library.folder());
    view.show();
    QElapsedTimer timer;
    timer.start();
    view.showArticle(*article);
    QTest::qWait(200);
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(view.toPlainText().contains(QLatin1String("Decoders")));
}

QTEST_MAIN(TestHostileReader)
#include "tst_hostilereader.moc"
