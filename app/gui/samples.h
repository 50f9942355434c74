#pragma once

#include "import/importer.h"

namespace offprint::storage {
class Library;
}

namespace offprint::gui {

// The sample articles shipped in the Qt resources (:/samples/*.html), imported into a new library
// so that a first start shows the reader working rather than an empty window.
QList<import::ImportOutcome> seedSamples(storage::Library &library);

} // namespace offprint::gui
