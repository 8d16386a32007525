"""The fast path (libyaml) composes exactly the nodes and marks of PyYAML's pure-Python SafeLoader.

Every problem is located by a node's marks, so the two must agree on them: on the shipped scenarios, a
generated scenario, awkward texts and a few hundred mutated files (where both accept them); the texts
libyaml marks otherwise (a byte order mark, an empty value in `{...}`) are left to the pure loader.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from benchmarks.authoring import generated_scenario
from game.paths import SCENARIOS_DIR
from game.scenario import yaml_loader
from game.scenario.source import compose as compose_source
from game.scenario.source import source_from_text
from game.scenario.yaml_loader import FastLoader, PureLoader

SHIPPED = sorted(SCENARIOS_DIR.glob("*.yaml"))
AWKWARD = (
    "a: |\n  line é\n  two\nb: >-\n  folded\n  text ☃ 😀\nc: 'it''s'\nd: \"esc \\u00e9 \\n\"\n"
    "e: [1, {x: y}, 'z']\n# comment 😀\nf: plain\n  continued\r\ng: ~\nh: 2027-01-01\ni: 0x1F\n"
    'j: "😀 x"\nk: [😀, b]\nl: e\u0301\u2028m: \x85n: yes\no: 1_000\np: .inf\n'
)
# Inserted at random places into the example scenario, one to four at a time.
NOISE = ["\r", "\r\n", "\x85", "\u2028", "\u2029", "\t", "😀", "é", "e\u0301", " ", "\n", ":", "#", "'", '"',
         "\\", "-", "[", "]", "{", "}", ",", "|", ">", "?", "!", "%", "@", "`", "&", "*"]  # fmt: skip

Shape = tuple[object, ...]


def shape(root: Node | None) -> list[Shape]:
    """Every node, depth first: kind, tag, value, style and both marks (plain style '' read as None, and
    a block list's flow_style None as False: the scenario reader only asks whether they are set)."""
    found: list[Shape] = []
    stack = [] if root is None else [root]
    while stack:
        node = stack.pop()
        start, end = node.start_mark, node.end_mark
        value = node.value if isinstance(node, ScalarNode) else None
        style = getattr(node, "style", None) or None
        marks = (start.line, start.column, start.index, end.line, end.column, end.index)
        flow = bool(getattr(node, "flow_style", None))
        found.append((type(node).__name__, node.tag, value, style, flow, marks))
        if isinstance(node, MappingNode):
            stack.extend(item for pair in reversed(node.value) for item in reversed(pair))
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
    return found


def composed(text: str, loader: type[yaml.SafeLoader] | type[yaml.CSafeLoader] | None) -> list[Shape] | None:
    """The shape of `text` composed by `loader` (None: yaml_loader.compose), None if it is refused."""
    try:
        return shape(yaml_loader.compose(text) if loader is None else yaml.compose(text, Loader=loader))
    except yaml.YAMLError:
        return None


def test_libyaml_is_used_when_pyyaml_has_it_and_never_an_unsafe_loader() -> None:
    assert FastLoader is not PureLoader or not yaml.__with_libyaml__
    assert issubclass(FastLoader, (yaml.SafeLoader, yaml.CSafeLoader))
    assert not issubclass(FastLoader, (yaml.FullLoader, yaml.UnsafeLoader))


@pytest.mark.parametrize("path", SHIPPED, ids=[path.name for path in SHIPPED])
def test_the_same_nodes_and_marks_for_the_shipped_scenarios(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig")
    assert composed(text, FastLoader) == composed(text, PureLoader) != []


def test_the_same_nodes_and_marks_for_a_generated_scenario_and_awkward_texts() -> None:
    for text in (generated_scenario(200), AWKWARD):
        assert composed(text, FastLoader) == composed(text, PureLoader) != []


@pytest.mark.parametrize(
    "text",
    [
        "\ufeff" + AWKWARD,  # libyaml: indexes one less
        AWKWARD.replace("plain", "pl\ufeffain"),  # libyaml: a column more after it
        "x: {nl: Bode, en: }\n",  # libyaml: the empty value marked at the '}'
        "x: [a, b: ]\ny: {a:  # why\n , b: c}\n",
        "x: {? }\n",
        "x: [!transparantie,politiek]\n",  # libyaml: the tag ends at the ','
    ],
)
def test_what_libyaml_marks_otherwise_is_composed_as_the_pure_loader_does(text: str) -> None:
    assert composed(text, None) == composed(text, PureLoader) != []


def test_mutated_files_that_both_loaders_accept_get_the_same_nodes_and_marks() -> None:
    example = (SCENARIOS_DIR / "voorbeeld.yaml").read_text(encoding="utf-8")
    picks = random.Random(7)
    compared = 0
    for _ in range(400):
        text = example
        for _ in range(picks.randint(1, 4)):
            at = picks.randrange(len(text) + 1)
            text = text[:at] + picks.choice(NOISE) + text[at:]
        fast, pure = composed(text, None), composed(text, PureLoader)
        if fast is not None and pure is not None:
            compared += 1
            assert fast == pure, text
    assert compared > 100


def test_a_text_only_libyaml_refuses_is_read_as_without_libyaml() -> None:
    text = "x: {a:, b: c}\n"
    root, problems = compose_source(source_from_text(text, "x.yaml"))
    assert problems == [] and shape(root) == composed(text, PureLoader)
