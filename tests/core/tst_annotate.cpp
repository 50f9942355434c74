// Anchoring highlights in an article's plain text: the normalised comparison, the tolerant search
// (checked against a plain dynamic-programming oracle), re-anchoring after the kinds of edits a
// re-extraction makes, and CJK text.
#include "annotate/anchor.h"
#include "annotate/fuzzy.h"
#include "annotate/normalize.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <vector>

using namespace offprint::annotate;

namespace {

const QString kArticle = QStringLiteral(
    "# Field notes\n\n"
    "The *quick* brown fox jumps over the **lazy** dog near the river bank.\n\n"
    "Second paragraph starts here. It mentions the fox again: the quick brown fox.\n\n"
    "A closing paragraph with [a link](https://example.com/x) and `code`.\n");

// Seller's algorithm: the fewest edits of `pattern` against any substring of `text` ending at each place.
std::vector<int> oracleEnds(const QString &text, const QString &pattern)
{
    const qsizetype m = pattern.size();
    std::vector<int> column(size_t(m) + 1);
    for (qsizetype i = 0; i <= m; ++i)
        column[size_t(i)] = int(i);
    std::vector<int> ends;
    for (qsizetype j = 0; j < text.size(); ++j) {
        int diagonal = column[0];
        column[0] = 0;
        for (qsizetype i = 1; i <= m; ++i) {
            const int above = column[size_t(i)];
            column[size_t(i)] = std::min({above + 1, column[size_t(i - 1)] + 1,
                                          diagonal + (pattern[i - 1] == text[j] ? 0 : 1)});
            diagonal = above;
        }
        ends.push_back(column[size_t(m)]);
    }
    return ends;
}

QString randomText(QRandomGenerator &random, qsizetype length, const QString &alphabet)
{
    QString out;
    for (qsizetype i = 0; i < length; ++i)
        out += alphabet.at(random.bounded(int(alphabet.size())));
    return out;
}

QString slice(const QString &text, TextRange range)
{
    return text.mid(range.start, range.end - range.start);
}

} // namespace

class TestAnnotate final : public QObject
{
    Q_OBJECT

private slots:
    void normalisesWhitespaceAndTypography();
    void cjkTextHasNoSpacesToMatch();
    void countsCodePoints();
    void fuzzySearchAgreesWithOracle_data();
    void fuzzySearchAgreesWithOracle();
    void findsQuotesAcrossFormattingAndParagraphs();
    void selectorKeepsContextInCodePoints();
    void sameQuoteTwiceByOccurrenceAndContext();
    void reanchorsAfterParagraphInsertedBefore();
    void reanchorsAfterWordElsewhereChanges();
    void reanchorsEditedSentenceTolerantly();
    void orphansDeletedSentence();
    void shortQuotesNeedTheirContext();
    void deletedItemIsNotItsNeighbour();
    void editedEndKeepsTheWholeQuote();
    void repeatedSectionsAreNotTakenForADeletedOne();
    void reanchorsCjkText();
};

void TestAnnotate::normalisesWhitespaceAndTypography()
{
    const QString text = QStringLiteral("  It\u2019s  a\ttest\u00ad-case\n\nwith \u201cquotes\u201d \u2014 ok\u2029end ");
    const NormalizedText n(text);
    QCOMPARE(n.text(), QStringLiteral("It's a test-case with \"quotes\" - ok end"));
    // Each normalised unit points back at what it stands for: the space between "test-case" and "with"
    // is the paragraph break.
    const qsizetype space = n.text().indexOf(QStringLiteral(" with"));
    QCOMPARE(text.mid(n.originalStart(space), n.originalEnd(space) - n.originalStart(space)), QStringLiteral("\n\n"));
    QCOMPARE(n.fromOriginal(text.indexOf(QStringLiteral("with"))), space + 1);
    QCOMPARE(normalizedForm(QStringLiteral(" \n\t ")), QString());
}

void TestAnnotate::cjkTextHasNoSpacesToMatch()
{
    QCOMPARE(normalizedForm(QStringLiteral("第一段。\n\n第二段")), QStringLiteral("第一段。第二段"));
    QCOMPARE(normalizedForm(QStringLiteral("使用 GPU 加速")), QStringLiteral("使用GPU加速"));
    QCOMPARE(normalizedForm(QStringLiteral("日本語の\nテキスト")), QStringLiteral("日本語のテキスト"));
    QCOMPARE(normalizedForm(QStringLiteral("한국어 텍스트")), QStringLiteral("한국어텍스트"));
    QCOMPARE(normalizedForm(QStringLiteral("GPU and CPU")), QStringLiteral("GPU and CPU"));
    QVERIFY(isCjk(U'芯') && isCjk(U'。') && isCjk(U'\U00020000') && !isCjk(U'a') && !isCjk(U'é'));
}

void TestAnnotate::countsCodePoints()
{
    const QString text = QStringLiteral("😀a𠀀b");
    QCOMPARE(codePointCount(text), 4);
    QCOMPARE(utf16IndexOf(text, 1), 2);
    QCOMPARE(utf16IndexOf(text, 3), 5);
    QCOMPARE(utf16IndexOf(text, 10), text.size());
    QCOMPARE(codePointsBefore(text, 5), 3);
    QCOMPARE(codePointsBefore(text, text.size()), 4);
}

void TestAnnotate::fuzzySearchAgreesWithOracle_data()
{
    QTest::addColumn<int>("patternLength");
    QTest::addColumn<int>("maxErrors");
    for (const int length : {5, 30, 63, 64, 65, 100, 128, 129, 200})
        for (const int errors : {0, 1, length / 4})
            QTest::addRow("m=%d k=%d", length, errors) << length << errors;
}

void TestAnnotate::fuzzySearchAgreesWithOracle()
{
    QFETCH(int, patternLength);
    QFETCH(int, maxErrors);
    QRandomGenerator random(quint32(patternLength * 131 + maxErrors));
    for (int round = 0; round < 20; ++round) {
        const QString text = randomText(random, 600, QStringLiteral("abcd"));
        // Half the patterns are a mutated piece of the text, so that there are matches to find.
        QString pattern = round % 2 ? randomText(random, patternLength, QStringLiteral("abcd"))
                                    : text.mid(random.bounded(600 - patternLength), patternLength);
        for (int e = 0; e < maxErrors / 2 && !(round % 2); ++e)
            pattern[random.bounded(int(pattern.size()))] = QLatin1Char('x');
        const std::vector<int> oracle = oracleEnds(text, pattern);
        const int best = *std::min_element(oracle.begin(), oracle.end());
        const auto found = findApproximate(text, pattern, maxErrors, 1000);
        if (best > maxErrors) {
            QVERIFY(found.empty());
            continue;
        }
        QVERIFY(!found.empty());
        QCOMPARE(found.front().errors, best);
        for (const FuzzyMatch &match : found) {
            // Every match is what it claims, ends where the oracle allows, and each run of good ends has
            // one or two (its first and last best end).
            QCOMPARE(editDistance(pattern, QStringView(text).mid(match.start, match.end - match.start)), match.errors);
            QVERIFY(match.errors <= maxErrors);
            QCOMPARE(oracle[size_t(match.end - 1)], match.errors);
        }
        const qsizetype runs = std::count_if(oracle.begin(), oracle.end(), [&, i = size_t(0)](int) mutable {
            const bool starts = oracle[i] <= maxErrors && (i == 0 || oracle[i - 1] > maxErrors);
            ++i;
            return starts;
        });
        QVERIFY(qsizetype(found.size()) >= runs && qsizetype(found.size()) <= 2 * runs);
    }
}

void TestAnnotate::findsQuotesAcrossFormattingAndParagraphs()
{
    const QString text = articleText(kArticle);
    QVERIFY(text.contains(QStringLiteral("bank.\n\nSecond")));
    const TextAnchorer anchorer(text);
    // Emphasis and strong markup are not in the text; the paragraph break is whitespace to the quote,
    // whether typed as a space or selected in the reader (U+2029).
    for (const QString &quote : {QStringLiteral("quick brown fox jumps over the lazy dog near the river bank. Second"),
                                 QStringLiteral("river bank.\u2029Second paragraph"),
                                 QStringLiteral("the river   bank.\n\nSecond paragraph starts")}) {
        const QList<TextRange> found = anchorer.occurrences(quote);
        QCOMPARE(found.size(), 1);
        QCOMPARE(normalizedForm(slice(text, found.front())), normalizedForm(quote));
        QVERIFY(slice(text, found.front()).contains(QStringLiteral("\n\n")));
    }
    QCOMPARE(slice(text, anchorer.occurrences(QStringLiteral("a link and code")).value(0)),
             QStringLiteral("a link and code"));
    QVERIFY(anchorer.occurrences(QStringLiteral("quick brown cat")).isEmpty());
    QVERIFY(anchorer.occurrences(QStringLiteral("  \n ")).isEmpty());
}

void TestAnnotate::selectorKeepsContextInCodePoints()
{
    const QString text = QStringLiteral("😀😀 emoji first, then the passage we want, and more text after it, a lot more.");
    const TextAnchorer anchorer(text);
    const TextRange range = anchorer.occurrences(QStringLiteral("the passage we want")).value(0);
    const Selector selector = selectorFor(text, range);
    QCOMPARE(selector.quote, QStringLiteral("the passage we want"));
    QCOMPARE(*selector.position, qint64(text.indexOf(QStringLiteral("the passage")) - 2)); // two surrogate pairs
    QCOMPARE(selector.prefix, QStringLiteral("😀😀 emoji first, then "));
    QCOMPARE(codePointCount(selector.suffix), kContextLength);
    QVERIFY(selector.suffix.startsWith(QStringLiteral(", and more text")));
}

void TestAnnotate::sameQuoteTwiceByOccurrenceAndContext()
{
    const QString text = articleText(kArticle);
    const TextAnchorer anchorer(text);
    const QList<TextRange> found = anchorer.occurrences(QStringLiteral("quick brown fox"));
    QCOMPARE(found.size(), 2);
    QVERIFY(found[0].start < found[1].start);
    // The second one, re-anchored in a text where a paragraph went in between: still the second one.
    const Selector second = selectorFor(text, found[1]);
    const QString edited = articleText(QString(kArticle).replace(
        QStringLiteral("Second paragraph"), QStringLiteral("An inserted paragraph about a quick brown fox.\n\nSecond paragraph")));
    const auto anchor = TextAnchorer(edited).locate(second);
    QVERIFY(anchor && anchor->exact);
    QCOMPARE(TextAnchorer(edited).occurrences(QStringLiteral("quick brown fox")).size(), 3);
    QCOMPARE(anchor->range, TextAnchorer(edited).occurrences(QStringLiteral("quick brown fox")).at(2));
}

void TestAnnotate::reanchorsAfterParagraphInsertedBefore()
{
    const QString text = articleText(kArticle);
    const TextAnchorer before(text);
    const Selector selector = selectorFor(text, before.occurrences(QStringLiteral("mentions the fox again")).value(0));
    const QString inserted = QStringLiteral("A new paragraph the editor added, with 中文 and 😀 in it.");
    const QString after = articleText(QString(kArticle).replace(QStringLiteral("# Field notes\n\n"),
                                                                QStringLiteral("# Field notes\n\n") + inserted + QStringLiteral("\n\n")));
    const auto anchor = TextAnchorer(after).locate(selector);
    QVERIFY(anchor && anchor->exact);
    QCOMPARE(slice(after, anchor->range), QStringLiteral("mentions the fox again"));
    const Selector moved = selectorFor(after, anchor->range);
    QCOMPARE(*moved.position, *selector.position + codePointCount(inserted) + 2);
}

void TestAnnotate::reanchorsAfterWordElsewhereChanges()
{
    const QString text = articleText(kArticle);
    const Selector selector = selectorFor(text, TextAnchorer(text).occurrences(QStringLiteral("Second paragraph starts here.")).value(0));
    const QString after = articleText(QString(kArticle).replace(QStringLiteral("closing"), QStringLiteral("final")));
    const auto anchor = TextAnchorer(after).locate(selector);
    QVERIFY(anchor && anchor->exact);
    QCOMPARE(selectorFor(after, anchor->range).position, selector.position);
}

void TestAnnotate::reanchorsEditedSentenceTolerantly()
{
    const QString text = articleText(kArticle);
    const Selector selector = selectorFor(
        text, TextAnchorer(text).occurrences(QStringLiteral("brown fox jumps over the lazy dog near the river bank")).value(0));
    // A word changed and one added inside the highlighted sentence.
    const QString after = articleText(QString(kArticle).replace(QStringLiteral("jumps over the **lazy** dog near"),
                                                                QStringLiteral("jumped over the **lazy** dog right near")));
    const auto anchor = TextAnchorer(after).locate(selector);
    QVERIFY(anchor);
    QVERIFY(!anchor->exact);
    QVERIFY(anchor->similarity >= 0.75);
    const QString found = slice(after, anchor->range);
    QVERIFY2(found.startsWith(QStringLiteral("brown fox jumped")) && found.endsWith(QStringLiteral("river bank")),
             qPrintable(found));
}

void TestAnnotate::orphansDeletedSentence()
{
    const QString text = articleText(kArticle);
    const Selector selector = selectorFor(text, TextAnchorer(text).occurrences(QStringLiteral("Second paragraph starts here.")).value(0));
    const QString after = articleText(QString(kArticle).replace(QStringLiteral("Second paragraph starts here. "), QString()));
    QVERIFY(!TextAnchorer(after).locate(selector));
    // Comes back when the sentence does.
    QVERIFY(TextAnchorer(text).locate(Selector{selector.quote, selector.prefix, selector.suffix, std::nullopt}));
}

void TestAnnotate::shortQuotesNeedTheirContext()
{
    const QString text = QStringLiteral("Alpha beta gamma delta. Completely unrelated words follow here.");
    const Selector selector = selectorFor(text, TextAnchorer(text).occurrences(QStringLiteral("gamma delta")).value(0));
    // Slightly changed in place: found (the context still matches).
    const QString edited = QStringLiteral("Alpha beta gamma delte. Completely unrelated words follow here.");
    QVERIFY(TextAnchorer(edited).locate(selector));
    // The sentence gone, a similar short phrase elsewhere: not taken for it.
    const QString elsewhere = QStringLiteral("Other text entirely. Then gamma delte shows up in new words.");
    QVERIFY(!TextAnchorer(elsewhere).locate(selector));
    // Under 8 characters there is no tolerant match at all.
    const Selector tiny = selectorFor(text, TextAnchorer(text).occurrences(QStringLiteral("beta")).value(0));
    QVERIFY(!TextAnchorer(QStringLiteral("Alpha bета gamma delta.")).locate(tiny));
}

void TestAnnotate::deletedItemIsNotItsNeighbour()
{
    // A list item deleted next to one much like it: orphaned, not moved to the neighbour; the same item
    // edited slightly: found.
    const QString markdown = QStringLiteral("Specifications\n\n- 8 voices of polyphony.\n- 1 Digital oscillator per voice.\n"
                                            "- 2 Analog filters per voice.\n- 2 Analog oscillators per voice.\n"
                                            "- 4 Envelope generators with loops.\n");
    const QString text = articleText(markdown);
    const Selector selector = selectorFor(text, TextAnchorer(text).occurrences(QStringLiteral("2 Analog filters per voice.")).value(0));
    const QString deleted = articleText(QString(markdown).remove(QStringLiteral("- 2 Analog filters per voice.\n")));
    QVERIFY(!TextAnchorer(deleted).locate(selector));
    const QString edited = articleText(QString(markdown).replace(QStringLiteral("Analog filters"), QStringLiteral("Analogue filters")));
    const auto anchor = TextAnchorer(edited).locate(selector);
    QVERIFY(anchor);
    QCOMPARE(slice(edited, anchor->range), QStringLiteral("2 Analogue filters per voice."));

    // A sentence that ends like the one before it, edited: found (it is not the sentence before it).
    const QString repeated = QStringLiteral("Workers share the resource use for task scheduling. Tasks of one lambda but "
                                            "different priority levels are also isolated in their resource use for task "
                                            "scheduling.\n\nDelivery latency follows.");
    const Selector second = selectorFor(repeated, TextAnchorer(repeated).occurrences(QStringLiteral("Tasks of one lambda")).value(0));
    const Selector sentence = selectorFor(repeated, {second.position.value(), repeated.indexOf(QStringLiteral("\n\n"))});
    const QString changed = QString(repeated).replace(QStringLiteral("levels are also"), QStringLiteral("levels revised also"));
    const auto found = TextAnchorer(changed).locate(sentence);
    QVERIFY(found);
    QVERIFY(slice(changed, found->range).endsWith(QStringLiteral("levels revised also isolated in their resource use for task scheduling.")));
}

void TestAnnotate::editedEndKeepsTheWholeQuote()
{
    // The end of the quote replaced: dropping the edited end costs as many edits as reading it changed;
    // the context (the text after it is the same) takes the whole passage.
    const QString before = QStringLiteral("Intro line.\n\nprototype = {\n    greets: function(target) {\n      if (!target) return;\n}\n\nAfter.");
    const QString quote = QStringLiteral("prototype = {\n    greets: function(target) {\n      if (!");
    const Selector selector = selectorFor(before, TextAnchorer(before).occurrences(quote).value(0));
    const QString after = QString(before).replace(QStringLiteral("{\n      if"), QStringLiteral("revised      if"));
    const auto anchor = TextAnchorer(after).locate(selector);
    QVERIFY(anchor && !anchor->exact);
    QCOMPARE(slice(after, anchor->range), QStringLiteral("prototype = {\n    greets: function(target) revised      if (!"));
}

void TestAnnotate::repeatedSectionsAreNotTakenForADeletedOne()
{
    // Sections of one shape, each under a heading that differs by a letter: the heading of a deleted
    // section is orphaned, not moved to the one before or after it.
    QString markdown;
    for (const char plan : {'A', 'B', 'C', 'D', 'E'})
        markdown += QStringLiteral("Recharge\n\n## Meal Prep Menu for Eating Plan %1\n\nAsparagus and Eggs with toast.\n\n")
                        .arg(QLatin1Char(plan));
    const QString text = articleText(markdown);
    const Selector selector = selectorFor(text, TextAnchorer(text).occurrences(QStringLiteral("Meal Prep Menu for Eating Plan C")).value(0));
    const QString deleted = articleText(QString(markdown).remove(QStringLiteral("## Meal Prep Menu for Eating Plan C\n\n")));
    QVERIFY(!TextAnchorer(deleted).locate(selector));
    // Moved elsewhere unchanged, it is found where it went.
    const QString moved = articleText(QString(markdown).replace(QStringLiteral("Plan C"), QStringLiteral("Plan Z")) +
                                      QStringLiteral("\n\nAppendix: Meal Prep Menu for Eating Plan C\n"));
    const auto anchor = TextAnchorer(moved).locate(selector);
    QVERIFY(anchor && anchor->exact);
    QVERIFY(slice(moved, anchor->range) == QStringLiteral("Meal Prep Menu for Eating Plan C"));
}

void TestAnnotate::reanchorsCjkText()
{
    const QString markdown = QStringLiteral("# 芯片\n\n第一段文字，介绍背景。\n\n第二段讲的是**国产芯片**的新进展，速度很快。\n");
    const QString text = articleText(markdown);
    const TextAnchorer anchorer(text);
    // A quote across the paragraph break, typed without any space.
    const QList<TextRange> across = anchorer.occurrences(QStringLiteral("介绍背景。第二段"));
    QCOMPARE(across.size(), 1);
    QCOMPARE(slice(text, across.front()), QStringLiteral("介绍背景。\n\n第二段"));
    const Selector selector = selectorFor(text, anchorer.occurrences(QStringLiteral("国产芯片的新进展")).value(0));
    QCOMPARE(*selector.position, qint64(text.indexOf(QStringLiteral("国产"))));
    // One character added inside the quote: found by the tolerant match.
    const QString edited = articleText(QString(markdown).replace(QStringLiteral("的新进展"), QStringLiteral("的最新进展")));
    const auto anchor = TextAnchorer(edited).locate(selector);
    QVERIFY(anchor && !anchor->exact);
    QCOMPARE(slice(edited, anchor->range), QStringLiteral("国产芯片的最新进展"));
    // The paragraph deleted: orphaned.
    const QString deleted = articleText(QString(markdown).replace(QStringLiteral("第二段讲的是**国产芯片**的新进展，速度很快。\n"), QString()));
    QVERIFY(!TextAnchorer(deleted).locate(selector));
}

QTEST_GUILESS_MAIN(TestAnnotate)
#include "tst_annotate.moc"
