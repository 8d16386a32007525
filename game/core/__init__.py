"""The pure rules core: scenario model, conditions, game state and rules. Never imports pygame."""
