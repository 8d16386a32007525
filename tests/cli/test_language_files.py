"""validate says the scenario's file references in the author's language: a refused path, an icon file that
is missing, of the wrong type or too large, in Dutch and in English (the references stay as written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.errors import Phrase
from game.i18n import t
from game.scenario.assets import AssetError, resolve_asset
from game.scenario.icons import MAX_ICON_BYTES
from tests.cli.test_language_scenario import run
from tests.scenario.helpers import change
from tests.scenario.test_speakers import GOOD, MAYOR, folder_with_icons

ASSET_KEYS = (
    *("empty", "nul", "control", "drive", "url", "absolute", "colon", "out", "folder", "dot_end"),
    *("device", "loop", "link_out"),
)


def scenario_with_bad_files(folder: Path) -> Path:
    """A scenario whose usher's icon is an absolute path, the paper's icon is missing, the budget's icon
    is a GIF and the mayor's too large."""
    folder_with_icons(folder)
    (folder / "icons" / "groot.png").write_bytes(b"\x89PNG" + bytes(MAX_ICON_BYTES))
    text = change("    icon: usher\n", "    icon: /etc/x.svg\n", GOOD)
    text = change("    icon: icons/krant.svg\n", "    icon: icons/weg.svg\n", text)
    gif = "budget: {name: Budget, start: 50, icon: icons/animatie.gif}"
    text = change("budget: {name: Budget, start: 50}", gif, text)
    text = change(
        "    icon: icons/weg.svg\n", "    icon: icons/weg.svg\n" + MAYOR + "    icon: icons/groot.png\n", text
    )
    path = folder / "spel.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "nl",
            [
                "de bestandsverwijzing '/etc/x.svg' is een absoluut pad; zet het bestand in de map van het "
                "scenario (of een map daarbinnen) en schrijf het pad vanaf daar",
                "het pictogrambestand 'icons/weg.svg' bestaat niet; zet het in de map van het scenario (of "
                "een map daarbinnen) en schrijf het pad vanaf daar",
                "het pictogrambestand 'icons/animatie.gif' is een '.gif'-bestand; een pictogram moet een "
                "SVG-, PNG- of JPEG-afbeelding zijn (.svg, .png, .jpg of .jpeg)",
                "het pictogrambestand 'icons/groot.png' is te groot (1,0 MB); een pictogram mag hooguit "
                "1 MB zijn: sla het op als SVG, of als PNG van hooguit 512x512 pixels",
            ],
        ),
        (
            "en",
            [
                "the file reference '/etc/x.svg' is an absolute path; put the file in the scenario's folder "
                "(or a folder inside it) and write its path from there",
                "the icon file 'icons/weg.svg' does not exist; put it in the scenario's folder (or a folder "
                "inside it) and write its path from there",
                "the icon file 'icons/animatie.gif' is a '.gif' file; an icon must be an SVG, PNG or JPEG "
                "image (.svg, .png, .jpg or .jpeg)",
                "the icon file 'icons/groot.png' is too large (1.0 MB); an icon may be at most 1 MB: save it "
                "as an SVG, or as a PNG of at most 512x512 pixels",
            ],
        ),
    ],
)
def test_validate_says_bad_file_references_in_either_language(
    tmp_path: Path, lang: str, said: list[str]
) -> None:
    path = scenario_with_bad_files(tmp_path)
    done = run("validate", str(path), "--lang", lang, cwd=tmp_path)
    assert done.returncode == 1 and done.stderr == "", done.stderr
    messages = [line.split(": ", 1)[1] for line in done.stdout.splitlines() if line.startswith(f"{path}:")]
    assert [message for message in said if message not in messages] == [], done.stdout


@pytest.mark.parametrize(
    ("reference", "nl"),
    [
        ("", "een bestandsverwijzing is leeg; schrijf een pad zoals icons/speaker.png"),
        ("a\x01b.svg", "de bestandsverwijzing 'a\\x01b.svg' bevat een stuurteken"),
        ("C:\\x.svg", "de bestandsverwijzing 'C:\\\\x.svg' noemt een schijf of netwerkmap; zet het bestand "),
        ("https://x.nl/a.svg", "de bestandsverwijzing 'https://x.nl/a.svg' is een webadres of URL; "),
        ("x.y:z.svg", "de bestandsverwijzing 'x.y:z.svg' bevat ':'; zet het bestand "),
        ("icons/.", "de bestandsverwijzing 'icons/.' noemt een map, geen bestand"),
        ("icons", "de bestandsverwijzing 'icons' noemt een map, geen bestand"),
        ("x./a.svg", "de bestandsverwijzing 'x./a.svg' heeft een naam die eindigt op een punt of een spatie"),
        (
            "icons/CON.svg",
            "de bestandsverwijzing 'icons/CON.svg' gebruikt 'CON.svg', een apparaatnaam op Windows",
        ),
    ],
)
def test_a_refused_reference_is_said_in_dutch_and_kept_in_english(
    tmp_path: Path, reference: str, nl: str
) -> None:
    (tmp_path / "icons").mkdir()
    with pytest.raises(AssetError) as refused:
        resolve_asset(tmp_path / "spel.yaml", reference)
    said = refused.value.said
    assert isinstance(said, Phrase)
    assert said.text("nl").startswith(nl)
    assert refused.value.message == said.text("en") == str(refused.value)
    assert refused.value.message.startswith(("a file reference", "the file reference"))


@pytest.mark.parametrize("key", ASSET_KEYS)
def test_every_refusal_has_its_words(key: str) -> None:
    texts = {lang: t(f"problem.asset.{key}", lang, reference="'x'", part="'CON'") for lang in ("nl", "en")}
    assert texts["nl"] != texts["en"] and "problem.asset" not in texts["nl"]
