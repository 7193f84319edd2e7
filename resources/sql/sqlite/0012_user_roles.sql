-- SPDX-License-Identifier: MIT
-- ARDesk schema: a user holds one or more roles (sales, clerk, manager, admin; what each may do
-- is the permission table in src/core/domain/permissions.cpp, docs/user-guide.md "Roles").
-- An admin is not a clerk unless also given that role.
--
-- users.role stays, holding the user's principal role (the last of sales, clerk, manager, admin
-- they hold) for display; permissions read user_roles only. Every user keeps the one role they
-- had.
CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('sales','clerk','manager','admin')),
    PRIMARY KEY (user_id, role)
) WITHOUT ROWID;

INSERT INTO user_roles (user_id, role) SELECT id, role FROM users;

-- A user added with only users.role (the demo generator's bulk path, a file's first user) holds
-- that role; UserRepository then writes the whole set.
CREATE TRIGGER users_first_role AFTER INSERT ON users
BEGIN
    INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (NEW.id, NEW.role);
END;
