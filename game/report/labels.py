"""The report's own words, Dutch first with complete English: `label(key, lang, **fmt)`."""

from __future__ import annotations

REPORT_LANGUAGES = ("nl", "en")

LABELS: dict[str, dict[str, str]] = {
    "kicker": {"nl": "Terugblik op de sessie", "en": "Session debrief"},
    "game": {"nl": "Digitaal leiderschap", "en": "Digital leadership"},
    "group": {"nl": "Groep", "en": "Group"},
    "solo": {"nl": "solo", "en": "solo"},
    "date": {"nl": "Datum", "en": "Date"},
    "scenario": {"nl": "Scenario", "en": "Scenario"},
    "decisions_count": {"nl": "Besluiten", "en": "Decisions"},
    "outcome": {"nl": "De uitkomst", "en": "The outcome"},
    "outcome.ending": {"nl": "Het spel eindigde voortijdig", "en": "The game ended early"},
    "outcome.profile": {
        "nl": "De termijn zit erop \u2013 jullie profiel",
        "en": "Term completed \u2013 your profile",
    },
    "outcome.none": {"nl": "De termijn zit erop", "en": "Term completed"},
    "outcome.unfinished": {"nl": "Het spel is niet afgemaakt", "en": "The game was not finished"},
    "outcome.unfinished_text": {
        "nl": "De sessie stopte in {year}, beurt {turn}. De terugblik toont de besluiten tot dat moment.",
        "en": "The session stopped in {year}, turn {turn}. The debrief shows the decisions up to then.",
    },
    "final_meters": {"nl": "Eindstand van de meters", "en": "Final meters"},
    "chart": {"nl": "Verloop van de meters", "en": "The meters over time"},
    "chart.caption": {
        "nl": "Elke meter na elke beurt; de stippellijnen scheiden de jaren, een sprong op de grens is "
        "het effect van het jaareinde.",
        "en": "Every meter after every turn; dotted lines separate the years, a step at a boundary is "
        "the year-end effect.",
    },
    "chart.title": {"nl": "Lijngrafiek van de meters over het spel", "en": "Line chart of the meters"},
    "decisions": {"nl": "Alle besluiten", "en": "Every decision"},
    "no_decisions": {"nl": "Er zijn geen besluiten genomen.", "en": "No decisions were made."},
    "turn": {"nl": "beurt {turn}", "en": "turn {turn}"},
    "chosen": {"nl": "Gekozen", "en": "Chosen"},
    "votes": {"nl": "Stemmen", "en": "Votes"},
    "tie": {"nl": "gelijkspel, de gespreksleider besliste", "en": "a tie, the facilitator decided"},
    "effects": {"nl": "Gevolgen", "en": "Effects"},
    "no_effects": {"nl": "geen", "en": "none"},
    "feedback": {"nl": "Toelichting", "en": "Feedback"},
    "undone": {"nl": "Teruggenomen besluiten", "en": "Decisions taken back"},
    "undone.intro": {
        "nl": "Deze besluiten werden genomen en daarna teruggenomen; ze tellen niet mee in de uitkomst.",
        "en": "These decisions were made and then taken back; they do not count in the outcome.",
    },
    "themes": {"nl": "Waar ging de aandacht naartoe?", "en": "Where did the attention go?"},
    "themes.by_theme": {"nl": "Besluiten per thema", "en": "Decisions by theme"},
    "themes.intro": {
        "nl": "Een kaart met meer thema's telt bij elk thema mee.",
        "en": "A card with several themes counts under each of them.",
    },
    "themes.theme": {"nl": "Thema", "en": "Theme"},
    "themes.count": {"nl": "Aantal", "en": "Count"},
    "themes.cards": {"nl": "Kaarten", "en": "Cards"},
    "themes.other": {"nl": "Overig (geen thema)", "en": "Other (no theme)"},
    "themes.neglected": {"nl": "Niet aan bod gekomen", "en": "Not attended to"},
    "themes.all_touched": {"nl": "Elk thema kwam aan bod.", "en": "Every theme came up."},
    "triangle": {"nl": "De driehoek van publieke waarde", "en": "The public value triangle"},
    "triangle.intro": {
        "nl": "Elk besluit telt bij de hoek(en) van de thema's van zijn kaart: willen (strategie), kunnen "
        "(capaciteit) en mogen (legitimiteit). De stip staat waar de besluiten samen naartoe trokken; "
        "het kruisje is het midden, waar alle hoeken even veel aandacht kregen.",
        "en": "Each decision counts towards the corner(s) of its card's themes: strategy (what we want), "
        "capacity (what we can) and legitimacy (what we may). The dot is where the decisions pulled "
        "together; the cross is the centre, where every corner got equal attention.",
    },
    "triangle.title": {
        "nl": "Driehoek van publieke waarde met waar de besluiten naartoe trokken",
        "en": "Public value triangle with where the decisions pulled",
    },
    "triangle.corner": {"nl": "Hoek", "en": "Corner"},
    "triangle.none": {
        "nl": "Geen van de besluiten valt onder een thema met een hoek van de driehoek.",
        "en": "None of the decisions falls under a theme with a corner of the triangle.",
    },
    "triangle.count": {"nl": "{count} besluiten", "en": "{count} decisions"},
    "triangle.count_one": {"nl": "1 besluit", "en": "1 decision"},
    "corner.strategy": {"nl": "Willen (strategie)", "en": "Strategy (what we want)"},
    "corner.capacity": {"nl": "Kunnen (capaciteit)", "en": "Capacity (what we can)"},
    "corner.legitimacy": {"nl": "Mogen (legitimiteit)", "en": "Legitimacy (what we may)"},
    "corner.strategy.short": {"nl": "Willen", "en": "Strategy"},
    "corner.capacity.short": {"nl": "Kunnen", "en": "Capacity"},
    "corner.legitimacy.short": {"nl": "Mogen", "en": "Legitimacy"},
    "corner.unassigned": {"nl": "Zonder hoek", "en": "Unassigned"},
    "questions": {"nl": "Vragen voor het gesprek", "en": "Questions for the discussion"},
    "questions.intro": {
        "nl": "De vragen bij de gespeelde kaarten, om na te praten of mee te nemen naar een volgend overleg.",
        "en": "The questions of the cards played, to talk over or to take to the next meeting.",
    },
    "questions.none": {
        "nl": "De gespeelde kaarten hebben geen vragen.",
        "en": "The cards played have no questions.",
    },
    "footer": {
        "nl": "Gemaakt uit het sessielogboek {log} \u00b7 scenario {file} \u00b7 seed {seed}",
        "en": "Made from the session log {log} \u00b7 scenario {file} \u00b7 seed {seed}",
    },
    # The CSV's column headings.
    "csv.year": {"nl": "jaar", "en": "year"},
    "csv.calendar_year": {"nl": "kalenderjaar", "en": "calendar year"},
    "csv.turn": {"nl": "beurt", "en": "turn"},
    "csv.card": {"nl": "kaart", "en": "card"},
    "csv.title": {"nl": "titel", "en": "title"},
    "csv.option": {"nl": "optie", "en": "option"},
    "csv.label": {"nl": "keuze", "en": "choice"},
    "csv.votes": {"nl": "stemmen", "en": "votes"},
}

MONTHS: dict[str, tuple[str, ...]] = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def report_language(lang: str) -> str:
    """The language of the report's own words: the session's when it is one we have, else Dutch."""
    return lang if lang in REPORT_LANGUAGES else REPORT_LANGUAGES[0]


def label(key: str, lang: str, **fmt: object) -> str:
    words = LABELS[key]
    text = words.get(lang, words[REPORT_LANGUAGES[0]])
    return text.format(**fmt) if fmt else text
