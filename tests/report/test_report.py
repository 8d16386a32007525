"""The debrief report of a known session: its sections, votes, feedback, questions and triangle, valid HTML
and SVG, escaped scenario texts; the CSV matches the decisions; the command line's files and errors."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ElementTree
from html.parser import HTMLParser
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.debrief import chosen_option
from game.core.engine import Game
from game.core.model import Scenario
from game.core.session_log import read_log
from game.report import load_session, render_csv, render_report, write_report
from game.report.minutes import BOM
from game.report.svg import SERIES_COLOURS
from tests.report.session import COUNCIL, GROUP, TIE, UNDONE_OPTION, play_session

VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr", "source"}


class Structure(HTMLParser):
    """Checks that every element is closed in order, and collects ids, text and the SVG elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.text: list[str] = []
        self.problems: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self.ids += [value for name, value in attrs if name == "id" and value]
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'} at {self.getpos()}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(page: str) -> Structure:
    structure = Structure()
    structure.feed(page)
    structure.close()
    assert not structure.problems, structure.problems[:3]
    assert not structure.stack, f"never closed: {structure.stack}"
    return structure


def plain(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Game, Scenario]:
    log = tmp_path_factory.mktemp("session") / "raad.jsonl"
    game, scenario = play_session(log)
    return log, game, scenario


@pytest.fixture(scope="module")
def page(session: tuple[Path, Game, Scenario]) -> str:
    return render_report(load_session(session[0]).report())


def test_the_report_has_every_section_and_is_well_formed(page: str) -> None:
    structure = parsed(page)
    for section in ("outcome", "chart", "decisions", "undone", "themes", "triangle", "questions"):
        assert section in structure.ids
    assert page.startswith("<!DOCTYPE html>") and '<html lang="nl">' in page
    text = plain(" ".join(structure.text))
    for heading in (
        "De uitkomst",
        "Verloop van de meters",
        "Alle besluiten",
        "Teruggenomen besluiten",
        "Waar ging de aandacht naartoe?",
        "De driehoek van publieke waarde",
        "Vragen voor het gesprek",
    ):
        assert heading in text
    assert "Raadssessie: een jaar digitaal besturen" in text
    assert "november 2026" in text  # started 2026-11-28 18:40 UTC, shown in local time
    assert f"Groep {GROUP}" in text  # the group's name, escaped in the source and shown as typed
    assert "Raad &amp; college &lt;Eikendaal&gt;" in page


def test_it_is_self_contained_and_has_a_print_style(page: str) -> None:
    assert "<script" not in page and "<link" not in page and " src=" not in page
    assert re.findall(r"https?://[^\"' ]+", page) == ["http://www.w3.org/2000/svg"] * 2  # the SVG namespaces
    assert "@media print" in page and "break-before: page" in page


def test_every_decision_with_its_option_votes_and_feedback(
    page: str, session: tuple[Path, Game, Scenario]
) -> None:
    _, game, scenario = session
    structure = parsed(page)
    text = plain(" ".join(structure.text))
    decided = [
        attrs.get("data-card")
        for tag, attrs in structure.tags
        if tag == "li" and attrs.get("class") == "decision"
    ]
    assert decided == [record.card for record in game.state.choices]
    for record in game.state.choices:
        card = scenario.card(record.card)
        option = card.options[record.option]
        assert f"{record.option + 1}. {scenario.text(option.label, 'nl')}" in text
        assert plain(scenario.text(option.feedback, "nl")) in text
        assert record.votes is not None
        assert " - ".join(map(str, record.votes)) in text
    assert f"Stemmen {' - '.join(map(str, TIE))} (gelijkspel, de gespreksleider besliste)" in text
    # Citrix, option 2: {budget: -6, capaciteit: -3, publieke_waarde: 2, legitimiteit: 1}, in meter order.
    assert "Publieke waarde +2 \u00b7 Legitimiteit +1 \u00b7 Capaciteit \u22123 \u00b7 Budget \u22126" in text
    profile = game.profile
    assert profile is not None and scenario.text(profile.title, "nl") in text


def test_the_undone_decision_is_listed_apart(page: str, session: tuple[Path, Game, Scenario]) -> None:
    _, game, scenario = session
    second = scenario.card(game.state.choices[1].card)
    undone = page[page.index('id="undone"') : page.index('id="themes"')]
    assert f'data-card="{second.id}"' in undone
    assert f"{UNDONE_OPTION}. {scenario.text(second.options[UNDONE_OPTION - 1].label, 'nl')}" in undone


def test_themes_corners_and_the_questions_of_the_cards_played(
    page: str, session: tuple[Path, Game, Scenario]
) -> None:
    _, game, scenario = session
    report = load_session(session[0]).report()
    counts = {group.corner: len(group.decisions) for group in report.corners}

    def corners(card_id: str) -> set[str | None]:
        return {scenario.theme(theme).corner for theme in scenario.card(card_id).themes}

    if report.basis == "themes":  # a decision counts for the corners of its card's themes
        expected = {
            corner: sum(1 for record in game.state.choices if corner in corners(record.card))
            for corner in ("strategy", "capacity", "legitimacy")
        }
        assert sum(counts.values()) >= len(game.state.choices)
    else:  # for the corners its option serves
        expected = {
            corner: sum(corner in chosen_option(scenario, record).serves for record in game.state.choices)
            for corner in ("strategy", "capacity", "legitimacy")
        }
    counts.pop("unassigned", None)
    assert counts == expected
    pull = report.pull
    assert pull is not None and abs(sum(pull.values()) - 1) < 1e-9
    for group in report.themes:
        assert len(group.decisions) == sum(
            1 for record in game.state.choices if group.theme_id in scenario.card(record.card).themes
        )
    text = plain(" ".join(parsed(page).text))
    assert "Willen (strategie)" in text and "Kunnen (capaciteit)" in text and "Mogen (legitimiteit)" in text
    for record in game.state.choices:
        notes = scenario.card(record.card).notes
        assert notes is not None and plain(scenario.text(notes, "nl")) in text


def test_the_svg_drawings_parse_as_xml_with_a_line_and_marker_style_per_meter(
    page: str, session: tuple[Path, Game, Scenario]
) -> None:
    _, game, scenario = session
    drawings = re.findall(r"<svg .*?</svg>", page, flags=re.DOTALL)
    assert len(drawings) == 2
    space = "{http://www.w3.org/2000/svg}"
    chart = ElementTree.fromstring(drawings[0])
    lines = chart.findall(f"{space}polyline")
    assert [line.get("data-meter") for line in lines] == [meter.id for meter in scenario.meters]
    assert [line.get("stroke") for line in lines] == list(SERIES_COLOURS[: len(scenario.meters)])
    assert len({line.get("stroke-dasharray") for line in lines}) == len(lines)  # black-and-white print
    assert all(len((line.get("points") or "").split()) == len(game.state.history) for line in lines)
    assert chart.findall(f"{space}line[@class='year-boundary']")
    triangle = ElementTree.fromstring(drawings[1])
    assert triangle.find(f"{space}circle[@class='pull']") is not None


def test_scenario_texts_are_escaped(tmp_path: Path) -> None:
    source = COUNCIL.read_text(encoding="utf-8")
    hostile = source.replace(
        '{nl: "De scanauto zoekt ook afval", en: "The scan car looks for rubbish too"}',
        '{nl: "<script>alert(1)</script> & co", en: "x"}',
    )
    hostile = hostile.replace(
        '{nl: "Adviseer nee: de scanauto blijft bij parkeren", '
        'en: "Advise no: the scan car sticks to parking"}',
        '{nl: "=HYPERLINK(\\"http://x\\") <img src=x onerror=alert(2)>", en: "y"}',
    )
    assert hostile.count("<script>") == 1 and hostile.count("onerror") == 1
    scenario_path = tmp_path / "raadssessie.yaml"
    scenario_path.write_text(hostile, encoding="utf-8")
    log = tmp_path / "hostile.jsonl"
    play_session(log, scenario_path)
    html_path, csv_path = write_report(log, tmp_path / "out")
    page = html_path.read_text(encoding="utf-8")
    parsed(page)
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[1][4] == "<script>alert(1)</script> & co"
    assert rows[1][6].startswith("'=HYPERLINK(")  # a spreadsheet shows it, never runs it


def test_the_csv_has_a_row_per_decision(session: tuple[Path, Game, Scenario]) -> None:
    log, game, scenario = session
    text = render_csv(load_session(log).report())
    assert text.startswith(BOM)
    rows = list(csv.reader(io.StringIO(text.removeprefix(BOM)), delimiter=";"))
    meters = [scenario.text(meter.name, "nl") for meter in scenario.meters]
    heading = ["jaar", "kalenderjaar", "beurt", "kaart", "titel", "optie", "keuze", "stemmen"]
    assert rows[0] == [*heading, "waarvan telefoons", "waarvan handen", *meters]
    assert len(rows) == 1 + len(game.state.choices)
    for row, record in zip(rows[1:], game.state.choices, strict=True):
        card = scenario.card(record.card)
        calendar_year = str(scenario.calendar_year(record.year))
        assert row[:4] == [str(record.year), calendar_year, str(record.turn), card.id]
        assert row[4] == scenario.text(card.title, "nl")
        assert row[5:7] == [str(record.option + 1), scenario.text(card.options[record.option].label, "nl")]
        assert row[7] == " - ".join(map(str, record.votes or ()))
        assert row[8:10] == ["", ""]  # no phones in this session
        assert row[10:] == [str(int(record.deltas.get(meter.id, 0))) for meter in scenario.meters]


def test_an_english_session_gets_an_english_report(tmp_path: Path) -> None:
    log = tmp_path / "en.jsonl"
    play_session(log, lang="en")
    report = load_session(log).report()
    page = render_report(report)
    assert '<html lang="en">' in page and "Every decision" in page
    assert "The scan car looks for rubbish too" in page
    assert "a tie, the facilitator decided" in page and "Strategy (what we want)" in page
    assert render_csv(report).splitlines()[0] == (
        BOM + "year;calendar year;turn;card;title;option;choice;votes;of which phones;of which hands;"
        "Public value;Legitimacy;Trust;Capacity;Budget"
    )


def test_without_corners_there_is_no_triangle_and_an_unfinished_game_says_so(tmp_path: Path) -> None:
    scenario_path = tmp_path / "raadssessie.yaml"
    source = COUNCIL.read_text(encoding="utf-8")
    source = re.sub(r"\n\s*(serves|harms): .*", "", source)  # options that name no corner either
    scenario_path.write_text(re.sub(r"\n    corner: \w+", "", source), encoding="utf-8")
    log = tmp_path / "cut.jsonl"
    play_session(log, scenario_path)
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    sixth = [number for number, line in enumerate(lines) if '"kind": "reveal"' in line][5]
    log.write_text("".join(lines[:sixth]), encoding="utf-8")  # the laptop died after five decisions
    page = render_report(load_session(log).report())
    ids = parsed(page).ids
    assert "triangle" not in ids and "themes" in ids
    assert "Het spel is niet afgemaakt" in page and "Willen" not in page


def test_the_report_command_writes_both_files_beside_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "sessie.jsonl"
    play_session(log)
    assert main(["report", str(log)]) == 0
    out = capsys.readouterr().out
    assert f"report written to {tmp_path / 'sessie.html'}" in out and str(tmp_path / "sessie.csv") in out
    assert (tmp_path / "sessie.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (
        main(
            [
                "report",
                str(log),
                "--out",
                str(tmp_path / "a" / "r.html"),
                "--csv",
                str(tmp_path / "b" / "r.csv"),
            ]
        )
        == 0
    )
    assert (tmp_path / "a" / "r.html").is_file() and (tmp_path / "b" / "r.csv").is_file()
    assert read_log(log).header.group == GROUP


def test_the_report_command_explains_what_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(tmp_path / "missing.jsonl")]) == 1
    assert "missing.jsonl: no such session log" in capsys.readouterr().err
    scenario_path = tmp_path / "moved.yaml"
    scenario_path.write_text(COUNCIL.read_text(encoding="utf-8"), encoding="utf-8")
    log = tmp_path / "sessie.jsonl"
    play_session(log, scenario_path)
    scenario_path.unlink()
    assert main(["report", str(log)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("error: ") and "is not there; give it with --scenario" in error
    assert "Traceback" not in error
    assert main(["report", str(log), "--scenario", str(COUNCIL)]) == 0
    assert main(["report", str(log), "--out", str(log)]) == 1
    assert "would overwrite the session log" in capsys.readouterr().err
    garbage = tmp_path / "garbage.jsonl"
    garbage.write_text("not a log\n", encoding="utf-8")
    assert main(["report", str(garbage)]) == 1
    assert "not a session log" in capsys.readouterr().err


# -- the triangle of the options chosen, and the red lines crossed ------------------------------------


def valued_report(tmp_path: Path, option: int, mode: str = "group", source: str | None = None) -> str:
    """The report of a game of the valued scenario that takes `option` (0-based) on every card."""
    from game.core.session_log import LogWriter, SessionHeader
    from game.scenario import load_scenario
    from tests.core.valued import write_valued

    path = write_valued(tmp_path)
    if source is not None:
        path.write_text(source, encoding="utf-8")
    scenario = load_scenario(path)
    game = Game(scenario, 4)
    log = tmp_path / f"waarden-{option}-{mode}.jsonl"
    writer = LogWriter(log, SessionHeader(scenario.id, str(path), scenario.content_hash, 4, "nl", mode))
    while not game.finished:
        game.choose(option)
    writer.game_events(game)
    writer.close()
    return render_report(load_session(log).report())


def test_the_triangle_says_it_follows_the_options_chosen_and_opposite_games_differ(tmp_path: Path) -> None:
    pages = [valued_report(tmp_path, option) for option in (0, 1)]
    for page in pages:
        text = plain(" ".join(parsed(page).text))
        assert "De driehoek volgt de opties die jullie kozen." in text
        assert "Gediend door" in text and "Geschaad door" in text
    # The dot where the choices pulled: on the capacity side for the one, on legitimacy for the other.
    dots = [re.search(r'class="pull" cx="([\d.]+)" cy="([\d.]+)"', page) for page in pages]
    assert dots[0] is not None and dots[1] is not None and dots[0].groups() != dots[1].groups()
    # The careful game's points (tests/core/valued.py): strategy 1/2, capacity 3/2, legitimacy 3, in Dutch.
    counts = re.findall(r'<td class="count">([^<]*)</td>', pages[1])
    assert counts[-3:] == ["0,5", "1,5", "3"]  # the triangle's table comes after the themes' counts
    solo = plain(" ".join(parsed(valued_report(tmp_path, 1, "solo")).text))
    assert "De driehoek volgt de opties die je koos." in solo


def test_the_report_lists_every_line_crossed_and_none_when_none(tmp_path: Path) -> None:
    from tests.core.valued import LINES

    structure = parsed(valued_report(tmp_path, 0))
    text = plain(" ".join(structure.text))
    assert "lines" in structure.ids and "Grenzen die jullie overschreden" in text
    for line, title, option in zip(
        LINES,
        ("Gijzelsoftware", "Een lek"),
        ("1. Adviseer het losgeld te betalen", "1. Houd het lek stil"),
        strict=True,
    ):
        assert line in text and title in text and option in text
    rows = [attrs.get("data-card") for tag, attrs in structure.tags if tag == "tr" and attrs.get("data-card")]
    assert sorted(rows) == ["datalek", "losgeld"]
    careful = parsed(valued_report(tmp_path, 1))
    assert "lines" not in careful.ids and "Grenzen die" not in " ".join(careful.text)


def test_a_scenario_whose_options_name_no_corner_falls_back_to_the_themes_and_says_so(tmp_path: Path) -> None:
    from tests.core.valued import VALUED

    source = re.sub(r"\n\s*(serves|harms|red_line): .*", "", VALUED)
    text = plain(" ".join(parsed(valued_report(tmp_path, 0, source=source)).text))
    assert "De driehoek volgt de thema's van de gespeelde kaarten" in text
    assert "dit scenario zegt niet welke hoek een optie dient" in text
    assert "Grenzen die" not in text
