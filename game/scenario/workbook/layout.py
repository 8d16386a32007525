"""The sheets of a scenario workbook and their columns, shared by export and import.

Every sheet has one header row. A text has one column per language (`title_nl`, `title_en`); the effect
columns of 'Opties' are headed by meter ids. Sheet names are Dutch, the game's first language; the first
sheet, 'Uitleg', explains the others in Dutch and English.
"""

from __future__ import annotations

from dataclasses import dataclass

EXPLAIN = "Uitleg"
SCENARIO = "Scenario"
METERS = "Meters"
THEMES = "Themas"
SPEAKERS = "Sprekers"
CARDS = "Kaarten"
OPTIONS = "Opties"
ENDINGS = "Eindes"
PROFILES = "Profielen"
DEBRIEF = "Nabespreking"
SHEETS = (EXPLAIN, SCENARIO, METERS, THEMES, SPEAKERS, CARDS, OPTIONS, ENDINGS, PROFILES, DEBRIEF)
REQUIRED_SHEETS = (SCENARIO, METERS, THEMES, CARDS, OPTIONS)
SUFFIXES = (".xlsx", ".ods")


@dataclass(frozen=True)
class Column:
    """A column of a sheet: `key` is the YAML key it becomes; `text` columns come once per language
    (`key_nl`, `key_en`); `required` columns must be there."""

    key: str
    text: bool = False
    required: bool = False
    width: int = 14  # characters, for the export


SCENARIO_COLUMNS = (Column("key", required=True, width=16), Column("value", width=14))
SCENARIO_KEYS = ("format", "id", "title", "intro", "languages", "years", "turns_per_year", "start_year")
SCENARIO_TEXTS = ("title", "intro")

OUTCOME_COLUMNS = (
    Column("id", required=True, width=20),
    Column("when", width=24),
    Column("title", text=True, width=28),
    Column("text", text=True, width=50),
)
COLUMNS: dict[str, tuple[Column, ...]] = {
    METERS: (
        Column("id", required=True),
        Column("name", text=True, width=18),
        Column("start", required=True, width=8),
        Column("min", width=8),
        Column("max", width=8),
        Column("icon", width=14),
        Column("corner", width=12),
        Column("year_end", width=10),
    ),
    THEMES: (Column("id", required=True, width=18), Column("name", text=True, width=36), Column("corner")),
    SPEAKERS: (Column("id", required=True, width=22), Column("name", text=True, width=28), Column("icon")),
    CARDS: (
        Column("id", required=True, width=22),
        Column("speaker", width=20),
        Column("speaker", text=True, width=20),
        Column("title", text=True, width=30),
        Column("text", text=True, width=60),
        Column("themes", width=22),
        Column("aspects", width=10),
        Column("requires", width=24),
        Column("weight", width=8),
        Column("at_year", width=8),
        Column("at_turn", width=8),
        Column("scheduled_only", width=10),
        Column("repeatable", width=10),
        Column("notes", text=True, width=40),
    ),
    OPTIONS: (
        Column("card", required=True, width=22),
        Column("option", width=7),
        Column("label", text=True, width=36),
        # the effect columns come here, one per meter id
        Column("serves", width=20),
        Column("harms", width=20),
        Column("set", width=18),
        Column("unset", width=18),
        Column("then", width=20),
        Column("red_line", text=True, width=30),
        Column("feedback", text=True, width=50),
    ),
    ENDINGS: OUTCOME_COLUMNS,
    PROFILES: OUTCOME_COLUMNS,
    # a row is a question (its aspect) or a statement (its id), not both
    DEBRIEF: (Column("aspect", width=8), Column("statement", width=14), Column("text", text=True, width=60)),
}
EFFECTS_AFTER = "label"  # in 'Opties' the meters' effect columns follow the label columns


def headers(sheet: str, languages: tuple[str, ...], meters: tuple[str, ...] = ()) -> list[str]:
    """The header row of `sheet` for a scenario in `languages` (and, for 'Opties', with these meters)."""
    if sheet == SCENARIO:
        return ["key", "value", *languages]
    names: list[str] = []
    for column in COLUMNS[sheet]:
        names += [f"{column.key}_{lang}" for lang in languages] if column.text else [column.key]
        if sheet == OPTIONS and column.key == EFFECTS_AFTER:
            names += list(meters)
    return names


def required(sheet: str) -> tuple[str, ...]:
    """The columns a sheet must have."""
    return tuple(column.key for column in COLUMNS[sheet] if column.required)


def width(sheet: str, header: str) -> int:
    """The width (in characters) the export gives a column."""
    for column in SCENARIO_COLUMNS if sheet == SCENARIO else COLUMNS.get(sheet, ()):
        if header == column.key or (column.text and header.startswith(f"{column.key}_")):
            return column.width
    return 12 if sheet == OPTIONS else 40


EXPLANATION = (
    ("Dit werkboek is een scenario voor Digitaal leiderschap.",
     "This workbook is a Digital leadership scenario."),
    (
        "Elk blad is een deel van het scenario; de eerste rij van een blad noemt de kolommen.",
        "Each sheet is one part of the scenario; the first row of a sheet names its columns.",
    ),
    (
        "Een tekst heeft een kolom per taal: title_nl, title_en.",
        "A text has a column per language: title_nl, title_en.",
    ),
    ("Scenario: id, titel, inleiding, talen, jaren, beurten per jaar, beginjaar.",
     "Scenario: id, title, intro, languages, years, turns per year, start year."),
    ("Meters: per meter de id, naam, beginwaarde, min, max, pictogram, hoek (willen, kunnen, mogen) en het "
     "effect aan elk jaareinde.",
     "Meters: per meter the id, name, start, min, max, icon, corner (strategy, capacity, legitimacy) and the "
     "effect at each year's end."),
    ("Themas: per thema de id, naam en hoek van de driehoek (willen, kunnen, mogen).",
     "Themas (themes): per theme the id, name and corner of the triangle (strategy, capacity, legitimacy)."),
    ("Sprekers: wie de dilemma's voorlegt: id, naam, pictogram.",
     "Sprekers (speakers): who brings the dilemmas: id, name, icon."),
    ("Kaarten: per kaart een rij: id, spreker (een id, of een naam per taal), titel, tekst, thema's (met "
     "komma's), aspecten uit het essay (4a ... 6d, met komma's), voorwaarde, gewicht, vast moment, alleen "
     "als vervolg, herhaalbaar, vraag aan de groep.",
     "Kaarten (cards): a row per card: id, speaker (an id, or a name per language), title, text, themes "
     "(with commas), the essay's aspects (4a ... 6d, with commas), condition, weight, fixed time, "
     "follow-up only, repeatable, question for the group."),
    ("Opties: per keuze een rij: de kaart, het nummer, het label, een kolom per meter met het effect, de "
     "hoeken die de keuze dient en schaadt (serves, harms: willen, kunnen, mogen, met komma's), vlaggen "
     "(set, unset), vervolgkaarten (then: kaart:beurten), de grens die de keuze overschrijdt (red_line, "
     "per taal) en terugkoppeling.",
     "Opties (options): a row per option: the card, its number, label, a column per meter with the effect, "
     "the corners the option serves and harms (serves, harms: strategy, capacity, legitimacy, with "
     "commas), flags (set, unset), follow-ups (then: card:turns), the line it crosses (red_line, per "
     "language) and feedback."),
    ("Eindes en Profielen: id, voorwaarde (when), titel en tekst.",
     "Eindes and Profielen (endings, profiles): id, condition (when), title and text."),
    ("Nabespreking (mag weg): een rij per vraag voor de groep, met het aspect (4a ... 6d) en de tekst; of "
     "een rij per stelling (3 tot 5), met een id in de kolom statement en de tekst.",
     "Nabespreking (debrief, optional): a row per question for the group, with its aspect (4a ... 6d) and "
     "text; or a row per statement (3 to 5), with an id in the column statement and the text."),
    ("Controleer met: python main.py validate scenario.xlsx. Een fout noemt blad en cel: Opties!D14.",
     "Check with: python main.py validate scenario.xlsx. A problem names its sheet and cell: Opties!D14."),
)  # fmt: skip
