"""The one progress bar of the commands: on stderr, labelled in the user's language, and shown
only to a person watching a terminal during a long run (in a pipe or a CI log it is noise)."""

from __future__ import annotations

import contextlib
import sys
from typing import IO, Iterable, Iterator, TextIO, TypeVar

Item = TypeVar("Item")


def wanted(count: int, minimum: int, stream: IO | None = None) -> bool:
    """True when `count` items are a long run (at least `minimum`) and `stream` is a terminal."""
    stream = stream if stream is not None else sys.stderr
    return count >= minimum and stream.isatty()


@contextlib.contextmanager
def progress(items: list[Item], *, enabled: bool, label_key: str, lang: str,
             stream: TextIO | None = None) -> Iterator[Iterable[Item]]:
    """`items` to iterate over, through a progress bar labelled with catalogue text `label_key`
    when `enabled`."""
    if not enabled:
        yield items
        return
    import click

    from procesregels.i18n import text

    stream = stream if stream is not None else sys.stderr
    with click.progressbar(items, label=text(label_key, lang), file=stream) as bar:
        yield bar
