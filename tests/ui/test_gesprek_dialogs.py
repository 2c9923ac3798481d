"""The afspraak and actie dialogs share their field order."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication, QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.gesprek.agreement_dialogs import ActieDialog, AfspraakDialog

TODAY = dt.date(2026, 11, 20)


def form_fields(dialog: AfspraakDialog | ActieDialog) -> list[tuple[str, QWidget]]:
    """(label without '&', field) of every form row with a label, top to bottom."""
    form = dialog.form
    rows = []
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item is not None else None
        if label is None or field_item is None or not label.property("text"):
            continue
        field = field_item.widget()
        if field is None:  # a row of several widgets: its first one
            inner = field_item.layout()
            field = inner.itemAt(0).widget() if inner is not None else label
        rows.append((str(label.property("text")).replace("&", ""), field))
    return rows


def kinds(dialog: AfspraakDialog | ActieDialog) -> list[str]:
    """What each field is about, in form order, named alike across the two dialogs."""
    text = dialog.tekst if isinstance(dialog, AfspraakDialog) else dialog.omschrijving
    named = {id(dialog.client): "over", id(text): "tekst"}
    if isinstance(dialog, ActieDialog):
        named |= {id(dialog.eigenaar): "wie", id(dialog.naam): "naam"}
        named |= {id(dialog.deadline): "deadline", id(dialog.met_deadline): "deadline"}
    return [named.get(id(field), label) for label, field in form_fields(dialog)]


def tab_order(dialog: QWidget, fields: list[QWidget]) -> list[QWidget]:
    """`fields` in the order Tab visits them, starting from the first one."""
    seen: list[QWidget] = []
    widget = fields[0]
    for _ in range(100):
        if widget in fields and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is fields[0]:
            break
    return seen


def test_afspraak_and_actie_dialogs_have_the_same_fields_first_in_the_same_order(
    qtbot: QtBot, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, summary = demo
    clients = g.gesprek_view(ws, summary.preparation_gesprek_id, TODAY).clients
    afspraak = AfspraakDialog(clients, lambda _values: None)
    actie = ActieDialog(clients, lambda _values: None, gesprek_datum=TODAY)
    for dialog in (afspraak, actie):
        qtbot.addWidget(dialog)
        dialog.show()
    QApplication.processEvents()
    assert kinds(afspraak) == ["over", "tekst"]
    assert kinds(actie) == ["over", "tekst", "wie", "naam", "deadline"]
    for dialog in (afspraak, actie):
        fields = [field for _label, field in form_fields(dialog)]
        tops = [field.mapTo(dialog, field.rect().topLeft()).y() for field in fields]
        assert tops == sorted(tops)  # shown top to bottom in that order
        assert tab_order(dialog, fields) == fields  # and Tab goes the same way
