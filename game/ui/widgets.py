"""Buttons with hover, keyboard focus and click-on-release, and the one decision per press rule."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.ui import style
from game.ui.draw import Painter, TextBlock, fit_text
from game.ui.fonts import FontBook


@dataclass
class Button:
    """A clickable box; `badge` is the key shown in a circle (1-4 on option buttons)."""

    action: str
    label: str
    rect: pygame.Rect
    badge: str | None = None
    primary: bool = False
    block: TextBlock | None = None

    def label_box(self, padding: int) -> pygame.Rect:
        box = self.rect.inflate(-2 * padding, -padding)
        if self.badge is not None:
            badge = self.badge_size(padding)
            box.left += badge + padding
            box.width -= badge + padding
        return box

    def badge_size(self, padding: int) -> int:
        return min(self.rect.height - padding, round(padding * 2.6))

    def fit(self, fonts: FontBook, sizes: list[int], padding: int) -> TextBlock:
        box = self.label_box(padding)
        self.block = fit_text(fonts, self.label, box.width, box.height, sizes, bold=self.primary)
        return self.block


@dataclass
class BoxClick:
    """A click on a box that is not a Button (the timer, the error banner): pressed and released inside.

    `handle` returns (consumed, clicked): every left press inside, and the release that follows it,
    belong to the box and go no further.
    """

    pressed: bool = False

    def handle(self, event: pygame.event.Event, box: pygame.Rect) -> tuple[bool, bool]:
        if event.button != 1:
            return False, False
        inside = box.collidepoint(event.pos)
        if event.type == pygame.MOUSEBUTTONDOWN:
            self.pressed = inside
            return inside, False
        pressed, self.pressed = self.pressed, False
        return inside or pressed, inside and pressed


class ButtonGroup:
    """The buttons of one screen. A click counts only when press and release land on the same button."""

    def __init__(self) -> None:
        self.buttons: list[Button] = []
        self.hover: int | None = None
        self.pressed: int | None = None
        self.focus: int | None = None

    def set(self, buttons: list[Button]) -> None:
        """Replace the buttons (after a resize or a language switch), keeping hover and focus by action."""
        old = [button.action for button in self.buttons]
        hover = old[self.hover] if self.hover is not None and self.hover < len(old) else None
        focus = old[self.focus] if self.focus is not None and self.focus < len(old) else None
        pressed = old[self.pressed] if self.pressed is not None and self.pressed < len(old) else None
        self.buttons = buttons
        actions = [button.action for button in buttons]
        self.hover = actions.index(hover) if hover in actions else None
        self.focus = actions.index(focus) if focus in actions else None
        self.pressed = actions.index(pressed) if pressed in actions else None

    def at(self, pos: tuple[int, int]) -> int | None:
        for index, button in enumerate(self.buttons):
            if button.rect.collidepoint(pos):
                return index
        return None

    def handle(self, event: pygame.event.Event) -> tuple[str | None, bool]:
        """(action to run, whether to redraw) for a mouse event."""
        if event.type == pygame.MOUSEMOTION:
            index = self.at(event.pos)
            changed = index != self.hover
            self.hover = index
            return None, changed
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.pressed = self.at(event.pos)
            self.hover = self.pressed
            return None, True
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            pressed, self.pressed = self.pressed, None
            index = self.at(event.pos)
            if pressed is not None and index == pressed:
                return self.buttons[index].action, True
            return None, pressed is not None
        return None, False

    def move_focus(self, step: int) -> None:
        if not self.buttons:
            return
        if self.focus is None:
            self.focus = 0 if step > 0 else len(self.buttons) - 1
        else:
            self.focus = (self.focus + step) % len(self.buttons)

    def focused_action(self) -> str | None:
        if self.focus is None or self.focus >= len(self.buttons):
            return None
        return self.buttons[self.focus].action

    def draw(self, painter: Painter, padding: int, on_panel: bool = False) -> None:
        for index, button in enumerate(self.buttons):
            draw_button(
                painter,
                button,
                padding,
                hovered=index == self.hover,
                focused=index == self.focus,
                pressed=index == self.pressed,
                on_panel=on_panel,
            )


def draw_button(
    painter: Painter,
    button: Button,
    padding: int,
    hovered: bool,
    focused: bool,
    pressed: bool = False,
    on_panel: bool = False,
) -> None:
    """A rounded button: dark with light text, or accent with dark text when hovered or primary."""
    m = painter.metrics
    lit = hovered or pressed or button.primary
    fill = style.ACCENT if lit else style.BUTTON
    ink = style.INK if lit else style.TEXT
    rect = button.rect.move(0, m.px(2)) if pressed else button.rect
    painter.panel(rect, fill, border=style.BUTTON_LINE if not lit else None, width=m.px(2))
    if focused:
        ring = rect.inflate(m.px(10), m.px(10))
        colour = style.INK if on_panel else style.TEXT
        pygame.draw.rect(painter.surface, colour, ring, m.px(3), border_radius=m.radius + m.px(5))
    if button.badge is not None:
        size = button.badge_size(padding)
        centre = (rect.left + padding + size // 2, rect.centery)
        pygame.draw.circle(painter.surface, style.INK if lit else style.ACCENT, centre, size // 2)
        badge_size = max(8, round(size * 0.6))
        painter.text(
            button.badge,
            centre,
            badge_size,
            style.ACCENT if lit else style.INK,
            bold=True,
            anchor="center",
            box=rect,
        )
    block = button.block
    if block is None:
        block = fit_text(painter.fonts, button.label, button.label_box(padding).width, None, [m.option])
    box = button.label_box(padding)
    box.top = rect.top + (rect.height - box.height) // 2
    painter.block(block, box, ink, align="left" if button.badge is not None else "center", valign="middle")
