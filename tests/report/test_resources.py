"""`jbn_selfscan.resources`: the shipped font files are found, in a checkout and in a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jbn_selfscan.resources import ResourceMissingError, resource_path


def test_font_family_and_its_licence_ship_with_the_app() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE"):
        assert resource_path("fonts", name).is_file()


def test_missing_file_gives_a_dutch_message() -> None:
    with pytest.raises(ResourceMissingError, match="Programmabestand ontbreekt: resources/fonts/x"):
        resource_path("fonts", "x.ttf")


def test_bundle_folder_is_used_when_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "resources" / "fonts" / "Bundled.ttf").write_bytes(b"font")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "Bundled.ttf") == tmp_path / "resources" / "fonts" / "Bundled.ttf"


def test_bundle_without_resources_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    with pytest.raises(ResourceMissingError, match="Installeer JBN Zelfscan opnieuw"):
        resource_path("fonts", "DejaVuSans.ttf")
