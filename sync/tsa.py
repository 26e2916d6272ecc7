"""RFC 3161 timestamp client (PAdES B-T signatures on the laptop, document timestamps on the server). HTTP
lives here, not in `workbench`: the caller builds an `HttpTimeStamper` and hands it to
`workbench.documents.signing`. Shared by `sync.client` and `sync.server`, so it uses the standard library's
`urllib` (the server speaks no `requests`): one POST of the DER query, `application/timestamp-reply` expected
back. Any failure (unreachable, timeout, wrong status or content type, oversized or malformed reply) raises
pyHanko's `TimestampRequestError`; the signing functions then sign B-B with the laptop clock, and the server
keeps the proof without a document timestamp."""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request

from asn1crypto import tsp  # type: ignore[import-untyped]
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError

from workbench.errors import UserError

MAX_REPLY_BYTES = 1024 * 1024


class HttpTimeStamper(TimeStamper):  # type: ignore[misc]
    def __init__(self, url: str, timeout: float = 5.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise UserError("invalid_url", field="tsa_url")
        super().__init__()  # type: ignore[no-untyped-call]
        self.url = url
        self.timeout = timeout

    def _post(self, body: bytes) -> tsp.TimeStampResp:
        request = urllib.request.Request(
            self.url, data=body, method="POST", headers={"Content-Type": "application/timestamp-query"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                ctype = resp.headers.get("Content-Type", "")
                data = resp.read(MAX_REPLY_BYTES + 1)
                status = resp.status
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise TimestampRequestError(f"timestamp server unreachable: {exc}") from exc
        if status != 200 or ctype.split(";")[0].strip() != "application/timestamp-reply":
            raise TimestampRequestError(f"timestamp server answered {status} {ctype!r}")
        if len(data) > MAX_REPLY_BYTES:
            raise TimestampRequestError("timestamp reply too large")
        try:
            return tsp.TimeStampResp.load(data)
        except ValueError as exc:
            raise TimestampRequestError(f"malformed timestamp reply: {exc}") from exc

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        return await asyncio.to_thread(self._post, req.dump())
