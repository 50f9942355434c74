#pragma once

#include <QList>

#include <optional>

namespace offprint::gui {

// A place in the open article: the document position of the text at the top of the view (a
// character, so it survives zoom and theme changes, which lay the same text out at other heights),
// and the exact scroll offset, good while the layout it was taken in (`layout`) is still shown.
struct ReaderPlace
{
    int position = 0;
    int scroll = 0;
    quint64 layout = 0;
};

// Where the reader was before it followed a link inside the article, so that Back returns there,
// and Forward again. One history per article.
class ReaderHistory
{
public:
    // Following a link from `from`: it becomes the place Back returns to; Forward is forgotten.
    void visit(const ReaderPlace &from);
    // The place to return to, given where the reader is now (which Forward then returns to).
    std::optional<ReaderPlace> back(const ReaderPlace &current);
    std::optional<ReaderPlace> forward(const ReaderPlace &current);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void clear();

private:
    static constexpr int kMaxEntries = 200;
    QList<ReaderPlace> m_back;
    QList<ReaderPlace> m_forward;
};

} // namespace offprint::gui
