"""The presenter window as the App runs it: opening and closing it, its events, drawing it when stale."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.i18n import t
from game.ui.notices import LONG_TOAST_MS, TOAST_MS

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.presenter import PresenterView, PresenterWindow


class PresenterLink:
    """The facilitator's second window (game/ui/presenter.py), if open, for the App that owns it."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.window: PresenterWindow | None = None

    def toggle(self) -> None:
        """Open or close the facilitator's presenter window (--presenter, the pause menu)."""
        if self.window is not None:
            self.close()
        else:
            self.open(startup=False)

    def open(self, startup: bool) -> None:
        """Open the presenter window beside (one display) or away from (two displays) the main window.

        `startup`: the main window was just opened where SDL put it, so with two displays it may move
        to the display that is not the primary one. If no second window can be opened, say so and play on.
        """
        from game.ui.presenter import PresenterWindow, place_here

        plan = place_here(self.app.size, move_main=startup, fullscreen=self.app.fullscreen)
        try:
            if plan.main_size is not None and plan.main_size != self.app.size:
                self.app.resize(plan.main_size)
            if plan.main_position is not None:
                pygame.display.set_window_position(plan.main_position)
        except pygame.error:
            pass  # some drivers (Wayland) place windows themselves
        try:
            self.window = PresenterWindow.open(t("presenter.title", self.app.lang), plan)
        except pygame.error:
            self.window = None
            self.app.settings.presenter = False
            self.app.notify(t("presenter.failed", self.app.lang), LONG_TOAST_MS)
            return
        self.app.settings.presenter = True
        self.app.dirty = True

    def close(self, notice: str | None = None) -> None:
        presenter, self.window = self.window, None
        self.app.settings.presenter = False
        if presenter is not None:
            presenter.close()
        if notice is not None:
            self.app.notify(t(notice, self.app.lang), TOAST_MS)
        self.app.dirty = True

    def event(self, event: pygame.event.Event) -> bool:
        """Events of the presenter window (True: handled here). Keys typed there go on to the game;
        clicks there are dropped (their positions are not the projector's); closing it turns presenter
        mode off. With two windows SDL sends no QUIT for the main window's close button, so its
        WINDOWCLOSE quits here."""
        from game.ui.presenter import PASSED_ON, REDRAW_ON

        presenter = self.window
        if presenter is None:
            return False
        kind = event.type
        if not presenter.owns(event):
            if kind == pygame.WINDOWCLOSE:
                self.app.save_now()
                self.app.running = False
                return True
            if kind == pygame.WINDOWDISPLAYCHANGED:
                self._keep_apart(presenter)
            return False
        if kind == pygame.WINDOWCLOSE:
            self.close()
        elif kind in PASSED_ON:
            return False
        elif kind in REDRAW_ON:  # resized, exposed, restored, moved to another display: draw it again
            presenter.drawn = None
            self.app.dirty = True
        return True  # clicks, focus and the rest concern the presenter window only

    def _keep_apart(self, presenter: PresenterWindow) -> None:
        """The main window moved to another display: with two displays, keep the presenter off it."""
        from game.ui.presenter import display_of, place

        try:
            desktops = pygame.display.get_desktop_sizes()
            position = pygame.display.get_window_position()
            if len(desktops) >= 2 and display_of(desktops, position, self.app.size) == display_of(
                desktops, presenter.position, presenter.size
            ):
                presenter.move(place(desktops, position, self.app.size, fullscreen=self.app.fullscreen))
        except pygame.error:
            pass  # a display going away mid-move: SDL keeps both windows on the one that is left
        self.app.dirty = True

    def view(self) -> PresenterView:
        from game.ui.debrief_link import with_queue
        from game.ui.presenter import presenter_view

        view = presenter_view(
            self.app.session, self.app.scene.name, self.app.pause is not None, self.app.lang, self.app.now()
        )
        tables = getattr(self.app.scene, "presenter_view", None)  # the room view of tables side by side
        return tables(view) if callable(tables) else with_queue(view, self.app.scene)

    def draw(self) -> None:
        """Draw the presenter window (when it is open); a window gone under us closes presenter mode."""
        presenter = self.window
        if presenter is None:
            return
        try:
            presenter.draw(self.app.fonts, self.view(), t("presenter.title", self.app.lang))
        except pygame.error:  # the window went away under us (driver, display): carry on without it
            self.close("presenter.lost")

    def stale(self) -> bool:
        """Whether the presenter's picture is out of date (the timer, the votes or the reveal changed
        since it was drawn). Its timer ticks with the card screen's (Scene.wake_in), which wakes the loop."""
        return self.window is not None and self.window.stale(self.view())

    def shut(self) -> None:
        """The App closes: close the window before the display module goes (it would dangle)."""
        if self.window is not None:
            self.window.close()
            self.window = None
