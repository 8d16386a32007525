"""The window's own strings, Dutch first with complete English: `t(key, lang, **fmt)`."""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

STRINGS: dict[str, dict[str, str]] = {
    "app.title": {"nl": "Digitaal leiderschap", "en": "Digital leadership"},
    "app.subtitle": {
        "nl": "Een spel over digitale dilemma's in de gemeente",
        "en": "A game about digital dilemmas in local government",
    },
    "language.name": {"nl": "Nederlands", "en": "English"},
    "title.scenario": {"nl": "Scenario", "en": "Scenario"},
    "title.scenario_count": {"nl": "{index} van {count}", "en": "{index} of {count}"},
    "title.start": {"nl": "Spel starten", "en": "Start game"},
    "title.language": {"nl": "Taal: Nederlands", "en": "Language: English"},
    "title.quit": {"nl": "Afsluiten", "en": "Quit"},
    "title.load_error": {
        "nl": "Dit scenario kan niet worden geladen:",
        "en": "This scenario cannot be loaded:",
    },
    "title.hint": {
        "nl": (
            "Enter start \u00b7 pijltjes scenario \u00b7 L taal \u00b7 F5 herladen \u00b7 F11 volledig scherm"
        ),
        "en": (
            "Enter start \u00b7 arrows scenario \u00b7 L language \u00b7 F5 reload \u00b7 F11 full screen"
        ),
    },
    "intro.kicker": {"nl": "Het scenario", "en": "The scenario"},
    "intro.term": {
        "nl": "{years} jaar \u00b7 {turns} beurten per jaar \u00b7 {first}\u2013{last}",
        "en": "{years} years \u00b7 {turns} turns a year \u00b7 {first}\u2013{last}",
    },
    "intro.term_one": {
        "nl": "1 jaar \u00b7 {turns} beurten \u00b7 {first}",
        "en": "1 year \u00b7 {turns} turns \u00b7 {first}",
    },
    "intro.begin": {"nl": "Begin", "en": "Begin"},
    "card.turn": {"nl": "Beurt {turn} van {total}", "en": "Turn {turn} of {total}"},
    "card.hint": {
        "nl": "1\u2013{n} kiezen \u00b7 Esc menu \u00b7 L taal \u00b7 F5 herladen",
        "en": "1\u2013{n} choose \u00b7 Esc menu \u00b7 L language \u00b7 F5 reload",
    },
    "card.question": {"nl": "Wat doe je?", "en": "What do you do?"},
    "card.notes": {"nl": "Vraag aan de groep", "en": "Question for the group"},
    "card.hint_notes": {
        "nl": "1\u2013{n} kiezen \u00b7 N vraag \u00b7 Esc menu \u00b7 L taal \u00b7 F5 herladen",
        "en": "1\u2013{n} choose \u00b7 N question \u00b7 Esc menu \u00b7 L language \u00b7 F5 reload",
    },
    "feedback.kicker": {"nl": "Je koos", "en": "You chose"},
    "feedback.effects": {"nl": "Gevolgen", "en": "Effects"},
    "feedback.values": {"nl": "{before} naar {after}", "en": "{before} to {after}"},
    "feedback.unchanged": {"nl": "gelijk", "en": "no change"},
    "continue": {"nl": "Verder", "en": "Continue"},
    "continue.hint": {
        "nl": "Enter verder \u00b7 Esc menu \u00b7 L taal \u00b7 F5 herladen",
        "en": "Enter continue \u00b7 Esc menu \u00b7 L language \u00b7 F5 reload",
    },
    "year.heading": {"nl": "Jaaroverzicht {year}", "en": "The year {year} in review"},
    "year.sub": {"nl": "Jaar {year} van {years}", "en": "Year {year} of {years}"},
    "year.col.meter": {"nl": "Meter", "en": "Meter"},
    "year.col.start": {"nl": "Begin", "en": "Start"},
    "year.col.year_end": {"nl": "Jaareinde", "en": "Year end"},
    "year.col.end": {"nl": "Eind", "en": "End"},
    "year.col.change": {"nl": "Verschil", "en": "Change"},
    "year.note": {
        "nl": "Jaareinde: de vaste effecten aan het eind van elk jaar.",
        "en": "Year end: the fixed effects at the end of every year.",
    },
    "outcome.ending": {"nl": "Het spel is voorbij", "en": "Game over"},
    "outcome.profile": {
        "nl": "De termijn zit erop \u2013 jouw profiel",
        "en": "Term completed \u2013 your profile",
    },
    "outcome.none": {"nl": "De termijn zit erop", "en": "Term completed"},
    "outcome.none_text": {
        "nl": "Je hebt de hele termijn volgemaakt.",
        "en": "You have completed the whole term.",
    },
    "end.heading": {"nl": "Terugblik", "en": "Debrief"},
    "end.chart": {"nl": "Verloop van de meters", "en": "The meters over time"},
    "end.choices": {"nl": "Je keuzes per thema", "en": "Your choices by theme"},
    "end.no_choices": {"nl": "Je hebt geen keuzes gemaakt.", "en": "You made no choices."},
    "end.other_theme": {"nl": "Overig", "en": "Other"},
    "end.play_again": {"nl": "Opnieuw spelen", "en": "Play again"},
    "end.to_title": {"nl": "Titelscherm", "en": "Title screen"},
    "end.hint": {
        "nl": "Pijltjes scrollen \u00b7 Enter titelscherm \u00b7 Esc menu \u00b7 L taal \u00b7 F5 herladen",
        "en": "Arrows scroll \u00b7 Enter title screen \u00b7 Esc menu \u00b7 L language \u00b7 F5 reload",
    },
    "undo.heading": {"nl": "Laatste besluit terugnemen?", "en": "Take back the last decision?"},
    "undo.yes": {"nl": "Ja, neem \u2018{option}\u2019 terug", "en": "Yes, take back \u2018{option}\u2019"},
    "undo.no": {"nl": "Nee, ga verder", "en": "No, carry on"},
    "undo.hint": {"nl": "Enter kiezen \u00b7 Esc terug", "en": "Enter choose \u00b7 Esc back"},
    "undo.done": {"nl": "Besluit teruggenomen: {card}", "en": "Decision taken back: {card}"},
    "undo.nothing": {
        "nl": "Er is nog geen besluit om terug te nemen",
        "en": "There is no decision to take back yet",
    },
    "pause.heading": {"nl": "Pauze", "en": "Paused"},
    "pause.resume": {"nl": "Verder spelen", "en": "Resume"},
    "pause.restart": {"nl": "Opnieuw beginnen", "en": "Restart"},
    "pause.language": {"nl": "Taal: Nederlands", "en": "Language: English"},
    "pause.fullscreen_on": {"nl": "Volledig scherm", "en": "Full screen"},
    "pause.fullscreen_off": {"nl": "Venster", "en": "Window"},
    "pause.title": {"nl": "Naar het titelscherm", "en": "Back to the title screen"},
    "pause.quit": {"nl": "Afsluiten", "en": "Quit"},
    "pause.hint": {
        "nl": "Pijltjes kiezen \u00b7 Enter bevestigen \u00b7 Esc verder spelen \u00b7 F5 herladen",
        "en": "Arrows select \u00b7 Enter confirm \u00b7 Esc resume \u00b7 F5 reload",
    },
    "reload.done": {"nl": "Scenario herladen", "en": "Scenario reloaded"},
    "reload.partial": {
        "nl": "Scenario herladen \u2013 {kept} van {total} keuzes opnieuw gespeeld. Keuze {next} "
        "(\u2018{card}\u2019) past niet meer; vanaf daar speel je verder.",
        "en": "Scenario reloaded \u2013 {kept} of {total} choices replayed. Choice {next} "
        "(\u2018{card}\u2019) no longer fits; you continue from there.",
    },
    "reload.failed": {
        "nl": "Scenario niet herladen: {n} fouten in {file}",
        "en": "Scenario not reloaded: {n} errors in {file}",
    },
    "reload.failed_one": {
        "nl": "Scenario niet herladen: 1 fout in {file}",
        "en": "Scenario not reloaded: 1 error in {file}",
    },
    "reload.kept": {
        "nl": "Het spel loopt door met de vorige versie van het scenario.",
        "en": "The game continues with the previous version of the scenario.",
    },
    "reload.more": {"nl": "+{n} meer", "en": "+{n} more"},
    "reload.retry": {
        "nl": "Verbeter het bestand en druk op F5 \u00b7 klik op deze melding om haar te sluiten",
        "en": "Fix the file and press F5 \u00b7 click this message to close it",
    },
    "reload.no_file": {
        "nl": "Dit scenario komt niet uit een bestand en kan niet worden herladen",
        "en": "This scenario does not come from a file and cannot be reloaded",
    },
}


def t(key: str, lang: str, **fmt: object) -> str:
    """The UI string `key` in `lang` (falling back to Dutch), with `{name}` fields filled in."""
    entry = STRINGS[key]
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return text.format(**fmt) if fmt else text


def playable_languages(scenario_languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages L cycles through: the scenario's own that the window speaks, if at least two."""
    shared = tuple(lang for lang in scenario_languages if lang in LANGUAGES)
    return shared if len(shared) >= 2 else LANGUAGES


def next_language(current: str, available: tuple[str, ...] = LANGUAGES) -> str:
    """The language after `current` in `available`, wrapping around."""
    if current not in available:
        return available[0]
    return available[(available.index(current) + 1) % len(available)]
