"""Votes from phones in the room: a small web server on the laptop and the state it shares with the game.

No pygame here: the window and the headless rehearsal read the hub's snapshot; the server runs in its
own thread and event loop (aiohttp).
"""
