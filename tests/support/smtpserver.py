#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A real SMTP server on loopback for the ARDesk tests (aiosmtpd).

Start with /usr/bin/python3 (aiosmtpd comes from Debian's python3-aiosmtpd). Prints
"READY <port>" on stdout once it accepts connections, then runs until stdin closes or it is
killed. Every accepted message is written byte for byte to DIR/msg-N.eml and described by one JSON
line in DIR/log.jsonl (envelope, AUTH user, TLS, the
client's port — one per connection —, file, SHA-256).

  --dir DIR            where messages and the log go (required)
  --cert PEM --key PEM the server certificate (required unless --tls none)
  --tls starttls|implicit|none
                       starttls: STARTTLS offered and required before MAIL (default)
                       implicit: TLS from the first byte (smtps)
                       none:     no TLS offered at all
  --auth USER:PASSWORD require AUTH (PLAIN/LOGIN) with these credentials
  --token TOKEN        also accept AUTH XOAUTH2 for USER with this bearer token
  --reply ADDR=CODE    answer CODE (e.g. 451 or 550) to RCPT TO:<ADDR>
  --latency MS         wait MS before answering each DATA
  --rtt MS             wait MS before every reply (the greeting included): a network round trip
  --drop-after N       accept N messages, then drop the connection of the next one after DATA
  --commands FILE      record every SMTP command line the server reads (not the message data)
                       as one JSON line {"peer_port", "line"} in FILE
"""
import warnings
warnings.filterwarnings("ignore")
import argparse
import asyncio
import base64
import hashlib
import itertools
import json
import logging
import os
import socket
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    def __init__(self, args):
        self.args = args
        self.counter = itertools.count(1)
        self.accepted = 0
        self.replies = {}
        for spec in args.reply or []:
            addr, code = spec.rsplit("=", 1)
            self.replies[addr.lower()] = int(code)
        self.lock = threading.Lock()

    async def auth_XOAUTH2(self, server, args):
        """SASL XOAUTH2: base64("user=U\\x01auth=Bearer T\\x01\\x01"), as libcurl sends it."""
        if not self.args.token:
            return AuthResult(success=False, handled=False)
        try:
            if len(args) >= 3:
                raw = base64.b64decode(args[2]).decode()
            else:
                # challenge_auth returns the client's answer already base64-decoded.
                answer = await server.challenge_auth("", encode_to_b64=False)
                if not isinstance(answer, bytes):
                    return AuthResult(success=False, handled=False)
                raw = answer.decode()
        except Exception:
            return AuthResult(success=False, handled=False)
        fields = dict(p.split("=", 1) for p in raw.split("\x01") if "=" in p)
        user = self.args.auth.split(":", 1)[0]
        ok = fields.get("user") == user and fields.get("auth") == "Bearer " + self.args.token
        if not ok:
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        code = self.replies.get(address.lower())
        if code:
            text = "Mailbox busy, try later" if code < 500 else "No such user here"
            return f"{code} {text}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.args.latency:
            await asyncio.sleep(self.args.latency / 1000.0)
        if self.args.drop_after is not None and self.accepted >= self.args.drop_after:
            # Drop the connection without answering: the client cannot know what happened.
            server.transport.abort()
            return None
        n = next(self.counter)
        data = envelope.original_content
        path = os.path.join(self.args.dir, f"msg-{n}.eml")
        with open(path, "wb") as f:
            f.write(data)
        auth = getattr(session, "auth_data", None)
        user = None
        if isinstance(auth, LoginPassword):
            user = auth.login.decode("utf-8", "replace")
        entry = {
            "file": path,
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "auth_user": user,
            "tls": session.ssl is not None or self.args.tls == "implicit",
            "peer_port": session.peer[1] if session.peer else 0,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
        with open(os.path.join(self.args.dir, "log.jsonl"), "a") as f:
            f.write(json.dumps(entry) + "\n")
        self.accepted += 1
        return f"250 2.0.0 Ok: queued as Q{n:05d}"


class CommandRecorder(logging.Handler):
    """aiosmtpd logs every command line it reads as "%r >> %r" (peer, line) on mail.log."""

    def __init__(self, path):
        super().__init__(logging.INFO)
        self.path = path
        self.lock_ = threading.Lock()

    def emit(self, record):
        if record.msg != "%r >> %r" or len(record.args) != 2:
            return
        peer, line = record.args
        if isinstance(line, bytes):
            line = line.decode("latin-1")
        entry = {"peer_port": peer[1] if peer else 0, "line": str(line)}
        with self.lock_, open(self.path, "a") as f:
            f.write(json.dumps(entry) + "\n")


def record_commands(path):
    logger = logging.getLogger("mail.log")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(CommandRecorder(path))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--tls", default="starttls", choices=["starttls", "implicit", "none"])
    p.add_argument("--auth")
    p.add_argument("--token")
    p.add_argument("--reply", action="append")
    p.add_argument("--latency", type=int, default=0)
    p.add_argument("--rtt", type=int, default=0)
    p.add_argument("--drop-after", type=int, default=None)
    p.add_argument("--commands")
    args = p.parse_args()
    if args.commands:
        record_commands(args.commands)

    ctx = None
    if args.tls != "none":
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        if not args.auth:
            return AuthResult(success=False, handled=False)
        user, password = args.auth.split(":", 1)
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        )
        if not ok:
            # handled=False: aiosmtpd answers 535 itself (handled=True would send nothing).
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=auth_data)

    handler = Handler(args)
    smtp_kwargs = dict(
        authenticator=authenticator if args.auth else None,
        auth_required=bool(args.auth),
        # aiosmtpd does not see implicit TLS as TLS; the socket is TLS from the first byte.
        auth_require_tls=args.tls == "starttls",
        require_starttls=args.tls == "starttls",
        tls_context=ctx if args.tls == "starttls" else None,
    )

    class RoundTripSMTP(SMTP):
        # Every reply waits one round trip, as it would over a real network: reusing a
        # connection then saves the greeting, EHLO, STARTTLS and AUTH exchanges it really saves.
        async def push(self, status):
            if args.rtt:
                await asyncio.sleep(args.rtt / 1000.0)
            await super().push(status)

    class Ctl(Controller):
        def factory(self):
            return RoundTripSMTP(self.handler, hostname="smtp.test", **smtp_kwargs)

        def _trigger_server(self):
            # The default readiness probe speaks plain SMTP, which an implicit-TLS server
            # cannot answer: probe with TLS (unverified: this is our own server) instead.
            if args.tls != "implicit":
                return super()._trigger_server()
            client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            client.check_hostname = False
            client.verify_mode = ssl.CERT_NONE
            with socket.create_connection((self.hostname, self.port), 1.0) as s:
                with client.wrap_socket(s) as t:
                    t.recv(1024)

    port = free_port()
    kwargs = {}
    if args.tls == "implicit":
        kwargs["ssl_context"] = ctx
    ctl = Ctl(handler, hostname="127.0.0.1", port=port, **kwargs)
    ctl.start()
    print(f"READY {port}", flush=True)
    try:
        sys.stdin.read()
    except KeyboardInterrupt:
        pass
    ctl.stop()


if __name__ == "__main__":
    main()
