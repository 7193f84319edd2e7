#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Reads what the recording SMTP server (tests/support/smtpserver.py --commands) received, with
Python's e-mail package, for the injection corpus (ardesk-torture).

  smtpinspect.py DIR

Prints one JSON object:
  messages: {Message-ID: {headers: [top-level header names, in order],
                          parts: [content types of the MIME parts below the top],
                          part_headers: [header names of those parts],
                          rcpt_tos: [envelope recipients], mail_from, defects: [...]}}
  extra_commands: SMTP commands that no received message explains: verbs other than
                  EHLO/HELO/MAIL/RCPT/DATA/RSET/NOOP/QUIT, and MAIL/RCPT/DATA beyond one MAIL and
                  one DATA per message and one RCPT per envelope recipient
  command_problems: what those commands were
"""
import collections
import email
import email.policy
import json
import os
import sys

ALLOWED = {"EHLO", "HELO", "MAIL", "RCPT", "DATA", "RSET", "NOOP", "QUIT"}


def message_entry(raw, log):
    # compat32 keeps every header line as sent: a forged one shows up as a header of its own.
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    parts, part_headers = [], []
    if msg.is_multipart():
        for part in msg.walk():
            if part is msg:
                continue
            parts.append(part.get_content_type())
            part_headers.extend(part.keys())
    return msg.get("Message-ID", "").strip().strip("<>"), {
        "headers": list(msg.keys()),
        "parts": parts,
        "part_headers": part_headers,
        "rcpt_tos": log.get("rcpt_tos", []),
        "mail_from": log.get("mail_from", ""),
        "defects": [type(d).__name__ for d in msg.defects],
    }


def main():
    folder = sys.argv[1]
    logs = []
    log_path = os.path.join(folder, "log.jsonl")
    if os.path.exists(log_path):
        with open(log_path) as f:
            logs = [json.loads(line) for line in f if line.strip()]
    messages = {}
    recipients = 0
    for log in logs:
        with open(log["file"], "rb") as f:
            mid, entry = message_entry(f.read(), log)
        messages[mid] = entry
        recipients += len(log.get("rcpt_tos", []))

    verbs = collections.Counter()
    problems = []
    extra = 0
    cmd_path = os.path.join(folder, "commands.jsonl")
    if os.path.exists(cmd_path):
        with open(cmd_path) as f:
            for line in f:
                if not line.strip():
                    continue
                text = json.loads(line)["line"]
                verb = text.split(" ", 1)[0].split(":", 1)[0].upper()
                verbs[verb] += 1
                if verb not in ALLOWED:
                    extra += 1
                    problems.append("unexpected command: " + text[:120])
                elif "attacker" in text.lower():
                    extra += 1
                    problems.append("command carries an injected value: " + text[:120])
    for verb, expected in (("MAIL", len(logs)), ("DATA", len(logs)), ("RCPT", recipients)):
        if verbs[verb] > expected:
            extra += verbs[verb] - expected
            problems.append(f"{verbs[verb]} {verb} commands for {expected}")
    json.dump({"messages": messages, "extra_commands": extra, "command_problems": problems,
               "verbs": verbs}, sys.stdout)


if __name__ == "__main__":
    main()
