"""The one way this package reads YAML: safe tags only, and no anchors or aliases.

PyYAML's ``safe_load`` refuses Python tags but expands aliases, so a few hundred bytes
with nested aliases ("billion laughs") become a structure of billions of items that
exhausts memory as soon as it is walked or printed (an error message quoting a value).
None of our data files needs anchors, so ``NoAliasSafeLoader`` refuses both at the first
one, before anything is built, and ``load_yaml`` is what every module calls (a test
checks that no module calls ``yaml.safe_load`` or ``yaml.load`` directly).
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent


class YamlAliasError(ComposerError):
    """A YAML text uses an anchor (``&name``) or an alias (``*name``); a
    ``yaml.YAMLError``, so callers that report YAML errors report this one too."""


class NoAliasSafeLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` whose composer refuses anchors and aliases."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose the next node, raising ``YamlAliasError`` at an anchor or alias."""
        event = self.peek_event()
        if isinstance(event, AliasEvent) or (
            isinstance(event, ScalarEvent | CollectionStartEvent) and event.anchor is not None
        ):
            kind = "alias" if isinstance(event, AliasEvent) else "anchor"
            name = str(event.anchor)[:40]
            raise YamlAliasError(
                None,
                None,
                f"found the {kind} {name!r}: anchors (&) and aliases (*) are not allowed "
                "here; write each value out in full",
                event.start_mark,
            )
        return super().compose_node(parent, index)


def load_yaml(text: str, source: str = "<string>") -> Any:
    """The data of a YAML document, read with ``NoAliasSafeLoader`` (safe tags only, no
    anchors or aliases). Raises ``yaml.YAMLError`` (``YamlAliasError`` for an anchor or
    alias) whose message names ``source`` (the file) and the line.

    >>> load_yaml("themes: [a, b]")
    {'themes': ['a', 'b']}
    """
    fast = _load_with_libyaml(text)
    if fast is not _SLOW:
        return fast
    loader = NoAliasSafeLoader(text)
    loader.name = source  # the name every error mark quotes
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


_SLOW = object()


def _load_with_libyaml(text: str) -> Any:
    """The data of ``text`` read by libyaml's C parser (``yaml.CSafeLoader``: the same
    safe constructor and resolver, ten times faster: issue 13), or ``_SLOW`` when libyaml
    is missing, the text has an anchor or alias, or libyaml finds an error:
    ``NoAliasSafeLoader`` then reads it and raises its own error naming the file."""
    if not getattr(yaml, "__with_libyaml__", False):
        return _SLOW
    try:
        events = yaml.CSafeLoader(text)
        try:
            while events.check_event():
                event = events.get_event()
                if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None:
                    return _SLOW
        finally:
            events.dispose()
        loader = yaml.CSafeLoader(text)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.YAMLError:
        return _SLOW
