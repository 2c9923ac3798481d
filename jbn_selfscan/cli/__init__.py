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
from typing import Any, NoReturn

from jbn_selfscan import __version__
from jbn_selfscan.cli.common import CliContext, CliError, UsageError, build_parser_context
from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.paths import PathError

# One module per subcommand (see each module's `register`). Order is the order in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "jbn_selfscan.cli.cmd_termijnen",
    "jbn_selfscan.cli.cmd_caseload",
    "jbn_selfscan.cli.cmd_validate_checklist",
    "jbn_selfscan.cli.cmd_backup",
    "jbn_selfscan.cli.cmd_check",
    "jbn_selfscan.cli.cmd_import_caseload",
    "jbn_selfscan.cli.cmd_sjabloon",
    "jbn_selfscan.cli.cmd_gesprekken",
    "jbn_selfscan.cli.cmd_export",
    "jbn_selfscan.cli.cmd_import",
    "jbn_selfscan.cli.cmd_sleutels",
    "jbn_selfscan.cli.cmd_pdf",
    "jbn_selfscan.cli.cmd_demo",
    "jbn_selfscan.cli.cmd_cijfers",
)


_ARGPARSE_NL = (
    ("unrecognized arguments", "onbekende argumenten"),
    ("the following arguments are required", "deze argumenten ontbreken"),
    ("invalid choice", "ongeldige keuze"),
    ("choose from", "kies uit"),
    ("expected one argument", "verwacht één waarde"),
    ("argument ", "argument "),
    ("not allowed with argument", "niet toegestaan samen met"),
    ("invalid int value", "geen geheel getal"),
)


def _dutch(message: str) -> str:
    for english, dutch in _ARGPARSE_NL:
        message = message.replace(english, dutch)
    return message


class _Parser(argparse.ArgumentParser):
    """ArgumentParser in Dutch whose errors are one line and exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "gebruik:")

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "gebruik:")

    def error(self, message: str) -> NoReturn:
        raise UsageError(_dutch(message))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="jbn-selfscan",
        description=(
            "JBN Zelfscan: de dossier zelfscan en het caseloadgesprek. "
            "Zonder opdracht start de app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"jbn-selfscan {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--data-dir",
        metavar="MAP",
        help="map met de gegevens (anders JBN_SELFSCAN_DATA_DIR of de standaardmap)",
    )
    parser.add_argument(
        "--sleutelbestand",
        metavar="BESTAND",
        help=(
            "bestand met de databasesleutel (anders JBN_SELFSCAN_KEY_FILE of het sleutelbeheer "
            "van het systeem)"
        ),
    )
    parser.add_argument(
        "--herstelcode",
        action="store_true",
        help=(
            "open een versleutelde gegevensmap met de herstelcode (gevraagd, of gelezen van de "
            "invoer) als de sleutel op deze computer ontbreekt"
        ),
    )
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="open het hoofdvenster met de caseload, wacht tot het klaar is en sluit af",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="controleer deze installatie in een tijdelijke map (zonder scherm) en stop",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    context: CliContext | None = None
    try:
        args = build_parser().parse_args(argv)
        if args.self_test:
            from jbn_selfscan.cli.self_test import run_self_test

            return run_self_test()
        context = build_parser_context(args, _recovery_code(args))
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
    except UserFacingError as exc:  # any service's Dutch refusal: the same one line
        print(f"jbn-selfscan: {exc}", file=sys.stderr)
        return 1
    except PathError as exc:  # an unusable file or folder, found wherever it was first used
        print(f"jbn-selfscan: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a full disk or an unwritable folder: one line
        from jbn_selfscan.services.workspace import storage_failure_nl

        explained = storage_failure_nl(exc)
        if explained is None:
            raise
        print(f"jbn-selfscan: mislukt: {explained}. Er is niets half opgeslagen.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("jbn-selfscan: afgebroken", file=sys.stderr)
        return 130
    finally:
        if context is not None:
            _show_new_recovery_code(context)


def _recovery_code(args: argparse.Namespace) -> str | None:
    """The recovery code of `--herstelcode`, asked or read from stdin (never an argument: it
    would show in the process list). Nothing is imported here: the start-up imports the
    services later, with the garbage collector paused (`startup_gc.py`)."""
    if not args.herstelcode:
        return None
    if sys.stdin.isatty():
        import getpass

        code = getpass.getpass("Herstelcode: ")
    else:
        code = sys.stdin.readline()
    if not code.strip():
        raise UsageError("--herstelcode: er is geen herstelcode ingevoerd")
    return code


def _show_new_recovery_code(context: CliContext) -> None:
    """A key made in this run: its recovery code, once, on stderr (stdout may be a file)."""
    if not context.keys_used:
        return  # no key was looked for
    from jbn_selfscan.services.workspace import PLAIN_BACKUPS_NOTICE

    code = context.keys.take_new_recovery_code()
    if code is not None:
        print(RECOVERY_CODE_NOTICE.format(code=code), file=sys.stderr)
    old = context.keys.take_plain_backups()
    if old:
        notice = PLAIN_BACKUPS_NOTICE.format(count=len(old), folder=old[0].parent)
        print(f"jbn-selfscan: {notice}", file=sys.stderr)


RECOVERY_CODE_NOTICE = (
    "jbn-selfscan: de database is versleuteld met een nieuwe sleutel. Herstelcode (wordt maar "
    "één keer getoond; geef hem aan functioneel beheer en bewaar hem buiten deze computer):\n"
    "    {code}\n"
    "Zonder deze code zijn de gegevens verloren als de sleutel op deze computer verdwijnt."
)
