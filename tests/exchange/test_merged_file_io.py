"""Writing and reading the merged caseloadgesprek file: round trip, canonical bytes, encryption."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.exchange import crypto
from jbn_selfscan.exchange.merged_file import (
    ExportError,
    MergedFileError,
    PasswordRequiredError,
    WrongPasswordError,
    parse_merged_bytes,
    read_merged_file,
    to_json_bytes,
    write_merged_file,
)


def test_write_then_read_gives_an_equal_gesprek(gesprek: MergedGesprek, tmp_path: Path) -> None:
    target = tmp_path / "caseloadgesprek.json"
    write_merged_file(gesprek, target)
    assert read_merged_file(target) == gesprek


def test_same_gesprek_gives_identical_bytes(gesprek: MergedGesprek, example_bytes: bytes) -> None:
    assert to_json_bytes(gesprek) == to_json_bytes(gesprek)
    assert to_json_bytes(gesprek) == example_bytes  # the documented example is current


def test_file_is_sorted_indented_utf8_with_trailing_newline(gesprek: MergedGesprek) -> None:
    data = to_json_bytes(gesprek)
    text = data.decode("utf-8")
    document = json.loads(text)
    assert text == json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert text.startswith('{\n  "acties": [')


def test_checksum_is_sha256_of_the_compact_canonical_form_without_it(
    gesprek: MergedGesprek,
) -> None:
    """The definition in docs/merged-file.md, recomputed independently."""
    document = json.loads(to_json_bytes(gesprek))
    checksum = document.pop("checksum")
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert checksum == {
        "algorithm": "sha256",
        "value": hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
    }


def test_non_ascii_text_survives_unescaped(gesprek: MergedGesprek, tmp_path: Path) -> None:
    changed = gesprek.model_copy(
        update={"gesprek": gesprek.gesprek.model_copy(update={"opmerkingen": "Zoë en Daniël"})}
    )
    target = tmp_path / "g.json"
    write_merged_file(changed, target)
    assert "Zoë en Daniël".encode() in target.read_bytes()
    assert read_merged_file(target).gesprek.opmerkingen == "Zoë en Daniël"


def test_overwriting_replaces_the_file_and_leaves_no_temporary_files(
    gesprek: MergedGesprek, tmp_path: Path
) -> None:
    target = tmp_path / "g.json"
    target.write_text("oude inhoud")
    write_merged_file(gesprek, target)
    assert read_merged_file(target) == gesprek
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


def test_failed_write_keeps_the_old_file(
    gesprek: MergedGesprek, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "g.json"
    target.write_text("oude inhoud")

    def disk_full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError) as caught:
        write_merged_file(gesprek, target)
    assert "kon niet worden opgeslagen" in caught.value.message_nl
    assert target.read_text() == "oude inhoud"
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


def test_writing_into_a_missing_folder_is_a_dutch_error(
    gesprek: MergedGesprek, tmp_path: Path
) -> None:
    with pytest.raises(ExportError):
        write_merged_file(gesprek, tmp_path / "bestaat-niet" / "g.json")


class TestEncryptedFile:
    def test_round_trip_with_password(self, gesprek: MergedGesprek, tmp_path: Path) -> None:
        target = tmp_path / "g.json"
        write_merged_file(gesprek, target, password="Lente-2026!")
        assert crypto.is_encrypted(target.read_bytes())
        assert b"OTS-2025-0412" not in target.read_bytes()
        assert read_merged_file(target, password="Lente-2026!") == gesprek

    def test_password_is_asked_for_and_a_wrong_one_refused(
        self, gesprek: MergedGesprek, tmp_path: Path
    ) -> None:
        target = tmp_path / "g.json"
        write_merged_file(gesprek, target, password="Lente-2026!")
        with pytest.raises(PasswordRequiredError) as required:
            read_merged_file(target)
        assert "versleuteld" in required.value.message_nl
        with pytest.raises(WrongPasswordError) as wrong:
            read_merged_file(target, password="lente-2026!")
        assert isinstance(wrong.value, MergedFileError)
        assert isinstance(wrong.value, crypto.WrongPasswordError)

    def test_tampered_ciphertext_is_refused(self, gesprek: MergedGesprek) -> None:
        blob = bytearray(crypto.encrypt(to_json_bytes(gesprek), "geheim"))
        blob[200] ^= 0x40
        with pytest.raises(WrongPasswordError):
            parse_merged_bytes(bytes(blob), password="geheim")

    def test_empty_password_is_refused_on_export(
        self, gesprek: MergedGesprek, tmp_path: Path
    ) -> None:
        with pytest.raises(ExportError):
            write_merged_file(gesprek, tmp_path / "g.json", password="")
        assert not (tmp_path / "g.json").exists()

    def test_plain_file_opens_even_when_a_password_is_given(
        self, gesprek: MergedGesprek, example_bytes: bytes
    ) -> None:
        assert parse_merged_bytes(example_bytes, password="overbodig") == gesprek
