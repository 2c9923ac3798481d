"""PDF of a valid merged file near the 5 MB limit, made of very long afspraken and acties.

Measures the whole render, the longest wait between two progress reports, the peak resident
memory, and how long a cancel pressed halfway (by a timer) takes to stop the render. The file
is written with `to_json_bytes` and read back with `parse_merged_bytes`, so it passes every
check an imported file passes.

Run: `.venv/bin/python benchmarks/bench_pdf_long_texts.py [--afspraken 200] [--acties 20]`.
"""

from __future__ import annotations

import argparse
import io
import platform
import random
import resource
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jbn_selfscan.domain.merged import Afspraak, MergedGesprek  # noqa: E402
from jbn_selfscan.exchange.merged_file import (  # noqa: E402
    MAX_FILE_BYTES,
    parse_merged_bytes,
    to_json_bytes,
)
from jbn_selfscan.report import RenderCancelled, render_pdf  # noqa: E402
from tests.report.conftest import make_doc  # noqa: E402

WORDS = ("overleg", "moeder", "school", "veiligheid", "netwerk", "contact", "gesprek", "plan.")


def text(seed: int, length: int) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:length].strip()


def document(afspraken: int, acties: int) -> tuple[MergedGesprek, int]:
    doc = make_doc()
    template = doc.acties[0]
    doc = doc.model_copy(
        update={
            "afspraken": tuple(
                Afspraak(uid=f"a{i}", tekst=text(i, 20_000)) for i in range(afspraken)
            ),
            "acties": tuple(
                template.model_copy(
                    update={
                        "uid": f"x{i}",
                        "omschrijving": text(10_000 + i, 20_000),
                        "status_toelichting": text(20_000 + i, 20_000),
                    }
                )
                for i in range(acties)
            ),
        }
    )
    data = to_json_bytes(doc)
    return parse_merged_bytes(data), len(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--afspraken", type=int, default=200)
    parser.add_argument("--acties", type=int, default=20)
    options = parser.parse_args()
    doc, size = document(options.afspraken, options.acties)
    print(f"{platform.platform()}, Python {platform.python_version()}")
    print(
        f"bestand: {size / 1e6:.2f} MB (grens {MAX_FILE_BYTES / 1e6:.0f} MB), "
        f"{len(doc.clients)} cliënten, {len(doc.afspraken)} afspraken, {len(doc.acties)} acties"
    )

    moments: list[float] = []
    started = time.perf_counter()
    render_pdf(doc, io.BytesIO(), progress=lambda _d, _t: moments.append(time.perf_counter()))
    total = time.perf_counter() - started
    gaps = [b - a for a, b in zip([started, *moments], moments, strict=False)]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"volledig: {total:.1f} s, {len(moments)} voortgangsmeldingen, "
        f"langste wachttijd {max(gaps):.2f} s, piekgeheugen {peak:.0f} MB"
    )

    # The user presses Annuleren halfway through, at a moment unrelated to the parts.
    pressed = threading.Event()
    pressed_at: list[float] = []

    def press() -> None:
        pressed_at.append(time.perf_counter())
        pressed.set()

    seen: list[int] = []
    timer = threading.Timer(total / 2, press)
    started = time.perf_counter()
    timer.start()
    try:
        render_pdf(
            doc, io.BytesIO(), progress=lambda d, _t: seen.append(d), is_cancelled=pressed.is_set
        )
    except RenderCancelled:
        stopped = time.perf_counter()
        print(
            f"afbreken na {total / 2:.1f} s (bij {seen[-1]} van {len(moments) - 1} onderdelen): "
            f"gestopt {stopped - pressed_at[0]:.2f} s na de klik"
        )
    finally:
        timer.cancel()


if __name__ == "__main__":
    main()
