-- SPDX-License-Identifier: MIT
-- ARDesk schema v15: every chain entry says which canonical form its hash covers (see
-- docs/record-chain.md, "Canonical forms by version"). Entries written before this version keep
-- form 1 and verify exactly as before (nothing is re-chained); ARDesk writes every new entry in
-- form 2, which also covers an attachment's claimed and detected MIME types and tells an absent
-- next contact date from an empty one. Form 2 carries its number inside the hashed bytes, so
-- changing this column of an entry breaks its hash; the verifier also refuses an entry of a lower
-- form after a higher one.
ALTER TABLE record_chain ADD COLUMN form INTEGER NOT NULL DEFAULT 1 CHECK (form >= 1);
