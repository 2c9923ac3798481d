"""Wiring the caseloadgesprek into the main window: menus, the gesprek page, backups.

`install_gesprek_actions(main_window, ws)` adds the menu "Caseloadgesprek", two items to
"Bestand", and the gesprek page to the main window's stack. The main window keeps working as
before: choosing a client in the caseload shows that client's zelfscan again. While the gesprek
page is shown, Ctrl+PgDown/PgUp move through the clients of the gesprek (the main window's own
"next client" actions are switched off meanwhile, so the keys are never ambiguous).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from jbn_selfscan.domain.types import GesprekStatus

# The page, its dialogs, the gesprek services and the export/PDF/backup code load on first use
# (when a menu is opened or an action is chosen), not when the main window is built.
if TYPE_CHECKING:
    from jbn_selfscan.services.gesprekken import GesprekSummary
    from jbn_selfscan.services.workspace import Workspace
    from jbn_selfscan.ui.gesprek.gesprek_widget import GesprekWidget
    from jbn_selfscan.ui.gesprek.pdf_worker import PdfJob

log = logging.getLogger(__name__)

MENU_TITLE = "Caseload&gesprek"
NO_GESPREK = (
    "Er is nog geen caseloadgesprek. Kies Caseloadgesprek → Voorbereiden… om er een te starten."
)
GESPREK_SHARE = 0.68  # part of the window width the gesprek page gets


class GesprekController(QObject):
    """Owns the gesprek page and the menu actions of one main window."""

    def __init__(self, main_window: Any, ws: Workspace, *, today: dt.date | None = None) -> None:
        super().__init__(main_window)
        self.window = main_window
        self.ws = ws
        self._fixed_today = today
        self.widget: GesprekWidget | None = None
        self.jobs: set[PdfJob] = set()
        self._saved_sizes: list[int] | None = None
        self._their_nav: list[QAction] = []
        self.actions: dict[str, QAction] = {}
        self._build_menu()
        self._add_backup_actions()
        main_window.stack.currentChanged.connect(self._on_stack_changed)
        main_window.caseload.sig_client_selected.connect(self._on_caseload_client_chosen)
        main_window.caseload.sig_client_activated.connect(self._on_caseload_client_chosen)
        main_window.installEventFilter(self)

    # ------------------------------------------------------------------ menus

    def _action(self, key: str, menu: QMenu, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.actions[key] = action
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
        bar = self.window.menuBar()
        help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        for key, keys in (("volgende", "Ctrl+PgDown"), ("vorige", "Ctrl+PgUp")):
            sequence = QKeySequence(keys)
            self._their_nav += [
                a
                for a in self.window.findChildren(QAction)
                if a.shortcut() == sequence and a is not self.actions[key]
            ]
            self.actions[key].setShortcut(sequence)
        self._set_gesprek_navigation(False)

    def _add_backup_actions(self) -> None:
        bar = self.window.menuBar()
        bestand = next(
            (a.menu() for a in bar.actions() if a.text().replace("&", "") == "Bestand"), None
        )
        if bestand is None:
            bestand = bar.addMenu("&Bestand")
        # The Quit standard key is empty on Windows (and offscreen): find the action itself.
        quit_action = getattr(self.window, "quit_action", None)
        if quit_action not in bestand.actions():
            quit_action = None
        before = quit_action
        if quit_action is not None:
            index = bestand.actions().index(quit_action)
            if index > 0 and bestand.actions()[index - 1].isSeparator():
                before = bestand.actions()[index - 1]
        made = []
        for key, text, slot in (
            ("reservekopie", "&Reservekopie maken", self.make_backup),
            ("terugzetten", "Reservekopie &terugzetten…", self.restore_backup),
        ):
            action = QAction(text, self.window)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.actions[key] = action
            made.append(action)
        separator = QAction(self.window)
        separator.setSeparator(True)
        if before is None:
            bestand.addSeparator()
            bestand.addActions(made)
        else:
            bestand.insertActions(before, [separator, *made])

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

        try:
            rows = gesprekken.list_gesprekken(self.ws)
        except Exception:
            log.exception("listing gesprekken failed")
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
            self.window.stack.addWidget(self.widget)
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
                total = sum(self._saved_sizes)
                splitter.setSizes(
                    [round(total * (1 - GESPREK_SHARE)), round(total * GESPREK_SHARE)]
                )
            # a click on any client (also the one shown before) brings its zelfscan back
            self.window.caseload.table.selectionModel().clear()
        elif self._saved_sizes is not None:
            splitter.setSizes(self._saved_sizes)
            self._saved_sizes = None

    def _set_gesprek_navigation(self, on: bool) -> None:
        for key in ("volgende", "vorige"):
            self.actions[key].setEnabled(on)
            self.actions[key].setVisible(on)
        for action in self._their_nav:
            action.setEnabled(not on)

    def _on_caseload_client_chosen(self, client_id: int) -> None:
        """The main window shows a newly chosen client itself; the client it showed before
        the gesprek page came up needs bringing back here."""
        scan = getattr(self.window, "scan_widget", None)
        if not self._page_shown() or scan is None:
            return
        scan.load_client(client_id)
        self.window.stack.setCurrentWidget(scan)

    def next_client(self) -> None:
        if self.widget is not None and self._page_shown():
            self.widget.select_next_client()

    def previous_client(self) -> None:
        if self.widget is not None and self._page_shown():
            self.widget.select_previous_client()

    def _after_lifecycle_change(self) -> None:
        """Signing, reopening, cancelling change which scans are locked: refresh the list."""
        self.window.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def shutdown(self) -> None:
        """Save pending text and stop running renders (the main window is closing)."""
        if self.widget is not None:
            self.widget.flush()
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
        from jbn_selfscan.ui.gesprek.texts import user_message

        try:
            rows = gesprekken.list_gesprekken(self.ws)
        except Exception as exc:
            QMessageBox.warning(self.window, "Caseloadgesprekken", user_message(exc))
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
            QMessageBox.information(
                self.window,
                "Caseloadgesprek annuleren",
                f"Het caseloadgesprek is geannuleerd. {released} zelfscan(s) gaan mee naar het "
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
        scan = getattr(self.window, "scan_widget", None)
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
        scan = getattr(self.window, "scan_widget", None)
        snapshot = getattr(scan, "snapshot", None)
        if scan is not None and snapshot is not None:
            scan.load_client(snapshot.client_id)


def install_gesprek_actions(
    main_window: QWidget, ws: Workspace, *, today: dt.date | None = None
) -> GesprekController:
    """Add the caseloadgesprek menus and page to `main_window`; keep the returned controller
    (it is also parented to the window)."""
    return GesprekController(main_window, ws, today=today)
