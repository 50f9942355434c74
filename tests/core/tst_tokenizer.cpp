// Token-level behaviour of the search tokenizer (text/tokenizer.h): token texts, marks, offsets.
#include "text/cjkfold.h"
#include "text/tokenizer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

using namespace offprint;
using text::TokenizeMode;

namespace {

// Tokens rendered readably: marks as ^ (run start), $ (run end), = (single), colocated with a leading +.
QString render(const QList<text::Token> &tokens)
{
    QStringList parts;
    for (const text::Token &token : tokens) {
        QString t = QString::fromUtf8(token.text);
        t.replace(QChar(text::kRunStartMark), QLatin1String("^"))
            .replace(QChar(text::kRunEndMark), QLatin1String("$"))
            .replace(QChar(text::kSingleRunMark), QLatin1String("="));
        parts << (token.colocated ? QLatin1String("+") : QString()) + t;
    }
    return parts.join(u' ');
}

QString documentTokens(const QString &input)
{
    return render(text::tokenize(input.toUtf8(), TokenizeMode::Document));
}

QString queryTokens(const QString &input)
{
    return render(text::tokenize(input.toUtf8(), TokenizeMode::Query));
}

struct Collected
{
    QList<text::Token> tokens;
};

int collect(void *context, int flags, const char *token, int length, int start, int end)
{
    static_cast<Collected *>(context)->tokens.append(
        text::Token{QByteArray(token, length), start, end, (flags & text::kTokenColocated) != 0});
    return 0;
}

int stopAfterTwo(void *context, int, const char *, int, int, int)
{
    int &count = *static_cast<int *>(context);
    return ++count == 2 ? 42 : 0;
}

} // namespace

class TestTokenizer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        text::warmUpCjkFolding(); // first use in this process: builds the per-code-point table
        qInfo("CJK folding table built in %.1f ms", double(timer.nsecsElapsed()) / 1e6);
    }

    void document_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *input, const char *expected) {
            QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(expected);
        };
        row("Hello, World!", "hello world");
        row("RTX4090", "rtx 4090");
        row("iPhone15 Pro", "iphone 15 pro");
        row("ＧＰＵ １６", "gpu 16");
        row("Straße", "strasse");
        row("café", "café");
        row("USB-C 3.14", "usb c 3 14");
        row("年", "年^ +年$ +年=");
        row("芯片", "芯片 +芯^ +片$");
        row("国产芯片", "国产 +国^ 产芯 芯片 +片$");
        row("16小时", "16 小时 +小^ +时$");
        row("1998年，深圳", "1998 年^ +年$ +年= 深圳 +深^ +圳$");
        row("英偉達", "英伟 +英^ 伟达 +达$");
        row("ｶﾀｶﾅ", "カタ +カ^ タカ カナ +ナ$");
        row("東京でテスト", "东京 +东^ 京で でテ テス スト +ト$");
        row("สวัสดีครับ", "สวัสดี ครับ");
        row("Ελληνικά", "ελληνικά");
        row("“GPU”", "gpu");
        row("inter\u00ADnational", "international"); // soft hyphen
        row("zero\u200Bwidth\u200D", "zero width"); // ZERO WIDTH SPACE separates words (ICU)
        row("芯\u200B片", "芯^ +芯$ +芯= 片^ +片$ +片=");
        row("芯\u00AD片，\u200B年", "芯片 +芯^ +片$ 年^ +年$ +年=");
        row("😀 !!! ……", "");
        row("", "");
    }

    void document()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(documentTokens(input), expected);
    }

    void query_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *input, const char *expected) {
            QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(expected);
        };
        row("年", "年");
        row("1998年", "1998 年^");
        row("的GPU", "的$ gpu");
        row("A年B", "a 年= b");
        row("16时", "16 时^");
        row("芯片", "芯片");
        row("国产芯片", "国产 产芯 芯片");
        row("数据，库", "数据 库^");
        row("据，库", "据$ 库^");
        row("RTX4090", "rtx 4090");
        row("英偉達", "英伟 伟达");
        row("！年？", "年");
    }

    void query()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(queryTokens(input), expected);
    }

    void offsets()
    {
        const QByteArray input = QStringLiteral("Ａ1 国产芯片。x").toUtf8();
        const auto tokens = text::tokenize(input, TokenizeMode::Document);
        QCOMPARE(render(tokens), QStringLiteral("a 1 国产 +国^ 产芯 芯片 +片$ x"));
        // Offsets are UTF-8 byte offsets into the original (un-normalised) text.
        QCOMPARE(input.mid(tokens[0].start, tokens[0].end - tokens[0].start), QStringLiteral("Ａ").toUtf8());
        QCOMPARE(input.mid(tokens[1].start, tokens[1].end - tokens[1].start), QByteArray("1"));
        QCOMPARE(input.mid(tokens[2].start, tokens[2].end - tokens[2].start), QStringLiteral("国产").toUtf8());
        QCOMPARE(input.mid(tokens[3].start, tokens[3].end - tokens[3].start), QStringLiteral("国").toUtf8());
        QCOMPARE(input.mid(tokens[6].start, tokens[6].end - tokens[6].start), QStringLiteral("片").toUtf8());
        QCOMPARE(input.mid(tokens[7].start, tokens[7].end - tokens[7].start), QByteArray("x"));
        QVERIFY(!tokens[2].colocated);
        QVERIFY(tokens[3].colocated);
    }

    void invalidUtf8SeparatesWords()
    {
        const QByteArray input("abc\xff\xfe" "def \xe4\xb8" "x", 13);
        const auto tokens = text::tokenize(input, TokenizeMode::Document);
        QCOMPARE(render(tokens), QStringLiteral("abc def x"));
    }

    void callbackCanStop()
    {
        text::SearchTokenizer tokenizer;
        int count = 0;
        const QByteArray input("one two three four");
        QCOMPARE(tokenizer.tokenize(input.constData(), int(input.size()), TokenizeMode::Document, stopAfterTwo, &count),
                 42);
        QCOMPARE(count, 2);
        QCOMPARE(tokenizer.tokenize(nullptr, 0, TokenizeMode::Document, stopAfterTwo, &count), 0);
    }

    void longTokensAreCut()
    {
        const QString word = QString(300, u'é');
        const auto tokens = text::tokenize(word.toUtf8(), TokenizeMode::Document);
        QCOMPARE(tokens.size(), 1);
        QVERIFY(tokens[0].text.size() <= text::kMaxTokenBytes);
        QCOMPARE(tokens[0].text.size() % 2, 0); // cut at a character boundary (é is 2 bytes)
    }

    // The ASCII shortcut must give exactly what ICU word boundaries give.
    void asciiShortcutEqualsIcu()
    {
        const char alphabet[] = "aZ09 .,'-_:/@#+*\"()\t\nxyzQ";
        auto *random = QRandomGenerator::global();
        text::SearchTokenizer fast;
        text::SearchTokenizer icu;
        icu.setAsciiShortcut(false);
        for (int round = 0; round < 2000; ++round) {
            QByteArray input;
            const int length = random->bounded(1, 40);
            for (int i = 0; i < length; ++i)
                input += alphabet[random->bounded(int(sizeof alphabet - 1))];
            Collected a;
            Collected b;
            fast.tokenize(input.constData(), int(input.size()), TokenizeMode::Document, collect, &a);
            icu.tokenize(input.constData(), int(input.size()), TokenizeMode::Document, collect, &b);
            QCOMPARE(render(a.tokens), render(b.tokens));
            for (qsizetype i = 0; i < a.tokens.size(); ++i) {
                QCOMPARE(a.tokens[i].start, b.tokens[i].start);
                QCOMPARE(a.tokens[i].end, b.tokens[i].end);
            }
        }
    }

    // Arbitrary bytes (broken UTF-8 included): tokens stay inside the text, in order, never empty.
    void randomBytesStayInBounds()
    {
        const QList<QByteArray> fragments = {"GPU", "芯片", "年", "，", " ", "ｶﾀ", "é", "\xe4\xb8", "\xff", "\x80",
                                             "\xf0\x9f\x98\x80", "4090", "สวัสดี", "\x01", "\0", "\xcc\x81", "ー"};
        auto *random = QRandomGenerator::global();
        text::SearchTokenizer tokenizer;
        for (int round = 0; round < 3000; ++round) {
            QByteArray input;
            const int count = random->bounded(1, 12);
            for (int i = 0; i < count; ++i) {
                if (random->bounded(4) == 0)
                    input += char(random->bounded(256));
                else
                    input += fragments.at(random->bounded(int(fragments.size())));
            }
            for (const auto mode : {TokenizeMode::Document, TokenizeMode::Query}) {
                Collected collected;
                QCOMPARE(tokenizer.tokenize(input.constData(), int(input.size()), mode, collect, &collected), 0);
                int previousStart = 0;
                for (qsizetype i = 0; i < collected.tokens.size(); ++i) {
                    const text::Token &token = collected.tokens[i];
                    QVERIFY(!token.text.isEmpty());
                    QVERIFY(token.start >= 0 && token.start < token.end && token.end <= input.size());
                    QVERIFY(token.start >= previousStart);
                    QVERIFY(i > 0 || !token.colocated);
                    previousStart = token.start;
                }
            }
        }
    }

    void foldingTable()
    {
        QCOMPARE(text::foldCjk(U'達'), U'达');
        QCOMPARE(text::foldCjk(U'达'), U'达');
        QCOMPARE(text::foldCjk(U'ｶ'), U'カ');
        QCOMPARE(text::foldCjk(U'\uF900'), U'岂'); // compatibility ideograph → 豈 (NFKC) → 岂 (simplified)
        QVERIFY(text::isCjkLetter(U'ー'));
        QVERIFY(text::isCjkLetter(U'\U00020000'));
        QVERIFY(!text::isCjkLetter(U'。'));
        QVERIFY(!text::isCjkLetter(U'Ａ'));
        QVERIFY(!text::isCjkLetter(U'한'));
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
