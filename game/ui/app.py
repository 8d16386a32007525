"""The App: owns the window, the fonts and text cache, the scene switch and the event-driven loop."""

from __future__ import annotations

import gc
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.i18n import LANGUAGES, next_language, playable_languages, t
from game.paths import has_saves, user_data_folder
from game.settings import TEXT_SCALES, PlaySettings
from game.ui import style, textinput
from game.ui.draw import Painter
from game.ui.filewatch import FileWatch
from game.ui.fonts import FontBook
from game.ui.loading import Catalogue, ScenarioEntry, Shelf
from game.ui.notices import LONG_TOAST_MS, TOAST_MS, ReloadErrors, Toast, draw_errors, draw_toast
from game.ui.previews import Preview, PreviewStore
from game.ui.scene import Scene
from game.ui.scenes.title import TitleScene
from game.ui.waiting import EventWait
from game.ui.widgets import BoxClick

# Start-up: the title screen needs only the modules above. The other screens, the presenter window,
# saves and session logs (and through them the engine) are imported when first used, so the window
# shows its first frame sooner (python -m benchmarks measures it).
if TYPE_CHECKING:
    from game.core.model import Scenario
    from game.core.save import SaveData
    from game.core.session_log import LogWriter
    from game.ui.motion import Picture
    from game.ui.narrator import Narrator
    from game.ui.phones import PhoneLink
    from game.ui.presenter import PresenterWindow
    from game.ui.presenter_link import PresenterLink
    from game.ui.scenes.pause import MenuOverlay
    from game.ui.session import Session, Step
    from game.ui.sound import Cue

INPUT_GUARD_MS = 250  # mouse buttons: a double click never reaches the next screen
KEY_GUARD_MS = 120  # keys: held keys are filtered separately; this only absorbs bounce


def monotonic_ms() -> int:
    """Milliseconds from a monotonic clock (pygame's get_ticks needs the timer module, not initialised)."""
    return time.monotonic_ns() // 1_000_000


ANIMATION_FRAME_MS = 16
HEADLESS_DRIVERS = ("dummy", "offscreen")  # no one watches or listens: sound cues are never played
CTRL = pygame.KMOD_CTRL | pygame.KMOD_META  # Ctrl, or Cmd on a Mac
MODIFIERS = pygame.KMOD_CTRL | pygame.KMOD_ALT | pygame.KMOD_META  # a letter with these is not a game key


class App:
    """Runs scenes; input goes to the pause menu when it is open, else to the current scene."""

    def __init__(
        self,
        catalogue: Catalogue,
        lang: str | None,
        seed: int | None,
        size: tuple[int, int],
        fullscreen: bool = False,
        clock: Callable[[], int] | None = None,
        input_guard_ms: int = INPUT_GUARD_MS,
        settings: PlaySettings | None = None,
        data_dir: Path | None = None,
        autosave: bool = True,
        watch: bool = False,
        shelf: Shelf | None = None,
    ) -> None:
        """`data_dir`: where saves go (DATA_DIR/saves; default the user's data folder); `autosave`
        False writes none (screenshots); `shelf`: the own scenario folder and the recent files."""
        pygame.display.init()
        pygame.font.init()
        pygame.key.set_repeat()  # no key repeat: a held key is one press (but in a text field: textinput)
        self.clock = clock or monotonic_ms
        self.input_guard_ms = input_guard_ms
        self.catalogue = catalogue
        self.seed = seed
        self.settings = settings or PlaySettings()
        self.fonts = FontBook(reading=self.settings.reading_font)
        self.shelf = shelf or Shelf(catalogue, None, None)
        self.session: Session | None = None
        self.saves_folder: Path | None = None
        self.previews: PreviewStore | None = None  # the title's previews (previews.py), beside the saves
        if autosave:
            folder = user_data_folder(data_dir)
            self.saves_folder = folder / "saves"  # game.core.save.saves_dir, without importing the engine
            self.previews = PreviewStore(folder / "cache" / "title-previews.json")
            entry = catalogue.selected
            if entry.path is not None and not entry.loaded and entry.preview is None:
                entry.preview = self.previews.get(entry.path)
        self._started = False  # whether the work put off until after the first frame is done
        self._waiting = EventWait()
        self._save_warned = False
        self._log: LogWriter | None = None  # the current session's log (game/core/session_log.py)
        self.fullscreen = False
        self.window_size = size
        self.running = True
        self.dirty = True
        self.frames = 0
        self.records: list[tuple[pygame.Rect, pygame.Rect]] = []
        self._held: set[int] = set()
        self._shown_at = -INPUT_GUARD_MS
        self._motion_frame = False  # the last frame drawn was part of a motion: draw the settled one after it
        self._cues: list[Cue] = []  # asked for since the last frame; played once it is on screen
        self._release_at: int | None = None  # when the audio device may be closed again (after the cues)
        self._lang = lang or self._default_language()
        self.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
        # Headless (tests, screenshots, benchmarks under the dummy driver) never plays sound.
        self.audible = pygame.display.get_driver() not in HEADLESS_DRIVERS
        self.narrator: Narrator | None = None  # read aloud (narrator.py), made when first switched on
        if fullscreen:
            self.toggle_fullscreen()
        self._caption()
        self.pause: MenuOverlay | None = None  # the menu over the screen: pause, or the undo question
        self.toast: Toast | None = None
        self.reload_errors: ReloadErrors | None = None
        self._errors_rect: pygame.Rect | None = None
        self._errors_click = BoxClick()
        self.scene: Scene = TitleScene(self, catalogue)
        self.scene.on_show()
        if self.settings.read_aloud:  # --read-aloud: from the title screen on
            self.settings.read_aloud = False
            self.toggle_read_aloud()
        self.watch = FileWatch(entry.path for entry in catalogue.entries if entry.path) if watch else None
        self.phones: PhoneLink | None = None  # votes from phones in the room (game/ui/phones.py)
        if self.settings.phones:
            self.toggle_phones()
        self.presenter_link: PresenterLink | None = None  # the presenter window, made when first opened
        if self.settings.presenter:
            self._presenter_link().open(startup=True)

    # -- what scenes may use (the Host protocol) --------------------------------------

    @property
    def lang(self) -> str:
        return self.session.lang if self.session is not None else self._lang

    @property
    def size(self) -> tuple[int, int]:
        surface = pygame.display.get_surface()
        return surface.get_size() if surface is not None else self.window_size

    def now(self) -> int:
        return self.clock()

    def redraw(self) -> None:
        self.dirty = True

    def show(self, scene: Scene) -> None:
        """Switch screens; input is ignored for a moment so a held key or double click acts once."""
        self.scene.on_hide()
        self.scene = scene
        scene.on_show()
        if self.narrator is not None:
            self.narrator.shown(scene, self.lang)
        self._shown_at = self.now()
        self.dirty = True

    def advance(self) -> None:
        session = self.session
        if session is None:
            return
        self._show_step(session, session.next_step())

    def _show_step(self, session: Session, step: Step) -> None:
        from game.ui.debrief_link import scene_for_end
        from game.ui.scenes.card import CardScene
        from game.ui.scenes.feedback import FeedbackScene
        from game.ui.scenes.outcome import OutcomeScene
        from game.ui.scenes.yearend import YearScene

        if step.kind == "card":
            self.show(CardScene(self, session))
        elif step.kind == "feedback":
            leaving = self._picture(self.scene) if self.scene.name == "card" else None
            self.show(FeedbackScene(self, session, leaving))
        elif step.kind == "year" and step.summary is not None:
            self.show(YearScene(self, session, step.summary))
        elif step.kind == "outcome":
            self.show(OutcomeScene(self, session, step.outcome))
        else:
            self.show(scene_for_end(self, session, step))

    def start(self, entry: ScenarioEntry) -> None:
        from game.ui.scenes.intro import IntroScene
        from game.ui.session import Session

        scenario = entry.load(self.lang)  # (the title screen may have shown only its preview so far)
        if scenario is None:
            return
        self.shelf.opened(entry.path)
        lang = scenario.text_language(self._lang)
        group = self.settings.group
        session = Session(
            scenario,
            self._new_seed(),
            lang,
            entry.path,
            group_name=self.settings.group_name if group else "",
            mode="group" if group else "solo",
        )
        self._begin(session)
        self.reload_errors = None
        self.show(IntroScene(self, session))

    def restart(self) -> None:
        from game.ui.scenes.intro import IntroScene
        from game.ui.session import Session

        session = self.session
        if session is None:
            return
        self.save_now()
        new = Session(
            session.scenario, self._new_seed(), session.lang, session.path, session.group_name, session.mode
        )
        self._begin(new)
        self.show(IntroScene(self, new))

    def _begin(self, session: Session, fresh_log: bool = False) -> None:
        """Make `session` the game in the window (saved and logged from now on), with no menu open."""
        self.session = session
        self._lang = session.lang
        self._track(session, fresh_log)
        self.pause = None
        self._caption()

    def to_title(self) -> None:
        if self.session is not None:
            self.save_now()
            self._lang = self.session.lang
        self.session = None
        self.pause = None
        self.reload_errors = None
        self.show(TitleScene(self, self.catalogue))

    def reload(self) -> None:
        """F5: read the scenario file again and replay this game's choices on it (see `_reloaded`).

        An invalid file leaves everything as it was and shows its errors over the screen.
        """
        session = self.session
        entry = self.catalogue.selected if session is None else self._entry_of(session)
        path = session.path if session is not None else entry.path if entry is not None else None
        if path is None:
            self.notify(t("reload.no_file", self.lang), LONG_TOAST_MS)
            return
        from game.ui.reload import read_scenario

        check = read_scenario(path, self.lang)
        if check.scenario is None:
            self.reload_errors = ReloadErrors(path.name, check.errors)
            self.toast = None
            if entry is not None and entry.scenario is None:
                entry.error = "\n".join(check.errors)  # the title screen shows why it cannot start
            self.dirty = True
            return
        self.reload_errors = None
        from game.ui.icons import forget_icons

        forget_icons()  # an icon file the author changed is read again
        if entry is not None:
            entry.scenario, entry.error = check.scenario, None
        if session is None:
            self.scene.invalidate()
            self.notify(t("reload.done", self.lang), TOAST_MS)
            return
        self._reloaded(session, check.scenario)

    def _reloaded(self, old: Session, scenario: Scenario) -> None:
        """Continue on `scenario` at the same point: same seed, the choices replayed, the same screen."""
        from game.ui.scenes.intro import IntroScene
        from game.ui.scenes.yearend import YearScene
        from game.ui.session import Session

        choices = old.game.state.choices
        new, divergence = Session.replayed(scenario, old.seed, old.lang, choices, old.path)
        new.adopt(old)
        self._track(new, fresh_log=True)
        self.session = new
        self._lang = new.lang
        scene = self.scene
        step: Step | None = None
        if divergence is None:
            if scene.name == "intro" or (scene.name == "statements" and not choices):
                self.show(IntroScene(self, new))
                self.notify(t("reload.done", new.lang), TOAST_MS)
                return
            if scene.name == "year" and isinstance(scene, YearScene):
                step = new.resume("year", year=scene.summary.year)
            elif scene.name in ("feedback", "outcome", "end"):
                step = new.resume("feedback" if scene.name == "feedback" else "outcome")
                if step is not None and scene.name == "end":
                    step = new.resume("end")
        if step is None:
            step = new.resume("card", "outcome") or new.next_step()
        self._show_step(new, step)
        self._shown_at = -INPUT_GUARD_MS  # the player pressed F5, not a key meant for the new screen
        if divergence is None:
            self.scene.finish_motions()  # the same screen with the file's new text: nothing comes in
            self._cues.clear()
            self.notify(t("reload.done", new.lang), TOAST_MS)
            return
        message = t(
            "reload.partial",
            new.lang,
            kept=divergence.index,
            total=len(choices),
            next=divergence.index + 1,
            card=divergence.card_name(old.scenario, new.lang),
        )
        self.notify(message, LONG_TOAST_MS)

    def _entry_of(self, session: Session) -> ScenarioEntry | None:
        """The title screen's entry for the session's file (kept in step with reloads)."""
        for entry in self.catalogue.entries:
            if entry.path is not None and session.path is not None and entry.path == session.path:
                return entry
        return None

    def _picture(self, scene: Scene) -> Picture | None:
        """The moving part of the last frame (the card just decided), to show it leaving; None with
        reduced motion."""
        if self.settings.reduced_motion or scene.stage is None:
            return None
        from game.ui.motion import Picture

        return Picture.of(self.screen, scene.stage)

    def notify(self, text: str, duration_ms: int) -> None:
        self.toast = Toast(text, self.now() + duration_ms)
        self.dirty = True

    def close_errors(self) -> None:
        self.reload_errors = None
        self._errors_rect = None
        self.dirty = True

    def open_pause(self) -> None:
        from game.ui.scenes.pause import PauseScene

        self._open_overlay(PauseScene(self))

    def _open_overlay(self, overlay: MenuOverlay) -> None:
        """Show `overlay` (the pause menu, the undo question, the help) over the screen."""
        self.pause = overlay
        overlay.on_show()
        self.dirty = True

    def ask_undo(self) -> None:
        """U or Ctrl+Z: ask whether to take back the last decision (nothing to take back: say so)."""
        from game.ui.scenes.pause import UndoScene

        session = self.session
        if session is None or self.scene.name in ("title", "intro"):
            return
        if not session.can_undo:
            self.notify(t("undo.nothing", self.lang), TOAST_MS)
            return
        record = session.game.state.choices[-1]
        card = session.scenario.card(record.card)
        self._open_overlay(UndoScene(self, session.text(card.options[record.option].label)))

    def undo(self) -> None:
        """Take back the last decision and show its card again, as it was before."""
        session = self.session
        self.close_pause()
        if session is None:
            return
        record = session.undo()
        if record is None:
            return
        self._show_step(session, session.next_step())
        title = session.text(session.scenario.card(record.card).title)
        self.notify(t("undo.done", session.lang, card=title), TOAST_MS)

    def close_pause(self) -> None:
        if self.pause is not None:
            self.pause.on_hide()
        self.pause = None
        self.dirty = True

    # -- legibility: help and text size ----------------------------------------------

    def _view_key(self, event: pygame.event.Event) -> bool:
        """F1 or ? (help; Esc closes it), Ctrl+plus / Ctrl+minus / Ctrl+0 (text size; keypad + and - also
        without Ctrl).

        In a text field (a screen that `wants_text`) ? and the keypad's + and - are typed, not keys.
        """
        from game.ui.scenes.help import HelpScene

        key, mod = event.key, event.mod
        typing = self._target().wants_text
        ctrl = bool(mod & CTRL)
        question = getattr(event, "unicode", "") == "?" or key == pygame.K_QUESTION
        if key == pygame.K_F1 or (question and not typing and not ctrl):
            self.toggle_help()
        elif key == pygame.K_ESCAPE and isinstance(self.pause, HelpScene):
            self.close_help()  # back to the menu the help covered, if any
        elif (ctrl or not typing) and key in (pygame.K_KP_PLUS, pygame.K_KP_MINUS):
            self.step_text_scale(1 if key == pygame.K_KP_PLUS else -1)
        elif ctrl and key in (pygame.K_PLUS, pygame.K_EQUALS, pygame.K_MINUS, pygame.K_0, pygame.K_KP0):
            self.step_text_scale({pygame.K_PLUS: 1, pygame.K_EQUALS: 1, pygame.K_MINUS: -1}.get(key, 0))
        else:
            return False
        return True

    def toggle_help(self) -> None:
        """F1 or ?: the keys of what is on screen; again (or Esc, Enter) closes it."""
        from game.ui.scenes.help import HelpScene, help_screen

        if isinstance(self.pause, HelpScene):
            self.close_help()
            return
        below = self.pause
        group = self.session is not None and self.session.mode == "group"  # as the debrief's mode
        screen = help_screen(self.scene.name, below.name if below is not None else None, group)
        self._open_overlay(HelpScene(self, screen, below))

    def close_help(self) -> None:
        """Close the help; the menu it covered (the pause menu) is there again."""
        from game.ui.scenes.help import HelpScene

        shown = self.pause
        if not isinstance(shown, HelpScene):
            return
        shown.on_hide()
        self.pause = shown.below
        if self.pause is not None:
            self.pause.invalidate()  # the text size or the language may have changed meanwhile
        self.dirty = True

    def step_text_scale(self, step: int) -> None:
        """One step larger (1) or smaller (-1) through TEXT_SCALES, or back to 100% (0); every layout
        is rebuilt at the new size and a toast says it ("Tekst 115%")."""
        current = self.settings.text_scale
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - current))
        index = 0 if step == 0 else max(0, min(len(TEXT_SCALES) - 1, index + step))
        self.settings.text_scale = TEXT_SCALES[index]
        self._relayout()
        self.notify(t("text.scale", self.lang, percent=round(TEXT_SCALES[index] * 100)), TOAST_MS)

    # -- motion and sound ------------------------------------------------------------

    def cue(self, name: Cue) -> None:
        """A sound cue (game/ui/sound.py), played once the frame that goes with it is on screen; never
        when muted or headless."""
        if self.audible and not self.settings.muted and name not in self._cues:
            self._cues.append(name)

    def _play_cues(self) -> None:
        cues, self._cues = self._cues, []
        if cues and not self.settings.muted:
            from game.ui import sound

            for name in cues:
                if sound.play(name):
                    self._release_at = self.now() + sound.RELEASE_MS

    def _release_sound(self) -> None:
        """Close the audio device once the cues are over: open, it costs CPU while the game waits."""
        if self._release_at is None or self.now() < self._release_at:
            return
        from game.ui import sound

        self._release_at = None if sound.release() else self.now() + sound.RELEASE_MS

    def toggle_mute(self) -> None:
        """M (and the pause menu): sound cues off or on, with a toast; muting silences what plays now."""
        settings = self.settings
        settings.muted = not settings.muted
        if settings.muted:
            self._cues = []
            self._release_at = None
            from game.ui import sound

            sound.stop()
        self.notify(t("sound.off" if settings.muted else "sound.on", self.lang), TOAST_MS)

    def toggle_read_aloud(self) -> None:
        """S, --read-aloud, the pause menu: read the screens aloud from this one on, or stop at once."""
        narrator = self._narrator()
        narrator.switch(not narrator.enabled)
        self.settings.read_aloud = narrator.enabled
        if narrator.enabled:
            narrator.shown(self._target(), self.lang)
        self.notify(t("read.on" if narrator.enabled else "read.off", self.lang), TOAST_MS)
        self._voice_problem()

    def _narrator(self) -> Narrator:
        """Read aloud, made when first asked for: a game that never reads aloud never loads it."""
        if self.narrator is None:
            from game.ui.narrator import Narrator, silent_voice, system_voice

            self.narrator = Narrator(system_voice if self.audible else silent_voice, self._voice_problem)
        return self.narrator

    def _voice_problem(self) -> None:
        """No speech on this computer, or the voice stopped answering: said once, and the game plays on."""
        notice = self._narrator().take_notice(self.lang)
        if notice is not None:
            self.notify(notice, LONG_TOAST_MS)

    def toggle_reading_font(self) -> None:
        """The pause menu, --reading-font: the reading font (OpenDyslexic, wider lines) or the usual one."""
        self.settings.reading_font = not self.settings.reading_font
        self.fonts.use_reading_font(self.settings.reading_font)
        self._relayout()

    def open_own_folder(self) -> None:
        """O on the title screen: the own scenario folder in the file manager, or where to find it."""
        folder = self.shelf.own_folder
        if folder is not None:
            key = "title.folder_opened" if self.shelf.open_folder() else "title.folder_failed"
            self.notify(t(key, self.lang, folder=str(folder)), LONG_TOAST_MS)

    def open_dropped(self, path: Path) -> None:
        """A file dropped on the window: checked and selected on the title screen (a game in progress is
        saved first), or its problems shown over the screen as F5 shows them."""
        taken = self.shelf.take(path, self.lang)
        if taken is None:
            self.notify(t("drop.not_scenario", self.lang, name=path.name), LONG_TOAST_MS)
            return
        entry, errors = taken
        self.to_title()
        if errors:
            self.reload_errors = ReloadErrors(path.name, errors)
        else:
            self.notify(t("drop.opened", self.lang, name=entry.title(self.lang)), TOAST_MS)

    def toggle_motion(self) -> None:
        """The pause menu: motion off (every screen appears settled) or on again."""
        self.settings.reduced_motion = not self.settings.reduced_motion
        if self.settings.reduced_motion:
            self.scene.finish_motions()
        self.dirty = True

    def toggle_language(self) -> None:
        if self.session is not None:
            self.session.lang = next_language(self.session.lang, self.session.languages)
            self._lang = self.session.lang
        else:
            self._lang = next_language(self._lang, self._title_languages())
        self._caption()
        self.dirty = True

    def toggle_fullscreen(self) -> None:
        if self.fullscreen:
            self.screen = pygame.display.set_mode(self.window_size, pygame.RESIZABLE)
            self.fullscreen = False
        else:
            self.window_size = self.size
            desktop = pygame.display.get_desktop_sizes()
            full = desktop[0] if desktop else self.window_size
            self.screen = pygame.display.set_mode(full, pygame.FULLSCREEN)
            self.fullscreen = True
        self._relayout()

    def quit(self) -> None:
        self.save_now()
        self.running = False

    # -- saves (game/core/save.py): autosave and Doorgaan ------------------------------------

    def _track(self, session: Session, fresh_log: bool = False) -> None:
        """Save `session` now and after every decision and undo, and keep its session log.

        `fresh_log`: the game was replayed on a changed scenario file (F5, or resuming after an
        edit), so its events start a new log that replays against the file as it is now.
        """
        self._open_log(session, fresh_log)
        session.autosave = self._autosave
        self._autosave(session)

    def _open_log(self, session: Session, fresh: bool) -> None:
        from game.core.session_log import LogError, LogWriter, SessionHeader, log_path

        if self._log is not None:
            self._log.close()
            self._log = None
        folder = self.saves_folder
        if folder is None:
            return
        path = log_path(folder.parent / "logs", session.session_id, fresh)
        header = SessionHeader.starting(
            session.scenario, session.path, session.seed, session.lang, session.mode, session.group_name
        )
        try:
            self._log = LogWriter(path, header)
        except (OSError, LogError) as exc:
            self.notify(t("saves.log_failed", self.lang, problem=str(exc)), LONG_TOAST_MS)
            return
        session.log_path = path
        session.on_room_event = self._room_event

    def _room_event(self, session: Session, kind: str, data: dict[str, object]) -> None:
        """Reveal, timer, voting and tie go into the session log as they happen."""
        if self._log is not None and session is self.session:
            state = session.game.state
            self._write_log(lambda log: log.room(kind, state.year, state.turn, **data))

    def save_now(self) -> None:
        if self.session is not None:
            self._autosave(self.session)

    def _autosave(self, session: Session) -> None:
        """Write the session's save; a failure (disk full, read-only) is said once and play goes on."""
        from game.core.save import capture, save_path, write_save

        folder = self.saves_folder
        if folder is None:
            return
        data = capture(
            session.game,
            session_id=session.session_id,
            lang=session.lang,
            group_name=session.group_name,
            mode=session.mode,
            scenario_path=session.path.resolve() if session.path is not None else None,
            undo=session.undo_stack,
            started_at=session.started_at,
            debriefing=session.debriefing,
        )
        session.started_at = data.started_at
        try:
            write_save(save_path(folder, session.session_id), data)
        except OSError as exc:
            if not self._save_warned:
                self._save_warned = True
                self.notify(t("saves.write_failed", self.lang, problem=exc.strerror or exc), LONG_TOAST_MS)
        if session is self.session or self.session is None:
            self._write_log(lambda log: log.game_events(session.game))  # after the save: see LogWriter

    def _write_log(self, write: Callable[[LogWriter], None]) -> None:
        """Append to the session log; a failure is said once (like a failed save) and play goes on."""
        log = self._log
        if log is None:
            return
        try:
            write(log)
        except (OSError, ValueError) as exc:
            self._log = None
            self.notify(t("saves.log_failed", self.lang, problem=str(exc)), LONG_TOAST_MS)

    def resumable_saves(self) -> list[tuple[Path, SaveData]]:
        """The unfinished saved sessions, newest first; unreadable files are moved aside and said."""
        if self.saves_folder is None or not has_saves(self.saves_folder):
            return []  # (without importing game.core.save: the title's first frame needs it only for this)
        from game.core.save import list_saves

        listing = list_saves(self.saves_folder)
        if listing.problems:
            problem = listing.problems[0]
            self.notify(t("saves.broken", self.lang, problem=str(problem)), LONG_TOAST_MS)
        return list(listing.resumable())

    def open_saves(self) -> None:
        from game.ui.scenes.saves import SavesScene

        self.show(SavesScene(self))

    def resume(self, path: Path) -> str | None:
        """Continue the session saved in `path` exactly where it was; when the scenario changed since,
        replay its choices on it. Returns why it cannot be continued (the save is then kept), or None."""
        from game.core.save import SaveError, read_save
        from game.ui.session import Session

        try:
            data = read_save(path)
        except SaveError as error:
            return t("saves.broken", self.lang, problem=str(error))
        found = self._scenario_for(data)
        if found is None:
            where = data.scenario_path or "?"
            return t("saves.no_scenario", self.lang, scenario=data.scenario_id, path=where)
        scenario, scenario_path = found
        notice = t("saves.resumed", data.lang)
        fresh_log = False
        if scenario.content_hash == data.content_hash:
            session = Session.from_save(scenario, data, scenario_path)
        else:
            choices = data.state.choices
            session, divergence = Session.replayed(scenario, data.seed, data.lang, choices, scenario_path)
            if divergence is not None:
                name = divergence.card_name(scenario, self.lang)
                return t("saves.diverged", self.lang, index=divergence.index + 1, card=name)
            session.adopt(data)
            notice = t("saves.replayed", data.lang, count=len(choices))
            fresh_log = True
        self.settings.group = session.mode == "group"
        if self.settings.group:
            self.settings.group_name = session.group_name
        self._begin(session, fresh_log)
        self.reload_errors = None
        self._show_step(session, session.resumed_step())
        self.notify(notice, TOAST_MS)
        return None

    def _scenario_for(self, data: SaveData) -> tuple[Scenario, Path | None] | None:
        """The save's scenario: from its file, else a title-screen entry with the same id (same content
        preferred)."""
        from game.ui.reload import read_scenario

        candidates: list[tuple[Scenario, Path | None]] = []
        if data.scenario_path is not None and Path(data.scenario_path).is_file():
            check = read_scenario(Path(data.scenario_path))
            if check.scenario is not None:
                candidates.append((check.scenario, Path(data.scenario_path)))
        for entry in self.catalogue.entries:
            scenario = entry.load()
            if scenario is not None:
                candidates.append((scenario, entry.path))
        matching = [item for item in candidates if item[0].id == data.scenario_id]
        exact = [item for item in matching if item[0].content_hash == data.content_hash]
        best = exact or matching
        return best[0] if best else None

    # -- the presenter window (game/ui/presenter_link.py) ------------------------------

    @property
    def presenter(self) -> PresenterWindow | None:
        return self.presenter_link.window if self.presenter_link is not None else None

    def toggle_presenter(self) -> None:
        self._presenter_link().toggle()

    def _presenter_link(self) -> PresenterLink:
        if self.presenter_link is None:
            from game.ui.presenter_link import PresenterLink

            self.presenter_link = PresenterLink(self)
        return self.presenter_link

    def _presenter_stale(self) -> bool:
        return self.presenter_link is not None and self.presenter_link.stale()

    def _loop_timeout(self) -> int:
        """wait_timeout, or at once when the presenter's picture is out of date."""
        return 1 if self._presenter_stale() else self.wait_timeout()

    # -- events ----------------------------------------------------------------------

    def resize(self, size: tuple[int, int]) -> None:
        """Resize the window (as the user would by dragging its edge)."""
        self.window_size = size
        self.screen = pygame.display.set_mode(size, pygame.RESIZABLE)
        self._relayout()

    def handle(self, event: pygame.event.Event) -> None:
        kind = event.type
        if self.presenter_link is not None and self.presenter_link.event(event):
            return
        if kind == pygame.QUIT:
            self.save_now()
            self.running = False
        elif kind in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            self._relayout()
        elif kind in (pygame.WINDOWEXPOSED, pygame.VIDEOEXPOSE, pygame.WINDOWRESTORED):
            self.dirty = True
        elif kind == pygame.WINDOWFOCUSLOST:
            self._held.clear()
        elif kind == pygame.KEYUP:
            self._held.discard(event.key)
        elif kind == pygame.KEYDOWN:
            self._key(event)
        elif kind in (pygame.TEXTINPUT, pygame.TEXTEDITING) and self._target().wants_text:
            self._target().handle_event(event)
        elif kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP) and self._on_errors(event):
            return
        elif kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            if self.now() - self._shown_at >= self.input_guard_ms:
                if kind == pygame.MOUSEBUTTONDOWN:
                    self._finish_motions()  # a click ends the motions too, and then does what it does
                self._target().handle_event(event)
        elif kind in (pygame.MOUSEMOTION, pygame.MOUSEWHEEL):
            self._target().handle_event(event)
        elif kind == pygame.DROPFILE:
            self.open_dropped(Path(event.file))

    def _key(self, event: pygame.event.Event) -> None:
        key = event.key
        if not textinput.new_press(event, key in self._held, self.pause is None and self.scene.wants_text):
            return  # a repeat of a held key is never a new press (but an editing key's in a text field)
        self._held.add(key)
        if self.now() - self._shown_at < min(KEY_GUARD_MS, self.input_guard_ms):
            return
        self._finish_motions()  # any key ends the motions at once, and then does what it always does
        if self._view_key(event):
            return
        if key == pygame.K_F11:
            self.toggle_fullscreen()
        elif self.pause is None and self.scene.wants_text:
            self.scene.handle_event(event)  # letters, Esc and F5 belong to the text field
        elif key == pygame.K_F5:
            self.reload()
        elif key == pygame.K_l and not event.mod & MODIFIERS:
            self.toggle_language()
        elif key == pygame.K_m and not event.mod & MODIFIERS:
            self.toggle_mute()
        elif key == pygame.K_s and not event.mod & MODIFIERS:
            self.toggle_read_aloud()
        elif key == pygame.K_h and not event.mod & MODIFIERS:
            self._narrator().again(self._target(), self.lang)
        elif (key == pygame.K_u and not event.mod & MODIFIERS) or (key == pygame.K_z and event.mod & CTRL):
            if self.pause is None:
                self.ask_undo()
        elif key == pygame.K_ESCAPE:
            if self.pause is not None:
                self.close_pause()
            elif not self.scene.on_escape():
                self.open_pause()  # (Esc in the end screen's what if goes back to the real course first)
        else:
            self._target().handle_event(event)

    def _on_errors(self, event: pygame.event.Event) -> bool:
        """A click on the error banner closes it; clicks on the banner never reach the screen below."""
        rect = self._errors_rect
        if self.reload_errors is None or rect is None:
            return False
        consumed, clicked = self._errors_click.handle(event, rect)
        if clicked:
            self.close_errors()
        return consumed

    def _target(self) -> Scene:
        return self.pause if self.pause is not None else self.scene

    def animating(self) -> bool:
        return self.scene.animating()

    def _finish_motions(self) -> None:
        if self.scene.finish_motions():
            self.dirty = True

    def _wants_frame(self) -> bool:
        """Something changed, a motion runs, or one just ended (its settled frame is not drawn yet)."""
        return self.dirty or self._motion_frame or self.animating()

    # -- drawing and the loop ----------------------------------------------------------

    def draw(self) -> None:
        surface = pygame.display.get_surface()
        if surface is None:
            return
        self.screen = surface
        moving = self.animating()  # before drawing: a frame that starts settled shows the settled screen
        surface.fill(style.BACKGROUND)
        painter = Painter(surface, self.fonts, text_scale=self.settings.text_scale)
        self.scene.draw(painter)
        if self.pause is not None:
            self.pause.draw(painter)
        self._expire_toast()
        self._errors_rect = None
        if self.reload_errors is not None:
            self._errors_rect = draw_errors(painter, self.reload_errors, self.lang)
        if self.toast is not None:
            draw_toast(painter, self.toast.text)
        pygame.display.flip()
        self.records = painter.records
        self.frames += 1
        self.dirty = False
        motion_frame, self._motion_frame = self._motion_frame, moving
        if self.presenter_link is not None and (not (motion_frame and moving) or self._presenter_stale()):
            self.presenter_link.draw()  # with the projector, but not every frame of a motion it does not show
        self._play_cues()

    def pump(self) -> None:
        """Handle every queued event, then redraw if anything changed (used by tests and screenshots)."""
        for event in pygame.event.get():
            self.handle(event)
        self._after_events()
        if self._wants_frame():
            self.draw()
        if self.frames:
            self._finish_start()

    def run(self, quit_after_first_frame: bool = False) -> int:
        """The event-driven loop: block on the queue, waking every frame only while something animates."""
        while self.running:
            if self._wants_frame():
                self.draw()
                if quit_after_first_frame:
                    self._remember_preview()
                    return 0
                gc.enable()  # paused by main.py until the first frame is on screen
                self._finish_start()
            for event in self._waiting.events(self._loop_timeout(), self._woken):
                self.handle(event)
            self._after_events()
        return 0

    def _after_events(self) -> None:
        """What time did meanwhile: a toast over, the audio device free, a screen or the presenter out
        of date."""
        self._expire_toast()
        self._release_sound()
        self._wake_scene()
        narrator = self.narrator
        if narrator is not None and narrator.follow(self._target(), self.lang) and self._release_at is None:
            from game.ui import sound

            self._release_at = self.now() + sound.RELEASE_MS  # the audio device closes after the speech
        if self._presenter_stale() or (self.phones is not None and self.phones.sync(self.scene, self.lang)):
            self.dirty = True
        if (
            self.watch is not None
            and self.watch.pending
            and self.watch.take(self.session.path if self.session else self.catalogue.selected.path)
        ):
            self.reload()  # --watch: the file was saved; as F5

    def wait_timeout(self) -> int:
        """How long the loop may block: a frame while animating, until a toast expires, the screen asks
        to be woken (a running timer) or the audio device can be closed, else forever (0)."""
        if self.animating():
            return ANIMATION_FRAME_MS
        waits = [] if self.toast is None else [self.toast.until - self.now()]
        if self._release_at is not None:
            waits.append(self._release_at - self.now())
        wake = self.scene.wake_in(self.now())
        if wake is not None:
            waits.append(wake)
        return max(1, min(waits)) if waits else 0

    def _wake_scene(self) -> None:
        wake = self.scene.wake_in(self.now())
        if wake is not None and wake <= 0:
            self.dirty = True

    def _expire_toast(self) -> None:
        if self.toast is not None and self.now() >= self.toast.until:
            self.toast = None
            self.dirty = True

    def _woken(self) -> bool:
        """Something outside the window changed: the phones voted, a watched file was saved, or speech
        is ready to be played."""
        return (
            (self.phones is not None and self.phones.changed())
            or bool(self.watch and self.watch.pending)
            or (self.narrator is not None and self.narrator.ready())
        )

    def toggle_phones(self) -> None:
        """Voting by phone on or off (--phones, the title screen, the pause menu); why it cannot start
        is said on screen in plain words, and the session goes on with key votes."""
        from game.ui.phones import switch_phones

        self.phones, problem = switch_phones(self.phones, self.settings, self.lang)
        if problem is not None:
            self.notify(problem, LONG_TOAST_MS)
        self._relayout()

    def close(self) -> None:
        for running in (self.phones, self.watch):
            if running is not None:
                running.stop()
        self.save_now()
        if self.narrator is not None:
            self.narrator.close()
        if self._release_at is not None:
            from game.ui import sound

            sound.stop()
        if self._log is not None:
            self._log.close()
            self._log = None
        if self.presenter_link is not None:
            self.presenter_link.shut()
        pygame.display.quit()

    # -- helpers ---------------------------------------------------------------------

    def _relayout(self) -> None:
        self.scene.invalidate()
        if self.pause is not None:
            self.pause.invalidate()
        self.dirty = True

    def _new_seed(self) -> int:
        """The --seed given on the command line for every game, else a fresh one per game."""
        return self.seed if self.seed is not None else random.randrange(2**31)

    def _caption(self) -> None:
        pygame.display.set_caption(t("app.title", self.lang))

    def _default_language(self) -> str:
        entry = self.catalogue.selected
        if entry.languages is None:
            entry.load()
        languages = entry.languages  # the scenario's, or its preview's until it is loaded
        if languages is not None and languages[0] in LANGUAGES:
            return languages[0]
        return LANGUAGES[0]

    def _title_languages(self) -> tuple[str, ...]:
        languages = self.catalogue.selected.languages
        return playable_languages(languages) if languages is not None else LANGUAGES

    # -- start-up: what waits until the first frame is on screen ---------------------------

    def _finish_start(self) -> None:
        """Once, after the first frame: load the scenario the title screen showed from its preview (the
        screen is laid out again if the file says otherwise) and keep its preview for the next start."""
        if self._started:
            return
        self._started = True
        entry = self.catalogue.selected
        preview = entry.preview if not entry.loaded else None
        scenario = entry.load()
        if preview is not None and (scenario is None or Preview.of(scenario) != preview):
            self.scene.invalidate()
            self.dirty = True
        self._remember_preview()

    def _remember_preview(self) -> None:
        entry = self.catalogue.selected
        if self.previews is not None and entry.path is not None and entry.loaded:
            self.previews.remember(entry.path, entry.scenario)
