"""Real loopback receivers for delivery tests: a webhook server (stdlib http.server) and an SMTP server
(aiosmtpd). Also runnable as a process: `python -m tests.receivers webhook PORT SECRET LOG [DELAY]`."""

from __future__ import annotations

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class WebhookReceiver:
    """Records every POST; checks the signature with the `standardwebhooks` package; processes each delivery key once (what a real receiver does)."""

    def __init__(
        self, secret: str, *, port: int = 0, fail_first: int = 0, delay: float = 0.0, log: Path | None = None
    ) -> None:
        self.secret = secret
        self.requests: list[dict[str, Any]] = []
        self.processed: dict[str, dict[str, Any]] = {}
        self.fail_first = fail_first
        self.delay = delay
        self.log = log
        self.lock = threading.Lock()
        if log and log.exists():  # a restarted receiver remembers what it already processed
            for line in log.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                self.processed[entry["key"]] = entry
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                key = self.headers.get("webhook-id", "")
                with receiver.lock:
                    receiver.requests.append({"key": key, "headers": dict(self.headers), "body": body})
                    failing = len(receiver.requests) <= receiver.fail_first
                if receiver.delay:
                    time.sleep(receiver.delay)
                if failing or not receiver.verifies(body, dict(self.headers)):
                    self.send_response(503 if failing else 401)
                    self.end_headers()
                    return
                with receiver.lock:
                    if key not in receiver.processed:
                        receiver.processed[key] = json.loads(body)
                        if receiver.log:
                            with receiver.log.open("a", encoding="utf-8") as fh:
                                fh.write(
                                    json.dumps(
                                        {
                                            "key": key,
                                            "alert_id": receiver.processed[key]["alert_id"],
                                            "version": receiver.processed[key]["version"],
                                        }
                                    )
                                    + "\n"
                                )
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def verifies(self, body: bytes, headers: dict[str, str]) -> bool:
        """What a receiver does: check the Standard Webhooks signature (id, timestamp, body) and the age."""
        from standardwebhooks.webhooks import Webhook, WebhookVerificationError

        # A whsec_ secret is base64 of the key; any other secret is its own bytes (docs/webhooks.md).
        key: str | bytes = self.secret if self.secret.startswith("whsec_") else self.secret.encode()
        try:
            Webhook(key).verify(body, headers, json_parse=False)
        except WebhookVerificationError:
            return False
        return True

    def __enter__(self) -> WebhookReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()
        self.server.server_close()


class SMTPReceiver:
    """A real SMTP server (aiosmtpd) on loopback. `raw` keeps each message's bytes exactly as received;
    `logins` the (user, password) pairs it accepted. With `tls` (an SSLContext) it offers STARTTLS, or speaks
    TLS from the first byte when `implicit_tls`; with `users` it requires a login."""

    def __init__(
        self,
        *,
        tls: Any = None,
        implicit_tls: bool = False,
        users: dict[str, str] | None = None,
    ) -> None:
        from aiosmtpd.controller import Controller
        from aiosmtpd.handlers import Message
        from aiosmtpd.smtp import AuthResult

        receiver = self
        self.messages: list[Any] = []
        self.raw: list[bytes] = []
        self.logins: list[tuple[str, str]] = []
        self.secure: list[bool] = []

        class Collect(Message):
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                receiver.raw.append(bytes(envelope.original_content))
                receiver.secure.append(server.transport.get_extra_info("ssl_object") is not None)
                return await super().handle_DATA(server, session, envelope)

            def handle_message(self, message: Any) -> None:
                receiver.messages.append(message)

        def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
            login, password = auth_data.login.decode(), auth_data.password.decode()
            if users is not None and users.get(login) == password:
                receiver.logins.append((login, password))
                return AuthResult(success=True)
            return AuthResult(success=False, handled=False)

        import socket

        with socket.socket() as probe:  # a free port: the controller checks readiness by connecting to it
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        options: dict[str, Any] = {}
        if users is not None:
            # aiosmtpd only counts STARTTLS as TLS; under implicit TLS every byte is encrypted anyway.
            require_tls = tls is not None and not implicit_tls
            options.update(authenticator=authenticate, auth_required=True, auth_require_tls=require_tls)
        if tls is not None and implicit_tls:
            options["ssl_context"] = tls
        elif tls is not None:
            options.update(tls_context=tls, require_starttls=True)
        self.controller = Controller(Collect(), hostname="127.0.0.1", port=self.port, **options)

    def __enter__(self) -> SMTPReceiver:
        self.controller.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.controller.stop()


if __name__ == "__main__":
    kind, port, secret, log = sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    delay = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
    assert kind == "webhook"
    WebhookReceiver(secret, port=port, delay=delay, log=log).server.serve_forever()
