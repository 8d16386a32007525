"""Composing a scenario's YAML: libyaml's safe loader (C, about ten times faster) when PyYAML was built
with it (`yaml.__with_libyaml__`), else PyYAML's own SafeLoader. Never an unsafe loader: composing
builds nodes and constructs no objects at all.

`compose` gives exactly the node tree of the pure-Python loader, the reference: the same nodes, tags,
values and marks (line, column and index of start and end, which every problem is located by; only
`style` of a plain scalar, '' for None, and `flow_style` of a block list, False for None, differ). Where
libyaml differs, the text goes to the pure-Python loader (tests/scenario/test_yaml_loaders.py compares
the two on the shipped scenarios, a generated scenario, awkward texts and thousands of mutated files):

- U+FEFF (an invisible byte order mark): libyaml counts it as a column and drops it from the indexes
  at the start of a text;
- an empty value in a flow collection (`{nl: Bode, en: }`): libyaml marks it at the next `,` `}` `]`,
  the pure-Python loader right after the `:`;
- a tag (`!name`, never allowed in a scenario): in `[...]` or `{...}` libyaml ends it at a `,`;
- a few texts libyaml refuses and the pure-Python loader reads (`{a:, b: c}`): source.compose then
  uses the pure-Python loader's tree (and explains every syntax error with its messages).

The other way round, libyaml reads a few texts the pure-Python loader refuses (a tab after a key's
colon, `?` inside a text in `{...}`); without libyaml such a file is a syntax error.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

PureLoader = yaml.SafeLoader
_FLOW_ENDS = (",", "}", "]")


LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))

if LIBYAML:  # (PyYAML without libyaml has no CSafeLoader)

    class _LibyamlLoader(yaml.CSafeLoader):
        """libyaml's safe loader, whose resolver remembers the tag of each plain scalar: with no path
        resolvers (a safe loader has none) a plain scalar's text alone decides its tag, and keys and short
        values repeat all through a scenario (resolving was a tenth of composing a large one). It also notes
        whether a value was empty (see `compose`)."""

        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self._plain_tags: dict[str, Any] = {}
            self._remember = not self.yaml_path_resolvers
            self.empty_values = False

        def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
            if kind is ScalarNode and self._remember:
                if not implicit[0]:
                    return self.DEFAULT_SCALAR_TAG  # quoted or a block: a text (as BaseResolver says)
                tag = self._plain_tags.get(value)
                if tag is None:
                    tag = self._plain_tags[value] = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
                    self.empty_values = self.empty_values or value == ""
                return tag
            return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]


FastLoader: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = _LibyamlLoader if LIBYAML else PureLoader


def compose(text: str) -> Node | None:
    """The node tree of `text` (None for an empty document), exactly as the pure-Python loader composes
    it; yaml.YAMLError (or, without libyaml, RecursionError) when it is no YAML that libyaml can read."""
    if not LIBYAML or "\ufeff" in text or _may_have_tag(text):
        return yaml.compose(text, Loader=PureLoader)
    loader = _LibyamlLoader(text)
    try:
        root = loader.get_single_node()
    finally:
        loader.dispose()
    if loader.empty_values and _empty_in_flow(root, text):
        return yaml.compose(text, Loader=PureLoader)
    return root


def _may_have_tag(text: str) -> bool:
    """Whether a tag may start in `text`: a '!' at its start or after a space or `[]{},`, then no space
    (a superset of YAML's rule; a '!' inside a word or before a space is text). A regular expression
    took 15 ms on a 1,000-card scenario, this a few microseconds (a '!' is rare)."""
    at = text.find("!")
    while at != -1:
        following = text[at + 1 : at + 2]
        if (at == 0 or text[at - 1].isspace() or text[at - 1] in "[]{},") and following.strip():
            return True
        at = text.find("!", at + 1)
    return False


def _empty_in_flow(root: Node | None, text: str) -> bool:
    """Whether an empty value of libyaml's tree is marked at a `,` `}` or `]` (inside `{...}` or `[...]`)."""
    stack = [] if root is None else [root]
    while stack:
        node = stack.pop()
        if isinstance(node, ScalarNode):
            index = node.start_mark.index
            if node.value == "" and not node.style and text[index : index + 1] in _FLOW_ENDS:
                return True
        elif isinstance(node, MappingNode):
            stack.extend(item for pair in node.value for item in pair)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    return False
