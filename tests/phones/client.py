"""What a phone does in the HTTP tests: open the page (which makes its device) and read the next state a
live connection pushes."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp


async def join(phone: aiohttp.ClientSession, url: str) -> None:
    """Open the page at `url`: the server gives the phone its device (a cookie)."""
    async with phone.get(url) as response:
        assert response.status == 200


async def next_event(response: aiohttp.ClientResponse) -> dict[str, Any]:
    """The next state pushed on a live connection (pings and blank lines skipped), within 5 s."""
    while True:
        line = await asyncio.wait_for(response.content.readline(), 5)
        assert line, "the stream ended"
        if line.startswith(b"data: "):
            state: dict[str, Any] = json.loads(line.removeprefix(b"data: "))
            return state
