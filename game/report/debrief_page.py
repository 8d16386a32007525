"""The report's debrief as HTML: the five phases with the room's approved words, the word cloud, the
action list, and the statements before and after as inline SVG. Every text is escaped."""

from __future__ import annotations

from collections import deque
from html import escape

from game.debrief.cloud import Weight
from game.debrief.model import PHASES, SCORES, Phase
from game.i18n import t
from game.report.debrief import DebriefReport, Proposal, StatementLine
from game.report.labels import label

# Scores 1-5 from "strongly disagree" to "strongly agree": a diverging scale (ColorBrewer RdBu) that
# stays apart in black-and-white print by the count written in each part.
SCORE_COLOURS = ("#b2182b", "#ef8a62", "#bdbdbd", "#67a9cf", "#2166ac")
SCORE_INK = ("#ffffff", "#1c2333", "#1c2333", "#1c2333", "#ffffff")
INK = "#1c2333"
MUTED = "#5a6172"
GRID = "#d9d4c7"
CHART_WIDTH, CHART_HEIGHT = 960, 132
BAR_LEFT, BAR_RIGHT, BAR_HEIGHT = 96.0, 600.0, 34.0
AXIS_LEFT, AXIS_RIGHT = 660.0, 930.0
ROWS = (("before", 36.0), ("after", 88.0))  # each stage's bar, by its middle
SEPARATOR = " \u00b7 "

STYLE = """
ul.cloud { list-style: none; margin: 8px 0 16px; padding: 16px; display: flex; flex-wrap: wrap;
  justify-content: center; align-items: center; gap: 4px 18px; border: 1px solid #d9d4c7;
  break-inside: avoid; }
ul.cloud li { line-height: 1.1; color: #1c2333; overflow-wrap: anywhere; }
ul.cloud .r0 { font-size: 15px; color: #42495a; } ul.cloud .r1 { font-size: 20px; }
ul.cloud .r2 { font-size: 26px; } ul.cloud .r3 { font-size: 33px; font-weight: bold; }
ul.cloud .r4 { font-size: 42px; font-weight: bold; color: #6e4600; }
.phase { break-inside: auto; margin-bottom: 20px; }
.phase h3 { margin-top: 20px; }
ul.answers li, ul.facts li { margin-bottom: 4px; overflow-wrap: anywhere; }
ol.actions { margin: 8px 0; padding: 12px 20px 12px 44px; background: #f6f3ec; border-left: 6px solid #f4b63c;
  break-inside: avoid; }
ol.actions li { margin-bottom: 6px; font-weight: bold; overflow-wrap: anywhere; }
.support { font-weight: normal; color: #5a6172; font-size: 14px; white-space: nowrap; }
.question { break-inside: avoid; }
.question p.asked { margin: 8px 0 4px; font-weight: bold; }
figure.statement { margin: 12px 0 20px; break-inside: avoid; }
figure.statement figcaption { color: #1c2333; font-size: 16px; font-weight: bold; }
figure.statement p.means { margin: 2px 0 0; }
svg.statement { max-width: 960px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; font-size: 14px; }
.legend .swatch { display: inline-block; width: 14px; height: 14px; margin-right: 4px;
  vertical-align: -2px; border: 1px solid #ffffff; print-color-adjust: exact;
  -webkit-print-color-adjust: exact; }
@media print {
  ul.cloud .r0 { font-size: 10pt; } ul.cloud .r1 { font-size: 13pt; } ul.cloud .r2 { font-size: 17pt; }
  ul.cloud .r3 { font-size: 21pt; } ul.cloud .r4 { font-size: 26pt; }
  ol.actions { background: #ffffff; border: 1px solid #999999; border-left: 6px solid #1c2333; }
}
"""


def debrief_sections(debrief: DebriefReport | None, lang: str, group: str) -> str:
    """The debrief's section and the statements' section ("" for a session without a debrief)."""
    if debrief is None:
        return ""
    parts = []
    if debrief.reached is not None:
        intro = label("debrief.intro_solo" if debrief.solo else "debrief.intro", lang)
        phases = "".join(_phase(debrief, phase, lang, group) for phase in PHASES)
        parts.append(_section("debrief", label("debrief", lang), _muted(intro) + phases))
    if debrief.statements:
        parts.append(_section("statements", label("statements", lang), _statements(debrief, lang)))
    return "\n".join(parts)


def _section(section_id: str, heading: str, body: str) -> str:
    return f'<section id="{section_id}" class="page"><h2>{escape(heading)}</h2>{body}</section>'


def _muted(text: str) -> str:
    return f'<p class="muted">{escape(text)}</p>'


def _list(css: str, items: tuple[str, ...] | list[str]) -> str:
    return f'<ul class="{css}">' + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def _phase(debrief: DebriefReport, phase: Phase, lang: str, group: str) -> str:
    heading = f"<h3>{PHASES.index(phase) + 1}. {escape(t(f'debrief.phase.{phase}', lang))}</h3>"
    if not debrief.opened(phase):
        body = _muted(label("debrief.not_reached", lang))
    elif phase == "reactions":
        body = cloud(debrief.words, lang) if debrief.words else _muted(label("debrief.no_words", lang))
    elif phase == "happened":
        body = _list("facts", debrief.facts) + "".join(f"<p>{escape(line)}</p>" for line in debrief.what_if)
    elif phase == "why":
        items = "".join(
            f"<li><strong>{escape(name)}</strong>: {escape(sentence)}</li>"
            for name, sentence in debrief.aspects
        )
        body = f'<ul class="aspects">{items}</ul>' if items else _muted(label("debrief.no_aspects", lang))
    elif phase == "here":
        body = "".join(_question(question.question, question.answers, lang) for question in debrief.questions)
    else:
        body = _wins(debrief, lang, group)
    return f'<div class="phase" id="phase-{phase}">{heading}{body}</div>'


def _question(question: str, answers: tuple[str, ...], lang: str) -> str:
    given = _list("answers", answers) if answers else _muted(label("debrief.no_answers", lang))
    return f'<div class="question"><p class="asked">{escape(question)}</p>{given}</div>'


def cloud(words: tuple[Weight, ...], lang: str) -> str:
    """The word cloud as HTML: the most said largest and in the middle, the rest outwards by turns."""
    placed: deque[Weight] = deque()
    for index, weight in enumerate(words):  # most said first: alternate right and left of the middle
        if index % 2:
            placed.appendleft(weight)
        else:
            placed.append(weight)
    items = "".join(
        f'<li class="r{weight.rank}" title="{escape(label("debrief.times", lang, count=weight.times))}">'
        f"{escape(weight.word)}</li>"
        for weight in placed
    )
    return f'<ul class="cloud" aria-label="{escape(label("debrief.cloud", lang))}">{items}</ul>'


def _proposal(proposal: Proposal, lang: str, solo: bool) -> str:
    support = "" if solo else f' <span class="support">({escape(_support(proposal, lang))})</span>'
    return f"<li>{escape(proposal.text)}{support}</li>"


def _support(proposal: Proposal, lang: str) -> str:
    return label("debrief.support", lang, count=proposal.support)


def _wins(debrief: DebriefReport, lang: str, group: str) -> str:
    if debrief.solo:
        heading = label("debrief.actions_solo", lang)
    else:
        heading = (
            label("debrief.actions", lang, group=group) if group else label("debrief.actions_unnamed", lang)
        )
    if debrief.date:
        heading += f", {debrief.date}"
    if not debrief.actions:
        return f'<h4 class="actions">{escape(heading)}</h4>{_muted(label("debrief.no_actions", lang))}'
    actions = "".join(_proposal(item, lang, debrief.solo) for item in debrief.actions)
    body = f'<h4 class="actions">{escape(heading)}</h4><ol class="actions">{actions}</ol>'
    if debrief.other_proposals:
        others = "".join(_proposal(item, lang, debrief.solo) for item in debrief.other_proposals)
        body += f"<h4>{escape(label('debrief.other_proposals', lang))}</h4><ul>{others}</ul>"
    return body


def _statements(debrief: DebriefReport, lang: str) -> str:
    swatches = "".join(
        f'<span><span class="swatch" style="background: {colour}"></span>{score}</span>'
        for score, colour in zip(SCORES, SCORE_COLOURS, strict=True)
    )
    legend = (
        f'<p class="legend"><span>{escape(t("phone.disagree", lang))}</span>{swatches}'
        f"<span>{escape(t('phone.agree', lang))}</span></p>"
    )
    figures = "".join(_statement(line, lang) for line in debrief.statements)
    return _muted(label("statements.intro", lang)) + legend + figures


def _statement(line: StatementLine, lang: str) -> str:
    means = []
    for stage, mean, counts in (
        ("before", line.mean_before, line.before),
        ("after", line.mean_after, line.after),
    ):
        said = label("statements.unscored", lang)
        if mean is not None:
            said = f"{label('statements.mean', lang, value=number(mean, lang))} (n = {sum(counts)})"
        means.append(f"{label(f'statements.{stage}', lang)}: {said}")
    if line.delta is not None:
        means.append(label("statements.shift", lang, delta=number(line.delta, lang, sign=True)))
    return (
        f'<figure class="statement" data-statement="{escape(line.id)}"><figcaption>{escape(line.text)}'
        f"</figcaption>{statement_chart(line, lang)}"
        f'<p class="means">{escape(SEPARATOR.join(means))}</p></figure>'
    )


def number(value: float, lang: str, sign: bool = False) -> str:
    """A mean to one decimal as the language writes it (3,4 in Dutch); `sign`: +0,8 or \u22120,8."""
    text = f"{abs(value) if sign else value:.1f}"
    text = text.replace(".", ",") if lang == "nl" else text
    return (("+" if value >= 0 else "\u2212") + text) if sign else text


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _text(x: float, y: float, text: str, *, size: float = 14, anchor: str = "start", fill: str = INK) -> str:
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" text-anchor="{anchor}" fill="{fill}">'
        f"{escape(text)}</text>"
    )


def statement_chart(line: StatementLine, lang: str) -> str:
    """One statement: per stage a bar split by score (its width the share, the count written in it) and,
    on the right, the mean on a scale of 1 to 5 (a hollow circle before, a filled one after)."""
    parts: list[str] = []
    width = BAR_RIGHT - BAR_LEFT

    def ax(score: float) -> float:
        return AXIS_LEFT + (AXIS_RIGHT - AXIS_LEFT) * (score - 1) / (len(SCORES) - 1)

    for stage, middle in ROWS:
        counts = line.before if stage == "before" else line.after
        mean = line.mean_before if stage == "before" else line.mean_after
        top = middle - BAR_HEIGHT / 2
        parts.append(_text(BAR_LEFT - 10, middle + 5, label(f"statements.{stage}", lang), anchor="end"))
        total = sum(counts)
        if total == 0:
            parts.append(
                f'<rect x="{_n(BAR_LEFT)}" y="{_n(top)}" width="{_n(width)}" height="{_n(BAR_HEIGHT)}" '
                f'fill="none" stroke="{GRID}" stroke-dasharray="4 4"/>'
            )
            parts.append(_text(BAR_LEFT + 10, middle + 5, label("statements.unscored", lang), fill=MUTED))
        x = BAR_LEFT
        for index, count in enumerate(counts):
            if not total or not count:
                continue
            part = width * count / total
            parts.append(
                f'<rect class="score-{index + 1}" data-stage="{stage}" data-count="{count}" x="{_n(x)}" '
                f'y="{_n(top)}" width="{_n(part)}" height="{_n(BAR_HEIGHT)}" fill="{SCORE_COLOURS[index]}" '
                f'stroke="#ffffff" stroke-width="1.5"/>'
            )
            if part >= 18:
                parts.append(
                    _text(x + part / 2, middle + 5, str(count), anchor="middle", fill=SCORE_INK[index])
                )
            x += part
        parts.append(
            f'<line x1="{_n(AXIS_LEFT)}" y1="{_n(middle)}" x2="{_n(AXIS_RIGHT)}" y2="{_n(middle)}" '
            f'stroke="{GRID}" stroke-width="2"/>'
        )
        for score in SCORES:
            parts.append(f'<circle cx="{_n(ax(score))}" cy="{_n(middle)}" r="2.5" fill="{MUTED}"/>')
        if mean is not None:
            fill = "#ffffff" if stage == "before" else INK
            parts.append(
                f'<circle class="mean" data-stage="{stage}" cx="{_n(ax(mean))}" cy="{_n(middle)}" r="8" '
                f'fill="{fill}" stroke="{INK}" stroke-width="2.5"/>'
            )
    for score in SCORES:
        parts.append(_text(ax(score), CHART_HEIGHT - 6, str(score), size=13, anchor="middle", fill=MUTED))
    axis = label("statements.axis", lang)
    parts.append(_text((AXIS_LEFT + AXIS_RIGHT) / 2, 12, axis, size=12, anchor="middle", fill=MUTED))
    title = escape(label("statements.title", lang, text=line.text))
    return (
        f'<svg class="statement" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" role="img"><title>{title}</title>'
        + "".join(parts)
        + "</svg>"
    )
