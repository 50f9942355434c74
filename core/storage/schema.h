#pragma once

namespace offprint::storage::schema {

// Marks a file as an Offprint library (PRAGMA application_id, "OFPR").
inline constexpr int kApplicationId = 0x4f465052;

// SQL of each migration, index 0 = migration to schema 1. Applied in order, each in its own transaction.
extern const char *const kMigrations[];
extern const int kMigrationCount;

// The schema that added the library's own settings (saved searches, watched folders).
inline constexpr int kLibrarySettingsVersion = 12;

} // namespace offprint::storage::schema
