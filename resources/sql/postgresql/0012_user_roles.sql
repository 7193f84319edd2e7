-- SPDX-License-Identifier: MIT
-- ARDesk schema v12 (PostgreSQL), as resources/sql/sqlite/0012_user_roles.sql: a user holds one
-- or more roles (sales, clerk, manager, admin; the permission table is
-- src/core/domain/permissions.cpp). users.role keeps the principal role for display.
CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('sales','clerk','manager','admin')),
    PRIMARY KEY (user_id, role)
);

INSERT INTO user_roles (user_id, role) SELECT id, role FROM users;

-- A user added with only users.role (a bulk path, a file's first user) holds that role;
-- UserRepository then writes the whole set.
CREATE FUNCTION ardesk_users_first_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO user_roles (user_id, role) VALUES (NEW.id, NEW.role) ON CONFLICT DO NOTHING;
    RETURN NEW;
END;
$$;
CREATE TRIGGER users_first_role AFTER INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION ardesk_users_first_role();
