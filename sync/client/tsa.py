"""RFC 3161 timestamp client for signing (PAdES B-T). HTTP lives here, not in `workbench`: the desktop
builds an `HttpTimeStamper` on the io lane and hands it to `workbench.documents.signing`."""

from __future__ import annotations

import asyncio

import requests  # type: ignore[import-untyped]
from asn1crypto import tsp  # type: ignore[import-untyped]
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError

from workbench.errors import UserError


class HttpTimeStamper(TimeStamper):  # type: ignore[misc]
    """POSTs the timestamp query to `url`; an unreachable or malformed TSA raises `TimestampRequestError`,
    which the signing functions answer by signing B-B with the laptop clock."""

    def __init__(self, url: str, timeout: float = 5.0) -> None:
        if not url.startswith(("http://", "https://")):
            raise UserError("invalid_url", field="tsa_url")
        super().__init__()  # type: ignore[no-untyped-call]
        self.url = url
        self.timeout = timeout

    def _post(self, body: bytes) -> tsp.TimeStampResp:
        try:
            resp = requests.post(
                self.url, data=body, headers={"Content-Type": "application/timestamp-query"}, timeout=self.timeout
            )
        except requests.RequestException as exc:
            raise TimestampRequestError(f"timestamp server unreachable: {exc}") from exc
        ctype = resp.headers.get("Content-Type", "")
        if resp.status_code != 200 or ctype.split(";")[0].strip() != "application/timestamp-reply":
            raise TimestampRequestError(f"timestamp server answered {resp.status_code} {ctype!r}")
        return tsp.TimeStampResp.load(resp.content)

    async def async_request_tsa_response(self, req: tsp.TimeStampReq) -> tsp.TimeStampResp:
        return await asyncio.to_thread(self._post, req.dump())
