"""``newsdesk reject ID CHANGE|all``: reject pending suggestions (stored as a revision)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from . import cmd_accept

if TYPE_CHECKING:
    from newsdesk.services.library import LibraryAPI


def register(subparsers: argparse._SubParsersAction) -> None:
    cmd_accept.register(subparsers, accept=False)


def run(args: argparse.Namespace, library: LibraryAPI) -> int:
    return cmd_accept.run(args, library, accept=False)
