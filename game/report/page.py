"""The debrief report as one self-contained HTML file: inline CSS and SVG, nothing fetched, made to print.

Every text that comes from a scenario, the log or the room is escaped: scenarios come from strangers.
"""

from __future__ import annotations

import re
from html import escape

from game.formatting import format_points
from game.i18n import year_label
from game.report.content import UNASSIGNED, CornerGroup, Decision, Report, meter_changes
from game.report.debrief_page import STYLE as DEBRIEF_STYLE
from game.report.debrief_page import debrief_sections
from game.report.labels import label
from game.report.svg import meter_chart, triangle

STYLE = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #ebe7de; color: #1c2333; font: 16px/1.5 "Atkinson Hyperlegible", "Segoe UI",
  Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1040px; margin: 24px auto; padding: 32px 48px; background: #ffffff;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.15); }
header.report { border-bottom: 4px solid #f4b63c; padding-bottom: 12px; margin-bottom: 8px; }
.kicker { margin: 0; color: #6e4600; font-weight: bold; text-transform: uppercase; letter-spacing: 0.06em;
  font-size: 14px; }
h1 { margin: 4px 0 8px; font-size: 32px; line-height: 1.2; }
h2 { margin: 32px 0 12px; font-size: 24px; border-bottom: 1px solid #d9d4c7; padding-bottom: 4px; }
h3 { margin: 0 0 4px; font-size: 18px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.meta dt { color: #5a6172; }
dl.meta dd { margin: 0; font-weight: bold; }
.outcome { background: #f6f3ec; border-left: 6px solid #f4b63c; padding: 12px 20px; }
.outcome .kind { margin: 0; color: #5a6172; }
.outcome h3 { font-size: 22px; }
.muted, figcaption { color: #5a6172; font-size: 14px; }
figure { margin: 0; }
svg { display: block; width: 100%; height: auto; }
svg.triangle { max-width: 520px; margin: 0 auto; }
ol.decisions { list-style: none; padding: 0; margin: 0; }
li.decision { border-top: 1px solid #d9d4c7; padding: 12px 0; break-inside: avoid; }
li.decision .when { margin: 0; color: #6e4600; font-weight: bold; font-size: 14px; }
li.decision dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 4px 0 0; }
li.decision dt { color: #5a6172; }
li.decision dd { margin: 0; }
li.decision .votes { font-variant-numeric: tabular-nums; font-weight: bold; }
li.decision p { margin: 0 0 6px; }
li.undone { color: #42495a; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #d9d4c7; }
thead th { font-size: 14px; color: #5a6172; }
tbody th { font-weight: bold; }
table.corners tbody th { white-space: nowrap; }
#lines h2 { color: #8a3a2a; }
td.count { text-align: right; font-variant-numeric: tabular-nums; font-weight: bold; width: 4em; }
tr.none td { color: #8a3a2a; }
ol.questions li { margin-bottom: 12px; break-inside: avoid; }
ol.questions .card { font-weight: bold; display: block; }
footer { margin-top: 32px; color: #5a6172; font-size: 12px; border-top: 1px solid #d9d4c7; padding-top: 8px; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { background: #ffffff; font-size: 11pt; }
  main { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  .outcome { background: #ffffff; border: 1px solid #999999; border-left: 6px solid #1c2333; }
  section.page { break-before: page; }
  h2, h3, h2 + p, h3 + p { break-after: avoid; }
  figure, table, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def render_report(report: Report) -> str:
    """The whole page as text."""
    lang = report.lang
    sections = [
        _header(report),
        *game_sections(report),
        _themes(report),
        _questions(report),
        debrief_sections(report.debrief, report.lang, report.group),
        footer(report),
    ]
    return html_page(lang, f"{label('kicker', lang)}: {report.scenario_title}", sections)


def html_page(lang: str, title: str, sections: list[str], style: str = "") -> str:
    """A whole self-contained page: the report's style (and `style`), the non-empty sections in <main>."""
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}{DEBRIEF_STYLE}{style}</style>\n</head>\n"
        "<body>\n<main>\n" + "\n".join(part for part in sections if part) + "\n</main>\n</body>\n</html>\n"
    )


def game_sections(report: Report) -> list[str]:
    """The sections of one game: its outcome, red lines crossed, meter chart and decisions."""
    return [_outcome(report), _lines(report), _chart(report), _decisions(report)]


def _paragraphs(text: str, css: str = "") -> str:
    """Escaped paragraphs: a blank line starts a new one, a single line break stays a line break."""
    attribute = f' class="{css}"' if css else ""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    return "".join(f"<p{attribute}>{escape(block).replace(chr(10), '<br>')}</p>" for block in blocks)


def _header(report: Report) -> str:
    lang = report.lang
    who = label("solo", lang) if report.solo else (report.group or label("group", lang))
    rows = [(label("group", lang), who)]
    if report.date:
        rows.append((label("date", lang), report.date))
    rows.append((label("decisions_count", lang), str(len(report.decisions))))
    meta = "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in rows)
    return (
        f'<header class="report"><p class="kicker">{escape(label("game", lang))} \u00b7 '
        f"{escape(label('kicker', lang))}</p><h1>{escape(report.scenario_title)}</h1>"
        f'<dl class="meta">{meta}</dl></header>'
    )


def _section(report: Report, section_id: str, body: str, *, page: bool = False) -> str:
    """A section headed by its label (the report's word of the same name as its id); `page` starts a new
    printed page."""
    css = ' class="page"' if page else ""
    return (
        f'<section id="{section_id}"{css}><h2>{escape(label(section_id, report.lang))}</h2>{body}</section>'
    )


def _muted(text: str) -> str:
    return f'<p class="muted">{escape(text)}</p>'


def _outcome(report: Report) -> str:
    lang = report.lang
    kind = label(f"outcome.{report.outcome_kind}", lang) if report.outcome_kind != "none" else ""
    kind_line = f'<p class="kind">{escape(kind)}</p>' if kind and kind != report.outcome_title else ""
    return _section(
        report,
        "outcome",
        f'<div class="outcome {escape(report.outcome_kind)}">{kind_line}'
        f"<h3>{escape(report.outcome_title)}</h3>"
        f"{_paragraphs(report.outcome_text)}</div>",
    )


def _chart(report: Report) -> str:
    caption = escape(label("chart.caption", report.lang))
    return _section(
        report, "chart", f"<figure>{meter_chart(report)}<figcaption>{caption}</figcaption></figure>"
    )


def _decision(report: Report, decision: Decision, css: str) -> str:
    lang = report.lang
    year = year_label(decision.calendar_year, decision.year, lang)
    when = f"{year} \u00b7 {label('turn', lang, turn=decision.turn)}"
    rows = [(label("chosen", lang), escape(f"{decision.option}. {decision.label}"))]
    if decision.split:
        votes = f'<span class="votes">{escape(decision.split)}</span>'
        if decision.tie:
            votes += f" ({escape(label('tie', lang))})"
        if decision.phone_split:
            parts = label("votes_apart", lang, phones=decision.phone_split, hands=decision.hand_split)
            votes += f" \u00b7 {escape(parts)}"
        rows.append((label("votes", lang), votes))
    changes = meter_changes(report, decision.deltas) or label("no_effects", lang)
    rows.append((label("effects", lang), escape(changes)))
    if decision.feedback:
        rows.append((label("feedback", lang), _paragraphs(decision.feedback)))
    details = "".join(f"<dt>{escape(name)}</dt><dd>{value}</dd>" for name, value in rows)
    return (
        f'<li class="{css}" data-card="{escape(decision.card_id)}"><p class="when">{escape(when)}</p>'
        f"<h3>{escape(decision.title)}</h3><dl>{details}</dl></li>"
    )


def _decision_list(report: Report, decisions: tuple[Decision, ...], css: str) -> str:
    return '<ol class="decisions">' + "".join(_decision(report, item, css) for item in decisions) + "</ol>"


def _decisions(report: Report) -> str:
    lang = report.lang
    if report.decisions:
        body = _decision_list(report, report.decisions, "decision")
    else:
        body = _muted(label("no_decisions", lang))
    undone = ""
    if report.undone:
        intro = _muted(label("undone.intro", lang))
        undone = _section(report, "undone", intro + _decision_list(report, report.undone, "decision undone"))
    return _section(report, "decisions", body, page=True) + undone


def _table(css: str, headings: list[str], rows: list[str]) -> str:
    head = "".join(f"<th>{escape(heading)}</th>" for heading in headings)
    return f'<table class="{css}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _card_list(decisions: tuple[Decision, ...]) -> str:
    titles = list(dict.fromkeys(decision.title for decision in decisions))
    return ", ".join(escape(title) for title in titles) or "\u2013"


def _count_row(name: str, decisions: tuple[Decision, ...], cells: str = "") -> str:
    """A table row: the name, `cells` (already HTML), how many decisions and on which cards; a row
    without decisions is marked (a theme or corner the session left alone)."""
    css = "" if decisions else ' class="none"'
    return (
        f'<tr{css}><th scope="row">{escape(name)}</th>{cells}'
        f'<td class="count">{len(decisions)}</td><td>{_card_list(decisions)}</td></tr>'
    )


def _themes(report: Report) -> str:
    lang = report.lang
    rows = []
    for group in report.themes:
        corner = ""
        if report.corners:
            name = label(f"corner.{group.corner}.short", lang) if group.corner else "\u2013"
            corner = f"<td>{escape(name)}</td>"
        rows.append(_count_row(group.name, group.decisions, corner))
    headings = [label("themes.theme", lang)]
    if report.corners:
        headings.append(label("triangle.corner", lang))
    headings += [label("themes.count", lang), label("themes.cards", lang)]
    if report.neglected:
        neglected = (
            f"<p><strong>{escape(label('themes.neglected', lang))}:</strong> "
            + ", ".join(escape(name) for name in report.neglected)
            + "</p>"
        )
    else:
        neglected = _muted(label("themes.all_touched", lang))
    return _section(
        report,
        "themes",
        f"<h3>{escape(label('themes.by_theme', lang))}</h3>{_muted(label('themes.intro', lang))}"
        f"{_table('themes', headings, rows)}{neglected}{_triangle(report)}",
        page=True,
    )


def _lines(report: Report) -> str:
    """Every red line the game crossed: the line, the card and the option chosen; nothing when none."""
    lang = report.lang
    if not report.crossed:
        return ""
    rows = [
        f'<tr data-card="{escape(decision.card_id)}"><th scope="row">{escape(decision.red_line)}</th>'
        f"<td>{escape(decision.title)}</td><td>{escape(f'{decision.option}. {decision.label}')}</td></tr>"
        for decision in report.crossed
    ]
    headings = [label(key, lang) for key in ("lines.line", "lines.card", "lines.option")]
    heading = label("lines.solo" if report.solo else "lines", lang)
    return (
        f'<section id="lines"><h2>{escape(heading)}</h2>{_muted(label("lines.intro", lang))}'
        f"{_table('lines', headings, rows)}</section>"
    )


def _triangle(report: Report) -> str:
    """The triangle, with a sentence on what it follows (the options chosen, or the themes of the cards
    as the fallback) and a table of the corners."""
    lang = report.lang
    if not report.corners:
        return ""
    by_options = report.basis == "options"

    def name(corner: str) -> str:
        return label("corner.unassigned" if corner == UNASSIGNED else f"corner.{corner}", lang)

    if by_options:
        follows = label("triangle.basis.options" if report.solo else "triangle.basis.options_group", lang)
        intro = label("triangle.intro.options", lang)
        headings = [label(key, lang) for key in ("triangle.corner", "triangle.points")]
        headings += [label("triangle.served", lang), label("triangle.harmed", lang)]
        rows = [_corner_row(report, name(group.corner), group) for group in report.corners]
    else:
        follows = label("triangle.basis.themes", lang)
        intro = label("triangle.intro", lang)
        headings = [label(key, lang) for key in ("triangle.corner", "themes.count", "themes.cards")]
        rows = [_count_row(name(group.corner), group.decisions) for group in report.corners]
    none = "triangle.none_options" if by_options else "triangle.none"
    drawing = f"<figure>{triangle(report)}</figure>" if report.pull is not None else _muted(label(none, lang))
    basis = f'<p class="basis"><strong>{escape(follows)}</strong></p>'
    body = basis + _muted(intro) + drawing + _table("corners", headings, rows)
    return _section(report, "triangle", body, page=True)


def _corner_row(report: Report, name: str, group: CornerGroup) -> str:
    """A corner by the options: its points, the cards whose option served it and those that harmed it
    (the row of the options that name no corner has only the first)."""
    if group.corner == UNASSIGNED:
        return (
            f'<tr><th scope="row">{escape(name)}</th><td class="count">\u2013</td>'
            f'<td colspan="2">{_card_list(group.decisions)}</td></tr>'
        )
    css = "" if group.decisions or group.harmed else ' class="none"'
    points = format_points(group.weight, report.lang)
    return (
        f'<tr{css}><th scope="row">{escape(name)}</th><td class="count">{points}</td>'
        f"<td>{_card_list(group.decisions)}</td><td>{_card_list(group.harmed)}</td></tr>"
    )


def _questions(report: Report) -> str:
    lang = report.lang
    if report.questions:
        items = "".join(
            f'<li data-card="{escape(question.card_id)}"><span class="card">{escape(question.title)}</span>'
            f"{_paragraphs(question.question)}</li>"
            for question in report.questions
        )
        body = f'{_muted(label("questions.intro", lang))}<ol class="questions">{items}</ol>'
    else:
        body = _muted(label("questions.none", lang))
    return _section(report, "questions", body, page=True)


def footer(report: Report) -> str:
    text = label(
        "footer", report.lang, log=report.log_name, file=report.scenario_file or "\u2013", seed=report.seed
    )
    return f"<footer>{escape(text)}</footer>"
