"""The rehearsal's printed addresses: `phones: URL` first and unchanged, then the laptop's other addresses
that answer too; none with --host. Loopback only (127.0.0.2 is loopback on Linux)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli import rehearsal
from game.core.engine import Game
from game.scenario import load_scenario
from tests.phones.test_listen import SECOND_LOOPBACK

COUNCIL = Path(__file__).resolve().parents[2] / "scenarios" / "raadssessie.yaml"


def phone_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("phones:")]


@pytest.mark.skipif(not SECOND_LOOPBACK, reason="127.0.0.2 is loopback on Linux only")
def test_the_other_addresses_are_printed_after_the_url(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(rehearsal, "lan_addresses", lambda: ["127.0.0.1", "127.0.0.2", "203.0.113.9"])
    game = Game(load_scenario(COUNCIL), 3)
    rehearsal.rehearse(game, None, "nl", None, 0, 0.0)
    first, also = phone_lines(capsys.readouterr().out)
    assert first.startswith("phones: http://127.0.0.1:")
    url = first.removeprefix("phones: ")
    assert (
        also == f"phones: also reachable at {url.replace('127.0.0.1', '127.0.0.2')}"
    )  # 203.0.113.9: not here
    assert game.finished


def test_with_host_only_that_address_is_printed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(rehearsal, "lan_addresses", lambda: ["127.0.0.1", "127.0.0.2"])
    game = Game(load_scenario(COUNCIL), 3)
    rehearsal.rehearse(game, None, "nl", "127.0.0.1", 0, 0.0)
    lines = phone_lines(capsys.readouterr().out)
    assert len(lines) == 1 and lines[0].startswith("phones: http://127.0.0.1:")
