"""The lint: warnings on small purpose-made scenarios whose right answer is known, with line and column."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.cli.main import main
from game.core.conditions import parse_condition
from game.scenario import Problem, check_scenario_text
from game.scenario.lint import word_counts
from game.ui.measure import card_text_overflows
from tests.scenario.helpers import assert_problem, change, errors, position

# One language, every flag read, every meter moved, enough cards: no warnings at all.
LINT_BASE = """\
format: 1
id: lint
title: Lint
intro: Een test.
languages: [nl]
years: 1
turns_per_year: 2
start_year: 2027
meters:
  budget: {name: Budget, start: 50}
  trust: {name: Vertrouwen, start: 50}
themes:
  privacy: Privacy
cards:
  - id: eerste
    speaker: Wethouder
    title: Eerste
    text: De eerste kaart.
    themes: [privacy]
    options:
      - label: Ja
        effects: {budget: -5}
        set: [gedaan]
      - label: Nee
        effects: {trust: -5}
  - id: tweede
    requires: gedaan
    speaker: Wethouder
    title: Tweede
    text: De tweede kaart.
    themes: [privacy]
    options:
      - label: Ja
        effects: {budget: 5}
      - label: Nee
        effects: {trust: 5}
  - id: reserve
    speaker: Raad
    title: Reserve
    text: Een kaart voor als de rest op is.
    themes: [privacy]
    options:
      - label: Ja
        effects: {budget: 1}
      - label: Nee
        effects: {trust: 1}
endings:
  - id: op
    when: budget <= 0
    title: Op
    text: Op.
"""

NEW_CARD = """\
  - id: {id}
    {extra}
    speaker: Spreker
    title: Nieuw
    text: Een nieuwe kaart.
    themes: [privacy]
    options:
      - label: Ja
        effects: {{budget: 2}}
      - label: Nee
        effects: {{trust: 2}}
"""


def edit(old: str, new: str, text: str = LINT_BASE) -> str:
    return change(old, new, text)


def warnings(text: str) -> list[Problem]:
    scenario, problems = check_scenario_text(text, "lint.yaml")
    assert scenario is not None, "\n".join(str(problem) for problem in problems)
    assert all(not problem.is_error for problem in problems)
    return problems


def single_warning(text: str) -> Problem:
    found = warnings(text)
    assert len(found) == 1, "\n".join(str(problem) for problem in found)
    assert found[0].severity == "warning"
    return found[0]


def with_card(card_id: str, extra: str, text: str = LINT_BASE) -> str:
    return edit("endings:\n", NEW_CARD.format(id=card_id, extra=extra) + "endings:\n", text)


def test_the_lint_base_has_no_warnings() -> None:
    assert warnings(LINT_BASE) == []


# -- cards that can never be played ------------------------------------------------------------


@pytest.mark.parametrize(
    ("requires", "reason"),
    [
        ('"budget > 100"', "budget can only be 0 to 100"),
        ('"budget >= 101 or trust < 0"', "budget can only be 0 to 100; trust can only be 0 to 100"),
        ('"year >= 2"', "year can only be 1"),
        ('"turn == 3"', "turn can only be 1 to 2"),
        ('"150 <= trust"', "trust can only be 0 to 100"),
        ('"budget > 60 and budget < 40"', "the parts of the condition contradict each other"),
        ('"gedaan and not gedaan"', "the parts of the condition contradict each other"),
        ('"false"', "the parts of the condition contradict each other"),
        ('"not (year == 1)"', "year can only be 1"),
    ],
)
def test_a_card_whose_requires_can_never_hold(requires: str, reason: str) -> None:
    text = with_card("nooit", f"requires: {requires}")
    message = f"card 'nooit' can never be played: its 'requires' is never true ({reason})"
    assert_problem(single_warning(text), message, position(text, f"requires: {requires}", 10))


@pytest.mark.parametrize(
    "requires",
    [
        "budget >= 100",
        "budget > 99.5 and trust < 0.5",
        "year == 1 and turn != 1",
        "gedaan or budget > 1000",
        "not gedaan",
        "budget > trust",
        "(budget > 10) == 1",
        "budget",
        "not budget",
        "true",
        "1 < 2",
    ],
)
def test_a_card_that_can_be_played_is_not_reported(requires: str) -> None:
    assert warnings(with_card("soms", f'requires: "{requires}"')) == []


def test_a_meter_that_only_goes_down_never_rises_above_its_start() -> None:
    text = edit("effects: {budget: 5}", "effects: {trust: 3}")
    text = edit("effects: {budget: 1}", "effects: {trust: 1, budget: -1}", text)
    text = with_card("rijk", 'requires: "budget > 50"', text)
    text = text.replace("effects: {budget: 2}", "effects: {trust: 2}")
    message = "card 'rijk' can never be played: its 'requires' is never true (budget can only be 0 to 50)"
    assert_problem(single_warning(text), message, position(text, 'requires: "budget > 50"', 10))


def test_a_fixed_event_is_judged_at_its_own_year_and_turn() -> None:
    text = with_card("vast", 'at: {year: 1, turn: 1}\n    requires: "turn >= 2"')
    message = "card 'vast' can never be played: its 'requires' is never true (turn can only be 1 (its 'at'))"
    assert_problem(single_warning(text), message, position(text, 'requires: "turn >= 2"', 10))


def test_a_flag_set_only_by_a_card_that_can_never_be_played() -> None:
    text = with_card("bron", 'requires: "budget > 200"')
    text = edit("effects: {budget: 2}", "effects: {budget: 2}\n        set: [zeldzaam]", text)
    text = with_card("gevolg", "requires: zeldzaam", text)
    found = warnings(text)
    assert [problem.message for problem in found] == [
        "card 'bron' can never be played: its 'requires' is never true (budget can only be 0 to 100)",
        "card 'gevolg' can never be played: its 'requires' is never true "
        "(flag 'zeldzaam' is never set by a card that can be played)",
    ]
    assert (found[1].line, found[1].column) == position(text, "requires: zeldzaam", 10)


def test_a_scheduled_only_card_scheduled_only_by_unplayable_cards() -> None:
    text = with_card("bron", 'requires: "year > 5"')
    text = edit(
        "effects: {budget: 2}", "effects: {budget: 2}\n        then:\n          - card: vervolg", text
    )
    text = with_card("vervolg", "scheduled_only: true", text)
    found = warnings(text)
    assert [problem.message for problem in found] == [
        "card 'bron' can never be played: its 'requires' is never true (year can only be 1)",
        "card 'vervolg' can never be played: it is scheduled_only and only card 'bron' schedule it, "
        "which can never be played themselves",
    ]
    assert (found[1].line, found[1].column) == position(text, "id: vervolg", 4)


def test_a_scheduled_only_card_that_nobody_schedules() -> None:
    text = with_card("wees", "scheduled_only: true")
    message = (
        "card 'wees' is never played: it has 'scheduled_only: true', so it comes only when an option "
        "schedules it with 'then', and no option does. Schedule it in an option's 'then', or remove "
        "'scheduled_only: true' so it goes into the deck"
    )
    assert_problem(single_warning(text), message, position(text, "id: wees", 4))


# -- flags, meters, options ---------------------------------------------------------------------


def test_a_flag_that_is_set_but_never_read() -> None:
    text = edit("effects: {trust: -5}", "effects: {trust: -5}\n        set: [vergeten]")
    message = "flag 'vergeten' is set but never read: no 'requires' or 'when' uses it"
    assert_problem(single_warning(text), message, position(text, "vergeten"))


def test_a_flag_read_only_in_an_ending_counts_as_read() -> None:
    text = edit("effects: {trust: -5}", "effects: {trust: -5}\n        set: [schandaal]")
    text = edit("when: budget <= 0", "when: budget <= 0 or schandaal", text)
    assert warnings(text) == []


def test_a_meter_that_no_option_changes() -> None:
    text = edit(
        "  trust: {name: Vertrouwen, start: 50}\n",
        "  trust: {name: Vertrouwen, start: 50}\n  stil: {name: Stil, start: 10}\n",
    )
    message = "meter 'stil' is not changed by any option, so no choice moves it"
    assert_problem(single_warning(text), message, position(text, "stil:"))


def test_a_meter_that_only_the_year_end_changes() -> None:
    text = edit(
        "  trust: {name: Vertrouwen, start: 50}\n",
        "  trust: {name: Vertrouwen, start: 50}\n  stil: {name: Stil, start: 10}\n",
    )
    text = edit("cards:\n", "year_end:\n  effects: {stil: 5}\ncards:\n", text)
    message = (
        "meter 'stil' is not changed by any option, so no choice moves it (only the year-end effects do)"
    )
    assert_problem(single_warning(text), message, position(text, "stil: {"))


def test_a_zero_effect_does_not_count_as_a_edit() -> None:
    text = edit("effects: {trust: 1}", "effects: {budget: 2}")
    text = edit("effects: {trust: 5}", "effects: {budget: 3, trust: 0}", text)
    text = edit("effects: {trust: -5}", "effects: {budget: 4}", text)
    message = "meter 'trust' is not changed by any option, so no choice moves it"
    assert_problem(single_warning(text), message, position(text, "trust: {"))


@pytest.mark.parametrize("effects", ["{}", "{budget: 0}", "{budget: 0, trust: 0.0}"])
def test_an_option_that_changes_nothing(effects: str) -> None:
    text = edit("effects: {trust: 1}", f"effects: {effects}")
    message = "option 2 of card 'reserve' changes nothing: no effects, no flags and no follow-up"
    assert_problem(single_warning(text), message, position(text, "label: Nee\n        effects: " + effects))


@pytest.mark.parametrize(
    "extra",
    ["set: [gedaan]", "unset: [gedaan]", "then:\n          - card: tweede"],
)
def test_an_option_with_only_a_flag_or_a_follow_up_does_something(extra: str) -> None:
    text = edit("effects: {trust: 1}", f"effects: {{}}\n        {extra}")
    assert warnings(text) == []


# -- filling the term ---------------------------------------------------------------------------


def test_a_deck_that_cannot_fill_the_term() -> None:
    text = edit("turns_per_year: 2", "turns_per_year: 5")
    message = (
        "the cards cannot fill the term: it has 5 turns, but at most 3 cards can be played "
        "(3 deck cards, 0 fixed events, 0 follow-ups); the other turns pass with nothing to play. "
        "Add cards, or make a card 'repeatable: true'"
    )
    assert_problem(single_warning(text), message, position(text, "cards:\n"))


def test_fixed_events_and_follow_ups_count_towards_the_term() -> None:
    text = edit("turns_per_year: 2", "years: 2\nturns_per_year: 2", edit("years: 1\n", ""))
    text = with_card("vast", "at: {year: 2, turn: 1}", text)
    text = edit(
        "effects: {budget: 2}", "effects: {budget: 2}\n        then:\n          - card: vervolg", text
    )
    text = with_card("vervolg", "scheduled_only: true", text)
    assert warnings(text) == []  # 4 turns, 5 cards
    longer = edit("turns_per_year: 2", "turns_per_year: 3", text)
    message = (
        "the cards cannot fill the term: it has 6 turns, but at most 5 cards can be played "
        "(3 deck cards, 1 fixed event, 1 follow-up); the other turns pass with nothing to play. "
        "Add cards, or make a card 'repeatable: true'"
    )
    assert_problem(single_warning(longer), message, position(longer, "cards:\n"))


def test_a_repeatable_card_fills_any_term() -> None:
    text = edit("turns_per_year: 2", "turns_per_year: 50")
    text = edit("  - id: reserve\n", "  - id: reserve\n    repeatable: true\n", text)
    assert warnings(text) == []


def test_a_card_that_can_never_be_played_does_not_count() -> None:
    text = edit("turns_per_year: 2", "turns_per_year: 3")
    text = edit("    requires: gedaan\n", '    requires: "gedaan and year > 1"\n', text)
    messages = [problem.message for problem in warnings(text)]
    assert len(messages) == 2
    assert messages[0].startswith("the cards cannot fill the term: it has 3 turns, but at most 2 cards")
    assert messages[1].startswith("card 'tweede' can never be played")


def test_follow_ups_in_a_cycle_are_not_counted_as_a_shortage() -> None:
    text = edit("turns_per_year: 2", "turns_per_year: 9")
    text = edit(
        "effects: {budget: 2}",
        "effects: {budget: 2}\n        then:\n          - card: pong",
        with_card("ping", "scheduled_only: true", text),
    )
    text = with_card("pong", "scheduled_only: true", text)
    text = text.replace(
        "effects: {budget: 2}\n      - label: Nee\n        effects: {trust: 2}\nendings",
        "effects: {budget: 2}\n        then:\n          - card: ping\n"
        "      - label: Nee\n        effects: {trust: 2}\nendings",
    )
    text = edit("effects: {budget: 1}", "effects: {budget: 1}\n        then:\n          - card: ping", text)
    assert warnings(text) == []


# -- translations -------------------------------------------------------------------------------


def test_a_plain_text_in_a_scenario_with_two_languages_is_not_translated() -> None:
    text = edit("languages: [nl]", "languages: [nl, en]")
    found = warnings(text)
    assert len(found) == 22  # every text of the file
    assert_problem(
        found[0],
        "the title of the scenario is not translated into en; write one text per language, "
        "like {nl: ..., en: ...}",
        position(text, "Lint\n", 0),
    )
    assert_problem(
        found[1],
        "the intro of the scenario is not translated into en; write one text per language, "
        "like {nl: ..., en: ...}",
        position(text, "Een test."),
    )


def test_a_mapping_without_a_declared_language_is_still_an_error() -> None:
    text = edit("languages: [nl]", "languages: [nl, en]")
    text = edit("title: Lint", "title: {nl: Lint}", text)
    assert [problem.message for problem in errors(text)] == [
        "the title of the scenario has no 'en' translation"
    ]


# -- soundness: a card reported as never playable really never is ----------------------------------

_NAMES = ["budget", "year", "turn", "gedaan"]
_NUMBERS = ["0", "1", "2", "3", "50", "100", "101", "-1", "1.5"]


def _atoms() -> st.SearchStrategy[str]:
    compare = st.builds(
        lambda name, op, number, flip: f"{number} {op} {name}" if flip else f"{name} {op} {number}",
        st.sampled_from(_NAMES),
        st.sampled_from(["<", "<=", ">", ">=", "==", "!="]),
        st.sampled_from(_NUMBERS),
        st.booleans(),
    )
    return st.one_of(compare, st.sampled_from([*_NAMES, "true", "false"]))


_CONDITIONS = st.recursive(
    _atoms(),
    lambda inner: st.one_of(
        st.builds(lambda a, b: f"({a} and {b})", inner, inner),
        st.builds(lambda a, b: f"({a} or {b})", inner, inner),
        st.builds(lambda a: f"not {a}", inner),
    ),
    max_leaves=6,
)


@settings(max_examples=150, deadline=None)
@given(_CONDITIONS)
def test_never_playable_means_no_reachable_value_satisfies_the_requires(condition: str) -> None:
    text = edit("turns_per_year: 2", "years: 2\nturns_per_year: 2", edit("years: 1\n", ""))
    text = with_card("proef", f'requires: "{condition}"', text)
    _, problems = check_scenario_text(text, "lint.yaml")
    flagged = any(problem.message.startswith("card 'proef' can never be played") for problem in problems)
    parsed = parse_condition(condition)
    values = [-1.0, 0, 0.5, 1, 1.5, 2, 2.5, 3, 49.5, 50, 50.5, 99.5, 100, 100.5, 101]
    reachable = any(
        parsed.holds(
            lambda name, b=budget, y=year, t=turn, f=flag: {  # type: ignore[misc]
                "budget": b,
                "year": y,
                "turn": t,
                "gedaan": f,
                "trust": 50.0,
            }[name]
        )
        for budget, year, turn, flag in itertools.product(
            [v for v in values if 0 <= v <= 100], [1, 2], [1, 2], [False, True]
        )
    )
    if reachable:
        assert not flagged, condition


# -- never a traceback, and the command line ----------------------------------------------------


def test_no_line_removed_from_the_example_crashes_the_lint() -> None:
    example = (Path(__file__).parents[2] / "scenarios" / "voorbeeld.yaml").read_text(encoding="utf-8")
    lines = example.splitlines(keepends=True)
    for index in range(len(lines)):
        check_scenario_text("".join(lines[:index] + lines[index + 1 :]), "kapot.yaml")
        check_scenario_text("".join(lines[: index + 1] + lines[index:]), "dubbel.yaml")


def test_huge_numbers_in_conditions_do_not_crash() -> None:
    big = "9" * 400
    assert warnings(with_card("groot", f'requires: "year < {big} and budget < {big}"')) == []
    text = with_card("groot", f'requires: "year > {big}"')
    assert single_warning(text).message.startswith("card 'groot' can never be played")


def test_word_counts_per_language() -> None:
    scenario, _ = check_scenario_text(LINT_BASE, "lint.yaml")
    assert scenario is not None
    assert word_counts(scenario) == {"nl": 34}


def test_validate_exits_0_with_warnings_and_1_when_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "waarschuwing.yaml"
    path.write_text(
        edit("effects: {trust: -5}", "effects: {trust: -5}\n        set: [vergeten]"), encoding="utf-8"
    )
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path}:")
    assert ": warning: flag 'vergeten' is set but never read" in out[0]
    assert out[-1] == f"{path}: ok with 1 warning \u2014 3 cards, 6 options; words: nl 34"
    assert main(["validate", "--strict", str(path)]) == 1
    clean = tmp_path / "schoon.yaml"
    clean.write_text(LINT_BASE, encoding="utf-8")
    assert main(["validate", "--strict", str(clean)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"{clean}: ok \u2014 3 cards, 6 options; words: nl 34"


def test_validate_counts_errors_and_warnings_of_an_invalid_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fout.yaml"
    path.write_text(
        edit("languages: [nl]", "languages: [nl, en]", edit("years: 1", "years: 0")), encoding="utf-8"
    )
    assert main(["validate", str(path)]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == f"{path}: 1 error, 22 warnings"


# -- card texts that do not fit on screen (the game's real layout and font, no window) -------------

LONG_TEXT = " ".join(
    ["Het college wil de digitale dienstverlening uitbreiden met nieuwe voorzieningen."] * 20
)


def test_a_card_text_that_does_not_fit_is_reported_with_its_line() -> None:
    pytest.importorskip("pygame")
    text = edit("    text: De tweede kaart.\n", f"    text: {LONG_TEXT}\n")
    _, problems = check_scenario_text(text, "lint.yaml", measure=card_text_overflows)
    assert [problem.severity for problem in problems] == ["warning"]
    message = problems[0].message
    assert message.startswith("card 'tweede': the card text (nl) does not fit its box at 1280x720, ")
    assert message.endswith("not even at the smallest size (27px)")
    assert (problems[0].line, problems[0].column) == position(text, LONG_TEXT)


def test_an_overflowing_translation_points_at_its_own_language() -> None:
    pytest.importorskip("pygame")
    text = edit("languages: [nl]", "languages: [nl, en]")
    text = edit(
        "        effects: {trust: 5}\n",
        f"        effects: {{trust: 5}}\n        feedback:\n          nl: Kort.\n          en: {LONG_TEXT}\n",
        text,
    )
    _, problems = check_scenario_text(text, "lint.yaml", measure=card_text_overflows)
    found = [problem for problem in problems if "does not fit" in problem.message]
    assert len(found) == 1
    assert found[0].message.startswith("card 'tweede': the feedback of option 2 (en) does not fit its box")
    assert (found[0].line, found[0].column) == position(text, LONG_TEXT)


def test_the_layout_check_only_runs_when_asked() -> None:
    text = edit("    text: De tweede kaart.\n", f"    text: {LONG_TEXT}\n")
    assert warnings(text) == []


def test_the_shipped_scenarios_fit_on_the_smallest_screen() -> None:
    pytest.importorskip("pygame")
    for path in sorted((Path(__file__).parents[2] / "scenarios").glob("*.yaml")):
        _, problems = check_scenario_text(
            path.read_text(encoding="utf-8"), str(path), measure=card_text_overflows
        )
        assert [str(problem) for problem in problems] == []


def test_a_question_for_the_group_that_does_not_fit_is_reported_with_its_line() -> None:
    pytest.importorskip("pygame")
    long_question = " ".join([LONG_TEXT] * 3)
    text = edit("    text: De tweede kaart.\n", f"    text: De tweede kaart.\n    notes: {long_question}\n")
    _, problems = check_scenario_text(text, "lint.yaml", measure=card_text_overflows)
    found = [problem for problem in problems if "does not fit" in problem.message]
    assert len(found) == 1
    assert found[0].message.startswith("card 'tweede': the question for the group (nl) does not fit its box")
    assert (found[0].line, found[0].column) == position(text, long_question)


def test_a_theme_without_a_corner_while_other_themes_have_one() -> None:
    new = "  privacy: {name: Privacy, corner: legitimacy}\n  inclusie: Inclusie\n"
    text = edit("  privacy: Privacy\n", new)
    message = (
        "theme 'inclusie' has no corner while other themes do; "
        "give it one, like {name: ..., corner: capacity}"
    )
    assert_problem(single_warning(text), message, position(text, "inclusie:"))


def test_themes_all_without_or_all_with_a_corner_are_fine() -> None:
    assert warnings(edit("  privacy: Privacy\n", "  privacy: Privacy\n  inclusie: Inclusie\n")) == []
    both = "  privacy: {name: Privacy, corner: legitimacy}\n  inclusie: {name: Inclusie, corner: mogen}\n"
    assert warnings(edit("  privacy: Privacy\n", both)) == []


# -- a feedback that names a meter its option does not move ------------------------------------------


def with_feedback(option: str, feedback: str, text: str = LINT_BASE) -> str:
    """Card 'eerste' with `feedback` on the option whose effects line is `option`."""
    return edit(
        f"        effects: {option}\n", f"        effects: {option}\n        feedback: {feedback}\n", text
    )


def feedback_message(number: int, card: str, name: str, language: str) -> str:
    return (
        f"the feedback of option {number} of card '{card}' names the meter '{name}' ({language}), "
        "but the option does not move it"
    )


@pytest.mark.parametrize(
    "feedback",
    [
        "Dat kost budget.",
        "Het Budget blijft gelijk.",
        "BUDGET!",
        "De budgetten van volgend jaar.",
        "Voor het budget's plaatje.",
        "(budget)",
    ],
)
def test_a_dutch_feedback_that_names_a_meter_the_option_does_not_move(feedback: str) -> None:
    text = with_feedback("{trust: -5}", f'"{feedback}"')
    assert_problem(
        single_warning(text),
        feedback_message(2, "eerste", "Budget", "nl"),
        position(text, f'"{feedback}"'),
    )


@pytest.mark.parametrize(
    "feedback",
    [
        "Dat kost budget.",  # the option moves the budget
        "Een budgetneutrale keuze.",  # a compound is another word
        "De vertrouwenspersoon kijkt mee.",
        "De uitvoering gaat door.",
    ],
)
def test_a_feedback_that_names_no_still_meter_is_fine(feedback: str) -> None:
    assert warnings(with_feedback("{budget: -5}", f'"{feedback}"')) == []


def test_a_zero_effect_does_not_move_the_meter_a_feedback_names() -> None:
    text = edit(
        "        effects: {trust: -5}\n",
        '        effects: {trust: -5, budget: 0}\n        feedback: "Het vertrouwen en het budget."\n',
    )
    assert_problem(
        single_warning(text),
        feedback_message(2, "eerste", "Budget", "nl"),
        position(text, '"Het vertrouwen en het budget."'),
    )


def test_a_feedback_that_names_two_still_meters_gets_a_warning_for_each() -> None:
    text = edit(
        "        effects: {budget: -5}\n        set: [gedaan]\n",
        "        set: [gedaan]\n        feedback: Vertrouwen, en het budget van vertrouwen.\n",
        edit("when: budget <= 0", "when: trust <= 0"),  # budget no longer falls: it ends nothing
    )
    at = position(text, "Vertrouwen, en het budget")
    assert [(problem.message, (problem.line, problem.column)) for problem in warnings(text)] == [
        (feedback_message(1, "eerste", "Budget", "nl"), at),
        (feedback_message(1, "eerste", "Vertrouwen", "nl"), at),
    ]


MEERTALIG = """\
format: 1
id: meertalig
title: {nl: Meertalig, en: Bilingual}
languages: [nl, en]
years: 1
turns_per_year: 2
meters:
  legitimiteit: {name: {nl: Legitimiteit, en: Legitimacy}, start: 50}
  vertrouwen: {name: {nl: Vertrouwen, en: Trust}, start: 50}
  publieke_waarde: {name: {nl: Publieke waarde, en: Public value}, start: 50}
themes:
  privacy: {nl: Privacy, en: Privacy}
cards:
  - id: scanauto
    speaker: {nl: Wethouder, en: Alderman}
    title: {nl: Scanauto, en: Scan car}
    text: {nl: De scanauto kan meer., en: The scan car can do more.}
    themes: [privacy]
    repeatable: true
    options:
      - label: {nl: Breid uit, en: Extend}
        effects: {publieke_waarde: 5, legitimiteit: -5}
        feedback:
          nl: Meer handhaving, minder legitimiteit.
          en: More enforcement, less legitimacy.
      - label: {nl: Wacht, en: Wait}
        effects: {vertrouwen: 4}
        feedback:
          nl: Goed voor de legitimiteit en het vertrouwen.
          en: "Residents' trust grows, and so do the public values at stake."
endings:
  - id: motie
    when: "legitimiteit <= 20"
    title: {nl: Motie, en: Motion}
    text: {nl: De raad grijpt in., en: The council steps in.}
"""


def test_each_language_is_matched_against_the_meters_name_in_that_language() -> None:
    found = warnings(MEERTALIG)
    assert [(problem.message, (problem.line, problem.column)) for problem in found] == [
        (
            feedback_message(2, "scanauto", "Legitimiteit", "nl"),
            position(MEERTALIG, "Goed voor de legitimiteit"),
        ),
        (
            feedback_message(2, "scanauto", "Public value", "en"),
            position(MEERTALIG, "\"Residents' trust"),
        ),
    ]


def test_a_feedback_in_english_that_names_a_meter_only_in_dutch_is_not_matched() -> None:
    text = change("so do the public values at stake.", "so does the vertrouwen.", MEERTALIG)
    text = change("Goed voor de legitimiteit en het vertrouwen.", "Goed voor iedereen.", text)
    assert warnings(text) == []


@pytest.mark.parametrize(
    ("name", "feedback", "named"),
    [
        ("OR", "De OR stemt in.", True),
        ("OR", "Door of voor de raad.", False),  # a short name matches only as typed
        ("Geld", "Die regel geldt niet.", False),  # a short name takes no endings
        ("Geld", "Het geld is op.", True),
    ],
)
def test_short_meter_names_are_matched_with_care(name: str, feedback: str, named: bool) -> None:
    text = with_feedback(
        "{trust: -5}", feedback, edit("{name: Budget, start: 50}", f"{{name: {name}, start: 50}}")
    )
    assert [problem.message for problem in warnings(text)] == (
        [feedback_message(2, "eerste", name, "nl")] if named else []
    )


def test_validate_strict_fails_on_a_feedback_that_names_a_still_meter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "meertalig.yaml"
    path.write_text(MEERTALIG, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    line, column = position(MEERTALIG, "Goed voor de legitimiteit")
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0] == f"{path}:{line}:{column}: warning: {feedback_message(2, 'scanauto', 'Legitimiteit', 'nl')}"
    )
    assert main(["validate", "--strict", str(path)]) == 1
