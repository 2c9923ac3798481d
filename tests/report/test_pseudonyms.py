"""Pseudonyms run A…Z, then AA, AB, … like spreadsheet columns."""

from __future__ import annotations

import pytest

from jbn_selfscan.report import pseudonym_for


def test_first_clients_get_single_letters() -> None:
    assert [pseudonym_for(i) for i in (0, 1, 25)] == ["Cliënt A", "Cliënt B", "Cliënt Z"]


def test_after_z_come_two_letters_then_three() -> None:
    assert pseudonym_for(26) == "Cliënt AA"
    assert pseudonym_for(27) == "Cliënt AB"
    assert pseudonym_for(701) == "Cliënt ZZ"
    assert pseudonym_for(702) == "Cliënt AAA"


def test_a_caseload_of_2000_gets_2000_different_pseudonyms() -> None:
    assert len({pseudonym_for(i) for i in range(2000)}) == 2000


def test_negative_index_is_refused() -> None:
    with pytest.raises(ValueError):
        pseudonym_for(-1)
