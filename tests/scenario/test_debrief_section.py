"""The optional `debrief` section (questions per essay aspect, 3-5 statements): good files load, every
mistake is said at its line and column, and the section travels through a workbook's 'Nabespreking'
sheet with its mistakes said at their cells."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import jsonschema
import openpyxl
import pytest
import yaml

from game.core.model import DebriefContent
from game.paths import SCENARIOS_DIR
from game.scenario import check_scenario, check_scenario_text, load_scenario, load_scenario_text
from game.scenario.json_schema import scenario_schema
from game.scenario.workbook.export import export_workbook
from tests.scenario.helpers import FILENAME, TRIANGLE, assert_problem, errors, position, single_error

ASPECTS = "4a, 4b, 4c, 5a, 5b, 6a, 6b, 6c, 6d"
QUESTIONS = """\
  questions:
    4a:
      - {nl: "Wanneer sprak het MT met de FG?", en: "When did the board last talk with the DPO?"}
      - {nl: "Wie mag bij ons de back-ups zien?", en: "Who may see our back-ups?"}
    6C: [{nl: "Wanneer hoorde de raad dit voor het laatst?", en: "When did the council last hear of this?"}]
"""
STATEMENTS = """\
  statements:
    - id: regie
      text: {nl: De top stuurt zelf op data., en: The top steers data itself.}
    - id: grens
      text: {nl: "Wat kan, mag niet altijd.", en: "What is possible is not always allowed."}
    - id: klein
      text: {nl: Klein beginnen werkt., en: Starting small works.}
"""
FULL = f"{TRIANGLE}debrief:\n{QUESTIONS}{STATEMENTS}"


def with_debrief(section: str) -> str:
    return f"{TRIANGLE}debrief:\n{section}"


# -- good files ------------------------------------------------------------------------------


def test_a_scenario_with_a_debrief_section_loads_it() -> None:
    debrief = load_scenario_text(FULL, FILENAME).debrief
    assert list(debrief.questions) == ["4a", "6c"]  # in the file's order, the aspect's case folded
    first, second = debrief.questions["4a"]
    assert first.get("nl") == "Wanneer sprak het MT met de FG?"
    assert second.get("en") == "Who may see our back-ups?"
    assert [statement.id for statement in debrief.statements] == ["regie", "grens", "klein"]
    assert debrief.statements[1].text.get("en") == "What is possible is not always allowed."
    assert check_scenario_text(FULL, FILENAME)[1] == []  # not even a warning


def test_without_the_section_the_debrief_is_empty_and_either_part_may_stand_alone() -> None:
    assert load_scenario_text(TRIANGLE, FILENAME).debrief == DebriefContent()
    only_questions = load_scenario_text(with_debrief(QUESTIONS), FILENAME).debrief
    assert set(only_questions.questions) == {"4a", "6c"} and only_questions.statements == ()
    only_statements = load_scenario_text(with_debrief(STATEMENTS), FILENAME).debrief
    assert dict(only_statements.questions) == {} and len(only_statements.statements) == 3


def test_one_question_on_its_own_is_a_list_of_one() -> None:
    text = with_debrief('  questions:\n    4a: {nl: "Kennen we onze FG?", en: "Do we know our DPO?"}\n')
    (question,) = load_scenario_text(text, FILENAME).debrief.questions["4a"]
    assert question.get("en") == "Do we know our DPO?"


def test_the_json_schema_accepts_the_section_and_refuses_its_mistakes() -> None:
    schema = scenario_schema()
    data = FULL.replace("6C:", "6c:")  # the loader folds an aspect's case, the schema offers lower case
    jsonschema.validate(yaml.safe_load(data), schema)
    bad = yaml.safe_load(data)
    bad["debrief"]["questions"]["7a"] = ["Een vraag?"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    bad = yaml.safe_load(data)
    bad["debrief"]["statements"] = bad["debrief"]["statements"][:2]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


# -- mistakes, each at its place -------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "at", "message"),
    [
        (
            "    6C:",
            "    4 a:",
            "4 a",
            "unknown aspect '4 a' in 'questions' of 'debrief'; did you mean '4a'?",
        ),
        (
            "    6C:",
            "    7c:",
            "7c",
            f"unknown aspect '7c' in 'questions' of 'debrief'; the essay's aspects are {ASPECTS}",
        ),
        (
            "  questions:",
            "  questoins:",
            "questoins",
            "unknown key 'questoins' in 'debrief'; did you mean 'questions'?",
        ),
        (
            "    - id: klein",
            "    - id: regie",
            "regie\n      text: {nl: Klein",
            "statement id 'regie' is used twice (first on line 79)",
        ),
        (
            "    - id: klein",
            "    - id: 3klein",
            "3klein",
            "statement id '3klein' may only contain letters, digits, '_' and '-', "
            "and must start with a letter",
        ),
        (
            '      - {nl: "Wie mag bij ons de back-ups zien?", en: "Who may see our back-ups?"}',
            '      - {nl: "Wie mag bij ons de back-ups zien?"}',
            '{nl: "Wie mag',
            "question 2 for aspect '4a' has no 'en' translation",
        ),
        (
            "    6C: [{",
            "    6C: []\n    6d: [{",
            "[]",
            "the questions for aspect '6c' are empty; write a list of questions, "
            "or leave the aspect out to get the game's own",
        ),
    ],
)
def test_a_mistake_in_the_section_is_said_at_its_place(old: str, new: str, at: str, message: str) -> None:
    text = FULL.replace(old, new, 1)
    assert text != FULL
    assert_problem(single_error(text), message, position(text, at))


def test_a_misspelt_key_of_a_statement_is_said_with_the_key_it_lacks() -> None:
    text = FULL.replace("      text: {nl: Klein", "      tekst: {nl: Klein", 1)
    unknown, missing = sorted(errors(text), key=lambda problem: problem.message, reverse=True)
    assert_problem(
        unknown, "unknown key 'tekst' in statement 3; did you mean 'text'?", position(text, "tekst")
    )
    assert_problem(missing, "statement 3 is missing 'text'", position(text, "id: klein"))


def test_the_same_aspect_twice_is_said_at_the_second() -> None:
    text = FULL.replace("    6C:", "    4A:", 1)
    assert_problem(
        single_error(text),
        "the aspect '4a' has questions twice in 'debrief' (first on line 74)",
        position(text, "4A:"),
    )
    assert position(text, "    4a:")[0] == 74


@pytest.mark.parametrize("count", [2, 6])
def test_three_to_five_statements(count: int) -> None:
    items = "".join(
        f"    - id: s{number}\n      text: {{nl: Stelling {number}., en: Statement {number}.}}\n"
        for number in range(count)
    )
    text = with_debrief(f"  statements:\n{items}")
    assert_problem(
        single_error(text),
        f"'statements' of 'debrief' has {count} statements; give 3 to 5, each scored 1 to 5 before and after "
        "the game",
        position(text, "- id: s0"),
    )


def test_at_most_five_questions_an_aspect() -> None:
    items = "".join(f'      - {{nl: "Vraag {number}?", en: "Question {number}?"}}\n' for number in range(6))
    text = with_debrief(f"  questions:\n    4a:\n{items}")
    assert_problem(
        single_error(text),
        "aspect '4a' has 6 questions; give it at most 5",
        position(text, '{nl: "Vraag 5?"'),
    )


def test_an_empty_part_is_said_after_its_key() -> None:
    text = with_debrief("  questions:\n")
    message = (
        "'questions' of 'debrief' is empty; for example:  "
        '4b: ["Staan onze algoritmen in het algoritmeregister?"]'
    )
    assert_problem(single_error(text), message, position(text, "  questions:", len("  questions:")))


@pytest.mark.parametrize(
    ("section", "at", "message"),
    [
        (
            "debrief:\n",
            "debrief:",
            "'debrief' is empty; give it 'questions', 'statements' or both, or leave it out",
        ),
        (
            "debrief: {}\n",
            "{}",
            "'debrief' has neither 'questions' nor 'statements'; give one of them, or leave it out",
        ),
        (
            "debrief:\n  questions: [4a]\n",
            "[4a]",
            "'questions' of 'debrief' must be a block of aspects with their questions, not a list; "
            'for example:  4b: ["Staan onze algoritmen in het algoritmeregister?"]',
        ),
        (
            "debrief:\n  statements: regie\n",
            "regie",
            "'statements' of 'debrief' must be a list, like - {id: regie, text: {nl: ..., en: ...}}, "
            "not 'regie'",
        ),
    ],
)
def test_a_section_of_the_wrong_shape(section: str, at: str, message: str) -> None:
    text = TRIANGLE + section
    problem = single_error(text)
    # an empty value is said just after its key
    assert_problem(problem, message, position(text, at, len(at) if at.endswith(":") else 0))


def test_a_question_for_an_aspect_no_card_carries_is_a_warning() -> None:
    text = FULL.replace("    6C:", "    5b:", 1)
    scenario, problems = check_scenario_text(text, FILENAME)
    assert scenario is not None and errors(text) == []
    (warning,) = problems
    assert warning.severity == "warning"
    assert_problem(
        warning,
        "no card has the aspect '5b', so the debrief never asks these questions; add '5b' to a card's "
        "'aspects' or leave them out",
        position(text, "5b:"),
    )


# -- the workbook's 'Nabespreking' sheet -----------------------------------------------------


@pytest.fixture
def debrief_file(tmp_path: Path) -> Path:
    path = tmp_path / "nabespreking.yaml"
    path.write_text(FULL, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_the_section_round_trips_through_a_workbook(debrief_file: Path, suffix: str, tmp_path: Path) -> None:
    from game.cli.workbook import run_export, run_import

    original = load_scenario(debrief_file)
    workbook = tmp_path / f"nabespreking{suffix}"
    assert run_export(debrief_file, workbook) == 0
    from_workbook, problems = check_scenario(workbook)
    assert problems == [] and from_workbook is not None
    assert from_workbook.debrief == original.debrief
    back = tmp_path / "terug.yaml"
    assert run_import(workbook, back) == 0
    assert load_scenario(back).debrief == original.debrief


def test_the_sheet_has_a_row_per_question_and_per_statement(debrief_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "nabespreking.xlsx"
    export_workbook(load_scenario(debrief_file), path)
    rows = [[cell.value for cell in row] for row in openpyxl.load_workbook(path)["Nabespreking"].iter_rows()]
    assert rows[0] == ["aspect", "statement", "text_nl", "text_en"]
    assert [row[:3] for row in rows[1:]] == [
        ["4a", None, "Wanneer sprak het MT met de FG?"],
        ["4a", None, "Wie mag bij ons de back-ups zien?"],
        ["6c", None, "Wanneer hoorde de raad dit voor het laatst?"],
        [None, "regie", "De top stuurt zelf op data."],
        [None, "grens", "Wat kan, mag niet altijd."],
        [None, "klein", "Klein beginnen werkt."],
    ]


def test_a_workbook_without_the_sheet_or_with_an_empty_one_has_no_debrief(tmp_path: Path) -> None:
    source = tmp_path / "driehoek.yaml"
    source.write_text(TRIANGLE, encoding="utf-8")
    path = tmp_path / "driehoek.xlsx"
    export_workbook(load_scenario(source), path)  # the sheet is there, with its header only
    assert load_scenario(path).debrief == DebriefContent()
    workbook = openpyxl.load_workbook(path)
    del workbook["Nabespreking"]
    workbook.save(path)
    assert load_scenario(path).debrief == DebriefContent()


def debrief_book(
    debrief_file: Path, tmp_path: Path, edit: Callable[[openpyxl.Workbook], None]
) -> tuple[Path, list[str]]:
    path = tmp_path / "nabespreking.xlsx"
    export_workbook(load_scenario(debrief_file), path)
    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    workbook.save(path)
    return path, [str(problem) for problem in check_scenario(path)[1] if problem.is_error]


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (
            {"A3": "4e"},
            "Nabespreking!A3: unknown aspect '4e' in 'questions' of 'debrief'; "
            f"the essay's aspects are {ASPECTS}",
        ),
        (
            {"A3": "4 a"},
            "Nabespreking!A3: unknown aspect '4 a' in 'questions' of 'debrief'; did you mean '4a'?",
        ),
        (
            {"B2": "extra"},
            "Nabespreking!B2: a row is a question (an aspect) or a statement (an id), not both; give the "
            "statement a row of its own",
        ),
        (
            {"A3": None},
            "Nabespreking!A3: this row has no aspect (for a question) and no statement id; type one of them",
        ),
        ({"B7": "regie"}, "Nabespreking!B7: statement id 'regie' is used twice (first in Nabespreking!B5)"),
        ({"D7": None}, "Nabespreking!D7: the text of statement 'klein' has no 'en' translation"),
        ({"C2": None, "D2": None}, "Nabespreking!C2: question 1 for aspect '4a' is empty; write a text"),
        (
            {
                "B5": None,
                "B6": None,
                "B7": None,
                "C5": None,
                "D5": None,
                "C6": None,
                "D6": None,
                "C7": None,
                "D7": None,
            },
            "",
        ),
        ({"E1": "vraag"}, "Nabespreking!E1: unknown column 'vraag' in sheet 'Nabespreking'"),
    ],
)
def test_a_mistake_in_the_sheet_points_at_its_cell(
    debrief_file: Path, tmp_path: Path, cells: dict[str, str | None], message: str
) -> None:
    def edit(workbook: openpyxl.Workbook) -> None:
        for cell, value in cells.items():
            workbook["Nabespreking"][cell] = value

    path, problems = debrief_book(debrief_file, tmp_path, edit)
    assert problems == ([f"{path}:{message}"] if message else [])


# -- the shipped scenarios -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["lindenhout", "raadssessie"])
def test_the_essay_scenarios_ask_their_own_questions_on_every_aspect_their_cards_carry(name: str) -> None:
    scenario = load_scenario(SCENARIOS_DIR / f"{name}.yaml")
    carried = {aspect for card in scenario.cards for aspect in card.aspects}
    assert set(scenario.debrief.questions) == carried
    assert 3 <= len(scenario.debrief.statements) <= 5
    for questions in scenario.debrief.questions.values():
        for question in questions:
            assert question.get("nl").endswith("?") and question.get("en").endswith("?"), question
