"""The guided debrief's drawing, one function per phase: what the room sees on the projector.

Only approved entries are drawn here; a pending one reaches the projector only through `draw_queue`,
which the scene calls when the facilitator has pressed Q (and which says so on screen)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import pygame

from game.debrief.cloud import word_weights
from game.debrief.describe import aspect_lines, fact_lines
from game.debrief.facts import aspect_counts
from game.debrief.flow import Debrief
from game.debrief.model import PHASES, Entry
from game.i18n import t
from game.ui import style
from game.ui.draw import Painter, draw_fitted, fit_text
from game.ui.fonts import FontBook
from game.ui.triangle import TriangleView
from game.ui.whatif_view import Part, draw_placed, outcome_title, result_parts, stack
from game.ui.wordcloud import WordCloud

HEADER_RIGHT = 0.28  # the header's right column (the timer, the buttons): its share of the width
EQUAL_RANK = 2  # the word cloud's size rank for words all said equally often (0..4)
WHY_ASPECTS = 3  # "Why" tells at most this many aspects (those met most) in words; the rest by name


@dataclass
class DebriefLook:
    """What the scene passes to the phase drawings besides the Debrief: language, group or solo, and
    the widgets it keeps between frames (the cloud's pictures, the triangle's layout)."""

    lang: str
    group: bool
    cloud: WordCloud
    triangle: TriangleView
    selected: int = 0  # the proposal selected while the group votes
    phones: bool = False  # the room answers from phones too


def say(key: str, look: DebriefLook, **fmt: object) -> str:
    """A debrief text in the look's language: when a group plays, its "_group" form (phones and the
    facilitator) or, without phones, its "_room" form (said aloud, typed by the facilitator)."""
    from game.i18n import STRINGS

    if look.group and not look.phones and f"{key}_room" in STRINGS:
        key += "_room"
    elif look.group and f"{key}_group" in STRINGS:
        key += "_group"
    return t(key, look.lang, **fmt)


def draw_header(painter: Painter, area: pygame.Rect, debrief: Debrief, look: DebriefLook, now: int) -> int:
    """The kicker (the debrief, the phase's number), the phase's name, the timer at the right, the five
    phases as steps; the y below it all."""
    m = painter.metrics
    lang = look.lang
    index = PHASES.index(debrief.phase) + 1
    timer_w = round(area.width * HEADER_RIGHT)
    left = pygame.Rect(area.left, area.top, area.width - timer_w - m.gap, area.height)
    kicker = f"{t('debrief.kicker', lang)} \u00b7 {t('debrief.of', lang, index=index, count=len(PHASES))}"
    kicker_h = painter.fonts.line_height(m.text(24), True)
    kicker_box = pygame.Rect(left.left, left.top, left.width, kicker_h)
    y = draw_fitted(
        painter, kicker.upper(), kicker_box, m.steps(24, 18), style.ACCENT, bold=True, max_lines=1
    )
    title_h = painter.fonts.line_height(m.title, True)
    title_box = pygame.Rect(left.left, y, left.width, title_h)
    title = t(f"debrief.phase.{debrief.phase}", lang)
    y = draw_fitted(painter, title, title_box, m.scale_of("title"), style.TEXT, bold=True, max_lines=1)
    timer_box = pygame.Rect(left.right + m.gap, area.top, timer_w, kicker_h)
    countdown = debrief.countdown
    if countdown.touched:
        state = "running" if countdown.running else "paused"
        if countdown.expired(now):
            state = "up"
        label = t(f"debrief.timer.{state}", lang, time=countdown.label(now))
    else:
        label = t("debrief.timer.ready", lang, minutes=debrief.suggested_minutes())
    colour = style.ACCENT if countdown.running else style.TEXT_MUTED
    draw_fitted(
        painter, label, timer_box, m.steps(24, 16), colour, bold=countdown.running, max_lines=1, align="right"
    )
    # The five phases as small steps under the title: done, now, to come.
    y += m.px(10)
    step_w = (area.width - 4 * m.px(8)) // len(PHASES)
    for number in range(len(PHASES)):
        rect = pygame.Rect(area.left + number * (step_w + m.px(8)), y, step_w, m.px(6))
        colour = style.ACCENT if number < index else style.TRACK
        pygame.draw.rect(painter.surface, colour, rect, border_radius=m.px(3))
    return y + m.px(6) + m.px(16)


def header_buttons(fonts: FontBook, m: style.Metrics, area: pygame.Rect) -> tuple[pygame.Rect, pygame.Rect]:
    """Where the header's two buttons go (back, on): on the title's line, in the timer's column."""
    width = round(area.width * HEADER_RIGHT)
    top = area.top + fonts.line_height(m.text(24), True)
    height = min(fonts.line_height(m.title, True), m.px(54))
    each = (width - m.gap) // 2
    back = pygame.Rect(area.right - width, top, each, height)
    return back, pygame.Rect(area.right - each, top, each, height)


def draw_prompt(painter: Painter, box: pygame.Rect, text: str) -> int:
    """The phase's question to the room, large, on the background; the y below it."""
    m = painter.metrics
    return draw_fitted(painter, text, box, m.steps(40, 28), style.TEXT, bold=True, max_lines=3)


def draw_reactions(painter: Painter, box: pygame.Rect, debrief: Debrief, look: DebriefLook) -> list[str]:
    """Phase 1: the prompt and the cloud of approved words; the words shown."""
    m = painter.metrics
    y = draw_prompt(painter, box, say("debrief.prompt.reactions", look)) + m.px(16)
    cloud_box = pygame.Rect(box.left, y, box.width, box.bottom - y)
    painter.shadow(cloud_box)
    painter.panel(cloud_box, style.PANEL)
    words = debrief.words()
    if not words:
        inner = cloud_box.inflate(-2 * m.px(30), -2 * m.px(30))
        draw_fitted(painter, say("debrief.no_words", look), inner, m.scale_of("body"), style.INK_MUTED)
        return []
    inner = cloud_box.inflate(-2 * m.px(16), -2 * m.px(16))
    weights = word_weights(words)
    if len({weight.times for weight in weights}) == 1:
        # Said equally often (one word, or each a different one): nothing stands out, but on the
        # projector they need not all be at the smallest size (the cloud shrinks them when crowded).
        weights = [weight._replace(rank=EQUAL_RANK) for weight in weights]
    look.cloud.draw(painter, inner, weights, look.lang, background=style.PANEL, on_panel=True)
    return words


def draw_happened(painter: Painter, box: pygame.Rect, debrief: Debrief, look: DebriefLook) -> None:
    """Phase 2: the session's facts on the left; on the right the what-if of one decision."""
    m = painter.metrics
    lang = look.lang
    scenario = debrief.scenario
    split = round(box.width * 0.5)
    left = pygame.Rect(box.left, box.top, split - m.gap // 2, box.height)
    right = pygame.Rect(left.right + m.gap, box.top, box.right - left.right - m.gap, box.height)
    lines = fact_lines(scenario, debrief.facts, lang, group=look.group)
    parts = [Part(line.text, style.TEXT, bold=line.kind in ("ending", "profile")) for line in lines]
    if not parts:
        parts = [Part(t("debrief.no_facts", lang), style.TEXT_MUTED)]
    draw_placed(painter, stack(painter.fonts, m, left, parts, m.steps(32, style.BODY_MIN)))
    painter.shadow(right)
    painter.panel(right, style.PANEL)
    inner = right.inflate(-2 * m.px(24), -2 * m.px(20))
    result = debrief.what_if()
    pick = debrief.pick
    if pick is None or result is None:
        draw_fitted(painter, t("debrief.whatif.none", lang), inner, m.scale_of("body"), style.INK_MUTED)
        return
    choice = debrief.record.choices[pick[0]]
    card = scenario.card(choice.card)
    heading = t("debrief.whatif.heading", lang, number=pick[0] + 1, title=scenario.text(card.title, lang))
    heading_box = pygame.Rect(
        inner.left, inner.top, inner.width, painter.fonts.line_height(m.text(26), True) * 2
    )
    y = draw_fitted(painter, heading, heading_box, m.steps(26, 20), style.ACCENT_DARK, bold=True, max_lines=2)
    real = outcome_title(scenario, debrief.record.ending or debrief.record.profile, lang)
    body = pygame.Rect(inner.left, y + m.px(8), inner.width, inner.bottom - y - m.px(8))
    # On the projector every line at reading size: the notes made for the end screen (the triangles,
    # shown in "Why?", and the what-if's rule, the facilitator's to tell) are left out.
    parts = [
        replace(part, small=False) for part in result_parts(scenario, result, real, lang) if not part.optional
    ]
    draw_placed(painter, stack(painter.fonts, m, body, parts, m.steps(28, 20)))


def draw_why(painter: Painter, box: pygame.Rect, debrief: Debrief, look: DebriefLook) -> None:
    """Phase 3: the triangle of the options chosen on the left; the aspects the game met, each with the
    game's sentence on it, on the right."""
    m = painter.metrics
    split = round(box.width * 0.42)
    left = pygame.Rect(box.left, box.top, split, box.height)
    right = pygame.Rect(left.right + m.gap, box.top, box.right - left.right - m.gap, box.height)
    painter.shadow(left)
    painter.panel(left, style.PANEL)
    look.triangle.draw(painter)
    if not debrief.aspects:
        parts = [Part(t("debrief.no_aspects", look.lang), style.TEXT_MUTED)]
        draw_placed(painter, stack(painter.fonts, m, right, parts, m.steps(30, style.BODY_MIN)))
        return
    # As many of the aspects met most as fit with their sentence (at least one); the rest by name.
    counts = aspect_counts(debrief.scenario, debrief.record)
    ranked = sorted(debrief.aspects, key=lambda aspect: -counts.get(aspect, 0))
    for told in range(min(WHY_ASPECTS, len(ranked)), 0, -1):
        parts = why_parts(debrief.aspects, set(ranked[:told]), look.lang)
        placed = stack(painter.fonts, m, right, parts, m.steps(30, style.BODY_MIN))
        if len(placed) == len(parts) and not any(item.block.cut for item in placed):
            break
    draw_placed(painter, placed)


def why_parts(aspects: Sequence[str], told: set[str], lang: str) -> list[Part]:
    """The aspects in `told` by name and sentence (in the essay's order), then the others by name."""
    parts: list[Part] = []
    for name, sentence in aspect_lines([a for a in aspects if a in told], lang):
        parts += [Part(name, style.ACCENT, bold=True), Part(sentence, style.TEXT)]
    others = [name for name, _ in aspect_lines([a for a in aspects if a not in told], lang)]
    if others:
        parts.append(Part(t("debrief.also", lang, names=", ".join(others)), style.TEXT_MUTED))
    return parts


def triangle_box(box: pygame.Rect, m: style.Metrics) -> pygame.Rect:
    """Where the triangle of phase 3 goes inside its panel (the scene builds it there)."""
    left = pygame.Rect(box.left, box.top, round(box.width * 0.42), box.height)
    return left.inflate(-2 * m.px(24), -2 * m.px(24))


def draw_entries(
    painter: Painter,
    box: pygame.Rect,
    entries: Sequence[Entry],
    look: DebriefLook,
    empty: str,
    numbered: bool = False,
) -> list[str]:
    """Approved answers as a list of panels, newest last; those that do not fit leave the oldest out
    (a line says how many). The texts shown."""
    m = painter.metrics
    if not entries:
        draw_fitted(painter, empty, box, m.scale_of("body"), style.TEXT_MUTED)
        return []
    sizes = m.steps(28, style.BODY_MIN)
    pad = m.px(14)
    texts = [f"{n + 1}. {e.text}" if numbered else e.text for n, e in enumerate(entries)]
    blocks = [fit_text(painter.fonts, text, box.width - 2 * pad, None, sizes, max_lines=3) for text in texts]
    shown: list[int] = []
    height = 0
    for index in range(len(entries) - 1, -1, -1):
        need = blocks[index].height + 2 * pad + m.px(10)
        if height + need > box.height - painter.fonts.line_height(m.text(22)):
            break
        shown.insert(0, index)
        height += need
    y = box.top
    left_out = len(entries) - len(shown)
    if left_out:
        more = pygame.Rect(box.left, y, box.width, painter.fonts.line_height(m.text(22)))
        y = draw_fitted(
            painter, t("debrief.more", look.lang, count=left_out), more, m.steps(22, 18), style.TEXT_MUTED
        )
    for index in shown:
        block = blocks[index]
        rect = pygame.Rect(box.left, y, box.width, block.height + 2 * pad)
        painter.panel(rect, style.PANEL)
        painter.block(block, rect.inflate(-2 * pad, -2 * pad), style.INK)
        y = rect.bottom + m.px(10)
    return [entries[index].text for index in shown]


def draw_here(painter: Painter, box: pygame.Rect, debrief: Debrief, look: DebriefLook) -> list[str]:
    """Phase 4: which question of how many, the question large, the approved answers to it below."""
    m = painter.metrics
    lang = look.lang
    count = max(1, len(debrief.questions))
    label_box = pygame.Rect(box.left, box.top, box.width, painter.fonts.line_height(m.text(24), True))
    label = t("debrief.question_of", lang, index=debrief.step + 1, count=count)
    y = draw_fitted(painter, label.upper(), label_box, m.steps(24, 18), style.ACCENT, bold=True, max_lines=1)
    question = debrief.question
    text = (
        debrief.scenario.text(question[1], lang)
        if question is not None
        else say("debrief.no_questions", look)
    )
    question_box = pygame.Rect(box.left, y + m.px(4), box.width, round(box.height * 0.4))
    y = draw_fitted(painter, text, question_box, m.steps(44, 28), style.TEXT, bold=True, max_lines=4) + m.px(
        18
    )
    answers = debrief.approved("here", debrief.step)
    rest = pygame.Rect(box.left, y, box.width, box.bottom - y)
    return draw_entries(painter, rest, answers, look, say("debrief.no_answers", look))


def draw_wins(painter: Painter, box: pygame.Rect, debrief: Debrief, look: DebriefLook) -> list[str]:
    """Phase 5: proposals as they come in; while voting each with its support and the selected one
    marked; then the top three (the player's own list in solo play) as the action list."""
    m = painter.metrics
    lang = look.lang
    step = debrief.step_name
    y = draw_prompt(painter, box, say(f"debrief.wins.{step}", look)) + m.px(14)
    rest = pygame.Rect(box.left, y, box.width, box.bottom - y)
    if step == "propose":
        return draw_entries(painter, rest, debrief.approved("wins"), look, say("debrief.no_proposals", look))
    entries = debrief.action_list() if step in ("top", "list") else debrief.approved("wins")
    if not entries:
        draw_fitted(painter, say("debrief.no_proposals", look), rest, m.scale_of("body"), style.TEXT_MUTED)
        return []
    row_h = max(
        painter.fonts.line_height(m.text(28)) * 2 + m.px(20), rest.height // max(3, len(entries)) - m.px(8)
    )
    row_h = min(row_h, rest.height // len(entries) - m.px(8)) if len(entries) > 3 else min(row_h, m.px(150))
    shown: list[str] = []
    voting = step == "vote"
    for number, entry in enumerate(entries):
        rect = pygame.Rect(rest.left, rest.top + number * (row_h + m.px(8)), rest.width, row_h)
        if rect.bottom > rest.bottom + 1:
            break
        selected = voting and number == look.selected
        painter.panel(rect, style.PANEL, border=style.ACCENT if selected else None, width=m.px(4))
        inner = rect.inflate(-2 * m.px(18), -2 * m.px(8))
        count_w = round(inner.width * 0.2)
        text_box = pygame.Rect(inner.left, inner.top, inner.width - count_w - m.gap, inner.height)
        count_box = pygame.Rect(text_box.right + m.gap, inner.top, count_w, inner.height)
        label = f"{number + 1}. {entry.text}"
        sizes = m.steps(28, 18)
        block = fit_text(painter.fonts, label, text_box.width, text_box.height, sizes, bold=not voting)
        painter.block(block, text_box, style.INK, valign="middle")
        if debrief.mode == "group":
            count = debrief.support_count(entry.id)
            support = t("debrief.support" + ("_one" if count == 1 else ""), lang, count=count)
            support_block = fit_text(
                painter.fonts, support, count_box.width, count_box.height, m.steps(26, 16), bold=True
            )
            painter.block(support_block, count_box, style.ACCENT_DARK, align="right", valign="middle")
        shown.append(entry.text)
    return shown


def draw_finished(painter: Painter, box: pygame.Rect, debrief: Debrief, look: DebriefLook) -> list[str]:
    """After the last phase: the action list once more, and what Enter does now."""
    m = painter.metrics
    y = draw_prompt(painter, box, say("debrief.finished", look)) + m.px(14)
    rest = pygame.Rect(box.left, y, box.width, box.bottom - y)
    return draw_entries(painter, rest, debrief.action_list(), look, say("debrief.no_proposals", look), True)


def draw_waiting(painter: Painter, box: pygame.Rect, count: int, lang: str, phones: bool) -> None:
    """How many answers wait for approval: only the count, never their texts."""
    if count == 0 and not phones:
        return
    m = painter.metrics
    key = "debrief.waiting_one" if count == 1 else "debrief.waiting"
    text = t(key, lang, count=count) if count else t("debrief.phones_open", lang)
    draw_fitted(painter, text, box, m.steps(22, 18), style.TEXT_MUTED, max_lines=1, align="right")


def draw_queue(
    painter: Painter, box: pygame.Rect, pending: Sequence[Entry], selected: int, lang: str
) -> list[str]:
    """The pending answers with the selected one marked, over the phase: drawn only after Q, and headed
    by a warning that the projector shows them. The texts drawn."""
    m = painter.metrics
    painter.shadow(box)
    painter.panel(box, style.ERROR_PANEL, border=style.ERROR_INK, width=m.px(4))
    inner = box.inflate(-2 * m.px(24), -2 * m.px(18))
    y = draw_fitted(
        painter,
        t("debrief.queue.warning", lang),
        inner,
        m.steps(24, 18),
        style.ERROR_INK,
        bold=True,
        max_lines=2,
    )
    y += m.px(10)
    drawn: list[str] = []
    if not pending:
        draw_fitted(
            painter,
            t("debrief.queue.empty", lang),
            pygame.Rect(inner.left, y, inner.width, inner.bottom - y),
            m.scale_of("body"),
            style.INK,
        )
        return drawn
    sizes = m.steps(26, 18)
    for number, entry in enumerate(pending):
        block = fit_text(
            painter.fonts, f"{number + 1}. {entry.text}", inner.width - m.px(20), None, sizes, max_lines=2
        )
        if y + block.height > inner.bottom:
            break
        rect = pygame.Rect(inner.left, y, inner.width, block.height + m.px(8))
        if number == selected:
            pygame.draw.rect(painter.surface, style.ACCENT, rect, border_radius=m.px(6))
        painter.block(block, rect.inflate(-m.px(20), -m.px(8)), style.INK)
        drawn.append(entry.text)
        y = rect.bottom + m.px(6)
    return drawn
