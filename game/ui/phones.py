"""The window's side of voting by phone: starts the server, tells it the card on the table, and draws the
join panel (QR code, address, phones connected and votes cast). No rules here: the split is counted in
the Room and decided by the card scene."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pygame

from game.i18n import t
from game.phones.hub import Ballot, PhoneSnapshot, VoteHub
from game.ui import style
from game.ui.draw import Painter, fit_text

if TYPE_CHECKING:
    from game.ui.scene import Scene

QUIET_ZONE = 2  # modules of white around the code (the standard asks 4; 2 scans well on a screen)


class PhoneLink:
    """The phone server of one window: started on demand, stopped when the window closes or the
    facilitator switches phones off. Any failure becomes `problem`; the session goes on with key votes."""

    def __init__(self, host: str | None, port: int, lang: str) -> None:
        self.host = host
        self.port = port
        self.hub = VoteHub(lang)
        self.url: str | None = None
        self.problem: str | None = None
        self.snapshot: PhoneSnapshot = self.hub.snapshot()
        self._server: object | None = None
        self._qr: tuple[int, pygame.Surface] | None = None

    def start(self, lang: str) -> bool:
        """Listen on the LAN address (or --host); print `phones: URL`. False, with `problem` said in plain
        words, when phones cannot be reached."""
        from game.phones.network import lan_address
        from game.phones.server import PhoneServer, PhoneServerError

        address = self.host or lan_address()
        if address is None:
            self.problem = t("phones.unreachable", lang, problem=t("phones.no_network", lang))
            return False
        server = PhoneServer(self.hub, address, self.port)
        try:
            self.url = server.start()
        except PhoneServerError as error:
            self.problem = t("phones.unreachable", lang, problem=str(error))
            print(f"phones: {self.problem}", file=sys.stderr)
            return False
        self._server = server
        self.problem = None
        print(f"phones: {self.url}", flush=True)
        return True

    def stop(self) -> None:
        from game.phones.server import PhoneServer

        if isinstance(self._server, PhoneServer):
            self._server.stop()
        self._server = None
        self.url = None

    @property
    def running(self) -> bool:
        return self.url is not None

    def changed(self) -> bool:
        """Whether the phones did something since the last `sync` (a cheap look, for the event loop)."""
        return self.hub.version != self.snapshot.version

    def sync(self, scene: Scene, lang: str) -> bool:
        """Show the phones the card on screen (voting open or not) and take their count into its room.
        True when the screen is out of date."""
        from game.ui.scenes.card import CardScene

        ballot: Ballot | None = None
        voting = False
        if isinstance(scene, CardScene) and not scene.decided:
            scenario, card = scene.session.scenario, scene.card
            labels = tuple(scenario.text(option.label, lang) for option in card.options)
            ballot = Ballot(card.id, scenario.text(card.title, lang), scenario.text(card.text, lang), labels)
            voting = scene.room.voting and scene.room.revealed
        self.hub.show(ballot, voting, lang)
        before = self.snapshot
        self.snapshot = self.hub.snapshot()
        if isinstance(scene, CardScene):
            scene.room.phones = self.snapshot
        return self.snapshot != before

    def qr(self, side: int) -> pygame.Surface:
        """The join address as a QR code, `side` pixels square (cached per size)."""
        if self._qr is not None and self._qr[0] == side:
            return self._qr[1]
        import segno

        matrix = segno.make(self.url or "", error="m", boost_error=False).matrix
        modules = len(matrix) + 2 * QUIET_ZONE
        small = pygame.Surface((modules, modules))
        small.fill((255, 255, 255))
        for row, line in enumerate(matrix):
            for column, dark in enumerate(line):
                if dark:
                    small.set_at((column + QUIET_ZONE, row + QUIET_ZONE), (0, 0, 0))
        scale = max(1, side // modules)  # whole pixels per module: sharp edges a camera reads easily
        surface = pygame.transform.scale(small, (modules * scale, modules * scale))
        self._qr = (side, surface)
        return surface


def draw_join_panel(painter: Painter, rect: pygame.Rect, link: PhoneLink, lang: str) -> None:
    """The QR code on the left, and beside it: how to join, the address, phones connected and votes
    cast; when no phone has joined yet, what to try on a guest network."""
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
    lines = [
        (t("phones.join", lang), style.ACCENT, True),
        ((link.url or "").removeprefix("http://"), style.TEXT, False),
        (t("phones.count", lang, connected=snapshot.connected, cast=snapshot.cast), style.TEXT, True),
    ]
    if snapshot.joined == 0:
        lines.append((t("phones.nobody", lang), style.TEXT_MUTED, False))
    y = text.top
    for words, colour, bold in lines:
        block = fit_text(painter.fonts, words, text.width, None, m.steps(24, 16), bold=bold, max_lines=3)
        if y + block.height > text.bottom:
            break
        painter.block(block, pygame.Rect(text.left, y, text.width, block.height), colour)
        y += block.height + m.px(6)
