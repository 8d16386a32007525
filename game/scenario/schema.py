"""Reading format 1: the top-level keys, languages, meters, themes, year-end effects, endings, profiles."""

from __future__ import annotations

from types import MappingProxyType

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.core.model import Meter, Number, Outcome, Scenario, Speaker, Theme
from game.errors import Phrase
from game.scenario.cards import read_cards
from game.scenario.conditions import read_condition
from game.scenario.context import ConditionUse, ReadContext
from game.scenario.corners import read_corner
from game.scenario.debrief import read_debrief
from game.scenario.icons import read_icon
from game.scenario.limits import MAX_COUNTS
from game.scenario.lint import Measure, lint
from game.scenario.nodes import (
    Checker,
    Entry,
    bool_message,
    closest,
    describe,
    first_place,
    is_bool,
    is_null,
    short,
    suggestion,
)
from game.scenario.pictograms import METER_DEFAULT, SPEAKER_DEFAULT
from game.scenario.references import check_references
from game.scenario.source import Source
from game.scenario.texts import EMPTY_TEXT, TextReader, is_language_code

FORMAT = 1
TOP_REQUIRED = ("format", "id", "title", "languages", "years", "turns_per_year", "meters", "themes", "cards")
TOP_OPTIONAL = ("intro", "start_year", "speakers", "year_end", "endings", "profiles", "debrief")
SCENARIO = Phrase("problem.the_scenario")
METER_REQUIRED = ("name", "start")
METER_OPTIONAL = ("min", "max", "icon", "corner")
SPEAKER_REQUIRED = ("name",)
SPEAKER_OPTIONAL = ("icon",)
THEME_REQUIRED = ("name",)  # the long form of a theme: {name: ..., corner: ...}
THEME_OPTIONAL = ("corner",)
THEME_KEYS = (*THEME_REQUIRED, *THEME_OPTIONAL)


def read_scenario(
    checker: Checker, root: Node, source: Source, measure: Measure | None = None, errors_before: bool = False
) -> Scenario | None:
    """Validate the whole node tree; the Scenario when there are no errors, else None. The lint runs only
    when neither the tree nor its reading (`errors_before`) had an error: on a broken scenario it would
    mostly repeat what follows from the errors."""
    if not checker.check_tags(root):
        return None
    top = checker.fields(root, SCENARIO, TOP_REQUIRED, TOP_OPTIONAL)
    if top is None:
        return None
    _check_format(checker, top.get("format"))
    languages = _languages(checker, top.get("languages"))
    context = ReadContext(checker, TextReader(checker, languages))
    scenario_id = checker.label(top["id"].value, Phrase("problem.noun.scenario_id")) if "id" in top else None
    title = context.text_field(top, "title", SCENARIO)
    intro = context.optional_text(top, "intro", SCENARIO)
    context.years = _count(checker, top.get("years"), "2")
    context.turns_per_year = _count(checker, top.get("turns_per_year"), "3")
    start_year = None
    if "start_year" in top:
        start_year = checker.integer(top["start_year"].value, "'start_year'", "2027")
    meters = _meters(context, top.get("meters"))
    themes = _themes(context, top.get("themes"))
    speakers = _speakers(context, top.get("speakers"))
    year_end = _year_end(context, top.get("year_end"))
    cards = read_cards(context, top["cards"].value) if "cards" in top else ()
    endings = _outcomes(context, top.get("endings"), "ending")
    profiles = _outcomes(context, top.get("profiles"), "profile")
    debrief = read_debrief(context, top.get("debrief"), cards)
    check_references(context, cards)
    checker.check_remaining_duplicates()
    if checker.error_count:
        return None
    assert scenario_id is not None
    assert context.years is not None and context.turns_per_year is not None
    scenario = Scenario(
        id=scenario_id,
        title=title,
        intro=intro,
        languages=tuple(languages),
        years=context.years,
        turns_per_year=context.turns_per_year,
        start_year=start_year,
        meters=meters,
        themes=themes,
        cards=cards,
        year_end_effects=MappingProxyType(year_end),
        endings=endings,
        profiles=profiles,
        speakers=speakers,
        format=FORMAT,
        source=source.filename,
        content_hash=source.content_hash,
        debrief=debrief,
    )
    if not errors_before:
        lint(context, top, scenario, measure)
    return scenario


def _check_format(checker: Checker, entry: Entry | None) -> None:
    if entry is None:
        return
    value = checker.integer(entry.value, "'format'", "1")
    if value is not None and value != FORMAT:
        message = Phrase("problem.scenario.format", {"format": FORMAT, "value": value})
        checker.report(entry.value, message)


def _count(checker: Checker, entry: Entry | None, example: str) -> int | None:
    if entry is None:
        return None
    value = checker.integer(entry.value, f"'{entry.key}'", example)
    if value is not None and value < 1:
        checker.report(
            entry.value, Phrase("problem.scenario.at_least_1", {"word": entry.key, "value": value})
        )
        return None
    if value is not None and value > MAX_COUNTS[entry.key]:
        message = Phrase(
            "problem.scenario.at_most", {"word": entry.key, "most": MAX_COUNTS[entry.key], "value": value}
        )
        checker.report(entry.value, message)
        return None
    return value


def _languages(checker: Checker, entry: Entry | None) -> list[str]:
    if entry is None:
        return []
    languages: list[str] = []
    items = checker.words(entry.value, "'languages'", "[nl, en]")
    if isinstance(entry.value, SequenceNode) and not items:
        checker.report(entry.value, Phrase("problem.scenario.no_languages"))
    for item in items:
        if is_bool(item) and isinstance(item, ScalarNode):
            checker.report(item, bool_message(item))
            continue
        code = checker.string(item, Phrase("problem.noun.language_code"))
        if code is None:
            continue
        if not is_language_code(code):
            checker.report(item, Phrase("problem.scenario.not_language", {"code": short(code)}))
        elif code in languages:
            checker.report(item, Phrase("problem.scenario.language_twice", {"code": code}))
        else:
            languages.append(code)
    return languages


def _id_entries(
    context: ReadContext, entry: Entry | None, noun: str, example: str, named: bool = False
) -> list[tuple[str, Entry]]:
    """The entries of an `id: ...` mapping (meters, themes, speakers) whose ids are valid; `named`: the
    ids are names in conditions (meters), else labels that may hold a '-'."""
    if entry is None:
        return []
    checker = context.checker
    node = entry.value
    if not isinstance(node, MappingNode):
        kind = Phrase(f"problem.noun.{noun}")
        if is_null(node):
            message = Phrase("problem.scenario.ids_empty", {"word": entry.key, "example": example})
        else:
            given = describe(node)
            message = Phrase(
                "problem.scenario.ids_shape",
                {"word": entry.key, "noun": kind, "given": given, "example": example},
            )
        checker.report(node, message)
        return []
    entries = checker.entries(node, Phrase(f"problem.noun.{noun}"))
    if not entries:
        checker.report(
            node,
            Phrase("problem.scenario.ids_none", {"word": entry.key, "noun": Phrase(f"problem.noun.{noun}")}),
        )
    result = []
    for item in entries:
        what = Phrase("problem.noun_id", {"noun": Phrase(f"problem.noun.{noun}")})
        item_id = context.name_id(item.key_node, what) if named else checker.label(item.key_node, what)
        if item_id is not None:
            result.append((item_id, item))
    return result


def _meters(context: ReadContext, entry: Entry | None) -> tuple[Meter, ...]:
    checker = context.checker
    meters: list[Meter] = []
    for meter_id, item in _id_entries(context, entry, "meter", "trust: {name: Trust, start: 50}", named=True):
        context.meter_ids.setdefault(meter_id, item.key_node)
        where = Phrase("problem.thing", {"noun": Phrase("problem.noun.meter"), "id": meter_id})
        fields = checker.fields(item.value, where, METER_REQUIRED, METER_OPTIONAL)
        if fields is None:
            continue
        name = context.text_field(fields, "name", where)
        icon = read_icon(checker, fields["icon"].value, "meter", where) if "icon" in fields else None
        values: dict[str, Number | None] = {"min": 0, "max": 100, "start": None}
        for key in ("start", "min", "max"):
            if key in fields:
                values[key] = checker.number(
                    fields[key].value, Phrase("problem.of", {"part": f"'{key}'", "whole": where}), "50"
                )
        start, low, high = values["start"], values["min"], values["max"]
        if low is not None and high is not None and low >= high:
            node = fields["min"].value if "min" in fields else fields["max"].value
            checker.report(node, Phrase("problem.meter.min_max", {"what": where, "low": low, "high": high}))
        elif start is not None and low is not None and high is not None and not low <= start <= high:
            message = Phrase("problem.meter.start", {"what": where, "start": start, "low": low, "high": high})
            checker.report(fields["start"].value, message)
        corner = read_corner(checker, fields["corner"].value, where) if "corner" in fields else None
        if start is not None and low is not None and high is not None:
            meters.append(Meter(meter_id, name, start, low, high, icon or METER_DEFAULT, corner))
    context.meters_known = entry is not None and isinstance(entry.value, MappingNode)
    return tuple(meters)


def _themes(context: ReadContext, entry: Entry | None) -> tuple[Theme, ...]:
    themes: list[Theme] = []
    for theme_id, item in _id_entries(context, entry, "theme", "privacy: {nl: Privacy, en: Privacy}"):
        context.theme_ids.setdefault(theme_id, item.key_node)
        if isinstance(item.value, MappingNode) and _is_long_theme(context, item.value):
            theme = _long_theme(context, item.value, theme_id)
            if theme is not None:
                themes.append(theme)
        else:
            named = Phrase("problem.thing", {"noun": Phrase("problem.noun.theme"), "id": theme_id})
            themes.append(
                Theme(
                    theme_id,
                    context.text(item.value, Phrase("problem.the_key", {"word": "name", "whole": named})),
                )
            )
    context.themes_known = entry is not None and isinstance(entry.value, MappingNode)
    return tuple(themes)


def _speakers(context: ReadContext, entry: Entry | None) -> tuple[Speaker, ...]:
    """The `speakers` section: id -> {name, icon}; a card's `speaker` may then name the id."""
    checker = context.checker
    example = "mayor: {name: {nl: Burgemeester, en: Mayor}, icon: mayor}"
    for speaker_id, item in _id_entries(context, entry, "speaker", example):
        if speaker_id in context.speakers:
            continue  # 'defined twice' is reported already; the first one counts
        context.speaker_ids[speaker_id] = item.key_node
        where = Phrase("problem.thing", {"noun": Phrase("problem.noun.speaker"), "id": speaker_id})
        name, icon = EMPTY_TEXT, None
        fields = checker.fields(item.value, where, SPEAKER_REQUIRED, SPEAKER_OPTIONAL)
        if fields is not None:
            name = context.text_field(fields, "name", where)
            if "name" in fields:
                context.speaker_names[speaker_id] = fields["name"].value
            if "icon" in fields:
                icon = read_icon(checker, fields["icon"].value, "speaker", where)
        context.speakers[speaker_id] = Speaker(speaker_id, name, icon or SPEAKER_DEFAULT)
    return tuple(context.speakers.values())


def _is_long_theme(context: ReadContext, node: MappingNode) -> bool:
    """`{name: ..., corner: ...}` rather than a name per language (`name` and `corner` are no language codes).

    A key that is no language code but close to 'name' or 'corner' (a typo) also counts as the long form,
    so that the message is about the key and not about an unknown language.
    """
    for key_node, _ in node.value:
        key = str(key_node.value) if isinstance(key_node, ScalarNode) else ""
        if key in THEME_KEYS:
            return True
        typo = key not in context.text.languages and not is_language_code(key) and suggestion(key, THEME_KEYS)
        if key and typo:
            return True
    return False


def _long_theme(context: ReadContext, node: MappingNode, theme_id: str) -> Theme | None:
    checker = context.checker
    where = Phrase("problem.thing", {"noun": Phrase("problem.noun.theme"), "id": theme_id})
    example = f"{theme_id}: {{name: {{nl: ..., en: ...}}, corner: legitimacy}}"
    fields: dict[str, Entry] = {}
    translations: list[Entry] = []
    misspelt_name = False
    for item in checker.entries(node):
        if item.key in THEME_KEYS:
            fields[item.key] = item
        elif item.key in context.text.languages or is_language_code(item.key):
            translations.append(item)
        else:
            hint = suggestion(item.key, THEME_KEYS)
            misspelt_name = misspelt_name or closest(item.key, THEME_KEYS) == "name"
            checker.report(
                item.key_node,
                Phrase("problem.unknown_key", {"word": short(item.key), "what": where, "hint": hint}),
            )
    if translations:
        message = (
            f"'{short(translations[0].key)}' in {where}: with a corner, "
            f"the translations go under 'name', like  {example}"
        )
        checker.report(translations[0].key_node, message)
        return None
    if "name" not in fields:
        if not misspelt_name:
            checker.report(node, Phrase("problem.theme.no_name", {"what": where, "example": example}))
        return None
    name = context.text(fields["name"].value, Phrase("problem.the_key", {"word": "name", "whole": where}))
    corner = read_corner(checker, fields["corner"].value, where) if "corner" in fields else None
    return Theme(theme_id, name, corner)


def _year_end(context: ReadContext, entry: Entry | None) -> dict[str, Number]:
    if entry is None:
        return {}
    fields = context.checker.fields(entry.value, "'year_end'", ("effects",))
    if fields is None or "effects" not in fields:
        return {}
    return context.effects(fields["effects"].value, "'year_end'")


def _outcomes(context: ReadContext, entry: Entry | None, noun: str) -> tuple[Outcome, ...]:
    if entry is None:
        return ()
    checker = context.checker
    kind = Phrase(f"problem.noun.{noun}")
    items = checker.sequence(entry.value, f"'{entry.key}'", Phrase("problem.example.ids", {"noun": kind}))
    outcomes: list[Outcome] = []
    first_places: dict[str, Phrase] = {}
    for number, item in enumerate(items, start=1):
        numbered = Phrase("problem.thing_number", {"noun": kind, "number": number})
        fields = checker.fields(item, numbered, ("id", "title", "text"), ("when",))
        if fields is None:
            continue
        id_of = Phrase("problem.noun_id", {"noun": kind})
        outcome_id = checker.label(fields["id"].value, id_of) if "id" in fields else None
        where = Phrase("problem.thing", {"noun": kind, "id": outcome_id}) if outcome_id else numbered
        if outcome_id is not None:
            id_node = fields["id"].value
            if outcome_id in first_places:
                first = first_places[outcome_id]
                message = Phrase("problem.id_twice", {"what": id_of, "id": outcome_id, "first": first})
                checker.report(id_node, message)
            else:
                first_places[outcome_id] = first_place(id_node)
        when = None
        if "when" in fields:
            when = read_condition(
                checker, fields["when"].value, Phrase("problem.of", {"part": "'when'", "whole": where})
            )
            if when is not None and isinstance(fields["when"].value, ScalarNode):
                context.conditions.append(ConditionUse(when, fields["when"].value))
        elif noun == "ending":
            checker.report(item, Phrase("problem.ending.no_when", {"what": where}))
        elif number < len(items):
            checker.report(item, Phrase("problem.profile.no_when", {"what": where}))
        title = context.text_field(fields, "title", where)
        text = context.text_field(fields, "text", where)
        outcomes.append(Outcome(outcome_id or str(number), title, text, when))
    return tuple(outcomes)
