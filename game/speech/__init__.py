"""Reading the game aloud: the Voice interface, the platform's offline speech, and what each screen says."""
