"""The "Over JBN Zelfscan" box."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from jbn_selfscan import __version__


def about_text(data_dir: Path) -> str:
    return (
        f"<h3>JBN Zelfscan {escape(__version__)}</h3>"
        "<p>De dossier zelfscan en het caseloadgesprek van Jeugdbescherming Noord.</p>"
        "<p>Je gegevens blijven op deze computer, tenzij je zelf iets exporteert. "
        "Gebruik alleen zaakreferenties en initialen, nooit een BSN of een naam.</p>"
        f"<p>Gegevensmap: <code>{escape(str(data_dir))}</code></p>"
        f"<p>Licentie: EUPL-1.2. Gemaakt met Qt (PySide6 {escape(pyside_version)}).</p>"
    )


def show_about(parent: QWidget, data_dir: Path) -> None:
    QMessageBox.about(parent, "Over JBN Zelfscan", about_text(data_dir))
