"""The window's side of voting by phone: starts the server, tells it the card on the table, and draws the
join panel (QR code, address, phones connected and votes cast). No rules here: the split is counted in
the Room and decided by the card scene."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pygame

from game.i18n import t
from game.phones.hub import LOOK_AGAIN_SECONDS, Ballot, PhoneSnapshot, VoteHub
from game.settings import PlaySettings
from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text

if TYPE_CHECKING:
    from game.phones.listen import PhoneServers  # aiohttp is imported only when phones start
    from game.ui.scene import Scene

JOIN_PANEL = (560, 260)  # design px of the join panel beside the group's name
QUIET_ZONE = 2  # modules of white around the code (the standard asks 4; 2 scans well on a screen)


class PhoneLink:
    """The phone server of one window: started on demand, stopped when the window closes or the
    facilitator switches phones off. Any failure becomes `problem`; the session goes on with key votes."""

    def __init__(
        self, host: str | None, port: int, lang: str, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.host = host
        self.port = port
        self.hub = VoteHub(lang, clock)
        self._clock = clock
        self._look_at = 0.0  # when `changed` next looks whether a phone stopped counting as present
        self.url: str | None = None
        self.others: list[str] = []  # the laptop's other addresses that answer too, most likely first
        self.problem: str | None = None
        self.snapshot: PhoneSnapshot = self.hub.snapshot()
        self._servers: PhoneServers | None = None
        self._qr: tuple[int, pygame.Surface] | None = None

    @classmethod
    def example(cls, url: str, lang: str, others: Sequence[str] = ()) -> PhoneLink:
        """A link that shows `url` (and `others`) without a server behind it: the screenshots' gallery
        draws the same picture every time (its phones are the hub's alone)."""
        link = cls(None, 0, lang)
        link.url = url
        link.others = list(others)
        return link

    def start(self, lang: str) -> bool:
        """Listen on the LAN addresses, the most likely one shown (or on --host alone); print `phones: URL`.
        False, with `problem` said in plain words, when phones cannot be reached."""
        from game.phones.listen import PhoneServers
        from game.phones.network import lan_addresses
        from game.phones.server import PhoneServerError

        addresses = [self.host] if self.host else lan_addresses()
        if not addresses:
            self.problem = t("phones.unreachable", lang, problem=t("phones.no_network", lang))
            return False
        servers = PhoneServers(self.hub, addresses, self.port)
        try:
            self.url = servers.start()
        except PhoneServerError as error:
            self.problem = t("phones.unreachable", lang, problem=error.text(lang))
            print(f"phones: {self.problem}", file=sys.stderr)
            return False
        self._servers = servers
        self.others = servers.others
        self.problem = None
        print(f"phones: {self.url}", flush=True)
        if servers.other_urls:
            print(f"phones: also reachable at {', '.join(servers.other_urls)}", flush=True)
        return True

    def stop(self) -> None:
        if self._servers is not None:
            self._servers.stop()
        self._servers = None
        self.url = None
        self.others = []

    def changed(self) -> bool:
        """Whether the phones did something since the last `sync`, or a phone stopped counting as present
        (a cheap look, for the event loop; presence ends with time, not with a change, so once a second
        it compares a new snapshot)."""
        if self.hub.version != self.snapshot.version:
            return True
        now = self._clock()
        if now < self._look_at:
            return False
        if self.hub.snapshot() != self.snapshot:
            return True  # and it looks again at once, so `sync` (which asks this too) takes the change
        self._look_at = now + LOOK_AGAIN_SECONDS
        return False

    def sync(self, scene: Scene, lang: str) -> bool:
        """Show the phones the card on screen (voting open or not) and take their count into its room.
        True when the screen is out of date."""
        from game.ui.scenes.card import CardScene

        ballot: Ballot | None = None
        voting = False
        if isinstance(scene, CardScene) and scene.host.settings.group and not scene.decided:
            ballot = Ballot.of(scene.session.scenario, scene.card, lang)
            voting = scene.room.voting and scene.room.revealed
        self.hub.show(ballot, voting, lang)
        asked = getattr(scene, "phone_ask", None)  # a screen that asks the phones (the debrief's)
        inbox = getattr(scene, "phone_inbox", None)
        if callable(asked) and callable(inbox):
            self.hub.ask(asked(lang))
            if inbox(self.hub.take_inbox()):
                scene.host.redraw()
        changed = self.changed()
        if changed:  # a new snapshot only when the phones or the card changed, not at every look
            self.snapshot = self.hub.snapshot()
        if isinstance(scene, CardScene):
            scene.room.phones = self.snapshot
        return changed

    def qr(self, side: int) -> pygame.Surface:
        """The join address as a QR code, `side` pixels square (cached per size)."""
        if self._qr is not None and self._qr[0] == side:
            return self._qr[1]
        surface = qr_surface(self.url or "", side)
        self._qr = (side, surface)
        return surface


def qr_surface(text: str, side: int) -> pygame.Surface:
    """`text` as a QR code at most `side` pixels square, in whole pixels per module (sharp edges a
    camera reads easily), with a white quiet zone."""
    import segno

    matrix = segno.make(text, error="m", boost_error=False).matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    small = pygame.Surface((modules, modules))
    small.fill((255, 255, 255))
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                small.set_at((column + QUIET_ZONE, row + QUIET_ZONE), (0, 0, 0))
    scale = max(1, side // modules)
    return pygame.transform.scale(small, (modules * scale, modules * scale))


def switch_phones(
    link: PhoneLink | None, settings: PlaySettings, lang: str
) -> tuple[PhoneLink | None, str | None]:
    """Stop the phones, or start them: the link now, and a problem to say when they cannot start."""
    if link is not None:
        link.stop()
        link = None
    else:
        link = PhoneLink(settings.phones_host, settings.phones_port, lang)
        if not link.start(lang):
            settings.phones = False
            return None, link.problem
    settings.phones = link is not None
    return link, None


def draw_join_panel(painter: Painter, rect: pygame.Rect, link: PhoneLink, lang: str) -> list[str]:
    """The QR code on the left, and beside it: how to join, phones connected and votes cast, the address,
    the laptop's other addresses if any; when no phone has joined yet, what to try on a guest network.
    The lines drawn (those that fit)."""
    m = painter.metrics
    painter.panel(rect, style.BAND, border=style.BUTTON_LINE, width=m.px(2))
    pad = m.px(12)
    inner = rect.inflate(-2 * pad, -2 * pad)
    code = link.qr(inner.height)
    code_rect = code.get_rect(midleft=(inner.left, inner.centery))
    painter.surface.blit(code, code_rect)
    text = pygame.Rect(
        code_rect.right + m.px(16), inner.top, inner.right - code_rect.right - m.px(16), inner.height
    )
    snapshot = link.snapshot
    address = (link.url or "").removeprefix("http://")
    lines = [  # most important first: the address gets the room that is left, smaller if need be
        (t("phones.join", lang), style.ACCENT, True, m.steps(24, 18)),
        (
            t("phones.count", lang, connected=snapshot.connected, cast=snapshot.cast),
            style.TEXT,
            True,
            m.steps(24, 18),
        ),
        (address, style.TEXT, False, m.steps(22, 14)),
    ]
    others = t("phones.others", lang, addresses=", ".join(link.others))
    if link.others:  # another network the laptop is on: same port and path, another address
        lines.append((others, style.TEXT_MUTED, False, m.steps(18, 14)))
    if snapshot.joined == 0:
        lines.append((t("phones.nobody", lang), style.TEXT_MUTED, False, m.steps(20, 14)))
    y = text.top
    drawn: list[str] = []
    address_size = 0
    for words, colour, bold, sizes in lines:
        if words == others:  # no larger than the address itself
            sizes = [size for size in sizes if size <= address_size] or sizes[-1:]
        block = fit_text(painter.fonts, words, text.width, text.bottom - y, sizes, bold=bold, max_lines=3)
        if words == address and link.others and len(block.lines) > 1:
            block = _one_line(painter, block, words, text.width, sizes) or block  # room for the others
        if block.cut or y + block.height > text.bottom:
            break
        painter.block(block, pygame.Rect(text.left, y, text.width, block.height), colour)
        drawn.append(words)
        address_size = block.size if words == address else address_size
        y += block.height + m.px(6)
    return drawn


def _one_line(
    painter: Painter, block: TextBlock, words: str, width: int, sizes: list[int]
) -> TextBlock | None:
    """`words` on one line at a smaller size, or None when that does not fit either."""
    single = fit_text(painter.fonts, words, width, block.height, sizes, bold=block.bold, max_lines=1)
    return None if single.cut else single
