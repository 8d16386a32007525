"""The start-up floor: a bare pygame-ce program that opens a window of the game's size (1280x720), draws
one line of text in the game's font and flips. Nothing starts faster with pygame-ce; python -m benchmarks
times the game's title screen against it."""

import os
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame

FONT = Path(__file__).resolve().parents[1] / "assets" / "fonts" / "AtkinsonHyperlegible-Regular.ttf"

pygame.display.init()
pygame.font.init()
screen = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
screen.fill((244, 241, 234))
font = pygame.font.Font(FONT, 48)
screen.blit(font.render("Digitaal leiderschap", True, (30, 35, 45)), (96, 96))
pygame.display.flip()
pygame.display.quit()
