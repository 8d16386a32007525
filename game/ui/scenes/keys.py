"""Which keys each screen has, in one table, for the help overlay, the hint line and the presenter window.

SCREEN_KEYS is the one source of truth: per screen (and the card in a group session) the rows to list,
each row a pair of strings in game.i18n, `help.k.<row>` (the keys) and `help.d.<row>` (what they do).
`key_rows` gives them in a language, for the help overlay (F1) and, through `describe`, for the
presenter window's key list.

The hint line along the bottom of a screen names only the keys that work now, each row in a few words:
`help.h.<row>` ('Esc menu'). `hint_line` joins them; `HINT_ROWS` holds the fixed hints per screen and
`card_rows` the card's rows by what it shows (for its hint and the presenter's list alike). A hint row
is a row of the screen's table or one of its STATES (the same keys in one state: 'V stoppen').
No pygame here: every screen imports it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from game.i18n import t

if TYPE_CHECKING:
    from game.ui.card_layout import Phase

# Keys that work on every screen but a text field (F5, L, M, S, H, F11: the App; Ctrl+plus/minus and F1 too).
GLOBAL = ("language", "mute", "read_aloud", "reload", "fullscreen", "text_size", "help")
AFTER_A_DECISION = ("continue", "undo", "menu", *GLOBAL)

SCREEN_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("start", "buttons", "scenario", "own_folder", "menu", *GLOBAL),
    "group_name": ("type", "erase", "begin", "back", "fullscreen", "text_size", "help_f1"),
    "saves": ("save_number", "select", "confirm", "saves_back", "menu", *GLOBAL),
    "intro": ("continue", "menu", *GLOBAL),
    "card": ("choose", "notes", "undo", "menu", *GLOBAL),
    "card_group": (
        "reveal",
        "timer",
        "notes",
        "choose",
        "vote",
        "vote_add",
        "vote_remove",
        "majority",
        "tie",
        "undo",
        "menu",
        *GLOBAL,
    ),
    "feedback": AFTER_A_DECISION,
    "year": AFTER_A_DECISION,
    "outcome": AFTER_A_DECISION,
    "end": (
        "end_debrief",
        "end_views",
        "whatif",
        "whatif_pick",
        "whatif_back",
        "open_report",
        "scroll",
        "end_buttons",
        "to_title",
        "undo",
        "menu",
        *GLOBAL,
    ),
    "statements": ("statement_select", "statement_hand", "statement_unhand", "continue", "menu", *GLOBAL),
    "statements_solo": ("statement_select", "statement_score", "continue", "menu", *GLOBAL),
    "debrief": (
        "debrief_next",
        "debrief_skip",
        "debrief_timer",
        "debrief_type",
        "debrief_send",
        "debrief_select",
        "debrief_approve",
        "debrief_queue",
        "debrief_whatif",
        "debrief_hands",
        "menu",
        *GLOBAL,
    ),
    # solo: no phones to approve or queue, no hands to count
    "debrief_solo": (
        "debrief_next",
        "debrief_skip",
        "debrief_timer",
        "debrief_type",
        "debrief_send",
        "debrief_whatif",
        "menu",
        *GLOBAL,
    ),
    "tables_compare": (
        "compare_pages",
        "compare_pick",
        "compare_tables",
        "open_report",
        "compare_back",
        *GLOBAL,
    ),
    "pause": ("select", "confirm", "resume", "motion", *GLOBAL),
    "undo": ("select", "confirm", "keep", "text_size", "help"),
    "tables_setup": ("tables_count", "tables_pace", "select", "confirm", "menu", *GLOBAL),
    "tables_room": (
        "tables_end",
        "tables_join",
        "tables_summary",
        "tables_compare",
        "tables_close",
        "menu",
        *GLOBAL,
    ),
}
OTHER_SCREEN = ("continue", "menu", *GLOBAL)  # a screen added later and not yet in the table

# Hint rows that say what a table row's keys do in one state (or several rows at once), and that row.
STATES = {
    "vote_stop": "vote",
    "select_enter": "select",
    "whatif_leave": "whatif",
    "whatif_again": "whatif_pick",
    "whatif_other": "whatif_back",
    "debrief_cancel": "debrief_send",
    "debrief_leave": "debrief_next",
    "debrief_back": "debrief_skip",
    "end_debrief_enter": "end_debrief",
    "tables_compare_enter": "tables_compare",
    "tables_decide": "tables_end",
    "compare_meter": "compare_pick",
    "compare_card": "compare_pick",
    "compare_scroll": "compare_pick",
}
CONTINUE_HINT = ("continue", "menu", "language", "mute", "reload")
HINT_ROWS: dict[str, tuple[str, ...]] = {
    "title": ("start", "buttons", "scenario", "own_folder", "language", "mute", "reload", "fullscreen"),
    "group_name": ("type", "erase", "begin", "back", "fullscreen"),
    "saves": ("save_number", "select_enter", "saves_back", "fullscreen"),
    "intro": CONTINUE_HINT,
    "feedback": CONTINUE_HINT,
    "year": CONTINUE_HINT,
    "outcome": CONTINUE_HINT,
    "statements": ("statement_select", "statement_hand", "statement_unhand", "continue", "menu"),
    "statements_solo": ("statement_select", "statement_score", "continue", "menu"),
    "pause": ("select", "confirm", "resume", "reload"),
    "undo": ("confirm", "keep"),
    "tables_setup": ("tables_count", "tables_pace", "select_enter", "menu"),
}
# The card's own keys by what it shows (see game.ui.card_layout.Phase); solo play shows fewer.
CARD_ROWS: dict[Phase, tuple[str, ...]] = {
    "hidden": ("reveal", "timer"),
    "options": ("choose", "vote", "timer"),
    "voting": ("vote_add", "vote_remove", "majority", "vote_stop", "timer"),
    "tie": ("tie", "vote_remove", "vote_stop", "timer"),
}


def key_rows(screen: str, lang: str) -> list[tuple[str, str]]:
    """(keys, what they do) for every key of `screen` in `lang` (the numbers as for four options)."""
    return describe(SCREEN_KEYS.get(screen, OTHER_SCREEN), lang, n=4, options="1\u20134")


def describe(rows: Iterable[str], lang: str, **fmt: object) -> list[tuple[str, str]]:
    """(keys, what they do) of `rows`; `fmt` fills in the number of options `n` and the tied `options`."""
    return [(t(f"help.k.{row}", lang, **fmt), t(f"help.d.{row}", lang, **fmt)) for row in rows]


def hint_line(rows: Iterable[str], lang: str, **fmt: object) -> str:
    """The hint along the bottom: each row in a few words ('Esc menu'), joined by dots."""
    return " \u00b7 ".join(t(f"help.h.{row}", lang, **fmt) for row in rows)


def screen_hint(screen: str, lang: str) -> str:
    return hint_line(HINT_ROWS[screen], lang)


def card_rows(phase: Phase, notes: bool, group: bool = True) -> list[str]:
    """The card's own keys that work now: by its phase, N when it has a question for the group; in
    solo play with the options shown only the numbers (and N)."""
    rows = ["choose"] if not group and phase == "options" else list(CARD_ROWS[phase])
    if notes:
        rows.append("notes")
    return rows
