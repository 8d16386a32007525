"""Themes: a name per id, or {name, corner} with a corner of the public value triangle."""

from __future__ import annotations

import pytest

from game.scenario import load_scenario_text
from tests.scenario.helpers import BASE, FILENAME, assert_problem, change, errors, position, single_error

PRIVACY = "  privacy: {nl: Privacy, en: Privacy}\n"
CHOICES = "strategy, capacity or legitimacy"


def with_privacy(line: str) -> str:
    return change(PRIVACY, line)


def test_the_short_form_has_no_corner() -> None:
    scenario = load_scenario_text(BASE, FILENAME)
    assert [theme.corner for theme in scenario.themes] == [None, None]
    assert scenario.theme("privacy").name.get("en") == "Privacy"


@pytest.mark.parametrize(
    "line",
    [
        "  privacy: {name: {nl: Privacy, en: Personal data}, corner: legitimacy}\n",
        "  privacy:\n    name: {nl: Privacy, en: Personal data}\n    corner: legitimacy\n",
        "  privacy:\n    corner: legitimacy\n    name:\n      nl: Privacy\n      en: Personal data\n",
    ],
)
def test_the_long_form_has_a_name_and_a_corner(line: str) -> None:
    scenario = load_scenario_text(with_privacy(line), FILENAME)
    privacy = scenario.theme("privacy")
    assert privacy.corner == "legitimacy"
    assert (privacy.name.get("nl"), privacy.name.get("en")) == ("Privacy", "Personal data")


def test_the_corner_may_be_left_out_of_the_long_form() -> None:
    scenario = load_scenario_text(with_privacy("  privacy: {name: {nl: Privacy, en: Privacy}}\n"), FILENAME)
    assert scenario.theme("privacy").corner is None


@pytest.mark.parametrize(
    ("word", "corner"), [("willen", "strategy"), ("kunnen", "capacity"), ("mogen", "legitimacy")]
)
def test_the_essays_dutch_words_are_read_as_the_corners(word: str, corner: str) -> None:
    text = with_privacy(f"  privacy: {{name: {{nl: Privacy, en: Privacy}}, corner: {word}}}\n")
    assert load_scenario_text(text, FILENAME).theme("privacy").corner == corner


@pytest.mark.parametrize(
    ("corner", "message"),
    [
        ("legitimcy", "unknown corner 'legitimcy'; did you mean 'legitimacy'?"),
        ("Strategy", "unknown corner 'Strategy'; did you mean 'strategy'?"),
        ("capaciteit", "unknown corner 'capaciteit'; did you mean 'capacity'?"),
        ("mogn", "unknown corner 'mogn'; did you mean 'mogen'?"),
        ("privacy", f"unknown corner 'privacy'; write {CHOICES}"),
        ("'5'", f"unknown corner '5'; write {CHOICES}"),
        ("5", f"the corner of theme 'privacy' must be {CHOICES}, not '5'"),
        ("yes", f"the corner of theme 'privacy' must be {CHOICES}, not 'yes' (true/false)"),
        ("[strategy]", f"the corner of theme 'privacy' must be {CHOICES}, not a list"),
        ("{a: b}", f"the corner of theme 'privacy' must be {CHOICES}, not a block of 'key: value' lines"),
        ("''", f"the corner of theme 'privacy' is empty; write {CHOICES}"),
    ],
)
def test_a_wrong_corner(corner: str, message: str) -> None:
    text = with_privacy(f"  privacy: {{name: {{nl: Privacy, en: Privacy}}, corner: {corner}}}\n")
    assert_problem(single_error(text), message, position(text, f"corner: {corner}}}", len("corner: ")))


def test_an_empty_corner() -> None:
    text = with_privacy("  privacy:\n    name: {nl: Privacy, en: Privacy}\n    corner:\n")
    message = f"the corner of theme 'privacy' is empty; write {CHOICES}"
    assert_problem(single_error(text), message, position(text, "corner:", len("corner:")))


def test_a_corner_without_a_name() -> None:
    text = with_privacy("  privacy: {corner: legitimacy}\n")
    message = (
        "theme 'privacy' is missing 'name'; write it like  "
        "privacy: {name: {nl: ..., en: ...}, corner: legitimacy}"
    )
    assert_problem(single_error(text), message, position(text, "{corner"))


def test_a_corner_without_a_name_in_a_block() -> None:
    text = with_privacy("  privacy:\n    corner: legitimacy\n")
    problem = single_error(text)
    assert problem.message.startswith("theme 'privacy' is missing 'name'; ")
    assert (problem.line, problem.column) == position(text, "corner: legitimacy")


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("  privacy: {nl: Privacy, en: Privacy, corner: legitimacy}\n", "nl: Privacy"),
        ("  privacy:\n    corner: legitimacy\n    nl: Privacy\n    en: Privacy\n", "nl: Privacy"),
    ],
)
def test_translations_beside_the_corner(line: str, fragment: str) -> None:
    text = with_privacy(line)
    message = (
        "'nl' in theme 'privacy': with a corner, the translations go under 'name', like  "
        "privacy: {name: {nl: ..., en: ...}, corner: legitimacy}"
    )
    assert_problem(single_error(text), message, position(text, fragment))


def test_a_misspelt_name_key_is_one_error() -> None:
    text = with_privacy("  privacy: {naam: Privacy, corner: legitimacy}\n")
    message = "unknown key 'naam' in theme 'privacy'; did you mean 'name'?"
    assert_problem(single_error(text), message, position(text, "naam"))


def test_a_misspelt_corner_key() -> None:
    text = with_privacy("  privacy: {name: {nl: Privacy, en: Privacy}, corer: legitimacy}\n")
    message = "unknown key 'corer' in theme 'privacy'; did you mean 'corner'?"
    assert_problem(single_error(text), message, position(text, "corer"))


def test_a_misspelt_corner_key_beside_translations_is_about_the_key() -> None:
    text = with_privacy("  privacy: {nl: Privacy, en: Privacy, corer: legitimacy}\n")
    found = errors(text)
    assert [problem.message for problem in found] == [
        "'nl' in theme 'privacy': with a corner, the translations go under 'name', like  "
        "privacy: {name: {nl: ..., en: ...}, corner: legitimacy}",
        "unknown key 'corer' in theme 'privacy'; did you mean 'corner'?",
    ]
    assert (found[1].line, found[1].column) == position(text, "corer")


def test_an_unknown_key_in_the_long_form() -> None:
    text = with_privacy("  privacy: {name: {nl: Privacy, en: Privacy}, corner: strategy, kleur: rood}\n")
    message = "unknown key 'kleur' in theme 'privacy'"
    assert_problem(single_error(text), message, position(text, "kleur"))


def test_the_name_of_the_long_form_is_checked_as_a_text() -> None:
    text = with_privacy("  privacy: {name: {nl: Privacy}, corner: strategy}\n")
    message = "the name of theme 'privacy' has no 'en' translation"
    assert_problem(single_error(text), message, position(text, "{nl: Privacy}"))


def test_a_name_key_twice() -> None:
    text = with_privacy("  privacy:\n    name: Privacy\n    corner: strategy\n    name: Privé\n")
    message = (
        "the key 'name' appears twice in the same block (first on line 18); "
        "YAML would silently keep only the last one"
    )
    assert_problem(single_error(text), message, position(text, "name: Privé"))


def test_a_plain_name_with_a_corner_is_untranslated_like_any_text() -> None:
    scenario = load_scenario_text(with_privacy("  privacy: {name: Privacy, corner: strategy}\n"), FILENAME)
    assert scenario.theme("privacy").name.get("en") == "Privacy"
