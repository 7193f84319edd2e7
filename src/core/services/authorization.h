// SPDX-License-Identifier: MIT
#pragma once

#include "core/domain/permissions.h"
#include "core/storage/database.h"
#include "core/support/result.h"

namespace ardesk {

/// Refused (ErrorCode::PermissionDenied, naming the role the action needs and the roles the user
/// holds) unless the user `userId` of `db` may take the action by the permission table
/// (Permissions). Every use case that changes something calls it first, so the window and the
/// CLI obey the same rule. Reads the user on the calling thread's connection; writes nothing.
/// `userId` 0 is no person but ARDesk itself (creating a file, the demo generator, a test's
/// fixture) and is not refused: the window and the CLI always act as a signed-in user, and an
/// id that names no user is refused.
Result<void> authorize(const Database &db, qint64 userId, Permission permission);

/// The user `userId` of `db`; an empty user, who may do nothing, when no user has that id.
Result<User> actingUser(const Database &db, qint64 userId);

} // namespace ardesk
