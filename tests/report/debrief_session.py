"""A session with a whole debrief, logged as the window logs it: the statements before the first card, the
game, the five phases with phones and the facilitator (approved, pending and rejected texts), the vote on
the proposals, the statements after."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from game.core.engine import Game
from game.core.model import Scenario
from game.core.session_log import LogWriter, SessionHeader, read_log
from game.debrief.flow import Debrief
from game.debrief.log import write_debrief
from game.debrief.model import GameRecord, Mode
from game.debrief.statements import StatementBoard, statements_for
from game.paths import SCENARIOS_DIR
from tests.debrief.games import lindenhout, played

LINDENHOUT = SCENARIOS_DIR / "lindenhout.yaml"
STARTED = "2026-11-28T18:40:00+00:00"
GROUP = "Raad & college <Eikendaal>"
DEVICES = tuple(f"device-{number}-SECRET-7f3a" for number in range(1, 8))
SCRIPT = "<script>alert('x')</script>"
# Texts that must never reach the report: left pending, or rejected (one after it was approved).
PENDING = ("Onbesproken", "NIET-GOEDGEKEURD antwoord", "NIET-GOEDGEKEURD voorstel")
REJECTED = ("Afgewezen", "AFGEWEZEN antwoord", "AFGEWEZEN voorstel", "LATER-AFGEWEZEN voorstel")
WORDS = ("Spannend", "spannend", "Spannend", "Leerzaam", "Verwarrend", SCRIPT)
ANSWERS = ("Ja, sinds 2025 staan ze erin", "Nee & dat moet <b>anders</b>")
PROPOSALS = (
    "Algoritmeregister bijwerken",
    "Maandelijks overleg met de FG",
    "Datalab opzetten",
    "Raadsleden trainen",
)
# Supports per proposal (phones) and hands counted: Datalab first, then the FG, then the register.
SUPPORTS = {3: (1, 2, 3), 2: (4, 5)}
HANDS = {3: 2, 2: 1, 1: 2, 4: 0}
BEFORE = {"regie": (2, 3, 1, 0, 0), "koppelen": (0, 1, 2, 2, 1)}  # hands per score 1-5
AFTER = {"regie": (0, 1, 2, 3, 1)}


@dataclass(frozen=True)
class Debriefed:
    path: Path
    game: Game
    scenario: Scenario
    debrief: Debrief
    board: StatementBoard


def debriefed_session(path: Path, lang: str = "nl", mode: Mode = "group", group: str = GROUP) -> Debriefed:
    """Play lindenhout to its end with a debrief; the log at `path`. Solo: the player types everything."""
    scenario = lindenhout()
    group = group if mode == "group" else ""
    header = replace(SessionHeader.starting(scenario, LINDENHOUT, 7, lang, mode, group), started=STARTED)
    writer = LogWriter(path, header)
    board = StatementBoard(statements_for(scenario))
    if mode == "group":
        for statement, counts in BEFORE.items():
            board.hands("before", statement, counts)
        board.score("before", "regie", 1, board.voters.number(DEVICES[0]))
    write_debrief(writer, 1, 1, board.log)
    game = played(scenario, group=mode == "group")
    writer.game_events(game)
    writer.close()
    record = GameRecord.of(game, read_log(path).phone_splits())
    debrief = Debrief(scenario, record, mode, board=board)
    if mode == "group":
        _group(debrief)
    else:
        _solo(debrief)
    writer = LogWriter(path, header)
    write_debrief(writer, game.state.year, game.state.turn, debrief.log)
    writer.close()
    return Debriefed(path, game, scenario, debrief, board)


def _phone(debrief: Debrief, text: str, device: int) -> int:
    entry = debrief.submit(text, "phone", debrief.voter_number(DEVICES[device]), debrief.ask_key)
    assert not isinstance(entry, str), (text, entry)
    return entry.id


def _group(debrief: Debrief) -> None:
    for device, word in enumerate(WORDS):
        debrief.approve(_phone(debrief, word, device))
    _phone(debrief, PENDING[0], 6)
    debrief.reject(_phone(debrief, REJECTED[0], 6))
    debrief.submit("Verhelderend", "facilitator")
    debrief.next()  # What happened
    debrief.pick_decision(1)
    debrief.next()  # Why
    debrief.next()  # And here?, its first question
    debrief.approve(_phone(debrief, ANSWERS[0], 0))
    _phone(debrief, PENDING[1], 1)
    debrief.reject(_phone(debrief, REJECTED[1], 2))
    debrief.next()
    debrief.submit(ANSWERS[1], "facilitator")
    debrief.skip()  # Small wins: proposing
    ids = [_phone(debrief, text, device) for device, text in enumerate(PROPOSALS)]
    for entry_id in ids:
        debrief.approve(entry_id)
    _phone(debrief, PENDING[2], 5)
    debrief.reject(_phone(debrief, REJECTED[2], 6))
    late = _phone(debrief, REJECTED[3], 4)
    debrief.approve(late)
    debrief.next()  # voting
    for proposal, voters in SUPPORTS.items():
        for voter in voters:
            debrief.support(debrief.voter_number(DEVICES[voter]), ids[proposal - 1])
    debrief.support(debrief.voter_number(DEVICES[6]), late)
    debrief.reject(late)
    for proposal, hands in HANDS.items():
        debrief.proposal_hands(ids[proposal - 1], hands)
    debrief.next()  # the top three
    debrief.next()  # the end
    for statement, counts in AFTER.items():
        debrief.statement_hands("after", statement, counts)
    debrief.statement_score("after", "regie", 4, debrief.voter_number(DEVICES[0]))


def _solo(debrief: Debrief) -> None:
    debrief.submit("Leerzaam", "facilitator")
    debrief.skip()
    debrief.skip()
    debrief.skip()
    debrief.submit(ANSWERS[0], "facilitator")
    debrief.skip()
    debrief.submit(PROPOSALS[0], "facilitator")
    debrief.submit(PROPOSALS[1], "facilitator")
