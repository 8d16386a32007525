"""A scripted group session of the council scenario, logged as the window logs it: votes on every card
(a tie on the first, which the facilitator decides), room events, and one decision taken back."""

from __future__ import annotations

from pathlib import Path

from game.core.engine import Game
from game.core.model import Scenario
from game.core.session_log import LogWriter, SessionHeader
from game.paths import SCENARIOS_DIR
from game.scenario import load_scenario

COUNCIL = SCENARIOS_DIR / "raadssessie.yaml"
GROUP = "Raad & college <Eikendaal>"
# The option (1-based) chosen on each of the eight cards; the year is completed with a profile.
CHOICES = (2, 2, 1, 2, 2, 1, 2, 2)
TIE = (2, 2, 1)  # the first card's votes: options 1 and 2 tied, the facilitator chose option 2
UNDONE_OPTION = 3  # the second card is first decided with this option, then taken back


def votes_for(option: int, options: int, decision: int) -> tuple[int, ...]:
    """A clear majority for `option` (1-based) from a room of twelve, different on every card."""
    counts = [0] * options
    counts[option - 1] = 7
    rest = 5
    for index in range(options):
        if index != option - 1 and rest:
            counts[index] = min(rest, 4 - (decision + index) % 2)
            rest -= counts[index]
    return tuple(counts)


def play_session(log_path: Path, scenario_path: Path = COUNCIL, lang: str = "nl") -> tuple[Game, Scenario]:
    """Play the scripted session on `scenario_path`, logging it to `log_path`; returns the game."""
    scenario = load_scenario(scenario_path)
    game = Game(scenario, seed=11)
    header = SessionHeader(
        scenario.id,
        str(scenario_path),
        scenario.content_hash,
        game.seed,
        lang,
        "group",
        GROUP,
        "2026-11-28T18:40:00+00:00",
    )
    writer = LogWriter(log_path, header)
    choices = iter(CHOICES)
    decision = 0
    try:
        writer.game_events(game)
        while not game.finished:
            card = game.current_card
            assert card is not None
            state = game.state
            writer.room("reveal", state.year, state.turn)
            writer.room("timer", state.year, state.turn, action="start", seconds=180)
            writer.room("voting", state.year, state.turn, action="open")
            option = next(choices)
            if decision == 0:
                writer.room("tie", state.year, state.turn, options=[1, 2], chosen=option)
                game.choose(option - 1, TIE)
            elif decision == 1:
                before = game.snapshot()
                game.choose(UNDONE_OPTION - 1, votes_for(UNDONE_OPTION, len(card.options), decision))
                writer.game_events(game)
                game.undo(before)
                writer.game_events(game)
                game.choose(option - 1, votes_for(option, len(card.options), decision))
            else:
                game.choose(option - 1, votes_for(option, len(card.options), decision))
            writer.game_events(game)
            decision += 1
    finally:
        writer.close()
    return game, scenario
