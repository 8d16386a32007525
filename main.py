"""Start the game: `python main.py` (see README for commands)."""

import gc
import sys

if __name__ == "__main__":
    # Start-up creates many lasting objects (modules, classes) and next to no garbage, so the cyclic
    # collector only costs time until the window's first frame: App.run (or game.cli.main for the other
    # commands) turns it back on.
    gc.disable()
    if getattr(sys, "frozen", False):  # the built app: a simulate worker spawned (macOS, Windows) starts here
        import multiprocessing

        multiprocessing.freeze_support()
    from game.cli.main import main

    sys.exit(main())
