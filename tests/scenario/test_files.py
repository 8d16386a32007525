"""Reading files: missing files, folders, bad encoding, the error type, and loading speed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from game.errors import GameError
from game.scenario import Problem, ScenarioInvalid, check_scenario, load_scenario, load_scenario_text
from tests.scenario.helpers import BASE, change


def test_problem_formats_as_file_line_column_message() -> None:
    assert str(Problem("a.yaml", 3, 7, "unknown theme 'x'")) == "a.yaml:3:7: unknown theme 'x'"
    warning = Problem("a.yaml", 1, 2, "never played", "warning")
    assert str(warning) == "a.yaml:1:2: warning: never played"
    assert not warning.is_error


def test_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "weg.yaml"
    assert check_scenario(path) == (None, [Problem(str(path), 1, 1, "file not found")])


def test_a_folder_instead_of_a_file(tmp_path: Path) -> None:
    scenario, problems = check_scenario(tmp_path)
    assert scenario is None
    assert [str(problem) for problem in problems] == [
        f"{tmp_path}:1:1: this is a folder, not a scenario file"
    ]


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(BASE.replace("Een robot bij de ingang.", "Café de ingang.").encode("latin-1"))
    scenario, problems = check_scenario(path)
    assert scenario is None
    line = BASE.split("\n").index("    text: Een robot bij de ingang.") + 1
    message = "the file is not UTF-8 text (byte 0xe9 cannot be read); save it as UTF-8 in your text editor"
    assert problems == [Problem(str(path), line, len("    text: Caf") + 1, message)]


def test_a_utf8_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE.encode("utf-8"))
    scenario = load_scenario(path)
    assert scenario.id == "mini"
    assert scenario.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()


def test_load_scenario_keeps_the_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text(BASE, encoding="utf-8")
    assert load_scenario(str(path)).source == str(path)


def test_load_scenario_raises_a_game_error_with_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text(change("years: 2", "years: nul", change("format: 1", "format: 9")), encoding="utf-8")
    with pytest.raises(ScenarioInvalid) as caught:
        load_scenario(path)
    assert isinstance(caught.value, GameError)
    assert [problem.line for problem in caught.value.problems if problem.is_error] == [1, 6]
    assert f"{path}:6:8: 'years' must be a whole number, like 2, not 'nul'" in str(caught.value)


def test_load_scenario_text_names_the_file_in_problems() -> None:
    with pytest.raises(ScenarioInvalid) as caught:
        load_scenario_text(change("years: 2", "years: 0"), "mijn.yaml")
    errors = [problem for problem in caught.value.problems if problem.is_error]
    assert str(errors[0]) == "mijn.yaml:6:8: 'years' must be at least 1, not 0"


def _big_scenario(cards: int) -> str:
    head, _, tail = BASE.partition("cards:\n")
    tail = "endings:" + tail.partition("endings:")[2]
    body = "".join(
        f"""  - id: card_{n}
    requires: "budget >= {n % 50} and not flag_{(n + 1) % cards}"
    speaker: {{nl: Spreker {n}, en: Speaker {n}}}
    title: {{nl: "Titel {n}", en: "Title {n}"}}
    text:
      nl: Een wat langere tekst van een kaart, met genoeg woorden om realistisch te zijn ({n}).
      en: A somewhat longer card text, with enough words to be realistic ({n}).
    themes: [privacy, inclusion]
    options:
      - label: {{nl: "Ja, doen", en: "Yes, do it"}}
        effects: {{budget: -5, trust: 5}}
        set: [flag_{n}]
        then:
          - card: card_{(n + 7) % cards}
            after: 2
        feedback: {{nl: Gedaan, en: Done}}
      - label: {{nl: Nee, en: "No"}}
        effects: {{trust: -5}}
"""
        for n in range(cards)
    )
    return head + "cards:\n" + body + tail


def test_a_1000_card_scenario_loads() -> None:
    # Speed is measured by a benchmark that prints figures, never by a timed assert here.
    scenario = load_scenario_text(_big_scenario(1000), "groot.yaml")
    assert len(scenario.cards) == 1000
