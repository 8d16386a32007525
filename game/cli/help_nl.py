"""The command line's --help in Dutch: each command's and option's description, by command and option.

The English stays beside each option in game/cli/arguments.py; a description here is found by its command
and its option's name (never by the English words), and tests/cli/test_help_language.py checks that every
command and option has one."""

from __future__ import annotations

import argparse

from game.i18n import LANGUAGES, t

# (command, option's dest) -> the Dutch; ("", command) is the command's own line in the list of commands.
# "{default}" is filled with the option's default.
HELP_NL: dict[tuple[str, str], str] = {
    ("", "quit_first_frame_top"): "open het venster en stop na het eerste beeld (om het opstarten te meten)",
    ("", "play"): "speel een scenario in het venster, of zonder venster",
    ("", "watch"): "controleer en simuleer een scenario opnieuw bij elke keer opslaan",
    ("", "export"): "schrijf een scenario als werkboek voor Excel of LibreOffice",
    ("", "import"): "schrijf een werkboek met een scenario als YAML-scenariobestand",
    ("", "validate"): "controleer scenariobestanden en meld elk probleem",
    ("", "simulate"): "speel een scenario vele keren met verschillende soorten spelers",
    ("", "schema"): "toon het JSON Schema van het scenarioformaat (voor editors)",
    ("", "new"): "schrijf een startscenario met uitleg naar BESTAND",
    ("", "replay"): "speel een sessielogboek na en controleer dat het spel dezelfde uitkomst heeft",
    ("", "stats"): "vat vele sessielogboeken van één scenario samen",
    ("", "report"): "schrijf het verslag van de nabespreking van een sessielogboek (HTML en CSV)",
    ("", "screenshots"): "teken elk scherm als PNG voor de README",
    ("play", "scenario"): "scenariobestand (standaard: het scenario dat met het spel meekomt)",
    ("play", "lang"): "taal, zoals nl of en (standaard: de eerste taal van het scenario)",
    ("play", "seed"): "toevalsgetal: hetzelfde getal geeft hetzelfde spel",
    ("play", "fullscreen"): "begin schermvullend",
    ("play", "size"): "venstergrootte, zoals 1920x1080",
    ("play", "group"): "speel met een groep: eerst de kaart, dan de keuzes (R), een gesprekstimer en stemmen "
    "(standaard: alleen spelen)",
    ("play", "timer"): "lengte van de gesprekstimer in een groepssessie (standaard: {default})",
    (
        "play",
        "preview",
    ): "wat een keuze doet, te zien voor het besluit: niets (none), welke meters ze beweegt "
    "(which) of alle effecten (full) (standaard: none met een groep, which als je alleen speelt)",
    ("play", "presenter"): "open een tweede venster voor de facilitator: vraag, timer, stemmen en toetsen",
    ("play", "reduced_motion"): "geen beweging: elk scherm staat er meteen, in rust (ook in het pauzemenu)",
    ("play", "mute"): "begin zonder geluidssignalen (M zet ze aan)",
    ("play", "read_aloud"): "lees elke kaart, haar keuzes, de feedback en het jaar voor (S zet het aan of "
    "uit, H herhaalt)",
    (
        "play",
        "reading_font",
    ): "een leeslettertype voor lezers met dyslexie (OpenDyslexic) met meer regelafstand",
    ("play", "phones"): "met --group: de zaal stemt ook met telefoons (via een QR-code naar een webserver op "
    "deze laptop)",
    (
        "play",
        "tables",
    ): "tafels naast elkaar: 2 tot en met 8 tafels spelen elk een eigen spel op een tablet of "
    "telefoons (via een QR-code per tafel naar een webserver op deze laptop)",
    ("play", "pace"): "met --tables: rounds (alle tafels krijgen hun volgende kaart tegelijk; standaard) of "
    "free (elke tafel in eigen tempo)",
    (
        "play",
        "resume_tables",
    ): "speel een onderbroken sessie met tafels verder vanuit dit sessielogboek: elke "
    "tafel gaat door waar ze was, met de tafels, het tempo en het toevalsgetal uit het logboek",
    ("play", "host"): "met --phones of --tables: het adres waarop de apparaten de laptop bereiken "
    "(standaard: zijn adres op het lokale netwerk)",
    ("play", "port"): "met --phones of --tables: de poort (standaard: een vrije)",
    ("play", "vote_window"): "zonder venster met --phones: hoeveel seconden elke kaart (en elke vraag van de "
    "nabespreking) open is voor stemmen; met --tables: hoeveel seconden elke ronde open is (bij free: de "
    "kaart van elke tafel) (standaard: 60)",
    ("play", "debrief"): "zonder venster met --group --phones: oefen de stellingen voor de eerste kaart en "
    "de nabespreking na de laatste; elke vraag is open zo lang als een stemming. Bij deze oefening keurt "
    "geen facilitator: elk antwoord dat door de controles komt, telt",
    ("play", "report"): "zonder venster: schrijf het verslag van de sessie naar dit bestand (en de CSV "
    "ernaast), zoals de opdracht report doet",
    ("play", "data_dir"): "map voor bewaarde sessies (MAP/saves; standaard: de datamap van de gebruiker)",
    ("play", "scenario_dir"): "je eigen scenario's, op het titelscherm (standaard: Documenten/Digitaal "
    "leiderschap)",
    ("play", "watch"): "laad het scenario vanzelf opnieuw als het bestand verandert (zoals F5 doet)",
    ("play", "headless"): "speel zonder venster",
    ("play", "auto"): "zonder venster: kies willekeurig, volgens het toevalsgetal",
    ("play", "choices"): "zonder venster: de nummers van de keuzes, vanaf 1, zoals 1,2,1",
    ("play", "log"): "zonder venster: schrijf het spel als JSON naar dit bestand",
    ("play", "session_log"): "zonder venster: het sessielogboek (JSON Lines, zoals het venster schrijft; "
    "standaard: in de datamap)",
    ("play", "screenshots"): "zonder venster: schrijf een PNG van elk scherm naar deze map",
    ("play", "quit_after_first_frame"): "stop na het eerste beeld",
    ("watch", "file"): "het scenariobestand om in de gaten te houden",
    ("watch", "runs"): "spellen per soort speler voor het oordeel (standaard: {default})",
    ("watch", "seed"): "toevalsgetal (standaard: {default})",
    ("export", "file"): "het scenario (.yaml, of een werkboek)",
    ("export", "to"): "het werkboek om te schrijven: .xlsx of .ods",
    ("export", "force"): "overschrijf het werkboek als het al bestaat",
    ("import", "file"): "het werkboek (.xlsx of .ods)",
    ("import", "to"): "het scenariobestand om te schrijven (.yaml)",
    ("import", "force"): "overschrijf het scenariobestand als het al bestaat",
    ("validate", "files"): "de scenariobestanden om te controleren",
    ("validate", "strict"): "tel waarschuwingen als fouten (exitcode 1)",
    ("simulate", "file"): "het scenariobestand om te simuleren",
    ("simulate", "runs"): "spellen per soort speler (standaard: {default})",
    ("simulate", "seed"): "toevalsgetal (standaard: {default})",
    ("simulate", "workers"): "processen die de spellen spelen (standaard: één per kern); de cijfers zijn "
    "gelijk bij elk aantal",
    ("simulate", "json"): "schrijf alle cijfers als JSON naar dit bestand",
    ("simulate", "chart"): "teken het verloop van de meters als PNG",
    ("simulate", "check"): "stop met exitcode 1 als het scenario een balansdoel mist",
    ("new", "file"): "het scenariobestand om te maken (nooit overschreven)",
    ("new", "years"): "jaren in de termijn (standaard: {default})",
    ("new", "lang"): "talen, de eerste is de standaard, zoals nl,en (standaard: {default})",
    ("replay", "log"): "het sessielogboek (JSON Lines)",
    ("replay", "scenario"): "het scenariobestand (standaard: dat van het logboek)",
    ("stats", "logs"): "sessielogboeken (JSON Lines) van één scenario",
    ("stats", "scenario"): "het scenariobestand, voor de volgorde van de kaarten en de labels van de keuzes",
    ("stats", "json"): "schrijf de cijfers als JSON naar dit bestand",
    ("stats", "csv"): "schrijf hoe de scores van de stellingen verschoven als CSV (UTF-8, ';') "
    "naar dit bestand",
    ("report", "log"): "het sessielogboek (JSON Lines)",
    ("report", "out"): "het HTML-verslag (standaard: de naam van LOGBOEK, met .html)",
    ("report", "csv"): "de besluiten als CSV (standaard: de naam van LOGBOEK, met .csv)",
    ("report", "scenario"): "het scenariobestand (standaard: dat van het logboek)",
    (
        "screenshots",
        "out",
    ): "map (standaard: docs/screenshots van het project; de gebouwde app: ./screenshots)",
    ("screenshots", "sizes"): "venstergroottes (standaard: 1280x720,1920x1080,3840x2160), elk in MAP/BxH/",
    ("screenshots", "lang"): "taal van de schermen: nl of en (standaard: de --lang vóór de opdracht, anders "
    "nl)",
}


# The English placeholders of the usage lines (metavar) that have a Dutch word.
METAVARS_NL: dict[str, str] = {
    "FILE": "BESTAND",
    "FILE.html": "BESTAND.html",
    "FILE.csv": "BESTAND.csv",
    "OUT": "BESTAND",
    "OUT.png": "BESTAND.png",
    "LOG": "LOGBOEK",
    "DIR": "MAP",
    "WORKBOOK": "WERKBOEK",
    "SECONDS": "SECONDEN",
    "ADDR": "ADRES",
    "WxH,...": "BxH,...",
    "SIZE": "GROOTTE",
    "RUNS": "AANTAL",
    "WORKERS": "AANTAL",
    "CHOICES": "KEUZES",
    "SCREENSHOTS": "MAP",
    "SEED": "GETAL",
    "YEARS": "JAREN",
}

# The descriptions that are message keys already (each command's --lang), in every language.
KEYED = frozenset(t("cli.help.lang", lang) for lang in LANGUAGES)


def described_actions(parser: argparse.ArgumentParser) -> list[tuple[tuple[str, str], argparse.Action]]:
    """Every described command and option of `parser`, with its (command, dest): the commands' own lines
    too; argparse's -h and the --lang options described by a message key (cli.help.lang) left out."""
    found: list[tuple[tuple[str, str], argparse.Action]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found += [(("", each.dest), each) for each in action._choices_actions]
            for name, command in action.choices.items():
                found += [((name, each.dest), each) for each in _own(command)]
        else:
            found += [(("", action.dest), action) for action in _own_top(action)]
    return found


def _own(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [action for action in parser._actions if _described(action)]


def _own_top(action: argparse.Action) -> list[argparse.Action]:
    return [action] if _described(action) else []


def _described(action: argparse.Action) -> bool:
    return (
        action.help is not None
        and not isinstance(action, argparse._HelpAction | argparse._SubParsersAction)
        and action.help not in KEYED
    )


def say_help_in_dutch(parser: argparse.ArgumentParser) -> None:
    """Give every command and option of `parser` its Dutch description (those HELP_NL has) and its Dutch
    placeholder (BESTAND for FILE)."""
    for place, action in described_actions(parser):
        shown = action.metavar or (
            action.dest.upper() if action.option_strings and action.nargs != 0 else None
        )
        if isinstance(shown, str) and shown in METAVARS_NL:
            action.metavar = METAVARS_NL[shown]
        dutch = HELP_NL.get(place)
        if dutch is not None:
            action.help = dutch.format(default=action.default) if "{default}" in dutch else dutch
