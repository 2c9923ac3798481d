"""Bad files are refused with a clear Dutch message, in a fixed order of checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jbn_selfscan.exchange.merged_file import (
    MAX_FILE_BYTES,
    ChecksumMismatchError,
    FileAccessError,
    FileTooLargeError,
    InvalidContentError,
    InvalidJsonError,
    MergedFileError,
    SchemaViolationError,
    UnsupportedVersionError,
    WrongFormatError,
    compute_checksum,
    parse_merged_bytes,
    read_merged_file,
)


def encoded(document: dict[str, Any], *, fix_checksum: bool = True) -> bytes:
    """Serialise an edited document, with a correct checksum unless told otherwise."""
    if fix_checksum:
        document["checksum"] = {"algorithm": "sha256", "value": compute_checksum(document)}
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def refusal(data: bytes, error: type[MergedFileError]) -> str:
    with pytest.raises(error) as caught:
        parse_merged_bytes(data)
    return caught.value.message_nl


@pytest.fixture
def document(example_bytes: bytes) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(example_bytes)
    return loaded


def test_changed_toelichting_breaks_the_checksum(example_bytes: bytes) -> None:
    original = "Beeld bijgewerkt na het MDO van april."
    assert original.encode() in example_bytes
    tampered = example_bytes.replace(original.encode(), original.replace("april", "April").encode())
    message = refusal(tampered, ChecksumMismatchError)
    assert message == (
        "Het bestand is na het exporteren gewijzigd of beschadigd (controlegetal klopt niet)."
    )


def test_reformatted_but_unchanged_file_is_still_accepted(example_bytes: bytes) -> None:
    """The checksum covers the content, not the whitespace (e.g. re-indented by an editor)."""
    compact = json.dumps(json.loads(example_bytes), separators=(",", ":")).encode()
    assert parse_merged_bytes(compact) == parse_merged_bytes(example_bytes)


def test_invalid_json_names_line_and_column(example_bytes: bytes) -> None:
    broken = example_bytes.replace(b'"acties": [', b'"acties" [', 1)
    message = refusal(broken, InvalidJsonError)
    assert message.startswith("Het bestand is geen geldige JSON")
    assert "(regel 2, kolom" in message


def test_duplicate_key_is_refused(example_bytes: bytes) -> None:
    doubled = example_bytes.replace(
        b'"app_versie": "0.1.0",', b'"app_versie": "0.1.0", "app_versie": "9",'
    )
    assert "twee keer" in refusal(doubled, InvalidJsonError)


def test_nan_is_refused(example_bytes: bytes) -> None:
    assert "NaN" in refusal(
        example_bytes.replace(b'"versie": 1', b'"versie": NaN', 1), InvalidJsonError
    )


def test_deep_nesting_is_refused() -> None:
    assert "te diep genest" in refusal(b"[" * 100_000 + b"]" * 100_000, InvalidJsonError)


@pytest.mark.parametrize("data", [b"", b"\n"], ids=["empty", "newline"])
def test_empty_file_is_refused(data: bytes) -> None:
    assert refusal(data, InvalidJsonError) == "Het bestand is leeg."


def test_non_utf8_is_refused(example_bytes: bytes) -> None:
    latin1 = example_bytes.decode("utf-8").replace("MDO", "MDÖ").encode("latin-1")
    assert "UTF-8" in refusal(latin1, InvalidJsonError)


@pytest.mark.parametrize(
    "data",
    [b"[1, 2, 3]", b'"tekst"', b'{"format": "iets-anders", "format_version": 1}', b"{}"],
    ids=["list", "string", "other-format", "no-format"],
)
def test_other_json_is_not_a_caseloadgesprek(data: bytes) -> None:
    assert "geen caseloadgesprek-bestand" in refusal(data, WrongFormatError)


def test_newer_format_version_names_both_versions(document: dict[str, Any]) -> None:
    document["format_version"] = 99
    message = refusal(encoded(document), UnsupportedVersionError)
    assert "formaatversie 99" in message
    assert "alleen formaatversie 1 en 2" in message
    assert "bij" in message  # tells the user to update the app


@pytest.mark.parametrize("version", [0, "1", True, 1.5, None])
def test_odd_format_version_is_refused(document: dict[str, Any], version: object) -> None:
    document["format_version"] = version
    assert "onbekende formaatversie" in refusal(encoded(document), UnsupportedVersionError)


def test_version_is_checked_before_the_schema(document: dict[str, Any]) -> None:
    document["format_version"] = 3
    document["onbekend_veld"] = 1
    refusal(encoded(document), UnsupportedVersionError)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda d: d["clients"][0]["scan"]["antwoorden"][0].update(toelichting="x" * 20_001),
            "de tekst bij clients[0].scan.antwoorden[0].toelichting is te lang "
            "(maximaal 20000 tekens)",
        ),
        (
            lambda d: d["gesprek"]["medewerker"].pop("naam"),
            "bij gesprek.medewerker ontbreekt het verplichte veld 'naam'",
        ),
        (lambda d: d.update(geheim="x"), "bij het hoogste niveau staat een onbekend veld 'geheim'"),
        (lambda d: d["gesprek"].update(versie="1"), "gesprek.versie moet een geheel getal zijn"),
        (
            lambda d: d.update(akkoord=d["akkoord"] * 2),
            "akkoord heeft te veel elementen (maximaal 2)",
        ),
        (
            lambda d: d["acties"][0].update(status="misschien"),
            "acties[0].status heeft een ongeldige",
        ),
        (lambda d: d.pop("checksum"), "ontbreekt het verplichte veld 'checksum'"),
    ],
    ids=["too-long", "missing", "unknown", "type", "max-items", "enum", "no-checksum"],
)
def test_schema_violation_names_the_place(
    document: dict[str, Any], edit: Any, expected: str
) -> None:
    edit(document)
    has_checksum = "checksum" in document
    message = refusal(encoded(document, fix_checksum=has_checksum), SchemaViolationError)
    assert message.startswith("Het bestand past niet in het formaat van een caseloadgesprek: ")
    assert expected in message


def test_schema_lists_at_most_three_problems(document: dict[str, Any]) -> None:
    for actie in document["acties"]:
        actie["status"] = "?"
    document["gesprek"]["versie"] = 0
    message = refusal(encoded(document), SchemaViolationError)
    assert message.count(";") == 2
    assert message.endswith("(en meer).")


def test_schema_is_checked_before_the_checksum(document: dict[str, Any]) -> None:
    document["geheim"] = "x"
    refusal(encoded(document, fix_checksum=False), SchemaViolationError)


def test_impossible_date_is_refused_after_the_schema(document: dict[str, Any]) -> None:
    document["clients"][0]["uitspraakdatum"] = "2025-02-30"
    message = refusal(encoded(document), InvalidContentError)
    assert "clients[0].uitspraakdatum is geen geldige datum" in message


def test_oversize_data_is_refused(example_bytes: bytes) -> None:
    with pytest.raises(FileTooLargeError) as caught:
        parse_merged_bytes(example_bytes, max_bytes=1000)
    assert "te groot" in caught.value.message_nl


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "groot.json"
    with big.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk space
    with pytest.raises(FileTooLargeError) as caught:
        read_merged_file(big)
    assert caught.value.message_nl == "Het bestand is te groot (5,0 MB; maximaal 5,0 MB)."


@pytest.mark.parametrize("name", ["bestaat-niet.json", "."], ids=["missing", "folder"])
def test_unopenable_path_is_a_dutch_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(FileAccessError) as caught:
        read_merged_file(tmp_path / name)
    assert "Het bestand" in caught.value.message_nl
