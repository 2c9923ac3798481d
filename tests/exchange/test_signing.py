"""The akkoord signature (exchange.signing): key file, signed bytes, and a property test that
any change to the signed content or to the akkoord itself fails verification."""

from __future__ import annotations

import copy
import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.domain.types import GesprekStatus, Role
from jbn_selfscan.exchange import signing
from jbn_selfscan.exchange.merged_file import read_merged_file

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "example-caseloadgesprek.json"


@pytest.fixture(scope="module")
def signed_doc() -> MergedGesprek:
    """The documented example, both akkoorden signed (tools/generate_schema.py)."""
    return read_merged_file(EXAMPLE)


def _key() -> signing.InstallationKey:
    return signing.InstallationKey(Ed25519PrivateKey.generate())


def test_example_akkoorden_verify(signed_doc: MergedGesprek) -> None:
    assert len(signed_doc.akkoord) == 2
    assert all(signing.verify_akkoord(signed_doc, a) for a in signed_doc.akkoord)


def test_key_file_is_made_once_private_and_reused(tmp_path: Path) -> None:
    assert signing.load_installation_key(tmp_path) is None
    first = signing.installation_key(tmp_path)
    again = signing.installation_key(tmp_path)
    assert first.public_key == again.public_key
    if os.name == "posix":
        assert signing.key_path(tmp_path).stat().st_mode & 0o777 == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_damaged_key_file_is_a_dutch_error_and_is_not_replaced(tmp_path: Path) -> None:
    path = signing.key_path(tmp_path)
    path.write_bytes(b"-----BEGIN PRIVATE KEY-----\nbroken\n")
    with pytest.raises(signing.SigningKeyError, match="beschadigd"):
        signing.installation_key(tmp_path)
    assert path.read_bytes().endswith(b"broken\n")


def test_fingerprint_is_five_groups_of_four(signed_doc: MergedGesprek) -> None:
    key = _key()
    groups = key.fingerprint.split(" ")
    assert len(groups) == 5 and all(len(g) == 4 for g in groups)
    assert signing.fingerprint(key.public_key) == key.fingerprint


def test_status_last_change_and_app_version_are_not_signed(signed_doc: MergedGesprek) -> None:
    """What signing itself changes may differ; the akkoord still holds."""
    changed = signed_doc.model_copy(
        update={
            "app_versie": "9.9.9",
            "gesprek": signed_doc.gesprek.model_copy(
                update={
                    "status": GesprekStatus.IN_VOORBEREIDING,
                    "bijgewerkt_op": dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
                }
            ),
        }
    )
    assert all(signing.verify_akkoord(changed, a) for a in changed.akkoord)


def test_an_akkoord_without_signature_never_verifies(signed_doc: MergedGesprek) -> None:
    bare = signed_doc.akkoord[0].model_copy(
        update={"sleutel": None, "handtekening": None, "installatie": None}
    )
    assert not signing.verify_akkoord(signed_doc, bare)
    half = signed_doc.akkoord[0].model_copy(update={"installatie": _key().fingerprint})
    assert not signing.verify_akkoord(signed_doc, half)


def test_signature_over_redacted_text_holds_for_both_exports() -> None:
    """One signature holds for the file with suspected identifiers removed and kept."""
    from jbn_selfscan.exchange.merged_file import redact_free_text

    base = read_merged_file(EXAMPLE)
    with_bsn = base.model_copy(
        update={"gesprek": base.gesprek.model_copy(update={"opmerkingen": "BSN 123456782"})}
    )
    key = _key()
    akkoord = signing.sign_akkoord(
        key, with_bsn, rol="jeugdbeschermer", naam="M. Bakker", op=dt.datetime.now(dt.UTC)
    )
    assert signing.verify_akkoord(with_bsn, akkoord)
    assert signing.verify_akkoord(redact_free_text(with_bsn), akkoord)


# --------------------------------------------------------------------------- property test


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [leaf for k, v in value.items() for leaf in _leaves(v, (*path, k))]
    if isinstance(value, list):
        found = [leaf for i, v in enumerate(value) for leaf in _leaves(v, (*path, i))]
        return [*found, path] if value else [path]
    return [path]


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(document, path[:-1])[path[-1]] = value


def _mutated(value: Any, data: st.DataObject) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + data.draw(st.sampled_from([-1, 1, 7]), label="delta")
    if isinstance(value, str):
        kind = data.draw(st.sampled_from(["append", "drop", "replace"]), label="kind")
        if kind == "append" or not value:
            return value + data.draw(st.sampled_from(["x", " ", "é", "1", "\n"]), label="char")
        if kind == "drop":
            return value[:-1]
        return "Z" + value[1:] if value[0] != "Z" else "Y" + value[1:]
    if isinstance(value, list):
        return value[:-1] if value else value
    if value is None:
        return data.draw(st.sampled_from(["2026-01-05", "tekst"]), label="instead of null")
    return value


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_change_to_signed_content_fails_verification(
    signed_doc: MergedGesprek, data: st.DataObject
) -> None:
    document = signed_doc.model_dump(mode="json")
    content = signing.signed_content(signed_doc)
    paths = [("gesprek", *p[1:]) if p[0] == "gesprek" else p for p in _leaves(content)]
    path = data.draw(st.sampled_from(paths), label="path")
    changed = copy.deepcopy(document)
    _set(changed, path, _mutated(_get(document, path), data))
    try:
        doc = MergedGesprek.model_validate(changed)
    except ValidationError:
        assume(False)
        raise AssertionError from None  # unreachable
    assume(signing.signed_content(doc) != content)  # e.g. a date that parses to the same day
    assert not any(signing.verify_akkoord(doc, a) for a in doc.akkoord)


@settings(max_examples=200, deadline=None)
@given(
    field=st.sampled_from(["rol", "naam", "op", "sleutel", "handtekening", "installatie"]),
    which=st.integers(0, 1),
    data=st.data(),
)
def test_any_change_to_the_akkoord_itself_fails_verification(
    signed_doc: MergedGesprek, field: str, which: int, data: st.DataObject
) -> None:
    akkoord = signed_doc.akkoord[which]
    other = signed_doc.akkoord[1 - which]
    if field == "rol":
        new: Any = (
            Role.PRAKTIJKBEGELEIDER
            if akkoord.rol is Role.JEUGDBESCHERMER
            else (Role.JEUGDBESCHERMER)
        )
    elif field == "naam":
        new = _mutated(akkoord.naam, data)
        assume(new.strip())
    elif field == "op":
        new = akkoord.op + dt.timedelta(seconds=data.draw(st.sampled_from([-60, 1, 3600])))
    elif field == "sleutel":
        new = other.sleutel if data.draw(st.booleans()) else _key().public_key
    elif field == "handtekening":
        new = other.handtekening
    else:
        new = _key().fingerprint
    changed = akkoord.model_copy(update={field: new})
    assert not signing.verify_akkoord(signed_doc, changed)
