"""The command line's own words (its errors, argparse's, the usage), Dutch first with complete English."""

from __future__ import annotations

CLI_STRINGS: dict[str, dict[str, str]] = {
    "cli.description": {
        "nl": "Digitaal leiderschap: een kaartspel met dilemma's over digitaal leiderschap in gemeenten.",
        "en": "Digitaal leiderschap: a dilemma card game about digital leadership in municipalities.",
    },
    "cli.help.lang": {
        "nl": "taal van de meldingen: nl of en (standaard: die van het systeem, anders nl)",
        "en": "language of the messages: nl or en (default: the system's, else nl)",
    },
    "cli.error": {"nl": "fout: {message}", "en": "error: {message}"},
    "cli.listen.in_use": {
        "nl": "poort {port} op {host} is al in gebruik; start met een andere --port",
        "en": "port {port} on {host} is already in use; start with another --port",
    },
    # A server that did not start (game/phones/server.py ThreadedServer.start; rare)
    "cli.server.name.any": {"nl": "de server", "en": "the server"},
    "cli.server.name.phones": {"nl": "de telefoonserver", "en": "the phone server"},
    "cli.server.name.tables": {"nl": "de tafelserver", "en": "the tables' server"},
    "cli.server.late": {"nl": "{server} is niet op tijd gestart", "en": "{server} did not start in time"},
    "cli.server.no_port": {
        "nl": "{server} zei niet op welke poort hij luistert",
        "en": "{server} did not say which port it listens on",
    },
    "cli.server.failed": {
        "nl": "{server} kon niet starten ({reason})",
        "en": "{server} could not start ({reason})",
    },
    "cli.listen.not_here": {
        "nl": "{host} is geen adres van deze computer",
        "en": "{host} is not an address of this computer",
    },
    "cli.listen.failed": {
        "nl": "kan de server niet starten op {host}:{port} ({reason})",
        "en": "could not listen on {host}:{port} ({reason})",
    },
    "cli.usage_error": {"nl": "{prog}: fout: {message}", "en": "{prog}: error: {message}"},
    "cli.unrecognized": {"nl": "onbekende argumenten: {words}", "en": "unrecognized arguments: {words}"},
    "cli.did_you_mean": {"nl": "bedoelde je '{name}'?", "en": "did you mean '{name}'?"},
    "cli.option_of": {
        "nl": "'{option}' hoort bij {commands}, niet bij {command}",
        "en": "'{option}' belongs to {commands}, not to {command}",
    },
    "cli.value.size": {
        "nl": "'{text}' is geen venstergrootte zoals 1280x720",
        "en": "'{text}' is not a size like 1280x720",
    },
    "cli.value.size_range": {
        "nl": "{size} ligt niet tussen 640x360 en 7680x4320",
        "en": "{size} is not between 640x360 and 7680x4320",
    },
    "cli.value.sizes": {
        "nl": "'{text}' is geen lijst van venstergroottes zoals 1280x720,1920x1080",
        "en": "'{text}' is not a list of sizes like 1280x720,1920x1080",
    },
    "cli.value.choices": {
        "nl": "'{text}' is geen lijst van keuzenummers zoals 1,2,1",
        "en": "'{text}' is not a list of option numbers like 1,2,1",
    },
    "cli.value.one_of": {
        "nl": "'{value}' kan hier niet; kies uit {choices}",
        "en": "'{value}' is not allowed here; choose from {choices}",
    },
    "cli.value.command": {
        "nl": "'{value}' is geen opdracht; kies uit {choices}",
        "en": "'{value}' is not a command; choose from {choices}",
    },
    "cli.value.whole": {"nl": "'{text}' is geen heel getal", "en": "'{text}' is not a whole number"},
    "cli.value.timer": {
        "nl": "'{text}' is geen aantal seconden van 10 tot en met 3600",
        "en": "'{text}' is not a number of seconds from 10 to 3600",
    },
    "cli.value.workers": {
        "nl": "'{text}' is geen aantal processen van 1 tot en met 256",
        "en": "'{text}' is not a number of worker processes from 1 to 256",
    },
    "cli.value.runs": {
        "nl": "'{text}' is geen aantal spellen van 1 tot en met 1000000",
        "en": "'{text}' is not a number of runs from 1 to 1000000",
    },
    "cli.value.port": {
        "nl": "'{text}' is geen poortnummer van 0 tot en met 65535",
        "en": "'{text}' is not a port number from 0 to 65535",
    },
    "cli.value.host": {
        "nl": "'{text}' is geen IP-adres zoals 192.168.1.20",
        "en": "'{text}' is not an IP address such as 192.168.1.20",
    },
    "cli.value.tables": {
        "nl": "'{text}' is geen aantal tafels van 2 tot en met 8",
        "en": "'{text}' is not a number of tables from 2 to 8",
    },
    "cli.value.vote_seconds": {
        "nl": "'{text}' is geen aantal seconden van 0 tot en met 3600",
        "en": "'{text}' is not a number of seconds from 0 to 3600",
    },
    "cli.crash.written": {
        "nl": "fout: er ging iets mis in het spel; de details staan in {path}",
        "en": "error: something went wrong inside the game; details were written to {path}",
    },
    "cli.crash.unwritten": {
        "nl": "fout: er ging iets mis in het spel ({detail})",
        "en": "error: something went wrong inside the game ({detail})",
    },
    "cli.no_details": {"nl": "geen details", "en": "no details"},
    "cli.no_scenario_file": {
        "nl": "{path}: dit scenariobestand bestaat niet",
        "en": "{path}: no such scenario file",
    },
    "cli.no_file": {"nl": "{path}: dit bestand bestaat niet", "en": "{path}: no such file"},
    "cli.no_session_log": {
        "nl": "{path}: dit sessielogboek bestaat niet",
        "en": "{path}: no such session log",
    },
    "cli.no_log_to_resume": {
        "nl": "{path}: dit sessielogboek om verder te spelen bestaat niet",
        "en": "{path}: no such session log to resume",
    },
    "cli.phones_need_group": {
        "nl": "--phones hoort bij --group: telefoons stemmen in een groepssessie",
        "en": "--phones needs --group: phones vote in a group session",
    },
    "cli.debrief_needs": {
        "nl": (
            "--debrief oefent de nabespreking met telefoons, zonder venster: het hoort bij --headless "
            "--group --phones. In het venster opent het eindscherm de nabespreking"
        ),
        "en": (
            "--debrief rehearses the debrief with phones and no window: it needs --headless --group --phones "
            "(in the window the end screen opens the debrief)"
        ),
    },
    "cli.headless_only": {
        "nl": "--auto, --choices, --log, --report en --screenshots horen bij --headless",
        "en": "--auto, --choices, --log, --report and --screenshots need --headless",
    },
    "cli.pace_needs_tables": {
        "nl": "--pace zet het tempo van tafels naast elkaar: het hoort bij --tables N",
        "en": "--pace sets the pace of tables side by side: it needs --tables N",
    },
    "cli.tables_alone": {
        "nl": (
            "--tables is een eigen soort sessie: elke tafel speelt een eigen spel op eigen apparaten. "
            "Laat --group en --phones weg"
        ),
        "en": (
            "--tables is a session of its own kind (each table plays its own game on its own devices): "
            "leave out --group and --phones"
        ),
    },
    "cli.tables_choose": {
        "nl": "met --tables kiezen de apparaten van elke tafel: laat --auto, --choices en --screenshots weg",
        "en": "with --tables each table's devices choose: leave out --auto, --choices and --screenshots",
    },
    "cli.language_unknown": {
        "nl": "taal '{code}' kent het spel niet; kies uit {choices}",
        "en": "language '{code}' is not one of {choices}",
    },
    "cli.language_not_in_scenario": {
        "nl": "taal '{code}' staat niet in dit scenario; kies uit {choices}",
        "en": "language '{code}' is not in this scenario; choose from {choices}",
    },
    "cli.no_network": {
        "nl": "deze computer heeft geen netwerk voor telefoons; geef --host 127.0.0.1 om alleen te oefenen",
        "en": "this computer has no network for phones; pass --host 127.0.0.1 to rehearse alone",
    },
    "cli.cannot_write": {"nl": "kan {path} niet schrijven: {reason}", "en": "cannot write {path}: {reason}"},
    "cli.exists": {
        "nl": "{path} bestaat al; kies een andere naam",
        "en": "{path} already exists; choose another name",
    },
    "cli.report.over_log": {
        "nl": "{path}: het verslag zou het sessielogboek overschrijven; kies een andere naam",
        "en": "{path}: the report would overwrite the session log; choose another name",
    },
    "cli.report.same_names": {
        "nl": "{path}: het HTML-verslag en de CSV hebben elk een eigen naam nodig",
        "en": "{path}: the HTML report and the CSV need different names",
    },
    "cli.new.years": {
        "nl": "--years moet 1 tot en met {most} zijn, niet {years}",
        "en": "--years must be between 1 and {most}, not {years}",
    },
    "cli.new.exists": {
        "nl": "{path} bestaat al; kies een andere naam (deze opdracht overschrijft nooit een bestand)",
        "en": "{path} already exists; choose another name (this command never overwrites a file)",
    },
    "cli.new.no_language": {
        "nl": "--lang vraagt om minstens één taalcode, zoals nl of nl,en",
        "en": "--lang needs at least one language code, like nl or nl,en",
    },
    "cli.new.not_a_code": {
        "nl": "'{code}' is geen taalcode; gebruik een korte code zoals nl of en",
        "en": "'{code}' is not a language code; use a short code like nl or en",
    },
    "cli.new.twice": {
        "nl": "een taal staat twee keer in --lang",
        "en": "a language is listed twice in --lang",
    },
    "cli.new.written": {"nl": "{path}: nieuw scenario geschreven", "en": "{path}: new scenario written"},
    "cli.new.written_workbook": {
        "nl": "{path}: nieuw scenario geschreven als werkboek; de uitleg staat op het blad 'Uitleg'",
        "en": "{path}: new scenario written as a workbook; the explanation is on the sheet 'Uitleg'",
    },
    "cli.new.untranslated": {
        "nl": "{code}: deze taal heeft nog geen teksten; de Engelse tekst staat er met '[{code}]' ervoor; "
        "vertaal die",
        "en": "{code}: this language has no texts yet; the English text is there with '[{code}]' before "
        "it; translate that",
    },
    "cli.new.suffix": {
        "nl": "{path}: kies een naam die eindigt op .yaml of .yml (YAML-bestand), of op .xlsx of .ods "
        "(werkboek)",
        "en": "{path}: choose a name ending in .yaml or .yml (a YAML file), or .xlsx or .ods (a workbook)",
    },
    "cli.new.check": {"nl": "Controleer het met:  {command}", "en": "Check it with:  {command}"},
    "cli.new.play": {"nl": "Speel het met:  {command}", "en": "Play it with:  {command}"},
    "cli.workbook.suffix": {
        "nl": "{path}: een werkboek eindigt op .xlsx of .ods",
        "en": "{path}: a workbook ends in .xlsx or .ods",
    },
    "cli.workbook.yaml_suffix": {
        "nl": "{path}: een scenariobestand eindigt op .yaml",
        "en": "{path}: a scenario file ends in .yaml",
    },
    "cli.workbook.already_yaml": {
        "nl": "{name} is al YAML; import leest een werkboek (.xlsx of .ods)",
        "en": "{name} is YAML already; import reads a workbook (.xlsx or .ods)",
    },
    "cli.workbook.cannot_write": {
        "nl": "{path}: kan het werkboek niet schrijven ({reason})",
        "en": "{path}: cannot write the workbook ({reason})",
    },
    "cli.workbook.exists": {
        "nl": "{path} bestaat al; voeg --force toe om het te overschrijven",
        "en": "{path} exists already; add --force to overwrite it",
    },
    "cli.workbook.itself": {
        "nl": "{path}: dit bestand kan zichzelf niet overschrijven; kies voor --to een andere naam",
        "en": "{path}: the file cannot overwrite itself; choose another name for --to",
    },
    "cli.workbook.nothing_written": {
        "nl": "{path}: {problems}; niets geschreven",
        "en": "{path}: {problems}; nothing written",
    },
    "cli.workbook.exported": {
        "nl": "{source} geschreven naar {target}: {cards} kaarten op het blad 'Kaarten', "
        "hun keuzes op 'Opties'",
        "en": "{source} written to {target}: {cards} cards on the sheet 'Kaarten', their options on 'Opties'",
    },
    "cli.workbook.imported": {
        "nl": "{source} geschreven naar {target}",
        "en": "{source} written to {target}",
    },
    "cli.workbook.imported_comment": {
        "nl": "# Overgenomen uit {name} ({program} import).",
        "en": "# Imported from {name} ({program} import).",
    },
    "cli.headless.needs_choices": {
        "nl": "--headless vraagt om --auto of --choices 1,2,...",
        "en": "--headless needs --auto or --choices 1,2,...",
    },
    # play --headless --choices that do not fit (game/core/playthrough.py)
    "playthrough.out_of_choices": {
        "nl": "de nummers van --choices zijn op in jaar {year}, beurt {turn} (kaart '{card}'); geef meer "
        "nummers of voeg "
        "--auto toe",
        "en": "ran out of choices in year {year}, turn {turn} (card '{card}'); give more choices or add "
        "--auto",
    },
    "playthrough.invalid_choice": {
        "nl": "keuze {number} bestaat niet bij kaart '{card}' in jaar {year}, beurt {turn}: die heeft "
        "{options} keuzes",
        "en": "option {number} does not exist for card '{card}' in year {year}, turn {turn}: it has "
        "{options} options",
    },
    # play --headless's summary and the tables rehearsal's (headless.py, tables.py)
    "cli.headless.summary.title": {"nl": "{title} (toevalsgetal {seed})", "en": "{title} (seed {seed})"},
    "cli.headless.summary.ending": {"nl": "einde: {id} - {title}", "en": "ending: {id} - {title}"},
    "cli.headless.summary.when": {"nl": "jaar {year}, beurt {turn}", "en": "year {year}, turn {turn}"},
    "cli.headless.summary.profile": {"nl": "profiel: {id} - {title}", "en": "profile: {id} - {title}"},
    "cli.headless.summary.completed": {
        "nl": "termijn uitgespeeld, geen profiel past",
        "en": "term completed, no profile matched",
    },
    "cli.headless.summary.decisions": {"nl": "besluiten: {count}", "en": "decisions: {count}"},
    "cli.headless.screenshots": {
        "nl": "{count} schermafbeeldingen in {folder}",
        "en": "{count} screenshots in {folder}",
    },
    "cli.tables.summary.title": {
        "nl": "{title} (toevalsgetal {seed}, {tables} tafels)",
        "en": "{title} (seed {seed}, {tables} tables)",
    },
    "cli.tables.summary.ending": {"nl": "einde: {id} - {title}", "en": "ending: {id} - {title}"},
    "cli.tables.summary.profile": {"nl": "profiel: {id} - {title}", "en": "profile: {id} - {title}"},
    "cli.tables.summary.decisions": {"nl": "{count} besluiten", "en": "{count} decisions"},
    "cli.headless.log_exists": {
        "nl": "{path}: het sessielogboek bestaat al; kies een ander --session-log",
        "en": "{path}: the session log exists already; choose another --session-log",
    },
    "cli.headless.log_unwritable": {
        "nl": "{path}: kan het sessielogboek niet schrijven ({reason})",
        "en": "{path}: cannot write the session log ({reason})",
    },
    "log.unreadable": {
        "nl": "{path}: kan het sessielogboek niet lezen: {reason}",
        "en": "{path}: cannot read the session log: {reason}",
    },
    "log.not_a_file": {
        "nl": "{path}: dit is geen gewoon bestand (maar bijvoorbeeld een apparaat); niet gelezen",
        "en": "{path}: not a regular file (a pipe or a device?); not read",
    },
    "log.too_large": {
        "nl": "{path}: groter dan {megabytes} MB, en zo groot wordt een sessielogboek nooit; niet gelezen",
        "en": "{path}: larger than {megabytes} MB, larger than a session log ever grows; not read",
    },
    "log.no_header": {
        "nl": "{path}:1: geen sessielogboek (de eerste regel is geen sessiekop)",
        "en": "{path}:1: not a session log (the first line is not a session header)",
    },
    "log.format": {
        "nl": "{path}:1: dit spel kent logboekformaat {found} niet (wel: {expected})",
        "en": "{path}:1: log format {found} is not supported (expected {expected})",
    },
    "log.header_lacks": {
        "nl": "{path}:1: de sessiekop mist {missing}",
        "en": "{path}:1: the session header lacks {missing}",
    },
    "log.seed": {
        "nl": "{path}:1: het toevalsgetal (seed) in de sessiekop is geen heel getal",
        "en": "{path}:1: the session header has a seed that is not a whole number",
    },
    "log.game_json_named": {
        "nl": "{path}: dit is de JSON van een spel (play --log), niet het sessielogboek; geef {log}",
        "en": "{path}: this is a game's JSON (play --log), not its session log; pass {log}",
    },
    "log.game_json": {
        "nl": "{path}: dit is de JSON van een spel (play --log), niet het sessielogboek; "
        "geef het sessielogboek dat dat spel schreef",
        "en": "{path}: this is a game's JSON (play --log), not its session log; "
        "pass the session log that game wrote",
    },
    "log.not_json": {"nl": "{path}:{line}: geen JSON-regel", "en": "{path}:{line}: not a JSON line"},
    "log.not_event": {"nl": "{path}:{line}: geen gebeurtenis", "en": "{path}:{line}: not an event"},
    "log.damaged": {
        "nl": "{path}: {where}: het besluit is beschadigd (keuze {option}, stemmen {votes})",
        "en": "{path}: {where}: the decision is damaged (option {option}, votes {votes})",
    },
    "log.other_scenario": {
        "nl": "{path}: het logboek is van scenario '{logged}', niet van '{given}'",
        "en": "{path}: the log is of scenario '{logged}', not '{given}'",
    },
    "log.stopped": {
        "nl": "{path}: het naspelen stopte bij {where}: {reason}",
        "en": "{path}: replay stopped at {where}: {reason}",
    },
    "log.undo": {
        "nl": "{path}: {where}: een besluit terugnemen, maar er is geen besluit om terug te nemen",
        "en": "{path}: {where}: an undo without a decision to take back",
    },
    "log.differs": {
        "nl": "{path}: spelgebeurtenis {number} verschilt: het logboek heeft {logged}, het naspelen {got}",
        "en": "{path}: game event {number} differs: the log has {logged}, the replay {got}",
    },
    "log.longer": {
        "nl": "{path}: het logboek heeft {logged} spelgebeurtenissen, het naspelen maar {got}",
        "en": "{path}: the log has {logged} game events, the replay only {got}",
    },
    "log.where": {
        "nl": "jaar {year}, beurt {turn} ({kind})",
        "en": "year {year}, turn {turn} ({kind})",
    },
    "log.no_scenario_file": {
        "nl": "{path}: het logboek noemt geen scenariobestand; geef er een met --scenario",
        "en": "{path}: the log names no scenario file; give one with --scenario",
    },
    "log.scenario_missing": {
        "nl": "{path}: het scenariobestand {file} is er niet; geef het met --scenario",
        "en": "{path}: the scenario file {file} is not there; give it with --scenario",
    },
    "cli.replay.different": {"nl": "anders: {reason}", "en": "different: {reason}"},
    "cli.replay.different_table": {"nl": "anders: {table}: {reason}", "en": "different: {table}: {reason}"},
    "cli.replay.different_room": {
        "nl": "anders: de gebeurtenissen in de zaal: {reason}",
        "en": "different: the room's events: {reason}",
    },
    "cli.replay.identical": {
        "nl": "{path}: gelijk aan het logboek \u2014 {decisions}, {events}; uitkomst: {outcome}; {meters}",
        "en": "{path}: identical \u2014 {decisions}, {events}; outcome: {outcome}; {meters}",
    },
    "cli.replay.table_identical": {
        "nl": "{table}: gelijk aan het logboek \u2014 {decisions}, {events}; uitkomst: {outcome}",
        "en": "{table}: identical \u2014 {decisions}, {events}; outcome: {outcome}",
    },
    "cli.replay.not_finished": {"nl": "niet uitgespeeld", "en": "not finished"},
    "cli.replay.completed": {"nl": "termijn uitgespeeld", "en": "term completed"},
    "cli.replay.tables_identical": {
        "nl": "alle {count} tafels eindigen zoals in het logboek ({done})",
        "en": "all {count} tables end as logged ({done})",
    },
    "cli.replay.finished": {"nl": "afgelopen", "en": "finished"},
    "cli.replay.stopped_in_round": {"nl": "gestopt in ronde {round}", "en": "stopped in round {round}"},
    "cli.replay.changed": {
        "nl": "let op: {path} is gewijzigd sinds deze sessie werd gespeeld; het naspelen gebruikt het "
        "bestand zoals het nu is",
        "en": "note: {path} changed since this session was played; replaying on the file as it is now",
    },
    "cli.report.changed": {
        "nl": "let op: {path} is gewijzigd sinds deze sessie werd gespeeld; het verslag volgt het bestand "
        "zoals het nu is",
        "en": "note: {path} changed since this session was played; the report follows the file as it is now",
    },
    "cli.report.written": {"nl": "verslag geschreven naar {path}", "en": "report written to {path}"},
    "cli.report.csv_written": {
        "nl": "besluiten (CSV, UTF-8 met BOM, gescheiden door ';') geschreven naar {path}",
        "en": "decisions (CSV, UTF-8 with BOM, ';'-separated) written to {path}",
    },
    "cli.report.tables_written": {
        "nl": "verslag van {count} tafels geschreven naar {path}",
        "en": "report of {count} tables written to {path}",
    },
    "cli.report.tables_csv_written": {
        "nl": "de besluiten van elke tafel (CSV, UTF-8 met BOM, gescheiden door ';') geschreven naar {path}",
        "en": "every table's decisions (CSV, UTF-8 with BOM, ';'-separated) written to {path}",
    },
    "count.decision.one": {"nl": "{count} besluit", "en": "{count} decision"},
    "count.decision.many": {"nl": "{count} besluiten", "en": "{count} decisions"},
    "count.event.one": {"nl": "{count} spelgebeurtenis", "en": "{count} game event"},
    "count.event.many": {"nl": "{count} spelgebeurtenissen", "en": "{count} game events"},
    "count.problem.one": {"nl": "{count} probleem", "en": "{count} problem"},
    "count.problem.many": {"nl": "{count} problemen", "en": "{count} problems"},
    "count.error.one": {"nl": "{count} fout", "en": "{count} error"},
    "count.error.many": {"nl": "{count} fouten", "en": "{count} errors"},
    "count.warning.one": {"nl": "{count} waarschuwing", "en": "{count} warning"},
    "count.warning.many": {"nl": "{count} waarschuwingen", "en": "{count} warnings"},
    "count.card.one": {"nl": "{count} kaart", "en": "{count} card"},
    "count.card.many": {"nl": "{count} kaarten", "en": "{count} cards"},
    "count.option.one": {"nl": "{count} keuze", "en": "{count} option"},
    "count.option.many": {"nl": "{count} keuzes", "en": "{count} options"},
    "count.target.one": {"nl": "{count} doel", "en": "{count} target"},
    "count.target.many": {"nl": "{count} doelen", "en": "{count} targets"},
    "count.game.one": {"nl": "{count} spel", "en": "{count} game"},
    "count.game.many": {"nl": "{count} spellen", "en": "{count} games"},
}
