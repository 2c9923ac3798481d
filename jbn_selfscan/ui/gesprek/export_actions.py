"""Exporting, importing and printing a caseloadgesprek: the dialogs around the services.

Every function is a thin slot: ask (dialog), call one service, tell the result. A refusal is
shown in Dutch in a message box; nothing here decides a business rule.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jbn_selfscan.services import gesprekken
from jbn_selfscan.services.gesprekken import ImportOutcome
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.gesprek.dialog_parts import ok_cancel
from jbn_selfscan.ui.gesprek.file_report import report_file
from jbn_selfscan.ui.gesprek.pdf_worker import PdfJob
from jbn_selfscan.ui.scan.fields import ErrorNote
from jbn_selfscan.ui.service_call import message_box, service_call

EXPORT_TITLE = "Caseloadgesprek exporteren"
IMPORT_TITLE = "Caseloadgesprek importeren"
PDF_TITLE = "PDF maken"
FILE_FILTER = "Caseloadgesprek-bestand (*.json)"
PDF_FILTER = "PDF-bestand (*.pdf)"
CANCELLED_TEXT = "Afgebroken, er is geen PDF gemaakt."
MIN_PASSWORD_LENGTH = 8


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


# --------------------------------------------------------------------------- export


class ExportDialog(QDialog):
    """Optional password (typed twice) and, when the text holds them, whether to keep
    suspected identifiers."""

    def __init__(self, findings: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(EXPORT_TITLE)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Het bestand is voor de andere deelnemer aan het gesprek. Met een wachtwoord is "
            "het versleuteld; geef het wachtwoord dan op een andere manier door (niet in "
            "dezelfde e-mail).",
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.encrypt = QCheckBox("Ver&sleutelen met een wachtwoord", self)
        layout.addWidget(self.encrypt)
        form = QFormLayout()
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Wachtwoord")
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName("Wachtwoord herhalen")
        form.addRow("&Wachtwoord:", self.password)
        form.addRow("&Herhaal:", self.repeat)
        layout.addLayout(form)
        self.keep_identifiers = QCheckBox("Mogelijk identificerende gegevens &toch meenemen", self)
        if findings:
            shown = "\n".join(f"• {text}" for text in findings[:5])
            more = f"\n… en nog {len(findings) - 5}" if len(findings) > 5 else ""
            warning = QLabel(
                "In de vrije tekst staat iets dat op een identificerend gegeven lijkt:\n"
                f"{shown}{more}\nDit wordt weggelaten uit het bestand, tenzij je hieronder "
                "anders kiest.",
                self,
            )
            warning.setWordWrap(True)
            layout.addWidget(warning)
            layout.addWidget(self.keep_identifiers)
        else:
            self.keep_identifiers.hide()
        self.error = ErrorNote(self)
        layout.addWidget(self.error)
        buttons, self.ok_button = ok_cancel(self, "&Verder…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self._on_encrypt_toggled)
        self._on_encrypt_toggled(False)

    def _on_encrypt_toggled(self, checked: bool) -> None:
        self.password.setEnabled(checked)
        self.repeat.setEnabled(checked)

    def chosen_password(self) -> str | None:
        return self.password.text() if self.encrypt.isChecked() else None

    def accept(self) -> None:
        password = self.chosen_password()
        if password is not None:
            if len(password) < MIN_PASSWORD_LENGTH:
                self.error.show_text(
                    f"Kies een wachtwoord van minstens {MIN_PASSWORD_LENGTH} tekens."
                )
                return
            if password != self.repeat.text():
                self.error.show_text("De twee wachtwoorden zijn niet gelijk.")
                return
        super().accept()


def _finding_texts(ws: Workspace, gesprek_id: int) -> list[str]:
    with service_call(None, what="checking a gesprek for identifiers") as call:
        doc = gesprekken.build_merged(ws, gesprek_id)
    if call.failed:  # the export itself will say what is wrong
        return []
    return [f"{f.finding.label} in {f.plaats}" for f in gesprekken.find_identifiers_in(doc)]


def export_to(
    parent: QWidget,
    ws: Workspace,
    gesprek_id: int,
    target: Path,
    password: str | None,
    include_identifiers: bool,
) -> Path | None:
    """Call the export service; tells the user the result. None when it was refused."""
    if target.suffix.lower() != ".json":
        target = target.with_name(target.name + ".json")
    with service_call(message_box(parent, EXPORT_TITLE), what="exporting a gesprek") as call:
        written = gesprekken.export_gesprek(
            ws, gesprek_id, target, password=password, include_identifiers=include_identifiers
        )
    if call.failed:
        return None
    how = " Het is versleuteld met het wachtwoord." if password else ""
    report_file(parent, EXPORT_TITLE, f"Het bestand is opgeslagen: {written}.{how}", written)
    return written


def export_gesprek_gui(
    parent: QWidget, ws: Workspace, gesprek_id: int, datum: dt.date, versie: int
) -> Path | None:
    dialog = ExportDialog(_finding_texts(ws, gesprek_id), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    suggested = documents_folder() / f"caseloadgesprek-{datum.isoformat()}-versie-{versie}.json"
    chosen, _filter = QFileDialog.getSaveFileName(parent, EXPORT_TITLE, str(suggested), FILE_FILTER)
    if not chosen:
        return None
    return export_to(
        parent,
        ws,
        gesprek_id,
        Path(chosen),
        dialog.chosen_password(),
        dialog.keep_identifiers.isChecked(),
    )


# --------------------------------------------------------------------------- import


def ask_password(parent: QWidget, text: str) -> str | None:
    password, ok = QInputDialog.getText(parent, "Wachtwoord", text, QLineEdit.EchoMode.Password)
    return password if ok and password else None


def import_from(parent: QWidget, ws: Workspace, path: Path) -> ImportOutcome | None:
    """Import one file, asking for the password when needed; tells the user the outcome."""
    password: str | None = None
    unsigned = False
    while True:
        with service_call(None, what="importing a gesprek file") as call:
            outcome = gesprekken.import_gesprek_file(
                ws, path, password=password, accept_unsigned=unsigned
            )
        if not call.failed:
            lines = "\n\n".join((outcome.samenvatting, *outcome.akkoorden))
            QMessageBox.information(parent, IMPORT_TITLE, lines)
            return outcome
        if isinstance(call.error, gesprekken.AkkoordRejected) and not unsigned:
            answer = QMessageBox.warning(
                parent,
                IMPORT_TITLE,
                f"{call.message}\n\nDe inhoud toch inlezen, zonder de geweigerde akkoorden?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            unsigned = True
            continue
        if isinstance(call.error, gesprekken.PasswordRequiredError):
            prompt = "Dit bestand is versleuteld. Wachtwoord:"
        elif isinstance(call.error, gesprekken.WrongPasswordError):
            prompt = "Het wachtwoord klopt niet. Probeer het opnieuw:"
        else:
            QMessageBox.warning(parent, IMPORT_TITLE, call.message)
            return None
        password = ask_password(parent, prompt)
        if password is None:
            return None


def import_gesprek_gui(parent: QWidget, ws: Workspace) -> ImportOutcome | None:
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, IMPORT_TITLE, str(documents_folder()), f"{FILE_FILTER};;Alle bestanden (*)"
    )
    return import_from(parent, ws, Path(chosen)) if chosen else None


# --------------------------------------------------------------------------- PDF


class PdfChoiceDialog(QDialog):
    """Personeelsdossier (pseudonymous) or werkversie (with references, for the meeting)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(PDF_TITLE)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Welke PDF wil je maken?", self))
        self.dossier = QRadioButton("Voor het &personeelsdossier", self)
        self.dossier.setChecked(True)
        layout.addWidget(self.dossier)
        layout.addWidget(
            _note("Cliënten staan er alleen met een pseudoniem in; geen zaakreferenties.", self)
        )
        self.werkversie = QRadioButton("&Werkversie voor het gesprek", self)
        layout.addWidget(self.werkversie)
        layout.addWidget(
            _note(
                "Met zaakreferenties, initialen en toelichtingen. Niet voor het "
                "personeelsdossier; gooi hem weg na het gesprek.",
                self,
            )
        )
        buttons, self.ok_button = ok_cancel(self, "&Verder…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setIndent(24)
    return label


def start_pdf_job(
    parent: QWidget, ws: Workspace, gesprek_id: int, target: Path, *, werkversie: bool
) -> PdfJob:
    """Render in the background with a cancellable progress dialog; reports the result."""
    job = PdfJob(ws, gesprek_id, target, werkversie=werkversie, parent=parent)
    progress = QProgressDialog("De PDF wordt gemaakt…", "&Afbreken", 0, 0, parent)
    progress.setWindowTitle(PDF_TITLE)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(job.cancel)

    def on_progress(done: int, total: int) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(done)
        progress.setLabelText(f"De PDF wordt gemaakt… ({done} van {total} onderdelen)")

    def close_progress() -> None:
        progress.canceled.disconnect(job.cancel)
        progress.close()
        progress.deleteLater()

    def on_finished(path: str) -> None:
        close_progress()
        text = f"De PDF is gemaakt: {path}"
        if job.warning:
            text += f"\n\n{job.warning}"
        report_file(parent, PDF_TITLE, text, Path(path), warning=bool(job.warning))
        job.deleteLater()

    def on_cancelled() -> None:
        close_progress()
        QMessageBox.information(parent, PDF_TITLE, CANCELLED_TEXT)
        job.deleteLater()

    def on_failed(message: str) -> None:
        close_progress()
        QMessageBox.warning(parent, PDF_TITLE, f"Er is geen PDF gemaakt. {message}")
        job.deleteLater()

    job.sig_progress.connect(on_progress)
    job.sig_finished.connect(on_finished)
    job.sig_cancelled.connect(on_cancelled)
    job.sig_failed.connect(on_failed)
    job.start()
    return job


def make_pdf_gui(parent: QWidget, ws: Workspace, gesprek_id: int, datum: dt.date) -> PdfJob | None:
    choice = PdfChoiceDialog(parent)
    if choice.exec() != QDialog.DialogCode.Accepted:
        return None
    werkversie = choice.werkversie.isChecked()
    kind = "werkversie" if werkversie else "personeelsdossier"
    suggested = documents_folder() / f"caseloadgesprek-{datum.isoformat()}-{kind}.pdf"
    chosen, _filter = QFileDialog.getSaveFileName(parent, PDF_TITLE, str(suggested), PDF_FILTER)
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    return start_pdf_job(parent, ws, gesprek_id, target, werkversie=werkversie)
