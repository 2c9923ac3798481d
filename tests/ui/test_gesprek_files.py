"""Files around the caseloadgesprek: the PDF in the background, export and import, backups."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QInputDialog, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from jbn_selfscan.domain.types import Role
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services import gesprekken as g
from jbn_selfscan.services.backups import backup_now
from jbn_selfscan.services.demo import DemoSummary
from jbn_selfscan.services.demo_data import DEMO_WORKER
from jbn_selfscan.services.profile import save_profile
from jbn_selfscan.services.workspace import Workspace, open_workspace
from jbn_selfscan.store.db import open_database
from jbn_selfscan.ui.gesprek import backup_actions, file_report
from jbn_selfscan.ui.gesprek.export_actions import (
    CANCELLED_TEXT,
    export_to,
    import_from,
    start_pdf_job,
)
from jbn_selfscan.ui.gesprek.file_report import FileDoneBox

TODAY = dt.date(2026, 11, 20)


def copy_of(database: Path, folder: Path) -> Workspace:
    """A workspace on a copy of an already migrated database (no migration check: fast)."""
    paths = AppPaths(folder).ensure()
    shutil.copyfile(database, paths.database)
    return Workspace(paths, open_database(paths.database, migrate=False), user=DEMO_WORKER)


class Messages:
    """QMessageBox stand-in: records (kind, text) and answers Yes to questions; a message about
    a written file is recorded as information (or warning) too, and kept in `file_boxes`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str]] = []
        self.file_boxes: list[FileDoneBox] = []
        for kind in ("information", "warning", "critical", "question"):
            monkeypatch.setattr(QMessageBox, kind, self._recorder(kind))
        monkeypatch.setattr(FileDoneBox, "exec", lambda box: self._record_box(box))

    def _record_box(self, box: FileDoneBox) -> int:
        kind = "warning" if box.icon() is QMessageBox.Icon.Warning else "information"
        self.shown.append((kind, box.text()))
        self.file_boxes.append(box)
        return 0

    def _recorder(self, kind: str):  # type: ignore[no-untyped-def]
        def record(_parent: object, _title: str, text: str, *_args: object) -> object:
            self.shown.append((kind, text))
            return QMessageBox.StandardButton.Yes

        return record

    def texts(self, kind: str) -> list[str]:
        return [text for shown_kind, text in self.shown if shown_kind == kind]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    return Messages(monkeypatch)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


# --------------------------------------------------------------------------- PDF


def test_the_pdf_is_rendered_in_the_background_and_reported(
    qtbot: QtBot,
    demo: tuple[Workspace, DemoSummary],
    parent: QWidget,
    messages: Messages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every client step is reported once, up to 13 of 13.

    The progress dialog appears after 400 ms; once visible, its modal `setValue` processes
    events, so later progress signals can be delivered inside earlier ones and the list arrives
    out of order ([..., (13, 13), (12, 13)]). Whether it appears depended on how warm the
    process was, so the old check of the last element failed when this test ran alone and
    passed in the full suite. The dialog is now shown at once (the same path every run) and
    the steps are compared as a sorted list.
    """
    show_at_once = QProgressDialog.setMinimumDuration
    monkeypatch.setattr(
        QProgressDialog, "setMinimumDuration", lambda dialog, _ms: show_at_once(dialog, 0)
    )
    ws, summary = demo
    target = tmp_path / "gesprek.pdf"
    progress: list[tuple[int, int]] = []
    job = start_pdf_job(parent, ws, summary.signed_gesprek_id, target, werkversie=False)
    job.sig_progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(job.sig_finished, timeout=60_000) as finished:
        pass
    assert finished.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    total = max(t for _done, t in progress)  # clients, afspraken, acties
    done = [d for d, _total in sorted(progress)]
    assert total >= 13 and {t for _done, t in progress} == {total}
    assert done[0] == 0 and done[-1] == total and len(set(done)) == len(done)
    assert messages.texts("information") == [f"De PDF is gemaakt: {target}"]
    [box] = messages.file_boxes
    assert box.path == target and box.open_button is not None


def test_a_cancelled_pdf_leaves_no_file(
    qtbot: QtBot,
    demo: tuple[Workspace, DemoSummary],
    parent: QWidget,
    messages: Messages,
    tmp_path: Path,
) -> None:
    ws, summary = demo
    target = tmp_path / "afgebroken.pdf"
    job = start_pdf_job(parent, ws, summary.signed_gesprek_id, target, werkversie=True)
    with qtbot.waitSignal(job.sig_cancelled, timeout=60_000):
        job.cancel()
    assert not target.exists()
    assert not list(tmp_path.glob("*.tmp"))
    assert messages.texts("information") == [CANCELLED_TEXT]


# --------------------------------------------------------------------------- export / import


def test_export_with_password_and_import_elsewhere_asking_for_it(
    monkeypatch: pytest.MonkeyPatch,
    demo: tuple[Workspace, DemoSummary],
    demo_template: tuple[Path, DemoSummary],
    parent: QWidget,
    messages: Messages,
    tmp_path: Path,
) -> None:
    ws, summary = demo
    other = copy_of(demo_template[0], tmp_path / "ander")  # the same gesprek on another laptop
    g.set_opmerkingen(ws, summary.preparation_gesprek_id, "Besproken op de eerste laptop")
    written = export_to(
        parent, ws, summary.preparation_gesprek_id, tmp_path / "uit", "geheim-wachtwoord", False
    )
    assert written == tmp_path / "uit.json" and written.exists()
    assert b"Besproken" not in written.read_bytes()  # encrypted
    assert "versleuteld" in messages.texts("information")[0]
    answers = iter([("fout", True), ("geheim-wachtwoord", True)])
    prompts: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *_args: object) -> tuple[str, bool]:
        prompts.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    outcome = import_from(parent, other, written)
    opmerkingen = g.gesprek_view(other, summary.preparation_gesprek_id, TODAY).opmerkingen
    other.close()
    assert outcome is not None
    assert opmerkingen == "Besproken op de eerste laptop"
    assert prompts == [
        "Dit bestand is versleuteld. Wachtwoord:",
        "Het wachtwoord klopt niet. Probeer het opnieuw:",
    ]
    assert messages.texts("information")[-1] == outcome.samenvatting


def test_an_import_rejection_is_shown_in_dutch_and_changes_nothing(
    demo: tuple[Workspace, DemoSummary], parent: QWidget, messages: Messages, tmp_path: Path
) -> None:
    ws, summary = demo
    exported = export_to(parent, ws, summary.signed_gesprek_id, tmp_path / "g.json", None, False)
    assert exported is not None
    stranger = open_workspace(AppPaths(tmp_path / "ander"), daily_backup=False)
    save_profile(stranger, "Iemand Anders", Role.JEUGDBESCHERMER)
    before = g.list_gesprekken(stranger)
    assert import_from(parent, stranger, exported) is None
    assert g.list_gesprekken(stranger) == before
    stranger.close()
    [warning] = messages.texts("warning")
    assert "niet van Iemand Anders" in warning and "Er is niets veranderd" in warning

    garbage = tmp_path / "kapot.json"
    garbage.write_text("{ dit is geen json", encoding="utf-8")
    assert import_from(parent, ws, garbage) is None
    message = messages.texts("warning")[-1]
    assert message and not message.startswith("Er ging iets onverwachts mis")
    assert "Traceback" not in message


# --------------------------------------------------------------------------- backups


def test_restoring_a_backup_closes_restores_reopens_and_reloads(
    demo: tuple[Workspace, DemoSummary], parent: QWidget, messages: Messages
) -> None:
    ws, summary = demo
    made = backup_actions.make_backup_gui(parent, ws)
    assert made is not None and made.exists()
    g.set_opmerkingen(ws, summary.preparation_gesprek_id, "Na de reservekopie getypt")
    calls: list[str] = []
    restored = backup_actions.restore_from(
        parent,
        ws,
        made,
        save_screens=lambda: calls.append("save"),
        reload_screens=lambda: calls.append(
            "reload:" + g.gesprek_view(ws, summary.preparation_gesprek_id, TODAY).opmerkingen
        ),
    )
    assert restored
    assert calls == ["save", "reload:"]  # saved first; reloaded from the restored database
    assert "teruggezet" in messages.texts("information")[-1]
    assert "voor-terugzetten" in messages.texts("information")[-1]


def test_a_refused_restore_keeps_the_data_and_the_app_working(
    demo: tuple[Workspace, DemoSummary], parent: QWidget, messages: Messages, tmp_path: Path
) -> None:
    ws, summary = demo
    bogus = tmp_path / "geen-kopie.sqlite3"
    bogus.write_bytes(b"dit is geen database")
    g.set_opmerkingen(ws, summary.preparation_gesprek_id, "Blijft staan")
    assert not backup_actions.restore_from(
        parent, ws, bogus, save_screens=lambda: None, reload_screens=lambda: None
    )
    assert "Er is niets teruggezet" in messages.texts("warning")[-1]
    view = g.gesprek_view(ws, summary.preparation_gesprek_id, TODAY)  # reopened and usable
    assert view.opmerkingen == "Blijft staan"


def test_the_restore_dialog_lists_backups_with_date_kind_and_size(
    qtbot: QtBot, qtmodeltester: object, demo: tuple[Workspace, DemoSummary]
) -> None:
    ws, _summary = demo
    backup_now(ws.paths)
    from jbn_selfscan.services.backups import list_backups

    dialog = backup_actions.RestoreDialog(list_backups(ws.paths))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.model.index(0, 1).data() == "zelf gemaakt"
    assert dialog.model.index(0, 2).data().endswith("kB")
    dialog.restore_button.click()
    assert dialog.chosen_path == list_backups(ws.paths)[0].path


def test_a_refused_akkoord_asks_before_reading_the_content_unsigned(
    demo: tuple[Workspace, DemoSummary], parent: QWidget, messages: Messages, tmp_path: Path
) -> None:
    import json

    from jbn_selfscan.domain.types import GesprekStatus
    from jbn_selfscan.exchange.merged_file import compute_checksum

    ws, summary = demo
    g.sign_gesprek(
        ws,
        summary.preparation_gesprek_id,
        Role.JEUGDBESCHERMER,
        DEMO_WORKER,
        today=dt.date(2030, 1, 1),
    )
    exported = export_to(
        parent, ws, summary.preparation_gesprek_id, tmp_path / "g.json", None, False
    )
    assert exported is not None
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["gesprek"]["opmerkingen"] = "Achteraf veranderd."
    document["checksum"]["value"] = compute_checksum(document)
    exported.write_text(json.dumps(document), encoding="utf-8")

    coach = open_workspace(AppPaths(tmp_path / "pb"), daily_backup=False)
    save_profile(coach, "Demo Praktijkbegeleider", Role.PRAKTIJKBEGELEIDER)
    outcome = import_from(parent, coach, exported)
    assert outcome is not None
    view = g.gesprek_view(coach, outcome.gesprek_id, TODAY)
    coach.close()
    [warning] = messages.texts("warning")
    assert "handtekening klopt niet bij de inhoud" in warning and "toch inlezen" in warning
    assert view.status is GesprekStatus.IN_VOORBEREIDING and view.akkoorden == ()
    assert "geweigerd" in messages.texts("information")[-1]


def test_about_box_shows_this_installations_fingerprint(tmp_path: Path) -> None:
    from jbn_selfscan.ui.about import about_text

    assert "nog geen sleutel" in about_text(tmp_path)
    assert "<b>ABCD 1234 ABCD 1234 ABCD</b>" in about_text(tmp_path, "ABCD 1234 ABCD 1234 ABCD")


# --------------------------------------------------------------------------- opening a file


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """The URLs the app asked the desktop to open (nothing is opened)."""
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(file_report, "open_url", record)
    return urls


def test_after_an_export_openen_and_map_tonen_open_the_file_and_its_folder(
    qtbot: QtBot,
    demo: tuple[Workspace, DemoSummary],
    parent: QWidget,
    messages: Messages,
    opened: list[QUrl],
    tmp_path: Path,
) -> None:
    ws, summary = demo
    written = export_to(parent, ws, summary.signed_gesprek_id, tmp_path / "g.json", None, False)
    assert written is not None
    [box] = messages.file_boxes
    assert box.path == written
    assert box.open_button is not None
    box.open_button.click()
    box.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(written), str(tmp_path)]
    assert all(url.isLocalFile() for url in opened)


def test_a_file_that_cannot_be_opened_says_where_it_is(
    qtbot: QtBot,
    parent: QWidget,
    messages: Messages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(file_report, "open_url", lambda _url: False)
    target = tmp_path / "gesprek.pdf"
    box = FileDoneBox(parent, "PDF maken", f"De PDF is gemaakt: {target}", target)
    qtbot.addWidget(box)
    assert not box.open_file()
    assert messages.texts("warning") == [
        f"Het bestand kon niet worden geopend. Het bestand staat in: {target}"
    ]
    assert sorted(b.text() for b in box.buttons()) == ["&Map tonen", "&Openen", "&Sluiten"]


def test_a_new_backup_offers_its_folder_only(
    demo: tuple[Workspace, DemoSummary],
    parent: QWidget,
    messages: Messages,
    opened: list[QUrl],
) -> None:
    ws, _summary = demo
    made = backup_actions.make_backup_gui(parent, ws)
    assert made is not None
    [box] = messages.file_boxes
    assert box.open_button is None
    box.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(made.parent)]
