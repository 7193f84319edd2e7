#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Reads one message (bytes) on stdin with Python's email package and prints what a mail reader
sees as JSON: decoded headers, the text and HTML bodies, attachments (name, type, SHA-256), the
structure, parser defects, and line facts (bare CR/LF, longest line). Used by the tests to check
our MIME output with an independent parser."""
import email
import email.policy
import hashlib
import json
import sys

raw = sys.stdin.buffer.read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
lines = raw.split(b"\r\n")
bare = any(b"\n" in l or b"\r" in l for l in lines)
out = {
    "bare_line_ends": bare,
    "longest_line": max(len(l) for l in lines),
    "ends_with_crlf": raw.endswith(b"\r\n"),
    "headers": {k.lower(): str(v) for k, v in msg.items()},
    "header_count": {k.lower(): len(msg.get_all(k)) for k in msg.keys()},
    "structure": [p.get_content_type() for p in msg.walk()],
    "defects": [type(d).__name__ for p in msg.walk() for d in p.defects],
    "text": None,
    "html": None,
    "attachments": [],
}
for part in msg.walk():
    if part.is_multipart():
        continue
    if part.get_content_disposition() == "attachment":
        data = part.get_payload(decode=True)
        out["attachments"].append({
            "filename": part.get_filename(),
            "type": part.get_content_type(),
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "cte": part.get("Content-Transfer-Encoding"),
        })
    elif part.get_content_type() == "text/plain" and out["text"] is None:
        out["text"] = part.get_content()
    elif part.get_content_type() == "text/html" and out["html"] is None:
        out["html"] = part.get_content()
print(json.dumps(out))
