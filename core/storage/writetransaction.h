#pragma once

#include "common/result.h"

#include <memory>

namespace offprint::storage {

class Library;
class Transaction;

// A write transaction on a library, for code outside storage (import, the benchmark generator): the
// changes made through the library's repositories between here and commit() are stored together or
// not at all. BEGIN IMMEDIATE at the outermost level (writers queue on the busy timeout), a savepoint
// when nested. Rolls back unless commit() succeeds.
class WriteTransaction final
{
public:
    explicit WriteTransaction(Library &library);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool ok() const;
    // Why it could not start (names the library file).
    const Error &error() const;
    // It could not start because another connection held the write lock through the whole busy
    // timeout (worth trying again for work that can wait).
    bool lockTimedOut() const;
    Result<void> commit();

private:
    std::unique_ptr<Transaction> m_transaction;
};

} // namespace offprint::storage
