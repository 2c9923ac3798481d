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
        icon = app.windowIcon()
        assert not icon.isNull()
        for side in (16, 48, 256):  # painted in the size asked for
            image = icon.pixmap(side, side).toImage()
            assert (image.width(), image.height()) == (side, side)
            assert image.pixelColor(side // 2, side // 8).name() == "#1f5f99"  # the blue square
            assert image.pixelColor(0, 0).alpha() == 0  # rounded, transparent corner
    finally:
        for translator in gui._keep_alive:
            app.removeTranslator(translator)
        gui._keep_alive.clear()
        QLocale.setDefault(previous)
