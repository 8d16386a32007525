"""A dilemma card: who asks, what is at stake, the options (keys 1-4) and, on N, the group question.

In a group session the room first discusses the card without its options (R shows them), can run a
discussion timer (T) and vote (V). The keys, by what the screen shows:

- options hidden (group): R or the button shows them; the number keys do nothing.
- options shown: a number decides at once (as in solo play); V opens voting.
- voting: a number adds a vote to that option, Shift+number takes one away, Enter decides by majority
  and V closes voting. When Enter finds a tie, the screen says so and the number of one of the tied
  options decides (the facilitator's call); Shift+number takes a vote away and counting goes on.
- always: T starts, pauses and resumes the timer (a click on it too); N shows the question for the group.
"""

from __future__ import annotations

import pygame

from game.core.countdown import Countdown
from game.core.model import Card
from game.core.voting import Tally
from game.i18n import t, year_label
from game.ui import style
from game.ui.card_layout import CardView, Layout, Phase, TimerLook, card_layout, notes_layout, numbers_text
from game.ui.draw import Painter, TextBlock
from game.ui.meters import draw_band
from game.ui.motion import ENTER_MS, Motion
from game.ui.phones import draw_join_panel
from game.ui.room import Room
from game.ui.scene import CONTINUE_KEYS, OPTION_KEYS, Host, Scene
from game.ui.scenes.common import button_padding, draw_hint
from game.ui.scenes.keys import card_rows, hint_line
from game.ui.session import Session
from game.ui.style import Metrics
from game.ui.widgets import BoxClick


def turn_label(session: Session, year: int, turn: int, lang: str) -> tuple[str, str]:
    """(calendar year, 'Beurt 2 van 6') for a turn of the term."""
    scenario = session.scenario
    number = scenario.turn_number(year, turn)
    shown = year_label(scenario.calendar_year(year), year, lang)
    return shown, t("card.turn", lang, turn=number, total=scenario.total_turns)


class CardScene(Scene):
    """Keys 1-4 or a click decide; the first decision wins, later input on this card is ignored.

    N shows the card's discussion question (its `notes`) in place of the option buttons, and hides it
    again; the number keys still decide while it is shown. The room's state (reveal, votes, timer) is
    kept in `session.room`, so the presenter window can show it too.
    """

    name = "card"

    def __init__(self, host: Host, session: Session) -> None:
        super().__init__(host)
        self.session = session
        card = session.game.current_card
        assert card is not None, "a card scene needs a card on the table"
        self.card: Card = card
        self.decided = False
        self.notes_shown = False
        self.texts: dict[str, TextBlock] = {}
        self.layout = Layout()
        self.signals = 0  # how often the timer's signal at zero was given on this card
        self._signalled: Countdown | None = None
        self._drawn_time: str | None = None
        self._timer_click_state = BoxClick()
        self.entering: Motion | None = None  # the card coming in (started when shown)
        _ = self.room  # the room for this card exists from the start, for the presenter window too

    def on_show(self) -> None:
        super().on_show()
        self.entering = self.motion(ENTER_MS)
        self.host.cue("card")

    # -- the room --------------------------------------------------------------------

    @property
    def room(self) -> Room:
        room = self.session.room
        if room is None or room.card_id != self.card.id:
            settings = self.host.settings
            room = Room.for_card(self.card.id, len(self.card.options), settings.group, settings.timer_seconds)
            self.session.room = room
        return room

    @property
    def keys(self) -> Tally:
        """The votes keyed in by the facilitator (raised hands)."""
        return self.room.tally

    @property
    def tally(self) -> Tally:
        """Hands and phones together: what Enter decides by."""
        return self.room.combined

    @property
    def shown_tally(self) -> Tally:
        """The count beside each option: with phones in the room only the hands, until Enter finds a tie
        (the phones' split stays hidden until the facilitator reveals it)."""
        return self.tally if self.room.phones is None or self.phase == "tie" else self.keys

    @property
    def phones_url(self) -> str | None:
        """The phones' join address while voting is open with phones in the room."""
        phones = self.host.phones
        return phones.url if phones is not None and self.room.voting else None

    @property
    def phase(self) -> Phase:
        room = self.room
        if not room.revealed:
            return "hidden"
        if room.voting:
            return "tie" if room.tie else "voting"
        return "options"

    def view(self) -> CardView:
        phase = self.phase
        voting = phase in ("voting", "tie")
        return CardView(
            phase,
            timer=self.host.settings.group or self.room.timer.touched,
            preview=self.host.settings.effective_preview,
            votes=self.tally.total if voting else 0,
            tied=self.tally.leaders if phase == "tie" else (),
            phones=self.phones_url,
        )

    # -- layout ----------------------------------------------------------------------

    def layout_key(self) -> tuple[object, ...]:
        return (*super().layout_key(), self.notes_shown, self.view())

    def build(self, m: Metrics) -> None:
        view = self.view()
        fonts, scenario, lang = self.host.fonts, self.session.scenario, self.host.lang
        if self.notes_shown:
            layout = notes_layout(fonts, m, scenario, self.card, lang, timer=view.timer)
        else:
            layout = card_layout(fonts, m, scenario, self.card, lang, view)
        self.layout = layout
        self.boxes.update(layout.boxes)
        self.texts = layout.texts
        self.buttons.set(layout.buttons)

    # -- read aloud ------------------------------------------------------------------

    def spoken(self, lang: str) -> list[str]:
        """The card; its options only once they are shown (a group first talks without them)."""
        from game.speech.script import card_lines

        return card_lines(self.session.scenario, self.card, lang, options=self.phase != "hidden")

    def spoken_focus(self, lang: str) -> str | None:
        action = self.buttons.focused_action()
        if action is not None and action.startswith("option") and action[6:].isdigit():
            from game.speech.script import option_line

            return option_line(self.session.scenario, self.card, int(action[6:]), lang)
        return super().spoken_focus(lang)

    # -- actions ---------------------------------------------------------------------

    def decide(self, index: int, votes: tuple[int, ...] | None = None) -> None:
        if self.decided or index >= len(self.card.options) or self.session.game.current_card != self.card:
            return
        self.decided = True
        if votes is not None and self.room.phones is not None:  # the split, hands and phones apart
            self.session.room_event(
                "split", card=self.card.id, keys=list(self.keys.counts), phones=list(self.room.phone_counts)
            )
        self.session.decide(index, votes)  # the game moves on at once; the screens show it after
        self.host.cue("decision")
        self.host.advance()

    def reveal(self) -> None:
        if not self.room.revealed:
            self.room.revealed = True
            self.session.room_event("reveal", card=self.card.id)
            self.host.redraw()

    def toggle_timer(self) -> None:
        room = self.room
        now = self.host.now()
        room.timer = room.timer.toggle(now)
        state = "running" if room.timer.running else "paused"
        self.session.room_event("timer", card=self.card.id, state=state, left=room.timer.label(now))
        self.host.redraw()

    def toggle_voting(self) -> None:
        """V: open voting (only once the options are shown) or close it; the count is kept meanwhile."""
        room = self.room
        if not room.revealed or self.decided:
            return
        room.voting = not room.voting
        room.tie = False
        self.session.room_event("voting", card=self.card.id, open=room.voting, votes=list(self.tally.counts))
        self.host.redraw()

    def number(self, index: int, remove: bool = False) -> None:
        """A number key (or a click on an option): decide, or vote, by what the screen shows."""
        room = self.room
        if self.decided or not room.revealed or index >= len(self.card.options):
            return
        if not room.voting:
            if not remove:
                self.decide(index)
            return
        if remove:
            room.tally = self.keys.remove(index)
            room.tie = False
        elif room.tie:
            if index in self.tally.leaders:
                self.decide(index, room.votes)
            return
        else:
            room.tally = self.keys.add(index)
        self.host.redraw()

    def by_majority(self) -> None:
        """Enter while voting: the option with the most votes; on a tie, show it and let the facilitator
        decide; without votes nothing happens."""
        tally = self.tally
        if tally.majority is not None:
            self.decide(tally.majority, self.room.votes)
        elif tally.tied and not self.room.tie:
            self.room.tie = True
            self.session.room_event("tie", card=self.card.id, votes=list(tally.counts))
            self.host.redraw()

    # -- input -----------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key in OPTION_KEYS:
            self.ensure_layout()
            self.number(OPTION_KEYS[event.key], remove=bool(getattr(event, "mod", 0) & pygame.KMOD_SHIFT))
            return
        if event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP) and self._timer_click(event):
            return
        super().handle_event(event)

    def _timer_click(self, event: pygame.event.Event) -> bool:
        """A click (press and release) on the timer starts or pauses it."""
        self.ensure_layout()
        box = self.boxes.get("timer")
        if box is None or self.layout.timer is None:
            return False
        consumed, clicked = self._timer_click_state.handle(event, box)
        if clicked:
            self.toggle_timer()
        return consumed

    def on_key(self, key: int) -> None:
        if key == pygame.K_n and self.card.notes is not None:
            self.notes_shown = not self.notes_shown
            self.host.redraw()
        elif key == pygame.K_r:
            self.reveal()
        elif key == pygame.K_t:
            self.toggle_timer()
        elif key == pygame.K_v:
            self.toggle_voting()
        elif key in CONTINUE_KEYS and self.room.voting:
            self.by_majority()
        else:
            super().on_key(key)

    def on_action(self, action: str) -> None:
        if action == "reveal":
            self.reveal()
        elif action.startswith("option"):
            self.number(int(action.removeprefix("option")))

    # -- the timer -------------------------------------------------------------------

    def wake_in(self, now: int) -> int | None:
        """While the timer runs: the milliseconds until its minutes:seconds change (0 when what is on
        screen is already out of date); None while it stands still or has run out and shows 0:00."""
        timer = self.room.timer
        if not timer.running:
            return None
        if timer.label(now) != self._drawn_time:
            return 0
        if timer.expired(now):
            return None
        return (timer.remaining(now) - 1) % 1000 + 1

    def _signal(self, now: int) -> None:
        """The soft chime, once, when a started timer reaches zero (silent without audio, or muted)."""
        timer = self.room.timer
        if timer.touched and timer.expired(now) and timer != self._signalled:
            self._signalled = timer
            self.signals += 1
            self.host.cue("timer")

    # -- drawing ---------------------------------------------------------------------

    def draw(self, painter: Painter) -> None:
        """The band stays; the card and its options come in (motion.ENTER_MS) when the card is shown."""
        super().draw(painter)
        lang = self.host.lang
        state = self.session.game.state
        band = draw_band(
            painter,
            self.session.scenario,
            state.meters,
            lang,
            turn_label(self.session, state.year, state.turn, lang),
        )
        now = self.host.now()
        self._drawn_time = self.room.timer.label(now)
        self.draw_moving(painter, band, self.entering, (0, painter.metrics.px(48)), self._draw_card)
        self._signal(now)
        draw_hint(painter, self.hint(lang))

    def _draw_card(self, painter: Painter) -> None:
        """The card, its options (or the question for the group) and the timer."""
        m = painter.metrics
        lang = self.host.lang
        panel = self.boxes["panel"]
        painter.shadow(panel)
        painter.panel(panel, style.PANEL)
        stripe = pygame.Rect(panel.left, panel.top + m.radius, m.px(8), panel.height - 2 * m.radius)
        pygame.draw.rect(painter.surface, style.ACCENT, stripe)
        medallion = self.boxes["speaker_icon"]  # the speaker's pictogram in a circle, left of the name
        pygame.draw.circle(painter.surface, style.ACCENT, medallion.center, medallion.width // 2)
        inset = medallion.inflate(-medallion.width * 3 // 10, -medallion.height * 3 // 10)
        painter.icon(self.card.speaker_icon, "speakers", inset, style.INK)
        painter.block(self.texts["speaker"], self.boxes["speaker"], style.ACCENT_DARK)
        painter.block(self.texts["title"], self.boxes["title"], style.INK)
        painter.block(self.texts["body"], self.boxes["body"], style.INK)
        if self.notes_shown:
            notes_panel = self.boxes["notes_panel"]
            painter.panel(notes_panel, style.BAND, border=style.ACCENT, width=m.px(3))
            painter.block(self.texts["notes_heading"], self.boxes["notes_heading"], style.ACCENT)
            painter.block(self.texts["notes"], self.boxes["notes"], style.TEXT)
        else:
            painter.block(self.texts["question"], self.boxes["question"], style.TEXT)
            if self.phase == "tie":
                self._draw_tie(painter)
            self.buttons.draw(painter, button_padding(m))
            self._draw_votes(painter)
            self._draw_preview(painter)
        phones = self.host.phones
        if phones is not None and "phones" in self.boxes:
            draw_join_panel(painter, self.boxes["phones"], phones, lang)
        if self.layout.timer is not None and "timer" in self.boxes:
            draw_timer(
                painter, self.boxes["timer"], self.layout.timer, self.room.timer, self.host.now(), lang
            )

    def _draw_tie(self, painter: Painter) -> None:
        """A ring around each tied option: the ones the facilitator chooses between."""
        m = painter.metrics
        for index in self.tally.leaders:
            ring = self.buttons.buttons[index].rect.inflate(m.px(10), m.px(10))
            pygame.draw.rect(painter.surface, style.ACCENT, ring, m.px(4), border_radius=m.radius + m.px(5))

    def _draw_votes(self, painter: Painter) -> None:
        """Each option's votes beside it, large; the leading options in the accent colour."""
        m = painter.metrics
        fonts = painter.fonts
        tally = self.shown_tally
        leaders = tally.leaders
        for index, count in enumerate(tally.counts):
            box = self.boxes.get(f"votes{index}")
            if box is None:
                continue
            lead = index in leaders
            painter.panel(
                box,
                style.ACCENT if lead else style.BAND,
                border=None if lead else style.BUTTON_LINE,
                width=m.px(2),
            )
            sizes = m.steps(44, 20)
            size = next(
                (
                    s
                    for s in sizes
                    if fonts.line_height(s, True) <= box.height and fonts.width("888", s, True) <= box.width
                ),
                sizes[-1],
            )
            colour = style.INK if lead else style.TEXT
            painter.text(str(count), box.center, size, colour, bold=True, anchor="center", box=box)

    def _draw_preview(self, painter: Painter) -> None:
        """Under each option the meters it moves: names ("which") or signed changes ("full")."""
        full = self.host.settings.effective_preview == "full"
        for mark in self.layout.marks:
            row = self.boxes[f"preview{mark.option}"]
            colour = style.SERIES[mark.meter % len(style.SERIES)]
            side = 2 * mark.radius
            box = pygame.Rect(mark.icon[0] - mark.radius, mark.icon[1] - mark.radius, side, side)
            painter.icon(self.session.scenario.meters[mark.meter].icon, "meters", box, colour)
            ink = (style.GAIN if mark.delta > 0 else style.LOSS) if full else style.TEXT
            painter.text(mark.text, mark.pos, mark.size, ink, anchor="midleft", box=row)

    def hint(self, lang: str) -> str:
        """The keys that do something now, for the line along the bottom (solo play also names L, M, F5;
        a group's line is long enough with the room's keys)."""
        phase = self.phase
        group = self.host.settings.group
        rows = card_rows(phase, self.card.notes is not None, group)
        if not group and phase == "options":
            rows += ["menu", "language", "mute", "reload"]
        else:
            if self.session.can_undo and phase in ("hidden", "options"):
                rows.append("undo")
            rows.append("menu")
        return hint_line(rows, lang, n=len(self.card.options), options=numbers_text(self.tally.leaders, lang))


def draw_timer(
    painter: Painter, rect: pygame.Rect, look: TimerLook, timer: Countdown, now: int, lang: str
) -> None:
    """The discussion timer: what it is doing in small print, minutes:seconds large. Running it has an
    accent edge; paused its time is muted; at 0:00 it turns to the loss colour (an alarm without sound)."""
    m = painter.metrics
    up = timer.touched and timer.expired(now)
    paused = timer.touched and not timer.running
    if up:
        fill, border, ink, digits_ink, key = style.LOSS, None, style.INK, style.INK, "card.timer_up"
    elif paused:
        fill, border, ink, digits_ink, key = (
            style.BAND,
            style.BUTTON_LINE,
            style.TEXT,
            style.TEXT_MUTED,
            ("card.timer_paused"),
        )
    else:
        border = style.ACCENT if timer.running else style.BUTTON_LINE
        fill, ink, digits_ink, key = style.BAND, style.TEXT, style.TEXT, "card.timer"
    painter.panel(rect, fill, border=border, width=m.px(3))
    label, digits = t(key, lang), timer.label(now)
    pad = m.px(14)
    if look.big:
        label_h = painter.fonts.line_height(look.label)
        top = rect.top + (rect.height - label_h - painter.fonts.line_height(look.digits, True)) // 2
        painter.text(label, (rect.centerx, top), look.label, ink, anchor="midtop", box=rect)
        painter.text(
            digits,
            (rect.centerx, top + label_h),
            look.digits,
            digits_ink,
            bold=True,
            anchor="midtop",
            box=rect,
        )
    else:
        painter.text(label, (rect.left + pad, rect.centery), look.label, ink, anchor="midleft", box=rect)
        painter.text(
            digits,
            (rect.right - pad, rect.centery),
            look.digits,
            digits_ink,
            bold=True,
            anchor="midright",
            box=rect,
        )
