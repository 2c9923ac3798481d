"""Importing the report package is cheap: reportlab loads only when a PDF is made."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_report_api_does_not_load_reportlab() -> None:
    probe = (
        "import sys; from jbn_selfscan.report import render_pdf, pseudonym_for, RenderCancelled; "
        "print(any(name.startswith('reportlab') for name in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
