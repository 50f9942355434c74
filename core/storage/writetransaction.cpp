#include "storage/writetransaction.h"

#include "storage/database.h"

namespace offprint::storage {

WriteTransaction::WriteTransaction(Library &library)
    : m_transaction(std::make_unique<Transaction>(databaseOf(library)))
{
}

WriteTransaction::~WriteTransaction() = default;

bool WriteTransaction::ok() const
{
    return m_transaction->ok();
}

const Error &WriteTransaction::error() const
{
    return m_transaction->error();
}

bool WriteTransaction::lockTimedOut() const
{
    return m_transaction->lockTimedOut();
}

Result<void> WriteTransaction::commit()
{
    return m_transaction->commit();
}

} // namespace offprint::storage
