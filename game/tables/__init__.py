"""Tables side by side: several tables play the same scenario, each its own game, in one room (pure).

API (issue 25), all without pygame, files (except log.py) or a clock:
- model.py: `TableId`, `Pace`, `MIN_TABLES`, `MAX_TABLES`, `table_name(id, lang)`, `TABLE_NAMES`,
  `TableView` (what a table's page and the room view show), the result literals.
- session.py: `TablesSession` -- the room: devices joining tables, votes, confirm, rounds, restore.
- votes.py: `Ballot`, one table's votes on its current card, and the rule that decides it.
- compare.py: `tables_compared(session) -> Comparison` for the comparison debrief; `road(a, b)`.
- log.py: the tables' session log (JSON Lines) and the headless summary `{"tables": [...]}`.
"""
