"""The end screen says why the debrief report could not be written in the game's language: a session log
that the report package cannot read (here made unreadable just before it is read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.report import write_report
from game.ui import report_files
from tests.ui.conftest import AppFactory
from tests.ui.test_end_screen import to_end

REAL_WRITE_REPORT = write_report


def damaged_first(log_path: Path, out_dir: Path) -> tuple[Path, Path]:
    """The real report, of the log damaged: its header gone (a copy, named so
    that the suite's check replaying every log it wrote passes it over)."""
    damaged = log_path.with_name("beschadigd.log")
    events = log_path.read_text(encoding="utf-8").splitlines(keepends=True)[1:]  # the header gone
    damaged.write_text("".join(events), encoding="utf-8")
    return REAL_WRITE_REPORT(damaged, out_dir)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Verslag niet geschreven: {name}:1: geen sessielogboek (de eerste regel is geen sessiekop)"),
        ("en", "Report not written: {name}:1: not a session log (the first line is not a session header)"),
    ],
)
def test_a_log_the_report_cannot_read_is_said_in_the_games_language(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch, lang: str, said: str
) -> None:
    monkeypatch.setattr(report_files, "write_report", damaged_first)
    scene = to_end(make_app, lang=lang)
    assert scene.report.html is None and scene.session.log_path is not None
    heading, reason = said.split(": ", 1)
    assert scene.report.said(lang) == reason.format(name=scene.session.log_path.with_name("beschadigd.log"))
    assert " ".join(scene.texts["report"].lines).startswith(f"{heading}: ")
