"""Very long afspraken, acties and remarks render in bounded time, completely, with progress,
and a cancel takes effect inside the long part (not only between clients)."""

from __future__ import annotations

import io
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jbn_selfscan.domain.merged import Afspraak, MergedGesprek
from jbn_selfscan.report import RenderCancelled, render_pdf
from jbn_selfscan.report.styles import CELL_TEXT_LIMIT, PARAGRAPH_TEXT_LIMIT, text_pieces

from .conftest import make_doc

TextOf = Callable[[Path], str]
WORDS = ("overleg", "moeder", "school", "veiligheid", "netwerk", "contact", "gesprek", "plan.")


def long_text(seed: int, length: int = 20_000) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words)[:length].strip()


def squashed(text: str) -> str:
    return "".join(text.split())


_PAGE_FURNITURE = re.compile(r"pagina \d+ van \d+|^Caseloadgesprek( .* · .*)?$")


def body_text(pdf_text: str) -> str:
    """The PDF's text without the header and footer of each page, squashed."""
    lines = [line for line in pdf_text.splitlines() if not _PAGE_FURNITURE.search(line)]
    return squashed("\n".join(lines))


def with_long_texts(afspraken: int, acties: int) -> MergedGesprek:
    doc = make_doc(3)
    template = doc.acties[0]
    return doc.model_copy(
        update={
            "afspraken": tuple(Afspraak(uid=f"a{i}", tekst=long_text(i)) for i in range(afspraken)),
            "acties": tuple(
                template.model_copy(
                    update={
                        "uid": f"x{i}",
                        "omschrijving": long_text(1000 + i),
                        "status_toelichting": long_text(2000 + i, 3_000),
                    }
                )
                for i in range(acties)
            ),
        }
    )


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!\n"), max_size=5_000))
def test_text_pieces_keep_every_character_and_stay_short(text: str) -> None:
    pieces = text_pieces(text)
    assert squashed("".join(pieces)) == squashed(text)
    for piece in pieces:
        for line in piece.split("\n"):
            assert len(line) <= PARAGRAPH_TEXT_LIMIT


def test_long_afspraken_and_acties_are_printed_completely(
    tmp_path: Path, pdftotext: TextOf
) -> None:
    doc = with_long_texts(afspraken=2, acties=2)
    target = tmp_path / "lang.pdf"
    render_pdf(doc, target)
    text = body_text(pdftotext(target))
    werkversie = tmp_path / "lang-werkversie.pdf"
    render_pdf(doc, werkversie, werkversie=True)
    werkversie_text = body_text(pdftotext(werkversie))
    for afspraak in doc.afspraken:
        assert squashed(afspraak.tekst) in text
    for actie in doc.acties:
        assert squashed(actie.omschrijving) in text  # in full under the table
        # A status note is toelichting: the werkversie alone prints it, in full.
        assert squashed(actie.status_toelichting) in werkversie_text
        assert squashed(actie.status_toelichting)[:200] not in text
    assert "verderonderdetabel:actie1" in text
    assert len(doc.acties[0].omschrijving) > CELL_TEXT_LIMIT


def test_progress_moves_through_long_afspraken_and_cancel_stops_inside_them() -> None:
    doc = with_long_texts(afspraken=12, acties=0)
    reported: list[tuple[float, int]] = []
    cancel_at = 2  # two afspraken done (they come before the clients)
    pressed: list[float] = []

    def progress(done: int, _total: int) -> None:
        reported.append((time.perf_counter(), done))

    def cancelled() -> bool:
        if reported and reported[-1][1] >= cancel_at:
            if not pressed:
                pressed.append(time.perf_counter())
            return True
        return False

    with pytest.raises(RenderCancelled):
        render_pdf(doc, io.BytesIO(), progress=progress, is_cancelled=cancelled)
    stopped = time.perf_counter()
    assert [done for _t, done in reported] == list(range(cancel_at + 1))
    assert stopped - pressed[0] < 2.0  # within one afspraak, not at the end of the document


@pytest.mark.slow
def test_a_megabyte_of_afspraken_renders_in_bounded_time() -> None:
    """benchmarks/bench_pdf_long_texts.py measures a file near the 5 MB limit."""
    doc = with_long_texts(afspraken=50, acties=0)
    assert len(doc.model_dump_json()) > 1_000_000
    gaps: list[float] = []
    last = [time.perf_counter()]

    def progress(_done: int, _total: int) -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    started = time.perf_counter()
    render_pdf(doc, io.BytesIO(), progress=progress)
    assert time.perf_counter() - started < 120
    assert max(gaps[1:]) < 5.0  # progress keeps moving
