"""Session logs of lindenhout with the statements scored before and after, for the shifts over sessions.

Expected over the three sessions: regie scored twice in two sessions (means 2.5 -> 3.5 and 1 -> 5: shift
+2.5 on average), koppelen twice in one (4 -> 3) and before only in another, the others never.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.core.session_log import LogWriter, SessionHeader
from game.debrief.log import write_debrief
from game.debrief.statements import Counts, StatementBoard, statements_for
from game.paths import SCENARIOS_DIR
from tests.debrief.games import lindenhout, played

LINDENHOUT = SCENARIOS_DIR / "lindenhout.yaml"
# name: (started, {(stage, statement): hands per score 1-5})
SESSIONS: dict[str, tuple[str, dict[tuple[str, str], Counts]]] = {
    "raad": (
        "2026-03-01T19:30:00+00:00",
        {
            ("before", "regie"): (0, 2, 2, 0, 0),
            ("after", "regie"): (0, 0, 2, 1, 0),  # and a phone's 4 (its 2 replaced)
            ("before", "koppelen"): (0, 0, 0, 4, 0),
            ("after", "koppelen"): (0, 0, 4, 0, 0),
        },
    ),
    "college": (
        "2026-03-08T09:00:00+00:00",
        {
            ("before", "regie"): (4, 0, 0, 0, 0),
            ("after", "regie"): (0, 0, 0, 0, 2),
            ("before", "koppelen"): (1, 0, 0, 0, 0),
        },
    ),
    "mt": ("2026-03-09T09:00:00+00:00", {}),
}


def shift_log(folder: Path, name: str) -> Path:
    """The session `name` played to its end with its statements logged (before the first card, after)."""
    scenario = lindenhout()
    started, scores = SESSIONS[name]
    header = replace(SessionHeader.starting(scenario, LINDENHOUT, 7, "nl", "group", name), started=started)
    path = folder / f"{name}.jsonl"
    writer = LogWriter(path, header)
    board = StatementBoard(statements_for(scenario))
    for (stage, statement), counts in scores.items():
        if stage == "before":
            board.hands(stage, statement, counts)
    write_debrief(writer, 1, 1, board.log)
    game = played(scenario)
    writer.game_events(game)
    logged = len(board.log)
    for (stage, statement), counts in scores.items():
        if stage == "after":
            board.hands(stage, statement, counts)
    if name == "raad":
        voter = board.voters.number("phone-of-raad")
        board.score("after", "regie", 2, voter)
        board.score("after", "regie", 4, voter)
    write_debrief(writer, game.state.year, game.state.turn, board.log[logged:])
    writer.close()
    return path


def shift_logs(folder: Path) -> list[Path]:
    return [shift_log(folder, name) for name in SESSIONS]
