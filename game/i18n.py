"""The window's own strings, Dutch first with complete English: `t(key, lang, **fmt)`."""

from __future__ import annotations

from game.i18n_cli import CLI_STRINGS
from game.i18n_scenario import SCENARIO_STRINGS
from game.i18n_sim import SIM_STRINGS

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
    "title.solo": {"nl": "Alleen spelen", "en": "Play solo"},
    "title.group": {"nl": "Groepssessie", "en": "Group session"},
    "title.continue": {"nl": "Doorgaan ({count})", "en": "Continue ({count})"},
    "saves.kicker": {"nl": "Doorgaan", "en": "Continue"},
    "saves.log_failed": {
        "nl": "Het sessielogboek kan niet worden geschreven ({problem}). Het spel gaat door.",
        "en": "The session log cannot be written ({problem}). The game goes on.",
    },
    "saves.heading": {"nl": "Opgeslagen sessies", "en": "Saved sessions"},
    "saves.explain": {
        "nl": "Kies een sessie om verder te spelen waar die was (nieuwste eerst).",
        "en": "Choose a session to continue where it was (newest first).",
    },
    "saves.entry": {
        "nl": "{name} \u00b7 {scenario} \u00b7 jaar {year}, beurt {turn} \u00b7 {date}",
        "en": "{name} \u00b7 {scenario} \u00b7 year {year}, turn {turn} \u00b7 {date}",
    },
    "saves.solo": {"nl": "Alleen gespeeld", "en": "Solo"},
    "saves.more": {"nl": "en nog {count} oudere", "en": "and {count} older"},
    "saves.none": {
        "nl": "Er zijn geen sessies om voort te zetten.",
        "en": "There are no sessions to continue.",
    },
    "saves.back": {"nl": "Terug", "en": "Back"},
    "saves.resumed": {"nl": "Verder waar de sessie was", "en": "Continuing where the session was"},
    "saves.replayed": {
        "nl": "Het scenario is gewijzigd sinds het opslaan; de {count} keuzes zijn opnieuw gespeeld",
        "en": "The scenario changed since it was saved; its {count} choices were replayed",
    },
    "saves.diverged": {
        "nl": (
            "Kan niet doorgaan: het scenario is gewijzigd sinds het opslaan en keuze {index} "
            "({card}) past er niet meer in. De opslag blijft bewaard."
        ),
        "en": (
            "Cannot continue: the scenario changed since it was saved and choice {index} "
            "({card}) no longer fits it. The save is kept."
        ),
    },
    "saves.no_scenario": {
        "nl": (
            "Kan niet doorgaan: het scenario {scenario} is niet gevonden ({path}). De opslag blijft bewaard."
        ),
        "en": "Cannot continue: scenario {scenario} was not found ({path}). The save is kept.",
    },
    "saves.broken": {
        "nl": "Een opgeslagen sessie was onleesbaar en is opzij gezet: {problem}",
        "en": "A saved session could not be read and was moved aside: {problem}",
    },
    "saves.write_failed": {
        "nl": "Let op: de sessie kon niet worden opgeslagen ({problem})",
        "en": "Note: the session could not be saved ({problem})",
    },
    "group.kicker": {"nl": "Groepssessie", "en": "Group session"},
    "group.heading": {"nl": "Hoe heet de groep?", "en": "What is the group called?"},
    "group.explain": {
        "nl": "De naam staat in het presentatorscherm. Laat je het veld leeg, dan heet de groep "
        "\u2018{default}\u2019.",
        "en": "The name is shown in the presenter view. Leave the field empty and the group is "
        "called \u2018{default}\u2019.",
    },
    "group.default": {"nl": "Groep 1", "en": "Group 1"},
    "group.back": {"nl": "Terug", "en": "Back"},
    "group.start": {"nl": "Sessie starten", "en": "Start the session"},
    "field.empty": {"nl": "Er staat nog niets", "en": "Nothing written yet"},
    "field.too_long": {"nl": "Te lang: hooguit {limit} tekens", "en": "Too long: {limit} characters at most"},
    "cloud.left_out": {"nl": "Niet getoond (geen ruimte): {count}", "en": "Not shown (no room): {count}"},
    "title.load_error": {
        "nl": "Dit scenario kan niet worden geladen:",
        "en": "This scenario cannot be loaded:",
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
    "intro.term_plain": {
        "nl": "{years} jaar \u00b7 {turns} beurten per jaar",
        "en": "{years} years \u00b7 {turns} turns a year",
    },
    "intro.term_one_plain": {"nl": "1 jaar \u00b7 {turns} beurten", "en": "1 year \u00b7 {turns} turns"},
    "year.label": {"nl": "jaar {year}", "en": "year {year}"},
    "year.heading_plain": {"nl": "Jaaroverzicht: jaar {year}", "en": "Year {year} in review"},
    "intro.begin": {"nl": "Begin", "en": "Begin"},
    "statements.kicker.before": {"nl": "Stellingen vooraf", "en": "Statements before we begin"},
    "statements.kicker.after": {"nl": "Stellingen achteraf", "en": "Statements afterwards"},
    "statements.count": {"nl": "Stelling {index} van {total}", "en": "Statement {index} of {total}"},
    "statements.ask_group": {
        "nl": "Hoe eens ben je het hiermee? Kies op je telefoon, of steek je hand op bij een cijfer.",
        "en": "How much do you agree? Choose on your phone, or raise your hand at a number.",
    },
    "statements.ask_room": {
        "nl": "Hoe eens ben je het hiermee? Steek je hand op bij een cijfer.",
        "en": "How much do you agree? Raise your hand at a number.",
    },
    "statements.ask_solo": {
        "nl": "Hoe eens ben je het hiermee? Kies een cijfer van 1 tot 5.",
        "en": "How much do you agree? Choose a number from 1 to 5.",
    },
    "statements.phone_prompt": {
        "nl": "Hoe eens ben je het met deze stellingen? 1 is helemaal oneens, 5 is helemaal eens.",
        "en": "How much do you agree with these statements? 1 is strongly disagree, 5 is strongly agree.",
    },
    "statements.scale.1": {"nl": "helemaal oneens", "en": "strongly disagree"},
    "statements.scale.2": {"nl": "oneens", "en": "disagree"},
    "statements.scale.3": {"nl": "neutraal", "en": "neutral"},
    "statements.scale.4": {"nl": "eens", "en": "agree"},
    "statements.scale.5": {"nl": "helemaal eens", "en": "strongly agree"},
    "statements.total": {"nl": "{count} keer gekozen", "en": "chosen {count} times"},
    "statements.hands": {"nl": "Handen: {count}", "en": "Hands: {count}"},
    "statements.phones": {
        "nl": "Telefoons: {scored} van {connected} gaven hun score",
        "en": "Phones: {scored} of {connected} gave their score",
    },
    "statements.next": {"nl": "Verder", "en": "Continue"},
    "statements.shift_heading": {"nl": "Wat is er veranderd?", "en": "What has changed?"},
    "statements.before": {"nl": "voor", "en": "before"},
    "statements.after": {"nl": "na", "en": "after"},
    "statements.none": {"nl": "\u2013", "en": "\u2013"},
    "help.screen.statements": {"nl": "stellingen", "en": "statements"},
    "help.screen.statements_solo": {"nl": "stellingen (alleen)", "en": "statements (solo)"},
    "help.k.statement_select": {"nl": "pijltje omhoog, omlaag", "en": "Up, Down"},
    "help.d.statement_select": {"nl": "kies een stelling", "en": "choose a statement"},
    "help.h.statement_select": {"nl": "Pijltjes stelling", "en": "Arrows statement"},
    "help.k.statement_hand": {"nl": "1\u20135", "en": "1\u20135"},
    "help.d.statement_hand": {"nl": "een hand erbij bij die score", "en": "add a hand to that score"},
    "help.h.statement_hand": {"nl": "1\u20135 hand erbij", "en": "1\u20135 add a hand"},
    "help.k.statement_unhand": {"nl": "Shift+1\u20135", "en": "Shift+1\u20135"},
    "help.d.statement_unhand": {"nl": "een hand eraf", "en": "remove a hand"},
    "help.h.statement_unhand": {"nl": "Shift+1\u20135 hand eraf", "en": "Shift+1\u20135 remove a hand"},
    "help.k.statement_score": {"nl": "1\u20135", "en": "1\u20135"},
    "help.d.statement_score": {"nl": "jouw score voor de stelling", "en": "your score for the statement"},
    "help.h.statement_score": {"nl": "1\u20135 score", "en": "1\u20135 score"},
    "card.turn": {"nl": "Beurt {turn} van {total}", "en": "Turn {turn} of {total}"},
    "card.question": {"nl": "Wat doe je?", "en": "What do you do?"},
    "card.notes": {"nl": "Vraag aan de groep", "en": "Question for the group"},
    "card.discuss": {"nl": "Bespreek eerst de situatie", "en": "Discuss the situation first"},
    "card.reveal": {"nl": "Toon de keuzes", "en": "Show the options"},
    "card.voting": {"nl": "Stemmen: {total}", "en": "Votes: {total}"},
    "card.tie": {"nl": "Gelijkspel \u2013 kies {options}", "en": "Tie \u2013 choose {options}"},
    "card.or": {"nl": "of", "en": "or"},
    "card.timer": {"nl": "Discussietijd", "en": "Discussion"},
    "card.timer_paused": {"nl": "Gepauzeerd", "en": "Paused"},
    "card.timer_up": {"nl": "Tijd is om", "en": "Time is up"},
    "feedback.kicker_group": {"nl": "De groep koos", "en": "The group chose"},
    "feedback.votes": {
        "nl": "Stemmen {split} \u00b7 gekozen: {option}",
        "en": "Votes {split} \u00b7 chosen: {option}",
    },
    "feedback.votes_tie": {
        "nl": "Stemmen {split} \u00b7 gelijkspel, besloten: {option}",
        "en": "Votes {split} \u00b7 tie, decided: {option}",
    },
    "feedback.kicker": {"nl": "Je koos", "en": "You chose"},
    "feedback.effects": {"nl": "Gevolgen", "en": "Effects"},
    "feedback.values": {"nl": "{before} naar {after}", "en": "{before} to {after}"},
    "feedback.unchanged": {"nl": "gelijk", "en": "no change"},
    "continue": {"nl": "Verder", "en": "Continue"},
    "year.heading": {"nl": "Jaaroverzicht {year}", "en": "The year {year} in review"},
    "year.sub": {"nl": "Jaar {year} van {years}", "en": "Year {year} of {years}"},
    "year.begins": {"nl": "Jaar {year} van {years} begint", "en": "Year {year} of {years} begins"},
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
    "outcome.profile_group": {
        "nl": "De termijn zit erop \u2013 jullie profiel",
        "en": "Term completed \u2013 your profile",
    },
    "outcome.fell": {"nl": "de meter {meter} zakte tot {value}", "en": "the {meter} meter fell to {value}"},
    "outcome.rose": {"nl": "de meter {meter} steeg tot {value}", "en": "the {meter} meter rose to {value}"},
    "outcome.cause": {"nl": "{causes}: daarmee eindigde de termijn.", "en": "{causes}: that ended the term."},
    "outcome.none": {"nl": "De termijn zit erop", "en": "Term completed"},
    "outcome.none_text": {
        "nl": "Je hebt de hele termijn volgemaakt.",
        "en": "You have completed the whole term.",
    },
    "debrief.phase.reactions": {"nl": "Eerste reacties", "en": "First reactions"},
    "debrief.phase.happened": {"nl": "Wat gebeurde er?", "en": "What happened?"},
    "debrief.phase.why": {"nl": "Waarom?", "en": "Why?"},
    "debrief.phase.here": {"nl": "En bij ons?", "en": "And here?"},
    "debrief.phase.wins": {"nl": "Kleine stappen", "en": "Small wins"},
    "debrief.kicker": {"nl": "Nabespreking", "en": "Guided debrief"},
    "debrief.button.back": {"nl": "Vorige", "en": "Back"},
    "debrief.button.next": {"nl": "Verder", "en": "Next"},
    "debrief.button.close": {"nl": "Afsluiten", "en": "Close"},
    "debrief.of": {"nl": "fase {index} van {count}", "en": "phase {index} of {count}"},
    "debrief.timer.ready": {"nl": "T: timer ({minutes} min)", "en": "T: timer ({minutes} min)"},
    "debrief.timer.running": {"nl": "Nog {time}", "en": "{time} left"},
    "debrief.timer.paused": {"nl": "Gepauzeerd \u00b7 nog {time}", "en": "Paused \u00b7 {time} left"},
    "debrief.timer.up": {"nl": "De tijd is om", "en": "Time is up"},
    "debrief.prompt.reactions": {
        "nl": "Wat voel je nu? Zeg het in \u00e9\u00e9n woord.",
        "en": "How do you feel now? Say it in one word.",
    },
    "debrief.prompt.reactions_group": {
        "nl": "Wat voelen jullie nu? Stuur \u00e9\u00e9n woord met je telefoon.",
        "en": "How do you feel now? Send one word from your phone.",
    },
    "debrief.prompt.reactions_room": {
        "nl": "Wat voelen jullie nu? Zeg het in \u00e9\u00e9n woord.",
        "en": "How do you feel now? Say it in one word.",
    },
    "debrief.no_words": {
        "nl": "Nog geen woorden. Druk op E om een woord te typen.",
        "en": "No words yet. Press E to type a word.",
    },
    "debrief.no_words_group": {
        "nl": "Nog geen woorden. Stuur een woord met je telefoon, of de leider typt het met E.",
        "en": "No words yet. Send a word from your phone, or the facilitator types it with E.",
    },
    "debrief.no_words_room": {
        "nl": "Nog geen woorden. Noem een woord; de leider typt het met E.",
        "en": "No words yet. Say a word; the facilitator types it with E.",
    },
    "debrief.no_facts": {"nl": "Er is nog geen besluit genomen.", "en": "No decision was made yet."},
    "debrief.whatif.heading": {
        "nl": "Wat als: besluit {number}, {title}",
        "en": "What if: decision {number}, {title}",
    },
    "debrief.whatif.none": {
        "nl": "Geen besluit om anders te nemen.",
        "en": "No decision to take differently.",
    },
    "debrief.no_aspects": {
        "nl": "De kaarten noemden geen kant van digitaal leiderschap.",
        "en": "The cards named no aspect of digital leadership.",
    },
    "debrief.more": {"nl": "en nog {count} eerder", "en": "and {count} earlier"},
    "debrief.question_of": {"nl": "Vraag {index} van {count}", "en": "Question {index} of {count}"},
    "debrief.no_questions": {
        "nl": "Hoe gaat dit bij jou op het werk?",
        "en": "How does this play out where you work?",
    },
    "debrief.no_questions_group": {
        "nl": "Hoe gaat dit bij jullie op het werk?",
        "en": "How does this play out where you work?",
    },
    "debrief.no_answers": {
        "nl": "Nog geen antwoord. Druk op E om te typen.",
        "en": "No answer yet. Press E to type.",
    },
    "debrief.no_answers_group": {
        "nl": "Nog geen antwoorden. Stuur er een met je telefoon, of de leider typt het met E.",
        "en": "No answers yet. Send one from your phone, or the facilitator types it with E.",
    },
    "debrief.no_answers_room": {
        "nl": "Nog geen antwoorden. Zeg het hardop; de leider typt het met E.",
        "en": "No answers yet. Say it out loud; the facilitator types it with E.",
    },
    "debrief.wins.propose": {
        "nl": "Welke kleine stap zet jij de komende maand?",
        "en": "Which small step will you take in the coming month?",
    },
    "debrief.wins.propose_group": {
        "nl": "Welke kleine stap zetten jullie de komende maand? Stuur een voorstel.",
        "en": "Which small step will you take in the coming month? Send a proposal.",
    },
    "debrief.wins.propose_room": {
        "nl": "Welke kleine stap zetten jullie de komende maand? Noem een voorstel.",
        "en": "Which small step will you take in the coming month? Name a proposal.",
    },
    "debrief.wins.vote": {
        "nl": "Steun de voorstellen die je wilt doen.",
        "en": "Back the proposals you want to do.",
    },
    "debrief.wins.vote_group": {
        "nl": "Steun tot drie voorstellen: met je telefoon, of steek je hand op.",
        "en": "Back up to three proposals: by phone, or raise your hand.",
    },
    "debrief.wins.vote_room": {
        "nl": "Steek je hand op voor de voorstellen die je steunt, hooguit drie.",
        "en": "Raise your hand for the proposals you back, up to three.",
    },
    "debrief.wins.top": {"nl": "Jouw actielijst", "en": "Your action list"},
    "debrief.wins.top_group": {
        "nl": "Jullie actielijst: de drie met de meeste steun",
        "en": "Your action list: the three most backed",
    },
    "debrief.wins.list": {"nl": "Jouw actielijst", "en": "Your action list"},
    "debrief.no_proposals": {
        "nl": "Nog geen voorstel. Druk op E om te typen.",
        "en": "No proposal yet. Press E to type.",
    },
    "debrief.no_proposals_group": {
        "nl": "Nog geen voorstellen. Stuur er een met je telefoon, of de leider typt het met E.",
        "en": "No proposals yet. Send one from your phone, or the facilitator types it with E.",
    },
    "debrief.no_proposals_room": {
        "nl": "Nog geen voorstellen. Noem er een; de leider typt het met E.",
        "en": "No proposals yet. Name one; the facilitator types it with E.",
    },
    "debrief.support": {"nl": "{count} stemmen", "en": "{count} votes"},
    "debrief.support_one": {"nl": "1 stem", "en": "1 vote"},
    "debrief.also": {"nl": "Het spel raakte ook: {names}.", "en": "The game also touched on: {names}."},
    "debrief.finished": {"nl": "Klaar. Dit neem je mee:", "en": "Done. This is what you take home:"},
    "debrief.finished_group": {
        "nl": "Klaar. Dit nemen jullie mee:",
        "en": "Done. This is what you take home:",
    },
    "debrief.waiting": {"nl": "{count} wachten op goedkeuring", "en": "{count} waiting for approval"},
    "debrief.waiting_one": {"nl": "1 wacht op goedkeuring", "en": "1 waiting for approval"},
    "debrief.phones_open": {"nl": "Telefoons kunnen nu antwoorden", "en": "Phones can answer now"},
    "debrief.queue.warning": {
        "nl": "Let op: het scherm toont nu de wachtrij. Q verbergt hem.",
        "en": "Note: the screen now shows the queue. Q hides it.",
    },
    "debrief.queue.empty": {"nl": "Er wacht niets.", "en": "Nothing is waiting."},
    "debrief.field.word": {"nl": "Typ \u00e9\u00e9n woord", "en": "Type one word"},
    "debrief.field.answer": {"nl": "Typ een antwoord", "en": "Type an answer"},
    "debrief.field.proposal": {"nl": "Typ een voorstel", "en": "Type a proposal"},
    # What phones are asked (the page's prompt); "And here?" asks its question itself
    "debrief.ask.word": {
        "nl": "Hoe was het spel voor jou? Zeg het in \u00e9\u00e9n woord.",
        "en": "How was the game for you? Say it in one word.",
    },
    "debrief.ask.proposal": {
        "nl": "Welke kleine stap zetten we de komende maand? Stel \u00e9\u00e9n concrete stap voor.",
        "en": "Which small step do we take next month? Propose one concrete step.",
    },
    "debrief.ask.support": {
        "nl": "Welke voorstellen steun jij? Kies er hooguit drie.",
        "en": "Which proposals do you support? Choose up to three.",
    },
    "debrief.ask.statements": {
        "nl": "Hoe eens ben je het met deze stellingen?",
        "en": "How much do you agree with these statements?",
    },
    "debrief.fact.divided": {
        "nl": "Het meest verdeeld: {title} ({split}); gekozen werd \u2018{label}\u2019.",
        "en": "Most divided: {title} ({split}); the choice was \u2018{label}\u2019.",
    },
    "debrief.fact.swing": {
        "nl": "De grootste verschuiving: {meter} {delta}, door {title} (\u2018{label}\u2019).",
        "en": "The biggest swing: {meter} {delta}, by {title} (\u2018{label}\u2019).",
    },
    "debrief.fact.crossed": {
        "nl": "Grens overschreden: {line} ({title} \u2013 {label}).",
        "en": "Line crossed: {line} ({title} \u2013 {label}).",
    },
    "debrief.fact.no_lines": {"nl": "Je overschreed geen enkele grens.", "en": "You crossed no line."},
    "debrief.fact.no_lines_group": {
        "nl": "Jullie overschreden geen enkele grens.",
        "en": "You crossed no line.",
    },
    "debrief.fact.ending": {
        "nl": "Het spel eindigde vroeg: {title}.",
        "en": "The game ended early: {title}.",
    },
    "debrief.fact.profile": {"nl": "Je profiel: {title}.", "en": "Your profile: {title}."},
    "debrief.fact.profile_group": {"nl": "Jullie profiel: {title}.", "en": "Your profile: {title}."},
    "debrief.aspect_name.4a": {"nl": "Persoonsgegevens en veiligheid", "en": "Personal data and security"},
    "debrief.aspect_name.4b": {"nl": "Transparantie over algoritmen", "en": "Transparency about algorithms"},
    "debrief.aspect_name.4c": {
        "nl": "Digitale inclusie en weerbaarheid",
        "en": "Digital inclusion and resilience",
    },
    "debrief.aspect_name.5a": {
        "nl": "Opgaven en technologie verbinden",
        "en": "Linking public tasks and technology",
    },
    "debrief.aspect_name.5b": {"nl": "Een gezamenlijke koers", "en": "A shared course"},
    "debrief.aspect_name.6a": {"nl": "Structuur en datamanagement", "en": "Structure and data management"},
    "debrief.aspect_name.6b": {"nl": "Mensen en leren", "en": "People and learning"},
    "debrief.aspect_name.6c": {"nl": "Politiek", "en": "Politics"},
    "debrief.aspect_name.6d": {"nl": "Symbolen en cultuur", "en": "Symbols and culture"},
    "debrief.aspect.4a": {
        "nl": "Inwoners moeten erop kunnen rekenen dat hun gegevens veilig zijn. Bescherm ze goed, maar "
        "maak van privacy geen reden om niets te doen.",
        "en": "Residents must be able to count on their data being safe. Protect it well, but do not make "
        "privacy a reason to do nothing.",
    },
    "debrief.aspect.4b": {
        "nl": "De gemeente moet zelf kunnen uitleggen wat een algoritme doet en waarom, ook als een "
        "leverancier het systeem beheert.",
        "en": "The municipality itself must be able to explain what an algorithm does and why, also when "
        "a supplier runs the system.",
    },
    "debrief.aspect.4c": {
        "nl": "Digitale diensten mogen niemand buitensluiten: soms is een gesprek aan de balie beter dan "
        "een app. Help inwoners ook om oplichting online te herkennen.",
        "en": "Digital services must shut nobody out: sometimes a talk at the desk is better than an app. "
        "Help residents, too, to recognise online scams.",
    },
    "debrief.aspect.5a": {
        "nl": "Begin bij de opgave van de gemeente, niet bij de techniek: wat lost dit op, en willen we "
        "dit als overheid?",
        "en": "Start from the municipality's task, not from the technology: what does this solve, and do "
        "we want this as a government?",
    },
    "debrief.aspect.5b": {
        "nl": "Een koers werkt pas als bestuur, organisatie en partners hem delen. Geef ruimte om te "
        "proberen binnen duidelijke grenzen, en breid uit wat werkt.",
        "en": "A course only works when the executive, the organisation and partners share it. Leave room "
        "to try things out within clear limits, and scale up what works.",
    },
    "debrief.aspect.6a": {
        "nl": "Goede data vragen om orde: wie is eigenaar, wie beheert ze, en hoe delen we ze veilig met "
        "anderen?",
        "en": "Good data needs order: who owns it, who looks after it, and how do we share it safely with "
        "others?",
    },
    "debrief.aspect.6b": {
        "nl": "Mensen maken het verschil. Investeer in kennis: van medewerkers, van HR en van de "
        "secretaris zelf.",
        "en": "People make the difference. Invest in knowledge: of the staff, of HR and of the municipal "
        "secretary themselves.",
    },
    "debrief.aspect.6c": {
        "nl": "Neem college en raad mee in gewone taal: welke kansen zijn er, en welke politieke risico's?",
        "en": "Take the executive and the council along in plain words: what are the opportunities, and "
        "what are the political risks?",
    },
    "debrief.aspect.6d": {
        "nl": "Een andere manier van werken vraagt ook een andere cultuur. Geef het goede voorbeeld en "
        "maak ruimte voor twijfel en zorgen.",
        "en": "A new way of working also calls for a new culture. Set the example and make room for "
        "doubt and worries.",
    },
    "end.heading": {"nl": "Terugblik", "en": "Debrief"},
    "end.chart": {"nl": "Verloop van de meters", "en": "The meters over time"},
    "end.choices": {"nl": "Je keuzes per thema", "en": "Your choices by theme"},
    "end.choices_group": {"nl": "Jullie keuzes per thema", "en": "Your choices by theme"},
    "end.no_choices": {"nl": "Je hebt geen keuzes gemaakt.", "en": "You made no choices."},
    "end.other_theme": {"nl": "Overig", "en": "Other"},
    "end.play_again": {"nl": "Opnieuw spelen", "en": "Play again"},
    "end.debrief": {"nl": "Nabespreken", "en": "Guided debrief"},
    "end.to_title": {"nl": "Titelscherm", "en": "Title screen"},
    "end.view.choices": {"nl": "Keuzes", "en": "Choices"},
    "end.view.triangle": {"nl": "Driehoek", "en": "Triangle"},
    "end.view.whatif": {"nl": "Wat als", "en": "What if"},
    "end.report.open": {"nl": "Verslag openen", "en": "Open report"},
    "end.report.folder": {
        "nl": "Verslag en CSV opgeslagen in {folder}",
        "en": "Report and CSV saved in {folder}",
    },
    "end.report.failed": {"nl": "Verslag niet geschreven: {problem}", "en": "Report not written: {problem}"},
    "end.report.no_browser": {
        "nl": "Geen browser gevonden. Verslag in {folder}",
        "en": "No browser found. Report in {folder}",
    },
    "end.triangle.heading": {
        "nl": "De driehoek van publieke waarde",
        "en": "The public value triangle",
    },
    "end.corner.strategy": {"nl": "Willen", "en": "Strategy"},
    "end.corner.capacity": {"nl": "Kunnen", "en": "Capacity"},
    "end.corner.legitimacy": {"nl": "Mogen", "en": "Legitimacy"},
    "end.triangle.count": {"nl": "{count} besluiten", "en": "{count} decisions"},
    "end.triangle.count_one": {"nl": "{count} besluit", "en": "{count} decision"},
    "end.triangle.points": {"nl": "{count} punten", "en": "{count} points"},
    "end.triangle.points_one": {"nl": "{count} punt", "en": "{count} point"},
    "end.triangle.basis.options": {
        "nl": "De driehoek volgt de opties die je koos.",
        "en": "The triangle follows the options you chose.",
    },
    "end.triangle.basis.options_group": {
        "nl": "De driehoek volgt de opties die jullie kozen.",
        "en": "The triangle follows the options you chose.",
    },
    "end.triangle.basis.themes": {
        "nl": "De driehoek volgt de thema's van de gespeelde kaarten (dit scenario zegt niet welke hoek "
        "een optie dient).",
        "en": "The triangle follows the themes of the cards played (this scenario does not say which "
        "corner an option serves).",
    },
    "end.triangle.rule.options": {
        "nl": "Een optie geeft een punt aan elke hoek die ze dient, en voor elke hoek die ze schaadt een "
        "half punt aan elk van de twee andere. + is het midden.",
        "en": "An option gives a point to each corner it serves, and for each corner it harms half a "
        "point to each of the other two. + is the centre.",
    },
    "end.triangle.rule": {
        "nl": "Een besluit telt bij de hoek van de thema's van zijn kaart (twee hoeken: elk de helft). "
        "+ is het midden.",
        "en": "A decision counts for the corner of its card's themes (two corners: half each). "
        "+ is the centre.",
    },
    "end.triangle.left_out.options": {
        "nl": "Opties die geen hoek dienen of schaden tellen niet mee ({count}).",
        "en": "Options that serve or harm no corner are left out ({count}).",
    },
    "end.triangle.left_out": {
        "nl": "Besluiten op kaarten zonder hoek tellen niet mee ({count}).",
        "en": "Decisions on cards without a corner are left out ({count}).",
    },
    "end.triangle.empty": {"nl": "Nog geen besluit telt mee.", "en": "No decision counts yet."},
    "end.triangle.none": {
        "nl": "De thema's van dit scenario hebben geen hoek van de driehoek (willen, kunnen, mogen), "
        "dus hier is geen driehoek te tekenen.",
        "en": "The themes of this scenario have no corner of the triangle (strategy, capacity, "
        "legitimacy), so there is no triangle to draw.",
    },
    "end.lines.heading": {"nl": "Grenzen die je overschreed", "en": "Lines you crossed"},
    "end.lines.heading_group": {"nl": "Grenzen die jullie overschreden", "en": "Lines you crossed"},
    "end.lines.item": {"nl": "{line} ({title} \u2013 {label})", "en": "{line} ({title} \u2013 {label})"},
    "end.lines.see_choices": {
        "nl": "Grenzen overschreden: {count} (zie Keuzes).",
        "en": "Lines crossed: {count} (see Choices).",
    },
    "end.whatif.pick_decision": {"nl": "Wat als? Kies een besluit", "en": "What if? Pick a decision"},
    "end.whatif.pick_option": {
        "nl": "Besluit {number}: kies een andere optie",
        "en": "Decision {number}: pick another option",
    },
    "end.whatif.chosen": {"nl": "{label} (gekozen)", "en": "{label} (chosen)"},
    "end.whatif.heading": {"nl": "Besluit {number}: {title}", "en": "Decision {number}: {title}"},
    "end.whatif.chart": {"nl": "Verloop: echt en wat als", "en": "The meters: real and what if"},
    "end.whatif.legend_real": {"nl": "echt", "en": "real"},
    "end.whatif.legend_alt": {"nl": "wat als", "en": "what if"},
    "end.whatif.real": {"nl": "Echt: {label}", "en": "Real: {label}"},
    "end.whatif.alt": {"nl": "Wat als: {label}", "en": "What if: {label}"},
    "end.whatif.outcome": {
        "nl": "Uitkomst wat als: {outcome} (echt: {real})",
        "en": "Outcome what if: {outcome} (real: {real})",
    },
    "end.whatif.same_cards": {
        "nl": "Daarna kwamen dezelfde kaarten.",
        "en": "The same cards came after it.",
    },
    "end.whatif.ended": {
        "nl": "In wat als eindigde het spel na besluit {number}.",
        "en": "In what if the game ended after decision {number}.",
    },
    "end.whatif.real_ended": {
        "nl": "Het echte spel was na besluit {number} voorbij; daarna koos de computer.",
        "en": "The real game ended after decision {number}; after that the computer chose.",
    },
    "end.whatif.other_cards": {
        "nl": "Vanaf besluit {number} kwamen andere kaarten.",
        "en": "From decision {number} on, other cards came.",
    },
    "end.whatif.rule": {
        "nl": "Zelfde spel, alleen deze keuze anders; daarna dezelfde keuzes zolang dezelfde kaarten "
        "komen, daarna speelt de computer voorzichtig.",
        "en": "Same game, only this choice different; after it the same choices as long as the same "
        "cards come, then the computer plays cautiously.",
    },
    "end.whatif.triangle": {
        "nl": "Driehoek (echt / wat als): {shares}",
        "en": "Triangle (real / what if): {shares}",
    },
    "end.whatif.failed": {
        "nl": "Wat als lukt hier niet: {problem}",
        "en": "What if does not work here: {problem}",
    },
    "end.whatif.none": {
        "nl": "Er zijn geen besluiten om te veranderen.",
        "en": "There are no decisions to change.",
    },
    "undo.heading": {"nl": "Laatste besluit terugnemen?", "en": "Take back the last decision?"},
    "undo.yes": {"nl": "Ja, neem \u2018{option}\u2019 terug", "en": "Yes, take back \u2018{option}\u2019"},
    "undo.no": {"nl": "Nee, ga verder", "en": "No, carry on"},
    "undo.done": {"nl": "Besluit teruggenomen: {card}", "en": "Decision taken back: {card}"},
    "undo.nothing": {
        "nl": "Er is nog geen besluit om terug te nemen",
        "en": "There is no decision to take back yet",
    },
    "help.heading": {"nl": "Toetsen \u00b7 {screen}", "en": "Keys \u00b7 {screen}"},
    "help.heading_plain": {"nl": "Toetsen", "en": "Keys"},
    "help.close": {"nl": "Sluiten", "en": "Close"},
    "help.hint": {
        "nl": "Esc, F1 of Enter sluit deze hulp \u00b7 Ctrl+plus/min tekstgrootte",
        "en": "Esc, F1 or Enter closes this help \u00b7 Ctrl+plus/minus text size",
    },
    "help.screen.title": {"nl": "titelscherm", "en": "title screen"},
    "help.screen.group_name": {"nl": "naam van de groep", "en": "name of the group"},
    "help.screen.intro": {"nl": "inleiding", "en": "introduction"},
    "help.screen.card": {"nl": "kaart", "en": "card"},
    "help.screen.debrief": {"nl": "nabespreking", "en": "guided debrief"},
    "help.screen.debrief_solo": {"nl": "nabespreking (alleen)", "en": "guided debrief (solo)"},
    "help.screen.card_group": {"nl": "kaart in een groepssessie", "en": "card in a group session"},
    "help.screen.feedback": {"nl": "gevolgen", "en": "effects"},
    "help.screen.year": {"nl": "jaaroverzicht", "en": "year in review"},
    "help.screen.outcome": {"nl": "uitkomst", "en": "outcome"},
    "help.screen.end": {"nl": "terugblik", "en": "debrief"},
    "help.screen.pause": {"nl": "pauzemenu", "en": "pause menu"},
    "help.screen.undo": {"nl": "besluit terugnemen", "en": "take back a decision"},
    "help.screen.saves": {"nl": "opgeslagen sessies", "en": "saved sessions"},
    "help.k.start": {"nl": "Enter", "en": "Enter"},
    "help.d.start": {"nl": "start het gekozen scenario", "en": "start the chosen scenario"},
    "help.k.scenario": {"nl": "pijltjes links/rechts", "en": "left/right arrows"},
    "help.d.scenario": {"nl": "ander scenario", "en": "another scenario"},
    "help.k.buttons": {"nl": "Tab, pijltjes op/neer", "en": "Tab, up/down arrows"},
    "help.d.buttons": {
        "nl": "naar een andere knop (alleen of groepssessie)",
        "en": "move between the buttons (solo or group)",
    },
    "help.k.continue": {"nl": "Enter, spatie", "en": "Enter, Space"},
    "help.d.continue": {"nl": "verder", "en": "continue"},
    "help.k.choose": {"nl": "1\u2013{n}", "en": "1\u2013{n}"},
    "help.d.choose": {"nl": "kies die optie", "en": "choose that option"},
    "help.k.notes": {"nl": "N", "en": "N"},
    "help.d.notes": {"nl": "toon of verberg de groepsvraag", "en": "show or hide the group question"},
    "help.k.reveal": {"nl": "R", "en": "R"},
    "help.d.reveal": {"nl": "toon de keuzes", "en": "reveal the options"},
    "help.k.timer": {"nl": "T", "en": "T"},
    "help.d.timer": {"nl": "timer starten, pauzeren, hervatten", "en": "start, pause or resume the timer"},
    "help.k.vote": {"nl": "V", "en": "V"},
    "help.d.vote": {"nl": "stemmen openen of sluiten", "en": "open or close voting"},
    "help.k.vote_add": {"nl": "1\u2013{n} bij stemmen", "en": "1\u2013{n} while voting"},
    "help.d.vote_add": {"nl": "een stem erbij voor die optie", "en": "add a vote for that option"},
    "help.k.vote_remove": {"nl": "Shift+1\u2013{n}", "en": "Shift+1\u2013{n}"},
    "help.d.vote_remove": {"nl": "een stem eraf", "en": "remove a vote"},
    "help.k.majority": {"nl": "Enter bij stemmen", "en": "Enter while voting"},
    "help.d.majority": {"nl": "besluit met de meerderheid", "en": "decide by majority"},
    "help.k.tie": {"nl": "{options}", "en": "{options}"},
    "help.d.tie": {"nl": "beslist bij gelijkspel", "en": "decides a tie"},
    "help.k.undo": {"nl": "U, Ctrl+Z", "en": "U, Ctrl+Z"},
    "help.d.undo": {"nl": "laatste besluit terugnemen", "en": "take back the last decision"},
    "help.k.scroll": {"nl": "pijltjes op/neer, PgUp, PgDn", "en": "up/down arrows, PgUp, PgDn"},
    "help.d.scroll": {"nl": "scrollen door je keuzes", "en": "scroll through your choices"},
    "help.k.end_views": {"nl": "K, D", "en": "C, T"},
    "help.d.end_views": {
        "nl": "keuzes per thema, driehoek van publieke waarde",
        "en": "choices by theme, public value triangle",
    },
    "help.k.end_debrief": {"nl": "B", "en": "B"},
    "help.d.end_debrief": {"nl": "de nabespreking openen", "en": "open the guided debrief"},
    "help.k.debrief_next": {"nl": "Enter, spatie", "en": "Enter, Space"},
    "help.d.debrief_next": {
        "nl": "volgende stap; aan het eind: afsluiten",
        "en": "next step; at the end: close the debrief",
    },
    "help.k.debrief_skip": {"nl": "rechts, links", "en": "Right, Left"},
    "help.d.debrief_skip": {"nl": "volgende, vorige fase", "en": "next, previous phase"},
    "help.k.debrief_timer": {"nl": "T", "en": "T"},
    "help.d.debrief_timer": {
        "nl": "timer: starten, pauzeren, verder",
        "en": "timer: start, pause, resume",
    },
    "help.k.debrief_type": {"nl": "E", "en": "E"},
    "help.d.debrief_type": {
        "nl": "zelf typen (meteen goedgekeurd)",
        "en": "type yourself (approved at once)",
    },
    "help.k.debrief_send": {"nl": "Enter, Esc bij typen", "en": "Enter, Esc while typing"},
    "help.d.debrief_send": {
        "nl": "het getypte versturen (Enter) of weggooien (Esc)",
        "en": "send what you typed (Enter) or drop it (Esc)",
    },
    "help.k.debrief_select": {"nl": "op, neer", "en": "Up, Down"},
    "help.d.debrief_select": {"nl": "kies een wachtend antwoord", "en": "select a waiting answer"},
    "help.k.debrief_approve": {"nl": "A, X", "en": "A, X"},
    "help.d.debrief_approve": {
        "nl": "goedkeuren (A) of afwijzen (X)",
        "en": "approve (A) or reject (X)",
    },
    "help.k.debrief_queue": {"nl": "Q", "en": "Q"},
    "help.d.debrief_queue": {"nl": "wachtrij op het scherm aan/uit", "en": "queue on the screen on/off"},
    "help.k.debrief_whatif": {"nl": "W, Shift+W", "en": "W, Shift+W"},
    "help.d.debrief_whatif": {
        "nl": "wat als: het volgende (vorige) besluit",
        "en": "what if: the next (previous) decision",
    },
    "help.k.debrief_hands": {"nl": "1\u20139 (Shift)", "en": "1\u20139 (Shift)"},
    "help.d.debrief_hands": {
        "nl": "een hand erbij (eraf) voor dat voorstel",
        "en": "add (remove) a hand for that proposal",
    },
    "help.k.whatif": {"nl": "W", "en": "W"},
    "help.d.whatif": {
        "nl": "wat als: \u00e9\u00e9n besluit anders (W of Esc: terug)",
        "en": "what if: one decision different (W or Esc: back)",
    },
    "help.k.whatif_pick": {"nl": "pijltjes, 1\u20139, Enter", "en": "arrows, 1\u20139, Enter"},
    "help.d.whatif_pick": {
        "nl": "bij wat als: besluit en andere optie kiezen, tonen",
        "en": "in what if: pick a decision and another option, show it",
    },
    "help.k.whatif_back": {"nl": "Backspace", "en": "Backspace"},
    "help.d.whatif_back": {"nl": "bij wat als: een stap terug", "en": "in what if: one step back"},
    "help.k.open_report": {"nl": "O", "en": "O"},
    "help.d.open_report": {"nl": "verslag openen in de browser", "en": "open the report in the browser"},
    "help.k.end_buttons": {"nl": "Tab, pijltjes links/rechts", "en": "Tab, left/right arrows"},
    "help.d.end_buttons": {"nl": "opnieuw spelen of titelscherm", "en": "play again or title screen"},
    "help.k.to_title": {"nl": "Enter", "en": "Enter"},
    "help.d.to_title": {
        "nl": "naar het titelscherm (een groep: eerst de nabespreking)",
        "en": "to the title screen (a group: the guided debrief first)",
    },
    "help.k.select": {"nl": "pijltjes", "en": "arrows"},
    "help.d.select": {"nl": "kies een knop", "en": "select a button"},
    "help.k.confirm": {"nl": "Enter", "en": "Enter"},
    "help.d.confirm": {"nl": "bevestigen", "en": "confirm"},
    "help.k.resume": {"nl": "Esc", "en": "Esc"},
    "help.d.resume": {"nl": "menu sluiten, verder spelen", "en": "close the menu and play on"},
    "help.k.keep": {"nl": "Esc", "en": "Esc"},
    "help.d.keep": {"nl": "niet terugnemen", "en": "keep the decision"},
    "help.k.type": {"nl": "letters", "en": "letters"},
    "help.d.type": {"nl": "typ de naam van de groep", "en": "type the group's name"},
    "help.k.erase": {"nl": "Backspace", "en": "Backspace"},
    "help.d.erase": {"nl": "letter wissen (Ctrl: alles)", "en": "delete a letter (Ctrl: all)"},
    "help.k.begin": {"nl": "Enter", "en": "Enter"},
    "help.d.begin": {"nl": "sessie starten", "en": "start the session"},
    "help.k.back": {"nl": "Esc", "en": "Esc"},
    "help.d.back": {"nl": "terug naar het titelscherm", "en": "back to the title screen"},
    "help.k.menu": {"nl": "Esc", "en": "Esc"},
    "help.d.menu": {"nl": "pauzemenu", "en": "pause menu"},
    "help.k.language": {"nl": "L", "en": "L"},
    "help.d.language": {"nl": "andere taal", "en": "switch language"},
    "help.k.reload": {"nl": "F5", "en": "F5"},
    "help.d.reload": {"nl": "scenario opnieuw inlezen", "en": "reload the scenario"},
    "help.k.fullscreen": {"nl": "F11", "en": "F11"},
    "help.d.fullscreen": {"nl": "volledig scherm aan of uit", "en": "full screen on or off"},
    "help.k.text_size": {"nl": "Ctrl+plus, Ctrl+min", "en": "Ctrl+plus, Ctrl+minus"},
    "help.d.text_size": {
        "nl": "tekst groter of kleiner (Ctrl+0: 100%)",
        "en": "larger or smaller text (Ctrl+0: 100%)",
    },
    "help.k.help": {"nl": "F1, ?", "en": "F1, ?"},
    "help.d.help": {"nl": "deze hulp openen en sluiten", "en": "open and close this help"},
    "help.k.help_f1": {"nl": "F1", "en": "F1"},
    "help.d.help_f1": {"nl": "deze hulp openen en sluiten", "en": "open and close this help"},
    "help.k.mute": {"nl": "M", "en": "M"},
    "help.d.mute": {"nl": "geluid uit of aan", "en": "sound off or on"},
    "help.k.motion": {"nl": "Beweging, Geluid", "en": "Motion, Sound"},
    "help.d.motion": {
        "nl": "instellingen: beweging en geluid uit of aan (elke toets maakt een beweging meteen af)",
        "en": "settings: motion and sound off or on (any key finishes a motion at once)",
    },
    "help.k.save_number": {"nl": "1\u20136", "en": "1\u20136"},
    "help.d.save_number": {"nl": "verder met die sessie", "en": "continue that session"},
    "help.k.saves_back": {"nl": "Backspace", "en": "Backspace"},
    "help.d.saves_back": {"nl": "terug naar het titelscherm", "en": "back to the title screen"},
    "help.k.vote_stop": {"nl": "V", "en": "V"},
    "help.d.vote_stop": {"nl": "stemmen sluiten", "en": "stop voting"},
    # The hint line: the rows above in a few words, only the keys that work now (game.ui.scenes.help).
    "help.h.start": {"nl": "Enter start", "en": "Enter start"},
    "help.h.buttons": {"nl": "Tab speelwijze", "en": "Tab mode"},
    "help.h.scenario": {"nl": "pijltjes scenario", "en": "arrows scenario"},
    "help.h.language": {"nl": "L taal", "en": "L language"},
    "help.h.mute": {"nl": "M geluid", "en": "M sound"},
    "help.h.own_folder": {"nl": "O eigen map", "en": "O own folder"},
    "help.h.reload": {"nl": "F5 herladen", "en": "F5 reload"},
    "help.h.fullscreen": {"nl": "F11 volledig scherm", "en": "F11 full screen"},
    "help.h.type": {"nl": "Typ de naam", "en": "Type the name"},
    "help.h.erase": {"nl": "Backspace wissen", "en": "Backspace delete"},
    "help.h.begin": {"nl": "Enter starten", "en": "Enter start"},
    "help.h.back": {"nl": "Esc terug", "en": "Esc back"},
    "help.h.save_number": {"nl": "1\u20136 kiezen", "en": "1\u20136 choose"},
    "help.h.select_enter": {"nl": "pijltjes en Enter", "en": "arrows and Enter"},
    "help.h.saves_back": {"nl": "Backspace terug", "en": "Backspace back"},
    "help.h.continue": {"nl": "Enter verder", "en": "Enter continue"},
    "help.h.menu": {"nl": "Esc menu", "en": "Esc menu"},
    "help.h.choose": {"nl": "1\u2013{n} kiezen", "en": "1\u2013{n} choose"},
    "help.h.notes": {"nl": "N vraag", "en": "N question"},
    "help.h.reveal": {"nl": "R keuzes tonen", "en": "R show options"},
    "help.h.timer": {"nl": "T timer", "en": "T timer"},
    "help.h.vote": {"nl": "V stemmen", "en": "V vote"},
    "help.h.vote_stop": {"nl": "V stoppen", "en": "V stop voting"},
    "help.h.vote_add": {"nl": "1\u2013{n} stem erbij", "en": "1\u2013{n} add a vote"},
    "help.h.vote_remove": {"nl": "Shift+1\u2013{n} stem eraf", "en": "Shift+1\u2013{n} remove a vote"},
    "help.h.majority": {"nl": "Enter besluiten", "en": "Enter decide"},
    "help.h.tie": {"nl": "{options} beslist", "en": "{options} decides"},
    "help.h.undo": {"nl": "U terug", "en": "U undo"},
    "help.h.end_views": {"nl": "K keuzes \u00b7 D driehoek", "en": "C choices \u00b7 T triangle"},
    "help.h.end_debrief": {"nl": "B nabespreken", "en": "B guided debrief"},
    "help.h.end_debrief_enter": {"nl": "Enter, B nabespreken", "en": "Enter, B guided debrief"},
    "help.h.debrief_next": {"nl": "Enter verder", "en": "Enter next"},
    "help.h.debrief_leave": {"nl": "Enter afsluiten", "en": "Enter close"},
    "help.h.debrief_skip": {"nl": "Rechts volgende fase", "en": "Right next phase"},
    "help.h.debrief_back": {"nl": "Links vorige fase", "en": "Left previous phase"},
    "help.h.debrief_timer": {"nl": "T timer", "en": "T timer"},
    "help.h.debrief_type": {"nl": "E typen", "en": "E type"},
    "help.h.debrief_send": {"nl": "Enter versturen", "en": "Enter send"},
    "help.h.debrief_cancel": {"nl": "Esc annuleren", "en": "Esc cancel"},
    "help.h.debrief_select": {"nl": "Pijltjes kiezen", "en": "Arrows select"},
    "help.h.debrief_approve": {"nl": "Pijltjes, A/X keuren", "en": "Arrows, A/X approve"},
    "help.h.debrief_queue": {"nl": "Q wachtrij", "en": "Q queue"},
    "help.h.debrief_whatif": {"nl": "W wat als", "en": "W what if"},
    "help.h.debrief_hands": {"nl": "1\u20139 handen", "en": "1\u20139 hands"},
    "help.h.whatif": {"nl": "W wat als", "en": "W what if"},
    "help.h.open_report": {"nl": "O verslag openen", "en": "O open report"},
    "help.h.scroll": {"nl": "Pijltjes scrollen", "en": "Arrows scroll"},
    "help.h.to_title": {"nl": "Enter titelscherm", "en": "Enter title screen"},
    "help.h.whatif_pick": {
        "nl": "Pijltjes of cijfer kiezen \u00b7 Enter verder",
        "en": "Arrows or a number pick \u00b7 Enter next",
    },
    "help.h.whatif_back": {"nl": "Backspace terug", "en": "Backspace back"},
    "help.h.whatif_leave": {"nl": "W of Esc: echt verloop", "en": "W or Esc: real course"},
    "help.h.whatif_again": {"nl": "Enter ander besluit", "en": "Enter another decision"},
    "help.h.whatif_other": {"nl": "Backspace andere optie", "en": "Backspace another option"},
    "help.h.select": {"nl": "Pijltjes kiezen", "en": "Arrows select"},
    "help.h.confirm": {"nl": "Enter bevestigen", "en": "Enter confirm"},
    "help.h.resume": {"nl": "Esc verder spelen", "en": "Esc resume"},
    "help.h.keep": {"nl": "Esc terug", "en": "Esc back"},
    "help.k.read_aloud": {"nl": "S, H", "en": "S, H"},
    "help.d.read_aloud": {
        "nl": "voorlezen aan of uit; H leest het scherm nog eens voor",
        "en": "read aloud on or off; H reads the screen again",
    },
    "help.k.own_folder": {"nl": "O", "en": "O"},
    "help.d.own_folder": {
        "nl": "de map met eigen scenario's openen (of sleep een bestand op het venster)",
        "en": "open the folder of your own scenarios (or drop a file on the window)",
    },
    "read.on": {"nl": "Voorlezen aan (H: nog eens)", "en": "Reading aloud on (H: again)"},
    "read.off": {"nl": "Voorlezen uit", "en": "Reading aloud off"},
    "read.no_voice": {
        "nl": "Voorlezen kan niet: deze computer heeft geen spraak ({problem}). Het spel gaat door.",
        "en": "Cannot read aloud: this computer has no speech ({problem}). The game goes on.",
    },
    "read.stopped": {
        "nl": "Voorlezen gestopt: de spraak van deze computer antwoordt niet meer. Het spel gaat door.",
        "en": "Read aloud stopped: this computer's speech no longer answers. The game goes on.",
    },
    "speech.speaker": {"nl": "{speaker} zegt", "en": "{speaker} says"},
    "speech.option": {"nl": "Optie {number}: {label}", "en": "Option {number}: {label}"},
    "speech.chosen": {"nl": "Gekozen: {label}", "en": "Chosen: {label}"},
    "speech.up": {"nl": "{meter} omhoog met {amount}", "en": "{meter} up by {amount}"},
    "speech.down": {"nl": "{meter} omlaag met {amount}", "en": "{meter} down by {amount}"},
    "speech.year_end": {"nl": "{year} is voorbij", "en": "{year} is over"},
    "speech.meter_year": {"nl": "{meter}: van {start} naar {end}", "en": "{meter}: from {start} to {end}"},
    "pause.read_aloud": {"nl": "Voorlezen: {state}", "en": "Read aloud: {state}"},
    "pause.reading_font": {"nl": "Leesletter: {state}", "en": "Reading font: {state}"},
    "title.own_folder": {"nl": "Map met eigen scenario's", "en": "Folder of your own scenarios"},
    "title.source_own": {"nl": "Eigen scenario", "en": "Your own scenario"},
    "title.source_recent": {"nl": "Onlangs geopend", "en": "Opened recently"},
    "title.source_given": {"nl": "Gekozen bestand", "en": "Chosen file"},
    "title.own_place": {"nl": "Eigen scenario's: {folder}", "en": "Your own scenarios: {folder}"},
    "title.folder_opened": {"nl": "Map geopend: {folder}", "en": "Folder opened: {folder}"},
    "title.folder_failed": {
        "nl": "Kan de map niet openen; zoek hem zelf op: {folder}",
        "en": "Cannot open the folder; find it yourself: {folder}",
    },
    "drop.opened": {"nl": "Geopend: {name}", "en": "Opened: {name}"},
    "drop.not_scenario": {
        "nl": "{name} is geen scenario: sleep een .yaml-, .xlsx- of .ods-bestand op het venster",
        "en": "{name} is not a scenario: drop a .yaml, .xlsx or .ods file on the window",
    },
    "sound.off": {"nl": "Geluid uit", "en": "Sound off"},
    "sound.on": {"nl": "Geluid aan", "en": "Sound on"},
    "text.scale": {"nl": "Tekst {percent}%", "en": "Text {percent}%"},
    "phone.title": {"nl": "Digitaal leiderschap \u00b7 stemmen", "en": "Digital leadership \u00b7 vote"},
    "phone.wait": {"nl": "Wacht op de volgende kaart.", "en": "Wait for the next card."},
    "phone.notyet": {
        "nl": "Bespreek de kaart; de stemming is nog niet open.",
        "en": "Discuss the card; voting is not open yet.",
    },
    "phone.vote": {"nl": "Kies je antwoord:", "en": "Choose your answer:"},
    "phone.voted": {"nl": "Jouw stem: {n}.", "en": "Your vote: {n}."},
    "phone.change": {
        "nl": "Je kunt wisselen tot de stemming sluit.",
        "en": "You can change it until voting closes.",
    },
    "phone.closed": {"nl": "De stemming is gesloten.", "en": "Voting is closed."},
    "phone.offline": {
        "nl": "Geen verbinding met de laptop; opnieuw proberen\u2026",
        "en": "No connection to the laptop; trying again\u2026",
    },
    "phone.full": {
        "nl": "De zaal is vol: er kan geen telefoon meer bij. Stem met je hand.",
        "en": "The room is full: no more phones can join. Vote by raising your hand.",
    },
    "phone.fast": {
        "nl": "Te snel achter elkaar. Wacht even en probeer het opnieuw.",
        "en": "Too fast. Wait a moment and try again.",
    },
    "phone.late": {
        "nl": "Je stem telde niet: de stemming is gesloten of er ligt een andere kaart.",
        "en": "Your vote did not count: voting is closed or another card is on the table.",
    },
    "phone.again": {
        "nl": "Je stem telde niet. Open de pagina opnieuw (herladen) en stem dan.",
        "en": "Your vote did not count. Open the page again (reload), then vote.",
    },
    "phone.send": {"nl": "Versturen", "en": "Send"},
    "phone.sent": {
        "nl": "Verstuurd. De gespreksleider kiest wat op het scherm komt; je naam staat er nooit bij.",
        "en": "Sent. The facilitator chooses what goes on the screen; your name is never shown.",
    },
    "phone.yours": {"nl": "Wat jij stuurde:", "en": "What you sent:"},
    "phone.chars": {"nl": "{n} van {max} tekens", "en": "{n} of {max} characters"},
    "phone.kind_word": {"nl": "Typ \u00e9\u00e9n woord.", "en": "Type one word."},
    "phone.kind_answer": {"nl": "Typ je antwoord.", "en": "Type your answer."},
    "phone.kind_proposal": {
        "nl": "Stel \u00e9\u00e9n kleine stap voor die jullie de komende maand zetten.",
        "en": "Propose one small step you will take in the coming month.",
    },
    "phone.support": {
        "nl": "Tik op de voorstellen die jij steunt.",
        "en": "Tap the proposals you support.",
    },
    "phone.supported": {"nl": "Je steunt dit voorstel.", "en": "You support this proposal."},
    "phone.statements": {
        "nl": "Hoe eens ben je het met elke stelling? Tik 1 tot 5.",
        "en": "How much do you agree with each statement? Tap 1 to 5.",
    },
    "phone.disagree": {"nl": "1 = helemaal oneens", "en": "1 = strongly disagree"},
    "phone.agree": {"nl": "5 = helemaal eens", "en": "5 = strongly agree"},
    "phone.empty": {
        "nl": "Er staat nog niets. Typ eerst je tekst.",
        "en": "There is nothing yet. Type your text first.",
    },
    "phone.long": {
        "nl": "Je tekst is te lang. Maak hem korter.",
        "en": "Your text is too long. Make it shorter.",
    },
    "phone.enough": {
        "nl": "Je hebt al het hoogste aantal antwoorden op deze vraag gestuurd.",
        "en": "You have already sent as many answers to this question as you can.",
    },
    "phone.moved": {
        "nl": "Niet verstuurd: deze vraag is gesloten. Kijk wat er nu gevraagd wordt.",
        "en": "Not sent: this question has closed. See what is asked now.",
    },
    "phone.busy": {
        "nl": "Het is nu heel druk. Wacht even en probeer het opnieuw.",
        "en": "It is very busy now. Wait a moment and try again.",
    },
    "phone.broken": {
        "nl": "Dat ging niet goed. Open de pagina opnieuw (herladen) en probeer het nog eens.",
        "en": "That did not work. Open the page again (reload) and try once more.",
    },
    # The table page (game/tables/server.py, assets/table); {n} is filled in by the page.
    "table.title": {"nl": "Digitaal leiderschap \u00b7 tafel", "en": "Digital leadership \u00b7 table"},
    "table.choose": {"nl": "Aan welke tafel zit je?", "en": "Which table are you at?"},
    "table.wait": {
        "nl": "Jullie hebben besloten. Wacht tot de andere tafels klaar zijn.",
        "en": "Your table has decided. Wait until the other tables are done.",
    },
    "table.vote": {"nl": "Kies samen een antwoord:", "en": "Choose an answer together:"},
    "table.voted": {"nl": "Jouw stem: {n}.", "en": "Your vote: {n}."},
    "table.waiting": {
        "nl": "{cast} van {devices} stemmen binnen. De tafel beslist als iedereen gestemd heeft.",
        "en": "{cast} of {devices} votes in. The table decides once everyone has voted.",
    },
    "table.tie": {
        "nl": "Gelijke stand tussen {n}. Overleg en stem opnieuw.",
        "en": "A tie between {n}. Talk it over and vote again.",
    },
    "table.confirm": {
        "nl": "Weet je het zeker? Jullie kiezen {n}.",
        "en": "Are you sure? Your table chooses {n}.",
    },
    "table.and": {"nl": "en", "en": "and"},  # "1, 2 en 3": the options of a tie
    "table.confirm_yes": {"nl": "Ja, dit kiezen we", "en": "Yes, we choose this"},
    "table.confirm_no": {"nl": "Nee, terug", "en": "No, go back"},
    "table.decided": {"nl": "Jullie kozen {n}.", "en": "You chose {n}."},
    "table.behind": {
        "nl": "De ronde is voorbij zonder jullie keuze: beslis deze kaart nu.",
        "en": "The round ended without your choice: decide this card now.",
    },
    "table.feedback": {"nl": "Wat jullie keuze deed", "en": "What your choice did"},
    "table.year_end": {"nl": "Einde van jaar {n}", "en": "End of year {n}"},
    "table.ending": {"nl": "Het spel is voorbij", "en": "The game is over"},
    "table.profile": {"nl": "Jullie stijl", "en": "Your style"},
    "table.year": {"nl": "Jaar {n}", "en": "Year {n}"},
    "table.turn": {"nl": "beurt {n}", "en": "turn {n}"},
    "table.full": {
        "nl": "Deze tafel is vol. Kies een andere tafel of kijk mee op een ander scherm.",
        "en": "This table is full. Choose another table or watch on someone else's screen.",
    },
    "table.fast": {
        "nl": "Even rustig aan: probeer het zo opnieuw.",
        "en": "Slow down a little: try again soon.",
    },
    "table.bound": {
        "nl": "Dit apparaat hoort bij {n}. Het kan alleen voor die tafel kiezen.",
        "en": "This device belongs to {n}. It can only choose for that table.",
    },
    "table.stale": {
        "nl": "Die kaart is al beslist. Je ziet nu de kaart van jullie tafel.",
        "en": "That card has been decided. You now see your table's card.",
    },
    "table.offline": {
        "nl": "Geen verbinding met het spel. De pagina probeert het opnieuw.",
        "en": "No connection with the game. The page keeps trying.",
    },
    "table.again": {
        "nl": "Open de pagina van je tafel opnieuw (herladen).",
        "en": "Open your table's page again (reload).",
    },
    "table.malformed": {
        "nl": "Dat ging niet goed. Herlaad de pagina en probeer het nog eens.",
        "en": "That did not work. Reload the page and try once more.",
    },
    "phones.join": {"nl": "Stem mee met je telefoon", "en": "Vote with your phone"},
    "phones.count": {
        "nl": "{connected} telefoons \u00b7 {cast} gestemd",
        "en": "{connected} phones \u00b7 {cast} voted",
    },
    "phones.keys": {"nl": "handen {keys}", "en": "hands {keys}"},
    "phones.nobody": {
        "nl": "Geen telefoon verbonden? Een gastnetwerk laat dat vaak niet toe: "
        "zet de hotspot van een telefoon aan.",
        "en": "No phone connected? Guest networks often block it: turn on a phone's hotspot.",
    },
    "phones.others": {"nl": "Andere adressen: {addresses}", "en": "Other addresses: {addresses}"},
    "phones.unreachable": {
        "nl": "Telefoons kunnen niet meedoen: {problem}. Zet de hotspot van een telefoon aan en verbind "
        "de laptop daarmee, of stem met de hand.",
        "en": "Phones cannot join: {problem}. Turn on a phone's hotspot and connect the laptop to it, "
        "or vote by hand.",
    },
    "phones.no_network": {"nl": "deze laptop heeft geen netwerk", "en": "this laptop has no network"},
    "pause.phones": {"nl": "Stemmen met telefoons: {state}", "en": "Voting by phone: {state}"},
    "title.phones": {"nl": "Stemmen per telefoon: {state}", "en": "Votes by phone: {state}"},
    "pause.heading": {"nl": "Pauze", "en": "Paused"},
    "pause.resume": {"nl": "Verder spelen", "en": "Resume"},
    "pause.restart": {"nl": "Opnieuw beginnen", "en": "Restart"},
    "pause.language": {"nl": "Taal: Nederlands", "en": "Language: English"},
    "pause.fullscreen_on": {"nl": "Volledig scherm", "en": "Full screen"},
    "pause.fullscreen_off": {"nl": "Venster", "en": "Window"},
    "pause.title": {"nl": "Naar het titelscherm", "en": "Back to the title screen"},
    "pause.quit": {"nl": "Afsluiten", "en": "Quit"},
    "pause.game": {"nl": "Spel", "en": "Game"},
    "pause.settings": {"nl": "Instellingen", "en": "Settings"},
    "pause.senses": {"nl": "Zien en horen", "en": "Seeing and hearing"},
    "pause.timer": {"nl": "Gesprekstimer: {time}", "en": "Discussion timer: {time}"},
    "pause.minutes": {"nl": "{n} min", "en": "{n} min"},
    "pause.seconds": {"nl": "{n} s", "en": "{n} s"},
    "pause.preview": {"nl": "Effecten vooraf: {value}", "en": "Effect preview: {value}"},
    "pause.preview_none": {"nl": "geen", "en": "none"},
    "pause.preview_which": {"nl": "welke meters", "en": "which meters"},
    "pause.preview_full": {"nl": "precies", "en": "exact"},
    "pause.presenter": {"nl": "Presentatorscherm: {state}", "en": "Presenter view: {state}"},
    "pause.on": {"nl": "aan", "en": "on"},
    "pause.off": {"nl": "uit", "en": "off"},
    "pause.motion": {"nl": "Beweging: {state}", "en": "Motion: {state}"},
    "pause.sound": {"nl": "Geluid: {state}", "en": "Sound: {state}"},
    "presenter.title": {
        "nl": "Presentatorscherm \u2013 Digitaal leiderschap",
        "en": "Presenter view \u2013 Digital leadership",
    },
    "presenter.heading": {"nl": "Presentatorscherm", "en": "Presenter view"},
    "presenter.failed": {
        "nl": "Het presentatorscherm kan niet worden geopend; het spel gaat door in \u00e9\u00e9n venster",
        "en": "The presenter view cannot be opened; the game goes on in one window",
    },
    "presenter.lost": {
        "nl": "Het presentatorscherm is gesloten",
        "en": "The presenter view was closed",
    },
    "presenter.on_screen": {"nl": "Op het grote scherm: {screen}", "en": "On the big screen: {screen}"},
    "presenter.paused": {"nl": "menu open", "en": "menu open"},
    "presenter.screen.title": {"nl": "titelscherm", "en": "title screen"},
    "presenter.screen.intro": {"nl": "introductie van het scenario", "en": "the scenario's introduction"},
    "presenter.screen.card": {"nl": "de kaart", "en": "the card"},
    "presenter.screen.feedback": {"nl": "gevolgen van het besluit", "en": "effects of the decision"},
    "presenter.screen.year": {"nl": "jaaroverzicht", "en": "the year in review"},
    "presenter.screen.outcome": {"nl": "uitkomst", "en": "outcome"},
    "presenter.screen.end": {"nl": "terugblik", "en": "debrief"},
    "presenter.screen.debrief": {"nl": "nabespreking", "en": "guided debrief"},
    "presenter.queue": {"nl": "Wachten op goedkeuring ({count})", "en": "Waiting for approval ({count})"},
    "presenter.queue_shown": {"nl": "ook op het scherm", "en": "also on the screen"},
    "presenter.screen.other": {"nl": "tussenscherm", "en": "an in-between screen"},
    "presenter.no_notes": {
        "nl": "Deze kaart heeft geen vraag voor de groep.",
        "en": "This card has no question for the group.",
    },
    "presenter.no_card": {
        "nl": "Nu geen kaart op tafel. De vraag, de timer en de stemmen staan hier bij de volgende kaart.",
        "en": "No card on the table now. The question, the timer and the votes appear here with the next "
        "card.",
    },
    "presenter.options": {"nl": "Keuzes", "en": "Options"},
    "presenter.hidden": {
        "nl": "verborgen voor de zaal (R toont ze)",
        "en": "hidden from the room (R shows them)",
    },
    "presenter.revealed": {"nl": "zichtbaar voor de zaal", "en": "visible to the room"},
    "presenter.timer": {"nl": "Discussietijd", "en": "Discussion"},
    "presenter.timer.ready": {"nl": "nog niet gestart \u2013 T start", "en": "not started \u2013 T starts"},
    "presenter.timer.running": {"nl": "loopt \u2013 T pauzeert", "en": "running \u2013 T pauses"},
    "presenter.timer.paused": {"nl": "gepauzeerd \u2013 T gaat verder", "en": "paused \u2013 T resumes"},
    "presenter.timer.up": {
        "nl": "tijd is om \u2013 T begint opnieuw",
        "en": "time is up \u2013 T starts again",
    },
    "presenter.votes": {"nl": "Stemmen", "en": "Votes"},
    "presenter.votes.closed": {"nl": "niet geopend \u2013 V opent", "en": "not open \u2013 V opens"},
    "presenter.votes.open": {
        "nl": "open \u00b7 {total} in totaal \u2013 Enter besluit bij meerderheid",
        "en": "open \u00b7 {total} in all \u2013 Enter decides by majority",
    },
    "presenter.votes.counted": {"nl": "{total} stemmen geteld", "en": "{total} votes counted"},
    "presenter.votes.tie": {
        "nl": "Gelijkspel: {options} \u2013 jij beslist met het cijfer",
        "en": "Tie: {options} \u2013 you decide with the number",
    },
    "presenter.and": {"nl": "en", "en": "and"},
    "presenter.decision": {"nl": "Besluit: {option}", "en": "Decision: {option}"},
    "presenter.split": {"nl": "Stemmen: {split}", "en": "Votes: {split}"},
    "presenter.keys": {"nl": "Toetsen", "en": "Keys"},
    "reload.done": {"nl": "Scenario herladen", "en": "Scenario reloaded"},
    "reload.partial": {
        "nl": "Scenario herladen \u2013 {kept} van {total} keuzes opnieuw gespeeld. Keuze {next} "
        "(\u2018{card}\u2019) past niet meer; vanaf daar speel je verder.",
        "en": "Scenario reloaded \u2013 {kept} of {total} choices replayed. Choice {next} "
        "(\u2018{card}\u2019) no longer fits; you continue from there.",
    },
    "reload.crashed": {
        "nl": "{path}:1:1: het scenario kan niet worden gelezen ({reason})",
        "en": "{path}:1:1: the scenario cannot be read ({reason})",
    },
    "reload.unloadable": {
        "nl": "{path}:1:1: het scenario kan niet worden geladen",
        "en": "{path}:1:1: the scenario cannot be loaded",
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
    # The debrief report's own words (game/report).
    "report.kicker": {"nl": "Terugblik op de sessie", "en": "Session debrief"},
    "report.game": {"nl": "Digitaal leiderschap", "en": "Digital leadership"},
    "report.group": {"nl": "Groep", "en": "Group"},
    "report.solo": {"nl": "alleen", "en": "solo"},  # (as stats says it)
    "report.date": {"nl": "Datum", "en": "Date"},
    "report.scenario": {"nl": "Scenario", "en": "Scenario"},
    "report.decisions_count": {"nl": "Besluiten", "en": "Decisions"},
    "report.outcome": {"nl": "De uitkomst", "en": "The outcome"},
    "report.outcome.ending": {"nl": "Het spel eindigde voortijdig", "en": "The game ended early"},
    "report.outcome.profile": {
        "nl": "De termijn zit erop \u2013 jullie profiel",
        "en": "Term completed \u2013 your profile",
    },
    "report.outcome.none": {"nl": "De termijn zit erop", "en": "Term completed"},
    "report.outcome.unfinished": {"nl": "Het spel is niet afgemaakt", "en": "The game was not finished"},
    "report.outcome.unfinished_text": {
        "nl": "De sessie stopte in {year}, beurt {turn}. De terugblik toont de besluiten tot dat moment.",
        "en": "The session stopped in {year}, turn {turn}. The debrief shows the decisions up to then.",
    },
    "report.final_meters": {"nl": "Eindstand van de meters", "en": "Final meters"},
    "report.chart": {"nl": "Verloop van de meters", "en": "The meters over time"},
    "report.chart.caption": {
        "nl": "Elke meter na elke beurt; de stippellijnen scheiden de jaren, een sprong op de grens is "
        "het effect van het jaareinde.",
        "en": "Every meter after every turn; dotted lines separate the years, a step at a boundary is "
        "the year-end effect.",
    },
    "report.chart.title": {"nl": "Lijngrafiek van de meters over het spel", "en": "Line chart of the meters"},
    "report.decisions": {"nl": "Alle besluiten", "en": "Every decision"},
    "report.no_decisions": {"nl": "Er zijn geen besluiten genomen.", "en": "No decisions were made."},
    "report.turn": {"nl": "beurt {turn}", "en": "turn {turn}"},
    "report.chosen": {"nl": "Gekozen", "en": "Chosen"},
    "report.votes": {"nl": "Stemmen", "en": "Votes"},
    "report.votes_apart": {
        "nl": "telefoons {phones}, handen {hands}",
        "en": "phones {phones}, hands {hands}",
    },
    "report.tie": {"nl": "gelijkspel, de gespreksleider besliste", "en": "a tie, the facilitator decided"},
    "report.effects": {"nl": "Gevolgen", "en": "Effects"},
    "report.no_effects": {"nl": "geen", "en": "none"},
    "report.feedback": {"nl": "Toelichting", "en": "Feedback"},
    "report.undone": {"nl": "Teruggenomen besluiten", "en": "Decisions taken back"},
    "report.undone.intro": {
        "nl": "Deze besluiten werden genomen en daarna teruggenomen; ze tellen niet mee in de uitkomst.",
        "en": "These decisions were made and then taken back; they do not count in the outcome.",
    },
    "report.themes": {"nl": "Waar ging de aandacht naartoe?", "en": "Where did the attention go?"},
    "report.themes.by_theme": {"nl": "Besluiten per thema", "en": "Decisions by theme"},
    "report.themes.intro": {
        "nl": "Een kaart met meer thema's telt bij elk thema mee.",
        "en": "A card with several themes counts under each of them.",
    },
    "report.themes.theme": {"nl": "Thema", "en": "Theme"},
    "report.themes.count": {"nl": "Aantal", "en": "Count"},
    "report.themes.cards": {"nl": "Kaarten", "en": "Cards"},
    "report.themes.other": {"nl": "Overig (geen thema)", "en": "Other (no theme)"},
    "report.themes.neglected": {"nl": "Niet aan bod gekomen", "en": "Not attended to"},
    "report.themes.all_touched": {"nl": "Elk thema kwam aan bod.", "en": "Every theme came up."},
    "report.triangle": {"nl": "De driehoek van publieke waarde", "en": "The public value triangle"},
    "report.triangle.intro": {
        "nl": "Elk besluit telt bij de hoek(en) van de thema's van zijn kaart: willen (strategie), kunnen "
        "(capaciteit) en mogen (legitimiteit). De stip staat waar de besluiten samen naartoe trokken; "
        "het kruisje is het midden, waar alle hoeken even veel aandacht kregen.",
        "en": "Each decision counts towards the corner(s) of its card's themes: strategy (what we want), "
        "capacity (what we can) and legitimacy (what we may). The dot is where the decisions pulled "
        "together; the cross is the centre, where every corner got equal attention.",
    },
    "report.triangle.intro.options": {
        "nl": "Elke gekozen optie geeft een punt aan de hoek(en) die ze dient: willen (strategie), kunnen "
        "(capaciteit) of mogen (legitimiteit). Schaadt ze een hoek, dan krijgen de twee andere hoeken elk "
        "een half punt: weg van de ene hoek is naar de overkant. De stip staat waar de keuzes samen "
        "naartoe trokken; het kruisje is het midden, waar alle hoeken even zwaar wogen.",
        "en": "Each option chosen gives a point to the corner(s) it serves: strategy (what we want), "
        "capacity (what we can) or legitimacy (what we may). When it harms a corner, the two other "
        "corners get half a point each: away from one corner is toward the opposite side. The dot is "
        "where the choices pulled together; the cross is the centre, where every corner weighed the same.",
    },
    "report.triangle.basis.options": {
        "nl": "De driehoek volgt de opties die je koos.",
        "en": "The triangle follows the options you chose.",
    },
    "report.triangle.basis.options_group": {
        "nl": "De driehoek volgt de opties die jullie kozen.",
        "en": "The triangle follows the options you chose.",
    },
    "report.triangle.basis.themes": {
        "nl": "De driehoek volgt de thema's van de gespeelde kaarten (dit scenario zegt niet welke hoek "
        "een optie dient).",
        "en": "The triangle follows the themes of the cards played (this scenario does not say which "
        "corner an option serves).",
    },
    "report.triangle.points": {"nl": "Punten", "en": "Points"},
    "report.triangle.served": {"nl": "Gediend door", "en": "Served by"},
    "report.triangle.harmed": {"nl": "Geschaad door", "en": "Harmed by"},
    "report.triangle.points_count": {"nl": "{count} punten", "en": "{count} points"},
    "report.triangle.points_one": {"nl": "1 punt", "en": "1 point"},
    "report.triangle.none_options": {
        "nl": "Geen van de gekozen opties dient een hoek van de driehoek.",
        "en": "None of the options chosen serves a corner of the triangle.",
    },
    "report.lines": {"nl": "Grenzen die jullie overschreden", "en": "Lines you crossed"},
    "report.lines.solo": {"nl": "Grenzen die je overschreed", "en": "Lines you crossed"},
    "report.lines.intro": {
        "nl": "Deze keuzes gingen over een grens die de wet of de publieke moraal trekt.",
        "en": "These choices crossed a line drawn by law or public ethics.",
    },
    "report.lines.line": {"nl": "Grens", "en": "Line"},
    "report.lines.card": {"nl": "Kaart", "en": "Card"},
    "report.lines.option": {"nl": "Gekozen optie", "en": "Option chosen"},
    "report.triangle.title": {
        "nl": "Driehoek van publieke waarde met waar de besluiten naartoe trokken",
        "en": "Public value triangle with where the decisions pulled",
    },
    "report.triangle.corner": {"nl": "Hoek", "en": "Corner"},
    "report.triangle.none": {
        "nl": "Geen van de besluiten valt onder een thema met een hoek van de driehoek.",
        "en": "None of the decisions falls under a theme with a corner of the triangle.",
    },
    "report.triangle.count": {"nl": "{count} besluiten", "en": "{count} decisions"},
    "report.triangle.count_one": {"nl": "1 besluit", "en": "1 decision"},
    "report.corner.strategy": {"nl": "Willen (strategie)", "en": "Strategy (what we want)"},
    "report.corner.capacity": {"nl": "Kunnen (capaciteit)", "en": "Capacity (what we can)"},
    "report.corner.legitimacy": {"nl": "Mogen (legitimiteit)", "en": "Legitimacy (what we may)"},
    "report.corner.strategy.short": {"nl": "Willen", "en": "Strategy"},
    "report.corner.capacity.short": {"nl": "Kunnen", "en": "Capacity"},
    "report.corner.legitimacy.short": {"nl": "Mogen", "en": "Legitimacy"},
    "report.corner.unassigned": {"nl": "Zonder hoek", "en": "Unassigned"},
    "report.questions": {"nl": "Vragen voor het gesprek", "en": "Questions for the discussion"},
    "report.questions.intro": {
        "nl": "De vragen bij de gespeelde kaarten, om na te praten of mee te nemen naar een volgend overleg.",
        "en": "The questions of the cards played, to talk over or to take to the next meeting.",
    },
    "report.questions.none": {
        "nl": "De gespeelde kaarten hebben geen vragen.",
        "en": "The cards played have no questions.",
    },
    "report.footer": {
        "nl": "Gemaakt uit het sessielogboek {log} \u00b7 scenario {file} \u00b7 toevalsgetal {seed}",
        "en": "Made from the session log {log} \u00b7 scenario {file} \u00b7 seed {seed}",
    },
    # The report of a session with tables side by side (issue 25).
    "report.tables.kicker": {"nl": "Terugblik: tafels naast elkaar", "en": "Debrief: tables side by side"},
    "report.tables.count": {"nl": "Tafels", "en": "Tables"},
    "report.tables.pace": {"nl": "Tempo", "en": "Pace"},
    "report.tables.pace.rounds": {"nl": "in rondes", "en": "in rounds"},
    "report.tables.pace.free": {"nl": "eigen tempo", "en": "own pace"},
    "report.tables.compared": {"nl": "De tafels vergeleken", "en": "The tables compared"},
    "report.tables.outcomes": {"nl": "Hoe elke tafel eindigde", "en": "How each table ended"},
    "report.tables.table": {"nl": "Tafel", "en": "Table"},
    "report.tables.outcome": {"nl": "Uitkomst", "en": "Outcome"},
    "report.tables.meters": {"nl": "Elke meter, per tafel", "en": "Every meter, per table"},
    "report.tables.meters.caption": {
        "nl": "Eén lijn per tafel, met haar naam en eindstand in de legenda. Een stippellijn is het einde "
        "van een jaar.",
        "en": "One line per table, with its name and final value in the legend. A dotted line is the end "
        "of a year.",
    },
    "report.tables.chart.title": {
        "nl": "Lijngrafiek van {meter} per tafel",
        "en": "Line chart of {meter} per table",
    },
    "report.tables.triangles": {"nl": "De driehoek van elke tafel", "en": "Each table's triangle"},
    "report.tables.differences": {
        "nl": "Waar de tafels anders kozen",
        "en": "Where the tables chose differently",
    },
    "report.tables.differences.intro": {
        "nl": "Per kaart: wat elke tafel koos, de meters direct daarna, en hoe het spel van die tafel "
        "eindigde.",
        "en": "Per card: what each table chose, the meters right after, and how that table's game ended.",
    },
    "report.tables.differences.none": {
        "nl": "Op elke kaart die ze deelden, kozen alle tafels hetzelfde.",
        "en": "On every card they shared, all tables chose the same.",
    },
    "report.tables.after": {"nl": "Meters daarna", "en": "Meters after"},
    "report.tables.own": {"nl": "De besluiten van {name}", "en": "The decisions of {name}"},
    "report.csv.table": {"nl": "tafel", "en": "table"},
    # The CSV's column headings.
    "report.csv.year": {"nl": "jaar", "en": "year"},
    "report.csv.calendar_year": {"nl": "kalenderjaar", "en": "calendar year"},
    "report.csv.turn": {"nl": "beurt", "en": "turn"},
    "report.csv.card": {"nl": "kaart", "en": "card"},
    "report.csv.title": {"nl": "titel", "en": "title"},
    "report.csv.option": {"nl": "optie", "en": "option"},
    "report.csv.label": {"nl": "keuze", "en": "choice"},
    "report.csv.votes": {"nl": "stemmen", "en": "votes"},
    "report.csv.phones": {"nl": "waarvan telefoons", "en": "of which phones"},
    "report.csv.hands": {"nl": "waarvan handen", "en": "of which hands"},
    # The report's debrief (game/report/debrief.py, debrief_page.py).
    "report.debrief": {"nl": "De nabespreking", "en": "The guided debrief"},
    "report.debrief.intro": {
        "nl": "Wat de groep zei en afsprak, zoals de gespreksleider het goedkeurde. Namen staan er niet bij.",
        "en": "What the group said and agreed, as the facilitator approved it. No names are kept.",
    },
    "report.debrief.intro_solo": {
        "nl": "Wat je zelf opschreef in de nabespreking.",
        "en": "What you wrote down yourself in the debrief.",
    },
    "report.debrief.not_reached": {
        "nl": "Deze stap kwam niet aan bod.",
        "en": "This step was not reached.",
    },
    "report.debrief.no_words": {"nl": "Er zijn geen woorden gegeven.", "en": "No words were given."},
    "report.debrief.cloud": {
        "nl": "Woordwolk van de eerste reacties",
        "en": "Word cloud of the first reactions",
    },
    "report.debrief.times": {"nl": "{count} keer genoemd", "en": "said {count} times"},
    "report.debrief.whatif": {
        "nl": "Besproken: wat als bij \u201c{title}\u201d niet \u201c{chosen}\u201d maar "
        "\u201c{option}\u201d was gekozen?",
        "en": "Discussed: what if \u201c{option}\u201d had been chosen on \u201c{title}\u201d instead of "
        "\u201c{chosen}\u201d?",
    },
    "report.debrief.whatif_outcome": {
        "nl": "Die andere weg eindigde met: {title}.",
        "en": "That other road ended with: {title}.",
    },
    "report.debrief.no_aspects": {
        "nl": "De kaarten van dit spel noemen geen aspecten uit het essay.",
        "en": "The cards of this game name no aspects of the essay.",
    },
    "report.debrief.no_answers": {"nl": "Geen antwoorden.", "en": "No answers."},
    "report.debrief.actions": {"nl": "Actielijst van {group}", "en": "Action list of {group}"},
    "report.debrief.actions_unnamed": {"nl": "Actielijst", "en": "Action list"},
    "report.debrief.actions_solo": {"nl": "Mijn acties", "en": "My actions"},
    "report.debrief.support": {"nl": "{count} keer gesteund", "en": "supported {count} times"},
    "report.debrief.no_actions": {
        "nl": "Er is geen voorstel goedgekeurd.",
        "en": "No proposal was approved.",
    },
    "report.debrief.other_proposals": {"nl": "De andere voorstellen", "en": "The other proposals"},
    "report.statements": {"nl": "Voor en na", "en": "Before and after"},
    "report.statements.intro": {
        "nl": "Hoe de stellingen scoorden voor de eerste kaart en na de nabespreking: het aantal mensen per "
        "score van 1 (helemaal oneens) tot 5 (helemaal eens), en het gemiddelde.",
        "en": "How the statements scored before the first card and after the debrief: the number of people "
        "per score from 1 (strongly disagree) to 5 (strongly agree), and the mean.",
    },
    "tables.name": {"nl": "Tafel {number}", "en": "Table {number}"},
    # The window's tables side by side (issue 25): the title's entry, the setup, the room view.
    "title.tables": {"nl": "Tafels naast elkaar", "en": "Tables side by side"},
    "tables.problem": {
        "nl": "De tafels kunnen niet beginnen: {problem}",
        "en": "The tables cannot start: {problem}",
    },
    "tables.setup.heading": {"nl": "Tafels naast elkaar", "en": "Tables side by side"},
    "tables.setup.explain": {
        "nl": "Elke tafel speelt haar eigen spel van dit scenario op een tablet, telefoon of laptop. Het "
        "scherm voor de zaal laat alle tafels naast elkaar zien. Na afloop vergelijk je hun routes.",
        "en": "Every table plays its own game of this scenario on a tablet, phone or laptop. The screen for "
        "the room shows all tables side by side. Afterwards you compare their roads.",
    },
    "tables.setup.pace_explain": {
        "nl": "In rondes krijgen alle tafels samen hun volgende kaart; met E sluit je een ronde af. In eigen "
        "tempo gaat elke tafel door zodra ze heeft gekozen.",
        "en": "In rounds every table gets its next card together; E ends a round. At their own pace each "
        "table goes on as soon as it has chosen.",
    },
    "tables.setup.count": {"nl": "Aantal tafels: {count}", "en": "Number of tables: {count}"},
    "tables.setup.pace": {"nl": "Tempo: {pace}", "en": "Pace: {pace}"},
    "tables.pace.rounds": {"nl": "in rondes", "en": "in rounds"},
    "tables.pace.free": {"nl": "eigen tempo", "en": "own pace"},
    "tables.setup.start": {"nl": "Beginnen", "en": "Start"},
    "tables.setup.resume": {"nl": "Verder met de vorige sessie", "en": "Continue the last session"},
    "tables.setup.resume_which": {
        "nl": "Verder met de sessie van {when} ({tables} tafels, {where})",
        "en": "Continue the session of {when} ({tables} tables, {where})",
    },
    "tables.setup.resume_round": {"nl": "ronde {round}", "en": "round {round}"},
    "tables.setup.day": {"nl": "{day}-{month}", "en": "{day}/{month}"},
    "tables.setup.back": {"nl": "Terug", "en": "Back"},
    "tables.room.round": {
        "nl": "Ronde {round} \u00b7 {clock} \u00b7 {decided} van {total} besloten",
        "en": "Round {round} \u00b7 {clock} \u00b7 {decided} of {total} decided",
    },
    "tables.room.free": {"nl": "Eigen tempo \u00b7 {clock}", "en": "Own pace \u00b7 {clock}"},
    "tables.room.all_ended": {"nl": "Alle tafels zijn klaar", "en": "Every table has finished"},
    "tables.status.voting": {"nl": "Stemt: {cast} van {present}", "en": "Voting: {cast} of {present}"},
    "tables.status.waiting": {"nl": "Niemand aan tafel", "en": "Nobody at the table"},
    "tables.status.tie": {"nl": "Gelijke stand", "en": "A tie"},
    "tables.status.decided": {"nl": "Besloten", "en": "Decided"},
    "tables.status.behind": {"nl": "Loopt achter", "en": "Behind"},
    "tables.status.behind_empty": {"nl": "Loopt achter, tafel leeg", "en": "Behind, table empty"},
    "tables.status.ended": {"nl": "Afgelopen", "en": "Finished"},
    "tables.join.title": {"nl": "Doe mee: scan de code van je tafel", "en": "Join: scan your table's code"},
    "tables.join.devices": {"nl": "Apparaten: {count}", "en": "Devices: {count}"},
    "tables.join.other": {
        "nl": "Geen camera? Open {address} en kies je tafel.",
        "en": "No camera? Open {address} and choose your table.",
    },
    "tables.summary.title": {
        "nl": "Ronde {round}: wat de tafels kozen",
        "en": "Round {round}: what the tables chose",
    },
    "tables.summary.differs": {"nl": "Verschillend", "en": "Different"},
    "tables.summary.same": {"nl": "Gelijk", "en": "Same"},
    "tables.summary.alone": {"nl": "Maar één tafel", "en": "Only one table"},
    "tables.summary.behind": {
        "nl": "Nog geen keuze, loopt achter: {tables}",
        "en": "No choice yet, behind: {tables}",
    },
    "tables.summary.none": {
        "nl": "In deze ronde besliste geen tafel.",
        "en": "No table decided in this round.",
    },
    "tables.presenter.round": {"nl": "Ronde {round}", "en": "Round {round}"},
    "presenter.screen.tables_room": {"nl": "de tafels naast elkaar", "en": "the tables side by side"},
    "help.screen.tables_room": {"nl": "tafels naast elkaar", "en": "tables side by side"},
    "help.screen.tables_setup": {"nl": "tafels instellen", "en": "setting up the tables"},
    "help.k.tables_end": {"nl": "E", "en": "E"},
    "help.d.tables_end": {
        "nl": "de ronde beëindigen (eigen tempo: tafels met stemmen beslissen nu)",
        "en": "end the round (own pace: tables with votes decide now)",
    },
    "help.h.tables_end": {"nl": "E ronde beëindigen", "en": "E end the round"},
    "help.h.tables_decide": {"nl": "E beslissen met de stemmen", "en": "E decide by the votes"},
    "help.k.tables_join": {"nl": "J", "en": "J"},
    "help.d.tables_join": {"nl": "de codes om mee te doen", "en": "the codes to join"},
    "help.h.tables_join": {"nl": "J codes", "en": "J join codes"},
    "help.k.tables_summary": {"nl": "R", "en": "R"},
    "help.d.tables_summary": {
        "nl": "wat de tafels in de vorige ronde kozen",
        "en": "what the tables chose last round",
    },
    "help.h.tables_summary": {"nl": "R vorige ronde", "en": "R last round"},
    "help.k.tables_compare": {"nl": "V", "en": "V"},
    "help.d.tables_compare": {"nl": "de tafels vergelijken", "en": "compare the tables"},
    "help.h.tables_compare": {"nl": "V vergelijken", "en": "V compare"},
    "help.h.tables_compare_enter": {"nl": "Enter, V vergelijken", "en": "Enter, V compare"},
    "help.k.tables_close": {"nl": "Enter", "en": "Enter"},
    "help.d.tables_close": {"nl": "terug naar de tafels", "en": "back to the tables"},
    "help.h.tables_close": {"nl": "Enter tafels", "en": "Enter tables"},
    "help.k.tables_count": {
        "nl": "2\u20138, pijltjes links/rechts",
        "en": "2\u20138, left/right arrows",
    },
    "help.d.tables_count": {"nl": "het aantal tafels", "en": "the number of tables"},
    "help.h.tables_count": {"nl": "2\u20138 tafels", "en": "2\u20138 tables"},
    "help.k.tables_pace": {"nl": "P", "en": "P"},
    "help.d.tables_pace": {"nl": "in rondes of in eigen tempo", "en": "in rounds or at their own pace"},
    "help.h.tables_pace": {"nl": "P tempo", "en": "P pace"},
    "tables.compare.kicker": {"nl": "Tafels vergeleken", "en": "Tables compared"},
    "help.screen.tables_compare": {"nl": "tafels vergeleken", "en": "tables compared"},
    "tables.compare.of": {"nl": "{index} van {count}", "en": "{index} of {count}"},
    "tables.compare.back": {"nl": "Terug", "en": "Back"},
    "tables.compare.tab.meters": {"nl": "Meters", "en": "Meters"},
    "tables.compare.tab.triangles": {"nl": "Driehoeken", "en": "Triangles"},
    "tables.compare.tab.differences": {"nl": "Verschillen", "en": "Differences"},
    "tables.compare.tab.roads": {"nl": "Twee routes", "en": "Two roads"},
    "tables.compare.title.meters": {
        "nl": "De meters van elke tafel, de hele termijn",
        "en": "Every table's meters over the whole term",
    },
    "tables.compare.title.triangles": {
        "nl": "Waar de keuzes van elke tafel heen trokken",
        "en": "Where each table's choices pulled",
    },
    "tables.compare.title.differences": {
        "nl": "Kaarten waarop de tafels anders kozen",
        "en": "Cards on which the tables chose differently",
    },
    "tables.compare.title.roads": {
        "nl": "Twee tafels naast elkaar, keuze na keuze",
        "en": "Two tables side by side, choice by choice",
    },
    "tables.compare.playing": {"nl": "speelt nog", "en": "still playing"},
    "tables.compare.triangle_note": {
        "nl": "Elke driehoek volgt de opties die de tafel koos. De stip ligt bij de hoek waar die keuzes "
        "het meest aan bijdroegen.",
        "en": "Each triangle follows the options the table chose. The dot lies towards the corner those "
        "choices served most.",
    },
    "tables.compare.no_triangle": {
        "nl": "Nog geen keuzes die meetellen.",
        "en": "No choices that count yet.",
    },
    "tables.compare.no_differences": {
        "nl": "Tot nu toe kozen alle tafels op elke kaart die ze allemaal kregen hetzelfde.",
        "en": "So far every table chose the same on each card they all got.",
    },
    "tables.compare.card_of": {"nl": "Verschil {index} van {count}", "en": "Difference {index} of {count}"},
    "tables.compare.after_note": {"nl": "Meters direct na de keuze", "en": "Meters right after the choice"},
    "tables.compare.col_table": {"nl": "Tafel", "en": "Table"},
    "tables.compare.col_option": {"nl": "Gekozen optie", "en": "Option chosen"},
    "tables.compare.col_ending": {"nl": "Einde", "en": "Ending"},
    "tables.compare.not_seen": {"nl": "kreeg deze kaart niet", "en": "did not get this card"},
    "tables.compare.ended_at": {"nl": "Einde: {ending}", "en": "Ending: {ending}"},
    "tables.compare.road_summary": {
        "nl": "{differ} van de {count} keuzes zijn anders",
        "en": "{differ} of the {count} choices differ",
    },
    "tables.compare.road_over": {"nl": "spel afgelopen", "en": "game over"},
    "tables.compare.road_none": {"nl": "Nog geen keuzes gemaakt.", "en": "No choices made yet."},
    "tables.compare.report_writing": {
        "nl": "Het verslag van alle tafels wordt geschreven\u2026",
        "en": "Writing the report of all tables\u2026",
    },
    "help.k.compare_pages": {"nl": "pijltjes links/rechts, 1-4", "en": "left/right arrows, 1-4"},
    "help.d.compare_pages": {
        "nl": "een andere pagina van de vergelijking",
        "en": "another page of the comparison",
    },
    "help.h.compare_pages": {"nl": "Links/rechts of 1-4 pagina", "en": "Left/right or 1-4 page"},
    "help.k.compare_pick": {"nl": "pijltjes op/neer, PgUp, PgDn", "en": "up/down arrows, PgUp, PgDn"},
    "help.d.compare_pick": {
        "nl": "een andere meter, een ander verschil, of door de keuzes scrollen",
        "en": "another meter, another difference, or scroll through the choices",
    },
    "help.h.compare_pick": {"nl": "Op/neer kiezen", "en": "Up/down choose"},
    "help.h.compare_meter": {"nl": "Op/neer andere meter", "en": "Up/down other meter"},
    "help.h.compare_card": {"nl": "Op/neer ander verschil", "en": "Up/down other difference"},
    "help.h.compare_scroll": {"nl": "Op/neer scrollen", "en": "Up/down scroll"},
    "help.k.compare_tables": {"nl": "A, B", "en": "A, B"},
    "help.d.compare_tables": {
        "nl": "een andere tafel links (A) of rechts (B) bij twee routes",
        "en": "another table on the left (A) or right (B) in two roads",
    },
    "help.h.compare_tables": {"nl": "A/B andere tafel", "en": "A/B other table"},
    "help.k.compare_back": {"nl": "Esc, Backspace", "en": "Esc, Backspace"},
    "help.d.compare_back": {"nl": "terug naar de zaal", "en": "back to the room"},
    "help.h.compare_back": {"nl": "Esc terug", "en": "Esc back"},
    "report.statements.before": {"nl": "Voor", "en": "Before"},
    "report.statements.after": {"nl": "Na", "en": "After"},
    "report.statements.mean": {"nl": "gemiddeld {value}", "en": "mean {value}"},
    "report.statements.shift": {"nl": "verschuiving {delta}", "en": "shift {delta}"},
    "report.statements.unscored": {"nl": "niet gescoord", "en": "not scored"},
    "report.statements.axis": {"nl": "gemiddelde", "en": "mean"},
    "report.statements.title": {
        "nl": "Scores voor en na van de stelling: {text}",
        "en": "Scores before and after of the statement: {text}",
    },
}

STRINGS.update(CLI_STRINGS)  # (the command line's words: a key is in one of the two, tests/test_i18n*.py)
STRINGS.update(SIM_STRINGS)  # (the simulator's and stats' words, likewise)
STRINGS.update(SCENARIO_STRINGS)  # (the scenario checks' words, the same way)


def t(key: str, lang: str, **fmt: object) -> str:
    """The UI string `key` in `lang` (falling back to Dutch), with `{name}` fields filled in."""
    entry = STRINGS[key]
    text = entry.get(lang) or entry[DEFAULT_LANGUAGE]
    return text.format(**fmt) if fmt else text


def one_of(names: list[str], lang: str) -> str:
    """A list of choices as the language writes it: 'a', 'a of b', 'a, b of c' ('or' in English)."""
    if len(names) < 2:
        return "".join(names)
    return t("problem.or", lang, first=", ".join(names[:-1]), last=names[-1])


def counted(count: int, noun: str, lang: str) -> str:
    """'1 kaart', '3 kaarten', '3 cards': a count with its noun ('card', 'problem': the count.* keys)."""
    return t(f"count.{noun}.{'one' if count == 1 else 'many'}", lang, count=count)


def year_label(calendar_year: int | None, year: int, lang: str, capital: bool = True) -> str:
    """How a year of the term is shown: its calendar year ("2027"), or "Jaar 1" / "Year 1" when the
    scenario has no start_year (`capital` False: "jaar 1" inside a sentence)."""
    if calendar_year is not None:
        return str(calendar_year)
    label = t("year.label", lang, year=year)
    return label[:1].upper() + label[1:] if capital else label


def playable_languages(scenario_languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages L cycles through: the scenario's own that the window speaks, if at least two."""
    shared = tuple(lang for lang in scenario_languages if lang in LANGUAGES)
    return shared if len(shared) >= 2 else LANGUAGES


def next_language(current: str, available: tuple[str, ...] = LANGUAGES) -> str:
    """The language after `current` in `available`, wrapping around."""
    if current not in available:
        return available[0]
    return available[(available.index(current) + 1) % len(available)]
