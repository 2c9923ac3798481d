"""The key options of a command-line run: one KeySource per run, made on first use, shared by
every opening, and asked early when the app starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from jbn_selfscan.cli import build_parser, start_gui
from jbn_selfscan.cli.common import CliContext, build_parser_context
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.workspace import KeySource


def test_the_context_carries_the_key_options_and_makes_the_source_once(tmp_path: Path) -> None:
    args = build_parser().parse_args(
        ["--data-dir", str(tmp_path / "data"), "--sleutelbestand", str(tmp_path / "sleutel")]
    )
    context = build_parser_context(args, recovery_code="ABCD")
    assert not context.keys_used
    source = context.keys
    assert (source.key_file, source.recovery_code) == (str(tmp_path / "sleutel"), "ABCD")
    assert context.keys is source and context.keys_used
    elsewhere = context.with_paths(AppPaths(tmp_path / "demo"))
    assert elsewhere.keys is source and elsewhere.paths.data_dir == tmp_path / "demo"


def test_the_app_asks_for_the_key_before_it_imports_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []
    monkeypatch.setattr(KeySource, "look_up_early", lambda self: order.append("key"))

    def start(context: CliContext, *, quit_when_ready: bool) -> int:
        order.append("window")  # imports the first window's modules, then Qt
        return 0

    monkeypatch.setattr(start_gui, "_start_gui", start)
    context = CliContext(paths=AppPaths(tmp_path / "data"))
    assert start_gui.start_gui(context, quit_when_ready=True) == 0
    assert order == ["key", "window"]
