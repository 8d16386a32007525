"""The inputs the fuzzers found that crashed the game before they were fixed, kept as plain tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.core.conditions import ConditionSyntaxError, parse_condition
from game.core.save import SaveError, read_save
from game.core.session_log import LogError, read_log, replay
from game.core.stats import summarise
from game.scenario import Problem, check_scenario_text
from game.scenario.limits import DEPTH_MESSAGE
from tests.fuzz.test_save_log_fuzz import example, real_log_lines, real_save


def test_a_lone_surrogate_in_a_text_is_a_located_problem() -> None:
    """Was UnicodeEncodeError (hashing the text, and libyaml encoding it)."""
    _, problems = check_scenario_text("format: 1\nid: \ud800\n", "s.yaml")
    assert [(p.line, p.column) for p in problems] == [(2, 5)]
    assert problems[0].message.startswith("the character U+D800 is not allowed in a YAML file")


@pytest.mark.parametrize(
    ("text", "where"), [("format: 1\nid: a\x00b\n", (2, 6)), ("a: 1\r\n\x0cb: 2", (2, 1))]
)
def test_a_control_character_is_reported_where_it_is(text: str, where: tuple[int, int]) -> None:
    """Was reported at 1:1 with PyYAML's own words ('special characters are not allowed')."""
    _, problems = check_scenario_text(text, "c.yaml")
    assert [(p.line, p.column) for p in problems] == [where]
    assert "is not allowed in a YAML file" in problems[0].message


def test_an_unclosed_deep_list_is_a_depth_problem_not_a_recursion_error() -> None:
    """'a: ' + '[' * 2000 + ']' * 1999 was RecursionError from PyYAML's Python composer (the fallback
    that explains libyaml's syntax errors); 100,000 brackets crashed libyaml's composer (test_security)."""
    _, problems = check_scenario_text("a: " + "[" * 2000 + "]" * 1999, "d.yaml")
    assert problems == [Problem("d.yaml", 1, 35, DEPTH_MESSAGE)]


@pytest.mark.parametrize(
    "source", ["(" * 2000 + "a" + ")" * 2000, "not " * 2000 + "a", " and ".join(["a"] * 2000), "(" * 5000]
)
def test_deep_or_long_conditions_are_syntax_errors(source: str) -> None:
    """Were RecursionError: in the parser, or later in evaluate/compile, i.e. mid-game."""
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_condition(source)
    assert 0 <= caught.value.column < len(source)


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_a_save_with_a_huge_gauss_value_is_a_save_error(tmp_path: Path) -> None:
    """Was OverflowError (int too large to convert to float) out of read_save."""
    save = real_save()
    save["game"]["rng"]["gauss_next"] = 10**400
    with pytest.raises(SaveError, match="damaged"):
        read_save(write_json(tmp_path / "s.json", save))


@pytest.mark.parametrize("value", ["NaN", "Infinity", "1e999"])
def test_a_save_with_a_meter_that_is_no_number_is_a_save_error(tmp_path: Path, value: str) -> None:
    """Was read as a meter of nan or inf, which the window cannot draw."""
    path = tmp_path / "s.json"
    path.write_text(
        json.dumps(real_save()).replace('"budget": 60', f'"budget": {value}', 1), encoding="utf-8"
    )
    assert value in path.read_text(encoding="utf-8")
    with pytest.raises(SaveError):
        read_save(path)


def log_with(tmp_path: Path, kind: str, change: dict[str, object]) -> Path:
    lines = real_log_lines()
    for index, line in enumerate(lines):
        record = json.loads(line)
        if record.get("kind") == kind:
            lines[index] = json.dumps({**record, **change}).replace("Infinity", "1e999")
            break
    path = tmp_path / "session.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_event_whose_kind_is_not_text_is_a_log_error(tmp_path: Path) -> None:
    """Was TypeError (unhashable type: 'list') when the log's game events were picked out."""
    with pytest.raises(LogError, match="not an event"):
        read_log(log_with(tmp_path, "card_shown", {"kind": ["choice"]}))


@pytest.mark.parametrize(
    "change", [{"option": float("inf")}, {"option": None}, {"votes": 3}, {"votes": ["a"]}]
)
def test_a_decision_that_is_no_number_is_a_log_error_in_replay_and_stats(
    tmp_path: Path, change: dict[str, object]
) -> None:
    """Were OverflowError, TypeError and KeyError out of replay, and OverflowError out of the stats."""
    log = read_log(log_with(tmp_path, "choice", change))
    with pytest.raises(LogError):
        replay(log, example())
    with pytest.raises(LogError):
        summarise([log], example())


@pytest.mark.parametrize("text", ["---", "--- ", "%YAML 1.1\n---"])
def test_a_problem_of_an_empty_document_is_inside_the_text(text: str) -> None:
    """libyaml put the empty document after a final '---' on line 2, which the text does not have."""
    _, problems = check_scenario_text(text, "e.yaml")
    last = text.split("\n")[-1]
    assert [(p.line, p.column) for p in problems] == [(text.count("\n") + 1, len(last) + 1)]
