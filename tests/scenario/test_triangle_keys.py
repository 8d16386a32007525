"""The triangle's keys: a meter's `corner`, a card's `aspects`, an option's `serves`, `harms` and
`red_line`, and the condition names `lines_crossed` and `balance`; good files load, and every mistake
is said at its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.cli.main import main
from game.scenario import check_scenario_text, load_scenario_text
from tests.scenario.helpers import BASE, FILENAME, assert_problem, change, errors, position, single_error

CHOICES = "strategy, capacity or legitimacy"
ASPECTS = "4a, 4b, 4c, 5a, 5b, 6a, 6b, 6c, 6d"
BUDGET = "  budget: {name: Budget, start: 50}\n"
ROBOT_THEMES = "    themes: [privacy]\n"
YES_EFFECTS = "        effects: {budget: -10}\n"  # option 1 of card 'robot'
NO_EFFECTS = "        effects: {trust: 5}\n"  # option 2 of card 'robot'

FULL = change(
    NO_EFFECTS,
    NO_EFFECTS
    + "        serves: [legitimacy, willen]\n"
    + "        harms: capacity\n"
    + "        red_line: {nl: Losgeld betaald, en: Paid a ransom}\n",
    change(
        ROBOT_THEMES,
        ROBOT_THEMES + "    aspects: [4a, 6C]\n",
        change(
            BUDGET,
            "  budget: {name: Budget, start: 50, corner: kunnen}\n",
            change(
                "    requires: robot_geplaatst\n", '    requires: "robot_geplaatst or lines_crossed >= 1"\n'
            ),
        ),
    ),
)


def with_option_keys(lines: str, text: str = BASE) -> str:
    """Option 2 of card 'robot' with these lines after its effects."""
    return change(NO_EFFECTS, NO_EFFECTS + lines, text)


def with_aspects(value: str) -> str:
    return change(ROBOT_THEMES, f"{ROBOT_THEMES}    aspects: {value}\n")


# -- good files ------------------------------------------------------------------------------


def test_a_scenario_with_every_new_key_loads() -> None:
    scenario = load_scenario_text(FULL, FILENAME)
    assert scenario.meter("budget").corner == "capacity"
    assert scenario.meter("trust").corner is None
    robot = scenario.card("robot")
    assert robot.aspects == ("4a", "6c")
    yes, no = robot.options
    assert (no.serves, no.harms) == (("legitimacy", "strategy"), ("capacity",))
    assert no.red_line is not None and no.red_line.get("en") == "Paid a ransom"
    assert (yes.serves, yes.harms, yes.red_line) == ((), (), None)
    assert scenario.options_pull and scenario.has_red_lines
    assert scenario.card("krant").aspects == ()


def test_a_scenario_without_the_new_keys_still_loads_and_says_nothing_about_them() -> None:
    scenario = load_scenario_text(BASE, FILENAME)
    assert not scenario.options_pull and not scenario.has_red_lines
    assert all(meter.corner is None for meter in scenario.meters)


@pytest.mark.parametrize(
    ("lines", "serves", "harms"),
    [
        ("        serves: strategy\n", ("strategy",), ()),
        ("        serves: [mogen, kunnen]\n", ("legitimacy", "capacity"), ()),
        ("        harms: [willen]\n", (), ("strategy",)),
        (
            "        serves:\n          - strategy\n        harms:\n          - legitimacy\n",
            ("strategy",),
            ("legitimacy",),
        ),
        ("        serves: []\n", (), ()),
    ],
)
def test_serves_and_harms_take_a_corner_or_a_list_of_them(
    lines: str, serves: tuple[str, ...], harms: tuple[str, ...]
) -> None:
    option = load_scenario_text(with_option_keys(lines), FILENAME).card("robot").options[1]
    assert (option.serves, option.harms) == (serves, harms)


def test_a_red_line_as_one_plain_text_loads_with_a_warning_to_translate_it() -> None:
    text = with_option_keys("        red_line: Losgeld betaald\n")
    scenario, problems = check_scenario_text(text, FILENAME)
    assert scenario is not None
    option = scenario.card("robot").options[1]
    assert option.red_line is not None and option.red_line.get("nl") == "Losgeld betaald"
    said = [problem for problem in problems if "red_line" in problem.message]
    assert [(problem.severity, problem.message) for problem in said] == [
        (
            "warning",
            "the red_line of option 2 of card 'robot' is not translated into en; "
            "write one text per language, like {nl: ..., en: ...}",
        )
    ]
    assert (said[0].line, said[0].column) == position(text, "Losgeld betaald")


@pytest.mark.parametrize(
    "condition", ["lines_crossed >= 1", "balance < 50", "not lines_crossed and balance >= 20"]
)
def test_conditions_read_lines_crossed_and_balance(condition: str) -> None:
    text = change("    when: trust >= 60\n", f'    when: "{condition}"\n')
    assert errors(text) == []


# -- mistakes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "wrong", "message"),
    [
        ("[legitimcy]", "legitimcy", "unknown corner 'legitimcy'; did you mean 'legitimacy'?"),
        ("[strategy, capaciteit]", "capaciteit", "unknown corner 'capaciteit'; did you mean 'capacity'?"),
        ("[Mogen]", "Mogen", "unknown corner 'Mogen'; did you mean 'mogen'?"),
        ("[privacy]", "privacy", f"unknown corner 'privacy'; write {CHOICES}"),
    ],
)
@pytest.mark.parametrize("key", ["serves", "harms"])
def test_an_unknown_corner_in_serves_or_harms(key: str, value: str, wrong: str, message: str) -> None:
    text = with_option_keys(f"        {key}: {value}\n")
    assert_problem(
        single_error(text), message, position(text, f"{key}: {value}", value.index(wrong) + len(key) + 2)
    )


def test_a_corner_in_both_serves_and_harms() -> None:
    text = with_option_keys("        serves: [legitimacy, capacity]\n        harms: [mogen]\n")
    message = (
        "option 2 of card 'robot' both serves and harms the corner 'legitimacy'; "
        "keep it in one of the two lists"
    )
    assert_problem(single_error(text), message, position(text, "[mogen]"))


def test_a_corner_listed_twice() -> None:
    text = with_option_keys("        serves: [legitimacy, mogen]\n")
    message = "'serves' of option 2 of card 'robot' lists the corner 'legitimacy' twice"
    assert_problem(single_error(text), message, position(text, "mogen]"))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("5", "'harms' of option 2 of card 'robot' must be a list, like [strategy, legitimacy], not '5'"),
        (
            "{strategy: 1}",
            "'harms' of option 2 of card 'robot' must be a list, like [strategy, legitimacy], "
            "not a block of 'key: value' lines",
        ),
    ],
)
def test_serves_or_harms_that_is_not_a_list_of_corners(value: str, message: str) -> None:
    text = with_option_keys(f"        harms: {value}\n")
    assert_problem(single_error(text), message, position(text, f"harms: {value}", len("harms: ")))


def test_serves_on_the_card_instead_of_an_option() -> None:
    text = change(ROBOT_THEMES, ROBOT_THEMES + "    serves: [strategy]\n")
    message = "'serves' does not belong in card 'robot'; it belongs inside one of the card's options"
    assert_problem(single_error(text), message, position(text, "serves: [strategy]"))


@pytest.mark.parametrize(
    ("value", "wrong", "message"),
    [
        ("[4a, 7b]", "7b", f"unknown aspect '7b' of card 'robot'; the essay's aspects are {ASPECTS}"),
        ("[4d]", "4d", f"unknown aspect '4d' of card 'robot'; the essay's aspects are {ASPECTS}"),
        (
            "[privacy]",
            "privacy",
            f"unknown aspect 'privacy' of card 'robot'; the essay's aspects are {ASPECTS}",
        ),
        ("[4a, 4A]", "4A", "the aspect '4a' is listed twice in card 'robot'"),
    ],
)
def test_an_unknown_or_repeated_aspect(value: str, wrong: str, message: str) -> None:
    text = with_aspects(value)
    assert_problem(
        single_error(text),
        message,
        position(text, f"aspects: {value}", len("aspects: ") + value.index(wrong)),
    )


def test_aspects_that_are_not_a_list() -> None:
    text = with_aspects("4")
    message = "'aspects' of card 'robot' must be a list, like [4a, 6c], not '4'"
    assert_problem(single_error(text), message, position(text, "aspects: 4", len("aspects: ")))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("[Losgeld, betaald]", "the red_line of option 2 of card 'robot' must be a text, not a list"),
        ("", "the red_line of option 2 of card 'robot' is empty; write a text"),
        ("{nl: Losgeld betaald}", "the red_line of option 2 of card 'robot' has no 'en' translation"),
        ("true", "'true' without quotes means true/false in YAML, not text; write it in quotes: \"true\""),
    ],
)
def test_a_red_line_that_is_not_a_text(value: str, message: str) -> None:
    text = with_option_keys(f"        red_line: {value}\n")
    column = len("red_line:") if value == "" else len("red_line: ")
    assert_problem(single_error(text), message, position(text, f"red_line: {value}\n", column))


@pytest.mark.parametrize(
    ("corner", "message"),
    [
        ("capacty", "unknown corner 'capacty'; did you mean 'capacity'?"),
        ("kunen", "unknown corner 'kunen'; did you mean 'kunnen'?"),
        ("budget", f"unknown corner 'budget'; write {CHOICES}"),
        ("[capacity]", f"the corner of meter 'budget' must be {CHOICES}, not a list"),
    ],
)
def test_a_wrong_meter_corner(corner: str, message: str) -> None:
    text = change(BUDGET, f"  budget: {{name: Budget, start: 50, corner: {corner}}}\n")
    assert_problem(single_error(text), message, position(text, f"corner: {corner}}}", len("corner: ")))


@pytest.mark.parametrize(
    ("name", "meaning"),
    [
        ("balance", "how evenly the options chosen pulled at the three corners (0 to 100)"),
        ("lines_crossed", "the number of red lines the game crossed"),
    ],
)
def test_balance_and_lines_crossed_are_no_meter_id(name: str, meaning: str) -> None:
    text = change(BUDGET, f"{BUDGET}  {name}: {{name: X, start: 50}}\n")
    message = f"'{name}' cannot be used as a meter id: in conditions it means {meaning}"
    assert_problem(single_error(text), message, position(text, f"  {name}: {{", 2))


@pytest.mark.parametrize("key", ["set", "unset"])
@pytest.mark.parametrize("name", ["balance", "lines_crossed"])
def test_balance_and_lines_crossed_are_no_flag_name(key: str, name: str) -> None:
    text = with_option_keys(f"        {key}: [{name}]\n")
    problem = single_error(text)
    assert problem.message.startswith(f"'{name}' cannot be used as a flag name: in conditions it means ")
    assert (problem.line, problem.column) == position(text, f"{key}: [{name}]", len(key) + 3)


def test_a_misspelt_balance_in_a_condition() -> None:
    text = change("    when: trust >= 60\n", '    when: "balanse >= 60"\n')
    message = "unknown name 'balanse' in condition; did you mean 'balance'?"
    assert_problem(single_error(text), message, position(text, "balanse"))


def test_validate_prints_each_mistake_at_its_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hoeken.yaml"
    text = with_option_keys(
        "        serves: [legitimcy]\n        red_line: [a]\n",
        change(BUDGET, "  budget: {name: Budget, start: 50, corner: capacty}\n", with_aspects("[4e]")),
    )
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if ": warning: " not in line]
    expected = [
        (position(text, "capacty"), "unknown corner 'capacty'; did you mean 'capacity'?"),
        (position(text, "4e"), f"unknown aspect '4e' of card 'robot'; the essay's aspects are {ASPECTS}"),
        (position(text, "legitimcy"), "unknown corner 'legitimcy'; did you mean 'legitimacy'?"),
        (position(text, "[a]"), "the red_line of option 2 of card 'robot' must be a text, not a list"),
    ]
    assert lines[:-2] == [f"{path}:{line}:{column}: {message}" for (line, column), message in expected]
    assert lines[-2] == "More checks follow once the errors are fixed."
    assert lines[-1].startswith(f"{path}: 4 errors")


def test_a_red_line_without_a_follow_up_is_a_warning_at_the_red_line() -> None:
    text = with_option_keys("        red_line: {nl: Losgeld betaald, en: Paid a ransom}\n")
    scenario, problems = check_scenario_text(text, FILENAME)
    assert scenario is not None
    said = [problem for problem in problems if "red line" in problem.message]
    assert len(said) == 1 and said[0].severity == "warning"
    assert_problem(
        said[0],
        "option 2 of card 'robot' crosses a red line but has no 'then': its late cost never comes; add a "
        "follow-up, like  then: [{card: ..., after: 1}]",  # a term of 4 turns: the bill comes within it
        position(text, "{nl: Losgeld betaald"),
    )


def test_a_red_line_with_its_consequence_card_says_nothing() -> None:
    text = with_option_keys(
        "        red_line: {nl: Losgeld betaald, en: Paid a ransom}\n"
        "        then: [{card: krant, after: 1}]\n"
    )
    _, problems = check_scenario_text(text, FILENAME)
    assert not [problem for problem in problems if "red line" in problem.message]
