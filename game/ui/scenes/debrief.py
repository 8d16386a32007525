"""The guided debrief after the game: five phases on the projector, led with keys (group and solo).

Enter/Space the next step, -> the next phase, <- the previous one, T the phase's timer, E type an entry
(approved at once), Up/Down select a phone's answer waiting for approval, A approve it, X reject it, Q
show the queue on this screen (marked as shown), W the what-if's next decision, 1-9 a hand for a
proposal while the group votes (Shift takes one off). Every change is written to the session log."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pygame

from game.core.debrief import corner_pull
from game.debrief.flow import Debrief
from game.debrief.model import PHASES, Entry, Event
from game.i18n import t
from game.ui import debrief_views as views
from game.ui.draw import Painter
from game.ui.scene import CONTINUE_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, content_area, draw_hint
from game.ui.scenes.keys import hint_line
from game.ui.session import Session
from game.ui.style import Metrics
from game.ui.textinput import TextField
from game.ui.triangle import TriangleView
from game.ui.widgets import Button
from game.ui.wordcloud import WordCloud

if TYPE_CHECKING:
    from game.phones.hub import Ask, Inbound

NUMBER_KEYS = {
    **{getattr(pygame, f"K_{n}"): n - 1 for n in range(1, 10)},
    **{getattr(pygame, f"K_KP{n}"): n - 1 for n in range(1, 10)},
}
TYPED_KINDS = ("word", "answer", "proposal")


class DebriefScene(Scene):
    """One session's guided debrief; `debrief` is new (its start event is written here) or restored."""

    name = "debrief"

    def __init__(self, host: Host, session: Session, debrief: Debrief, restored: bool = False) -> None:
        super().__init__(host)
        self.session = session
        self.debrief = debrief
        self.field: TextField | None = None
        self.selected = 0  # the pending answer selected (Up/Down), for A and X
        self.queue_shown = False  # Q: the facilitator chose to show the pending texts on this screen
        self.look = views.DebriefLook(host.lang, debrief.mode == "group", WordCloud(), TriangleView())
        self.shown: list[str] = []  # the entries' texts on the projector in the last frame
        self.queue_drawn: list[str] = []  # the pending texts drawn (only with the queue shown)
        if not restored:
            self.write(debrief.log)
        self._default_pick()

    @property
    def wants_text(self) -> bool:  # type: ignore[override]
        return self.field is not None

    def on_show(self) -> None:
        super().on_show()
        self.debriefing(True)

    def on_hide(self) -> None:
        super().on_hide()
        phones = self.host.phones
        if phones is not None:
            self.phone_inbox(phones.hub.take_inbox())  # what came in at the last moment
            phones.hub.ask(None)

    def debriefing(self, under_way: bool) -> None:
        """Say in the save whether the debrief is under way (a session stopped in it can be resumed)."""
        session = self.session
        session.debriefing = under_way
        if session.autosave is not None:
            session.autosave(session)

    # -- the log ---------------------------------------------------------------------

    def write(self, events: Sequence[Event]) -> None:
        """The debrief's events into the session log, as they happen (room events: replay skips them)."""
        for event in events:
            self.session.room_event(
                "debrief", **{key: value for key, value in event.items() if key != "kind"}
            )
        if events:
            self.invalidate()
            self.host.redraw()

    def _since(self, before: int) -> None:
        """Write what the Debrief logged since its log was `before` long."""
        self.write(self.debrief.log[before:])

    # -- phones ----------------------------------------------------------------------

    def phone_ask(self, lang: str) -> Ask | None:
        from game.ui.debrief_link import ask_of

        return ask_of(self.debrief, lang)

    def phone_inbox(self, inbox: Sequence[Inbound]) -> bool:
        from game.ui.debrief_link import feed

        before = len(self.debrief.log)
        feed(self.debrief, inbox)
        self._since(before)
        return len(self.debrief.log) > before

    # -- layout ----------------------------------------------------------------------

    def build(self, m: Metrics) -> None:
        fonts = self.host.fonts
        self.look.lang = self.host.lang
        area = content_area(fonts, m, m.px(22))
        kicker = fonts.line_height(m.text(24), True)
        head = kicker + fonts.line_height(m.title, True) + m.px(10) + m.px(6) + m.px(16)
        waiting_h = fonts.line_height(m.text(22)) + m.px(6)
        self.boxes["header"] = pygame.Rect(area.left, area.top, area.width, head)
        lang = self.host.lang
        back, on = views.header_buttons(fonts, m, self.boxes["header"])
        on_label = t("debrief.button.close" if self.debrief.finished else "debrief.button.next", lang)
        buttons = [
            Button("back", t("debrief.button.back", lang), back),
            Button("next", on_label, on, primary=True),
        ]
        for button in buttons:
            button.fit(fonts, m.steps(24, 14), button_padding(m))
        self.buttons.set(buttons)
        body = pygame.Rect(area.left, area.top + head, area.width, area.height - head - waiting_h)
        self.boxes["body"] = body
        self.boxes["waiting"] = pygame.Rect(area.left, body.bottom + m.px(6), area.width, waiting_h - m.px(6))
        field_h = min(body.height // 2, fonts.line_height(m.body) * 3 + m.px(60))
        self.boxes["field"] = pygame.Rect(body.left, body.bottom - field_h, body.width, field_h)
        queue_w = round(area.width * 0.55)
        self.boxes["queue"] = pygame.Rect(area.right - queue_w, body.top, queue_w, body.height)
        scenario, made = self.session.scenario, self.debrief.record.choices
        self.look.triangle.build(
            fonts,
            m,
            views.triangle_box(body, m),
            corner_pull(scenario, made),
            self.host.lang,
            group=self.look.group,
        )  # no count of red lines crossed: it points to the end screen's list; "What happened?" names them

    # -- input -----------------------------------------------------------------------

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.debrief.finished)

    def handle_event(self, event: pygame.event.Event) -> None:
        self.ensure_layout()
        if self.field is not None:
            self._field_event(event)
            return
        action, changed = self.buttons.handle(event)
        if changed:
            self.host.redraw()
        if action is not None:
            self.on_action(action)
        elif event.type == pygame.KEYDOWN:
            self.on_key_mod(event.key, getattr(event, "mod", 0), getattr(event, "unicode", ""))

    def _field_event(self, event: pygame.event.Event) -> None:
        assert self.field is not None
        result = self.field.handle_event(event)
        if result.outcome == "submitted":
            self.field = None
            before = len(self.debrief.log)
            self.debrief.submit(result.text, "facilitator")
            self._since(before)
        elif result.outcome == "cancelled":
            self.field = None
        if result.redraw or result.outcome in ("submitted", "cancelled"):
            self.host.redraw()

    def on_key(self, key: int) -> None:
        self.on_key_mod(key, 0, "")

    def on_key_mod(self, key: int, mod: int, char: str) -> None:
        debrief = self.debrief
        before = len(debrief.log)
        shift = bool(mod & pygame.KMOD_SHIFT)
        if key in CONTINUE_KEYS:
            if debrief.finished:
                self.leave()
                return
            debrief.next()
        elif key == pygame.K_RIGHT:
            debrief.skip()
        elif key == pygame.K_LEFT:
            debrief.back()
        elif key == pygame.K_t:
            debrief.timer(self.host.now())
        elif key == pygame.K_e and (kind := debrief.ask_kind) in TYPED_KINDS and kind != "support":
            self.field = TextField(kind, placeholder=t(f"debrief.field.{kind}", self.host.lang))
            self.field.open(char or "e")
        elif key in (pygame.K_UP, pygame.K_DOWN):
            self.move_selection(-1 if key == pygame.K_UP else 1)
        elif key in (pygame.K_a, pygame.K_x):
            entry = self.selected_entry()
            if entry is not None:
                (debrief.approve if key == pygame.K_a else debrief.reject)(entry.id)
        elif key == pygame.K_q:
            self.queue_shown = not self.queue_shown
        elif key == pygame.K_w and debrief.phase == "happened":
            self.next_decision(-1 if shift else 1)
        elif key in NUMBER_KEYS and debrief.step_name == "vote" and debrief.mode == "group":
            self.hand(NUMBER_KEYS[key], -1 if shift else 1)
        else:
            return
        self._default_pick()
        self._since(before)
        self.clamp()
        self.host.redraw()

    def on_action(self, action: str) -> None:
        """The header's buttons: as Enter (the next step; after the last, close) and as <-."""
        self.on_key_mod(pygame.K_RETURN if action == "next" else pygame.K_LEFT, 0, "")

    def leave(self) -> None:
        """After the last phase: the statements "after" when they were scored before, else the end."""
        from game.ui.debrief_link import after_debrief

        self.debriefing(False)
        after_debrief(self.host, self.session, self.debrief)

    def pending(self) -> list[Entry]:
        """The entries waiting for approval: those of the phase on screen first (then older ones)."""
        phase = self.debrief.phase
        pending = self.debrief.pending()
        return [e for e in pending if e.phase == phase] + [e for e in pending if e.phase != phase]

    def selected_entry(self) -> Entry | None:
        pending = self.pending()
        return pending[self.selected] if 0 <= self.selected < len(pending) else None

    def move_selection(self, step: int) -> None:
        self.selected += step
        self.clamp()

    def clamp(self) -> None:
        self.selected = max(0, min(self.selected, len(self.pending()) - 1))
        count = len(self.debrief.approved("wins"))
        self.look.selected = max(0, min(self.look.selected, count - 1))

    def hand(self, index: int, step: int) -> None:
        """A hand more (or less) for proposal `index` (as numbered on screen), which is then selected."""
        proposals = self.debrief.approved("wins")
        if not 0 <= index < len(proposals):
            return
        entry = proposals[index]
        self.look.selected = index
        counted = (
            event.get("count", 0)
            for event in reversed(self.debrief.log)
            if event.get("action") == "proposal_hands" and event.get("proposal") == entry.id
        )
        hands = next(counted, 0)  # the last count the facilitator set
        self.debrief.proposal_hands(entry.id, max(0, hands + step))

    def next_decision(self, step: int) -> None:
        choices = self.debrief.record.choices
        if not choices:
            return
        current = self.debrief.pick[0] if self.debrief.pick is not None else -step
        self.debrief.pick_decision((current + step) % len(choices))

    def _default_pick(self) -> None:
        """Entering "What happened": the what-if of the most divided vote, else the biggest swing, else
        the first decision."""
        debrief = self.debrief
        if debrief.phase != "happened" or debrief.pick is not None or not debrief.record.choices:
            return
        facts = debrief.facts
        index = facts.divided.index if facts.divided else facts.swing.index if facts.swing else 0
        debrief.pick_decision(index)

    # -- time --------------------------------------------------------------------------

    def wake_in(self, now: int) -> int | None:
        countdown = self.debrief.countdown
        if not countdown.running or countdown.expired(now):
            return None
        return max(0, countdown.remaining(now) % 1000 or 1000)

    # -- drawing -----------------------------------------------------------------------

    def hint(self) -> str:
        debrief = self.debrief
        if self.field is not None:
            return hint_line(["debrief_send", "debrief_cancel"], self.host.lang)
        rows = ["debrief_next" if not debrief.finished else "debrief_leave", "debrief_skip", "debrief_back"]
        if debrief.finished or debrief.phase == PHASES[-1]:
            rows.remove("debrief_skip")  # no next phase to go to
        if debrief.ask_kind in TYPED_KINDS:
            rows.append("debrief_type")
        if debrief.phase == "happened" and debrief.record.choices:
            rows.append("debrief_whatif")
        if debrief.step_name == "vote" and debrief.mode == "group":
            rows.append("debrief_hands")
        if self.pending():
            rows += ["debrief_approve", "debrief_queue"]
        rows += ["debrief_timer", "menu"]
        return hint_line(rows, self.host.lang)

    def draw(self, painter: Painter) -> None:
        super().draw(painter)
        debrief = self.debrief
        look = self.look
        look.lang = self.host.lang
        look.phones = self.host.phones is not None
        views.draw_header(painter, self.boxes["header"], debrief, look, self.host.now())
        body = self.boxes["body"]
        if debrief.finished:
            self.shown = views.draw_finished(painter, body, debrief, look)
        elif debrief.phase == "reactions":
            self.shown = views.draw_reactions(painter, body, debrief, look)
        elif debrief.phase == "happened":
            views.draw_happened(painter, body, debrief, look)
            self.shown = []
        elif debrief.phase == "why":
            views.draw_why(painter, body, debrief, look)
            self.shown = []
        elif debrief.phase == "here":
            self.shown = views.draw_here(painter, body, debrief, look)
        else:
            self.shown = views.draw_wins(painter, body, debrief, look)
        phones = self.host.phones is not None and debrief.ask_kind is not None
        views.draw_waiting(painter, self.boxes["waiting"], len(self.pending()), self.host.lang, phones)
        self.queue_drawn = []
        if self.queue_shown:
            self.queue_drawn = views.draw_queue(
                painter, self.boxes["queue"], self.pending(), self.selected, look.lang
            )
        if self.field is not None:
            self.field.draw(painter, self.boxes["field"], self.host.lang)
        self.buttons.draw(painter, button_padding(painter.metrics))
        draw_hint(painter, self.hint())

    def spoken(self, lang: str) -> list[str]:
        return [t(f"debrief.phase.{self.debrief.phase}", lang)]
