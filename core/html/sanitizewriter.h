#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace offprint::html {

// Inline formatting of a piece of text. The tags are always nested in this order (link outermost),
// so the set of bits alone says which tags are open, and changing one closes only those inside it.
enum InlineBit : std::uint16_t {
    kLink = 1, kBold = 2, kItalic = 4, kUnderline = 8, kStrike = 16, kCode = 32, kSup = 64, kSub = 128
};
enum class TextDirection : std::uint8_t { Unset, Ltr, Rtl };

struct TextStyle
{
    std::uint16_t bits = 0;
    QByteArray href; // with kLink: an allowed URL, not yet escaped
    TextDirection dir = TextDirection::Unset;
};

// Writes the sanitiser's output: well-formed, flat rich-text HTML for QTextDocument. Blocks are opened
// lazily (an element is written only when content reaches it, so empty wrappers vanish; an empty table
// cell is kept once its row is written, so columns stay aligned); text outside any paragraph gets an
// implicit <p>; inline tags are closed and reopened around blocks instead of being nested into them.
//
// What QTextDocument::setHtml and its layout cost is bounded, as measured on Qt 6.4: a paragraph longer
// than kMaxRunBytes is split (one huge block lays out several times slower per character), a list is
// closed and reopened every kMaxListItems items (Qt numbers items in time quadratic in a list's length:
// 5,000 items took 1 s, 20,000 took 25 s), and all output is charged to a work budget: a text byte
// costs 1, a block kBlockCost, an inline tag kInlineCost, a table cell kCellCost (charged by the
// caller). Beyond the budget the rest is left out. A unit is about 0.12 µs of Qt's CPU time; the costs
// below were measured with `offprint --benchmark-html` on pages made of nothing but that construct.
// Qt looks up named anchors in quadratic time (6,000 took 0.4 s): at most kMaxAnchors are written.
class SanitizeWriter final
{
public:
    static constexpr qint64 kBlockCost = 50;   // a paragraph, heading, cell or line of <pre>: ~6 µs
    static constexpr qint64 kItemCost = 100;   // a list item: ~12 µs
    static constexpr qint64 kInlineCost = 75;  // an inline tag or link: ~9 µs
    static constexpr qint64 kCellCost = 700;   // a cell of a table written as a table: ~85 µs
    static constexpr qsizetype kMaxRunBytes = 4096;
    static constexpr int kMaxListItems = 500;
    static constexpr int kMaxAnchors = 2000;

    enum class Block : std::uint8_t { Root, Quote, List, Item, DefList, DefTerm, DefDesc, Table, Row, Cell, Leaf };
    struct Frame
    {
        Block kind = Block::Root;
        const char *tag = "";
        std::string start;       // the start tag
        std::string pending;     // empty cells waiting for this row to be written
        int items = 0;           // List: items written since the list was (re)opened
        bool flushed = false;    // the start tag is in the output
        bool run = false;        // inline content since the last block boundary
        bool needBreak = false;  // the next inline content starts a new line (<br>)
        bool innerPara = false;  // a split run continues in <p> inside this block
    };

    SanitizeWriter(qsizetype expectedBytes, qint64 maxWork);

    int depth() const { return int(m_frames.size()) - 1; }
    Block top() const { return m_frames.back().kind; }
    bool topFlushed() const { return m_frames.back().flushed; }

    // `attributes` is written as is after the tag name (built with attribute()).
    void open(Block kind, const char *tag, std::string attributes = {});
    void close();
    // Takes the innermost block, still unwritten, off the stack so that content can go before it.
    Frame suspend();
    void restore(Frame frame);

    // A block boundary inside the current block: the next text starts a new paragraph or line.
    void boundary();
    void text(const char *utf8, qsizetype size, const TextStyle &style, bool preserveSpace);
    void lineBreak();
    void rule();
    // A fragment target: written just before the next text.
    void anchor(const char *name);

    qint64 workLeft() const { return m_maxWork - m_work; }
    void charge(qint64 work);
    bool full() const { return m_full; }
    QString finish(const QString &cutNote);

    static std::string attribute(const char *name, const char *value, qsizetype size);

private:
    bool beginRun(const TextStyle &style);
    void splitRun(const TextStyle &style);
    void flush();
    void writeStart(size_t index);
    void closeRun(Frame &frame);
    void applyStyle(const TextStyle &style);
    void closeInline(int fromIndex = 0);
    void writeAnchors();

    std::string m_out;
    std::vector<Frame> m_frames;
    size_t m_flushed = 1; // m_frames[0, m_flushed) are written
    std::uint16_t m_openBits = 0;
    QByteArray m_openHref;
    bool m_space = true;  // the last character written is a space or a line start
    int m_breaks = 0;     // consecutive <br>
    bool m_ruled = false; // the last block written is a rule
    qsizetype m_runBytes = 0; // text written since the last block started
    std::vector<std::string> m_anchors;
    int m_anchorsWritten = 0;
    qint64 m_work = 0;
    qint64 m_maxWork = 0;
    bool m_full = false;
};

} // namespace offprint::html
