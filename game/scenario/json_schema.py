"""The JSON Schema of scenario format 1, built from the loader's own key lists (for editors)."""

from __future__ import annotations

import json
from typing import Any

from game.core.corners import ASPECTS, CORNERS
from game.scenario.cards import (
    CARD_OPTIONAL,
    CARD_REQUIRED,
    MAX_OPTIONS,
    MIN_OPTIONS,
    OPTION_OPTIONAL,
    OPTION_REQUIRED,
)
from game.scenario.corners import CORNER_ALIASES
from game.scenario.debrief import DEBRIEF_KEYS, MAX_QUESTIONS, MAX_STATEMENTS, MIN_STATEMENTS, STATEMENT_KEYS
from game.scenario.icons import ICON_TYPES
from game.scenario.limits import MAX_COUNTS
from game.scenario.nodes import IDENTIFIER, LABEL
from game.scenario.pictograms import METER_NAMES, SPEAKER_NAMES
from game.scenario.schema import (
    FORMAT,
    METER_OPTIONAL,
    METER_REQUIRED,
    SPEAKER_OPTIONAL,
    SPEAKER_REQUIRED,
    THEME_OPTIONAL,
    THEME_REQUIRED,
    TOP_OPTIONAL,
    TOP_REQUIRED,
)
from game.scenario.texts import LANGUAGE_CODE

Schema = dict[str, Any]

SCHEMA_FILE_NAME = "scenario.schema.json"
_ID_PATTERN = "^" + IDENTIFIER.pattern.removesuffix(r"\Z") + "$"  # names in conditions: meters, flags
_LABEL_PATTERN = "^" + LABEL.pattern.removesuffix(r"\Z") + "$"  # other ids, which may hold a '-'
_LANGUAGE_PATTERN = "^" + LANGUAGE_CODE.pattern.removesuffix(r"\Z") + "$"
# A file of the scenario's own: a relative path ending in one of ICON_TYPES, in any case (JSON Schema
# patterns have no flag for that).
_ICON_FILE_PATTERN = (
    r"^[^/\\:]"
    + r"[^:]*\.("
    + "|".join("".join(f"[{c.lower()}{c.upper()}]" for c in suffix[1:]) for suffix in ICON_TYPES)
    + ")$"
)


def _say(nl: str, en: str) -> str:
    """Descriptions in both languages of the guide: Dutch first, then English."""
    return f"{nl}\n\n{en}"


def _ref(name: str) -> Schema:
    return {"$ref": f"#/$defs/{name}"}


def _described(schema: Schema, nl: str, en: str) -> Schema:
    return {**schema, "description": _say(nl, en)}


def _object(properties: dict[str, Schema], required: tuple[str, ...], optional: tuple[str, ...]) -> Schema:
    """A fixed-shape mapping; the keys must be exactly the loader's keys, in its order."""
    assert set(properties) == {*required, *optional}, set(properties) ^ {*required, *optional}
    ordered = {key: properties[key] for key in (*required, *optional)}
    return {
        "type": "object",
        "properties": ordered,
        "required": list(required),
        "additionalProperties": False,
    }


def _icon(names: tuple[str, ...], nl: str, en: str) -> Schema:
    return _described(
        {"anyOf": [{"enum": list(names)}, {"type": "string", "pattern": _ICON_FILE_PATTERN}]},
        f"{nl} Of het pad van een eigen SVG-, PNG- of JPEG-bestand naast het scenario, zoals "
        "icons/wethouder.svg.",
        f"{en} Or the path of an SVG, PNG or JPEG file of your own beside the scenario, like "
        "icons/wethouder.svg.",
    )


def _definitions() -> Schema:
    condition = {
        "type": ["string", "boolean"],
        "minLength": 1,
        "description": _say(
            'Een voorwaarde, zoals "budget >= 40 and not robot_geplaatst". Namen: meter-id\'s, year, turn '
            "en vlaggen; vergelijk met < <= > >= == !=; combineer met and, or, not en haakjes.",
            'A condition, like "budget >= 40 and not robot_placed". Names: meter ids, year, turn and '
            "flags; compare with < <= > >= == !=; combine with and, or, not and parentheses.",
        ),
    }
    text = {
        "description": _say(
            'Een tekst: gewoon een tekst, of per taal een tekst, zoals {nl: Ja, en: "Yes"}.',
            'A text: a plain text, or one text per language, like {nl: Ja, en: "Yes"}.',
        ),
        "anyOf": [
            {"type": "string", "minLength": 1},
            {
                "type": "object",
                "propertyNames": {"pattern": _LANGUAGE_PATTERN},
                "additionalProperties": {"type": "string", "minLength": 1},
                "minProperties": 1,
            },
        ],
    }
    identifier = {"type": "string", "pattern": _ID_PATTERN}
    label = {"type": "string", "pattern": _LABEL_PATTERN}
    effects = {
        "type": "object",
        "propertyNames": {"pattern": _ID_PATTERN},
        "additionalProperties": {"type": "number"},
        "description": _say(
            "Veranderingen van meters: meter-id -> getal, zoals {budget: -10, vertrouwen: 5}.",
            "Meter changes: meter id -> number, like {budget: -10, trust: 5}.",
        ),
    }
    flags = {
        "anyOf": [identifier, {"type": "array", "items": identifier}],
        "description": _say("Vlagnamen, zoals [robot_geplaatst].", "Flag names, like [robot_placed]."),
    }
    follow_up = _object(
        {
            "card": _described(label, "De id van de vervolgkaart.", "The id of the follow-up card."),
            "after": _described(
                {"type": "integer", "minimum": 1},
                "Na hoeveel beurten (1 = de volgende beurt; standaard 1).",
                "After how many turns (1 = the next turn; default 1).",
            ),
        },
        ("card",),
        ("after",),
    )
    corner = {"enum": [*CORNERS, *CORNER_ALIASES]}
    corners = {"anyOf": [corner, {"type": "array", "items": corner}]}
    aspect = {"enum": list(ASPECTS)}
    option = _object(
        {
            "label": _described(_ref("text"), "De tekst op de knop.", "The text on the button."),
            "effects": _described(
                _ref("effects"), "Wat de keuze met de meters doet.", "What the choice does to the meters."
            ),
            "serves": _described(
                corners,
                "De hoeken van de driehoek die deze keuze dient: strategy (willen), capacity (kunnen), "
                "legitimacy (mogen).",
                "The triangle's corners this choice serves: strategy (willen), capacity (kunnen), "
                "legitimacy (mogen).",
            ),
            "harms": _described(
                corners,
                "De hoeken die deze keuze schaadt (nooit een hoek die ze dient).",
                "The corners this choice harms (never one it serves).",
            ),
            "red_line": _described(
                _ref("text"),
                "Deze keuze overschrijdt een grens van wet of publieke moraal; de tekst noemt die grens. "
                "De nabespreking noemt elke overschreden grens.",
                "This choice crosses a line drawn by law or public ethics; the text names the line. The "
                "debrief names every line crossed.",
            ),
            "set": _described(_ref("flags"), "Vlaggen die aan gaan.", "Flags this choice sets."),
            "unset": _described(_ref("flags"), "Vlaggen die uit gaan.", "Flags this choice clears."),
            "then": _described(
                {"type": "array", "items": follow_up},
                "Vervolgkaarten: [{card: id, after: 2}].",
                "Follow-up cards: [{card: id, after: 2}].",
            ),
            "feedback": _described(
                _ref("text"), "Wat de speler na de keuze leest.", "What the player reads after the choice."
            ),
        },
        OPTION_REQUIRED,
        OPTION_OPTIONAL,
    )
    card = _object(
        {
            "id": _described(label, "Unieke id van de kaart.", "The card's unique id."),
            "speaker": _described(
                _ref("text"),
                "Wie het dilemma voorlegt: een id uit 'speakers', of een tekst (met het standaardpictogram).",
                "Who brings the dilemma: an id from 'speakers', or a text (with the default pictogram).",
            ),
            "title": _described(_ref("text"), "De titel van de kaart.", "The card's title."),
            "text": _described(_ref("text"), "Het dilemma zelf.", "The dilemma itself."),
            "themes": _described(
                {"anyOf": [label, {"type": "array", "items": label}]},
                "Thema-id's uit 'themes'.",
                "Theme ids from 'themes'.",
            ),
            "aspects": _described(
                {"anyOf": [aspect, {"type": "array", "items": aspect}]},
                "De aspecten uit het essay: 4a-4c (mogen), 5a-5b (willen), 6a-6d (kunnen).",
                "The essay's aspects: 4a-4c (legitimacy), 5a-5b (strategy), 6a-6d (capacity).",
            ),
            "options": _described(
                {"type": "array", "items": option, "minItems": MIN_OPTIONS, "maxItems": MAX_OPTIONS},
                f"{MIN_OPTIONS} tot {MAX_OPTIONS} keuzes.",
                f"{MIN_OPTIONS} to {MAX_OPTIONS} choices.",
            ),
            "requires": _described(
                _ref("condition"), "Alleen speelbaar als dit waar is.", "Only playable when this holds."
            ),
            "weight": _described(
                {"type": "number", "exclusiveMinimum": 0},
                "Kans om getrokken te worden (standaard 1).",
                "Chance of being drawn (default 1).",
            ),
            "at": _described(
                _object(
                    {"year": {"type": "integer", "minimum": 1}, "turn": {"type": "integer", "minimum": 1}},
                    ("year", "turn"),
                    (),
                ),
                "Vaste gebeurtenis: {year: 2, turn: 1}.",
                "Fixed event: {year: 2, turn: 1}.",
            ),
            "scheduled_only": _described(
                {"type": "boolean"},
                "Nooit getrokken; alleen gespeeld via 'then'.",
                "Never drawn; only played through 'then'.",
            ),
            "repeatable": _described(
                {"type": "boolean"}, "Mag vaker getrokken worden.", "May be drawn more than once."
            ),
            "notes": _described(
                _ref("text"),
                "Voor de facilitator: een gespreksvraag voor de groep.",
                "For the facilitator: a discussion question for the group.",
            ),
        },
        CARD_REQUIRED,
        CARD_OPTIONAL,
    )
    theme = _described(
        {
            "anyOf": [
                _ref("text"),
                _object(
                    {
                        "name": _described(_ref("text"), "De naam op het scherm.", "The name on screen."),
                        "corner": _described(
                            corner,
                            "De hoek van de driehoek van publieke waarde: strategy (willen), "
                            "capacity (kunnen) of legitimacy (mogen).",
                            "The corner of the public value triangle: strategy (willen), capacity (kunnen) "
                            "or legitimacy (mogen).",
                        ),
                    },
                    THEME_REQUIRED,
                    THEME_OPTIONAL,
                ),
            ]
        },
        "De naam van het thema, of {name: ..., corner: legitimacy} met een hoek van de driehoek.",
        "The theme's name, or {name: ..., corner: legitimacy} with a corner of the triangle.",
    )
    meter = _object(
        {
            "name": _described(_ref("text"), "De naam op het scherm.", "The name on screen."),
            "start": _described({"type": "number"}, "Beginwaarde.", "Starting value."),
            "min": _described({"type": "number"}, "Ondergrens (standaard 0).", "Lowest value (default 0)."),
            "max": _described(
                {"type": "number"}, "Bovengrens (standaard 100).", "Highest value (default 100)."
            ),
            "icon": _icon(
                METER_NAMES,
                "Het pictogram van de meter (standaard meter).",
                "The meter's icon (default meter).",
            ),
            "corner": _described(
                corner,
                "De hoek van de driehoek die deze meter meet.",
                "The corner of the triangle this meter measures.",
            ),
        },
        METER_REQUIRED,
        METER_OPTIONAL,
    )
    speaker = _object(
        {
            "name": _described(_ref("text"), "De naam op de kaart.", "The name on the card."),
            "icon": _icon(
                SPEAKER_NAMES,
                "Het pictogram van de spreker (standaard person).",
                "The speaker's pictogram (default person).",
            ),
        },
        SPEAKER_REQUIRED,
        SPEAKER_OPTIONAL,
    )

    def outcome(noun_nl: str, noun_en: str, required: tuple[str, ...], optional: tuple[str, ...]) -> Schema:
        return _object(
            {
                "id": _described(label, f"Unieke id van het {noun_nl}.", f"The {noun_en}'s unique id."),
                "when": _described(_ref("condition"), "Wanneer dit geldt.", "When this applies."),
                "title": _ref("text"),
                "text": _ref("text"),
            },
            required,
            optional,
        )

    questions = _described(
        {
            "anyOf": [
                _ref("text"),
                {"type": "array", "items": _ref("text"), "minItems": 1, "maxItems": MAX_QUESTIONS},
            ]
        },
        f"Vragen bij dit aspect die de groep naar de eigen gemeente brengen (ten hoogste {MAX_QUESTIONS}).",
        f"Questions on this aspect that bring it to the group's own municipality (at most {MAX_QUESTIONS}).",
    )
    statement = _object(
        {
            "id": _described(label, "Unieke id van de stelling.", "The statement's unique id."),
            "text": _described(
                _ref("text"),
                "De stelling, te scoren van 1 (helemaal oneens) tot 5 (helemaal eens).",
                "The statement, scored from 1 (fully disagree) to 5 (fully agree).",
            ),
        },
        STATEMENT_KEYS,
        (),
    )
    debrief = _object(
        {
            "questions": _described(
                {
                    "type": "object",
                    "propertyNames": {"enum": list(ASPECTS)},
                    "additionalProperties": questions,
                },
                "Per aspect uit het essay de vragen voor 'En hier?'; een aspect zonder vragen krijgt die van "
                "het spel.",
                "Per aspect of the essay the questions for 'And here?'; an aspect without them gets the "
                "game's own.",
            ),
            "statements": _described(
                {
                    "type": "array",
                    "items": _ref("statement"),
                    "minItems": MIN_STATEMENTS,
                    "maxItems": MAX_STATEMENTS,
                },
                f"{MIN_STATEMENTS} tot {MAX_STATEMENTS} stellingen die de zaal voor de eerste kaart en na "
                "de nabespreking scoort; zonder stellingen gebruikt het spel die van zichzelf.",
                f"{MIN_STATEMENTS} to {MAX_STATEMENTS} statements the room scores before the first card and "
                "after the debrief; without them the game uses its own.",
            ),
        },
        (),
        DEBRIEF_KEYS,
    )
    return {
        "condition": condition,
        "text": text,
        "identifier": identifier,
        "label": label,
        "effects": effects,
        "flags": flags,
        "card": card,
        "theme": theme,
        "meter": meter,
        "speaker": speaker,
        "ending": outcome("einde", "ending", ("id", "when", "title", "text"), ()),
        "profile": outcome("profiel", "profile", ("id", "title", "text"), ("when",)),
        "statement": statement,
        "debrief": debrief,
    }


def scenario_schema() -> Schema:
    """The JSON Schema (draft 2020-12) that editors use to complete and check a scenario file."""
    top = _object(
        {
            "format": _described({"const": FORMAT}, "Altijd 1.", "Always 1."),
            "id": _described(_ref("label"), "Korte id van het scenario.", "The scenario's short id."),
            "title": _described(_ref("text"), "Titel van het scenario.", "The scenario's title."),
            "intro": _described(
                _ref("text"),
                "Inleiding bij de start; zonder inleiding toont het spel de titel en de termijn.",
                "Introduction shown at the start; without one the game shows the title and the term.",
            ),
            "languages": _described(
                {
                    "anyOf": [
                        {"type": "string", "pattern": _LANGUAGE_PATTERN},
                        {
                            "type": "array",
                            "items": {"type": "string", "pattern": _LANGUAGE_PATTERN},
                            "minItems": 1,
                            "uniqueItems": True,
                        },
                    ]
                },
                "Talen, de eerste is de standaard: [nl, en].",
                "Languages, the first is the default: [nl, en].",
            ),
            "years": _described(
                {"type": "integer", "minimum": 1, "maximum": MAX_COUNTS["years"]},
                "Aantal jaren.",
                "Number of years.",
            ),
            "turns_per_year": _described(
                {"type": "integer", "minimum": 1, "maximum": MAX_COUNTS["turns_per_year"]},
                "Beurten per jaar.",
                "Turns per year.",
            ),
            "start_year": _described(
                {"type": "integer"},
                "Kalenderjaar van jaar 1; zonder start_year heten de jaren 'Jaar 1', 'Jaar 2'.",
                "Calendar year of year 1; without it the years are called 'Year 1', 'Year 2'.",
            ),
            "meters": _described(
                {
                    "type": "object",
                    "propertyNames": {"pattern": _ID_PATTERN},
                    "additionalProperties": _ref("meter"),
                    "minProperties": 1,
                },
                "De meters: id -> {name, start, min, max, icon}.",
                "The meters: id -> {name, start, min, max, icon}.",
            ),
            "themes": _described(
                {
                    "type": "object",
                    "propertyNames": {"pattern": _LABEL_PATTERN},
                    "additionalProperties": _ref("theme"),
                    "minProperties": 1,
                },
                "De thema's: id -> naam, of id -> {name, corner}.",
                "The themes: id -> name, or id -> {name, corner}.",
            ),
            "cards": _described(
                {"type": "array", "items": _ref("card"), "minItems": 1},
                "De kaarten met dilemma's.",
                "The dilemma cards.",
            ),
            "speakers": _described(
                {
                    "type": "object",
                    "propertyNames": {"pattern": _LABEL_PATTERN},
                    "additionalProperties": _ref("speaker"),
                    "minProperties": 1,
                },
                "De sprekers: id -> {name, icon}; de 'speaker' van een kaart mag een id noemen.",
                "The speakers: id -> {name, icon}; a card's 'speaker' may name an id.",
            ),
            "year_end": _described(
                _object({"effects": _ref("effects")}, ("effects",), ()),
                "Effecten na de laatste beurt van elk jaar.",
                "Effects after the last turn of each year.",
            ),
            "endings": _described(
                {"type": "array", "items": _ref("ending")},
                "Eindes: de eerste die geldt, beëindigt het spel meteen.",
                "Endings: the first that holds ends the game at once.",
            ),
            "profiles": _described(
                {"type": "array", "items": _ref("profile")},
                "Profielen na een volledige termijn; de laatste mag zonder 'when'.",
                "Profiles after a full term; the last may have no 'when'.",
            ),
            "debrief": _described(
                _ref("debrief"),
                "Eigen stof voor de nabespreking: vragen per aspect en stellingen voor en na.",
                "The scenario's own debrief material: questions per aspect and statements before and after.",
            ),
        },
        TOP_REQUIRED,
        TOP_OPTIONAL,
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Digitaal leiderschap scenario (format 1)",
        "description": _say(
            "Een scenario voor het spel Digitaal leiderschap. Zie docs/scenario-schrijven.md.",
            "A scenario for the Digital leadership game. See docs/writing-scenarios.md.",
        ),
        **top,
        "$defs": _definitions(),
    }


def schema_text() -> str:
    """The schema as the text of scenarios/scenario.schema.json."""
    return json.dumps(scenario_schema(), ensure_ascii=False, indent=2) + "\n"
