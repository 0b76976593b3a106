"""Entry points: ``newsdesk`` (CLI, or the app when no command is given) and ``newsdesk-gui``.

This is the only module above both front ends; it imports them lazily so that
``newsdesk list`` never loads Qt and the app never pays for argparse sub-commands.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:  # Ctrl+C before the command's own handling began
        sys.stderr.write("newsdesk: interrupted\n")
        return 130


def _main(argv: list[str] | None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if argv is None:  # the program itself: a PDF export starts its print engine first
        from newsdesk.printing import forked

        forked.start(args)
    from newsdesk.cli.main import exit_quickly, wants_gui
    from newsdesk.cli.main import main as cli_main

    if wants_gui(args):
        return gui_main(args)
    try:
        code = cli_main(args)
    finally:
        if argv is None:
            forked.release()
    if argv is None:  # the program itself (not a caller in the same process)
        exit_quickly(code, printed_elsewhere=forked.taken())
    return code


def gui_main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    from newsdesk.qt.app import run

    return run(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
