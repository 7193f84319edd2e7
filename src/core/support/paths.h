// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Where ARDesk keeps its files on this machine.
namespace ardesk::paths {

/// The per-user data folder (~/.local/share/ARDesk); created on demand.
QString dataDirectory();
/// The log folder inside the data folder.
QString logDirectory();
/// The demo company file `make run` creates and opens on first start.
QString demoCompanyFile();
/// The OS login name (USER / LOGNAME / USERNAME), or "user".
QString osLoginName();

} // namespace ardesk::paths
