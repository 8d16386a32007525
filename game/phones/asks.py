"""The debrief's open question as the phones' Ask: what the window and the rehearsal put on the hub."""

from __future__ import annotations

from game.core.model import Scenario
from game.debrief.flow import Debrief
from game.debrief.model import Stage
from game.debrief.statements import StatementBoard
from game.i18n import t
from game.phones.hub import Ask


def debrief_ask(debrief: Debrief, lang: str) -> Ask | None:
    """What phones may send at the debrief's step now (None: nothing). The prompt of "And here?" is its
    question; "support" offers the approved proposals, in the order proposed."""
    kind, key = debrief.ask_kind, debrief.ask_key
    if kind is None or key is None:
        return None
    if kind == "answer":
        question = debrief.question
        prompt = debrief.scenario.text(question[1], lang) if question is not None else ""
        return Ask("answer", prompt, key)
    if kind == "support":
        choices = tuple((entry.id, entry.text) for entry in debrief.approved("wins"))
        return Ask("support", t("debrief.ask.support", lang), key, choices=choices)
    return Ask(kind, t(f"debrief.ask.{kind}", lang), key)


def statements_ask(scenario: Scenario, board: StatementBoard, stage: Stage, lang: str) -> Ask:
    """The statements of `board` to score 1-5, before the first card or after the debrief."""
    statements = tuple((item.id, scenario.text(item.text, lang)) for item in board.statements)
    prompt = t("debrief.ask.statements", lang)
    return Ask("statements", prompt, StatementBoard.key(stage), statements=statements)
