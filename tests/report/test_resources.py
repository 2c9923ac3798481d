"""`jbn_selfscan.resources`: the shipped files are package data, found with importlib.resources."""

from __future__ import annotations

from pathlib import Path

import pytest

from jbn_selfscan import resources as shipped
from jbn_selfscan.resources import ResourceMissingError, resource_path

PACKAGE_DIR = Path(shipped.__file__).resolve().parent


def test_font_family_and_its_licence_ship_with_the_app() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE"):
        assert resource_path("fonts", name).is_file()


def test_files_live_inside_the_package() -> None:
    # inside the package, so a wheel (not only a checkout) carries them
    for parts in (("caseload-sjabloon.csv",), ("caseload-sjabloon.xlsx",), ("fonts", "LICENSE")):
        assert resource_path(*parts).is_relative_to(PACKAGE_DIR / "assets")


def test_missing_file_gives_a_dutch_message() -> None:
    with pytest.raises(ResourceMissingError, match="Programmabestand ontbreekt: assets/fonts/x"):
        resource_path("fonts", "x.ttf")


def test_package_without_assets_folder_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shipped.resources, "files", lambda package: tmp_path)
    with pytest.raises(ResourceMissingError, match="Installeer JBN Zelfscan opnieuw"):
        resource_path("fonts", "DejaVuSans.ttf")


def test_package_data_in_pyproject_covers_every_shipped_file() -> None:
    import fnmatch
    import tomllib

    config = tomllib.loads((PACKAGE_DIR.parent / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["jbn_selfscan"]
    shipped_files = [
        p.relative_to(PACKAGE_DIR).as_posix()
        for p in (PACKAGE_DIR / "assets").rglob("*")
        if p.is_file()
    ]
    assert shipped_files
    for name in shipped_files:
        assert any(
            fnmatch.fnmatch(name, pattern) and name.count("/") == pattern.count("/")
            for pattern in patterns
        ), name
