"""Shared pieces of the command line: errors and the per-invocation context."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

from jbn_selfscan.domain.errors import UserFacingError
from jbn_selfscan.paths import AppPaths, PathError, resolve_paths

if TYPE_CHECKING:
    from jbn_selfscan.services.workspace import KeySource


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
    """What every subcommand gets besides its own arguments: the data directory and the key
    options of this run (`--sleutelbestand`, the code given with `--herstelcode`)."""

    paths: AppPaths
    key_file: str | None = None
    recovery_code: str | None = None

    @cached_property
    def keys(self) -> KeySource:
        """Where the database key of this run comes from; made on first use, so a start
        without key options imports no service before the start-up's collector pause."""
        from jbn_selfscan.services.workspace import KeySource

        return KeySource(key_file=self.key_file, recovery_code=self.recovery_code)

    def with_paths(self, paths: AppPaths) -> CliContext:
        """The same run on another data directory, with the same key source (so what it has
        to tell the user at the end is told)."""
        other = replace(self, paths=paths)
        other.__dict__["keys"] = self.keys
        return other

    @property
    def keys_used(self) -> bool:
        """Whether `keys` was made (a command or the app looked for the key)."""
        return "keys" in self.__dict__


def build_parser_context(args: argparse.Namespace, recovery_code: str | None = None) -> CliContext:
    try:
        paths = resolve_paths(args.data_dir)
    except PathError as exc:
        raise UsageError(str(exc)) from None
    return CliContext(
        paths=paths, key_file=getattr(args, "sleutelbestand", None), recovery_code=recovery_code
    )
