"""Duplicate ids and references to cards, themes, meters and names that do not exist."""

from __future__ import annotations

import pytest

from game.scenario import check_scenario_text
from tests.scenario.helpers import BASE, FILENAME, assert_problem, change, position, single_error


def test_a_duplicate_card_id() -> None:
    text = change("  - id: krant\n", "  - id: robot\n")
    text = change("          - card: krant\n", "          - card: robot\n", text)
    first = position(text, "  - id: robot\n    speaker")[0]
    second = position(text, "robot\n    scheduled_only")
    assert_problem(single_error(text), f"card id 'robot' is used twice (first on line {first})", second)


@pytest.mark.parametrize(
    ("old", "new", "noun", "fragment", "first"),
    [
        (
            "  budget: {name: Budget, start: 50}\n",
            "  budget: {name: Budget, start: 50}\n  budget: {name: Geld, start: 10}\n",
            "meter",
            "budget: {name: Geld",
            "budget: {name: Budget",
        ),
        (
            "  inclusion: Inclusie\n",
            "  inclusion: Inclusie\n  privacy: Privacy\n",
            "theme",
            "privacy: Privacy\n",
            "privacy: {nl",
        ),
    ],
)
def test_a_duplicate_meter_or_theme_id(old: str, new: str, noun: str, fragment: str, first: str) -> None:
    text = change(old, new)
    key = fragment.split(":")[0]
    message = f"{noun} '{key}' is defined twice (first on line {position(text, first)[0]})"
    assert_problem(single_error(text), message, position(text, fragment))


@pytest.mark.parametrize(
    ("noun", "old", "new"), [("ending", None, "failliet"), ("profile", None, "verbinder")]
)
def test_a_duplicate_ending_or_profile_id(noun: str, old: None, new: str) -> None:
    block = "profiles:\n" if noun == "profile" else "endings:\n"
    extra = f"  - id: {new}\n    when: trust < 5\n    title: Twee\n    text: Dubbel.\n"
    text = change(block, block + extra)
    first = position(text, f"  - id: {new}\n    when: trust < 5")[0]
    second = position(text, f"{new}\n    when: {'budget' if noun == 'ending' else 'trust >= 60'}")
    assert_problem(single_error(text), f"{noun} id '{new}' is used twice (first on line {first})", second)


def test_then_points_to_a_card_that_does_not_exist() -> None:
    text = change("- card: krant\n", "- card: kranr\n")
    _, problems = check_scenario_text(text, FILENAME)
    (error,) = [problem for problem in problems if problem.is_error]
    message = "'then' points to card 'kranr', which does not exist; did you mean 'krant'?"
    assert_problem(error, message, position(text, "kranr"))
    warnings = [problem.message for problem in problems if not problem.is_error]
    assert any("card 'krant' is never played: it has 'scheduled_only: true'" in text for text in warnings)


def test_a_theme_that_is_not_declared() -> None:
    text = change("themes: [privacy, inclusion]", "themes: [privacy, inclusie]")
    assert_problem(
        single_error(text), "unknown theme 'inclusie'; did you mean 'inclusion'?", position(text, "inclusie]")
    )


def test_a_meter_that_is_not_declared_in_an_option() -> None:
    text = change("effects: {trust: -5}", "effects: {trsut: -5}")
    assert_problem(
        single_error(text), "unknown meter 'trsut'; did you mean 'trust'?", position(text, "trsut")
    )


def test_a_meter_that_is_not_declared_in_year_end_effects() -> None:
    text = change("effects: {budget: 5}", "effects: {geld: 5}")
    assert_problem(single_error(text), "unknown meter 'geld'", position(text, "geld"))


def test_an_unknown_name_in_a_condition_suggests_the_nearest() -> None:
    text = change("requires: robot_geplaatst", "requires: year >= 2 and not robot_geplaast")
    message = "unknown name 'robot_geplaast' in condition; did you mean 'robot_geplaatst'?"
    assert_problem(single_error(text), message, position(text, "robot_geplaast"))


def test_an_unknown_name_in_a_quoted_condition_of_an_ending() -> None:
    text = change("when: budget <= 0", 'when: "budget <= 0 or vertrouwen < 10"')
    message = (
        "unknown name 'vertrouwen' in condition; use a meter id, 'year', 'turn' or a flag that an option sets"
    )
    assert_problem(single_error(text), message, position(text, "vertrouwen"))


def test_a_flag_that_is_only_ever_unset() -> None:
    text = change("effects: {trust: 5}", "effects: {trust: 5}\n        unset: [verstopt]")
    text = change("when: trust >= 60", "when: trust >= 60 and verstopt", text)
    message = "flag 'verstopt' is never set by any option (only unset); add it to an option's 'set' list"
    assert_problem(single_error(text), message, position(text, "verstopt\n"))


def test_year_turn_meters_and_set_flags_are_known_names() -> None:
    text = change("when: trust >= 60", "when: year >= 1 and turn <= 2 and budget > 1 and robot_geplaatst")
    _, problems = check_scenario_text(text, FILENAME)
    assert [problem for problem in problems if problem.is_error] == []


@pytest.mark.parametrize(
    ("condition", "fragment", "message"),
    [
        ("requires: budget = 40", "= 40",
         "cannot read the condition: unexpected character '='; use '==' to compare"),
        ('requires: "budget >= 40 &&  trust"', "&&", "cannot read the condition: unexpected character '&'; "
         "write 'and' instead"),
        ("requires: 'budget >= 4 and'", " and'", "cannot read the condition: the condition ends too early"),
        ("requires: 'budget > 1 and it''s'", "''s", "cannot read the condition: unexpected character \"'\""),
        ("requires: (budget > 4", "(budget > 4", "cannot read the condition: missing ')'"),
        ("requires: budget > 1 > 0", "> 0", "cannot read the condition: chained comparisons are not allowed; "
         "join them with 'and'"),
    ],
)  # fmt: skip
def test_a_condition_syntax_error_points_at_the_column(condition: str, fragment: str, message: str) -> None:
    text = change("requires: robot_geplaatst", condition)
    offset = {" and'": 4, "(budget > 4": len("(budget > 4")}.get(fragment, 0)
    assert_problem(single_error(text), message, position(text, fragment, offset))


def test_a_condition_over_two_lines_points_at_the_right_line() -> None:
    text = change("requires: robot_geplaatst", "requires: robot_geplaatst and\n      budgett > 5")
    problem = single_error(text)
    assert problem.message == "unknown name 'budgett' in condition; did you mean 'budget'?"
    assert (problem.line, problem.column) == position(text, "budgett")


def test_ids_must_be_names() -> None:
    text = change("  - id: robot\n", "  - id: 2robot\n")
    text = change("  budget: {name: Budget, start: 50}", "  budget-2: {name: Budget, start: 50}", text)
    text = change("set: [robot_geplaatst]", "set: [year]", text)
    messages = [str(problem) for problem in check_scenario_text(text, FILENAME)[1] if problem.is_error]
    line = position(text, "budget-2")[0]
    assert f"{FILENAME}:{line}:3: meter id 'budget-2' may only contain letters, digits and '_', " \
        "and may not start with a digit; conditions name it, where 'budget-2' would read as a " \
        "subtraction: write 'budget_2'" in messages  # fmt: skip
    line = position(text, "2robot")[0]
    assert f"{FILENAME}:{line}:9: card id '2robot' may only contain letters, digits, '_' and '-', " \
        "and must start with a letter" in messages  # fmt: skip
    line, column = position(text, "year]")
    assert f"{FILENAME}:{line}:{column}: 'year' cannot be used as a flag name: in conditions it means " \
        "the year of the term" in messages  # fmt: skip


def test_base_is_valid() -> None:
    assert [problem for problem in check_scenario_text(BASE, FILENAME)[1] if problem.is_error] == []
