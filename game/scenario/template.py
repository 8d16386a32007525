"""A commented starter scenario (`python main.py new`), with comments in the facilitator's language."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from game.core import wallclock
from game.scenario.nodes import IDENTIFIER

_WIDTH = 76


@dataclass(frozen=True)
class Words:
    """One text in Dutch and English; other languages get the English text marked for translation."""

    nl: str
    en: str

    def get(self, language: str) -> str:
        if language == "nl":
            return self.nl
        if language == "en":
            return self.en
        return f"[{language}] {self.en}"


def scenario_id(stem: str) -> str:
    """A valid scenario id from a file name: 'Mijn gemeente 2027' -> 'mijn_gemeente_2027'."""
    cleaned = re.sub(r"[^A-Za-z0-9_]+", "_", stem).strip("_").lower() or "scenario"
    return cleaned if IDENTIFIER.match(cleaned) else f"s_{cleaned}"


class _Writer:
    def __init__(self, languages: Sequence[str]) -> None:
        self.languages = list(languages)
        self.dutch = languages[0] == "nl"
        self.lines: list[str] = []
        self.notes: list[Words] = []  # the comments a workbook can carry (on its Uitleg sheet)

    def comment(self, words: Words, indent: int = 0, about: str = "", yaml_only: bool = False) -> None:
        """A comment in the YAML; also a note for a workbook (`about`: the card or key it is about), unless it
        is about YAML itself."""
        if not yaml_only:
            self.notes.append(Words(f"{about}: {words.nl}", f"{about}: {words.en}") if about else words)
        text = words.nl if self.dutch else words.en
        for line in textwrap.wrap(text, _WIDTH - indent - 2, break_on_hyphens=False):
            self.lines.append(" " * indent + "# " + line)

    def line(self, text: str = "") -> None:
        self.lines.append(text)

    def text(self, key: str, words: Words, indent: int, block: bool = False) -> None:
        """A text field: a plain string for one language, one text per language otherwise."""
        pad = " " * indent
        child = pad + ("    " if key.startswith("- ") else "  ")  # the indentation of the key's contents
        if len(self.languages) == 1:
            value = words.get(self.languages[0])
            if block:
                self.lines.append(f"{pad}{key}: >-")
                self.lines += [f"{child}{part}" for part in textwrap.wrap(value, _WIDTH - len(child))]
            else:
                self.lines.append(f"{pad}{key}: {_quoted(value)}")
            return
        if not block:
            pairs = ", ".join(f"{language}: {_quoted(words.get(language))}" for language in self.languages)
            flow = f"{pad}{key}: {{{pairs}}}"
            if len(flow) <= _WIDTH + 24:
                self.lines.append(flow)
                return
            self.lines.append(f"{pad}{key}:")
            self.lines += [
                f"{child}{language}: {_quoted(words.get(language))}" for language in self.languages
            ]
            return
        self.lines.append(f"{pad}{key}:")
        for language in self.languages:
            self.lines.append(f"{child}{language}: >-")
            wrapped = textwrap.wrap(words.get(language), _WIDTH - len(child) - 2)
            self.lines += [f"{child}  {part}" for part in wrapped]

    def item(self, words: Words, indent: int) -> None:
        """A text as an item of a list: `- text`, or `- {nl: ..., en: ...}`."""
        pad = " " * indent
        if len(self.languages) == 1:
            self.lines.append(f"{pad}- {_quoted(words.get(self.languages[0]))}")
            return
        pairs = ", ".join(f"{language}: {_quoted(words.get(language))}" for language in self.languages)
        flow = f"{pad}- {{{pairs}}}"
        if len(flow) <= _WIDTH + 24:
            self.lines.append(flow)
            return
        first, *rest = self.languages
        self.lines.append(f"{pad}- {first}: {_quoted(words.get(first))}")
        self.lines += [f"{pad}  {language}: {_quoted(words.get(language))}" for language in rest]


def _quoted(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid double-quoted YAML text


@dataclass(frozen=True)
class _Option:
    label: Words
    effects: dict[str, int]
    feedback: Words
    serves: tuple[str, ...] = ()  # the corners of the triangle the option serves
    harms: tuple[str, ...] = ()  # and those it harms
    set_flag: str | None = None
    then: str | None = None


@dataclass(frozen=True)
class _Speaker:
    id: str
    name: Words
    icon: str


@dataclass(frozen=True)
class _Card:
    id: str
    speaker: str  # an id in the speakers section
    title: Words
    text: Words
    notes: Words
    themes: tuple[str, ...]
    aspects: tuple[str, ...]
    options: tuple[_Option, ...]
    extra: tuple[str, ...] = ()  # lines such as 'requires: ...' or 'at: ...'
    comment: Words | None = None


MOST_YEARS = 4  # a council's term: the starter passes `simulate --check` for 1 to 4 years


_YEARS_NL = {1: "Een jaar", 2: "Twee jaar", 3: "Drie jaar", 4: "Vier jaar"}
_YEARS_EN = {1: "a year", 2: "two years", 3: "three years", 4: "four years"}


def _years_nl(years: int) -> str:
    """'Een jaar', 'Vier jaar': the intro's span in words, digits past four."""
    return _YEARS_NL.get(years, f"{years} jaar")


def _years_en(years: int) -> str:
    """'a year', 'four years': the intro's span in words, digits past four."""
    return _YEARS_EN.get(years, f"{years} years")


def turns_per_year(years: int) -> int:
    """The starter's turns a year: six for one year (a short game, as the guide advises), else three."""
    return 6 if years == 1 else 3


def ending_line(years: int) -> int:
    """Where the starter's endings stop the term (its meters start at 50): the more turns, the lower,
    so that random play completes about half the terms (34 after 6 turns, 28 after 12)."""
    return 40 - years * turns_per_year(years)


def starter_scenario(
    file_stem: str, years: int, languages: Sequence[str], schema_path: str | None = None
) -> str:
    """The text of a starter scenario that validates without warnings and plays."""
    return "\n".join(_starter(file_stem, years, languages, schema_path).lines) + "\n"


def starter_notes(file_stem: str, years: int, languages: Sequence[str]) -> list[tuple[str, str]]:
    """The starter's comments (those not about YAML itself) in Dutch and English: a starter workbook's
    notes."""
    return [(words.nl, words.en) for words in _starter(file_stem, years, languages, None).notes]


def _starter(file_stem: str, years: int, languages: Sequence[str], schema_path: str | None) -> _Writer:
    w = _Writer(languages)
    dutch = w.dutch
    leg, tru, cap, bud, pub = (
        ("legitimiteit", "vertrouwen", "capaciteit", "budget", "publieke_waarde")
        if dutch
        else ("legitimacy", "trust", "capacity", "budget", "public_value")
    )
    if schema_path:
        w.line(f"# yaml-language-server: $schema={schema_path}")
    w.comment(
        Words(
            "Een startscenario voor Digitaal leiderschap. Pas de teksten aan, voeg kaarten toe en "
            "controleer het bestand steeds met:  python main.py validate BESTAND  en speel het met:  "
            "python main.py play BESTAND. Alles na een # is uitleg voor jou; het spel leest het niet. "
            "De handleiding staat in docs/scenario-schrijven.md.",
            "A starter scenario for Digital leadership. Change the texts, add cards and check the file "
            "often with:  python main.py validate FILE  and play it with:  python main.py play FILE. "
            "Everything after a # is an explanation for you; the game does not read it. The guide is "
            "docs/writing-scenarios.md.",
        ),
        yaml_only=True,
    )
    w.line()
    w.comment(
        Words("Altijd 1: de versie van het bestandsformaat.", "Always 1: the version of the file format."),
        about="format",
    )
    w.line("format: 1")
    w.comment(
        Words(
            "Korte naam zonder spaties: letters, cijfers, _ en -, beginnend met een letter.",
            "Short name without spaces: letters, digits, _ and -, starting with a letter.",
        ),
        about="id",
    )
    w.line(f"id: {scenario_id(file_stem)}")
    w.text("title", Words("Mijn gemeente", "My municipality"), 0)
    w.comment(
        Words("De inleiding die de speler bij de start leest.", "The introduction the player reads first."),
        about="intro",
    )
    w.text(
        "intro",
        Words(
            f"Je bent gemeentesecretaris van Mijn gemeente. {_years_nl(years)} lang adviseer je het college "
            "en leid je de organisatie bij digitale keuzes. Er is niet één goed antwoord, wel een afweging: "
            "wat willen, kunnen en mogen we? Sommige grenzen ga je niet over.",
            f"You are the municipal secretary of My municipality. For {_years_en(years)} you advise the "
            "executive and lead the organisation on digital choices. There is no single right answer, but "
            "there is a weighing-up: what do we want, what can we do and what are we allowed to do? Some "
            "lines you do not cross.",
        ),
        0,
        block=True,
    )
    w.comment(
        Words(
            "De talen van het scenario; de eerste is de standaard. Elke tekst heeft dan per taal een "
            'vertaling, zoals {nl: Ja, en: "Yes"}.',
            "The scenario's languages; the first is the default. Every text then has one translation per "
            'language, like {nl: Ja, en: "Yes"}.',
        ),
        yaml_only=True,
    )
    w.line(f"languages: [{', '.join(languages)}]")
    w.comment(
        Words(
            "Een termijn is years x turns_per_year beurten; start_year is het kalenderjaar van jaar 1.",
            "A term is years x turns_per_year turns; start_year is the calendar year of year 1.",
        )
    )
    w.line(f"years: {years}")
    w.line(f"turns_per_year: {turns_per_year(years)}")
    w.line(f"start_year: {wallclock.local_now().year + 1}")
    w.line()
    w.comment(
        Words(
            "De meters: id, naam, startwaarde en eventueel min en max (standaard 0 en 100). Waarden blijven "
            "altijd tussen min en max. In voorwaarden gebruik je de id, zoals 'budget < 40'. 'icon' is het "
            "pictogram: legitimacy, trust, capacity, budget, value of meter (elke andere meter). 'corner' is "
            "de hoek van de driehoek van publieke waarde die de meter meet: strategy (willen), capacity "
            "(kunnen) of legitimacy (mogen). Publieke waarde meet willen: wat inwoners echt krijgen van de "
            "gemeente; zonder die meter is stilzitten en bezuinigen veilig.",
            "The meters: id, name, starting value and optionally min and max (default 0 and 100). Values "
            "always stay between min and max. Conditions use the id, like 'budget < 40'. 'icon' is its "
            "pictogram: legitimacy, trust, capacity, budget, value or meter (any other meter). 'corner' is "
            "the corner of the public value triangle the meter measures: strategy (willen), capacity "
            "(kunnen) or legitimacy (mogen). Public value measures willen: what residents actually get from "
            "the municipality; without it, standing still and saving money is safe.",
        )
    )
    w.line("meters:")
    for meter_id, name, start, icon, corner in (
        (leg, Words("Legitimiteit", "Legitimacy"), 50, "legitimacy", "legitimacy"),
        (tru, Words("Vertrouwen", "Trust"), 50, "trust", "legitimacy"),
        (cap, Words("Capaciteit", "Capacity"), 50, "capacity", "capacity"),
        (bud, Words("Budget", "Budget"), 50, "budget", "capacity"),
        (pub, Words("Publieke waarde", "Public value"), 50, "value", "strategy"),
    ):
        w.line(f"  {meter_id}:")
        w.text("name", name, 4)
        w.line(f"    start: {start}")
        if meter_id == bud:
            w.line("    min: 0")
            w.line("    max: 100")
        w.line(f"    icon: {icon}")
        w.line(f"    corner: {corner}")
    w.line()
    w.comment(
        Words(
            "Thema's: id -> naam. Een kaart noemt haar thema's; het eindscherm groepeert de keuzes "
            "per thema. Met een hoek van de driehoek van publieke waarde: "
            "id: {name: ..., corner: strategy, capacity of legitimacy}.",
            "Themes: id -> name. A card lists its themes; the end screen groups the choices by theme. "
            "With a corner of the public value triangle: id: {name: ..., corner: strategy, capacity or "
            "legitimacy}.",
        )
    )
    w.line("themes:")
    w.text("privacy", Words("Persoonsgegevens en veiligheid", "Personal data and security"), 2)
    w.text("inclusie" if dutch else "inclusion", Words("Digitale inclusie", "Digital inclusion"), 2)
    w.text("strategie" if dutch else "strategy", Words("Strategie", "Strategy"), 2)
    inclusion, strategy = ("inclusie", "strategie") if dutch else ("inclusion", "strategy")
    w.line()
    w.comment(
        Words(
            "Wie de dilemma's voorlegt: id -> naam en pictogram (icon). Bij 'speaker' noemt een kaart de id. "
            "De ingebouwde pictogrammen (mayor, alderman, councillor, resident, journalist, ...) staan in de "
            "handleiding. Een eigen SVG- of PNG-bestand naast dit bestand mag ook: schrijf dan het pad, "
            "zoals icons/wethouder.svg.",
            "Who brings the dilemmas: id -> name and pictogram (icon). A card names the id as its "
            "'speaker'. The built-in pictograms (mayor, alderman, councillor, resident, journalist, ...) are "
            "listed in the guide. An SVG or PNG file of your own beside this file works too: write its "
            "path, like icons/alderman.svg.",
        )
    )
    w.line("speakers:")
    for speaker in _speakers(dutch):
        w.line(f"  {speaker.id}:")
        w.text("name", speaker.name, 4)
        w.line(f"    icon: {speaker.icon}")
    w.line()
    w.comment(
        Words(
            "Effecten na de laatste beurt van elk jaar, zoals de nieuwe begroting.",
            "Effects after the last turn of each year, like the new budget.",
        )
    )
    w.line("year_end:")
    w.line(f"  effects: {{{bud}: 5}}")
    w.line()
    w.comment(
        Words(
            "De kaarten. Elke kaart heeft een id, een spreker (een id uit speakers, of gewoon een naam), "
            "een titel, een tekst, thema's en 2 tot 4 keuzes (options). Een keuze heeft een label en "
            "effects (meter -> verandering), en kan vlaggen zetten (set), wissen (unset), een vervolgkaart "
            "plannen (then) en feedback geven. 'notes' is een gespreksvraag voor de groep. 'aspects' zijn de "
            "aspecten uit het essay (4a-4c, 5a-5b, 6a-6d). 'serves' en 'harms' zijn de hoeken die een keuze "
            "dient en schaadt: het eindscherm tekent daarmee de driehoek van de gekozen keuzes. Een keuze "
            "die een grens van wet of moraal overschrijdt (losgeld betalen), krijgt 'red_line' met een korte "
            "tekst en een vervolgkaart die later de prijs laat zien; zie de handleiding.",
            "The cards. Every card has an id, a speaker (an id from speakers, or just a name), a title, "
            "a text, themes and 2 to 4 choices (options). An option has a label and effects (meter -> "
            "change), and may set flags (set), clear them (unset), schedule a follow-up card (then) and "
            "give feedback. 'notes' is a discussion question for the group. 'aspects' are the essay's "
            "aspects (4a-4c, 5a-5b, 6a-6d). 'serves' and 'harms' are the corners an option serves and "
            "harms: the end screen draws the triangle of the options chosen from them. An option that "
            "crosses a line drawn by law or ethics (paying a ransom) gets a 'red_line' with a short text and "
            "a follow-up card that shows the price later; see the guide.",
        )
    )
    w.line("cards:")
    cards = _cards(dutch, (leg, tru, cap, bud, pub), inclusion, strategy)
    for card in cards:
        w.line()
        if card.comment is not None:
            w.comment(card.comment, 2, about=card.id)
        w.line(f"  - id: {card.id}")
        for extra in card.extra:
            w.line(f"    {extra}")
        w.line(f"    speaker: {card.speaker}")
        w.text("title", card.title, 4)
        w.text("text", card.text, 4, block=True)
        w.text("notes", card.notes, 4, block=True)
        w.line(f"    themes: [{', '.join(card.themes)}]")
        w.line(f"    aspects: [{', '.join(card.aspects)}]")
        w.line("    options:")
        for option in card.options:
            effects = ", ".join(f"{meter}: {delta}" for meter, delta in option.effects.items())
            w.text("- label", option.label, 6)
            w.line(f"        effects: {{{effects}}}")
            for key, corners in (("serves", option.serves), ("harms", option.harms)):
                if corners:
                    w.line(f"        {key}: [{', '.join(corners)}]")
            if option.set_flag:
                w.line(f"        set: [{option.set_flag}]")
            if option.then:
                w.line("        then:")
                w.line(f"          - card: {option.then}")
                w.line("            after: 2")
            w.text("feedback", option.feedback, 8, block=True)
    w.line()
    w.comment(
        Words(
            "Eindes: na elke keuze en na elk jaar kijkt het spel van boven naar beneden; het eerste einde "
            "waarvan 'when' waar is, stopt het spel meteen. De grenzen liggen zo dat willekeurig spel de "
            "termijn in ongeveer de helft van de spellen uitspeelt; verander je kaarten of beurten, zoek ze "
            "dan opnieuw met:  python main.py simulate BESTAND --check",
            "Endings: after every choice and every year the game checks them from top to bottom; the first "
            "ending whose 'when' holds ends the game at once. The lines are set so that random play "
            "completes the term in about half the games; when you change the cards or turns, find them "
            "again with:  python main.py simulate FILE --check",
        )
    )
    w.line("endings:")
    line = ending_line(years)
    for outcome_id, when, title, text in (
        ("motie", f"{leg} <= {line}", Words("Het college grijpt in", "The executive steps in"),
         Words("Het college verliest het vertrouwen in je advies en zoekt een nieuwe secretaris.",
               "The executive loses confidence in your advice and looks for a new secretary.")),
        ("failliet", f"{bud} <= {line + 5}",
         Words("Onder toezicht van de provincie", "Under provincial supervision"),
         Words("De begroting is niet meer sluitend te krijgen.", "The budget can no longer be balanced.")),
        ("vastgelopen", f"{cap} <= {line} or {tru} <= {line}", Words("Vastgelopen", "Stuck"),
         Words("De organisatie of de inwoners haken af.", "The organisation or the residents give up.")),
    ):  # fmt: skip
        w.line(f"  - id: {outcome_id}")
        w.line(f'    when: "{when}"')
        w.text("title", title, 4)
        w.text("text", text, 4)
    w.line()
    w.comment(
        Words(
            "Profielen: wie de hele termijn uitspeelt, krijgt het eerste profiel waarvan 'when' waar is. "
            "Het laatste profiel mag zonder 'when': dat is de rest. 'balance' (0-100) zegt hoe gelijk de "
            "gekozen keuzes de drie hoeken trokken, 'lines_crossed' hoeveel grenzen het spel overschreed.",
            "Profiles: a player who completes the term gets the first profile whose 'when' holds. The last "
            "profile may have no 'when': it catches everyone else. 'balance' (0-100) says how evenly the "
            "options chosen pulled the three corners, 'lines_crossed' how many lines the game crossed.",
        )
    )
    w.line("profiles:")
    w.line("  - id: weger")
    w.line(f'    when: "balance >= 50 and lines_crossed == 0 and {pub} >= 50"')
    w.text("title", Words("De weger", "The weigher"), 4)
    w.text("text", Words("Je woog per geval wat de stad wilde, kon en mocht.",
                         "You weighed, case by case, what the town wanted, could do and was allowed to do."),
           4)  # fmt: skip
    w.line("  - id: verbinder")
    w.line(f'    when: "{leg} >= 55 or {tru} >= 55"')
    w.text("title", Words("De verbinder", "The connector"), 4)
    w.text("text", Words("Je bouwde draagvlak op in raad of stad.",
                         "You built support in the council or the town."), 4)  # fmt: skip
    w.line("  - id: bestuurder")
    w.text("title", Words("De bestuurder", "The administrator"), 4)
    w.text(
        "text",
        Words(
            "Je hield de organisatie draaiende. Wat was je verhaal over publieke waarde?",
            "You kept the organisation running. What was your story about public value?",
        ),
        4,
    )
    _debrief(w)
    return w


def _debrief(w: _Writer) -> None:
    """The optional `debrief` section: questions for aspects the cards carry, and statements."""
    w.line()
    w.comment(
        Words(
            "De nabespreking na de laatste kaart (mag weg). 'questions': per aspect uit het essay vragen die "
            "het aspect naar de eigen gemeente van de groep brengen; de nabespreking stelt alleen vragen bij "
            "de aspecten van de gespeelde kaarten, en een aspect zonder eigen vragen krijgt die van het "
            "spel. 'statements': 3 tot 5 stellingen die de zaal voor de eerste kaart en na de nabespreking "
            "scoort van 1 (helemaal oneens) tot 5 (helemaal eens); zonder stellingen gebruikt het spel die "
            "van zichzelf.",
            "The debrief after the last card (optional). 'questions': per aspect of the essay, questions "
            "that bring the aspect to the group's own municipality; the debrief asks only about the aspects "
            "of the cards played, and an aspect without questions of its own gets the game's. 'statements': "
            "3 to 5 statements the room scores before the first card and after the debrief, from 1 (fully "
            "disagree) to 5 (fully agree); without them the game uses its own.",
        )
    )
    w.line("debrief:")
    w.line("  questions:")
    for aspect, questions in (
        ("4c", (Words("Hoe helpt onze balie iemand die niet met DigiD overweg kan?",
                      "How does our front desk help someone who cannot manage DigiD?"),
                Words("Wie vroegen we het laatst om een nieuwe digitale dienst uit te proberen?",
                      "Whom did we last ask to try out a new digital service?"))),
        ("5b", (Words("Welke stap in onze digitale koers zetten we samen met de raad?",
                      "Which step of our digital course do we take together with the council?"),)),
    ):  # fmt: skip
        w.line(f"    {aspect}:")
        for question in questions:
            w.item(question, 6)
    w.line("  statements:")
    for statement_id, words in (
        ("koers", Words("De digitale koers is een taak van de top, niet van de IT-afdeling.",
                        "The digital course is a task for the top, not for the IT department.")),
        ("inclusie", Words("Een dienst die niet iedereen kan gebruiken, is niet af.",
                           "A service that not everyone can use is not finished.")),
        ("klein", Words("We kunnen beter klein beginnen dan wachten op een groot plan.",
                        "We had better start small than wait for a big plan.")),
    ):  # fmt: skip
        w.line(f"    - id: {statement_id}")
        w.text("text", words, 6)


def _speakers(dutch: bool) -> tuple[_Speaker, ...]:
    return (
        _Speaker("burgemeester" if dutch else "mayor", Words("Burgemeester", "Mayor"), "mayor"),
        _Speaker("raadslid" if dutch else "councillor", Words("Raadslid", "Councillor"), "councillor"),
        _Speaker(
            "klantcontactcentrum" if dutch else "contact_centre",
            Words("Klantcontactcentrum", "Contact centre"),
            "contact-centre",
        ),
        _Speaker("ombudsman", Words("Ombudsman", "Ombudsman"), "adviser"),
        _Speaker(
            "wethouder_financien" if dutch else "alderman_finance",
            Words("Wethouder financiën", "Alderman for finance"),
            "alderman",
        ),
    )


def _cards(dutch: bool, meters: tuple[str, str, str, str, str], inclusion: str, strategy: str) -> list[_Card]:
    leg, tru, cap, bud, pub = meters
    want, can, may = "strategy", "capacity", "legitimacy"
    together = "samen_koers" if dutch else "shared_course"
    live = "chatbot_live"
    return [
        _Card(
            id="datastrategie" if dutch else "data_strategy",
            extra=("at: {year: 1, turn: 1}",),
            comment=Words(
                "Een vaste gebeurtenis: 'at' zet de kaart op jaar 1, beurt 1.",
                "A fixed event: 'at' puts the card on year 1, turn 1.",
            ),
            speaker="burgemeester" if dutch else "mayor",
            title=Words("Een datastrategie voor de stad", "A data strategy for the town"),
            text=Words(
                "Het college wil dit jaar een datastrategie. De IT-afdeling kan snel een plan schrijven. "
                "Je kunt het ook samen met raad en inwoners opstellen, vanuit de opgaven van de stad.",
                "The executive wants a data strategy this year. The IT department can write a plan quickly. "
                "You can also draw it up with the council and residents, starting from the town's needs.",
            ),
            notes=Words(
                "Wie schrijft bij jullie de digitale koers, en waarom ligt die daar?",
                "Who writes the digital course in your organisation, and why there?",
            ),
            themes=(strategy,),
            aspects=("5a", "5b"),
            options=(
                _Option(
                    Words("Laat de IT-afdeling het plan schrijven", "Let IT write the plan"),
                    {leg: -5, cap: 5, bud: 5, pub: -3},
                    Words(
                        "Snel en goedkoop, maar het plan gaat over systemen, niet over wat de stad wil.",
                        "Quick and cheap, but the plan is about systems, not about what the town wants.",
                    ),
                    serves=(can,),
                    harms=(may, want),
                ),
                _Option(
                    Words("Schrijf het samen met raad en inwoners", "Write it with council and residents"),
                    {cap: -10, leg: 5, tru: 5, pub: 5},
                    Words(
                        "Het kost tijd, maar de koers wordt van iedereen en begint bij wat de stad nodig "
                        "heeft.",
                        "It takes time, but the course belongs to everyone and starts from what the town "
                        "needs.",
                    ),
                    serves=(want, may),
                    harms=(can,),
                    set_flag=together,
                    then="terugblik" if dutch else "review",
                ),
            ),
        ),
        _Card(
            id="terugblik" if dutch else "review",
            extra=("scheduled_only: true", f"requires: {together}"),
            comment=Words(
                "Een vervolgkaart: 'scheduled_only' betekent dat ze alleen komt als een keuze haar plant "
                "met 'then'. 'requires' is een voorwaarde; hier een vlag die een keuze zet.",
                "A follow-up card: 'scheduled_only' means it only comes when a choice schedules it with "
                "'then'. 'requires' is a condition; here a flag that a choice sets.",
            ),
            speaker="raadslid" if dutch else "councillor",
            title=Words("De eerste resultaten", "The first results"),
            text=Words(
                "De gezamenlijke aanpak levert de eerste resultaten op. Niet alles is af. Een raadslid "
                "vraagt of je ze nu al openbaar maakt.",
                "The joint approach has its first results. Not everything is finished. A councillor asks "
                "whether you will publish them now.",
            ),
            notes=Words(
                "Wanneer deel je resultaten die nog niet af zijn?",
                "When do you share results that are not finished?",
            ),
            themes=(strategy,),
            aspects=("5b",),
            options=(
                _Option(
                    Words(
                        "Publiceer alles, ook wat nog niet werkt", "Publish everything, including what fails"
                    ),
                    {leg: 10, cap: -5},
                    Words(
                        "Openheid versterkt het draagvlak, maar kost werk.",
                        "Openness builds support, but costs work.",
                    ),
                    serves=(may,),
                ),
                _Option(
                    Words("Wacht tot alles af is", "Wait until everything is finished"),
                    {tru: -5, cap: 5},
                    Words(
                        "De organisatie heeft rust, de stad hoort niets.",
                        "The organisation has peace; the town hears nothing.",
                    ),
                    serves=(can,),
                ),
            ),
        ),
        _Card(
            id="chatbot",
            speaker="klantcontactcentrum" if dutch else "contact_centre",
            title=Words("Een chatbot voor inwoners", "A chatbot for residents"),
            text=Words(
                "Een leverancier biedt een chatbot die vragen van inwoners dag en nacht beantwoordt. De "
                "medewerkers aan de telefoon vragen zich af wat dit voor hun werk betekent.",
                "A supplier offers a chatbot that answers residents' questions day and night. The staff on "
                "the phones wonder what it means for their jobs.",
            ),
            notes=Words(
                "Welke vragen van inwoners wil je altijd door een mens laten beantwoorden?",
                "Which questions from residents should a person always answer?",
            ),
            themes=(inclusion,),
            aspects=("4c", "6b"),
            options=(
                _Option(
                    Words("Zet de chatbot in", "Launch the chatbot"),
                    {bud: 5, cap: 5, tru: -5},
                    Words(
                        "Sneller antwoord, maar wie niet digitaal vaardig is, voelt zich buitengesloten.",
                        "Faster answers, but people without digital skills feel left out.",
                    ),
                    serves=(can,),
                    harms=(may,),
                    set_flag=live,
                ),
                _Option(
                    Words(
                        "Eerst een proef met een groep inwoners", "First a trial with a group of residents"
                    ),
                    {cap: -5, leg: 5, pub: 3},
                    Words("Je leert wat werkt voordat je kiest.", "You learn what works before you decide."),
                    serves=(want, may),
                    harms=(can,),
                ),
                _Option(
                    Words("Houd het bij mensen aan de telefoon", "Keep people on the phones"),
                    {tru: 5, bud: -10},
                    Words(
                        "Een gesprek met een mens blijft een waarde op zich, en dat kost geld.",
                        "A conversation with a person stays a value of its own, and that costs money.",
                    ),
                    serves=(may,),
                ),
            ),
        ),
        _Card(
            id="chatbot_klachten" if dutch else "chatbot_complaints",
            extra=(f"requires: {live}",),
            comment=Words(
                "Deze kaart komt alleen in de stapel als de chatbot is ingezet (de vlag chatbot_live).",
                "This card only joins the deck once the chatbot is live (the flag chatbot_live).",
            ),
            speaker="ombudsman",
            title=Words("Klachten over de chatbot", "Complaints about the chatbot"),
            text=Words(
                "Inwoners klagen dat de chatbot hen rondstuurt en dat ze niemand meer te spreken krijgen.",
                "Residents complain that the chatbot sends them in circles and that they can no longer "
                "reach a person.",
            ),
            notes=Words(
                "Hoe merk je dat een digitale dienst mensen buitensluit?",
                "How would you notice that a digital service shuts people out?",
            ),
            themes=(inclusion,),
            aspects=("4c",),
            options=(
                _Option(
                    Words("Voeg een knop 'praat met een mens' toe", "Add a 'talk to a person' button"),
                    {bud: -5, tru: 5, pub: 3},
                    Words("Inwoners houden een uitweg.", "Residents keep a way out."),
                    serves=(may, want),
                ),
                _Option(
                    Words("Verbeter eerst de chatbot zelf", "Improve the chatbot itself first"),
                    {cap: -5, leg: -5, pub: 3},
                    Words("De klachten blijven nog even komen.", "The complaints keep coming for a while."),
                    serves=(want,),
                    harms=(may,),
                ),
            ),
        ),
        _Card(
            id="bezuiniging" if dutch else "cuts",
            extra=(f'requires: "{bud} < 45"',),
            comment=Words(
                "Deze kaart kan alleen getrokken worden als het budget onder 45 zakt.",
                "This card can only be drawn when the budget drops below 45.",
            ),
            speaker="wethouder_financien" if dutch else "alderman_finance",
            title=Words("Er moet bezuinigd worden", "Cuts are needed"),
            text=Words(
                "De begroting staat onder druk. De wethouder stelt voor het innovatiebudget te schrappen.",
                "The budget is under pressure. The alderman proposes to cut the innovation budget.",
            ),
            notes=Words(
                "Wat levert innovatie op dat niet in de begroting staat?",
                "What does innovation bring that is not in the budget?",
            ),
            themes=(strategy,),
            aspects=("6b",),
            options=(
                _Option(
                    Words("Schrap het innovatiebudget", "Cut the innovation budget"),
                    {bud: 10, cap: -10, pub: -5},
                    Words(
                        "De begroting sluit; de organisatie leert minder.",
                        "The budget balances; the organisation learns less.",
                    ),
                    serves=(can,),
                    harms=(want,),
                ),
                _Option(
                    Words("Werk samen met buurgemeenten", "Work with neighbouring towns"),
                    {bud: 5, leg: -5, cap: 5},
                    Words(
                        "Gedeelde kosten, maar minder eigen zeggenschap.",
                        "Shared costs, but less control of your own.",
                    ),
                    serves=(can,),
                ),
            ),
        ),
        _Card(
            id="raadsvraag" if dutch else "council_question",
            extra=("repeatable: true",),
            comment=Words(
                "'repeatable: true' betekent dat deze kaart vaker kan komen. Zo raakt de stapel nooit op.",
                "'repeatable: true' means this card can come again. That way the deck never runs out.",
            ),
            speaker="raadslid" if dutch else "councillor",
            title=Words("Een vraag uit de raad", "A question from the council"),
            text=Words(
                "Een raadslid wil weten welke algoritmen de gemeente gebruikt en waarvoor.",
                "A councillor wants to know which algorithms the municipality uses, and what for.",
            ),
            notes=Words(
                "Weet jij welke algoritmen jouw organisatie gebruikt?",
                "Do you know which algorithms your organisation uses?",
            ),
            themes=("privacy",),
            aspects=("4b", "6c"),
            options=(
                _Option(
                    Words(
                        "Zet onze algoritmen in het Algoritmeregister van de overheid",
                        "Enter our algorithms in the government's Algorithm Register",
                    ),
                    {leg: 5, cap: -5, bud: -5},
                    Words(
                        "Transparantie kost werk, maar de raad kan nu controleren.",
                        "Transparency takes work, but the council can now hold you to account.",
                    ),
                    serves=(may,),
                ),
                _Option(
                    Words("Beantwoord de vraag met een korte brief", "Answer with a short letter"),
                    {leg: -5, cap: 3},
                    Words(
                        "Snel gedaan, maar de vraag komt terug.",
                        "Done quickly, but the question will return.",
                    ),
                    serves=(can,),
                ),
            ),
        ),
    ]
