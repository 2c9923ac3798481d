"""The caseloadgesprek as a feature of the main window: menus, the gesprek page, backups.

`install_gesprek_actions(main_window, ws)` adds, through the window's named ways in
(`ui/feature.py`), the menu "Caseloadgesprek" before Help, two items to Bestand and the gesprek
page. The main window keeps working as before: choosing a client in the caseload shows that
client's zelfscan again. While the gesprek page is shown, Ctrl+PgDown/PgUp move through the
clients of the gesprek (the window's own "volgende/vorige cliënt" actions are switched off
meanwhile, so the keys are never ambiguous).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from jbn_selfscan.domain.dutch_dates import plural
from jbn_selfscan.domain.types import GesprekStatus
from jbn_selfscan.ui.feature import WindowFeature

# The page, its dialogs, the gesprek services and the export/PDF/backup code load on first use
# (when a menu is opened or an action is chosen), not when the main window is built.
if TYPE_CHECKING:
    from jbn_selfscan.services.gesprekken import GesprekSummary
    from jbn_selfscan.services.workspace import Workspace
    from jbn_selfscan.ui.gesprek.gesprek_widget import GesprekWidget
    from jbn_selfscan.ui.gesprek.pdf_worker import PdfJob
    from jbn_selfscan.ui.main_window import MainWindow


MENU_TITLE = "Caseload&gesprek"
NO_GESPREK = (
    "Er is nog geen caseloadgesprek. Kies Caseloadgesprek → Voorbereiden… om er een te starten."
)
GESPREK_SHARE = 0.68  # part of the window width the gesprek page gets


class GesprekController(WindowFeature):
    """Owns the gesprek page and the menu actions of one main window."""

    def __init__(
        self, main_window: MainWindow, ws: Workspace, *, today: dt.date | None = None
    ) -> None:
        super().__init__(main_window)
        self.ws = ws
        self._fixed_today = today
        self.widget: GesprekWidget | None = None
        self.jobs: set[PdfJob] = set()
        self._saved_sizes: list[int] | None = None
        self._caseload_beside = False  # the worker's choice: the list beside the gesprek page
        # the window's own client navigation, off while the gesprek page has the same keys
        self._their_nav = [
            main_window.named_actions["volgende cliënt"],
            main_window.named_actions["vorige cliënt"],
        ]
        self.actions: dict[str, QAction] = {}
        self._build_menu()
        main_window.add_file_actions(
            [
                self._new_action("reservekopie", "&Reservekopie maken", self.make_backup),
                self._new_action("terugzetten", "Reservekopie &terugzetten…", self.restore_backup),
            ]
        )
        main_window.stack.currentChanged.connect(self._on_stack_changed)
        main_window.caseload.installEventFilter(self)

    # ------------------------------------------------------------------ menus

    def _new_action(
        self, key: str, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action
        return action

    def _action(
        self,
        key: str,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | None = None,
    ) -> QAction:
        action = self._new_action(key, text, slot, shortcut)
        menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        menu = QMenu(MENU_TITLE, self.window)
        self.menu = menu
        self._action("voorbereiden", menu, "&Voorbereiden…", self.prepare)
        self._action("openen", menu, "&Openen", self.open_current, "Ctrl+G")
        self._action("gesprekken", menu, "&Gesprekken…", self.choose_gesprek)
        menu.addSeparator()
        self._action("exporteren", menu, "&Exporteren…", self.export)
        self._action("importeren", menu, "&Importeren…", self.import_file)
        self._action("pdf", menu, "P&DF maken…", self.make_pdf, "Ctrl+P")
        menu.addSeparator()
        self._action("verplaatsen", menu, "Ver&plaatsen…", self.move)
        self._action("annuleren", menu, "&Annuleren…", self.cancel)
        self._action("geschiedenis", menu, "Ge&schiedenis…", self.history)
        menu.addSeparator()
        self._action("volgende", menu, "Vo&lgende cliënt in het gesprek", self.next_client)
        self._action("vorige", menu, "Vo&rige cliënt in het gesprek", self.previous_client)
        menu.aboutToShow.connect(self.update_actions)
        self.window.add_menu(menu, before="help")
        for key, theirs in zip(("volgende", "vorige"), self._their_nav, strict=True):
            self.actions[key].setShortcut(theirs.shortcut())
        self._set_gesprek_navigation(False)

    def update_actions(self) -> None:
        target = self.target_gesprek()
        status = None if target is None else target.status
        has = target is not None
        preparing = status is GesprekStatus.IN_VOORBEREIDING
        for key in ("exporteren", "pdf"):
            self.actions[key].setEnabled(has and status is not GesprekStatus.GEANNULEERD)
        self.actions["geschiedenis"].setEnabled(has)
        self.actions["verplaatsen"].setEnabled(preparing)
        self.actions["annuleren"].setEnabled(preparing)
        self.actions["openen"].setEnabled(has)
        from jbn_selfscan.ui.gesprek.texts import date_text

        suffix = f" ({date_text(target.datum)})" if target is not None else ""
        for key, text in (
            ("exporteren", "&Exporteren…"),
            ("pdf", "P&DF maken…"),
            ("verplaatsen", "Ver&plaatsen…"),
            ("annuleren", "&Annuleren…"),
            ("geschiedenis", "Ge&schiedenis…"),
        ):
            self.actions[key].setText(text.replace("…", f"{suffix}…"))

    # ------------------------------------------------------------------ which gesprek

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def _page_shown(self) -> bool:
        return self.widget is not None and self.window.stack.currentWidget() is self.widget

    def target_gesprek(self) -> GesprekSummary | None:
        """The gesprek on the page when it is shown; else the one in preparation; else the
        newest that was not cancelled."""
        from jbn_selfscan.services import gesprekken
        from jbn_selfscan.ui.service_call import service_call

        with service_call(None, what="listing gesprekken") as call:  # menus: no target then
            rows = gesprekken.list_gesprekken(self.ws)
        if call.failed:
            return None
        if self._page_shown() and self.widget is not None and self.widget.gesprek_id is not None:
            shown = next((r for r in rows if r.id == self.widget.gesprek_id), None)
            if shown is not None:
                return shown
        preparing = [r for r in rows if r.status is GesprekStatus.IN_VOORBEREIDING]
        if preparing:
            return preparing[0]
        return next((r for r in rows if r.status is not GesprekStatus.GEANNULEERD), None)

    def _require_target(self, title: str) -> GesprekSummary | None:
        target = self.target_gesprek()
        if target is None:
            QMessageBox.information(self.window, title, NO_GESPREK)
        return target

    # ------------------------------------------------------------------ the page

    def _ensure_widget(self) -> GesprekWidget:
        if self.widget is None:
            from jbn_selfscan.ui.gesprek.gesprek_widget import GesprekWidget

            self.widget = GesprekWidget(self.ws, self.window.stack, today=self._fixed_today)
            self.widget.sig_status_changed.connect(self._after_lifecycle_change)
            self.widget.caseload_button.toggled.connect(self._on_caseload_button)
            self.window.add_page(self.widget)
        return self.widget

    def show_gesprek(self, gesprek_id: int) -> GesprekWidget | None:
        widget = self._ensure_widget()
        if not widget.load_gesprek(gesprek_id):
            return None
        self.window.stack.setCurrentWidget(widget)
        widget.setFocus()
        self.update_actions()
        return widget

    def _on_stack_changed(self, _index: int) -> None:
        shown = self._page_shown()
        self._set_gesprek_navigation(shown)
        splitter = self.window.splitter
        if shown:
            if self._saved_sizes is None:
                self._saved_sizes = splitter.sizes()
            # the list gives way to the gesprek unless the worker asked for it beside the page
            self._show_caseload(self._caseload_beside)
            # a click on any client (also the one shown before) brings its zelfscan back
            self.window.caseload.table.selectionModel().clear()
        else:
            self._leave_page()

    def _leave_page(self) -> None:
        """The caseload list back as it was before the gesprek page was shown."""
        self._show_caseload(True)
        if self._saved_sizes is not None:
            self.window.splitter.setSizes(self._saved_sizes)
            self._saved_sizes = None

    def _show_caseload(self, shown: bool) -> None:
        if self.widget is not None and shown:
            self.widget.set_sharing(True)  # first: the page gives way before the list appears
        self.window.caseload.setVisible(shown)
        if self.widget is not None and not shown:
            self.widget.set_sharing(False)
        if shown and self._page_shown():  # the list beside the gesprek: as narrow as it goes
            splitter = self.window.splitter
            total = sum(splitter.sizes())
            splitter.setSizes([round(total * (1 - GESPREK_SHARE)), round(total * GESPREK_SHARE)])
        self._sync_caseload_button(shown)

    def _sync_caseload_button(self, shown: bool) -> None:
        if self.widget is None:
            return
        button = self.widget.caseload_button
        blocked = button.blockSignals(True)
        button.setChecked(shown)
        button.setText("Caseload verbergen" if shown else "Caseload tonen")
        button.blockSignals(blocked)

    def _on_caseload_button(self, shown: bool) -> None:
        """The worker shows or hides the list beside the gesprek (kept while the app runs)."""
        self._caseload_beside = shown
        if self._page_shown():
            self._show_caseload(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+L shows a hidden list too: keep the page and its button in step."""
        if (
            watched is self.window.caseload
            and event.type() in (QEvent.Type.Show, QEvent.Type.Hide)
            and self.widget is not None
        ):
            shown = event.type() == QEvent.Type.Show
            if self._page_shown():
                self.widget.set_sharing(shown)
            self._sync_caseload_button(shown)
        return False

    def _set_gesprek_navigation(self, on: bool) -> None:
        for key in ("volgende", "vorige"):
            self.actions[key].setEnabled(on)
            self.actions[key].setVisible(on)
        for action in self._their_nav:
            action.setEnabled(not on)

    def next_client(self) -> None:
        if self.widget is not None and self._page_shown():
            self.widget.select_next_client()

    def previous_client(self) -> None:
        if self.widget is not None and self._page_shown():
            self.widget.select_previous_client()

    def _after_lifecycle_change(self) -> None:
        """Signing, reopening, cancelling change which scans are locked: refresh the list."""
        self.window.reload()

    def shutdown(self) -> None:
        """Save pending text and stop running renders (the main window is closing); the
        caseload list is back in its place, so the window's layout is saved as the worker
        arranged it."""
        if self.widget is not None:
            self.widget.flush()
        self._leave_page()
        for job in list(self.jobs):
            job.cancel()
            job.wait()

    # ------------------------------------------------------------------ menu slots

    def prepare(self) -> None:
        from jbn_selfscan.ui.gesprek.start_dialog import StartGesprekDialog

        dialog = StartGesprekDialog(self.ws, self.window, today=self._today())
        if dialog.exec() and dialog.gesprek_id is not None:
            self.window.reload()
            self.show_gesprek(dialog.gesprek_id)

    def open_current(self) -> None:
        target = self._require_target("Caseloadgesprek openen")
        if target is not None:
            self.show_gesprek(target.id)

    def choose_gesprek(self) -> None:
        from jbn_selfscan.services import gesprekken
        from jbn_selfscan.ui.gesprek.gesprekken_dialog import GesprekkenDialog
        from jbn_selfscan.ui.service_call import message_box, service_call

        warn = message_box(self.window, "Caseloadgesprekken")
        with service_call(warn, what="listing gesprekken") as call:
            rows = gesprekken.list_gesprekken(self.ws)
        if call.failed:
            return
        dialog = GesprekkenDialog(rows, self.window)
        if dialog.exec() and dialog.chosen_id is not None:
            self.show_gesprek(dialog.chosen_id)

    def export(self) -> None:
        from jbn_selfscan.ui.gesprek import export_actions

        target = self._require_target(export_actions.EXPORT_TITLE)
        if target is None:
            return
        self._flush()
        export_actions.export_gesprek_gui(
            self.window, self.ws, target.id, target.datum, target.versie
        )

    def import_file(self) -> None:
        from jbn_selfscan.ui.gesprek import export_actions

        self._flush()
        outcome = export_actions.import_gesprek_gui(self.window, self.ws)
        if outcome is not None:
            self.window.reload()
            self.show_gesprek(outcome.gesprek_id)

    def make_pdf(self) -> None:
        from jbn_selfscan.ui.gesprek import export_actions

        target = self._require_target(export_actions.PDF_TITLE)
        if target is None:
            return
        self._flush()
        job = export_actions.make_pdf_gui(self.window, self.ws, target.id, target.datum)
        if job is not None:
            self._keep(job)

    def _keep(self, job: PdfJob) -> None:
        self.jobs.add(job)
        for signal in (job.sig_finished, job.sig_cancelled, job.sig_failed):
            signal.connect(lambda *_args, j=job: self.jobs.discard(j))

    def move(self) -> None:
        from jbn_selfscan.ui.gesprek.start_dialog import MoveGesprekDialog

        target = self._require_target("Caseloadgesprek verplaatsen")
        if target is None:
            return
        self._flush()
        dialog = MoveGesprekDialog(
            self.ws, target.id, target.datum, self.window, today=self._today()
        )
        if dialog.exec():
            self._refresh_page(target.id)

    def cancel(self) -> None:
        from jbn_selfscan.ui.gesprek.start_dialog import CancelGesprekDialog

        target = self._require_target("Caseloadgesprek annuleren")
        if target is None:
            return
        self._flush()
        dialog = CancelGesprekDialog(self.ws, target.id, target.datum, self.window)
        if dialog.exec():
            released = dialog.result_value
            assert isinstance(released, int)
            QMessageBox.information(
                self.window,
                "Caseloadgesprek annuleren",
                "Het caseloadgesprek is geannuleerd. "
                f"{plural(released, 'zelfscan gaat', 'zelfscans gaan')} mee naar het "
                "volgende gesprek.",
            )
            self.window.reload()
            self._refresh_page(target.id)

    def history(self) -> None:
        from jbn_selfscan.ui.gesprek.history_dialog import show_gesprek_history
        from jbn_selfscan.ui.gesprek.texts import date_text

        target = self._require_target("Geschiedenis")
        if target is not None:
            show_gesprek_history(
                self.window, self.ws, target.id, f"caseloadgesprek {date_text(target.datum)}"
            )

    def make_backup(self) -> None:
        from jbn_selfscan.ui.gesprek import backup_actions

        self._flush()
        backup_actions.make_backup_gui(self.window, self.ws)

    def restore_backup(self) -> None:
        from jbn_selfscan.ui.gesprek import backup_actions

        if self.jobs:
            QMessageBox.information(
                self.window,
                backup_actions.RESTORE_TITLE,
                "Er wordt nog een PDF gemaakt. Wacht tot die klaar is.",
            )
            return
        backup_actions.restore_gui(
            self.window, self.ws, save_screens=self._flush_all, reload_screens=self._reload_all
        )

    # ------------------------------------------------------------------ helpers

    def _flush(self) -> None:
        if self.widget is not None:
            self.widget.flush()

    def _flush_all(self) -> None:
        self._flush()
        scan = self.window.scan_widget
        if scan is not None:
            scan.flush()

    def _refresh_page(self, gesprek_id: int) -> None:
        if self.widget is not None and self.widget.gesprek_id == gesprek_id:
            self.widget.load_gesprek(gesprek_id)

    def _reload_all(self) -> None:
        """After a restore: every screen reads the (other) database again."""
        self.window.reload()
        if self.widget is not None and self.widget.gesprek_id is not None:
            gesprek_id = self.widget.gesprek_id
            self.widget.clear()
            if not self.widget.load_gesprek(gesprek_id) and self._page_shown():
                self.window.show_general_page()
        scan = self.window.scan_widget
        if scan is not None and scan.snapshot is not None:
            scan.load_client(scan.snapshot.client_id)


def install_gesprek_actions(
    main_window: MainWindow, ws: Workspace, *, today: dt.date | None = None
) -> GesprekController:
    """Add the caseloadgesprek menus and page to `main_window`; keep the returned controller
    (it is also parented to the window)."""
    return GesprekController(main_window, ws, today=today)
