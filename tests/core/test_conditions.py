"""The condition language: parsing, precedence, evaluation and error columns."""

from __future__ import annotations

import pytest

from game.core.conditions import ConditionSyntaxError, parse_condition

VALUES: dict[str, float | bool] = {"budget": 40, "trust": 55, "year": 2, "robot": True, "scan": False}


def holds(source: str) -> bool:
    return parse_condition(source).holds(VALUES.__getitem__)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("budget >= 40", True),
        ("budget > 40", False),
        ("budget < 41 and trust <= 55", True),
        ("budget == 40", True),
        ("budget != 40", False),
        ("robot", True),
        ("not robot", False),
        ("scan or robot", True),
        ("not scan and not robot", False),
        ("year >= 2 and not scan", True),
        ("budget > -5", True),
        ("-5 < budget", True),
        ("true", True),
        ("false or scan", False),
        ("(scan or robot) and budget < 10", False),
        ("scan or robot and budget < 10", False),
        ("not (scan or robot)", False),
        ("trust >= 54.5", True),
    ],
)
def test_conditions_evaluate_with_the_usual_precedence(source: str, expected: bool) -> None:
    assert holds(source) is expected


def test_and_binds_tighter_than_or() -> None:
    # With or binding tighter this would be (robot or scan) and false = False.
    assert holds("robot or scan and false") is True


def test_names_lists_every_name_with_its_column() -> None:
    condition = parse_condition("year >= 2 and not robot_geplaatst")
    assert [(name.name, name.column) for name in condition.names] == [("year", 0), ("robot_geplaatst", 18)]


@pytest.mark.parametrize(
    ("source", "message", "column"),
    [
        ("", "empty condition", 0),
        ("budget <", "the condition ends too early", 8),
        ("budget < 4 < 5", "chained comparisons are not allowed; join them with 'and'", 11),
        ("(budget < 4", "missing ')'", 11),
        ("budget $ 4", "unexpected character '$'", 7),
        ("budget 4", "unexpected '4'", 7),
        ("budget > -x", "expected a number after '-'", 10),
        ("and budget", "unexpected 'and'", 0),
    ],
)
def test_syntax_errors_give_message_and_column(source: str, message: str, column: int) -> None:
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_condition(source)
    assert caught.value.message == message
    assert caught.value.column == column


def test_the_parser_never_evaluates_python() -> None:
    with pytest.raises(ConditionSyntaxError):
        parse_condition("__import__('os').system('true')")
