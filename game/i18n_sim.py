"""The balance simulator's words (its targets, warnings and report), those of `stats` and the tables' errors,
Dutch first."""

from __future__ import annotations

# A policy's name (random, greedy:budget, bookkeeper, weigher) and an id stay as they are in both languages:
# they are what `--json` and the scenario file say.
SIM_STRINGS: dict[str, dict[str, str]] = {
    "balance.kind.ending": {"nl": "einde", "en": "ending"},
    "balance.kind.profile": {"nl": "profiel", "en": "profile"},
    "balance.corner.strategy": {"nl": "willen", "en": "strategy"},
    "balance.corner.capacity": {"nl": "kunnen", "en": "capacity"},
    "balance.corner.legitimacy": {"nl": "mogen", "en": "legitimacy"},
    "balance.random_completion": {
        "nl": "random speelt de termijn uit in {share} van de spellen (doel: {low} tot en met {high})",
        "en": "random completes the term in {share} of runs (target: {low} to {high})",
    },
    "balance.completion_at_most": {
        "nl": "{policy} speelt de termijn uit in {share} van de spellen (doel: hooguit {most})",
        "en": "{policy} completes the term in {share} of runs (target: at most {most})",
    },
    "balance.completion_at_least": {
        "nl": "{policy} speelt de termijn uit in {share} van de spellen (doel: minstens {least})",
        "en": "{policy} completes the term in {share} of runs (target: at least {least})",
    },
    "balance.top_at_most": {
        "nl": "{policy} krijgt het bovenste profiel '{top}' in {share} van de spellen (doel: hooguit {most})",
        "en": "{policy} gets the top profile '{top}' in {share} of runs (target: at most {most})",
    },
    "balance.top_at_least": {
        "nl": "{policy} krijgt het bovenste profiel '{top}' in {share} van de spellen "
        "(doel: minstens {least})",
        "en": "{policy} gets the top profile '{top}' in {share} of runs (target: at least {least})",
    },
    "balance.red_line.crossed": {
        "nl": "het bovenste profiel '{top}' gaat naar spellen die een rode lijn overschreden: {crossed} "
        "(doel: nooit)",
        "en": "the top profile '{top}' goes to games that crossed a red line: {crossed} (target: never)",
    },
    "balance.red_line.policy": {
        "nl": "{policy} in {count} van zijn spellen",
        "en": "{policy} in {count} of its runs",
    },
    "balance.red_line.none": {
        "nl": "het bovenste profiel '{top}' gaat naar geen enkel spel dat een rode lijn overschreed "
        "(bij alle spelers)",
        "en": "the top profile '{top}' goes to no game that crossed a red line (any policy)",
    },
    "balance.outcomes.missed": {
        "nl": "door geen speler bereikt in minstens {minimum} van zijn spellen: {missed}",
        "en": "reached by no policy in at least {minimum} of its runs: {missed}",
    },
    "balance.outcomes.best": {
        "nl": "{kind} '{id}' (hooguit {share}, door {policy})",
        "en": "{kind} '{id}' (at most {share}, by {policy})",
    },
    "balance.outcomes.never": {"nl": "{kind} '{id}' (nooit)", "en": "{kind} '{id}' (never)"},
    "balance.outcomes.all": {
        "nl": "elk einde en elk profiel wordt door een speler bereikt in minstens {minimum} van zijn spellen "
        "({count} van {count})",
        "en": "every ending and profile is reached by some policy in at least {minimum} of its runs "
        "({count} of {count})",
    },
    "balance.triangle": {
        "nl": "{policy} trekt naar {corner}: {mine}, {other} (doel: meer dan random)",
        "en": "{policy} pulls toward {corner}: {mine}, {other} (target: more than random)",
    },
    "balance.triangle.mine": {"nl": "{share} van zijn driehoek", "en": "{share} of its triangle"},
    "balance.triangle.mine_none": {
        "nl": "geen van zijn spellen trok naar een hoek",
        "en": "none of its games pulled a corner",
    },
    "balance.triangle.random": {"nl": "random {share}", "en": "random {share}"},
    "balance.triangle.random_none": {
        "nl": "random: geen van zijn spellen trok naar een hoek",
        "en": "random: none of its games pulled a corner",
    },
    "balance.endings.missed": {
        "nl": "eindes die geen speler bereikt: {missed}",
        "en": "endings reached by no policy: {missed}",
    },
    "balance.endings.none": {
        "nl": "geen eindes: het spel stopt nooit vóór het einde van de termijn; voeg eindes toe (zie "
        "validate)",
        "en": "no endings: the game never stops before the end of the term; add endings (see validate)",
    },
    "balance.endings.all": {
        "nl": "elk einde wordt door een speler bereikt ({count} van {count})",
        "en": "every ending is reached by some policy ({count} of {count})",
    },
    "balance.deck.none": {
        "nl": "geen kaarten in de stapel: elke kaart ligt vast of is een vervolgkaart",
        "en": "no deck cards: every card is fixed or a follow-up",
    },
    "balance.deck.rare": {
        "nl": "kaarten uit de stapel die in minder dan {minimum} van de willekeurige spellen "
        "voorbijkomen: {listed}",
        "en": "deck cards seen in under {minimum} of random runs: {listed}",
    },
    "balance.deck.card": {"nl": "{card} ({share})", "en": "{card} ({share})"},
    "balance.deck.all": {
        "nl": "elke kaart uit de stapel komt in minstens {minimum} van de willekeurige spellen voorbij "
        "(de zeldzaamste: {rarest}, {share})",
        "en": "every deck card is seen in at least {minimum} of random runs (rarest: {rarest}, {share})",
    },
    "balance.warn.no_corner": {
        "nl": "waarschuwing: geen meter noemt zijn hoek, dus de driehoeken van de gretige spelers worden "
        "niet vergeleken",
        "en": "warning: no meter names its corner, so the greedy policies' triangles are not compared",
    },
    "balance.warn.check": {"nl": "waarschuwing: {check}", "en": "warning: {check}"},
    "balance.warn.rare": {
        "nl": "waarschuwing: {kind} '{id}' wordt {shown} bereikt (onder {minimum}){most}",
        "en": "warning: {kind} '{id}' is reached {shown} (under {minimum}){most}",
    },
    "balance.warn.rare.only": {
        "nl": "in maar {share} van de willekeurige spellen",
        "en": "in only {share} of random games",
    },
    "balance.warn.rare.none": {"nl": "in geen enkel willekeurig spel", "en": "in no random game"},
    "balance.warn.rare.most": {
        "nl": "; {policy} haalt het in {share}",
        "en": "; {policy} reaches it in {share}",
    },
    "balance.warn.profile_unreached": {
        "nl": "waarschuwing: profiel '{id}' wordt door geen speler bereikt",
        "en": "warning: profile '{id}' is reached by no policy",
    },
    "balance.warn.profile_unreached.unpulled": {
        "nl": "waarschuwing: profiel '{id}' wordt door geen speler bereikt (balance is altijd 0, want geen "
        "keuze heeft 'serves' of 'harms')",
        "en": "warning: profile '{id}' is reached by no policy (balance is always 0, since no option has "
        "'serves' or 'harms')",
    },
    "balance.warn.profile_unreached.missed": {
        "nl": "waarschuwing: profiel '{id}' wordt door geen speler bereikt (balance is altijd 0, want geen "
        "keuze trekt naar {corners}; {fix})",
        "en": "warning: profile '{id}' is reached by no policy (balance is always 0, since no option pulls "
        "towards {corners}; {fix})",
    },
    "balance.corners.one": {"nl": "de hoek {corner}", "en": "the corner {corner}"},
    "balance.corners.many": {"nl": "de hoeken {first} en {last}", "en": "the corners {first} and {last}"},
    "balance.corners.fix.one": {
        "nl": "zet {corner} in de 'serves' van een keuze",
        "en": "put {corner} in the 'serves' of an option",
    },
    "balance.corners.fix.many": {
        "nl": "zet elk van die hoeken in de 'serves' van een keuze",
        "en": "put each of those corners in the 'serves' of an option",
    },
    "balance.warn.card_unseen": {
        "nl": "waarschuwing: kaart '{id}' komt bij geen speler voorbij",
        "en": "warning: card '{id}' is seen by no policy",
    },
    "cli.sim.title": {"nl": "Simulatie van {title} ({file})", "en": "Simulation of {title} ({file})"},
    "cli.sim.runs": {
        "nl": "{runs} spellen per speler, toevalsgetal {seed}: {games} spellen in {seconds} s "
        "({speed} spellen per seconde)",
        "en": "{runs} runs per policy, seed {seed}: {games} games in {seconds} s ({speed} games per second)",
    },
    "cli.sim.size": {
        "nl": "{years} x {turns} beurten = {total} beurten, {cards}, {policies}",
        "en": "{years} x {turns} turns = {total} turns, {cards}, {policies}",
    },
    "cli.sim.policies": {"nl": "Spelers", "en": "Policies"},
    "cli.sim.policy.random": {"nl": "een willekeurige keuze", "en": "any option, at random"},
    "cli.sim.policy.greedy": {
        "nl": "altijd de keuze die het beste is voor {meter}",
        "en": "always the option best for {meter}",
    },
    "cli.sim.policy.bookkeeper": {
        "nl": "ziet elk effect, houdt zijn laagste meter het hoogst, blind voor waarden",
        "en": "sees every effect, keeps its lowest meter highest, blind to values",
    },
    "cli.sim.policy.weigher": {
        "nl": "houdt de meters uit de gevarenzone, brengt de driehoek in balans, gaat over geen rode lijn",
        "en": "keeps meters out of danger, balances the triangle, crosses no red line",
    },
    "cli.sim.outcomes": {"nl": "Uitkomsten (deel van de spellen)", "en": "Outcomes (share of runs)"},
    "cli.sim.completed": {"nl": "termijn uitgespeeld", "en": "term completed"},
    "cli.sim.ending": {"nl": "einde {id}", "en": "ending {id}"},
    "cli.sim.profile": {"nl": "profiel {id}", "en": "profile {id}"},
    "cli.sim.no_profile": {"nl": "uitgespeeld, geen profiel", "en": "completed, no profile"},
    "cli.sim.end_turn": {
        "nl": "gemiddelde laatste beurt (van {total})",
        "en": "average end turn (of {total})",
    },
    "cli.sim.lines_per_run": {"nl": "rode lijnen overschreden per spel", "en": "red lines crossed per run"},
    "cli.sim.runs_with_line": {"nl": "spellen met een rode lijn", "en": "runs with a red line"},
    "cli.sim.corner": {"nl": "driehoek: {corner}", "en": "triangle: {corner}"},
    "cli.sim.triangle_note": {
        "nl": "  driehoek: het gemiddelde aandeel van elke hoek in de driehoeken van de spellen, "
        "naar {basis}",
        "en": "  triangle: each corner's mean share of the games' triangles, by {basis}",
    },
    "cli.sim.basis.options": {"nl": "de gemaakte keuzes", "en": "the options chosen"},
    "cli.sim.basis.themes": {
        "nl": "de thema's van de gespeelde kaarten",
        "en": "the themes of the cards played",
    },
    "cli.sim.meters": {
        "nl": "Meters aan het eind van elk jaar (n = spellen die het haalden)",
        "en": "Meters at the end of each year (n = runs that reached it)",
    },
    "cli.sim.column.policy": {"nl": "speler", "en": "policy"},
    "cli.sim.column.year": {"nl": "jaar", "en": "year"},
    "cli.sim.column.meter": {"nl": "meter", "en": "meter"},
    "cli.sim.column.median": {"nl": "mediaan", "en": "median"},
    "cli.sim.column.card": {"nl": "kaart", "en": "card"},
    "cli.sim.column.option": {"nl": "keuze", "en": "option"},  # (the number, as in the report and stats)
    "cli.sim.cards_seen": {"nl": "Kaarten gezien (deel van de spellen)", "en": "Cards seen (share of runs)"},
    "cli.sim.options_chosen": {"nl": "Keuzes (aantal keer)", "en": "Options chosen (times)"},
    "cli.sim.never_seen": {
        "nl": "Kaarten die nooit voorbijkwamen (bij geen speler)",
        "en": "Cards never seen (by any policy)",
    },
    "cli.sim.none_seen": {"nl": "  (geen)", "en": "  (none)"},
    "cli.sim.target.met": {"nl": "ok", "en": "ok"},
    "cli.sim.target.missed": {"nl": "mist", "en": "MISS"},
    "cli.sim.balance": {
        "nl": "Balans (doelen voor een termijn die balans leert)",
        "en": "Balance (targets for a term that teaches balance)",
    },
    "cli.sim.warnings": {"nl": "Waarschuwingen", "en": "Warnings"},
    "cli.sim.no_warnings": {"nl": "  geen", "en": "  none"},
    "cli.sim.figures_written": {"nl": "cijfers geschreven naar {path}", "en": "figures written to {path}"},
    "cli.sim.chart_written": {"nl": "grafiek geschreven naar {path}", "en": "chart written to {path}"},
    "cli.sim.misses": {"nl": "{path}: mist {count}", "en": "{path}: misses {count}"},
    "cli.sim.meets": {"nl": "{path}: haalt alle {count}{warned}", "en": "{path}: meets all {count}{warned}"},
    "cli.sim.warned": {"nl": "; {count} hierboven", "en": "; {count} above"},
    "count.year.one": {"nl": "{count} jaar", "en": "{count} year"},
    "count.year.many": {"nl": "{count} jaar", "en": "{count} years"},
    "count.policy.one": {"nl": "{count} speler", "en": "{count} policy"},
    "count.policy.many": {"nl": "{count} spelers", "en": "{count} policies"},
    "count.balance_target.one": {"nl": "{count} balansdoel", "en": "{count} balance target"},
    "count.balance_target.many": {"nl": "{count} balansdoelen", "en": "{count} balance targets"},
    "cli.stats.title": {
        "nl": "Sessies van scenario '{id}'{title}",
        "en": "Sessions of scenario '{id}'{title}",
    },
    "cli.stats.counts": {
        "nl": "{sessions}: {group_sessions}, {solo} alleen; {groups}{names}; {when}",
        "en": "{sessions}: {group_sessions}, {solo} solo; {groups}{names}; {when}",
    },
    "cli.stats.no_dates": {"nl": "datums onbekend", "en": "dates unknown"},
    "cli.stats.one_date": {"nl": "gespeeld op {date}", "en": "played on {date}"},
    "cli.stats.dates": {
        "nl": "gespeeld van {first} tot en met {last} ({days})",
        "en": "played from {first} to {last} ({days})",
    },
    "cli.stats.versions": {
        "nl": "let op: gespeeld op {count} versies van het scenariobestand",
        "en": "note: played on {count} versions of the scenario file",
    },
    "cli.stats.not_finished": {"nl": "niet afgemaakt", "en": "not finished"},
    "cli.stats.outcomes": {"nl": "Uitkomsten (sessies)", "en": "Outcomes (sessions)"},
    "cli.stats.column.outcome": {"nl": "uitkomst", "en": "outcome"},
    "cli.stats.column.sessions": {"nl": "sessies", "en": "sessions"},
    "cli.stats.column.share": {"nl": "aandeel", "en": "share"},
    "cli.stats.column.label": {"nl": "label", "en": "label"},
    "cli.stats.column.chosen": {"nl": "gekozen", "en": "chosen"},
    "cli.stats.column.voted": {"nl": "gestemd", "en": "voted"},
    "cli.stats.column.avg_votes": {"nl": "gem. stemmen", "en": "avg votes"},
    "cli.stats.column.avg_share": {"nl": "gem. aandeel stemmen", "en": "avg vote share"},
    "cli.stats.column.by_phone": {"nl": "waarvan per telefoon", "en": "of which by phone"},
    "cli.stats.column.statement": {"nl": "stelling", "en": "statement"},
    "cli.stats.column.text": {"nl": "tekst", "en": "text"},
    "cli.stats.column.before": {"nl": "voor", "en": "before"},
    "cli.stats.column.after": {"nl": "na", "en": "after"},
    "cli.stats.column.shift": {"nl": "verschil", "en": "shift"},
    "cli.stats.triangle": {
        "nl": "Driehoek van publieke waarde (gemiddelde over {sessions}; volgt {follows})",
        "en": "Public value triangle (mean over {sessions}; follows {follows})",
    },
    "cli.stats.no_decision": {"nl": "  geen besluit geteld", "en": "  no decision counted"},
    "cli.stats.corner.strategy": {"nl": "willen", "en": "strategy (willen)"},
    "cli.stats.corner.capacity": {"nl": "kunnen", "en": "capacity (kunnen)"},
    "cli.stats.corner.legitimacy": {"nl": "mogen", "en": "legitimacy (mogen)"},
    "cli.stats.red_lines": {
        "nl": "Rode lijnen overschreden: in {sessions} van {count}{crossed}",
        "en": "Red lines crossed: in {sessions} of {count}{crossed}",
    },
    "cli.stats.options": {
        "nl": "Keuzes per kaart (alleen besluiten die bleven staan, niet de teruggenomen; bij een\n"
        "stemming: het gemiddelde aantal stemmen en het gemiddelde aandeel van de stemmen)",
        "en": "Options chosen per card (final decisions, undone ones left out; votes over the decisions\n"
        "voted on: the average number of votes and the average share of the votes)",
    },
    "cli.stats.of": {"nl": "{part} van {whole}", "en": "{part} of {whole}"},
    "cli.stats.shifts": {
        "nl": "Stellingen voor en na (score 1 = helemaal oneens, 5 = helemaal eens)\n"
        "voor: de gemiddelde score vóór de eerste kaart; na: na de nabespreking; verschil: na min voor.\n"
        "Elke sessie telt even zwaar. Sessies: hoeveel sessies de stelling voor en na scoorden, van alle\n"
        "sessies die haar scoorden.",
        "en": "Statements before and after (scores 1 = strongly disagree .. 5 = strongly agree; the mean "
        "over\n"
        "the sessions that scored a statement before the first card and after the debrief, of each\n"
        "session's mean score, each session weighing the same; sessions: those of the sessions scoring it)",
    },
    "cli.stats.csv_written": {
        "nl": "de scores van de stellingen voor en na (CSV, UTF-8 met BOM, gescheiden door ';') "
        "geschreven naar {path}",
        "en": "statement shifts (CSV, UTF-8 with BOM, ';'-separated) written to {path}",
    },
    "count.session.one": {"nl": "{count} sessie", "en": "{count} session"},
    "count.session.many": {"nl": "{count} sessies", "en": "{count} sessions"},
    "count.group_session.one": {"nl": "{count} groepssessie", "en": "{count} group session"},
    "count.group_session.many": {"nl": "{count} groepssessies", "en": "{count} group sessions"},
    "count.group.one": {"nl": "{count} groep", "en": "{count} group"},
    "count.group.many": {"nl": "{count} groepen", "en": "{count} groups"},
    "count.day.one": {"nl": "{count} dag", "en": "{count} day"},
    "count.day.many": {"nl": "{count} dagen", "en": "{count} days"},
    "log.tables.not_tables": {
        "nl": "{path}: dit is niet het logboek van een sessie met tafels",
        "en": "{path}: not the log of a session with tables",
    },
    "log.tables.header": {
        "nl": "{path}:1: het aantal tafels ({tables}) of het tempo ({pace}) in de kop is niet geldig",
        "en": "{path}:1: the header's tables ({tables}) or pace ({pace}) is not valid",
    },
    "log.tables.restore": {"nl": "{path}: {reason}", "en": "{path}: {reason}"},
    "log.tables.damaged_event": {
        "nl": "gebeurtenis {number}: een beschadigde gebeurtenis van de tafels ({what})",
        "en": "event {number}: a damaged tables event ({what})",
    },
    "log.tables.lacks": {"nl": "{name} ontbreekt", "en": "it lacks {name}"},
    "log.tables.differs": {
        "nl": "tafel {table}: het nagespeelde spel wijkt af van het logboek",
        "en": "table {table}: the replayed game differs from the log",
    },
    "log.tables.no_table": {
        "nl": "{path}: gebeurtenis {number} ({kind}): hoort bij geen van de {tables} tafels (tafel {table})",
        "en": "{path}: event {number} ({kind}): belongs to no table of the {tables} (table {table})",
    },
    "cli.tables.no_network": {
        "nl": "deze computer heeft geen netwerk voor de apparaten van de tafels; verbind hem met het netwerk "
        "van de zaal, of geef --host 127.0.0.1 om alleen te oefenen",
        "en": "this computer has no network for the tables' devices; connect it to the room's network, "
        "or pass --host 127.0.0.1 to rehearse alone",
    },
    "cli.tables.resume_needs_log": {
        "nl": "noem het sessielogboek om een sessie met tafels verder te spelen",
        "en": "to resume a session with tables, name its session log",
    },
    "cli.tables.all_finished": {
        "nl": "{path}: elke tafel van deze sessie is klaar; er is niets om verder te spelen",
        "en": "{path}: every table of this session has finished; nothing to resume",
    },
    "cli.tables.log_exists": {
        "nl": "{path}: dit sessielogboek bestaat al; kies een ander bestand",
        "en": "{path}: the session log exists already; choose another file",
    },
    "cli.tables.cannot_write_log": {
        "nl": "{path}: kan het sessielogboek niet schrijven ({reason})",
        "en": "{path}: cannot write the session log ({reason})",
    },
    "log.stats.undo": {
        "nl": "{path}: spelgebeurtenis {number}: een besluit terugnemen, maar er is geen besluit om terug te "
        "nemen",
        "en": "{path}: game event {number}: an undo without a decision to take back",
    },
    "log.stats.names_no": {
        "nl": "{path}: de gebeurtenis {kind} noemt geen {kind}",
        "en": "{path}: the {kind} event names no {kind}",
    },
    "cli.stats.no_logs": {
        "nl": "geen sessielogboeken om samen te vatten",
        "en": "no session logs to summarise",
    },
    "cli.stats.option_not_in": {
        "nl": "{path}: keuze {option} van kaart {card} staat niet in {scenario}; het scenario is "
        "veranderd sinds deze sessie",
        "en": "{path}: option {option} of card {card} is not in {scenario}; the scenario changed since "
        "this session",
    },
    "cli.stats.scenarios": {
        "nl": "de logboeken zijn van {count} verschillende scenario's ({parts}); vat één scenario "
        "tegelijk samen",
        "en": "the logs are of {count} different scenarios ({parts}); summarise one scenario at a time",
    },
    "cli.stats.other_scenario": {
        "nl": "de logboeken zijn van scenario '{logged}', niet van '{given}' ({source})",
        "en": "the logs are of scenario '{logged}', not '{given}' ({source})",
    },
    "cli.stats.scenario_given": {"nl": "het opgegeven scenario", "en": "the scenario given"},
    "log.stats.choice": {
        "nl": "{path}: spelgebeurtenis {number} is een besluit zonder kaart, of zonder keuze 1 tot en met "
        "{most}",
        "en": "{path}: game event {number} is a decision without a card, or without an option from 1 "
        "to {most}",
    },
    "cli.sim.chart.title": {
        "nl": "{title} \u2014 {runs} spellen per speler, toevalsgetal {seed}",
        "en": "{title} \u2014 {runs} runs per policy, seed {seed}",
    },
    "cli.sim.chart.subtitle": {
        "nl": "mediaan (lijn) en p10-p90 (band) van elke meter na elke beurt, over de spellen die nog lopen",
        "en": "median (line) and p10-p90 (band) of each meter after every turn, over the runs still playing",
    },
    "cli.sim.chart.completes": {"nl": "{policy}: {share} uitgespeeld", "en": "{policy}: completes {share}"},
}
