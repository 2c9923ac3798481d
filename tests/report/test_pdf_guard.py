"""Every text from the merged file that reaches the PDF passes the identifier guard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from jbn_selfscan.domain.merged import MergedGesprek
from jbn_selfscan.report import render_pdf

from .conftest import PLANTED_BSN, make_doc

TextOf = Callable[[Path], str]
PLANTED_PHONE = "06-12345678"
# Fields that identify records or clients on purpose (or are not text a person typed).
STRUCTURAL = {
    "uid",
    "item_id",
    "id",
    "referentie",
    "client_referentie",
    "uit_gesprek_uid",
    "app_versie",
    "stap",
    "initialen",
    "format",
}


def _planted_everywhere(value: Any, model: type[BaseModel] | None) -> Any:
    """A copy of a dumped model with a BSN and a phone number added to every text field."""
    if isinstance(value, list):
        return [_planted_everywhere(item, model) for item in value]
    if not isinstance(value, dict) or model is None:
        return value
    result = {}
    for key, item in value.items():
        field = model.model_fields.get(key)
        annotation = field.annotation if field else None
        if isinstance(item, str) and key not in STRUCTURAL and annotation in (str, str | None):
            result[key] = f"{item} {PLANTED_BSN} {PLANTED_PHONE}"
        else:
            result[key] = _planted_everywhere(item, _model_of(annotation))
    return result


def _model_of(annotation: Any) -> type[BaseModel] | None:
    candidates = [annotation, *getattr(annotation, "__args__", ())]
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
        inner = _model_of_args(candidate)
        if inner is not None:
            return inner
    return None


def _model_of_args(annotation: Any) -> type[BaseModel] | None:
    for arg in getattr(annotation, "__args__", ()):
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg
    return None


@pytest.fixture(scope="module")
def planted_doc() -> MergedGesprek:
    doc = make_doc(4)
    planted = _planted_everywhere(doc.model_dump(mode="json"), MergedGesprek)
    result = MergedGesprek.model_validate(planted)
    dumped = result.model_dump_json()
    # The plant reached names, team, region, contact person, owners and notes.
    for field_value in (
        result.gesprek.medewerker.naam,
        result.clients[0].team,
        result.clients[0].regio,
        result.clients[0].contactpersoon,
        result.acties[0].eigenaar_naam,
        result.gesprek.opmerkingen,
    ):
        assert PLANTED_PHONE in field_value
    assert dumped.count(PLANTED_PHONE) > 30
    return result


@pytest.mark.parametrize("werkversie", [False, True], ids=["personeelsdossier", "werkversie"])
def test_no_planted_identifier_reaches_the_pdf(
    planted_doc: MergedGesprek,
    werkversie: bool,
    tmp_path: Path,
    pdftotext: TextOf,
    pdfinfo: Callable[[Path], dict[str, str]],
) -> None:
    target = tmp_path / "gesprek.pdf"
    render_pdf(planted_doc, target, werkversie=werkversie)
    # Lines joined without a gap (an identifier broken over two lines still shows), spaces in a
    # line kept: the figures tables' columns of single digits must not read as a number.
    flat = "".join(" ".join(line.split()) for line in pdftotext(target).splitlines())
    assert PLANTED_BSN not in flat
    assert PLANTED_PHONE not in flat
    assert "verwijderd" in flat
    info = pdfinfo(target)
    assert PLANTED_BSN not in info.get("Title", "")
    assert PLANTED_PHONE not in info.get("Title", "")
