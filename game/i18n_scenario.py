"""The scenario checks' words (validate, watch, import, export): every problem in Dutch and English."""

from __future__ import annotations

SCENARIO_STRINGS: dict[str, dict[str, str]] = {
    # Framing: the warning mark, the fold line, a scenario that cannot be used, the summary lines
    "problem.warning_prefix": {"nl": "waarschuwing: ", "en": "warning: "},
    "problem.follow.one": {
        "nl": "en {count} probleem dat daaruit volgt",
        "en": "and {count} problem that follows from it",
    },
    "problem.follow.many": {
        "nl": "en {count} problemen die daaruit volgen",
        "en": "and {count} problems that follow from it",
    },
    "problem.more_checks": {
        "nl": "Meer controles volgen als de fouten weg zijn.",
        "en": "More checks follow once the errors are fixed.",
    },
    "problem.invalid": {"nl": "{problems} in het scenario:", "en": "{problems} in the scenario:"},
    "problem.summary.failed": {"nl": "{path}: {counts}", "en": "{path}: {counts}"},
    "problem.summary.ok": {
        "nl": "{path}: ok \u2014 {cards}, {options}; woorden: {words}",
        "en": "{path}: ok \u2014 {cards}, {options}; words: {words}",
    },
    "problem.summary.ok_warned": {
        "nl": "{path}: ok met {warnings} \u2014 {cards}, {options}; woorden: {words}",
        "en": "{path}: ok with {warnings} \u2014 {cards}, {options}; words: {words}",
    },
    "problem.watch.invalid": {
        "nl": "{path}: {errors}, {warnings}; niet gesimuleerd",
        "en": "{path}: {errors}, {warnings}; not simulated",
    },
    "problem.watch.valid": {
        "nl": "{path}: ok met {warnings}; balans: {met} van {targets} doelen gehaald ({games} per speler)",
        "en": "{path}: ok with {warnings}; balance {met} of {targets} targets met ({games} per policy)",
    },
    "problem.watch.never_seen": {"nl": "kaarten die nooit komen: {cards}", "en": "cards never seen: {cards}"},
    "problem.watch.watching": {
        "nl": "ik houd {path} in de gaten (Ctrl+C stopt)",
        "en": "watching {path} (Ctrl+C stops)",
    },
    # Words inside a message
    "problem.hint.meant": {"nl": "; bedoelde je '{name}'?", "en": "; did you mean '{name}'?"},
    "problem.hint.quotes": {
        "nl": "; haal de aanhalingstekens rond het getal weg",
        "en": "; remove the quotes around the number",
    },
    "problem.hint.subtraction": {
        "nl": "; voorwaarden noemen het, en daarin leest '{value}' als een aftreksom: schrijf '{better}'",
        "en": "; conditions name it, where '{value}' would read as a subtraction: write '{better}'",
    },
    "problem.and": {"nl": "{first} en {last}", "en": "{first} and {last}"},
    "problem.a_block": {"nl": "een blok regels 'sleutel: waarde'", "en": "a block of 'key: value' lines"},
    "problem.a_list": {"nl": "een lijst", "en": "a list"},
    "problem.a_bool": {"nl": "'{value}' (waar/onwaar)", "en": "'{value}' (true/false)"},
    "problem.a_whole_number": {
        "nl": "een heel getal zijn, zoals {example}",
        "en": "a whole number, like {example}",
    },
    "problem.a_number": {"nl": "een getal zijn, zoals {example}", "en": "a number, like {example}"},
    "problem.first.cell": {"nl": "in {cell}", "en": "in {cell}"},
    "problem.first.line": {"nl": "op regel {line}", "en": "on line {line}"},
    # The shape of a value (nodes.py)
    "problem.bool_text": {
        "nl": "'{word}' zonder aanhalingstekens betekent in YAML waar/onwaar, geen tekst; "
        'zet het tussen aanhalingstekens: "{word}"',
        "en": "'{word}' without quotes means true/false in YAML, not text; write it in quotes: \"{word}\"",
    },
    "problem.key_plain": {
        "nl": "een sleutel moet een gewoon woord zijn met ':' erachter",
        "en": "a key must be a plain word followed by ':'",
    },
    "problem.must_block": {
        "nl": "{what} moet een blok regels 'sleutel: waarde' zijn, niet {given}",
        "en": "{what} must be a block of 'key: value' lines, not {given}",
    },
    "problem.key_elsewhere": {
        "nl": "'{word}' hoort niet in {what}; {hint}",
        "en": "'{word}' does not belong in {what}; {hint}",
    },
    "problem.unknown_key": {
        "nl": "onbekende sleutel '{word}' in {what}{hint}",
        "en": "unknown key '{word}' in {what}{hint}",
    },
    "problem.missing_keys": {"nl": "{what} mist {keys}", "en": "{what} is missing {keys}"},
    "problem.yaml_tag": {
        "nl": "de YAML-tag '{tag}' mag niet in een scenariobestand",
        "en": "the YAML tag '{tag}' is not allowed in a scenario file",
    },
    "problem.empty_list": {
        "nl": "{what} is leeg, maar moet een lijst zijn, zoals {example}",
        "en": "{what} is empty, but must be a list, like {example}",
    },
    "problem.must_list": {
        "nl": "{what} moet een lijst zijn, zoals {example}, niet {given}",
        "en": "{what} must be a list, like {example}, not {given}",
    },
    "problem.empty": {"nl": "{what} is leeg", "en": "{what} is empty"},
    "problem.must_word": {
        "nl": "{what} moet één woord of tekst zijn, niet {given}",
        "en": "{what} must be a single word or text, not {given}",
    },
    "problem.identifier": {
        "nl": "{what} '{value}' mag alleen letters, cijfers en '_' bevatten, en mag niet met een cijfer "
        "beginnen{why}",
        "en": "{what} '{value}' may only contain letters, digits and '_', "
        "and may not start with a digit{why}",
    },
    "problem.label": {
        "nl": "{what} '{value}' mag alleen letters, cijfers, '_' en '-' bevatten, en moet met een letter "
        "beginnen",
        "en": "{what} '{value}' may only contain letters, digits, '_' and '-', and must start with a letter",
    },
    "problem.range": {
        "nl": "{what} moet -{max} tot en met {max} zijn, niet {given}",
        "en": "{what} must be between -{max} and {max}, not {given}",
    },
    "problem.empty_must": {
        "nl": "{what} is leeg, maar moet {expected}",  # ({expected} says 'zijn' before its example)
        "en": "{what} is empty, but must be {expected}",
    },
    "problem.must": {
        "nl": "{what} moet {expected}, niet {given}{hint}",
        "en": "{what} must be {expected}, not {given}{hint}",
    },
    "problem.must_bool": {
        "nl": "{what} moet true of false zijn, niet {given}",
        "en": "{what} must be true or false, not {given}",
    },
    "problem.key_twice": {
        "nl": "de sleutel '{word}' staat twee keer in hetzelfde blok (de eerste keer: {first}); "
        "YAML zou stilletjes alleen de laatste houden",
        "en": "the key '{word}' appears twice in the same block (first {first}); "
        "YAML would silently keep only the last one",
    },
    "problem.defined_twice": {
        "nl": "{noun} '{word}' staat er twee keer (de eerste keer: {first})",
        "en": "{noun} '{word}' is defined twice (first {first})",
    },
    # Files (source.py, the workbook's load.py, limits.py)
    "problem.file.not_found": {"nl": "dit bestand bestaat niet", "en": "file not found"},
    "problem.file.folder": {
        "nl": "dit is een map, geen scenariobestand",
        "en": "this is a folder, not a scenario file",
    },
    "problem.file.folder_workbook": {
        "nl": "dit is een map, geen werkboek",
        "en": "this is a folder, not a workbook",
    },
    "problem.file.unreadable": {
        "nl": "het bestand kan niet gelezen worden: {reason}",
        "en": "cannot read the file: {reason}",
    },
    "problem.file.not_utf8": {
        "nl": "het bestand is geen UTF-8-tekst (byte {byte} is onleesbaar); sla het in je teksteditor op "
        "als UTF-8",
        "en": "the file is not UTF-8 text (byte {byte} cannot be read); save it as UTF-8 in your text editor",
    },
    "problem.file.empty": {
        "nl": "het bestand is leeg; een scenario begint met 'format: 1'",
        "en": "the file is empty; a scenario starts with 'format: 1'",
    },
    "problem.file.too_large": {
        "nl": "het bestand is te groot ({size} MB); een scenariobestand mag hooguit {limit} MB zijn",
        "en": "the file is too large ({size} MB); a scenario file may be at most {limit} MB",
    },
    "problem.file.workbook_size": {
        "nl": "het werkboek is te groot ({size} MB); een werkboek mag hooguit {limit} MB zijn",
        "en": "the workbook is too large ({size} MB); a workbook may be at most {limit} MB",
    },
    # Why a file is no workbook the game can read (workbook/archive.py, cells.py WorkbookUnreadable)
    "problem.workbook.save_again": {
        "nl": "open het in Excel of LibreOffice en sla het opnieuw op als .xlsx of .ods",
        "en": "open it in Excel or LibreOffice and save it again as .xlsx or .ods",
    },
    "problem.workbook.empty": {"nl": "het bestand is leeg", "en": "the file is empty"},
    "problem.workbook.password": {
        "nl": "het bestand heeft een wachtwoord, of is een oud Excel-bestand (.xls); haal het wachtwoord "
        "weg, of sla het op als .xlsx of .ods",
        "en": "the file is password protected, or an old Excel file (.xls); remove the password, or save "
        "it as .xlsx or .ods",
    },
    "problem.workbook.not_zip": {
        "nl": "het bestand is geen .xlsx of .ods (geen zip, of een beschadigde); {again}",
        "en": "the file is not an .xlsx or .ods file (not a zip, or a damaged one); {again}",
    },
    "problem.workbook.other_document": {
        "nl": "dit is een ander OpenDocument-bestand ({mimetype}), geen spreadsheet",
        "en": "this is another OpenDocument file ({mimetype}), not a spreadsheet",
    },
    "problem.workbook.no_spreadsheet_zip": {
        "nl": "de zip bevat geen spreadsheet (geen xl/workbook.xml of content.xml); {again}",
        "en": "the zip holds no spreadsheet (no xl/workbook.xml or content.xml); {again}",
    },
    "problem.workbook.parts": {
        "nl": "de zip heeft {count} delen; een werkboek heeft er hooguit {most}",
        "en": "the zip has {count:,} parts; a workbook has at most {most:,}",
    },
    "problem.workbook.too_large": {
        "nl": "het werkboek pakt uit tot {size} MB; een werkboek mag uitgepakt hooguit {most} MB zijn",
        "en": "the workbook unpacks to {size} MB; a workbook may unpack to at most {most} MB",
    },
    "problem.workbook.bomb": {
        "nl": "het deel {part} pakt uit van {packed} tot {size} bytes: meer dan {ratio} keer zo groot, veel "
        "meer dan bij een echt werkboek (een zipbom)",
        "en": "the part {part} unpacks from {packed:,} to {size:,} bytes: over {ratio} times its packed "
        "size, far more than any real workbook (a zip bomb)",
    },
    "problem.workbook.merged": {
        "nl": "{part} voegt {cells} cellen samen tot één ({shown}); maak ze weer los: elke waarde heeft "
        "een eigen cel nodig",
        "en": "{part} merges {cells:,} cells into one ({shown}); unmerge them: every value needs a cell of "
        "its own",
    },
    "problem.workbook.part_packed": {
        "nl": "het deel {part} kan niet worden uitgepakt ({error})",
        "en": "the part {part} cannot be unpacked ({error})",
    },
    "problem.workbook.part_xml": {
        "nl": "{part} is geen goed gevormde XML ({error})",
        "en": "{part} is not well-formed XML ({error})",
    },
    "problem.workbook.damaged_part": {
        "nl": "het werkboek is beschadigd: {found}; {again}",
        "en": "the workbook is damaged: {found}; {again}",
    },
    "problem.workbook.damaged": {
        "nl": "het werkboek is beschadigd ({said}); {again}",
        "en": "the workbook is damaged ({said}); {again}",
    },
    "problem.workbook.kind.xlsx": {"nl": "een Excel-werkboek (.xlsx)", "en": "an Excel workbook (.xlsx)"},
    "problem.workbook.kind.ods": {
        "nl": "een OpenDocument-spreadsheet (.ods)",
        "en": "an OpenDocument spreadsheet (.ods)",
    },
    "problem.workbook.renamed": {
        "nl": "dit is {kind} met de naam {name}; geef het een naam die eindigt op {suffix}",
        "en": "this is {kind} with the name {name}; rename it to end in {suffix}",
    },
    "problem.workbook.no_spreadsheet": {
        "nl": "het bestand bevat geen spreadsheet; {again}",
        "en": "the file holds no spreadsheet; {again}",
    },
    "problem.workbook.nested": {
        "nl": "content.xml heeft te veel lagen in elkaar om te lezen; {again}",
        "en": "content.xml nests its elements too deeply to be read; {again}",
    },
    "problem.workbook.repeats": {
        "nl": "het blad '{sheet}' is beschadigd: een rij of cel herhaalt zich '{value}' keer; {again}",
        "en": "the sheet '{sheet}' is damaged: a row or cell repeats '{value}' times; {again}",
    },
    "problem.file.not_workbook": {
        "nl": "dit kan niet als werkboek gelezen worden: {reason}",
        "en": "cannot read this as a workbook: {reason}",
    },
    # YAML's syntax (source.py; PyYAML's own words stay as PyYAML says them)
    "problem.yaml.aliases": {
        "nl": "YAML-ankers en -aliassen ('&naam', '*naam') mogen niet in een scenariobestand; schrijf de "
        "tekst of het blok helemaal uit (een tekst die met '&' of '*' begint, moet tussen aanhalingstekens)",
        "en": "YAML anchors and aliases ('&name', '*name') are not allowed in a scenario file; "
        "write the text or block out in full (a text that starts with '&' or '*' must be in quotes)",
    },
    "problem.yaml.depth": {
        "nl": "blokken en lijsten zijn hier meer dan {depth} niveaus diep genest; een scenario heeft "
        "hooguit 7 niveaus nodig (controleer de haakjes en het inspringen)",
        "en": "blocks and lists are nested more than {depth} levels deep here; "
        "a scenario needs at most 7 levels (check the brackets and the indentation)",
    },
    "problem.yaml.tab_indent": {
        "nl": "hier springt een tab in; YAML staat alleen spaties toe, dus vervang de tab door spaties",
        "en": "a tab is used for indentation here; YAML only allows spaces, so replace the tab with spaces",
    },
    "problem.yaml.tab": {
        "nl": "een tab hier brengt YAML in de war; vervang hem door spaties",
        "en": "a tab character here confuses YAML; replace it with spaces",
    },
    "problem.yaml.quote": {
        "nl": "dit aanhalingsteken wordt nooit gesloten; zet het sluitende aanhalingsteken aan het eind "
        "van de tekst",
        "en": "this quote is never closed; add the closing quote at the end of the text",
    },
    "problem.yaml.unreadable": {
        "nl": "het bestand kan niet als YAML gelezen worden",
        "en": "the file cannot be read as YAML",
    },
    "problem.yaml.unreadable_because": {
        "nl": "het bestand kan niet als YAML gelezen worden: {reason}",
        "en": "the file cannot be read as YAML: {reason}",
    },
    "problem.yaml.character": {
        "nl": "het teken {code} mag niet in een YAML-bestand (een stuurteken of een beschadigd teken); "
        "verwijder het, of typ de tekst eromheen opnieuw",
        "en": "the character {code} is not allowed in a YAML file (a control character or "
        "a damaged one); delete it, or retype the text around it",
    },
    "problem.yaml.opened": {"nl": " (geopend op regel {line})", "en": " (opened on line {line})"},
    "problem.yaml.colon": {
        "nl": "onverwachte ':' hier; staat er in een tekst een dubbele punt met een spatie erachter, "
        "zet dan de hele tekst tussen aanhalingstekens",
        "en": "unexpected ':' here; if a text contains a colon followed by a space, "
        "put the whole text in quotes",
    },
    "problem.yaml.no_colon": {
        "nl": "een regel hierboven heeft geen ':' na zijn sleutel, of een tekst gaat verder op een regel "
        "die niet inspringt",
        "en": "a line above has no ':' after its key, or a text continues on a line that is not indented",
    },
    "problem.yaml.after_quote": {
        "nl": "onverwachte tekst na een tekst tussen aanhalingstekens; zet de hele tekst binnen de "
        "aanhalingstekens",
        "en": "unexpected text after a quoted text; put the whole text inside the quotes",
    },
    "problem.yaml.indent": {
        "nl": "het inspringen hier sluit niet aan op de regels erboven; gebruik hetzelfde aantal spaties",
        "en": "the indentation here does not line up with the lines above it; use the same number of spaces",
    },
    "problem.yaml.block_open": {
        "nl": "een blok {{ }} is niet gesloten met '}}' of mist een ',' tussen zijn delen{opened}",
        "en": "a {{ }} block is not closed with '}}' or lacks a ',' between its entries{opened}",
    },
    "problem.yaml.list_open": {
        "nl": "een lijst [ ] is niet gesloten met ']' of mist een ',' tussen zijn items{opened}",
        "en": "a [ ] list is not closed with ']' or lacks a ',' between its items{opened}",
    },
    "problem.yaml.start": {
        "nl": "een tekst kan niet met {character} beginnen, behalve tussen aanhalingstekens; zet de hele "
        "tekst tussen aanhalingstekens",
        "en": "a text cannot start with {character} unless it is in quotes; put the whole text in quotes",
    },
    "problem.yaml.start_this": {
        "nl": "een tekst kan niet met dit teken beginnen, behalve tussen aanhalingstekens; zet de hele "
        "tekst tussen aanhalingstekens",
        "en": "a text cannot start with 'this character' unless it is in quotes; "
        "put the whole text in quotes",
    },
    "problem.yaml.alias": {
        "nl": "een '*' begint een verwijzing naar een anker '&' dat niet bestaat; zet de tekst tussen "
        "aanhalingstekens",
        "en": "a '*' starts a reference to an '&' anchor that does not exist; put the text in quotes",
    },
    "problem.yaml.anchor": {
        "nl": "deze ankernaam '&' wordt al eerder in het bestand gebruikt",
        "en": "this '&' anchor name is already used earlier in the file",
    },
    "problem.yaml.document": {
        "nl": "hier begint een tweede deel ('---'); een scenariobestand heeft maar één deel",
        "en": "a second part starts here ('---'); a scenario file has only one part",
    },
    "problem.yaml.escape": {
        "nl": "tussen dubbele aanhalingstekens begint een backslash een speciale code; schrijf \\\\ voor "
        "een backslash of gebruik enkele aanhalingstekens",
        "en": "inside double quotes a backslash starts a special code; "
        "write \\\\ for a backslash or use single quotes",
    },
    "problem.yaml.open_end": {
        "nl": "het bestand houdt op terwijl er nog iets open staat{opened}",
        "en": "the file ends while something is still open{opened}",
    },
    "problem.yaml.other": {
        "nl": "dit is geen geldige YAML: {problem}",
        "en": "this is not valid YAML: {problem}",
    },
    # A workbook's sheets, columns, rows and cells (workbook/tree.py, cells.py)
    "problem.sheet.missing": {
        "nl": "het blad '{name}' ontbreekt{hint}",
        "en": "the sheet '{name}' is missing{hint}",
    },
    "problem.sheet.unknown": {"nl": "onbekend blad '{name}'{hint}", "en": "unknown sheet '{name}'{hint}"},
    "problem.column.not_text": {
        "nl": "een kolomnaam moet tekst zijn, zoals 'id'",
        "en": "a column name must be text, like 'id'",
    },
    "problem.column.twice": {
        "nl": "de kolom '{name}' staat er twee keer (eerst in {first})",
        "en": "the column '{name}' appears twice (first in {first})",
    },
    "problem.column.unknown": {
        "nl": "onbekende kolom '{name}' in blad '{sheet}'{hint}",
        "en": "unknown column '{name}' in sheet '{sheet}'{hint}",
    },
    "problem.column.missing": {
        "nl": "het blad '{sheet}' heeft geen kolom '{name}'{hint}",
        "en": "the sheet '{sheet}' has no column '{name}'{hint}",
    },
    "problem.column.no_meter": {
        "nl": "de kolom '{name}' is geen meter en geen vaste kolom van dit blad; geef een effectkolom de id "
        "van een meter als naam, of haal de kolom weg{hint}",
        "en": "the column '{name}' is neither a meter nor a known column of this sheet; name an effect "
        "column after a meter's id, or remove the column{hint}",
    },
    "problem.column.the": {"nl": "de kolom '{name}'", "en": "the column '{name}'"},
    "problem.column.effect": {"nl": "de effectkolom '{name}'", "en": "the effect column '{name}'"},
    "problem.hint.meters": {"nl": "; de meters zijn {meters}", "en": "; the meters are {meters}"},
    "problem.cell.formula": {
        "nl": "een formule ({formula}) in plaats van een waarde; typ de waarde zelf",
        "en": "a formula ({formula}) instead of a value; type the value itself",
    },
    "problem.cell.date": {
        "nl": "de spreadsheet maakte van wat hier getypt is een datum ({shown}); maak van de cel een "
        "tekstcel (of getalcel) en typ de waarde opnieuw",
        "en": "the spreadsheet turned what was typed here into a date ({shown}); format the cell as text "
        "(or number) and type the value again",
    },
    "problem.cell.merged": {
        "nl": "samengevoegde cellen {cells}; maak ze weer los: elke waarde heeft een eigen cel nodig",
        "en": "merged cells {cells}; unmerge them: every value needs a cell of its own",
    },
    "problem.cell.shown_date": {
        "nl": "{day}-{month}-{year}{time}",
        "en": "{year}-{month:02d}-{day:02d}{time}",
    },
    "problem.cell.not_yes_no": {
        "nl": "tekst in {what}: '{value}' is geen ja of nee; typ ja of nee, of laat de cel leeg (nee)",
        "en": "text in {what}: '{value}' is not yes or no; type yes or no, or leave the cell empty (no)",
    },
    "problem.cell.not_number": {
        "nl": "tekst in {what}: '{value}' is geen getal; typ een getal zoals {example}, of laat de cel leeg",
        "en": "text in {what}: '{value}' is not a number; type a number like {example}, "
        "or leave the cell empty",
    },
    "problem.cell.unreadable_number": {
        "nl": "het getal in deze cel is niet te lezen ({shown}); typ het opnieuw",
        "en": "the number in this cell cannot be read ({shown}); type it again",
    },
    "problem.cell.unreadable_date": {
        "nl": "de datum in deze cel is niet te lezen ({shown}); typ hem opnieuw",
        "en": "the date in this cell cannot be read ({shown}); type it again",
    },
    "problem.row.no_id": {
        "nl": "deze rij heeft geen id; typ er een in deze cel",
        "en": "this row has no id; type one in this cell",
    },
    "problem.row.second": {
        "nl": "kaart '{card}' heeft hier een tweede rij (eerst in {first}); geef elke kaart één rij",
        "en": "card '{card}' has a second row here (first in {first}); give each card one row",
    },
    "problem.row.unknown_card": {
        "nl": "deze keuze hoort bij kaart '{card}', maar die kaart staat niet op het blad '{sheet}'; typ "
        "de id van een kaart van dat blad{hint}",
        "en": "this option belongs to card '{card}', but the sheet '{sheet}' has no such card; type the id "
        "of a card on that sheet{hint}",
    },
    "problem.row.no_card": {
        "nl": "deze keuze noemt geen kaart; typ de id van de kaart",
        "en": "this option names no card; type the card's id",
    },
    "problem.row.no_label": {
        "nl": "het label van deze keuze van kaart '{card}' is leeg; typ wat de keuze zegt",
        "en": "the label of this option of card '{card}' is empty; type what the option says",
    },
    "problem.row.follow_up": {
        "nl": "'{part}' is geen vervolgkaart; schrijf kaart:beurten, zoals uitleg-aan-de-raad:2",
        "en": "'{part}' is not a follow-up; write card:turns, like uitleg-aan-de-raad:2",
    },
    "problem.row.both": {
        "nl": "een rij is een vraag (een aspect) of een stelling (een id), niet allebei; geef de stelling "
        "een eigen rij",
        "en": "a row is a question (an aspect) or a statement (an id), not both; "
        "give the statement a row of its own",
    },
    "problem.row.neither": {
        "nl": "deze rij heeft geen aspect (voor een vraag) en geen id van een stelling; typ een van beide",
        "en": "this row has no aspect (for a question) and no statement id; type one of them",
    },
    # The parts of a scenario a message names ("option 2 of card 'x'")
    "problem.of": {"nl": "{part} van {whole}", "en": "{part} of {whole}"},
    "problem.in": {"nl": "'{word}' in {whole}", "en": "'{word}' in {whole}"},
    "problem.the_key": {"nl": "'{word}' van {whole}", "en": "the {word} of {whole}"},
    "problem.at": {"nl": "'{word}' in 'at' van {whole}", "en": "the {word} in 'at' of {whole}"},
    "problem.card": {"nl": "kaart '{card}'", "en": "card '{card}'"},
    "problem.card_number": {"nl": "kaart {number}", "en": "card {number}"},
    "problem.option": {"nl": "keuze {number} van {whole}", "en": "option {number} of {whole}"},
    "problem.a_theme": {"nl": "een thema van {whole}", "en": "a theme of {whole}"},
    "problem.noun.card_id": {"nl": "kaart-id", "en": "card id"},
    "problem.noun.flag_name": {"nl": "vlagnaam", "en": "flag name"},
    "problem.example.cards": {"nl": "'- id: ...' voor elke kaart", "en": "'- id: ...' for each card"},
    "problem.example.options": {
        "nl": "'- label: ...' voor elke keuze",
        "en": "'- label: ...' for each option",
    },
    "problem.example.then": {"nl": "'- card: ...' met 'after: 1'", "en": "'- card: ...' with 'after: 1'"},
    "problem.example.weight": {"nl": "1 of 2", "en": "1 or 2"},
    "problem.example.after": {"nl": "1 (de volgende beurt)", "en": "1 (the next turn)"},
    "problem.example.number": {"nl": "5 of -10", "en": "5 or -10"},
    "problem.noun.scenario_id": {"nl": "scenario-id", "en": "scenario id"},
    "problem.column.year_end": {"nl": "de kolom year_end", "en": "the year_end column"},
    "problem.hint.in_option": {
        "nl": "dit hoort in een van de keuzes van de kaart",
        "en": "it belongs inside one of the card's options",
    },
    "problem.hint.in_card": {
        "nl": "dit hoort bij de kaart, niet bij een van haar keuzes",
        "en": "it belongs to the card, not to one of its options",
    },
    "problem.term.span": {"nl": "1 tot en met {limit}", "en": "between 1 and {limit}"},
    "problem.term.one": {"nl": "1", "en": "1"},
    "problem.term.years": {
        "nl": " (de termijn heeft {limit} jaar)",
        "en": " (the term has {limit} years)",
    },
    "problem.term.turns": {
        "nl": " (de termijn heeft {limit} beurten per jaar)",
        "en": " (the term has {limit} turns in a year)",
    },
    "problem.term.years.one": {"nl": " (de termijn heeft 1 jaar)", "en": " (the term has 1 year)"},
    "problem.term.turns.one": {
        "nl": " (de termijn heeft 1 beurt per jaar)",
        "en": " (the term has 1 turn in a year)",
    },
    "problem.term.at_least_1": {"nl": "minstens 1", "en": "at least 1"},
    "problem.means.year": {"nl": "het jaar van de termijn", "en": "the year of the term"},
    "problem.means.turn": {"nl": "de beurt binnen het jaar", "en": "the turn within the year"},
    "problem.means.lines_crossed": {
        "nl": "het aantal rode lijnen dat het spel overschreed",
        "en": "the number of red lines the game crossed",
    },
    "problem.means.balance": {
        "nl": "hoe gelijk de gemaakte keuzes aan de drie hoeken trokken (0 tot en met 100)",
        "en": "how evenly the options chosen pulled at the three corners (0 to 100)",
    },
    # Cards and options (cards.py, context.py)
    "problem.cards.none": {
        "nl": "'cards' is een lege lijst; voeg minstens één kaart toe",
        "en": "'cards' is an empty list; add at least one card",
    },
    "problem.cards.no_themes": {
        "nl": "{what} heeft geen 'themes'; de nabespreking zet haar onder 'Overig'",
        "en": "{what} has no 'themes'; the debrief lists it under 'Overig' (other)",
    },
    "problem.cards.speaker": {
        "nl": "de spreker '{value}' van {what} is geen id in 'speakers', dus staat hij er zoals hij "
        "geschreven is, met het standaardpictogram; bedoelde je '{name}'?",
        "en": "the speaker '{value}' of {what} is not an id in 'speakers', so it is shown as "
        "written, with the default pictogram; did you mean '{name}'?",
    },
    "problem.cards.id_twice": {
        "nl": "kaart-id '{card}' wordt twee keer gebruikt (de eerste keer: {first})",
        "en": "card id '{card}' is used twice (first {first})",
    },
    "problem.cards.unknown_theme": {
        "nl": "onbekend thema '{theme}'{hint}",
        "en": "unknown theme '{theme}'{hint}",
    },
    "problem.cards.weight": {
        "nl": "{what} moet groter zijn dan 0, niet {value}",
        "en": "{what} must be greater than 0, not {value}",
    },
    "problem.cards.at": {
        "nl": "{what} moet {span} zijn, niet {value}{why}",
        "en": "{what} must be {span}, not {value}{why}",
    },
    "problem.cards.options": {
        "nl": "{what} heeft {count}; een kaart heeft {min} tot en met {max} keuzes nodig",
        "en": "{what} has {count}; a card needs {min} to {max} options",
    },
    "problem.cards.serves_harms": {
        "nl": "{what} dient en schaadt allebei de hoek '{corner}'; houd hem in een van de twee lijsten",
        "en": "{what} both serves and harms the corner '{corner}'; keep it in one of the two lists",
    },
    "problem.cards.flag_meter": {
        "nl": "vlag '{flag}' heeft dezelfde naam als een meter; kies een andere naam",
        "en": "flag '{flag}' has the same name as a meter; choose another name",
    },
    "problem.cards.then_scalar": {
        "nl": "schrijf elke vervolgkaart in 'then' als '- card: {card}' met 'after: 1' eronder",
        "en": "write each follow-up in 'then' as '- card: {card}' with 'after: 1' below it",
    },
    "problem.cards.after": {
        "nl": "'after' moet 1 (de volgende beurt) of meer zijn, niet {value}",
        "en": "'after' must be 1 (the next turn) or more, not {value}",
    },
    "problem.effects.empty": {
        "nl": "de effecten van {whole} zijn leeg; schrijf {{}} als er niets verandert",
        "en": "the effects of {whole} are empty; write {{}} if nothing changes",
    },
    "problem.effects.shape": {
        "nl": "de effecten van {whole} moeten meters met getallen zijn, zoals {{budget: 5}}, niet {given}",
        "en": "the effects of {whole} must be meters with numbers, like {{budget: 5}}, not {given}",
    },
    "problem.effects.unknown_meter": {
        "nl": "onbekende meter '{meter}'{hint}",
        "en": "unknown meter '{meter}'{hint}",
    },
    "problem.effects.on": {"nl": "het effect op '{meter}'", "en": "the effect on '{meter}'"},
    "problem.built_in": {
        "nl": "'{value}' kan niet als {what} dienen: in voorwaarden betekent het {means}",
        "en": "'{value}' cannot be used as a {what}: in conditions it means {means}",
    },
    "problem.keyword": {
        "nl": "'{value}' kan niet als {what} dienen: het is een woord van de voorwaardentaal",
        "en": "'{value}' cannot be used as a {what}: it is a word of the condition language",
    },
    # Texts and their translations (texts.py)
    "problem.text.empty": {"nl": "{what} is leeg; schrijf een tekst", "en": "{what} is empty; write a text"},
    "problem.text.shape": {
        "nl": "{what} moet een tekst zijn, niet {given}",
        "en": "{what} must be a text, not {given}",
    },
    "problem.text.language": {
        "nl": "de tekst '{language}' van {what}",
        "en": "the '{language}' text of {what}",
    },
    "problem.text.untranslated": {
        "nl": "{what} heeft geen tekst in taal '{language}'",
        "en": "{what} has no '{language}' translation",
    },
    "problem.text.plain": {
        "nl": "{what} is niet vertaald in {languages}; schrijf één tekst per taal, zoals {{{example}}}",
        "en": "{what} is not translated into {languages}; write one text per language, like {{{example}}}",
    },
    "problem.text.unknown_language": {
        "nl": "'{word}' is geen van de talen van het scenario ({declared}){hint}",
        "en": "'{word}' is not one of the scenario's languages ({declared}){hint}",
    },
    "problem.text.comma": {
        "nl": "een komma binnen {{ }} beëindigt de tekst, dus '{rest}' werd als apart deel gelezen; "
        "zet de hele tekst tussen aanhalingstekens, zoals {example}",
        "en": "a comma inside {{ }} ends the text, so '{rest}' was read as a separate part; "
        "put the whole text in quotes, like {example}",
    },
    # The scenario's top, meters, themes, speakers, endings and profiles (schema.py)
    "problem.the_scenario": {"nl": "het scenario", "en": "the scenario"},
    "problem.thing": {"nl": "{noun} '{id}'", "en": "{noun} '{id}'"},
    "problem.thing_number": {"nl": "{noun} {number}", "en": "{noun} {number}"},
    "problem.noun_id": {"nl": "{noun}-id", "en": "{noun} id"},
    "problem.id_twice": {
        "nl": "{what} '{id}' wordt twee keer gebruikt (de eerste keer: {first})",
        "en": "{what} '{id}' is used twice (first {first})",
    },
    "problem.noun.meter": {"nl": "meter", "en": "meter"},
    "problem.noun.theme": {"nl": "thema", "en": "theme"},
    "problem.noun.speaker": {"nl": "spreker", "en": "speaker"},
    "problem.noun.ending": {"nl": "einde", "en": "ending"},
    "problem.noun.profile": {"nl": "profiel", "en": "profile"},
    "problem.noun.translation": {"nl": "vertaling", "en": "translation"},
    "problem.noun.effect_on": {"nl": "het effect op", "en": "the effect on"},
    "problem.noun.language_code": {"nl": "een taalcode", "en": "a language code"},
    "problem.example.ids": {"nl": "'- id: ...' voor elk {noun}", "en": "'- id: ...' for each {noun}"},
    "problem.scenario.format": {
        "nl": "dit spel leest scenarioformaat {format}, niet formaat {value}; schrijf 'format: {format}'",
        "en": "this game reads scenario format {format}, not format {value}; write 'format: {format}'",
    },
    "problem.scenario.at_least_1": {
        "nl": "'{word}' moet minstens 1 zijn, niet {value}",
        "en": "'{word}' must be at least 1, not {value}",
    },
    "problem.scenario.at_most": {
        "nl": "'{word}' mag hooguit {most} zijn, niet {value}",
        "en": "'{word}' may be at most {most}, not {value}",
    },
    "problem.scenario.no_languages": {
        "nl": "'languages' is een lege lijst; noem er minstens één, zoals [nl, en]",
        "en": "'languages' is an empty list; list at least one, like [nl, en]",
    },
    "problem.scenario.not_language": {
        "nl": "'{code}' is geen taalcode; gebruik een korte code zoals nl of en",
        "en": "'{code}' is not a language code; use a short code like nl or en",
    },
    "problem.scenario.language_twice": {
        "nl": "taal '{code}' staat er twee keer",
        "en": "language '{code}' is listed twice",
    },
    "problem.scenario.ids_empty": {
        "nl": "'{word}' is leeg; bijvoorbeeld:  {example}",
        "en": "'{word}' is empty; for example:  {example}",
    },
    "problem.scenario.ids_shape": {
        "nl": "'{word}' moet één regel per {noun} zijn, niet {given}; bijvoorbeeld:  {example}",
        "en": "'{word}' must be one entry per {noun}, not {given}; for example:  {example}",
    },
    "problem.scenario.ids_none": {
        "nl": "'{word}' is leeg; geef minstens één {noun}",
        "en": "'{word}' is empty; declare at least one {noun}",
    },
    "problem.meter.min_max": {
        "nl": "'min' van {what} ({low}) moet kleiner zijn dan 'max' ({high})",
        "en": "'min' of {what} ({low}) must be smaller than 'max' ({high})",
    },
    "problem.meter.start": {
        "nl": "{what} begint op {start}, buiten zijn bereik van {low} tot en met {high}",
        "en": "{what} starts at {start}, outside its range {low} to {high}",
    },
    "problem.theme.no_name": {
        "nl": "{what} mist 'name'; schrijf het zo:  {example}",
        "en": "{what} is missing 'name'; write it like  {example}",
    },
    "problem.ending.no_when": {
        "nl": "{what} mist 'when' (de voorwaarde die het spel beëindigt)",
        "en": "{what} is missing 'when' (the condition that ends the game)",
    },
    "problem.profile.no_when": {
        "nl": "{what} mist 'when'; alleen het laatste profiel mag het weglaten",
        "en": "{what} is missing 'when'; only the last profile may leave it out",
    },
    # Corners, aspects, icons and names in conditions (corners.py, icons.py, references.py)
    "problem.or": {"nl": "{first} of {last}", "en": "{first} or {last}"},
    "problem.hint.meant_one_of": {"nl": "; bedoelde je {names}?", "en": "; did you mean {names}?"},
    "problem.corner.empty": {
        "nl": "de hoek van {whole} is leeg; schrijf {choices}",
        "en": "the corner of {whole} is empty; write {choices}",
    },
    "problem.corner.shape": {
        "nl": "de hoek van {whole} moet {choices} zijn, niet {given}",
        "en": "the corner of {whole} must be {choices}, not {given}",
    },
    "problem.corner.write": {"nl": "; schrijf {choices}", "en": "; write {choices}"},
    "problem.corner.unknown": {
        "nl": "onbekende hoek '{value}'{hint}",
        "en": "unknown corner '{value}'{hint}",
    },
    "problem.corner.twice": {
        "nl": "{what} noemt de hoek '{corner}' twee keer",
        "en": "{what} lists the corner '{corner}' twice",
    },
    "problem.aspect.shape": {
        "nl": "een aspect van {whole} moet een van {choices} zijn, niet {given}",
        "en": "an aspect of {whole} must be one of {choices}, not {given}",
    },
    "problem.aspect.these": {
        "nl": "; de aspecten van het essay zijn {choices}",
        "en": "; the essay's aspects are {choices}",
    },
    "problem.aspect.unknown": {
        "nl": "onbekend aspect '{value}' van {whole}{hint}",
        "en": "unknown aspect '{value}' of {whole}{hint}",
    },
    "problem.aspect.twice": {
        "nl": "het aspect '{value}' staat twee keer in {whole}",
        "en": "the aspect '{value}' is listed twice in {whole}",
    },
    "problem.icon.unknown": {
        "nl": "onbekend pictogram van {noun} '{value}'{hint}",
        "en": "unknown {noun} icon '{value}'{hint}",
    },
    "problem.icon.built_in": {
        "nl": "; de ingebouwde pictogrammen van een {noun} zijn {names}; of schrijf het pad van een "
        "afbeelding naast het scenario, zoals {example}",
        "en": "; the built-in {noun} icons are {names}; or write the path of an image file beside "
        "the scenario, like {example}",
    },
    "problem.then_unknown": {
        "nl": "'then' verwijst naar kaart '{card}', die niet bestaat{hint}",
        "en": "'then' points to card '{card}', which does not exist{hint}",
    },
    "problem.flag_never_set": {
        "nl": "vlag '{flag}' wordt door geen enkele keuze aangezet (alleen uitgezet); zet haar in de "
        "lijst 'set' van een keuze",
        "en": "flag '{flag}' is never set by any option (only unset); add it to an option's 'set' list",
    },
    "problem.hint.names": {
        "nl": "; gebruik een meter-id, 'year', 'turn' of een vlag die een keuze aanzet",
        "en": "; use a meter id, 'year', 'turn' or a flag that an option sets",
    },
    "problem.unknown_name": {
        "nl": "onbekende naam '{name}' in voorwaarde{hint}",
        "en": "unknown name '{name}' in condition{hint}",
    },
    "problem.never_scheduled": {
        "nl": "kaart '{card}' komt nooit: ze heeft 'scheduled_only: true', dus ze komt alleen als een keuze "
        "haar plant met 'then', en geen keuze doet dat. Plan haar in de 'then' van een keuze, of haal "
        "'scheduled_only: true' weg zodat ze in de stapel komt",
        "en": "card '{card}' is never played: it has 'scheduled_only: true', so it comes only when an option "
        "schedules it with 'then', and no option does. Schedule it in an option's 'then', or remove "
        "'scheduled_only: true' so it goes into the deck",
    },
    "problem.same_slot": {
        "nl": "kaarten '{first}' en '{card}' staan allebei vast op jaar {year}, beurt {turn}; maar één "
        "van de twee kan komen",
        "en": "cards '{first}' and '{card}' are both fixed at year {year}, turn {turn}; "
        "only one of them can be played",
    },
    # Warnings on the whole scenario (lint.py)
    "problem.lint.year_end_only": {
        "nl": " (alleen de jaareinde-effecten doen dat)",
        "en": " (only the year-end effects do)",
    },
    "problem.lint.meter_unchanged": {
        "nl": "meter '{meter}' wordt door geen enkele keuze veranderd{only}",
        "en": "meter '{meter}' is not changed by any option, so no choice moves it{only}",
    },
    "problem.lint.theme_corner": {
        "nl": "thema '{theme}' heeft geen hoek terwijl andere thema's er wel een hebben; geef het er een, "
        "zoals {{name: ..., corner: capacity}}",
        "en": "theme '{theme}' has no corner while other themes do; "
        "give it one, like {{name: ..., corner: capacity}}",
    },
    "problem.lint.speaker_unused": {
        "nl": "spreker '{speaker}' staat in 'speakers' maar geen kaart noemt hem",
        "en": "speaker '{speaker}' is declared in 'speakers' but no card names it",
    },
    "problem.lint.option_idle": {
        "nl": "keuze {number} van kaart '{card}' verandert niets: geen effecten, geen vlaggen en geen "
        "vervolgkaart",
        "en": "option {number} of card '{card}' changes nothing: no effects, no flags and no follow-up",
    },
    "problem.lint.red_line": {
        "nl": "keuze {number} van kaart '{card}' gaat over een rode lijn, maar heeft geen 'then': de late "
        "rekening komt nooit; {fix}",
        "en": "option {number} of card '{card}' crosses a red line but has no 'then': its late "
        "cost never comes; {fix}",
    },
    "problem.lint.red_line.yaml": {
        "nl": "voeg een vervolgkaart toe, zoals  then: [{{card: ..., after: {after}}}]",
        "en": "add a follow-up, like  then: [{{card: ..., after: {after}}}]",
    },
    "problem.lint.red_line.cell": {
        "nl": "vul de kolom then met een vervolgkaart, zoals {card}:{after}",
        "en": "fill in the column then with a follow-up, like {card}:{after}",
    },
    "problem.lint.late_follow_up": {
        "nl": "vervolgkaart '{follow_up}' van keuze {number} van kaart '{card}' komt nooit: {comes}, en "
        "{after} plant haar in {due}, maar de laatste beurt is {last}. {fix}",
        "en": "follow-up '{follow_up}' of option {number} of card '{card}' is never played: {comes}, and "
        "{after} schedules it for {due}, but the last turn is {last}. {fix}",
    },
    "problem.lint.after.yaml": {"nl": "'after: {after}'", "en": "'after: {after}'"},
    "problem.lint.after.cell": {"nl": "'{card}:{after}'", "en": "'{card}:{after}'"},
    "problem.lint.late.smaller": {
        "nl": "Kies een kleinere 'after', zoals after: {after}",
        "en": "Choose a smaller 'after', like after: {after}",
    },
    "problem.lint.late.smaller_cell": {
        "nl": "Typ een kleiner getal achter de dubbele punt, zoals {card}:{after}",
        "en": "Type a smaller number after the colon, like {card}:{after}",
    },
    "problem.lint.late.earlier": {
        "nl": "Zet de kaart eerder, of haal de 'then' weg: 'after' is minstens 1",
        "en": "Put the card earlier, or remove the 'then': 'after' is at least 1",
    },
    "problem.lint.late.earlier_cell": {
        "nl": "Zet de kaart eerder, of maak de cel in de kolom then leeg: het getal is minstens 1",
        "en": "Put the card earlier, or empty the cell in the column then: the number is at least 1",
    },
    "problem.lint.first_turn": {
        "nl": "kaart '{card}' komt op zijn vroegst in {turn}",
        "en": "card '{card}' comes no earlier than {turn}",
    },
    "problem.lint.first_turn_at": {
        "nl": "kaart '{card}' komt in {turn} (haar 'at': jaar {year}, beurt {at_turn})",
        "en": "card '{card}' comes at {turn} (its 'at': year {year}, turn {at_turn})",
    },
    "problem.lint.turn_of_term": {"nl": "beurt {turn} van de termijn", "en": "turn {turn} of the term"},
    "problem.lint.turn_of_year": {
        "nl": "beurt {number} van de termijn (jaar {year}, beurt {turn})",
        "en": "turn {number} of the term (year {year}, turn {turn})",
    },
    "problem.lint.no_endings": {
        "nl": "geen eindes: het spel stopt nooit vóór het einde van de termijn, hoe laag een meter ook "
        "komt; {fix}",
        "en": "no endings: the game never stops before the end of the term, however low a meter gets; {fix}",
    },
    "problem.lint.no_endings.yaml": {
        "nl": "voeg 'endings' toe: een lijst met per einde een id, een 'when' zoals \"budget <= 30\", een "
        "title en een text",
        "en": "add 'endings': a list with for each ending an id, a 'when' like \"budget <= 30\", a title "
        "and a text",
    },
    "problem.lint.no_endings.sheet": {
        "nl": "vul een rij op het blad Eindes, zoals id failliet, when budget <= 30, een titel en een tekst",
        "en": "fill in a row on the sheet Eindes, like id bankrupt, when budget <= 30, a title and a text",
    },
    "problem.lint.no_endings.no_sheet": {
        "nl": "het blad Eindes ontbreekt; voeg het toe met de kolommen van het blad Profielen en een rij, "
        "zoals id failliet en when budget <= 30",
        "en": "the sheet Eindes is missing; add it with the columns of the sheet Profielen and a row, like "
        "id bankrupt and when budget <= 30",
    },
    "problem.lint.ending_never": {
        "nl": "einde '{id}' komt nooit: zijn 'when' is nooit waar ({why})",
        "en": "ending '{id}' never comes: its 'when' is never true ({why})",
    },
    "problem.lint.profile_never": {
        "nl": "profiel '{id}' krijgt niemand: zijn 'when' is aan het eind van de termijn nooit waar ({why}); "
        "maak de 'when' ruimer",
        "en": "profile '{id}' is never given: its 'when' is never true at the end of the term ({why}); "
        "make its 'when' wider",
    },
    "problem.lint.profile_never_balance": {
        "nl": "profiel '{id}' krijgt niemand: zijn 'when' is aan het eind van de termijn nooit waar ({why})",
        "en": "profile '{id}' is never given: its 'when' is never true at the end of the term ({why})",
    },
    "problem.lint.ending_at_start": {
        "nl": "einde '{id}' is al waar bij de beginwaarden{values}: het spel stopt na de eerste keuze, "
        "tenzij die daar iets aan verandert",
        "en": "ending '{id}' is already true at the start{values}: the game stops after the first "
        "choice unless that choice changes it",
    },
    "problem.lint.start_values": {"nl": " ({values})", "en": " ({values})"},
    "problem.lint.start_value": {"nl": "{name} {value}", "en": "{name} {value}"},
    "problem.lint.start_flag": {"nl": "vlag '{flag}' staat uit", "en": "flag '{flag}' is not set"},
    "problem.lint.balance_unpulled": {
        "nl": "balance is altijd 0, want geen keuze heeft 'serves' of 'harms'; zet bij de keuzes "
        "welke hoeken ze dienen ('serves') of schaden ('harms')",
        "en": "balance is always 0, since no option has 'serves' or 'harms'; give the options the corners "
        "they serve ('serves') or harm ('harms')",
    },
    "problem.lint.balance_missed": {
        "nl": "balance is altijd 0, want geen keuze trekt naar {corners}; {fix}",
        "en": "balance is always 0, since no option pulls towards {corners}; {fix}",
    },
    "problem.lint.feedback_meter": {
        "nl": "de feedback van keuze {number} van kaart '{card}' noemt de meter '{meter}' ({language}), "
        "maar de keuze beweegt hem niet",
        "en": "the feedback of option {number} of card '{card}' names the meter "
        "'{meter}' ({language}), but the option does not move it",
    },
    "problem.lint.never_true": {
        "nl": "kaart '{card}' komt nooit: haar 'requires' is nooit waar ({why})",
        "en": "card '{card}' can never be played: its 'requires' is never true ({why})",
    },
    "problem.lint.contradiction": {
        "nl": "de delen van de voorwaarde spreken elkaar tegen",
        "en": "the parts of the condition contradict each other",
    },
    "problem.lint.and": {"nl": "{first}; {then}", "en": "{first}; {then}"},
    "problem.lint.always": {"nl": "{name} kan alleen {value} zijn", "en": "{name} can only be {value}"},
    "problem.lint.always_at": {
        "nl": "{name} kan alleen {value} zijn (haar 'at')",
        "en": "{name} can only be {value} (its 'at')",
    },
    "problem.lint.range": {"nl": "{low} tot en met {high}", "en": "{low} to {high}"},
    "problem.lint.flag_unset": {
        "nl": "vlag '{flag}' wordt nooit aangezet door een kaart die kan komen",
        "en": "flag '{flag}' is never set by a card that can be played",
    },
    "problem.lint.flag_either": {
        "nl": "vlag '{flag}' kan aan of uit staan",
        "en": "flag '{flag}' may be set or not",
    },
    "problem.overflow": {
        "nl": "{what} ({language}) past niet in zijn vak bij {size}, zelfs niet in de kleinste maat ({px}px)",
        "en": "{what} ({language}) does not fit its box at {size}, not even at the smallest size ({px}px)",
    },
    "problem.overflow.speaker": {"nl": "de spreker", "en": "the speaker"},
    "problem.overflow.title": {"nl": "de titel", "en": "the title"},
    "problem.overflow.text": {"nl": "de kaarttekst", "en": "the card text"},
    "problem.overflow.label": {"nl": "het label van keuze {number}", "en": "the label of option {number}"},
    "problem.overflow.notes": {"nl": "de vraag voor de groep", "en": "the question for the group"},
    "problem.overflow.feedback_label": {
        "nl": "het label van keuze {number} op het feedbackscherm",
        "en": "the label of option {number} on the feedback screen",
    },
    "problem.overflow.feedback": {
        "nl": "de feedback van keuze {number}",
        "en": "the feedback of option {number}",
    },
    "problem.overflow.of_card": {"nl": "kaart '{card}': {why}", "en": "card '{card}': {why}"},
    "problem.overflow.of_speaker": {"nl": "spreker '{speaker}': {why}", "en": "speaker '{speaker}': {why}"},
    "problem.overflow.unchecked": {
        "nl": "kon niet nagaan of de kaartteksten op het scherm passen: {error}",
        "en": "could not check whether the card texts fit on screen: {error}",
    },
    "problem.asset.out": {
        "nl": "de bestandsverwijzing {reference} leidt uit de map van het scenario ('..'); zet het bestand "
        "in de map van het scenario (of een map daarbinnen) en schrijf het pad vanaf daar",
        "en": "the file reference {reference} leads out of the scenario's folder ('..'); put the file in the "
        "scenario's folder (or a folder inside it) and write its path from there",
    },
    "problem.asset.empty": {
        "nl": "een bestandsverwijzing is leeg; schrijf een pad zoals icons/speaker.png",
        "en": "a file reference is empty; write a path like icons/speaker.png",
    },
    "problem.asset.nul": {
        "nl": "de bestandsverwijzing {reference} bevat een NUL-teken",
        "en": "the file reference {reference} contains a NUL character",
    },
    "problem.asset.control": {
        "nl": "de bestandsverwijzing {reference} bevat een stuurteken",
        "en": "the file reference {reference} contains a control character",
    },
    "problem.asset.drive": {
        "nl": "de bestandsverwijzing {reference} noemt een schijf of netwerkmap; zet het bestand in de "
        "map van het scenario (of een map daarbinnen) en schrijf het pad vanaf daar",
        "en": "the file reference {reference} names a drive or network share; put the file in the "
        "scenario's folder (or a folder inside it) and write its path from there",
    },
    "problem.asset.url": {
        "nl": "de bestandsverwijzing {reference} is een webadres of URL; zet het bestand in de map van "
        "het scenario (of een map daarbinnen) en schrijf het pad vanaf daar",
        "en": "the file reference {reference} is a web address or URL; put the file in the scenario's "
        "folder (or a folder inside it) and write its path from there",
    },
    "problem.asset.absolute": {
        "nl": "de bestandsverwijzing {reference} is een absoluut pad; zet het bestand in de map van het "
        "scenario (of een map daarbinnen) en schrijf het pad vanaf daar",
        "en": "the file reference {reference} is an absolute path; put the file in the scenario's "
        "folder (or a folder inside it) and write its path from there",
    },
    "problem.asset.colon": {
        "nl": "de bestandsverwijzing {reference} bevat ':'; zet het bestand in de map van het scenario "
        "(of een map daarbinnen) en schrijf het pad vanaf daar",
        "en": "the file reference {reference} contains ':'; put the file in the scenario's folder (or a "
        "folder inside it) and write its path from there",
    },
    "problem.asset.folder": {
        "nl": "de bestandsverwijzing {reference} noemt een map, geen bestand",
        "en": "the file reference {reference} names a folder, not a file",
    },
    "problem.asset.dot_end": {
        "nl": "de bestandsverwijzing {reference} heeft een naam die eindigt op een punt of een spatie",
        "en": "the file reference {reference} has a name ending in a dot or a space",
    },
    "problem.asset.device": {
        "nl": "de bestandsverwijzing {reference} gebruikt {part}, een apparaatnaam op Windows",
        "en": "the file reference {reference} uses {part}, a device name on Windows",
    },
    "problem.asset.loop": {
        "nl": "de bestandsverwijzing {reference} is een koppeling die niet te volgen is",
        "en": "the file reference {reference} is a link that cannot be followed",
    },
    "problem.asset.link_out": {
        "nl": "de bestandsverwijzing {reference} is een koppeling naar een plek buiten de map van het "
        "scenario; zet het bestand in de map van het scenario (of een map daarbinnen) en schrijf "
        "het pad vanaf daar",
        "en": "the file reference {reference} is a link to a place outside the scenario's folder; put "
        "the file in the scenario's folder (or a folder inside it) and write its path from there",
    },
    "problem.icon_file.type": {
        "nl": "het pictogrambestand '{file}' is {kind}; een pictogram moet een SVG-, PNG- of "
        "JPEG-afbeelding zijn (.svg, .png, .jpg of .jpeg)",
        "en": "the icon file '{file}' is {kind}; an icon must be an SVG, PNG or JPEG image (.svg, .png, "
        ".jpg or .jpeg)",
    },
    "problem.icon_file.suffix": {
        "nl": "een '{suffix}'-bestand",
        "en": "a '{suffix}' file",
    },
    "problem.icon_file.no_suffix": {
        "nl": "een bestand zonder extensie",
        "en": "a file without an extension",
    },
    "problem.icon_file.missing": {
        "nl": "het pictogrambestand '{file}' bestaat niet; zet het in de map van het scenario "
        "(of een map daarbinnen) en schrijf het pad vanaf daar",
        "en": "the icon file '{file}' does not exist; put it in the scenario's folder (or a "
        "folder inside it) and write its path from there",
    },
    "problem.icon_file.unreadable": {
        "nl": "het pictogrambestand '{file}' kan niet worden gelezen: {reason}",
        "en": "the icon file '{file}' cannot be read: {reason}",
    },
    "problem.icon_file.too_large": {
        "nl": "het pictogrambestand '{file}' is te groot ({size} MB); een pictogram mag hooguit 1 MB "
        "zijn: sla het op als SVG, of als PNG van hooguit 512x512 pixels",
        "en": "the icon file '{file}' is too large ({size} MB); an icon may be at most 1 MB: save it as "
        "an SVG, or as a PNG of at most 512x512 pixels",
    },
    # Conditions (conditions.py; the condition reader's own reason by language too)
    "problem.condition.shape": {
        "nl": '{what} moet een voorwaarde zijn zoals "budget >= 40", niet {given}',
        "en": '{what} must be a condition like "budget >= 40", not {given}',
    },
    "problem.condition.empty": {
        "nl": '{what} is leeg; schrijf een voorwaarde zoals "budget >= 40"',
        "en": '{what} is empty; write a condition like "budget >= 40"',
    },
    "problem.condition.bool": {
        "nl": "'{value}' is geen voorwaarde; gebruik true, false of een voorwaarde zoals \"budget >= 40\"",
        "en": "'{value}' is not a condition; use true, false or a condition like \"budget >= 40\"",
    },
    "problem.condition.syntax": {
        "nl": "de voorwaarde is niet te lezen: {reason}{hint}",
        "en": "cannot read the condition: {reason}{hint}",
    },
    "problem.condition.hint.equals": {"nl": "; vergelijk met '=='", "en": "; use '==' to compare"},
    "problem.condition.hint.and": {"nl": "; schrijf hier 'and'", "en": "; write 'and' instead"},
    "problem.condition.hint.or": {"nl": "; schrijf hier 'or'", "en": "; write 'or' instead"},
    "problem.condition.hint.not": {"nl": "; schrijf 'not' of '!='", "en": "; write 'not' or '!='"},
    # The condition reader's reasons (game/core/conditions.py ConditionSyntaxError.reason)
    "problem.condition.reason.character": {
        "nl": "onverwacht teken {character}",
        "en": "unexpected character {character}",
    },
    "problem.condition.reason.too_long": {
        "nl": "de voorwaarde is te lang: ze mag hooguit {count} tekens als <, >=, and of or gebruiken",
        "en": "the condition is too long: it may use at most {count} signs like <, >=, and or or",
    },
    "problem.condition.reason.too_deep": {
        "nl": "de voorwaarde heeft te veel haakjes in elkaar (hooguit {count} niveaus)",
        "en": "the condition is nested too deeply (at most {count} levels)",
    },
    "problem.condition.reason.empty": {"nl": "lege voorwaarde", "en": "empty condition"},
    "problem.condition.reason.unexpected": {"nl": "onverwacht {text}", "en": "unexpected {text}"},
    "problem.condition.reason.chained": {
        "nl": "vergelijkingen achter elkaar mogen niet; verbind ze met 'and'",
        "en": "chained comparisons are not allowed; join them with 'and'",
    },
    "problem.condition.reason.minus": {"nl": "na '-' hoort een getal", "en": "expected a number after '-'"},
    "problem.condition.reason.paren": {"nl": "')' ontbreekt", "en": "missing ')'"},
    "problem.condition.reason.early": {
        "nl": "de voorwaarde houdt te vroeg op",
        "en": "the condition ends too early",
    },
    # The debrief section (debrief.py)
    "problem.noun.aspect": {"nl": "aspect", "en": "aspect"},
    "problem.noun.statement": {"nl": "stelling", "en": "statement"},
    "problem.debrief.empty": {
        "nl": "'debrief' is leeg; geef het 'questions', 'statements' of allebei, of laat het weg",
        "en": "'debrief' is empty; give it 'questions', 'statements' or both, or leave it out",
    },
    "problem.debrief.neither": {
        "nl": "'debrief' heeft geen 'questions' en geen 'statements'; geef een van beide, of laat het weg",
        "en": "'debrief' has neither 'questions' nor 'statements'; give one of them, or leave it out",
    },
    "problem.debrief.is_empty": {"nl": "is leeg", "en": "is empty"},
    "problem.debrief.questions_shape": {
        "nl": "moet een blok aspecten met hun vragen zijn, niet {given}",
        "en": "must be a block of aspects with their questions, not {given}",
    },
    "problem.debrief.questions": {
        "nl": "'questions' van 'debrief' {state}; bijvoorbeeld:  {example}",
        "en": "'questions' of 'debrief' {state}; for example:  {example}",
    },
    "problem.debrief.unknown_aspect": {
        "nl": "onbekend aspect '{value}' in 'questions' van 'debrief'{hint}",
        "en": "unknown aspect '{value}' in 'questions' of 'debrief'{hint}",
    },
    "problem.debrief.aspect_twice": {
        "nl": "het aspect '{aspect}' heeft twee keer vragen in 'debrief' (de eerste keer: {first})",
        "en": "the aspect '{aspect}' has questions twice in 'debrief' (first {first})",
    },
    "problem.debrief.never_asked": {
        "nl": "geen kaart heeft het aspect '{aspect}', dus de nabespreking stelt deze vragen nooit; "
        "zet '{aspect}' in de 'aspects' van een kaart of laat ze weg",
        "en": "no card has the aspect '{aspect}', so the debrief never asks these questions; "
        "add '{aspect}' to a card's 'aspects' or leave them out",
    },
    "problem.debrief.are_empty": {"nl": "zijn leeg", "en": "are empty"},
    "problem.debrief.must_list": {
        "nl": "moeten een lijst zijn, niet {given}",
        "en": "must be a list, not {given}",
    },
    "problem.debrief.aspect_questions": {
        "nl": "de vragen voor aspect '{aspect}' {state}; schrijf een lijst vragen, of laat het aspect weg "
        "voor de vragen van het spel zelf",
        "en": "the questions for aspect '{aspect}' {state}; write a list of questions, "
        "or leave the aspect out to get the game's own",
    },
    "problem.debrief.too_many": {
        "nl": "aspect '{aspect}' heeft {count} vragen; geef het er hooguit {most}",
        "en": "aspect '{aspect}' has {count} questions; give it at most {most}",
    },
    "problem.debrief.question": {
        "nl": "vraag {number} voor aspect '{aspect}'",
        "en": "question {number} for aspect '{aspect}'",
    },
    "problem.debrief.statements.one": {"nl": "{count} stelling", "en": "{count} statement"},
    "problem.debrief.statements.many": {"nl": "{count} stellingen", "en": "{count} statements"},
    "problem.debrief.statements": {
        "nl": "'statements' van 'debrief' heeft {count}; geef er {min} tot en met {max}, elk gescoord van 1 "
        "tot en met 5 voor en na het spel",
        "en": "'statements' of 'debrief' has {count}; give {min} to {max}, "
        "each scored 1 to 5 before and after the game",
    },
    "problem.lint.unplayable_scheduled.one": {
        "nl": "kaart '{card}' kan nooit komen: ze heeft 'scheduled_only: true' en alleen kaart {names} plant "
        "haar, en die kan zelf nooit komen",
        "en": "card '{card}' can never be played: it is scheduled_only and only card {names} schedule it, "
        "which can never be played themselves",
    },
    "problem.lint.unplayable_scheduled.many": {
        "nl": "kaart '{card}' kan nooit komen: ze heeft 'scheduled_only: true' en alleen de kaarten {names} "
        "plannen haar, en die kunnen zelf nooit komen",
        "en": "card '{card}' can never be played: it is scheduled_only and only cards {names} schedule it, "
        "which can never be played themselves",
    },
    "problem.lint.flag_unread": {
        "nl": "vlag '{flag}' wordt aangezet maar nooit gelezen: geen 'requires' of 'when' gebruikt haar",
        "en": "flag '{flag}' is set but never read: no 'requires' or 'when' uses it",
    },
    "problem.lint.short_deck": {
        "nl": "de kaarten kunnen de termijn niet vullen: die heeft {turns} beurten, maar er kunnen hooguit "
        "{total} kaarten komen ({deck}, {fixed}, {follow_ups}); de andere beurten gaan voorbij zonder "
        "kaart. Voeg kaarten toe, of maak een kaart 'repeatable: true'",
        "en": "the cards cannot fill the term: it has {turns} turns, but at most {total} cards can be "
        "played ({deck}, {fixed}, {follow_ups}); the other turns pass with nothing to play. "
        "Add cards, or make a card 'repeatable: true'",
    },
    "problem.lint.deck_card.one": {"nl": "{count} stapelkaart", "en": "{count} deck card"},
    "problem.lint.deck_card.many": {"nl": "{count} stapelkaarten", "en": "{count} deck cards"},
    "problem.lint.fixed_event.one": {"nl": "{count} vaste gebeurtenis", "en": "{count} fixed event"},
    "problem.lint.fixed_event.many": {"nl": "{count} vaste gebeurtenissen", "en": "{count} fixed events"},
    "problem.lint.follow_up.one": {"nl": "{count} vervolgkaart", "en": "{count} follow-up"},
    "problem.lint.follow_up.many": {"nl": "{count} vervolgkaarten", "en": "{count} follow-ups"},
}
