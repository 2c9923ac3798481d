"""The zelfscan of one client: a form generated from the checklist, autosaved on every edit.

Flow: `load_client` opens the scan through the service and builds the form once. Every edit
goes to `services.scans` (choices and dates at once, typing through the autosave debounce with
a hard cap); the returned snapshot is pushed back *in place*: statuses, visibility, deadlines and
progress change, the widgets the user is typing in are left alone. `flush()` saves whatever is
pending; the main window calls it on client switch and on quit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.domain.dutch_dates import local_date, utc_now
from jbn_selfscan.domain.types import ItemStatus, Maatregel, ScanStatus, Theme
from jbn_selfscan.services import acties as acties_service
from jbn_selfscan.services import reconfirm, scans
from jbn_selfscan.services.scans import AnswerError, ScanSnapshot, ScanUpdate
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.fonts import scale_font
from jbn_selfscan.ui.scan.acties_section import ActiesSection
from jbn_selfscan.ui.scan.autosave import AutosaveController
from jbn_selfscan.ui.scan.bespreekpunten import BespreekpuntenBox
from jbn_selfscan.ui.scan.deadline_panel import DeadlinePanel
from jbn_selfscan.ui.scan.item_editor import ItemEditor
from jbn_selfscan.ui.scan.texts import (
    NAVIGATION_HINT,
    date_text,
    reconfirm_text,
    saved_at_text,
)
from jbn_selfscan.ui.scan.theme_section import ThemeSection
from jbn_selfscan.ui.service_call import TECHNICAL, ServiceCall, service_call

NEXT_ITEM_KEYS = "Ctrl+Down"  # the next question still to answer
PREVIOUS_ITEM_KEYS = "Ctrl+Up"

BESPREEKPUNTEN_KEY = "bespreekpunten"
SAVE_FAILED = (
    "Opslaan is niet gelukt ({error}). Wat je typte staat nog hier; het wordt opnieuw "
    "geprobeerd bij je volgende wijziging."
)
LOCKED_TEXT = (
    "Deze zelfscan hoort bij een getekend caseloadgesprek en kan niet meer veranderen. "
    "Je kunt hem alleen nog lezen."
)


class ScanWidget(QWidget):
    """The scan screen of one client; see the module docstring."""

    sig_client_changed = Signal(int)

    def __init__(
        self, ws: Workspace, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self._ws = ws
        self._fixed_today = today
        self._snapshot: ScanSnapshot | None = None
        self.editors: dict[str, ItemEditor] = {}
        self.sections: dict[Theme, ThemeSection] = {}
        self.acties: ActiesSection | None = None
        self.bespreekpunten: BespreekpuntenBox | None = None
        self.deadline_panel: DeadlinePanel | None = None
        self._unsaved: set[str] = set()  # item ids whose latest edit is not stored yet
        self._drafts: dict[tuple[int, str], tuple[str | None, str, str]] = {}
        self._autosave = AutosaveController(self)
        self._form_key: tuple[str, int, Maatregel] | None = None
        self._read_only_shown: bool | None = None
        self._build_frame()
        for keys, slot in (
            (NEXT_ITEM_KEYS, self.next_item),
            (PREVIOUS_ITEM_KEYS, self.previous_item),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            # set apart: PySide6 (6.11) ignores a context given to the constructor
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # ------------------------------------------------------------------ frame

    def _build_frame(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        header = QHBoxLayout()
        self.title = QLabel(self)
        scale_font(self.title, 1.3, bold=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setToolTip(NAVIGATION_HINT)
        header.addWidget(self.title, 1)
        self.saved_label = QLabel(self)
        self.saved_label.setAccessibleName("Opslagstatus")
        self.saved_label.setMinimumWidth(
            self.saved_label.fontMetrics().horizontalAdvance(saved_at_text(dt.datetime(2000, 1, 1)))
        )
        self.saved_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.saved_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        info = QHBoxLayout()
        self.progress_label = QLabel(self)
        self.progress_label.setToolTip(NAVIGATION_HINT)
        info.addWidget(self.progress_label, 0, Qt.AlignmentFlag.AlignTop)
        self.previous_label = QLabel(self)
        self.previous_label.setWordWrap(True)
        info.addWidget(self.previous_label, 1, Qt.AlignmentFlag.AlignTop)
        self.ready_box = QCheckBox("Zelfscan &klaar voor het gesprek", self)
        self.ready_box.setToolTip(
            "Zet dit aan als je alles hebt ingevuld wat je wilt bespreken. "
            "Je kunt daarna nog steeds wijzigen."
        )
        self.ready_box.clicked.connect(self.on_ready_box_clicked)
        info.addWidget(self.ready_box)
        layout.addLayout(info)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("QLabel { padding: 6px; font-weight: bold; }")
        self.banner.setAccessibleName("Melding")
        self.banner.hide()
        layout.addWidget(self.banner)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName("Zelfscan")
        self.scroll_area.setAccessibleDescription(NAVIGATION_HINT)
        self.scroll_area.setToolTip(NAVIGATION_HINT)
        layout.addWidget(self.scroll_area, 1)
        self.message = QLabel("Kies links een cliënt om de zelfscan te openen.", self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.scroll_area.setWidget(self.message)
        self._set_header_visible(False)

    def _set_header_visible(self, visible: bool) -> None:
        for widget in (self.title, self.progress_label, self.previous_label, self.ready_box):
            widget.setVisible(visible)

    # ------------------------------------------------------------------ public API

    @property
    def snapshot(self) -> ScanSnapshot | None:
        return self._snapshot

    def load_client(self, client_id: int) -> None:
        """Show the client's current scan (made when there is none); saves pending edits first."""
        self.flush()
        with self._opening(f"opening the scan of client {client_id}") as call:
            snapshot = scans.open_scan(self._ws, client_id, today=self._fixed_today)
        if not call.failed:  # a broken scan must not take the window down
            self._show_snapshot(snapshot)

    def show_scan(self, scan_id: int) -> None:
        """Show one particular scan (an older, signed one is read-only)."""
        self.flush()
        with self._opening(f"opening scan {scan_id}") as call:
            snapshot = scans.get_scan(self._ws, scan_id, today=self._fixed_today)
        if not call.failed:
            self._show_snapshot(snapshot)

    def _opening(self, what: str) -> AbstractContextManager[ServiceCall]:
        return service_call(
            lambda text: self._show_message(f"De zelfscan kon niet worden geopend: {text}"),
            what=what,
            unexpected=TECHNICAL,
        )

    def flush(self) -> None:
        """Save everything pending now (client switch, quit); failed edits stay in memory."""
        for editor in self.editors.values():
            editor.commit_typing()
        self._autosave.flush()
        for item_id in sorted(self._unsaved):
            self._save_item(item_id)
        snapshot = self._snapshot
        if snapshot is not None:
            for item_id in self._unsaved:
                editor = self.editors[item_id]
                self._drafts[(snapshot.scan_id, item_id)] = (
                    editor.value(),
                    editor.toelichting_text(),
                    editor.error_text(),
                )

    def needed_width(self) -> int:
        """The width at which the open scan needs no horizontal scroll bar."""
        content, layout = self.scroll_area.widget(), self.layout()
        if content is None or layout is None:
            return 0
        margins = layout.contentsMargins()
        return (
            content.minimumSizeHint().width()
            + self.scroll_area.verticalScrollBar().sizeHint().width()
            + 2 * self.scroll_area.frameWidth()
            + margins.left()
            + margins.right()
        )

    def next_item(self) -> None:
        """Go to the next visible question without an answer (Ctrl+Down)."""
        self._move_focus(+1)

    def previous_item(self) -> None:
        self._move_focus(-1)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    # ------------------------------------------------------------------ building

    def _show_message(self, text: str) -> None:
        self._autosave.discard()
        self._snapshot = None
        self.editors, self.sections, self._unsaved = {}, {}, set()
        self.acties = self.bespreekpunten = self.deadline_panel = None
        self._form_key = None
        self._read_only_shown = None
        self.message = QLabel(text)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.scroll_area.setWidget(self.message)
        self._set_header_visible(False)
        self.saved_label.clear()
        self.banner.hide()

    def _show_snapshot(self, snapshot: ScanSnapshot) -> None:
        """Show a freshly opened scan; the form is reused when the layout would be the same."""
        self._autosave.discard()  # the caller flushed
        self._unsaved = set()
        key = (snapshot.checklist.id, snapshot.checklist.version, snapshot.maatregel)
        content = None
        if key != self._form_key or not self.editors:
            content = self._build_form(snapshot)
            self._form_key = key
            self._read_only_shown = None
        assert self.acties is not None and self.bespreekpunten is not None
        for editor in self.editors.values():
            editor.clear_error()
        self.acties.set_acties(
            acties_service.open_acties_for_client(self._ws, snapshot.client_id), self._today()
        )
        self.acties.setVisible(bool(self.acties.rows))
        self.bespreekpunten.text.set_text_keeping_cursor(snapshot.bespreekpunten)
        self.bespreekpunten.error.show_text("")
        self.title.setText(
            f"{snapshot.referentie} · {snapshot.initialen or '—'} · {snapshot.maatregel.label}"
        )
        self.previous_label.setText(
            f"Vorige zelfscan: {date_text(local_date(snapshot.previous_date))}"
            if snapshot.previous_date is not None
            else "Eerste zelfscan voor deze cliënt"
        )
        self.ready_box.setChecked(snapshot.status is ScanStatus.AFGEROND)
        self._set_header_visible(True)
        self.saved_label.clear()
        self._apply_snapshot(snapshot, sync_ids=self.editors)
        self._restore_drafts(snapshot.scan_id)
        if content is not None:  # shown last: hiding and showing items is cheap before that
            self.scroll_area.setWidget(content)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _build_form(self, snapshot: ScanSnapshot) -> QWidget:
        """Create the widgets for this checklist and maatregel (not yet shown)."""
        self.editors, self.sections = {}, {}
        content = QWidget()
        content.setObjectName("scanContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 4, 12, 12)
        layout.setSpacing(14)
        self.deadline_panel = DeadlinePanel(content)
        layout.addWidget(self.deadline_panel)
        self.acties = ActiesSection(
            self._ws, self._autosave, "Open &acties uit het vorige caseloadgesprek", content
        )
        self.acties.sig_saved.connect(self._on_saved)
        layout.addWidget(self.acties)
        for theme in Theme:
            section = ThemeSection(theme, content)
            section.sig_all_unchanged_requested.connect(self.on_section_all_unchanged_requested)
            self.sections[theme] = section
            layout.addWidget(section)
        for item in snapshot.checklist.items_for(snapshot.maatregel):
            editor = ItemEditor(item, content)
            editor.set_max_date(self._today())
            editor.sig_committed.connect(self.on_editor_committed)
            editor.sig_edited.connect(self.on_editor_edited)
            editor.sig_focus_out.connect(self.on_editor_focus_out)
            editor.sig_unchanged_requested.connect(self.on_editor_unchanged_requested)
            editor.sig_history_requested.connect(self.on_editor_history_requested)
            self.sections[item.theme].add_editor(editor)
            self.editors[item.id] = editor
        self.bespreekpunten = BespreekpuntenBox(content)
        self.bespreekpunten.text.sig_edited.connect(self.on_bespreekpunten_edited)
        self.bespreekpunten.text.sig_focus_out.connect(
            lambda: self._autosave.flush(BESPREEKPUNTEN_KEY)
        )
        layout.addWidget(self.bespreekpunten)
        layout.addStretch(1)
        return content

    def _restore_drafts(self, scan_id: int) -> None:
        for (draft_scan, item_id), (value, text, error) in list(self._drafts.items()):
            editor = self.editors.get(item_id)
            if draft_scan != scan_id or editor is None:
                continue
            del self._drafts[(draft_scan, item_id)]
            editor.control.set_value(value)
            editor.toelichting.set_text_keeping_cursor(text)
            editor.show_error(f"Nog niet opgeslagen. {error}".strip())
            self._unsaved.add(item_id)

    # ------------------------------------------------------------------ snapshot → screen

    def _apply_snapshot(self, snapshot: ScanSnapshot, *, sync_ids: Iterable[str] = ()) -> None:
        """Show a new snapshot in place; only `sync_ids` get their stored answer put back."""
        self._snapshot = snapshot
        evaluation = snapshot.evaluation
        visible = set(evaluation.visible_item_ids)
        deadlines = {result.stap: result for result in snapshot.deadlines}
        has_previous = snapshot.previous_date is not None
        today = self._today()
        for item_id in sync_ids:
            if item_id in self.editors and item_id not in self._unsaved:
                self.editors[item_id].set_answer(snapshot.answers.get(item_id))
        for item_id, editor in self.editors.items():
            editor.set_shown(item_id in visible)
            editor.set_verdict(evaluation.items.get(item_id))
            if editor.item.stap is not None:
                editor.set_deadline(deadlines.get(editor.item.stap), today)
            previous = snapshot.previous.get(item_id)
            editor.set_previous(
                previous,
                has_previous_scan=has_previous,
                answered_now=not scans.can_take_over(snapshot.answers.get(item_id), previous),
            )
        for theme, section in self.sections.items():
            section.set_verdict(evaluation.themes[theme])
            section.set_progress(evaluation.theme_progress[theme])
            section.set_unchanged_available(
                bool(self._unchanged_candidates(theme)) and not snapshot.locked,
                has_previous_scan=has_previous,
            )
        if self.progress_label.text() != evaluation.progress.text:
            self.progress_label.setText(evaluation.progress.text)
        if self.deadline_panel is not None:
            self.deadline_panel.set_deadlines(snapshot.deadlines, today)
        self._set_read_only(snapshot.locked)

    def _set_read_only(self, read_only: bool) -> None:
        if read_only != self._read_only_shown:
            self._read_only_shown = read_only
            for editor in self.editors.values():
                editor.set_read_only(read_only)
            if self.acties is not None:
                self.acties.set_read_only(read_only)
            if self.bespreekpunten is not None:
                self.bespreekpunten.set_read_only(read_only)
            self.ready_box.setEnabled(not read_only)
            if read_only:
                self.banner.setText(LOCKED_TEXT)
        if self.banner.isHidden() == read_only:
            self.banner.setVisible(read_only)

    def is_read_only(self) -> bool:
        return self._snapshot is not None and self._snapshot.locked

    def _unchanged_candidates(self, theme: Theme) -> list[str]:
        """Visible items of `theme` without an answer now but with one last time."""
        snapshot = self._snapshot
        if snapshot is None:
            return []
        found = []
        for item_id in snapshot.evaluation.visible_item_ids:
            editor = self.editors.get(item_id)
            previous, current = snapshot.previous.get(item_id), snapshot.answers.get(item_id)
            if editor is None or editor.item.theme is not theme:
                continue
            if scans.can_take_over(current, previous):
                found.append(item_id)
        return found

    # ------------------------------------------------------------------ saving

    def _today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def _item_key(self, item_id: str) -> tuple[str, str]:
        return ("item", item_id)

    def on_editor_committed(self, item_id: str) -> None:
        self._unsaved.add(item_id)
        self._autosave.schedule(self._item_key(item_id), partial(self._save_item, item_id))
        self._autosave.flush(self._item_key(item_id))

    def on_editor_edited(self, item_id: str) -> None:
        self._unsaved.add(item_id)
        self._autosave.schedule(self._item_key(item_id), partial(self._save_item, item_id))

    def on_editor_focus_out(self, item_id: str) -> None:
        self._autosave.flush(self._item_key(item_id))

    def _save_item(self, item_id: str) -> None:
        snapshot, editor = self._snapshot, self.editors.get(item_id)
        if snapshot is None or editor is None or snapshot.locked:
            return
        value, text = editor.value(), editor.toelichting_text()
        shown = snapshot.answers.get(item_id)
        with self._saving(f"saving answer {item_id}", editor.show_error) as call:
            update = scans.save_answer_fast(
                self._ws,
                snapshot.scan_id,
                item_id,
                value,
                text,
                today=self._fixed_today,
                # the user cleared the date shown from the client record: clear it there too
                clear_recorded=value is None and shown is not None and bool(shown.waarde),
            )
        if call.failed:
            if not call.refused or call.locked:
                return
            note_saved = self._save_toelichting_only(item_id, text)
            if note_saved is None:
                return
            update = note_saved
        else:
            editor.clear_error()
            self._unsaved.discard(item_id)
        self._after_save(update.applied_to(snapshot))

    def _save_toelichting_only(self, item_id: str, text: str) -> ScanUpdate | None:
        """The value was refused: still store the toelichting with the last stored value."""
        snapshot = self._snapshot
        assert snapshot is not None
        stored = snapshot.answers.get(item_id)
        if (stored.toelichting if stored is not None else "") == text:
            return None
        try:
            return scans.save_answer_fast(
                self._ws,
                snapshot.scan_id,
                item_id,
                stored.waarde if stored is not None else None,
                text,
                today=self._fixed_today,
            )
        except AnswerError:
            return None

    def _after_save(self, snapshot: ScanSnapshot, sync_ids: Iterable[str] = ()) -> None:
        self._apply_snapshot(snapshot, sync_ids=sync_ids)
        self._on_saved(utc_now())

    def _on_saved(self, moment: dt.datetime) -> None:
        self.saved_label.setText(saved_at_text(moment))
        if self._snapshot is not None:
            self.sig_client_changed.emit(self._snapshot.client_id)

    def _on_scan_locked(self, message: str) -> None:
        snapshot = self._snapshot
        assert snapshot is not None
        self._autosave.discard()
        with service_call(None, what=f"re-reading locked scan {snapshot.scan_id}") as call:
            fresh = scans.get_scan(self._ws, snapshot.scan_id, today=self._fixed_today)
        if not call.failed:
            self._apply_snapshot(fresh)
        self._set_read_only(True)
        lost = " Je laatste wijziging is daardoor niet opgeslagen." if self._unsaved else ""
        self.banner.setText(f"{message}{lost}")

    def _saving(
        self, what: str, note: Callable[[str], object] | None = None
    ) -> AbstractContextManager[ServiceCall]:
        """A save into the scan: a lock turns the screen read-only; a refusal or fault is told
        in `note` (a field's own note, as a whole sentence) or else in the banner."""
        if note is None:
            return service_call(
                self._show_save_failed, what=what, locked=self._on_scan_locked, unexpected=TECHNICAL
            )
        unexpected = SAVE_FAILED.format(error=TECHNICAL)
        return service_call(note, what=what, locked=self._on_scan_locked, unexpected=unexpected)

    def _show_save_failed(self, reason: str) -> None:
        self.banner.setText(SAVE_FAILED.format(error=reason))
        self.banner.show()

    def on_editor_unchanged_requested(self, item_id: str) -> None:
        self._confirm_unchanged([item_id], self.editors[item_id].unchanged_button)

    def on_editor_history_requested(self, item_id: str) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        self.flush()  # the history shows what is stored: store what was typed first
        from jbn_selfscan.ui.gesprek.history_dialog import show_item_history

        show_item_history(
            self, self._ws, snapshot.scan_id, item_id, self.editors[item_id].item.question
        )

    def on_section_all_unchanged_requested(self, theme: Theme) -> None:
        section = self.sections[theme]
        self._confirm_unchanged(
            self._unchanged_candidates(theme), section.unchanged_button, whole_theme=True
        )

    def _confirm_unchanged(
        self, item_ids: list[str], button: QWidget | None = None, *, whole_theme: bool = False
    ) -> None:
        snapshot = self._snapshot
        if snapshot is None or snapshot.locked or not item_ids:
            return
        focused = QApplication.focusWidget()
        keep_focus = focused is not None and focused is not button
        if not self._take_over(item_ids):
            return
        theme = self.editors[item_ids[0]].item.theme
        taken = set(item_ids)
        while whole_theme:  # follow-up questions the taken-over answers reveal: in one press
            more = [i for i in self._unchanged_candidates(theme) if i not in taken]
            if not more or not self._take_over(more):
                break
            taken.update(more)
        focused = QApplication.focusWidget()
        if keep_focus and focused is not None and focused.isEnabled() and focused.isVisible():
            return  # pressed by its key from a field: the focus stays there
        # The pressed button disables or hides itself: the focus goes on to the next sensible
        # place, never to the top of the window. One item: its answer. A theme: its first
        # question still to answer (a follow-up just revealed), else its first taken-over one.
        first = self.editors[item_ids[0]]
        target = first
        if whole_theme:
            todo = [
                editor
                for editor in self._navigable_editors()
                if editor.item.theme is first.item.theme and editor.value() is None
            ]
            target = todo[0] if todo else first
        target.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.ensureWidgetVisible(target, 0, 24)

    def _take_over(self, item_ids: list[str]) -> bool:
        snapshot = self._snapshot
        assert snapshot is not None
        self._autosave.flush()  # a toelichting being typed is stored before the take-over
        with self._saving("confirming unchanged answers") as call:
            saved = scans.confirm_unchanged(
                self._ws, snapshot.scan_id, item_ids, today=self._fixed_today
            )
        if call.failed:
            return False
        for item_id in item_ids:
            self._unsaved.discard(item_id)
            self.editors[item_id].clear_error()
        self._after_save(saved, sync_ids=item_ids)
        return True

    def reconfirm_client(self) -> None:
        """ "Cliënt ongewijzigd sinds vorige zelfscan": take over every still-valid answer
        (each recorded as confirmed now), then show what is left with the focus on the first."""
        snapshot = self._snapshot
        if snapshot is None or snapshot.locked:
            return
        if snapshot.previous_date is None:
            self._show_note("Er is geen vorige zelfscan van deze cliënt om over te nemen.")
            return
        self.flush()  # what was typed is stored first and is never overwritten
        with self._saving("re-confirming the client") as call:
            result = reconfirm.reconfirm_client(self._ws, snapshot.scan_id, today=self._fixed_today)
        if call.failed:
            return
        for item_id in result.taken_over:
            self._unsaved.discard(item_id)
            self.editors[item_id].clear_error()
        self._after_save(result.snapshot, sync_ids=result.taken_over)
        open_ids = [item_id for item_id in result.open_ids if item_id in self.editors]
        for theme, section in self.sections.items():  # only what still needs the worker
            section.set_expanded(any(self.editors[i].item.theme is theme for i in open_ids))
        self._show_note(reconfirm_text(len(result.taken_over), len(open_ids), len(result.stale)))
        if open_ids:
            first = self.editors[open_ids[0]]
            first.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.scroll_area.ensureWidgetVisible(first, 0, 24)
        elif not self.is_read_only():
            self.ready_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_note(self, text: str) -> None:
        """A note in the banner until the next save (a locked scan keeps its own text)."""
        if self.is_read_only():
            return
        self.banner.setText(text)
        self.banner.show()

    def on_bespreekpunten_edited(self) -> None:
        self._autosave.schedule(BESPREEKPUNTEN_KEY, self._save_bespreekpunten)

    def _save_bespreekpunten(self) -> None:
        snapshot, box = self._snapshot, self.bespreekpunten
        if snapshot is None or box is None or snapshot.locked:
            return
        with self._saving("saving bespreekpunten", box.error.show_text) as call:
            scans.set_bespreekpunten(self._ws, snapshot.scan_id, box.text.toPlainText())
        if call.failed:
            return
        box.error.show_text("")
        self._on_saved(utc_now())

    def on_ready_box_clicked(self, checked: bool) -> None:
        snapshot = self._snapshot
        if snapshot is None:
            return
        if checked and not self._confirm_ready_with_open_questions():
            self.ready_box.setChecked(False)
            return
        status = ScanStatus.AFGEROND if checked else ScanStatus.CONCEPT
        with self._saving("changing the scan status") as call:
            scans.set_scan_status(self._ws, snapshot.scan_id, status)
        if call.failed:
            if not call.locked:
                self.ready_box.setChecked(not checked)
            return
        self._on_saved(utc_now())

    def _confirm_ready_with_open_questions(self) -> bool:
        self.flush()
        open_count = self.unanswered_count()
        if open_count == 0:
            return True
        questions = "1 vraag is" if open_count == 1 else f"{open_count} vragen zijn"
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Zelfscan klaar?",
            f"{questions} nog niet ingevuld. Wil je de zelfscan toch klaar zetten voor het "
            "gesprek?",
            QMessageBox.StandardButton.NoButton,
            self,
        )
        ready = box.addButton("Toch &klaar zetten", QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton("&Verder invullen", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is ready

    # ------------------------------------------------------------------ keyboard navigation

    def _navigable_editors(self) -> list[ItemEditor]:
        visible = set(self._snapshot.evaluation.visible_item_ids) if self._snapshot else set()
        return [
            editor
            for section in self.sections.values()
            for editor in section.editors
            if editor.item.id in visible
        ]

    def unanswered_count(self) -> int:
        """Visible questions still open (what "Zelfscan klaar" warns about), as the progress
        counts them: an empty date the deadline engine already judged (an evaluation not due
        yet, a start step before the cut-off) is not open."""
        if self._snapshot is None:
            return 0
        verdicts = self._snapshot.evaluation.items
        return sum(
            1
            for editor in self._navigable_editors()
            if editor.value() is None
            and verdicts[editor.item.id].status is ItemStatus.NOG_NIET_INGEVULD
        )

    def _commit_focused(self) -> None:
        """Store what the focused question holds, so a follow-up it reveals is shown now."""
        focused = QApplication.focusWidget()
        for item_id, editor in self.editors.items():
            if focused is not None and editor.isAncestorOf(focused):
                editor.commit_typing()
                self._autosave.flush(self._item_key(item_id))
                return

    def _move_focus(self, step: int) -> None:
        self._commit_focused()
        editors = self._navigable_editors()
        if not editors:
            return
        focused = QApplication.focusWidget()
        current = next(
            (i for i, e in enumerate(editors) if focused is not None and e.isAncestorOf(focused)),
            None,
        )
        if step < 0:
            index = len(editors) - 1 if current is None else max(0, current - 1)
        else:
            # Forward: the next question still to answer (a follow-up just revealed counts),
            # from the top again when there is none below; "klaar" when all are answered.
            start = -1 if current is None else current
            ahead = editors[start + 1 :] + editors[: start + 1]
            todo = [editor for editor in ahead if editor.value() is None]
            if not todo:
                if not self.is_read_only():
                    self.ready_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
            index = editors.index(todo[0])
        editor = editors[index]
        section = self.sections[editor.item.theme]
        if not section.is_expanded():
            section.set_expanded(True)
        editor.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.scroll_area.ensureWidgetVisible(editor, 0, 24)
