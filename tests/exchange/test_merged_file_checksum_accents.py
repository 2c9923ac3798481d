"""The checksum over non-ASCII text, against a value worked out outside this code base.

`tests/fixtures/gesprek-accenten.json` is the documented example with accented free text
("Zoë", "coördinatie", "één", an en dash). Its checksum was computed with standard tools, not
with this package:

    jq -cS 'del(.checksum)' tests/fixtures/gesprek-accenten.json | tr -d '\\n' | sha256sum

(`jq -cS`: compact, keys sorted, non-ASCII left as UTF-8, which is the documented canonical form
in docs/merged-file.md.)
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.exchange.merged_file import compute_checksum, parse_merged_bytes, to_json_bytes

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "gesprek-accenten.json"
CHECKSUM = "d792c2e2f0f1f2844edf913c973aa519b2d9d46d9233b07cb8c5b5641421798b"


def test_the_fixture_really_holds_accented_text_as_utf8() -> None:
    raw = FIXTURE.read_bytes()
    assert "Zoë".encode() in raw and "coördinatie".encode() in raw
    assert b"\\u00eb" not in raw  # not ASCII-escaped in the file itself
    assert json.loads(raw)["checksum"] == {"algorithm": "sha256", "value": CHECKSUM}


def test_reading_accepts_the_independently_computed_checksum() -> None:
    """Planted bug: `ensure_ascii=True` in `canonical_bytes` (checksum over ASCII-escaped
    JSON). The example file is pure ASCII, so the other tests passed; this file is rejected
    with ChecksumMismatchError and this test fails."""
    gesprek = parse_merged_bytes(FIXTURE.read_bytes())
    assert gesprek.acties[0].omschrijving.startswith("Nieuwe ARIJ afnemen met Zoë")


def test_computing_gives_the_independent_checksum() -> None:
    """Same planted bug: the computed value differs from the one `jq | sha256sum` gave."""
    document = json.loads(FIXTURE.read_bytes())
    assert compute_checksum(document) == CHECKSUM


def test_writing_signs_with_the_independent_checksum() -> None:
    """Exporting the same gesprek writes the same checksum the outside tools computed."""
    document = json.loads(FIXTURE.read_bytes())
    del document["checksum"]
    gesprek = MergedGesprek.model_validate(document)
    written = json.loads(to_json_bytes(gesprek, redact_identifiers=False))
    # The fixture is a format-1 file; an export is always written as the current format.
    assert written["format_version"] == 2
    body = {key: value for key, value in written.items() if key != "checksum"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert written["checksum"]["value"] == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_hand_rule_in_the_docs_gives_the_same_value() -> None:
    """The rule of docs/merged-file.md, written out with hashlib and json only."""
    document = json.loads(FIXTURE.read_bytes())
    body = {key: value for key, value in document.items() if key != "checksum"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == CHECKSUM
