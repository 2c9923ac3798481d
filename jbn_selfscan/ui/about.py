"""The "Over JBN Zelfscan" box."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from jbn_selfscan import __version__


def about_text(data_dir: Path, fingerprint: str | None = None) -> str:
    """The box's text; `fingerprint` is that of this installation's akkoord key, if any."""
    key = (
        f"<p>Vingerafdruk van deze installatie (voor akkoorden): <b>{escape(fingerprint)}</b>. "
        "Vergelijk die met wat je gesprekspartner te zien krijgt bij het inlezen van je "
        "bestand.</p>"
        if fingerprint
        else "<p>Deze installatie heeft nog geen sleutel voor akkoorden; die komt bij het "
        "eerste akkoord.</p>"
    )
    return (
        f"<h3>JBN Zelfscan {escape(__version__)}</h3>"
        "<p>De dossier zelfscan en het caseloadgesprek van Jeugdbescherming Noord.</p>"
        "<p>Je gegevens blijven op deze computer, tenzij je zelf iets exporteert. "
        "Gebruik alleen zaakreferenties en initialen, nooit een BSN of een naam.</p>"
        f"<p>Gegevensmap: <code>{escape(str(data_dir))}</code></p>"
        f"{key}"
        f"<p>Licentie: EUPL-1.2. Gemaakt met Qt (PySide6 {escape(pyside_version)}).</p>"
    )


def show_about(parent: QWidget, data_dir: Path, fingerprint: str | None = None) -> None:
    QMessageBox.about(parent, "Over JBN Zelfscan", about_text(data_dir, fingerprint))
