"""Fuzzing the condition language: any string either parses or raises ConditionSyntaxError with a column
inside it (never another exception, however long or deeply nested); a parsed condition evaluates to a
bool for any meter values and flags, and its compiled form gives the same answer; and a condition in a
scenario file is reported at a line and column inside the file, however the scalar is quoted."""

from __future__ import annotations

import json
import math

from hypothesis import given
from hypothesis import strategies as st

from game.core.conditions import MAX_NESTING, MAX_OPERATORS, ConditionSyntaxError, parse_condition
from tests.fuzz.budget import fuzz, hang_guard
from tests.fuzz.test_loader_fuzz import check
from tests.fuzz.yaml_inputs import shipped_text

METERS = ("budget", "trust", "legitimacy")
NAMES = (*METERS, "year", "turn", "robot", "scan_car", "and_x", "notes", "_", "A1")
TOKENS = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(["and", "or", "not", "true", "false", "True", "AND"]),
    st.sampled_from(["<", "<=", ">", ">=", "==", "!=", "=", "!", "=<", "<>"]),
    st.sampled_from(["(", ")", "((", "))", "-", "--", "+", "."]),
    st.integers(0, 10**6).map(str),
    st.sampled_from(["1.5", "0.0", "007", "1.", ".5", "1e3", "9" * 400, "1" + "0" * 320]),
    st.sampled_from(["&", "|", "&&", "||", ",", ";", "'", '"', "#", "\\", "é", "\u00a0", "\t", "\n", "\x00"]),
)
conditions = st.lists(TOKENS, max_size=25).flatmap(
    lambda tokens: st.lists(
        st.sampled_from(["", " ", "  ", "\t"]), min_size=len(tokens), max_size=len(tokens)
    ).map(lambda gaps: "".join(gap + token for gap, token in zip(gaps, tokens, strict=True)))
)
any_text = st.text(max_size=60)
values = st.floats(allow_nan=False, width=64) | st.integers(-(10**6), 10**6).map(float)


def parse(source: str) -> object:
    with hang_guard():
        try:
            return parse_condition(source)
        except ConditionSyntaxError as error:
            assert 0 <= error.column <= len(source), (error.message, error.column)
            assert error.message
            return None


@fuzz()
@given(conditions, st.dictionaries(st.sampled_from(METERS), values), st.sets(st.sampled_from(NAMES)),
       st.integers(1, 10), st.integers(1, 10))  # fmt: skip
def test_token_sequences_parse_or_say_where(
    source: str, meters: dict[str, float], flags: set[str], year: int, turn: int
) -> None:
    condition = parse(source)
    if condition is None:
        return
    assert hasattr(condition, "holds")
    meters = {name: meters.get(name, 50.0) for name in METERS}

    def lookup(name: str) -> float | bool:
        if name in meters:
            return meters[name]
        if name == "year":
            return float(year)
        if name == "turn":
            return float(turn)
        return name in flags

    answer = condition.holds(lookup)  # type: ignore[attr-defined]
    assert isinstance(answer, bool)
    predicate = condition.compile(METERS)  # type: ignore[attr-defined]
    assert predicate(meters, frozenset(flags), year, turn) == answer
    assert all(name.column < len(source) for name in condition.names)  # type: ignore[attr-defined]


@fuzz()
@given(any_text)
def test_any_text_parses_or_says_where(source: str) -> None:
    parse(source)


@fuzz(0.3)
@given(
    st.integers(1, 5000),
    st.sampled_from(["(", "not ", "not (", "-", "a and ", "a or ", "a < ", "((a) and "]),
    st.sampled_from(["", "a", ")", "a" + ")" * 50]),
)
def test_deep_and_long_conditions_are_refused_not_crashed(count: int, unit: str, tail: str) -> None:
    source = unit * count + tail
    condition = parse(source)
    if condition is not None:  # short enough: it must evaluate without running out of stack
        condition.holds(lambda name: 1.0)  # type: ignore[attr-defined]
        condition.compile(("a",))({"a": 1.0}, frozenset(), 1, 1)  # type: ignore[attr-defined]


def test_the_limits_are_generous_for_real_conditions() -> None:
    nested = "not (" * (MAX_NESTING // 2) + "budget > 1" + ")" * (MAX_NESTING // 2)
    assert parse(nested) is not None
    chain = " and ".join(["budget > 1"] * (MAX_OPERATORS // 2))
    assert parse(chain) is not None
    for source, column in (
        ("(" * (MAX_NESTING + 5) + "a" + ")" * (MAX_NESTING + 5), MAX_NESTING),
        (
            " or ".join(["a"] * (MAX_OPERATORS + 2)),
            len("a or ") * MAX_OPERATORS + 2,
        ),  # at the first 'or' too many
    ):
        try:
            parse_condition(source)
        except ConditionSyntaxError as error:
            assert error.column == column and ("nested" in error.message or "too long" in error.message)
        else:
            raise AssertionError(f"accepted: {source[:40]}...")


QUOTING = ["plain", "single", "double", "folded"]


def embed(source: str, quoting: str) -> str:
    if quoting == "plain":
        scalar = source
    elif quoting == "single":
        scalar = "'" + source.replace("'", "''") + "'"
    elif quoting == "double":
        scalar = json.dumps(source)  # JSON strings are YAML double-quoted scalars
    else:
        scalar = ">-\n      " + source
    return shipped_text("voorbeeld.yaml").replace('requires: "budget >= 40"', f"requires: {scalar}", 1)


@fuzz(0.5)
@given(conditions | any_text, st.sampled_from(QUOTING))
def test_a_condition_in_a_file_is_reported_inside_the_file(source: str, quoting: str) -> None:
    check(embed(source, quoting))


def test_numbers_too_large_for_a_float_are_infinite_not_an_error() -> None:
    condition = parse_condition("budget < " + "9" * 400)
    assert condition.holds(lambda name: 1e308)
    assert math.isinf(float("9" * 400))
