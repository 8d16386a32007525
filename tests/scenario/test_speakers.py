"""The `speakers` section and the `icon` of meters and speakers: built-in pictograms, a scenario's own image
files inside its folder, and every mistake reported with its line and column."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from game.core.model import DEFAULT_METER_ICON, DEFAULT_SPEAKER_ICON, Scenario
from game.scenario import Problem, check_scenario, check_scenario_text
from game.scenario.icons import MAX_ICON_BYTES, edit_distance, near_miss
from game.scenario.pictograms import METER_DEFAULT, SPEAKER_DEFAULT
from game.ui.measure import card_text_overflows
from tests.scenario.helpers import BASE, FILENAME, assert_problem, change, position

SPEAKERS = """\
speakers:
  bode:
    name: {nl: Bode, en: Usher}
    icon: usher
  krant:
    name: {nl: Lokale krant, en: Local paper}
    icon: icons/krant.svg
"""
GOOD = change(
    "    speaker: Krant\n",
    "    speaker: krant\n",
    change(
        "    speaker: Bode\n",
        "    speaker: bode\n",
        change("themes:\n  privacy", SPEAKERS + "themes:\n  privacy"),
    ),
)
MAYOR = "  mayor:\n    name: {nl: Burgemeester, en: Mayor}\n"
WITH_MAYOR = change("    icon: icons/krant.svg\n", "    icon: icons/krant.svg\n" + MAYOR, GOOD)
BASE_WARNINGS = {problem.message for problem in check_scenario_text(BASE, FILENAME)[1]}
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'


def folder_with_icons(tmp_path: Path) -> Path:
    (tmp_path / "icons").mkdir(exist_ok=True)
    (tmp_path / "icons" / "krant.svg").write_bytes(SVG)
    (tmp_path / "icons" / "geld.PNG").write_bytes(b"not really a png: the loader never opens it")
    (tmp_path / "icons" / "foto.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "icons" / "animatie.gif").write_bytes(b"GIF89a")
    return tmp_path


def check(tmp_path: Path, text: str) -> tuple[Scenario | None, list[Problem]]:
    """The scenario and its problems, leaving out the warnings about the base file itself (its untranslated
    texts, its short deck)."""
    path = folder_with_icons(tmp_path) / "spel.yaml"
    path.write_text(text, encoding="utf-8")
    scenario, problems = check_scenario(path)
    ours = [problem for problem in problems if problem.message not in BASE_WARNINGS]
    return scenario, [problem for problem in ours if "is not translated into" not in problem.message]


def only_error(tmp_path: Path, text: str) -> Problem:
    scenario, problems = check(tmp_path, text)
    errors = [problem for problem in problems if problem.is_error]
    assert scenario is None and len(errors) == 1, "\n".join(map(str, problems))
    return errors[0]


def warnings(tmp_path: Path, text: str) -> list[Problem]:
    scenario, problems = check(tmp_path, text)
    assert scenario is not None, "\n".join(map(str, problems))
    return [problem for problem in problems if not problem.is_error]


def with_icon(icon: str, text: str = GOOD) -> str:
    return change("    icon: icons/krant.svg\n", f"    icon: {icon}\n", text)


# -- a good file ----------------------------------------------------------------------------------------


def test_a_good_file_with_speakers_and_own_icons_has_no_problems(tmp_path: Path) -> None:
    text = change("    icon: usher\n", "    icon: icons/foto.jpg\n", GOOD)
    text = change("    speaker: bode\n", "    speaker: KRANT_\n", text)
    text = change("    speaker: krant\n", "    speaker: bode\n", text).replace("KRANT_", "krant")
    text = change(
        "budget: {name: Budget, start: 50}", "budget: {name: Budget, start: 50, icon: budget}", text
    )
    text = change("    max: 100\n", "    max: 100\n    icon: icons/geld.PNG\n", text)
    scenario, problems = check(tmp_path, text)
    assert problems == []
    assert scenario is not None
    folder = tmp_path.resolve()
    assert [speaker.id for speaker in scenario.speakers] == ["bode", "krant"]
    assert scenario.speakers_by_id["krant"].icon == str(folder / "icons" / "krant.svg")
    assert scenario.speakers_by_id["bode"].icon == str(folder / "icons" / "foto.jpg")
    robot, krant = scenario.card("robot"), scenario.card("krant")
    assert (robot.speaker_id, robot.speaker.get("en"), robot.speaker_icon) == (
        "krant",
        "Local paper",
        str(folder / "icons" / "krant.svg"),
    )
    assert (krant.speaker_id, krant.speaker.get("nl"), krant.speaker_icon) == (
        "bode",
        "Bode",
        str(folder / "icons" / "foto.jpg"),
    )
    assert scenario.meter("budget").icon == "budget"
    assert scenario.meter("trust").icon == str(folder / "icons" / "geld.PNG")
    assert all(Path(icon).is_absolute() for icon in (robot.speaker_icon, scenario.meter("trust").icon))


def test_a_speaker_without_an_icon_gets_the_default(tmp_path: Path) -> None:
    text = change("    icon: usher\n", "", GOOD)
    scenario, problems = check(tmp_path, text)
    assert problems == []
    assert scenario is not None
    assert scenario.speakers_by_id["bode"].icon == scenario.card("robot").speaker_icon == SPEAKER_DEFAULT


def test_built_in_names_and_defaults(tmp_path: Path) -> None:
    scenario, problems = check(tmp_path, GOOD)
    assert problems == []
    assert scenario is not None
    assert scenario.card("robot").speaker_icon == "usher"
    assert [meter.icon for meter in scenario.meters] == [METER_DEFAULT, METER_DEFAULT]
    assert (DEFAULT_METER_ICON, DEFAULT_SPEAKER_ICON) == (
        METER_DEFAULT,
        SPEAKER_DEFAULT,
    )  # core and scenario agree


def test_without_a_speakers_section_a_speaker_is_free_text_as_before() -> None:
    scenario, _ = check_scenario_text(change("    speaker: Bode\n", "    speaker: mayor\n"), "test.yaml")
    assert scenario is not None
    card = scenario.card("robot")
    assert (card.speaker.get("nl"), card.speaker_id, card.speaker_icon) == ("mayor", None, SPEAKER_DEFAULT)
    assert scenario.speakers == ()


def test_a_card_may_keep_a_free_text_speaker_beside_the_section(tmp_path: Path) -> None:
    text = change("    speaker: krant\n", "    speaker: {nl: Inwoner, en: Resident}\n", GOOD)
    text = change(
        "  krant:\n    name: {nl: Lokale krant, en: Local paper}\n    icon: icons/krant.svg\n", "", text
    )
    scenario, problems = check(tmp_path, text)
    assert problems == []
    assert scenario is not None
    card = scenario.card("krant")
    assert (card.speaker.get("en"), card.speaker_id, card.speaker_icon) == ("Resident", None, SPEAKER_DEFAULT)


def test_reading_never_opens_an_image_nor_imports_pygame(tmp_path: Path) -> None:
    """Only the place, type and size of a file are checked: 'geld.PNG' holds no image at all."""
    text = change("    max: 100\n", "    max: 100\n    icon: icons/geld.PNG\n", GOOD)
    before = "pygame" in sys.modules
    scenario, problems = check(tmp_path, text)
    assert scenario is not None and problems == []
    assert ("pygame" in sys.modules) == before


# -- errors ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("icon", "message"),
    [
        ("wethouder", "unknown speaker icon 'wethouder'; did you mean 'alderman'?"),
        ("Mayor", "unknown speaker icon 'Mayor'; did you mean 'mayor'?"),
        ("team_lead", "unknown speaker icon 'team_lead'; did you mean 'team-lead'?"),
        ("majeur", "unknown speaker icon 'majeur'; did you mean 'mayor' or 'manager'?"),
    ],
)
def test_an_unknown_built_in_name_suggests_the_closest(tmp_path: Path, icon: str, message: str) -> None:
    text = with_icon(icon)
    assert_problem(only_error(tmp_path, text), message, position(text, f"icon: {icon}\n", 6))


def test_an_unknown_name_far_from_every_name_lists_them_all(tmp_path: Path) -> None:
    text = with_icon("xyzzy")
    problem = only_error(tmp_path, text)
    assert problem.message.startswith(
        "unknown speaker icon 'xyzzy'; the built-in speaker icons are mayor, alderman,"
    )
    assert problem.message.endswith(
        ", person; or write the path of an image file beside the scenario, like icons/wethouder.svg"
    )
    assert (problem.line, problem.column) == position(text, "icon: xyzzy", 6)


def test_an_unknown_meter_icon(tmp_path: Path) -> None:
    text = change("budget: {name: Budget, start: 50}", "budget: {name: Budget, start: 50, icon: budgt}", GOOD)
    assert_problem(
        only_error(tmp_path, text),
        "unknown meter icon 'budgt'; did you mean 'budget'?",
        position(text, "budgt"),
    )
    text = change("budget: {name: Budget, start: 50}", "budget: {name: Budget, start: 50, icon: mayor}", GOOD)
    problem = only_error(tmp_path, text)
    assert problem.message.startswith(
        "unknown meter icon 'mayor'; the built-in meter icons are legitimacy, trust,"
    )


ADVICE = "put the file in the scenario's folder (or a folder inside it) and write its path from there"


@pytest.mark.parametrize(
    ("icon", "message"),
    [
        ("../x.svg", f"the file reference '../x.svg' leads out of the scenario's folder ('..'); {ADVICE}"),
        (
            "icons/../../x.svg",
            f"the file reference 'icons/../../x.svg' leads out of the scenario's folder ('..'); {ADVICE}",
        ),
        ("/etc/x.svg", f"the file reference '/etc/x.svg' is an absolute path; {ADVICE}"),
        (
            '"C:\\\\icons\\\\x.svg"',
            f"the file reference 'C:\\\\icons\\\\x.svg' names a drive or network share; {ADVICE}",
        ),
        (
            "https://example.com/x.svg",
            f"the file reference 'https://example.com/x.svg' is a web address or URL; {ADVICE}",
        ),
        ("file:x.svg", f"the file reference 'file:x.svg' is a web address or URL; {ADVICE}"),
    ],
)
def test_a_reference_outside_the_folder_is_refused(tmp_path: Path, icon: str, message: str) -> None:
    text = with_icon(icon)
    assert_problem(only_error(tmp_path, text), message, position(text, f"icon: {icon}\n", 6))


def test_a_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "elders"
    outside.mkdir()
    (outside / "geheim.svg").write_bytes(SVG)
    scenario_folder = tmp_path / "scenario"
    scenario_folder.mkdir()
    (scenario_folder / "lek.svg").symlink_to(outside / "geheim.svg")
    text = with_icon("lek.svg")
    problem = only_error(scenario_folder, text)
    assert problem.message.startswith(
        "the file reference 'lek.svg' is a link to a place outside the scenario's folder"
    )
    assert (problem.line, problem.column) == position(text, "icon: lek.svg", 6)


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    text = with_icon("icons/weg.svg")
    message = (
        "the icon file 'icons/weg.svg' does not exist; put it in the scenario's folder (or a folder inside "
        "it) and write its path from there"
    )
    assert_problem(only_error(tmp_path, text), message, position(text, "icons/weg.svg"))


@pytest.mark.parametrize(
    ("icon", "kind"),
    [
        ("icons/animatie.gif", "a '.gif' file"),
        ("icons/krant.svg.txt", "a '.txt' file"),
        ("icons/README", "a file without an extension"),
    ],
)
def test_a_file_of_another_type_is_an_error(tmp_path: Path, icon: str, kind: str) -> None:
    text = with_icon(icon)
    message = (
        f"the icon file '{icon}' is {kind}; an icon must be an SVG, PNG or JPEG image "
        "(.svg, .png, .jpg or .jpeg)"
    )
    assert_problem(only_error(tmp_path, text), message, position(text, icon))


def test_a_folder_is_no_icon(tmp_path: Path) -> None:
    text = with_icon("icons/")
    problem = only_error(tmp_path, text)
    assert problem.message == "the file reference 'icons/' names a folder, not a file"


def test_a_file_over_one_megabyte_is_refused(tmp_path: Path) -> None:
    (tmp_path / "groot").mkdir()
    (tmp_path / "groot" / "foto.png").write_bytes(b"\0" * (MAX_ICON_BYTES + 1))
    text = with_icon("groot/foto.png")
    message = (
        "the icon file 'groot/foto.png' is too large (1.0 MB); an icon may be at most 1 MB: save it as an "
        "SVG, or as a PNG of at most 512x512 pixels"
    )
    assert_problem(only_error(tmp_path, text), message, position(text, "groot/foto.png"))
    (tmp_path / "groot" / "foto.png").write_bytes(b"\0" * MAX_ICON_BYTES)
    assert check(tmp_path / "groot", text.replace("groot/foto.png", "foto.png"))[0] is not None


def test_a_speaker_id_given_twice_is_an_error(tmp_path: Path) -> None:
    text = change("  krant:\n", "  bode:\n    name: Tweede\n  krant:\n", GOOD)
    first = position(text, "  bode:\n    name: {nl")[0]
    assert_problem(
        only_error(tmp_path, text),
        f"speaker 'bode' is defined twice (first on line {first})",
        position(text, "bode:\n    name: Tweede"),
    )


@pytest.mark.parametrize(
    ("speaker_id", "message"),
    [
        (
            "1mayor",
            "speaker id '1mayor' may only contain letters, digits, '_' and '-', and must start with a letter",
        ),
        (
            "de.bode",
            "speaker id 'de.bode' may only contain letters, digits, '_' and '-', "
            "and must start with a letter",
        ),
    ],
)
def test_speaker_ids_follow_the_rules_of_every_id(tmp_path: Path, speaker_id: str, message: str) -> None:
    text = change("  mayor:\n", f"  {speaker_id}:\n", WITH_MAYOR)
    assert_problem(only_error(tmp_path, text), message, position(text, f"  {speaker_id}:\n", 2))


@pytest.mark.parametrize("speaker_id", ["de-bode", "year"])
def test_a_speaker_id_may_hold_a_hyphen_or_a_word_of_conditions(tmp_path: Path, speaker_id: str) -> None:
    """No condition names a speaker: its id is a label, not a name."""
    text = change("  mayor:\n", f"  {speaker_id}:\n", WITH_MAYOR).replace(
        "speaker: mayor", f"speaker: {speaker_id}"
    )
    scenario, problems = check(tmp_path, text)
    assert scenario is not None, "\n".join(map(str, problems))
    assert speaker_id in {speaker.id for speaker in scenario.speakers}


def test_a_speaker_needs_a_name_and_knows_no_other_keys(tmp_path: Path) -> None:
    text = change("    name: {nl: Burgemeester, en: Mayor}\n", "    naam: Burgemeester\n", WITH_MAYOR)
    _, problems = check(tmp_path, text)
    errors = [problem for problem in problems if problem.is_error]
    assert [problem.message for problem in errors] == [
        "unknown key 'naam' in speaker 'mayor'; did you mean 'name'?",
        "speaker 'mayor' is missing 'name'",
    ]
    assert [(p.line, p.column) for p in errors] == [position(text, "naam")] * 2


def test_the_section_must_be_a_block_of_speakers(tmp_path: Path) -> None:
    text = change(
        SPEAKERS,
        "speakers: [bode, krant]\n",
        change("speaker: bode", "speaker: Bode", change("speaker: krant", "speaker: Krant", GOOD)),
    )
    problem = only_error(tmp_path, text)
    assert problem.message.startswith(
        "'speakers' must be one entry per speaker, not a list; for example:  mayor: "
    )
    assert (problem.line, problem.column) == position(text, "[bode, krant]")


def test_a_bad_icon_is_reported_once_and_its_cards_still_name_the_speaker(tmp_path: Path) -> None:
    text = with_icon("wethouder")
    _, problems = check(tmp_path, text)
    assert [problem.message for problem in problems if problem.is_error] == [
        "unknown speaker icon 'wethouder'; did you mean 'alderman'?"
    ]
    assert not any("krant" in problem.message for problem in problems)


# -- warnings -------------------------------------------------------------------------------------------


def test_a_near_miss_of_a_speaker_id_is_a_did_you_mean_warning(tmp_path: Path) -> None:
    text = change("    speaker: krant\n", "    speaker: majeur\n", WITH_MAYOR)
    text = change(
        "  krant:\n    name: {nl: Lokale krant, en: Local paper}\n    icon: icons/krant.svg\n", "", text
    )
    found = warnings(tmp_path, text)
    messages = [problem.message for problem in found]
    near = (
        "the speaker 'majeur' of card 'krant' is not an id in 'speakers', so it is shown as written, with "
        "the default pictogram; did you mean 'mayor'?"
    )
    assert near in messages
    problem = found[messages.index(near)]
    assert (problem.line, problem.column) == position(text, "speaker: majeur", 9)
    assert "speaker 'mayor' is declared in 'speakers' but no card names it" in messages


@pytest.mark.parametrize("speaker", ["Krant", "krnat", "KRANT"])
def test_other_capitals_or_a_typo_are_near_misses(tmp_path: Path, speaker: str) -> None:
    text = change("    speaker: krant\n", f"    speaker: {speaker}\n", GOOD)
    messages = [problem.message for problem in warnings(tmp_path, text)]
    assert any(
        message.startswith(f"the speaker '{speaker}' of card 'krant'") and "did you mean 'krant'?" in message
        for message in messages
    )


def test_a_text_with_spaces_or_far_from_every_id_is_no_near_miss(tmp_path: Path) -> None:
    for speaker in ("Krant van gisteren", "Ombudsman", "{nl: Krant, en: Paper}"):
        text = change("    speaker: krant\n", f"    speaker: {speaker}\n", GOOD)
        messages = [problem.message for problem in warnings(tmp_path, text)]
        assert not any("did you mean" in message for message in messages), (speaker, messages)


def test_a_speaker_no_card_names_is_a_warning(tmp_path: Path) -> None:
    found = warnings(tmp_path, WITH_MAYOR)
    assert [problem.message for problem in found] == [
        "speaker 'mayor' is declared in 'speakers' but no card names it"
    ]
    assert (found[0].line, found[0].column) == position(WITH_MAYOR, "  mayor:\n", 2)
    assert found[0].severity == "warning"


def test_edit_distance_and_near_miss() -> None:
    assert edit_distance("majeur", "mayor") == 3
    assert edit_distance("", "abc") == edit_distance("abc", "") == 3
    assert edit_distance("krant", "krant") == 0
    assert near_miss("majeur", ["mayor", "bode"]) == "mayor"
    assert near_miss("Bode", ["mayor", "bode"]) == "bode"
    assert near_miss("ombudsman", ["mayor", "bode"]) is None
    assert near_miss("lokale krant", ["krant"]) is None
    assert near_miss("krant", []) is None


def test_a_declared_speaker_too_long_for_the_card_is_reported_once_at_its_name() -> None:
    pytest.importorskip("pygame")
    long = " ".join(["Verantwoordelijkheidsbeleidsmedewerker"] * 6)
    text = with_icon("journalist")
    text = change("    name: {nl: Bode, en: Usher}\n", f"    name: {{nl: {long}, en: Usher}}\n", text)
    text = change("    speaker: krant\n", "    speaker: bode\n", text)  # both cards name 'bode'
    _, problems = check_scenario_text(text, FILENAME, measure=card_text_overflows)
    found = [problem for problem in problems if "does not fit" in problem.message]
    assert [problem.message.split(" does not fit")[0] for problem in found] == [
        "speaker 'bode': the speaker (nl)"
    ]
    assert (found[0].line, found[0].column) == position(text, long)
