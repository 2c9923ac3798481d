"""Shared pieces of the command line: errors and the per-invocation context."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.paths import AppPaths, PathError, resolve_paths


class CliError(UserFacingError):
    """An error shown to the user as one line; `exit_code` is the process exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class UsageError(CliError):
    """Invalid arguments (exit code 2)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, exit_code=2)


@dataclass(frozen=True)
class CliContext:
    """What every subcommand gets besides its own arguments."""

    paths: AppPaths


def build_parser_context(args: argparse.Namespace) -> CliContext:
    try:
        return CliContext(paths=resolve_paths(args.data_dir))
    except PathError as exc:
        raise UsageError(str(exc)) from None
