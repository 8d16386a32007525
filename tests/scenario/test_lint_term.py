"""Warnings a user test of a one-year scenario found missing: a follow-up after the term's last turn, an
ending that never comes or is true at the start, no endings at all, a profile the balance never reaches."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli.main import main
from tests.scenario.helpers import change, position

# One year of six turns, as the user test wrote it: no warnings at all.
SHORT = """\
format: 1
id: kort
title: Kort
languages: [nl]
years: 1
turns_per_year: 6
meters:
  legitimiteit: {name: Legitimiteit, start: 50}
  budget: {name: Budget, start: 60}
themes:
  privacy: Privacy
cards:
  - id: ransomware
    speaker: Burgemeester
    title: Gijzelsoftware
    text: Criminelen vragen losgeld.
    themes: [privacy]
    options:
      - label: Betaal
        effects: {budget: -15, legitimiteit: 5}
        red_line: Losgeld betalen financiert criminelen.
        then: [{card: back-up, after: 2}]
      - label: Herstel
        effects: {legitimiteit: -5, budget: 5}
  - id: back-up
    speaker: Raadslid
    scheduled_only: true
    title: De back-up
    text: Wie controleert de back-up?
    themes: [privacy]
    options:
      - label: Test
        effects: {budget: -5}
      - label: Niets
        effects: {legitimiteit: -5}
  - id: oefening
    speaker: Ombudsman
    repeatable: true
    title: Oefening
    text: Een crisisoefening.
    themes: [privacy]
    options:
      - label: Doe mee
        effects: {legitimiteit: 5, budget: -5}
      - label: Niet
        effects: {budget: 3, legitimiteit: -3}
endings:
  - id: motie
    when: "legitimiteit <= 35"
    title: Motie
    text: De raad grijpt in.
  - id: failliet
    when: "budget <= 30"
    title: Failliet
    text: Op.
profiles:
  - id: weger
    when: "lines_crossed == 0 and legitimiteit >= 50"
    title: De weger
    text: Je woog.
  - id: bestuurder
    title: De bestuurder
    text: Je bestuurde.
"""

ENDINGS = SHORT[SHORT.index("endings:") : SHORT.index("profiles:")]


def validate(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, lang: str) -> list[str]:
    """The lines `validate` prints for `text` in `lang`, after checking that it found no error."""
    path = tmp_path / "kort.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path), "--lang", lang]) == 0
    lines = capsys.readouterr().out.splitlines()
    return [line.removeprefix(f"{path}:") for line in lines[:-1]]


def at(text: str, fragment: str) -> str:
    """'line:column: ' of the unique `fragment` in `text`, as validate prints a place."""
    line, column = position(text, fragment)
    return f"{line}:{column}: "


def test_the_short_scenario_has_no_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate(tmp_path, capsys, SHORT, "en") == []


LATE = {
    "nl": "waarschuwing: vervolgkaart 'back-up' van keuze 1 van kaart 'ransomware' komt nooit: {comes}, en "
    "'after: {after}' plant haar in beurt {due} van de termijn, maar de laatste beurt is beurt 6 van de "
    "termijn. Kies een kleinere 'after', zoals after: {fit}",
    "en": "warning: follow-up 'back-up' of option 1 of card 'ransomware' is never played: {comes}, and "
    "'after: {after}' schedules it for turn {due} of the term, but the last turn is turn 6 of the term. "
    "Choose a smaller 'after', like after: {fit}",
}
EARLIEST = {
    "nl": "kaart 'ransomware' komt op zijn vroegst in beurt {turn} van de termijn",
    "en": "card 'ransomware' comes no earlier than turn {turn} of the term",
}
FIXED = {
    "nl": "kaart 'ransomware' komt in beurt 4 van de termijn (haar 'at': jaar 1, beurt 4)",
    "en": "card 'ransomware' comes at turn 4 of the term (its 'at': year 1, turn 4)",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_follow_up_after_the_last_turn_of_the_term_never_comes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    text = change("after: 2}", "after: 6}", SHORT)
    comes = EARLIEST[lang].format(turn=1)
    assert validate(tmp_path, capsys, text, lang) == [
        at(text, "6}]") + LATE[lang].format(comes=comes, after=6, due=7, fit=5)
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_follow_up_is_judged_from_its_cards_fixed_turn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    text = change(
        "    speaker: Burgemeester\n", "    at: {year: 1, turn: 4}\n    speaker: Burgemeester\n", SHORT
    )
    text = change("after: 2}", "after: 3}", text)
    assert validate(tmp_path, capsys, text, lang) == [
        at(text, "3}]") + LATE[lang].format(comes=FIXED[lang], after=3, due=7, fit=2)
    ]
    # Two turns later is the last turn: it comes.
    assert validate(tmp_path, capsys, change("after: 3}", "after: 2}", text), lang) == []


@pytest.mark.parametrize(
    ("lang", "comes", "due", "last"),
    [
        (
            "nl",
            "beurt 1 van de termijn (jaar 1, beurt 1)",
            "beurt 13 van de termijn",
            "beurt 12 van de termijn (jaar 2, beurt 6)",
        ),
        (
            "en",
            "turn 1 of the term (year 1, turn 1)",
            "turn 13 of the term",
            "turn 12 of the term (year 2, turn 6)",
        ),
    ],
)
def test_in_a_longer_term_a_late_follow_up_says_the_year_and_turn_as_the_screen_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, comes: str, due: str, last: str
) -> None:
    """The screen counts turns within the year ('Beurt 6 van 6'); the warning counts over the term, so it
    names the year and turn too, except for a turn past the term, which has none."""
    text = change("after: 2}", "after: 12}", change("years: 1\n", "years: 2\n", SHORT))
    [found] = validate(tmp_path, capsys, text, lang)
    words = {
        "nl": ("op zijn vroegst in ", "plant haar in ", "de laatste beurt is "),
        "en": ("no earlier than ", "schedules it for ", "the last turn is "),
    }[lang]
    for word, turn in zip(words, (comes, due, last), strict=True):
        assert f"{word}{turn}" in found, found
    assert f"{due} (" not in found


def test_a_follow_up_is_judged_from_the_first_turn_its_cards_requires_allows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = change(
        "    speaker: Burgemeester\n", '    requires: "turn >= 3"\n    speaker: Burgemeester\n', SHORT
    )
    assert validate(tmp_path, capsys, text, "en") == []
    text = change("after: 2}", "after: 4}", text)
    assert validate(tmp_path, capsys, text, "en") == [
        at(text, "4}]") + LATE["en"].format(comes=EARLIEST["en"].format(turn=3), after=4, due=7, fit=3)
    ]


def test_a_follow_up_of_a_follow_up_adds_both_afters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = change(
        "      - label: Test\n        effects: {budget: -5}\n",
        "      - label: Test\n        effects: {budget: -5}\n        then: [{card: oefening, after: 4}]\n",
        SHORT,
    )
    # 'back-up' comes no earlier than turn 3; four turns later is turn 7.
    found = validate(tmp_path, capsys, text, "en")
    assert found == [
        at(text, "4}]")
        + "warning: follow-up 'oefening' of option 1 of card 'back-up' is never played: card 'back-up' "
        "comes no earlier than turn 3 of the term, and 'after: 4' schedules it for turn 7 of the term, but "
        "the last turn is turn 6 of the term. Choose a smaller 'after', like after: 3"
    ]


@pytest.mark.parametrize(
    ("lang", "after", "hint"),
    [
        ("nl", 2, "voeg een vervolgkaart toe, zoals  then: [{card: ..., after: 2}]"),
        ("en", 2, "add a follow-up, like  then: [{card: ..., after: 2}]"),
    ],
)
def test_the_red_line_hint_suggests_an_after_inside_a_short_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, after: int, hint: str
) -> None:
    text = change("        then: [{card: back-up, after: 2}]\n", "", SHORT)
    text = change("    scheduled_only: true\n", "", text)
    found = validate(tmp_path, capsys, text, lang)
    assert len(found) == 1 and found[0].startswith(at(text, "Losgeld betalen"))
    assert found[0].endswith(hint)


def test_the_red_line_hint_keeps_a_year_in_a_long_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = change("        then: [{card: back-up, after: 2}]\n", "", SHORT)
    text = change("    scheduled_only: true\n", "", change("years: 1", "years: 4", text))
    found = validate(tmp_path, capsys, text, "en")
    assert len(found) == 1 and found[0].endswith("like  then: [{card: ..., after: 6}]")


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "nl",
            "waarschuwing: einde 'failliet' komt nooit: zijn 'when' is nooit waar (budget kan alleen 0 tot "
            "en met 100 zijn)",
        ),
        (
            "en",
            "warning: ending 'failliet' never comes: its 'when' is never true (budget can only be 0 to 100)",
        ),
    ],
)
def test_an_ending_past_its_meters_minimum_never_comes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, message: str
) -> None:
    text = change('when: "budget <= 30"', 'when: "budget <= -10"', SHORT)
    assert validate(tmp_path, capsys, text, lang) == [at(text, '"budget <= -10"') + message]


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "nl",
            "waarschuwing: einde 'motie' is al waar bij de beginwaarden (legitimiteit 50): het spel stopt "
            "na de eerste keuze, tenzij die daar iets aan verandert",
        ),
        (
            "en",
            "warning: ending 'motie' is already true at the start (legitimiteit 50): the game stops after "
            "the first choice unless that choice changes it",
        ),
    ],
)
def test_an_ending_true_at_the_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, message: str
) -> None:
    text = change('when: "legitimiteit <= 35"', 'when: "legitimiteit <= 50"', SHORT)
    assert validate(tmp_path, capsys, text, lang) == [at(text, '"legitimiteit <= 50"') + message]


def test_an_ending_on_a_flag_not_set_at_the_start(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = change('when: "legitimiteit <= 35"', 'when: "not betaald and budget < 61"', SHORT)
    text = change("        red_line:", "        set: [betaald]\n        red_line:", text)
    assert validate(tmp_path, capsys, text, "en") == [
        at(text, '"not betaald')
        + "warning: ending 'motie' is already true at the start (flag 'betaald' is not set; budget 60): the "
        "game stops after the first choice unless that choice changes it"
    ]


@pytest.mark.parametrize("when", ['"budget <= 59"', '"year == 1 and turn > 1"', '"lines_crossed >= 1"'])
def test_an_ending_that_can_come_but_is_false_at_the_start_is_fine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], when: str
) -> None:
    assert validate(tmp_path, capsys, change('"budget <= 30"', when, SHORT), "en") == []


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("nl", "waarschuwing: geen eindes: het spel stopt nooit vóór het einde van de termijn"),
        ("en", "warning: no endings: the game never stops before the end of the term"),
    ],
)
def test_a_scenario_without_endings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, message: str
) -> None:
    text = change(ENDINGS, "", SHORT)
    found = validate(tmp_path, capsys, text, lang)
    assert len(found) == 1 and found[0].startswith(at(text, "format:") + message)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        (
            "nl",
            "waarschuwing: profiel 'weger' krijgt niemand: zijn 'when' is aan het eind van de termijn nooit "
            "waar (balance is altijd 0, want geen keuze heeft 'serves' of 'harms'; zet bij de keuzes "
            "welke hoeken ze dienen ('serves') of schaden ('harms'))",
        ),
        (
            "en",
            "warning: profile 'weger' is never given: its 'when' is never true at the end of the term "
            "(balance is always 0, since no option has 'serves' or 'harms'; give the options the "
            "corners they serve ('serves') or harm ('harms'))",
        ),
    ],
)
def test_a_profile_asking_for_balance_when_no_option_pulls_a_corner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, message: str
) -> None:
    text = change('"lines_crossed == 0', '"balance >= 50 and lines_crossed == 0', SHORT)
    assert validate(tmp_path, capsys, text, lang) == [at(text, '"balance >= 50') + message]


def test_a_profile_asking_for_balance_when_the_options_miss_a_corner(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = change('"lines_crossed == 0', '"balance >= 50 and lines_crossed == 0', SHORT)
    text = change(
        "        effects: {budget: 3, legitimiteit: -3}\n",
        "        effects: {budget: 3, legitimiteit: -3}\n        serves: [capacity]\n",
        text,
    )
    assert validate(tmp_path, capsys, text, "en") == [
        at(text, '"balance >= 50')
        + "warning: profile 'weger' is never given: its 'when' is never true at the end of the term (balance "
        "is always 0, since no option pulls towards the corners strategy and legitimacy; put each of those "
        "corners in the 'serves' of an option)"
    ]
    # A harm gives the other two corners weight: with it and a capacity serve the balance can rise.
    text = change("serves: [capacity]", "harms: [capacity]", text)
    text = change(
        "        effects: {budget: -5}\n", "        effects: {budget: -5}\n        serves: [capacity]\n", text
    )
    assert validate(tmp_path, capsys, text, "en") == []


def test_a_profile_judged_at_the_end_of_the_term(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = change('"lines_crossed == 0', '"turn < 6 and lines_crossed == 0', SHORT)
    assert validate(tmp_path, capsys, text, "en") == [
        at(text, '"turn < 6')
        + "warning: profile 'weger' is never given: its 'when' is never true at the end of the term (turn "
        "can only be 6); make its 'when' wider"
    ]


DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDES = {"nl": DOCS / "scenario-schrijven.md", "en": DOCS / "writing-scenarios.md"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_guides_quote_these_warnings_as_validate_prints_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """Each quote of the guide's list of warnings is part of what validate prints for the same mistake."""
    broken = [
        change("after: 2}", "after: 6}", SHORT),
        change('"budget <= 30"', '"budget <= -10"', SHORT),
        change('"legitimiteit <= 35"', '"legitimiteit <= 50"', SHORT),
        change('"lines_crossed == 0', '"balance >= 50 and lines_crossed == 0', SHORT),
        change(ENDINGS, "", SHORT),
    ]
    printed = " ".join(line for text in broken for line in validate(tmp_path, capsys, text, lang))
    guide = " ".join(GUIDES[lang].read_text(encoding="utf-8").split())
    quotes = {
        "nl": [
            "vervolgkaart 'back-up' van keuze 1 van kaart 'ransomware' komt nooit: kaart 'ransomware' komt "
            "op zijn vroegst in beurt 1 van de termijn, en 'after: 6' plant haar in beurt 7 van de termijn, "
            "maar de laatste beurt is beurt 6 van de termijn",
            "einde 'failliet' komt nooit: zijn 'when' is nooit waar (budget kan alleen 0 tot en met 100 "
            "zijn)",
            "einde 'motie' is al waar bij de beginwaarden (legitimiteit 50)",
            "balance is altijd 0, want geen keuze heeft 'serves' of 'harms'",
            "geen eindes: het spel stopt nooit vóór het einde van de termijn",
        ],
        "en": [
            "follow-up 'back-up' of option 1 of card 'ransomware' is never played: card 'ransomware' comes "
            "no earlier than turn 1 of the term, and 'after: 6' schedules it for turn 7 of the term, but the "
            "last turn is turn 6 of the term",
            "ending 'failliet' never comes: its 'when' is never true (budget can only be 0 to 100)",
            "ending 'motie' is already true at the start (legitimiteit 50)",
            "balance is always 0, since no option has 'serves' or 'harms'",
            "no endings: the game never stops before the end of the term",
        ],
    }[lang]
    for quote in quotes:
        assert quote in printed, f"validate --lang {lang} no longer prints {quote!r}"
        assert f"*{quote}" in guide or f"{quote}*" in guide or f"({quote}" in guide, (
            f"the guide lacks {quote!r}"
        )


@pytest.mark.parametrize(
    ("lang", "extra", "message"),
    [
        (
            "nl",
            "",
            "waarschuwing: profiel 'weger' wordt door geen speler bereikt (balance is altijd 0, want geen "
            "keuze heeft 'serves' of 'harms')",
        ),
        (
            "en",
            "",
            "warning: profile 'weger' is reached by no policy (balance is always 0, since no option has "
            "'serves' or 'harms')",
        ),
        (
            "en",
            "        serves: [capacity]\n",
            "warning: profile 'weger' is reached by no policy (balance is always 0, since no option pulls "
            "towards the corners strategy and legitimacy; put each of those corners in the 'serves' of an "
            "option)",
        ),
    ],
)
def test_simulate_says_why_no_policy_reaches_a_profile_asking_for_balance(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, extra: str, message: str
) -> None:
    text = change('"lines_crossed == 0', '"balance >= 50 and lines_crossed == 0', SHORT)
    text = change("        effects: {budget: -5}\n", "        effects: {budget: -5}\n" + extra, text)
    path = tmp_path / "kort.yaml"
    path.write_text(text, encoding="utf-8")
    main(["simulate", str(path), "--check", "--runs", "20", "--workers", "1", "--lang", lang])
    printed = [line.strip() for line in capsys.readouterr().out.splitlines()]
    assert message in printed
