"""Nothing is lost: any sequence of debrief actions, restored from its events (through JSON), is the same
debrief; and no device id is in any event."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from game.debrief.flow import Debrief
from game.debrief.model import PHASES, STAGES, Mode
from game.debrief.statements import StatementBoard, statements_for
from tests.debrief.games import record_of, small

DEVICES = [f"device-{n}-c0ffee{n}" for n in range(5)]
TEXTS = [
    "Spannend",
    "  leer\u200bzaam ",
    "",
    "x" * 300,
    "Stap: de FG uitnodigen",
    "<script>alert(1)</script>",
]

Action = tuple[Any, ...]
moves = st.tuples(st.sampled_from(["next", "next", "next", "next", "skip", "back"]))
actions = st.one_of(
    st.tuples(st.just("timer"), st.integers(0, 400_000)),
    st.tuples(st.just("phone"), st.integers(0, 4), st.sampled_from(TEXTS), st.booleans()),
    st.tuples(st.just("facilitator"), st.sampled_from(TEXTS)),
    st.tuples(st.sampled_from(["approve", "approve", "reject"]), st.integers(0, 8)),
    st.tuples(st.sampled_from(["approve", "approve", "reject"]), st.integers(0, 8)),
    st.tuples(st.just("support"), st.integers(0, 4), st.integers(1, 8)),
    st.tuples(st.just("support"), st.integers(0, 4), st.integers(1, 8)),
    st.tuples(st.just("hands"), st.integers(1, 8), st.integers(0, 9)),
    st.tuples(st.just("pick"), st.integers(0, 7), st.one_of(st.none(), st.integers(0, 3))),
    st.tuples(st.just("score"), st.integers(0, 4), st.integers(0, 6), st.integers(0, 4)),
    st.tuples(st.just("hand"), st.integers(0, 4), st.integers(1, 5), st.sampled_from([1, 1, -1])),
)


def act(debrief: Debrief, action: Action, clock: list[int]) -> None:
    name = action[0]
    statements = [statement.id for statement in debrief.board.statements]
    if name in ("next", "skip", "back"):
        getattr(debrief, name)()
    elif name == "timer":
        clock[0] += action[1]
        debrief.timer(clock[0])
    elif name == "phone":
        key = debrief.ask_key if action[3] else "stale"
        debrief.submit(action[2], "phone", debrief.voter_number(DEVICES[action[1]]), key=key)
    elif name == "facilitator":
        debrief.submit(action[1], "facilitator")
    elif name == "approve":
        debrief.approve(action[1])
    elif name == "reject":
        debrief.reject(action[1])
    elif name == "support":
        debrief.support(debrief.voter_number(DEVICES[action[1]]), action[2])
    elif name == "hands":
        debrief.proposal_hands(action[1], action[2])
    elif name == "pick":
        debrief.pick_decision(action[1], action[2])
    elif name == "score":
        voter = debrief.voter_number(DEVICES[action[1]])
        debrief.statement_score("after", statements[action[3] % len(statements)], action[2], voter)
    elif name == "hand":
        debrief.statement_hand("after", statements[action[1] % len(statements)], action[2], action[3])


def state(debrief: Debrief) -> dict[str, Any]:
    """Everything a debrief shows or reports, as comparable data (the timers apart: see below)."""
    return {
        "place": (debrief.phase, debrief.step, debrief.finished),
        "entries": debrief.entries(),
        "support": [debrief.support_count(entry.id) for entry in debrief.entries()],
        "backed": [debrief.supports_of(voter) for voter in range(1, 7)],
        "top": debrief.top_proposals(5),
        "pick": debrief.pick,
        "statements": [
            (stage, debrief.statement_counts(stage, statement.id))
            for stage in STAGES
            for statement in debrief.board.statements
        ],
    }


@settings(max_examples=120, deadline=None)
@given(
    mode=st.sampled_from(["group", "solo"]),
    before=st.lists(st.tuples(st.integers(0, 4), st.integers(1, 5), st.integers(0, 4)), max_size=6),
    to_wins=st.booleans(),
    chunks=st.lists(st.tuples(st.lists(actions, max_size=6), moves), max_size=14),
)
def test_restore_from_the_logged_events_is_the_same_debrief(
    mode: Mode, before: list[tuple[int, int, int]], to_wins: bool, chunks: list[tuple[list[Action], Action]]
) -> None:
    """Each chunk: a few actions in one place, then a move (next, skip or back); half the examples
    begin at the vote of the small wins, on six proposals (so that they get approved, supported and
    counted)."""
    scenario = small()
    record = record_of(scenario, group=mode == "group")
    board = StatementBoard(statements_for(scenario))
    for device, score, statement in before:
        number = board.voters.number(DEVICES[device])
        board.score("before", board.statements[statement % len(board.statements)].id, score, number)
    debrief = Debrief(scenario, record, mode, board=board)
    clock = [0]
    if to_wins:
        while debrief.phase != "wins":
            debrief.skip()
        for device, proposal in enumerate(("De FG uitnodigen", "Algoritmeregister bijwerken", "Een pilot")):
            act(debrief, ("facilitator", proposal), clock)
            act(debrief, ("phone", device, proposal.upper(), True), clock)
        debrief.next()  # the room votes
    for actions_here, move in chunks:
        for action in [*actions_here, move]:
            act(debrief, action, clock)
    events = [*board.log[: len(before)], *debrief.log]
    written = json.dumps(events, ensure_ascii=False)
    assert not any(device in written for device in DEVICES)
    restored = Debrief.restore(scenario, record, mode, json.loads(written))
    assert state(restored) == state(debrief)
    assert restored.log == json.loads(written)
    for phase in PHASES:  # a restored timer is paused where it was at its last logged change
        timers = [e for e in debrief.log if e["action"] == "timer" and e["phase"] == phase]
        if timers:
            assert restored.countdown_of(phase).elapsed(10**9) == timers[-1]["used_ms"]
    # A phone that comes back after the restart gets a number no one has used.
    used = {entry.voter for entry in debrief.entries()} | {e.get("voter") for e in events}
    assert restored.voter_number("a new device") not in used


def test_damaged_and_foreign_events_are_passed_over() -> None:
    scenario = small()
    record = record_of(scenario)
    debrief = Debrief(scenario, record, "group")
    debrief.submit("goed", "facilitator")
    debrief.next()
    events = [
        {"kind": "reveal"},
        "not an event",
        {
            "kind": "debrief",
            "action": "submit",
            "id": 7,
            "phase": "reactions",
            "text": "x",
            "source": "phone",
        },
        {"kind": "debrief", "action": "next", "phase": "nowhere", "step": 0, "finished": False},
        {
            "kind": "debrief",
            "action": "submit",
            "id": 1,
            "phase": "why",
            "text": "x",
            "source": "facilitator",
        },
        {"kind": "debrief", "action": "approve", "id": True},
        {"kind": "debrief", "action": "timer", "phase": "why", "used_ms": "10"},
        {"kind": "debrief", "action": "support", "voter": 1, "proposal": 1},
        {"kind": "debrief", "action": "hands", "stage": "later", "statement": "x", "counts": [1, 1, 1, 1, 1]},
        {"kind": "debrief", "action": "unheard-of"},
        *debrief.log,
    ]
    restored = Debrief.restore(scenario, record, "group", events)  # type: ignore[arg-type]
    assert state(restored) == state(debrief)
    assert restored.log == debrief.log


def test_a_logged_text_that_is_not_clean_is_not_restored() -> None:
    scenario = small()
    record = record_of(scenario)
    event = {
        "kind": "debrief",
        "action": "submit",
        "id": 1,
        "phase": "reactions",
        "step": 0,
        "text": "stil\u202ebaar",
        "source": "phone",
        "status": "approved",
        "voter": 2,
    }
    assert Debrief.restore(scenario, record, "group", [event]).entries() == []


ODD_VALUES: list[Any] = [[1], {"a": 1}, None, 1.5, "x", True, -1, 10**30, ["reactions"]]


def test_every_field_of_every_event_damaged_is_passed_over() -> None:
    """A log edited by hand or cut by a crash: any field of any event holding any JSON value (a list
    where a phase belongs, a dict where an id belongs) is passed over, never an exception."""
    scenario = small()
    record = record_of(scenario)
    board = StatementBoard(statements_for(scenario))
    board.score("before", board.statements[0].id, 4, board.voters.number("phone-a"))
    debrief = Debrief(scenario, record, "group", board=board)
    debrief.submit("goed", "facilitator")
    debrief.submit("samen", "phone", debrief.voter_number("phone-b"))
    debrief.approve(2)
    while debrief.phase != "wins":
        debrief.skip()
    debrief.submit("De FG uitnodigen", "facilitator")
    debrief.next()
    debrief.support(1, 3)
    debrief.timer(5)
    events = [*board.log, *debrief.log]
    for index, event in enumerate(events):
        for name in event:
            if name == "kind":
                continue
            for odd in ODD_VALUES:
                damaged = [dict(e) for e in events]
                damaged[index][name] = odd
                restored = Debrief.restore(scenario, record, "group", json.loads(json.dumps(damaged)))
                assert restored.phase in PHASES
                board_again = StatementBoard.restore(statements_for(scenario), damaged)
                assert board_again is not None
