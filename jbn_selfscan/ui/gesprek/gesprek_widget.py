"""The whole caseloadgesprek on one page.

Left: the caseload at a glance (clients × themes), compact and the full height of the page, so
a whole caseload stays in view on a 1366×768 laptop. Right, in tabs: one client at a time
(navigate with the table, the combo, the buttons or Ctrl+PgDown/PgUp), the afspraken and acties,
and the general part (bespreekpunten, last time's general acties, opmerkingen); under the tabs
the akkoord of both participants. Text is autosaved like the zelfscan: a debounce with a hard
cap, and at once on focus-out, on hiding the page and on quit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.dutch_dates import utc_now
from jbn_selfscan.domain.types import Role
from jbn_selfscan.services import gesprekken
from jbn_selfscan.services.gesprek_view import GesprekView
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.gesprek.agreement_editor import AgreementEditor
from jbn_selfscan.ui.gesprek.agreements_panel import AgreementsPanel
from jbn_selfscan.ui.gesprek.client_detail import ClientDetail
from jbn_selfscan.ui.gesprek.general_panel import GeneralPanel, TextBox
from jbn_selfscan.ui.gesprek.signoff_panel import SignOffPanel, signer_name
from jbn_selfscan.ui.gesprek.start_dialog import ReopenGesprekDialog
from jbn_selfscan.ui.gesprek.summary_model import CaseloadSummaryModel, SummaryColumn
from jbn_selfscan.ui.gesprek.tables import compact_rows, make_table
from jbn_selfscan.ui.gesprek.texts import (
    banner_text,
    gesprek_subtitle,
    gesprek_title,
)
from jbn_selfscan.ui.scan.autosave import AutosaveController
from jbn_selfscan.ui.scan.texts import saved_at_text
from jbn_selfscan.ui.service_call import TECHNICAL, service_call

OPMERKINGEN_KEY = "opmerkingen"
BESPREEKPUNTEN_KEY = "bespreekpunten_algemeen"
CLIENT_TAB, AGREEMENTS_TAB, GENERAL_TAB = 0, 1, 2
GIVE_WAY_WIDTH = 320  # the page's minimum width while hidden or beside the caseload list
SAVE_FAILED = (
    "Opslaan is niet gelukt ({error}). Je tekst staat nog hier; het wordt opnieuw geprobeerd "
    "bij je volgende wijziging."
)


class GesprekWidget(QWidget):
    """See the module docstring. `sig_changed(gesprek_id)` after every stored change."""

    sig_changed = Signal(int)
    sig_status_changed = Signal(int)  # signed, reopened: which scans are locked changed

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._fixed_today = today
        self.view: GesprekView | None = None
        self._autosave = AutosaveController(self)
        self._sharing = False  # the caseload list is beside the page
        self.editor = AgreementEditor(ws, self)
        self.editor.sig_changed.connect(self.reload)
        self.editor.sig_failed.connect(self._show_problem)
        self._build()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        header = QHBoxLayout()
        self.title = QLabel(self)
        scale_font(self.title, 1.3, bold=True)
        header.addWidget(self.title, 1)
        # The caseload list makes room for the gesprek; this brings it back beside the page.
        self.caseload_button = QToolButton(self)
        self.caseload_button.setText("Caseload tonen")
        self.caseload_button.setCheckable(True)
        self.caseload_button.setToolTip(
            "De caseloadlijst naast het gesprek tonen of verbergen (Ctrl+L: naar de lijst)"
        )
        header.addWidget(self.caseload_button)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName("Opslagstatus")
        header.addWidget(self.saved_label)
        layout.addLayout(header)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("QLabel { padding: 6px; font-weight: bold; }")
        self.banner.setAccessibleName("Melding")
        self.banner.hide()
        layout.addWidget(self.banner)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_summary())
        self.setFocusProxy(self.summary)  # opening the page puts the keyboard in the overview
        right = QWidget(self.splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        self._right_layout = right_layout
        self.tabs = QTabWidget(right)
        self.tabs.setAccessibleName("Onderdelen van het gesprek")
        self.tabs.addTab(self._build_client_tab(), "&Per cliënt")
        self.agreements = AgreementsPanel(self.editor, self._today(), self)
        # on a short screen (150 % on a laptop) the two tables keep readable rows and the
        # tab scrolls instead
        agreements_scroll = QScrollArea(self.tabs)
        agreements_scroll.setWidgetResizable(True)
        agreements_scroll.setFrameShape(QFrame.Shape.NoFrame)
        agreements_scroll.setWidget(self.agreements)
        agreements_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        agreements_scroll.setMinimumWidth(  # its buttons in full; the overview gives way
            self.agreements.minimumSizeHint().width()
            + agreements_scroll.verticalScrollBar().sizeHint().width()
        )
        self.tabs.addTab(agreements_scroll, "&Afspraken en acties")
        self.general = GeneralPanel(self)
        self.tabs.addTab(self.general, "A&lgemeen")
        right_layout.addWidget(self.tabs, 1)
        self.signoff = SignOffPanel(right)
        self.signoff.sig_sign_requested.connect(self.on_signoff_sign_requested)
        self.signoff.sig_reopen_requested.connect(self.on_signoff_reopen_requested)
        self.signoff.sig_confirm_requested.connect(self.on_signoff_confirm_requested)
        right_layout.addWidget(self.signoff)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)  # the overview keeps its width, the detail grows
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self._wire_text(self.general.opmerkingen, OPMERKINGEN_KEY, gesprekken.set_opmerkingen)
        self._wire_text(
            self.general.bespreekpunten, BESPREEKPUNTEN_KEY, gesprekken.set_bespreekpunten_algemeen
        )

    def _build_summary(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._left_layout = layout
        self.summary_model = CaseloadSummaryModel(self)
        self.summary = make_table(
            box, "Overzicht van de caseload in dit gesprek", self.summary_model, ()
        )
        compact_rows(self.summary)
        self.summary.setSizeAdjustPolicy(QTableView.SizeAdjustPolicy.AdjustToContents)
        self.summary.selectionModel().currentRowChanged.connect(self._on_summary_row_changed)
        self.summary.activated.connect(lambda _index: self.tabs.setCurrentIndex(CLIENT_TAB))
        layout.addWidget(self.summary, 1)
        return box

    def _build_client_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 0)
        nav = QHBoxLayout()
        self.previous_button = QPushButton("◀ &Vorige", page)
        self.previous_button.setAccessibleName("Vorige cliënt")
        self.previous_button.setToolTip("Vorige cliënt (Ctrl+PgUp)")
        self.previous_button.clicked.connect(self.select_previous_client)
        self.client_combo = QComboBox(page)
        self.client_combo.setAccessibleName("Cliënt kiezen")
        self.client_combo.setModel(self.summary_model)
        self.client_combo.setModelColumn(SummaryColumn.CLIENT)
        self.client_combo.currentIndexChanged.connect(self._select_row)
        self.next_button = QPushButton("V&olgende ▶", page)
        self.next_button.setAccessibleName("Volgende cliënt")
        self.next_button.setToolTip("Volgende cliënt (Ctrl+PgDown)")
        self.next_button.clicked.connect(self.select_next_client)
        self.position_label = QLabel(page)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.client_combo, 1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.position_label)
        layout.addLayout(nav)
        self.client_scroll = QScrollArea(page)
        self.client_scroll.setWidgetResizable(True)
        self.client_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.client_scroll.setAccessibleName("Gegevens van de cliënt in het gesprek")
        self.client_detail = ClientDetail(self.client_scroll)
        self.client_detail.sig_add_afspraak.connect(self.editor.add_afspraak)
        self.client_detail.sig_add_actie.connect(self.editor.add_actie)
        self.client_scroll.setWidget(self.client_detail)
        layout.addWidget(self.client_scroll, 1)
        return page

    def _wire_text(
        self, box: TextBox, key: str, save: Callable[[Workspace, int, str], None]
    ) -> None:
        def run_save() -> None:
            self._save_text(box, save)

        box.text.sig_edited.connect(lambda: self._autosave.schedule(key, run_save))
        box.text.sig_focus_out.connect(lambda: self._autosave.flush(key))

    # ------------------------------------------------------------------ public API

    @property
    def ws(self) -> Workspace:
        return self._ws

    @property
    def gesprek_id(self) -> int | None:
        return None if self.view is None else self.view.id

    def load_gesprek(self, gesprek_id: int) -> bool:
        """Show a gesprek (pending text of the previous one is saved first)."""
        self.flush()
        with service_call(
            lambda text: self._show_problem(f"Het caseloadgesprek kon niet worden geopend: {text}"),
            what=f"opening gesprek {gesprek_id}",
        ) as call:
            view = gesprekken.gesprek_view(self._ws, gesprek_id, self._today())
        if call.failed:
            return False
        self._apply(view, new_gesprek=True)
        return True

    def reload(self) -> None:
        """Read the gesprek again (after a change), keeping the client and what is being typed."""
        if self.view is None:
            return
        with service_call(self._show_problem, what=f"reloading gesprek {self.view.id}") as call:
            view = gesprekken.gesprek_view(self._ws, self.view.id, self._today())
        if call.failed:
            return
        self._apply(view, new_gesprek=False)
        self.sig_changed.emit(view.id)

    def flush(self) -> None:
        """Save pending text now (page hidden, other gesprek, quit)."""
        self._autosave.flush()

    def clear(self) -> None:
        """Forget the gesprek on screen (after it was restored away); nothing pending stays."""
        self._autosave.discard()
        self.view = None
        self.summary_model.set_clients(())

    def select_next_client(self) -> bool:
        return self._step(+1)

    def select_previous_client(self) -> bool:
        return self._step(-1)

    def select_client(self, referentie: str) -> bool:
        row = self.summary_model.row_of(referentie)
        if row is None:
            return False
        self._select_row(row)
        return True

    def current_client_referentie(self) -> str | None:
        client = self.client_detail.client
        return None if client is None else client.referentie

    def signoff_beside_overview(self) -> bool:
        """Whether the akkoord is under the overview (room enough) or under the tabs."""
        return self.signoff.parentWidget() is self.summary.parentWidget()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_signoff()

    def set_sharing(self, sharing: bool) -> None:
        """The caseload list is shown beside the page: the akkoord goes under the tabs and the
        page is squeezed rather than pushing the window off the screen."""
        self._sharing = sharing
        self._give_way(sharing or not self.isVisible())
        self._place_signoff()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._give_way(self._sharing)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
        # a page in the window's stack counts for the window's minimum even when another page
        # is shown: hidden, this one asks for nothing
        self._give_way(True)

    def _give_way(self, give_way: bool) -> None:
        if give_way:
            self.setMinimumSize(GIVE_WAY_WIDTH, 0)  # 0: the height stays the layout's
        elif self.minimumWidth() == GIVE_WAY_WIDTH:
            self.setMinimumSize(0, 0)  # the layout's own minimum again
            layout = self.layout()
            if layout is not None:
                layout.activate()

    # ------------------------------------------------------------------ view → screen

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def _apply(self, view: GesprekView, *, new_gesprek: bool) -> None:
        keep = None if new_gesprek else self.current_client_referentie()
        self.view = view
        self.editor.view = view
        self.title.setText(gesprek_title(view))
        self.subtitle.setText(gesprek_subtitle(view))
        banner = banner_text(view)
        self.banner.setText(banner)
        self.banner.setVisible(bool(banner))
        self.summary_model.set_clients(view.clients, view.summary)
        self._fit_summary_width()
        self._place_signoff()
        self.agreements.set_view(view)
        self.tabs.setTabText(
            AGREEMENTS_TAB,
            f"&Afspraken ({len(view.afspraken)}) en acties ({len(view.acties)})",
        )
        self.general.set_previous(view.previous_general_acties, self._today())
        for key, box, text in (
            (OPMERKINGEN_KEY, self.general.opmerkingen, view.opmerkingen),
            (BESPREEKPUNTEN_KEY, self.general.bespreekpunten, view.bespreekpunten_algemeen),
        ):
            if new_gesprek or not self._autosave.is_pending(key):
                box.text.set_text_keeping_cursor(text)
                box.error.show_text("")
        self.general.set_read_only(view.locked)
        self.signoff.set_view(view, self._today())
        if new_gesprek:
            self.saved_label.clear()
            self.tabs.setCurrentIndex(CLIENT_TAB)
        row = self.summary_model.row_of(keep) if keep is not None else None
        self._select_row(row if row is not None else 0, force=True)

    def _fit_summary_width(self) -> None:
        """The overview asks for the width of all its columns; it never gets narrower than
        the client column, so the names stay readable on the smallest screen."""
        table = self.summary
        table.resizeColumnsToContents()
        scroll = table.verticalScrollBar().sizeHint().width()
        frame = 2 * table.frameWidth() + scroll
        table.setMinimumWidth(table.columnWidth(SummaryColumn.CLIENT) + frame)

    def _place_signoff(self) -> None:
        """The akkoord goes under the overview when the whole overview still fits above it
        (the client detail then gets the full height), else under the tabs."""
        table = self.summary
        rows_height = (
            table.horizontalHeader().height()
            + table.verticalHeader().length()
            + 2 * table.frameWidth()
            + table.horizontalScrollBar().sizeHint().height()  # in case it shows
        )
        signoff = self.signoff
        beside = self.signoff_beside_overview()
        width = self.splitter.sizes()[0]
        height = (
            signoff.heightForWidth(width)
            if signoff.hasHeightForWidth()
            else signoff.sizeHint().height()
        )
        fits = (
            not self._sharing
            and width >= signoff.minimumSizeHint().width()
            and self.splitter.height() >= rows_height + self._left_layout.spacing() + height
        )
        if fits == beside:
            return
        focused = QApplication.focusWidget()
        typing = focused if focused is not None and signoff.isAncestorOf(focused) else None
        (self._left_layout if fits else self._right_layout).addWidget(signoff)
        signoff.show()  # a widget that changes parent is hidden until shown again
        if typing is not None:  # the window was resized while a name was being typed
            typing.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_row(self, row: int, *, force: bool = False) -> None:
        client = self.summary_model.client_at(row)
        if client is None or self.view is None:
            self.position_label.clear()
            return
        if self.summary.currentIndex().row() != row:
            self.summary.selectRow(row)
        if self.client_combo.currentIndex() != row:
            blocked = self.client_combo.blockSignals(True)
            self.client_combo.setCurrentIndex(row)
            self.client_combo.blockSignals(blocked)
        shown = self.client_detail.client
        if force or shown is None or shown.referentie != client.referentie:
            self.client_detail.show_client(
                client,
                self.view.afspraken,
                self.view.acties,
                self._today(),
                read_only=self.view.locked,
            )
            self.client_scroll.verticalScrollBar().setValue(0)
        total = self.summary_model.rowCount()
        self.position_label.setText(f"{row + 1} van {total}")
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < total - 1)

    def _on_summary_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._select_row(current.row())

    def _step(self, step: int) -> bool:
        row = self.summary.currentIndex().row()
        target = row + step
        if self.summary_model.client_at(target) is None:
            return False
        self.tabs.setCurrentIndex(CLIENT_TAB)
        self._select_row(target)
        return True

    # ------------------------------------------------------------------ saving

    def _save_text(self, box: TextBox, save: Callable[[Workspace, int, str], None]) -> None:
        view = self.view
        if view is None or view.locked:
            return
        with service_call(
            box.error.show_text,
            what="saving gesprek text",
            locked=self._on_locked,
            unexpected=SAVE_FAILED.format(error=TECHNICAL),
        ) as call:
            save(self._ws, view.id, box.text.toPlainText())
        if call.failed:
            return
        box.error.show_text("")
        self.saved_label.setText(saved_at_text(utc_now()))
        if view.akkoorden:  # a change withdraws an akkoord already given: show that
            self.reload()
        else:
            self.sig_changed.emit(view.id)

    def _on_locked(self, message: str) -> None:
        self._autosave.discard()
        self.reload()
        self._show_problem(f"{message} Je laatste wijziging is niet opgeslagen.")

    def _show_problem(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # ------------------------------------------------------------------ sign-off

    def on_signoff_sign_requested(self, role: Role, naam: str) -> None:
        view = self.view
        if view is None or view.locked:
            return
        if role is Role.PRAKTIJKBEGELEIDER:
            signer = signer_name(view.praktijkbegeleider, naam)
            if signer is None:
                self.signoff.error.show_text(
                    "Het akkoord van de praktijkbegeleider geeft de praktijkbegeleider zelf: "
                    "typ je eigen naam of je initialen."
                )
                self.signoff.rows[role].name.setFocus()
                return
            naam = signer
        self.flush()
        others = {s.rol for s in view.akkoorden} - {role}
        if others | {role} == set(Role):
            answer = QMessageBox.question(
                self,
                "Caseloadgesprek tekenen",
                "Met dit akkoord is het caseloadgesprek getekend. Daarna kan het niet meer "
                "veranderen, alleen nog als nieuwe versie. Akkoord geven?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        with service_call(self.signoff.error.show_text, what="signing a gesprek") as call:
            gesprekken.sign_gesprek(self._ws, view.id, role, naam, today=self._today())
        if call.failed:
            return
        self.reload()
        self.sig_status_changed.emit(view.id)

    def on_signoff_confirm_requested(self) -> None:
        """Confirm an akkoord given on another installation with this installation's key."""
        view = self.view
        if view is None:
            return
        naam, ok = QInputDialog.getText(
            self,
            "Akkoord bevestigen",
            "Je bevestigt je akkoord op deze versie met de sleutel van deze installatie. "
            "Typ je naam zoals die bij het akkoord staat:",
        )
        if not ok:
            return
        typed = " ".join(naam.split()).casefold()
        role = next(
            (s.rol for s in view.akkoorden if " ".join(s.naam.split()).casefold() == typed),
            Role.PRAKTIJKBEGELEIDER,
        )
        with service_call(self.signoff.error.show_text, what="confirming an akkoord") as call:
            fingerprint = gesprekken.confirm_akkoord(self._ws, view.id, role, naam)
        if call.failed:
            return
        self.reload()
        QMessageBox.information(
            self,
            "Akkoord bevestigd",
            f"Je akkoord is ondertekend op deze installatie (vingerafdruk {fingerprint}). "
            "Exporteer het gesprek en stuur het bestand terug.",
        )

    def on_signoff_reopen_requested(self) -> None:
        view = self.view
        if view is None:
            return
        dialog = ReopenGesprekDialog(self._ws, view.id, view.versie, self)
        if dialog.exec():
            self.reload()
            self.sig_status_changed.emit(view.id)
