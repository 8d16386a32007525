"""The session log: written line by line, read back, replayed to the same game; bad logs explained."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from game.core.engine import Game
from game.core.playthrough import play_to_end, random_policy
from game.core.session_log import LogError, LogWriter, SessionHeader, read_log, replay, write_events
from tests.core.factories import card, option, scenario


def council() -> Game:
    deck = [
        card(f"c{i}", options=(option("a", {"a": -7}), option("b", {"b": -6}), option("c", {"a": 3})))
        for i in range(9)
    ]
    return Game(scenario(tuple(deck), years=2, turns_per_year=3), seed=4)


def header(game: Game) -> SessionHeader:
    return SessionHeader(game.scenario.id, "test.yaml", "hash", game.seed, "nl", "group", "Raad")


def logged(tmp_path: Path, game: Game) -> Path:
    """The game's events so far, written as tmp_path/session.jsonl."""
    path = tmp_path / "session.jsonl"
    write_events(path, header(game), game.log)
    return path


def test_a_logged_game_with_votes_and_undos_replays_to_the_same_state(tmp_path: Path) -> None:
    game = council()
    path = tmp_path / "session.jsonl"
    writer = LogWriter(path, header(game))
    saved = game.snapshot()
    game.choose(0, votes=(3, 1, 0))
    writer.game_events(game)
    writer.room("reveal", game.state.year, game.state.turn)
    game.undo(saved)
    writer.game_events(game)
    play_to_end(game, random_policy(8))
    writer.game_events(game)
    writer.close()
    log = read_log(path)
    assert log.header.group == "Raad" and log.header.mode == "group"
    assert [event["kind"] for event in log.events].count("undo") == 1
    again = replay(log, game.scenario)
    assert again.state == game.state and again.rng.get_state() == game.rng.get_state()


def test_a_line_cut_off_at_the_end_is_ignored_but_garbage_inside_is_reported(tmp_path: Path) -> None:
    game = council()
    game.choose(1)
    path = logged(tmp_path, game)
    whole = path.read_text(encoding="utf-8")
    path.write_text(whole + '{"type": "event", "kind": "cho', encoding="utf-8")
    assert len(read_log(path).events) == len(game.log)
    lines = whole.splitlines()
    path.write_text("\n".join([lines[0], "not json", *lines[1:]]) + "\n", encoding="utf-8")
    with pytest.raises(LogError, match=r"session.jsonl:2: not a JSON line"):
        read_log(path)


def test_a_changed_log_names_the_first_difference(tmp_path: Path) -> None:
    game = play_to_end(council(), random_policy(2))
    path = logged(tmp_path, game)
    lines = path.read_text(encoding="utf-8").splitlines()
    number, record = next((n, json.loads(line)) for n, line in enumerate(lines) if '"choice"' in line)
    record["deltas"] = {"a": 99}
    lines[number] = json.dumps(record)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(LogError, match=r"game event \d+ differs: the log has .*99"):
        replay(read_log(path), game.scenario)


def test_not_a_log_and_a_log_of_another_scenario(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"type": "event", "kind": "choice"}\n', encoding="utf-8")
    with pytest.raises(LogError, match=r"x.jsonl:1: not a session log"):
        read_log(path)
    game = council()
    LogWriter(path := tmp_path / "y.jsonl", header(game)).close()
    other = dataclasses.replace(game.scenario, id="other")
    with pytest.raises(LogError, match="the log is of scenario 'test', not 'other'"):
        replay(read_log(path), other)


def test_a_log_goes_on_after_its_last_game_event_and_drops_a_cut_off_line(tmp_path: Path) -> None:
    game = council()
    game.choose(0)
    path = logged(tmp_path, game)
    with path.open("a", encoding="utf-8") as file:
        file.write('{"type": "event", "kind": "cho')  # killed while writing
    game.choose(2)  # the save had this decision; the log missed it
    again = LogWriter(path, header(game))
    assert again.written == 3  # card_shown, choice, card_shown
    again.game_events(game)
    again.close()
    assert replay(read_log(path), game.scenario).state == game.state


def test_a_log_cut_off_after_a_decision_still_replays(tmp_path: Path) -> None:
    game = council()
    game.choose(0)
    path = logged(tmp_path, game)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert '"card_shown"' in lines[-1]
    path.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # died before the next card's line
    assert replay(read_log(path), game.scenario).state == game.state
