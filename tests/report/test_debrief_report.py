"""The report carries the debrief from the session log: every phase with the approved words and answers
only, the word cloud, the action list with the group and the date, the statements before and after;
escaped, without device ids; a log without a debrief gives the report as before."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from html import escape
from pathlib import Path

import pytest

from game.core.session_log import LogWriter, read_log
from game.debrief.model import PHASES, STAGES
from game.report import load_session, render_report
from game.report.debrief_page import number
from tests.report.debrief_session import (
    ANSWERS,
    DEVICES,
    GROUP,
    PENDING,
    PROPOSALS,
    REJECTED,
    SCRIPT,
    WORDS,
    Debriefed,
    debriefed_session,
)
from tests.report.session import play_session
from tests.report.test_report import parsed, plain


@pytest.fixture(scope="module")
def debriefed(tmp_path_factory: pytest.TempPathFactory) -> Debriefed:
    return debriefed_session(tmp_path_factory.mktemp("debrief") / "lindenhout.jsonl")


@pytest.fixture(scope="module")
def page(debriefed: Debriefed) -> str:
    return render_report(load_session(debriefed.path).report())


def section(page: str, section_id: str) -> str:
    found = re.search(rf'<section id="{section_id}".*?</section>', page, re.S)
    assert found, f"no section {section_id}"
    return found.group(0)


def test_the_debrief_and_the_statements_are_sections_of_the_report_with_every_phase(page: str) -> None:
    structure = parsed(page)
    assert {"debrief", "statements"} <= set(structure.ids)
    assert [f"phase-{phase}" for phase in PHASES] == [i for i in structure.ids if i.startswith("phase-")]
    text = plain(" ".join(structure.text))
    for heading in ("De nabespreking", "Eerste reacties", "Wat gebeurde er?", "Waarom?", "En bij ons?"):
        assert heading in text
    assert "Kleine stappen" in text and "Voor en na" in text
    assert "kwam niet aan bod" not in text  # the group went through every phase


def test_only_approved_words_answers_and_proposals_are_in_it(page: str, debriefed: Debriefed) -> None:
    debrief = debriefed.debrief
    for text in PENDING + REJECTED:
        assert text not in page
    assert {entry.text for entry in debrief.entries() if not entry.approved} >= set(PENDING + REJECTED)
    debrief_part = section(page, "debrief")
    for text in ("Spannend", *WORDS[3:5], "Verhelderend", *PROPOSALS):  # "spannend": in the cloud's count
        assert escape(text) in debrief_part, text
    for answer in ANSWERS:
        assert escape(answer) in debrief_part


def test_a_script_and_markup_show_as_text_and_no_device_id_appears(page: str) -> None:
    assert SCRIPT not in page and "<b>anders" not in page
    assert escape(SCRIPT) in page and "&lt;b&gt;anders&lt;/b&gt;" in page
    assert all(device not in page for device in DEVICES)
    assert "SECRET" not in page and "voter" not in page


def test_the_word_cloud_counts_words_whatever_their_capitals(page: str) -> None:
    cloud = re.search(r'<ul class="cloud".*?</ul>', page, re.S)
    assert cloud
    words = re.findall(r'<li class="r(\d)" title="([^"]*)">([^<]*)</li>', cloud.group(0))
    shown = {word: (int(rank), title) for rank, title, word in words}
    assert shown["Spannend"] == (4, "3 keer genoemd")  # "Spannend" twice, "spannend" once
    assert "spannend" not in shown
    assert shown["Leerzaam"][0] == 0
    assert len(words) == 5  # Spannend, Leerzaam, Verwarrend, the script, Verhelderend
    middle = [word for _, _, word in words][len(words) // 2]
    assert middle == "Spannend"  # the most said in the middle


def test_the_facts_the_what_if_and_the_aspects_of_the_game(page: str, debriefed: Debriefed) -> None:
    happened = re.search(r'<div class="phase" id="phase-happened">.*?</div>', page, re.S)
    assert happened
    assert "Het meest verdeeld" in happened.group(0) and "Besproken: wat als bij" in happened.group(0)
    card = debriefed.scenario.card(debriefed.game.state.choices[1].card)
    assert escape(debriefed.scenario.text(card.title, "nl")) in happened.group(0)
    why = re.search(r'<div class="phase" id="phase-why">.*?</div>', page, re.S)
    assert why and why.group(0).count("<li>") == len(debriefed.debrief.aspects)


def test_only_the_questions_put_to_the_room_with_their_answers(page: str, debriefed: Debriefed) -> None:
    here = re.search(r'<div class="phase" id="phase-here">.*?</div></div>', page, re.S)
    assert here
    asked = re.findall(r'<p class="asked">([^<]*)</p>', here.group(0))
    questions = debriefed.debrief.questions
    assert len(questions) > 2
    assert asked == [escape(debriefed.scenario.text(q, "nl"), quote=True) for _, q in questions[:2]]


def test_the_action_list_is_the_top_three_with_the_group_and_the_date(
    page: str, debriefed: Debriefed
) -> None:
    actions = re.search(r'<h4 class="actions">([^<]*)</h4><ol class="actions">(.*?)</ol>', page, re.S)
    assert actions
    first = next(e for e in read_log(debriefed.path).events if e.get("kind") == "debrief")
    assert first["at"][:4] in actions.group(1)
    assert actions.group(1).startswith(f"Actielijst van {escape(GROUP)}, ")
    items = re.findall(r"<li>([^<]*) <span", actions.group(2))
    assert items == ["Datalab opzetten", "Maandelijks overleg met de FG", "Algoritmeregister bijwerken"]
    assert "(5 keer gesteund)" in actions.group(2)  # three phones and two hands
    assert "Raadsleden trainen" in section(page, "debrief")  # approved, not in the top three


def test_the_statements_chart_draws_the_counts_and_means_before_and_after(
    page: str, debriefed: Debriefed
) -> None:
    part = section(page, "statements")
    for svg in re.findall(r"<svg.*?</svg>", part, re.S):
        ElementTree.fromstring(svg)
    regie = re.search(r'<figure class="statement" data-statement="regie">.*?</figure>', part, re.S)
    assert regie
    counts = {stage: debriefed.board.counts(stage, "regie") for stage in STAGES}
    assert counts == {"before": (3, 3, 1, 0, 0), "after": (0, 1, 2, 4, 1)}  # hands and a phone together
    for stage, expected in counts.items():
        drawn = [0] * 5
        for score, count in re.findall(
            rf'class="score-(\d)" data-stage="{stage}" data-count="(\d+)"', regie[0]
        ):
            drawn[int(score) - 1] = int(count)
        assert tuple(drawn) == expected
    shift = next(s for s in debriefed.board.shifts() if s.statement.id == "regie")
    assert shift.mean_before and shift.mean_after and shift.delta
    text = plain(regie.group(0))
    assert f"gemiddeld {number(shift.mean_before, 'nl')} (n = 7)" in text
    assert f"verschuiving {number(shift.delta, 'nl', sign=True)}" in text and "+1,9" in text  # 29/8 - 12/7
    assert len(re.findall(r'class="mean"', regie.group(0))) == 2
    koppelen = re.search(r'data-statement="koppelen">.*?</figure>', part, re.S)
    assert koppelen and "niet gescoord" in koppelen.group(0)  # scored before only


def test_it_prints_on_a4_without_cutting_a_part(page: str) -> None:
    assert "@page { size: A4" in page
    for rule in ("figure.statement", "ol.actions", "ul.cloud", ".question"):
        assert re.search(re.escape(rule) + r" \{[^}]*break-inside: avoid", page), rule


def test_a_log_without_a_debrief_gives_the_report_as_before(tmp_path: Path) -> None:
    log = tmp_path / "raad.jsonl"
    play_session(log)
    report = load_session(log).report()
    assert report.debrief is None
    page = render_report(report)
    assert 'id="debrief"' not in page and 'id="statements"' not in page and "phase-" not in page


def test_statements_before_the_first_card_alone_give_only_the_statements(
    tmp_path: Path, debriefed: Debriefed
) -> None:
    log = tmp_path / "before.jsonl"
    lines = debriefed.path.read_text(encoding="utf-8").splitlines(keepends=True)
    game_over = max(i for i, line in enumerate(lines) if '"kind": "debrief"' not in line)
    log.write_text("".join(lines[: game_over + 1]), encoding="utf-8")  # killed before the debrief began
    report = load_session(log).report()
    assert report.debrief is not None and report.debrief.reached is None
    page = render_report(report)
    parsed(page)
    assert 'id="statements"' in page and 'id="debrief"' not in page
    assert "niet gescoord" in section(page, "statements")  # nothing after yet


def test_a_debrief_stopped_halfway_says_which_phases_were_not_reached(
    tmp_path: Path, debriefed: Debriefed
) -> None:
    log = tmp_path / "halfway.jsonl"
    lines = debriefed.path.read_text(encoding="utf-8").splitlines(keepends=True)
    why = next(i for i, line in enumerate(lines) if '"phase": "why"' in line)
    log.write_text("".join(lines[:why]), encoding="utf-8")
    page = render_report(load_session(log).report())
    for phase in ("why", "here", "wins"):
        part = re.search(rf'<div class="phase" id="phase-{phase}">.*?</div>', page, re.S)
        assert part and "Deze stap kwam niet aan bod." in part.group(0)
    assert "Spannend" in page and "Actielijst" not in page


def test_a_solo_debrief_in_english_lists_the_players_own_steps(tmp_path: Path) -> None:
    solo = debriefed_session(tmp_path / "solo.jsonl", lang="en", mode="solo")
    page = render_report(load_session(solo.path).report())
    parsed(page)
    actions = re.search(r'<h4 class="actions">([^<]*)</h4><ol class="actions">(.*?)</ol>', page, re.S)
    assert actions and actions.group(1).startswith("My actions, ")
    assert re.findall(r"<li>([^<]*)</li>", actions.group(2)) == list(PROPOSALS[:2])
    assert "supported" not in page  # nobody votes in solo play
    assert "What you wrote down yourself" in page and "The guided debrief" in page
    assert 'id="statements"' not in page  # nothing scored


DAMAGED: tuple[dict[str, object], ...] = (
    {"action": "submit", "id": 99, "phase": ["reactions"], "text": "KAPOT-1", "source": "phone"},
    {"action": "submit", "phase": "reactions", "text": 7, "status": "approved", "source": "facilitator"},
    {"action": "approve", "id": "1"},
    {"action": "pick", "index": 999, "option": -1},
    {"action": "next", "phase": {"a": 1}, "step": "x", "finished": "yes"},
    {"action": "next", "phase": "here", "step": True, "finished": False},
    {"action": "statement", "stage": "after", "statement": "regie", "score": 9, "voter": 1},
    {"action": "hands", "stage": "during", "statement": "regie", "counts": [1, 2]},
    {"action": "support", "voter": -1, "proposal": None},
    {"action": 12},
)


def test_damaged_debrief_events_are_passed_over_and_the_rest_still_reported(
    tmp_path: Path, debriefed: Debriefed
) -> None:
    log = tmp_path / "damaged.jsonl"
    log.write_bytes(debriefed.path.read_bytes())
    header = read_log(log).header
    writer = LogWriter(log, header)
    for event in DAMAGED:
        writer.room("debrief", 1, 1, **event)
    writer.close()
    page = render_report(load_session(log).report())
    parsed(page)
    assert "KAPOT" not in page
    assert page.count("Datalab opzetten") == 1 and "Spannend" in page
    assert section(page, "statements") == section(
        render_report(load_session(debriefed.path).report()), "statements"
    )


def test_an_unnamed_group_in_english_gets_an_action_list_without_a_name(tmp_path: Path) -> None:
    session = debriefed_session(tmp_path / "unnamed.jsonl", lang="en", group="")
    page = render_report(load_session(session.path).report())
    heading = re.search(r'<h4 class="actions">([^<]*)</h4>', page)
    assert heading and re.fullmatch(r"Action list, \d{1,2} [A-Z][a-z]+ \d{4}", heading.group(1))
    assert "supported 5 times" in page and "Before and after" in page and "mean 1.7 (n = 7)" in page
