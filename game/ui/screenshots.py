"""Rendering every screen of one game to numbered PNGs with the real scenes under SDL's dummy driver.

Solo play: one PNG per screen. A group session (`settings.group`) goes through the title and the
group-name screen with real key and text events, and shoots every card in each phase the room sees it:
hidden, revealed with the discussion timer running, voting (on the first card a tie that the
facilitator resolves), then the feedback with the split; the presenter view is rendered offscreen for
the vote and the feedback (the dummy driver has no room for a real second window).

`Driver` is what both this and the README gallery (game/ui/gallery.py) drive the window with: real key
presses and typed text on a ManualClock, a shot after the screen has settled.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from game.core.engine import Game
from game.core.model import Scenario
from game.core.voting import sample_votes
from game.settings import PlaySettings
from game.ui.loading import Catalogue, ScenarioEntry

if TYPE_CHECKING:
    import pygame

    from game.ui.app import App

SETTLE_MS = 10_000  # before every shot: past the input guard, any motion and any toast
DISCUSSION_MS = 45_000  # the timer has run this long when the revealed card is shot (3:00 -> 2:15)

Save = Callable[["pygame.Surface", str], None]


class ManualClock:
    """A clock that only moves when told to, so input guards and animations are deterministic."""

    def __init__(self) -> None:
        self.ms = 0

    def __call__(self) -> int:
        return self.ms

    def advance(self, ms: int) -> None:
        self.ms += ms


@contextmanager
def headless_display() -> Iterator[None]:
    """SDL's dummy video (and audio) driver while the block runs, unless a display is already open
    (the tests' own); the display is closed and the environment restored afterwards."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    owns_display = not pygame.display.get_init()
    saved = {name: os.environ.get(name) for name in ("SDL_VIDEODRIVER", "SDL_AUDIODRIVER")}
    if owns_display:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    try:
        yield
    finally:
        if owns_display:
            pygame.display.quit()
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


class Driver:
    """Drives an App on a ManualClock with real events and hands each settled picture to `save`."""

    def __init__(self, app: App, clock: ManualClock, save: Save, key_gap_ms: int = 0) -> None:
        self.app = app
        self.clock = clock
        self.save = save
        self.key_gap_ms = key_gap_ms  # quiet before each key press (past a new screen's input guard)

    def settle(self) -> None:
        """Time passes (input guard, motions, toasts), then the screen is drawn as it now stands."""
        self.clock.advance(SETTLE_MS)
        self.app.pump()
        self.app.draw()

    def shoot(self, what: str | None = None) -> None:
        self.settle()
        self.save(self.app.screen, what or self.app.scene.name)

    def shoot_presenter(self, what: str) -> None:
        """The presenter window's picture at this moment, drawn on a surface of the window's size."""
        import pygame

        from game.ui.debrief_link import with_queue
        from game.ui.draw import Painter
        from game.ui.presenter import draw_presenter, presenter_view

        app = self.app
        surface = pygame.Surface(app.size)
        view = presenter_view(app.session, app.scene.name, app.pause is not None, app.lang, app.now())
        view = with_queue(view, app.scene)
        draw_presenter(Painter(surface, app.fonts), view)
        self.save(surface, f"presenter_{what}")

    def press(self, key: int, mod: int = 0) -> None:
        import pygame

        self.clock.advance(self.key_gap_ms)
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
        self.app.pump()

    def type_text(self, text: str) -> None:
        import pygame

        for char in text:  # as typed: a character at a time
            self.clock.advance(150)
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=char))
            self.app.pump()

    def play_group_card(self, game: Game, index: int) -> None:
        """Reveal, run the timer, vote (a tie on the first card) and decide option `index`; a shot of
        every phase: card_hidden, card_revealed, card_voting, then card_voting_tie and presenter_card_tie
        on the first card, presenter_card_voting on the others."""
        import pygame

        app = self.app
        card = game.current_card
        assert card is not None
        decision = len(game.state.choices)
        votes = sample_votes(decision, index, len(card.options))
        self.shoot("card_hidden")
        self.press(pygame.K_r)
        self.press(pygame.K_t)
        self.clock.advance(DISCUSSION_MS - SETTLE_MS)
        self.shoot("card_revealed")
        self.press(pygame.K_v)
        for option, count in enumerate(votes):
            for _ in range(count):
                self.press(pygame.K_1 + option)
        if decision == 0:  # a vote too many, taken back with Shift
            self.press(pygame.K_1 + index)
            self.press(pygame.K_1 + index, pygame.KMOD_LSHIFT)
        self.shoot("card_voting")
        if decision > 0:
            self.shoot_presenter("card_voting")
        self.press(pygame.K_RETURN)
        if decision == 0:  # a tie: the screen says so, the facilitator decides with a tied number
            room = app.session.room if app.session is not None else None
            if room is None or not room.tie:
                raise RuntimeError(f"the vote on card {card.id!r} did not end in a tie")
            self.shoot("card_voting_tie")
            self.shoot_presenter("card_tie")
            self.press(pygame.K_1 + index)
        record = game.state.choices[-1] if len(game.state.choices) > decision else None
        if record is None or record.option != index or record.votes != votes:
            raise RuntimeError(f"the room's vote on card {card.id!r} did not decide option {index + 1}")


def open_app(
    catalogue: Catalogue,
    lang: str,
    seed: int,
    size: tuple[int, int],
    settings: PlaySettings,
    data_dir: Path | None = None,
) -> tuple[App, ManualClock]:
    """A window on the title screen, on a manual clock; saves only into `data_dir` when one is given."""
    from game.ui.app import App

    clock = ManualClock()
    app = App(
        catalogue,
        lang,
        seed,
        size,
        clock=clock,
        settings=settings,
        data_dir=data_dir,
        autosave=data_dir is not None,
    )
    app.draw()
    return app, clock


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
    settings = settings or PlaySettings()
    group = settings.group
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with headless_display():
        import pygame

        def save(surface: pygame.Surface, what: str) -> None:
            path = out_dir / f"{len(paths) + 1:03d}_{what}.png"
            pygame.image.save(surface, str(path))
            paths.append(path)

        app, clock = open_app(Catalogue([ScenarioEntry(None, scenario)]), lang, seed, size, settings)
        drive = Driver(app, clock, save)
        drive.shoot()
        if group:
            drive.press(pygame.K_RETURN)  # the title screen's start button starts a group session here
            drive.type_text(settings.group_name or "Groep 1")
            drive.shoot()
            drive.press(pygame.K_RETURN)
            drive.shoot()
        limit = 10 * (scenario.total_turns + 5)
        while app.scene.name != "end":
            before = app.scene
            session = app.session
            if app.scene.name == "card" and session is not None:
                if group:
                    drive.play_group_card(session.game, choose(session.game))
                else:
                    drive.press(pygame.K_1 + choose(session.game))
            else:
                drive.press(pygame.K_RETURN)
                while app.scene is before and before.name == "statements" and limit > 0:
                    drive.press(pygame.K_RETURN)  # each statement in turn (nobody scores), then the card
                    limit -= 1
            if app.scene is before:
                raise RuntimeError(f"the {before.name} screen did not respond to input")
            limit -= 1
            if limit <= 0:
                raise RuntimeError("the game did not reach its end screen")
            if group and app.scene.name == "card":
                continue  # play_group_card shoots it, hidden first
            drive.shoot()
            if group and app.scene.name == "feedback":
                drive.shoot_presenter("feedback")
    return paths
