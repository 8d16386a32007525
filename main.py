"""Start the game: `python main.py` (see README for commands)."""

import sys

from game.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
