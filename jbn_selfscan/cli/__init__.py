"""Command line: `jbn-selfscan` (also `python -m jbn_selfscan`).

No subcommand starts the app. Each subcommand lives in its own module in this package and
exposes `register(subparsers)`; its handler receives the parsed arguments and the resolved
`AppPaths` and returns an exit code. Errors are one clear line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from jbn_selfscan import __version__
from jbn_selfscan.cli.common import CliError, UsageError, build_parser_context

# One module per subcommand (see each module's `register`). Order is the order in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "jbn_selfscan.cli.cmd_termijnen",
    "jbn_selfscan.cli.cmd_validate_checklist",
    "jbn_selfscan.cli.cmd_backup",
)


class _Parser(argparse.ArgumentParser):
    """ArgumentParser whose errors are one Dutch line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jbn-selfscan",
        description=(
            "JBN Zelfscan: de dossier zelfscan en het caseloadgesprek. "
            "Zonder opdracht start de app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"jbn-selfscan {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="MAP",
        help="map met de gegevens (anders JBN_SELFSCAN_DATA_DIR of de standaardmap)",
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="open het hoofdvenster met de caseload, wacht tot het klaar is en sluit af",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    try:
        args = build_parser().parse_args(argv)
        context = build_parser_context(args)
        handler = getattr(args, "handler", None)
        if handler is None:
            from jbn_selfscan.cli.start_gui import start_gui

            return start_gui(context, quit_when_ready=args.quit_when_ready)
        return int(handler(args, context))
    except UsageError as exc:
        print(f"jbn-selfscan: fout: {exc}", file=sys.stderr)
        return 2
    except CliError as exc:
        print(f"jbn-selfscan: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("jbn-selfscan: afgebroken", file=sys.stderr)
        return 130
