"""The guided debrief after the last card: phases, the room's words, small wins, before and after.

Pure rules (no pygame, files or network). The API in short is at the top of flow.py: `Debrief` (the
five phases, entries and approval, support, the what-if pick, the statements after; every change an
event for the session log, `Debrief.restore` from them); model.py (Phase, Entry, GameRecord, Voters);
facts.py (`session_facts`, `aspects_met`); describe.py (the facts and aspects in words);
questions.py (`questions_for`); statements.py (`StatementBoard` for the statements before the first
card, `Shift`); log.py (writing and reading the "debrief" room events); text.py (`clean_text`);
defaults.py (the game's own questions and statements); cloud.py (the word cloud's weights);
shifts.py (the statements' shift over many sessions' logs, for `stats`).
"""
