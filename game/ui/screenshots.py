"""Rendering every screen of one game to numbered PNGs with the real scenes under SDL's dummy driver.

Solo play: one PNG per screen. A group session (`settings.group`) goes through the title and the
group-name screen with real key and text events, and shoots every card in each phase the room sees it:
hidden, revealed with the discussion timer running, voting (on the first card a tie that the
facilitator resolves), then the feedback with the split; the presenter view is rendered offscreen for
the vote and the feedback (the dummy driver has no room for a real second window).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from game.core.engine import Game
from game.core.model import Scenario
from game.core.voting import sample_votes
from game.settings import PlaySettings
from game.ui.loading import Catalogue, ScenarioEntry

SETTLE_MS = 10_000  # before every shot: past the input guard and any animation
DISCUSSION_MS = 45_000  # the timer has run this long when the revealed card is shot (3:00 -> 2:15)


class ManualClock:
    """A clock that only moves when told to, so input guards and animations are deterministic."""

    def __init__(self) -> None:
        self.ms = 0

    def __call__(self) -> int:
        return self.ms

    def advance(self, ms: int) -> None:
        self.ms += ms


def render_screenshots(
    scenario: Scenario,
    seed: int,
    choose: Callable[[Game], int],
    lang: str,
    out_dir: Path,
    size: tuple[int, int],
    settings: PlaySettings | None = None,
) -> list[Path]:
    """Drive title -> intro -> cards/feedback/year summaries -> outcome -> end with real key presses.

    With `settings.group` the room votes on every card with `sample_votes`, so the decisions (and the
    votes kept with them) are the ones `choose` gives, the same as a headless run with those votes.
    """
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.ui.app import App
    from game.ui.draw import Painter
    from game.ui.presenter import draw_presenter, presenter_view

    settings = settings or PlaySettings()
    group = settings.group
    owns_display = not pygame.display.get_init()
    saved = {name: os.environ.get(name) for name in ("SDL_VIDEODRIVER", "SDL_AUDIODRIVER")}
    if owns_display:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    clock = ManualClock()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    try:
        app = App(
            Catalogue([ScenarioEntry(None, scenario)]),
            lang,
            seed,
            size,
            clock=clock,
            settings=settings,
            autosave=False,
        )
        app.draw()

        def save(surface: pygame.Surface, what: str) -> None:
            path = out_dir / f"{len(paths) + 1:03d}_{what}.png"
            pygame.image.save(surface, str(path))
            paths.append(path)

        def shoot(what: str | None = None) -> None:
            clock.advance(SETTLE_MS)
            app.pump()
            app.draw()
            save(app.screen, what or app.scene.name)

        def shoot_presenter(what: str) -> None:
            """The presenter window's picture at this moment, drawn on a surface of the window's size."""
            surface = pygame.Surface(app.size)
            view = presenter_view(app.session, app.scene.name, app.pause is not None, app.lang, app.now())
            draw_presenter(Painter(surface, app.fonts), view)
            save(surface, f"presenter_{what}")

        def press(key: int, mod: int = 0) -> None:
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
            pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
            app.pump()

        def type_text(text: str) -> None:
            for char in text:  # as typed: a character at a time
                clock.advance(150)
                pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
                app.pump()

        def play_group_card(game: Game) -> None:
            """Reveal, run the timer, vote (a tie on the first card) and decide; a shot of every phase."""
            card = game.current_card
            assert card is not None
            index = choose(game)
            decision = len(game.state.choices)
            votes = sample_votes(decision, index, len(card.options))
            shoot("card_hidden")
            press(pygame.K_r)
            press(pygame.K_t)
            clock.advance(DISCUSSION_MS - SETTLE_MS)
            shoot("card_revealed")
            press(pygame.K_v)
            for option, count in enumerate(votes):
                for _ in range(count):
                    press(pygame.K_1 + option)
            if decision == 0:  # a vote too many, taken back with Shift
                press(pygame.K_1 + index)
                press(pygame.K_1 + index, pygame.KMOD_LSHIFT)
            shoot("card_voting")
            if decision > 0:
                shoot_presenter("card_voting")
            press(pygame.K_RETURN)
            if decision == 0:  # a tie: the screen says so, the facilitator decides with a tied number
                room = app.session.room if app.session is not None else None
                if room is None or not room.tie:
                    raise RuntimeError(f"the vote on card {card.id!r} did not end in a tie")
                shoot("card_voting_tie")
                shoot_presenter("card_tie")
                press(pygame.K_1 + index)
            record = game.state.choices[-1] if len(game.state.choices) > decision else None
            if record is None or record.option != index or record.votes != votes:
                raise RuntimeError(f"the room's vote on card {card.id!r} did not decide option {index + 1}")

        shoot()
        if group:
            press(pygame.K_RETURN)  # the title screen's start button starts a group session here
            type_text(settings.group_name or "Groep 1")
            shoot()
            press(pygame.K_RETURN)
            shoot()
        limit = 10 * (scenario.total_turns + 5)
        while app.scene.name != "end":
            before = app.scene
            session = app.session
            if app.scene.name == "card" and session is not None:
                if group:
                    play_group_card(session.game)
                else:
                    press(pygame.K_1 + choose(session.game))
            else:
                press(pygame.K_RETURN)
            if app.scene is before:
                raise RuntimeError(f"the {before.name} screen did not respond to input")
            limit -= 1
            if limit <= 0:
                raise RuntimeError("the game did not reach its end screen")
            if group and app.scene.name == "card":
                continue  # play_group_card shoots it, hidden first
            shoot()
            if group and app.scene.name == "feedback":
                shoot_presenter("feedback")
    finally:
        if owns_display:
            pygame.display.quit()
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    return paths
