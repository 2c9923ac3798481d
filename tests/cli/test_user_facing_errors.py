"""Every UserFacingError a command lets through is one Dutch line on stderr, exit code 1."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from jbn_selfscan.cli import cmd_pdf, main
from jbn_selfscan.cli.common import CliContext
from jbn_selfscan.services.gesprek_rules import GesprekError


def test_a_service_refusal_is_one_line_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def refuse(_args: argparse.Namespace, _context: CliContext) -> int:
        raise GesprekError("Dit caseloadgesprek bestaat niet meer.")

    monkeypatch.setattr(cmd_pdf, "run_pdf", refuse)
    code = main(["--data-dir", str(tmp_path), "pdf", "1", "-o", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert code == 1
    assert err == "jbn-selfscan: Dit caseloadgesprek bestaat niet meer.\n"
