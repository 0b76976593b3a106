"""Entry points: ``newsdesk`` (CLI, or the app when no command is given) and ``newsdesk-gui``.

This is the only module above both front ends; it imports them lazily so that
``newsdesk list`` never loads Qt and the app never pays for argparse sub-commands.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    from newsdesk.cli.main import exit_quickly, wants_gui
    from newsdesk.cli.main import main as cli_main

    if wants_gui(args):
        return gui_main(args)
    code = cli_main(args)
    if argv is None:  # the program itself (not a caller in the same process)
        exit_quickly(code)
    return code


def gui_main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    from newsdesk.qt.app import run

    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
