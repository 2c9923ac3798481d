"""A table splits between rows; a row is cut in two only when it could fit on no page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import SimpleDocTemplate

from jbn_selfscan.report.fonts import register_fonts
from jbn_selfscan.report.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    grid_table,
    make_styles,
    para,
)

PagesOf = Callable[[Path], list[str]]


def _render(path: Path, rows: list[str]) -> None:
    register_fonts()
    styles = make_styles()
    table = grid_table(
        [[para("Kopregel", styles.cell_bold)]] + [[para(text, styles.cell)] for text in rows],
        [120.0],
    )
    intro = [para(f"Inleiding {n}", styles.body) for n in range(7)]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    doc.build([*intro, table])


def _row(number: int, words: int) -> str:
    return f"rij{number}begin " + " ".join(["woord"] * words) + f" rij{number}eind"


def test_rows_that_fit_a_page_move_whole_and_the_header_shows_once_per_page(
    tmp_path: Path, pdf_pages: PagesOf
) -> None:
    target = tmp_path / "tabel.pdf"
    _render(target, [_row(n, 60) for n in range(60)])
    pages = pdf_pages(target)
    assert len(pages) > 3
    for number, page in enumerate(pages, start=1):
        assert page.count("Kopregel") == 1, f"page {number}"
        for row in range(60):  # a row begins and ends on the same page, or is not on it
            assert (f"rij{row}begin" in page) == (f"rij{row}eind" in page), (number, row)


def test_a_row_taller_than_a_page_still_splits(tmp_path: Path, pdf_pages: PagesOf) -> None:
    target = tmp_path / "lange-rij.pdf"
    _render(target, [_row(0, 10), _row(1, 2_000), _row(2, 10)])
    text = "".join(pdf_pages(target))
    assert all(f"rij{n}eind" in text for n in range(3))
    assert text.count("woord") == 2_020
