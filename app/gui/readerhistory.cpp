#include "readerhistory.h"

namespace offprint::gui {

void ReaderHistory::visit(const ReaderPlace &from)
{
    m_back.append(from);
    if (m_back.size() > kMaxEntries)
        m_back.removeFirst();
    m_forward.clear();
}

std::optional<ReaderPlace> ReaderHistory::back(const ReaderPlace &current)
{
    if (m_back.isEmpty())
        return std::nullopt;
    m_forward.append(current);
    return m_back.takeLast();
}

std::optional<ReaderPlace> ReaderHistory::forward(const ReaderPlace &current)
{
    if (m_forward.isEmpty())
        return std::nullopt;
    m_back.append(current);
    return m_forward.takeLast();
}

void ReaderHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

} // namespace offprint::gui
