"""The rehearsal's questions to phones, without a server: each is open until every phone present has sent
its part or the window ends, what passes is approved, and the events reach the session log."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from game.cli.main import main
from game.cli.rehearsal_debrief import Journal, Rounds, partial_take
from game.core.session_log import LogWriter, SessionHeader, read_log
from game.debrief.flow import Debrief
from game.debrief.log import debrief_events
from game.phones.asks import debrief_ask, statements_ask
from game.phones.hub import Ask, VoteHub
from tests.debrief.games import record_of, small

PHONES = ("phone-a", "phone-b", "phone-c")


def room() -> VoteHub:
    hub = VoteHub("nl")
    for device in PHONES:
        hub.join(device)
    return hub


def meanwhile(hub: VoteHub, send: Callable[[Ask], None]) -> threading.Thread:
    """Once a question is open, `send` what the phones send to it (from another thread, as the server)."""

    def run() -> None:
        deadline = time.monotonic() + 10
        while hub.current_ask is None and time.monotonic() < deadline:
            time.sleep(0.005)
        ask = hub.current_ask
        if ask is not None:
            send(ask)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_a_question_closes_once_every_phone_present_has_answered_and_what_passes_is_approved() -> None:
    hub, debrief = room(), Debrief(small(), record_of(small()), "group")
    ask = debrief_ask(debrief, "nl")
    assert ask is not None and ask.kind == "word"

    def send(ask: Ask) -> None:
        assert hub.answer("phone-a", ask.key, "Spannend") == "queued"
        assert hub.answer("phone-a", ask.key, "spannend") == "queued"
        assert hub.answer("phone-b", ask.key, "x" * 31) == "queued"  # the server refuses it: too long
        assert hub.answer("phone-c", ask.key, "<b>Leerzaam</b>") == "queued"
        assert hub.answer("phone-b", ask.key, "Saai") == "queued"

    thread = meanwhile(hub, send)
    found = Rounds(hub, window=60).collect(ask, partial_take(debrief, ask), 1, Journal(None, 1, 1, []))
    thread.join(10)
    assert found.everyone  # closed once all three had answered, not at the end of the minute
    assert (found.phones, found.count, found.refused) == (3, 4, 1)
    assert debrief.words() == ["Spannend", "spannend", "<b>Leerzaam</b>", "Saai"]
    assert not debrief.pending() and hub.current_ask is None  # all approved; the question is closed


def test_a_question_nobody_answers_stays_open_for_the_window() -> None:
    hub, debrief = room(), Debrief(small(), record_of(small()), "group")
    ask = debrief_ask(debrief, "nl")
    assert ask is not None
    found = Rounds(hub, window=0.05).collect(ask, partial_take(debrief, ask), 1, Journal(None, 1, 1, []))
    assert (found.phones, found.count, found.everyone) == (0, 0, False) and debrief.words() == []


def test_support_waits_for_every_phones_supports_and_counts_each_once(tmp_path: Path) -> None:
    scenario = small()
    hub, debrief = room(), Debrief(scenario, record_of(scenario), "group")
    while debrief.ask_kind != "proposal":
        debrief.next()
    for text in ("Stap een", "Stap twee"):
        assert not isinstance(debrief.submit(text, "facilitator"), str)
    debrief.next()
    ask = debrief_ask(debrief, "en")
    assert (
        ask is not None
        and ask.kind == "support"
        and [text for _, text in ask.choices]
        == [
            "Stap een",
            "Stap twee",
        ]
    )
    first, second = (id_ for id_, _ in ask.choices)

    def send(ask: Ask) -> None:
        for device in PHONES:
            assert hub.support(device, ask.key, first) == "queued"
        assert hub.support("phone-a", ask.key, first) == "repeated"  # nothing queued again
        for device in PHONES:
            assert hub.support(device, ask.key, second) == "queued"

    header = SessionHeader.starting(scenario, None, 7, "nl", "group")
    writer = LogWriter(tmp_path / "session.jsonl", header)
    thread = meanwhile(hub, send)
    found = Rounds(hub, window=60).collect(
        ask, partial_take(debrief, ask), 2, Journal(writer, 2, 3, debrief.log)
    )
    thread.join(10)
    writer.close()
    assert (found.phones, found.count, found.everyone) == (3, 6, True)
    assert [debrief.support_count(id_) for id_ in (first, second)] == [3, 3]
    logged = debrief_events(read_log(tmp_path / "session.jsonl"))
    assert logged == debrief.log  # every event, as the debrief made it
    assert sum(1 for event in logged if event["action"] == "support") == 6


def test_the_statements_are_asked_with_their_texts_and_the_stage_in_the_key() -> None:
    debrief = Debrief(small(), record_of(small()), "group")
    ask = statements_ask(small(), debrief.board, "after", "nl")
    assert ask.kind == "statements" and ask.key == "statements.after"
    assert [id_ for id_, _ in ask.statements] == [item.id for item in debrief.board.statements]
    assert all(text for _, text in ask.statements)


def test_and_here_asks_its_own_question(capsys: pytest.CaptureFixture[str]) -> None:
    debrief = Debrief(small(), record_of(small()), "group")
    while debrief.phase != "here":
        debrief.next()
    ask = debrief_ask(debrief, "en")
    assert debrief.question is not None and ask is not None
    assert (ask.kind, ask.key, ask.prompt) == ("answer", "here.0", small().text(debrief.question[1], "en"))


@pytest.mark.parametrize(
    "argv",
    [
        ["play", "--debrief"],
        ["play", "--headless", "--auto", "--debrief"],
        ["play", "--headless", "--group", "--auto", "--debrief"],
    ],
)
def test_debrief_without_a_headless_group_with_phones_is_a_clear_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "--debrief" in err and "--headless --group --phones" in err
