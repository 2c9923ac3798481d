"""Application set-up: Dutch standard texts and dates, names, the drawn icon."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from jbn_selfscan.ui import app as gui

pytestmark = pytest.mark.qt_log_level_fail("WARNING")


@pytest.fixture
def dutch(qapp):
    previous = QLocale()
    assert gui.install_dutch(qapp)
    yield qapp
    for translator in gui._keep_alive:
        qapp.removeTranslator(translator)
    gui._keep_alive.clear()
    QLocale.setDefault(previous)


def test_standard_buttons_and_dates_are_dutch(dutch) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuleren"
    assert QLocale().toString(QDate(2026, 4, 27), "dddd d MMMM yyyy") == "maandag 27 april 2026"


def test_application_names_and_icon(qapp) -> None:
    previous = QLocale()
    app = gui.create_application()
    try:
        assert app is qapp
        assert (app.applicationName(), app.organizationName()) == (
            "JBN Zelfscan",
            "Jeugdbescherming Noord",
        )
        assert not app.windowIcon().isNull()
    finally:
        for translator in gui._keep_alive:
            app.removeTranslator(translator)
        gui._keep_alive.clear()
        QLocale.setDefault(previous)
