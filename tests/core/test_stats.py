"""Across sessions: three hand-written session logs with known counts, vote averages and outcomes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from game.core.engine import Game
from game.core.model import Scenario
from game.core.session_log import LogError, LogWriter, SessionHeader, read_log
from game.core.stats import StatsError, fold, stats_data, summarise
from tests.core.factories import card, option, outcome, scenario

A, B, C = 0, 1, 2


def council() -> Scenario:
    """Three fixed cards in one year. a starts at 50; crash when a <= 0; profile high (a >= 60) or low."""
    return scenario(
        (
            card("c1", at=(1, 1), options=(option("A", {"a": 10}), option("B", {"a": -10}), option("C"))),
            card("c2", at=(1, 2), options=(option("A", {"a": -60}), option("B"))),
            card("c3", at=(1, 3), options=(option("A", {"a": 5}), option("B", {"a": -5}))),
        ),
        years=1,
        turns_per_year=3,
        endings=(outcome("crash", "a <= 0"),),
        profiles=(outcome("high", "a >= 60"), outcome("low", None)),
    )


# Each step: (option, votes) decides the card on the table; "undo" takes the last decision back.
Step = tuple[int, tuple[int, ...] | None] | str

SESSIONS: dict[str, tuple[str, str, str, list[Step]]] = {
    # name: (mode, group, started, steps)
    "raad": ("group", "Raad", "2026-03-01T19:30:00+00:00", [(A, (3, 1, 0)), (B, (1, 3)), (A, (4, 0))]),
    "college": (
        "group",
        "College",
        "2026-03-08T09:00:00+00:00",
        # c1: C voted, then taken back; A. c2: A crashes the game, taken back; B. c3: B.
        [(C, (0, 1, 2)), "undo", (A, (4, 2, 0)), (A, (5, 1)), "undo", (B, (2, 4)), (B, (1, 5))],
    ),
    "solo": ("solo", "", "2026-03-08T14:00:00+00:00", [(C, None), (A, None)]),  # 50, then crash
}


def write_session(folder: Path, name: str, scenario_id: str = "test") -> Path:
    """Play a session's steps with the game and write its log as the window does, event by event."""
    mode, group, started, steps = SESSIONS[name]
    game = Game(council(), seed=1)
    header = SessionHeader(scenario_id, "council.yaml", "hash1", 1, "nl", mode, group, started)
    path = folder / f"{name}.jsonl"
    writer = LogWriter(path, header)
    writer.game_events(game)
    taken = []
    for step in steps:
        if step == "undo":
            game.undo(taken.pop())
        else:
            assert isinstance(step, tuple)
            index, votes = step
            if votes is not None:
                writer.room("voting", game.state.year, game.state.turn, open=True)
            taken.append(game.snapshot())
            game.choose(index, votes)
        writer.game_events(game)
    writer.close()
    return path


def three_logs(folder: Path) -> list[Path]:
    return [write_session(folder, name) for name in SESSIONS]


def test_a_log_folds_to_its_final_decisions_and_an_undone_ending_is_gone(tmp_path: Path) -> None:
    college = fold(read_log(write_session(tmp_path, "college")))
    assert [(d.card, d.option, d.votes) for d in college.decisions] == [
        ("c1", A, (4, 2, 0)),
        ("c2", B, (2, 4)),
        ("c3", B, (1, 5)),
    ]
    assert college.finished and college.ending is None and college.profile == "low"  # 50 + 10 - 5 = 55
    solo = fold(read_log(write_session(tmp_path, "solo")))
    assert solo.ending == "crash" and solo.profile is None and solo.date == "2026-03-08"


def test_three_sessions_have_known_counts_vote_averages_and_outcomes(tmp_path: Path) -> None:
    stats = summarise([read_log(path) for path in three_logs(tmp_path)])
    assert stats.scenario_id == "test" and len(stats.sessions) == 3
    assert stats.group_sessions == 2 and stats.groups == ("College", "Raad")
    assert stats.dates == ("2026-03-01", "2026-03-08") and stats.versions == 1
    assert stats.endings == {"crash": 1} and stats.profiles == {"high": 1, "low": 1}
    assert stats.no_profile == 0 and stats.unfinished == 0

    c1, c2, c3 = stats.cards
    assert (c1.card, c1.decisions, c1.voted) == ("c1", 3, 2)
    assert [o.chosen for o in c1.options] == [2, 0, 1]  # the undone C of the college is not counted
    assert [o.average_votes for o in c1.options] == [3.5, 1.5, 0.0]  # (3+4)/2, (1+2)/2, (0+0)/2
    # Each decision's split weighs the same: (3/4 + 4/6) / 2, (1/4 + 2/6) / 2, 0.
    assert [o.average_share for o in c1.options] == pytest.approx([17 / 24, 7 / 24, 0])
    assert (c2.decisions, c2.voted, [o.chosen for o in c2.options]) == (3, 2, [1, 2])
    assert [o.average_votes for o in c2.options] == [1.5, 3.5]  # the undone (5, 1) is not counted
    assert [o.average_share for o in c2.options] == pytest.approx([7 / 24, 17 / 24])
    assert (c3.decisions, c3.voted, [o.chosen for o in c3.options]) == (2, 2, [1, 1])
    assert [o.average_votes for o in c3.options] == [2.5, 2.5]
    assert [o.average_share for o in c3.options] == pytest.approx([7 / 12, 5 / 12])  # (1 + 1/6)/2


def test_with_the_scenario_every_card_option_and_outcome_is_listed_in_its_order(tmp_path: Path) -> None:
    scn = council()
    stats = summarise([read_log(write_session(tmp_path, "solo"))], scn)
    assert [c.card for c in stats.cards] == ["c1", "c2", "c3"]
    assert stats.cards[2].decisions == 0 and [o.chosen for o in stats.cards[2].options] == [0, 0]
    assert stats.cards[0].options[0].average_votes is None  # nobody voted
    assert stats.endings == {"crash": 1} and stats.profiles == {"high": 0, "low": 0}


def test_the_figures_as_json_count_options_from_one(tmp_path: Path) -> None:
    data = stats_data(summarise([read_log(path) for path in three_logs(tmp_path)]))
    assert data["sessions"] == 3 and data["groups"] == ["College", "Raad"]
    assert data["outcomes"] == {
        "endings": {"crash": 1},
        "profiles": {"high": 1, "low": 1},
        "no_profile": 0,
        "unfinished": 0,
    }
    first = data["cards"][0]
    assert first["card"] == "c1" and first["options"][0] == {
        "option": 1,
        "chosen": 2,
        "average_votes": 3.5,
        "average_vote_share": pytest.approx(17 / 24),
        "average_phone_votes": None,  # no phones in these sessions
    }


def test_a_log_that_stops_early_counts_as_not_finished(tmp_path: Path) -> None:
    path = write_session(tmp_path, "raad")
    lines = path.read_text(encoding="utf-8").splitlines()
    cut = next(n for n, line in enumerate(lines) if '"kind": "card_shown"' in line and '"c3"' in line)
    path.write_text("\n".join(lines[: cut + 1]) + "\n", encoding="utf-8")
    stats = summarise([read_log(path)])
    assert stats.unfinished == 1 and stats.endings == {} and stats.profiles == {}
    assert [c.decisions for c in stats.cards] == [1, 1]


def test_logs_of_different_scenarios_are_refused_naming_them(tmp_path: Path) -> None:
    logs = [read_log(write_session(tmp_path, "raad")), read_log(write_session(tmp_path, "solo", "x"))]
    named = r"2 different scenarios \('test': .*raad.jsonl; 'x': .*solo.jsonl\)"
    with pytest.raises(StatsError, match=named):
        summarise(logs)
    with pytest.raises(StatsError, match="the logs are of scenario 'test', not 'other'"):
        summarise(logs[:1], dataclasses.replace(council(), id="other"))


def test_a_scenario_without_a_logged_card_is_refused(tmp_path: Path) -> None:
    smaller = scenario(council().cards[:2], years=1, turns_per_year=3)
    with pytest.raises(StatsError, match=r"raad.jsonl: option 1 of card 'c3' is not in test"):
        summarise([read_log(write_session(tmp_path, "raad"))], smaller)


def test_an_undo_without_a_decision_is_a_bad_log(tmp_path: Path) -> None:
    path = write_session(tmp_path, "solo")
    lines = path.read_text(encoding="utf-8").splitlines()
    undo = '{"type": "event", "kind": "undo", "year": 1, "turn": 1, "card": "c1", "option": 1}'
    path.write_text("\n".join([lines[0], undo, *lines[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(LogError, match=r"solo.jsonl: game event 1: an undo without a decision"):
        fold(read_log(path))


def test_phone_votes_are_kept_apart_in_the_fold_and_averaged_per_option(tmp_path: Path) -> None:
    """A split event before a decision: the phones' part of its votes (undone decisions leave theirs)."""
    game = Game(council(), seed=1)
    header = SessionHeader(
        "test", "council.yaml", "hash1", 1, "nl", "group", "Raad", "2026-03-01T19:30:00+00:00"
    )
    path = tmp_path / "phones.jsonl"
    writer = LogWriter(path, header)
    writer.game_events(game)
    taken = []
    for index, keys, phones in ((A, (1, 0, 0), (2, 0, 1)), (B, (0, 1), (1, 1)), (A, (1, 0), (3, 0))):
        if index == A and len(game.state.choices) == 2:  # the last decision is first made, then undone
            writer.room("split", game.state.year, game.state.turn, card="c3", keys=[0, 1], phones=[0, 9])
            taken.append(game.snapshot())
            game.choose(B, (0, 10))
            writer.game_events(game)
            game.undo(taken.pop())
            writer.game_events(game)
        card = game.state.current_card
        writer.room(
            "split", game.state.year, game.state.turn, card=card, keys=list(keys), phones=list(phones)
        )
        game.choose(index, tuple(k + p for k, p in zip(keys, phones, strict=True)))
        writer.game_events(game)
    writer.close()
    log = read_log(path)
    assert log.phone_splits() == [(2, 0, 1), (1, 1), (3, 0)]
    session = fold(log)
    assert [decision.phones for decision in session.decisions] == [(2, 0, 1), (1, 1), (3, 0)]
    stats = summarise([log])
    first = stats.cards[0]
    assert [option.average_phone_votes for option in first.options] == [2.0, 0.0, 1.0]
    # The report and its CSV say the split with phones and hands apart.
    from game.core.session_log import replay
    from game.report.content import build_report
    from game.report.minutes import render_csv
    from game.report.page import render_report

    report = build_report(log, replay(log, council()))
    assert (
        'Stemmen</dt><dd><span class="votes">3 - 0 - 1</span> \u00b7 telefoons 2 - 0 - 1, handen 1 - 0 - 0'
        in render_report(report)
    )
    rows = [line.split(";") for line in render_csv(report).splitlines()[1:]]
    assert [row[7:10] for row in rows] == [
        ["3 - 0 - 1", "2 - 0 - 1", "1 - 0 - 0"],
        ["1 - 2", "1 - 1", "0 - 1"],
        ["4 - 0", "3 - 0", "1 - 0"],
    ]
