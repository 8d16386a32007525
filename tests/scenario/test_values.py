"""Wrong values and shapes: numbers, translations, option counts, ranges, required and unknown keys."""

from __future__ import annotations

import pytest

from game.scenario import check_scenario_text, load_scenario_text
from tests.scenario.helpers import BASE, FILENAME, assert_problem, change, errors, position, single_error


@pytest.mark.parametrize(
    ("new", "fragment", "shown"),
    [
        ("effects: {trust: veel}", "veel", "'veel'"),
        ("effects: {trust: yes}", "yes", "'yes' (true/false)"),
        ("effects: {trust: [5]}", "[5]", "a list"),
    ],
)
def test_an_effect_that_is_not_a_number(new: str, fragment: str, shown: str) -> None:
    text = change("effects: {trust: 5}", new)
    message = f"the effect on 'trust' must be a number, like 5 or -10, not {shown}"
    assert_problem(single_error(text), message, position(text, fragment))


def test_a_quoted_number_gets_a_hint() -> None:
    text = change("effects: {trust: 5}", 'effects: {trust: "5"}')
    message = (
        "the effect on 'trust' must be a number, like 5 or -10, not '5'; remove the quotes around the number"
    )
    assert_problem(single_error(text), message, position(text, '"5"'))


def test_an_empty_effect() -> None:
    text = change("effects: {trust: 5}", "effects: {trust: }")
    message = "the effect on 'trust' is empty, but must be a number, like 5 or -10"
    assert single_error(text).message == message


def test_a_missing_translation() -> None:
    text = change("title: {nl: Robot, en: Robot}", "title: {nl: Robot}")
    message = "the title of card 'robot' has no 'en' translation"
    assert_problem(single_error(text), message, position(text, "{nl: Robot}"))


def test_a_missing_translation_in_a_block_mapping() -> None:
    text = change("    name: {nl: Vertrouwen, en: Trust}\n", "    name:\n      nl: Vertrouwen\n")
    assert_problem(
        single_error(text),
        "the name of meter 'trust' has no 'en' translation",
        position(text, "nl: Vertrouwen"),
    )


def test_an_undeclared_language() -> None:
    text = change("title: {nl: Robot, en: Robot}", "title: {nl: Robot, en: Robot, fr: Robot}")
    message = "'fr' is not one of the scenario's languages (nl, en)"
    assert_problem(single_error(text), message, position(text, "fr:"))


def test_a_misspelt_language_suggests_the_declared_one() -> None:
    text = change("title: {nl: Robot, en: Robot}", "title: {nl: Robot, eb: Robot}")
    messages = [problem.message for problem in errors(text)]
    assert messages == [
        "the title of card 'robot' has no 'en' translation",
        "'eb' is not one of the scenario's languages (nl, en); did you mean 'en'?",
    ]


def test_a_plain_string_is_the_same_text_in_every_language() -> None:
    scenario = load_scenario_text(BASE, FILENAME)
    speaker = scenario.card("robot").speaker
    assert speaker.get("nl") == speaker.get("en") == "Bode"
    assert scenario.theme("inclusion").name.get("en") == "Inclusie"


@pytest.mark.parametrize(("count", "options"), [(1, "      - label: A\n        effects: {}\n"), (5, None)])
def test_fewer_than_2_or_more_than_4_options(count: int, options: str | None) -> None:
    old = "      - label: A\n        effects: {trust: -5}\n      - label: B\n        effects: {}\n"
    new = options or "".join(f"      - label: {n}\n        effects: {{}}\n" for n in "ABCDE")
    text = change(old, new)
    message = f"card 'krant' has {count} option{'s' if count > 1 else ''}; a card needs 2 to 4 options"
    assert_problem(single_error(text), message, position(text, "- label: A"))


@pytest.mark.parametrize(
    ("old", "new", "fragment", "message"),
    [
        ("format: 1", "format: 2", "2", "this game reads scenario format 1, not format 2; write 'format: 1'"),
        ("years: 2", "years: 0", "0", "'years' must be at least 1, not 0"),
        ("turns_per_year: 2", "turns_per_year: drie", "drie",
         "'turns_per_year' must be a whole number, like 3, not 'drie'"),
        ("    min: 0\n    max: 100", "    min: 80\n    max: 20", "80",
         "'min' of meter 'trust' (80) must be smaller than 'max' (20)"),
        ("budget: {name: Budget, start: 50}", "budget: {name: Budget, start: 150}", "150",
         "meter 'budget' starts at 150, outside its range 0 to 100"),
        ("scheduled_only: true", "scheduled_only: true\n    at: {year: 3, turn: 1}", "3,",
         "the year in 'at' of card 'krant' must be between 1 and 2, not 3 (the term has 2 years)"),
        ("scheduled_only: true", "scheduled_only: true\n    at: {year: 1, turn: 0}", "0}",
         "the turn in 'at' of card 'krant' must be between 1 and 2, not 0 (the term has 2 turns in a year)"),
        ("after: 1", "after: 0", "0", "'after' must be 1 (the next turn) or more, not 0"),
        ("scheduled_only: true", "scheduled_only: true\n    weight: 0", "0",
         "the weight of card 'krant' must be greater than 0, not 0"),
        ("scheduled_only: true", "scheduled_only: ja", "ja",
         "'scheduled_only' of card 'krant' must be true or false, not 'ja'"),
        ("start_year: 2027", "start_year: 2027.5", "2027.5",
         "'start_year' must be a whole number, like 2027, not '2027.5'"),
        ("languages: [nl, en]", "languages: [nl, en, nl]", "nl]", "language 'nl' is listed twice"),
    ],
)  # fmt: skip
def test_a_value_out_of_range_or_of_the_wrong_kind(old: str, new: str, fragment: str, message: str) -> None:
    text = change(old, new)
    assert_problem(single_error(text), message, position(text, new, new.index(fragment)))


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("nl", "'year' in 'at' van kaart 'krant' moet 1 zijn, niet 2 (de termijn heeft 1 jaar)"),
        ("en", "the year in 'at' of card 'krant' must be 1, not 2 (the term has 1 year)"),
    ],
)
def test_an_at_in_a_one_year_term_names_the_one_year_it_may_be(lang: str, message: str) -> None:
    text = change("scheduled_only: true", "scheduled_only: true\n    at: {year: 2, turn: 1}")
    problem = single_error(change("years: 2", "years: 1", text))
    assert problem.said(lang) == message


def test_the_last_profile_may_omit_when_but_earlier_ones_must_have_it() -> None:
    text = change("    when: trust >= 60\n", "")
    message = "profile 'verbinder' is missing 'when'; only the last profile may leave it out"
    assert_problem(single_error(text), message, position(text, "id: verbinder"))


def test_an_ending_needs_when() -> None:
    text = change("    when: budget <= 0\n", "")
    message = "ending 'failliet' is missing 'when' (the condition that ends the game)"
    assert_problem(single_error(text), message, position(text, "id: failliet"))


def test_missing_required_keys_are_listed_together() -> None:
    text = change("    speaker: Krant\n    title: Krant\n", "")
    message = "card 'krant' is missing 'speaker' and 'title'"
    assert_problem(single_error(text), message, position(text, "id: krant"))


def test_an_unknown_key_suggests_the_nearest() -> None:
    text = change("    scheduled_only: true\n", "    sheduled_only: true\n")
    problem = errors(text)[0]
    message = "unknown key 'sheduled_only' in card 'krant'; did you mean 'scheduled_only'?"
    assert_problem(problem, message, position(text, "sheduled_only"))


def test_an_option_key_on_the_card_is_explained() -> None:
    text = change("    text: Een krant.\n", "    text: Een krant.\n    feedback: Goed zo.\n")
    message = "'feedback' does not belong in card 'krant'; it belongs inside one of the card's options"
    assert_problem(single_error(text), message, position(text, "feedback"))


def test_notes_are_allowed_on_a_card() -> None:
    text = change(
        "    text: Een krant.\n",
        "    text: Een krant.\n    notes: {nl: Wat zou jij doen?, en: What would you do?}\n",
    )
    scenario = load_scenario_text(text, FILENAME)
    notes = scenario.card("krant").notes
    assert notes is not None and notes.get("en") == "What would you do?"


def test_meter_min_and_max_default_to_0_and_100() -> None:
    meter = load_scenario_text(BASE, FILENAME).meter("budget")
    assert (meter.minimum, meter.maximum) == (0, 100)


def test_all_problems_are_reported_in_one_pass_in_reading_order() -> None:
    text = change("format: 1", "format: 3")
    text = change("effects: {trust: 5}", "effects: {trust: yes}", text)
    text = change("- card: krant", "- card: kran", text)
    text = change("themes: [privacy, inclusion]", "themes: [privacy, inclsion]", text)
    text = change("when: trust >= 60", "when: trust >= 60 and onbekend", text)
    found = errors(text)
    assert len(found) == 5
    assert [problem.line for problem in found] == sorted(problem.line for problem in found)


def test_a_warning_alone_does_not_stop_the_scenario() -> None:
    text = change("        then:\n          - card: krant\n            after: 1\n", "")
    scenario, problems = check_scenario_text(text, FILENAME)
    assert scenario is not None
    assert all(not problem.is_error for problem in problems)
    expected = (
        f"{FILENAME}:{position(text, 'id: krant')[0]}:9: warning: card 'krant' is "
        "never played: it has 'scheduled_only: true', so it comes only when an option "
        "schedules it with 'then', and no option does. Schedule it in an option's 'then', or remove "
        "'scheduled_only: true' so it goes into the deck"
    )
    assert expected in [str(problem) for problem in problems]


def test_a_single_word_is_accepted_where_a_list_of_ids_is_expected() -> None:
    text = change("set: [robot_geplaatst]", "set: robot_geplaatst")
    text = change("themes: [privacy]", "themes: privacy", text)
    card = load_scenario_text(text, FILENAME).card("robot")
    assert card.options[0].set_flags == ("robot_geplaatst",)
    assert card.themes == ("privacy",)


def test_a_follow_up_written_as_a_plain_word_is_explained() -> None:
    text = change("then:\n          - card: krant\n            after: 1", "then: [krant]")
    message = "write each follow-up in 'then' as '- card: krant' with 'after: 1' below it"
    assert_problem(single_error(text), message, position(text, "krant]"))
