"""Application set-up and the run of the main window.

`jbn_selfscan.cli.start_gui` drives the steps: `create_application`, `acquire_single_instance`,
opening the workspace (its errors go to `show_fatal_error`), then `run`.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QPointF,
    QRect,
    QSize,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from jbn_selfscan import __version__, startup_gc
from jbn_selfscan.paths import AppPaths
from jbn_selfscan.services.profile import get_profile
from jbn_selfscan.services.workspace import Workspace
from jbn_selfscan.ui.single_instance import ALREADY_RUNNING_MESSAGE, SingleInstance

APP_NAME = "JBN Zelfscan"
ORGANIZATION = "Jeugdbescherming Noord"
MAX_IDLE_ROUNDS = 200
_keep_alive: list[object] = []  # translators must outlive the application's use of them


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with names, Dutch translations and the Dutch locale."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    install_dutch(app)
    return app


def install_dutch(app: QCoreApplication) -> bool:
    """nl_NL as default locale and Qt's own Dutch texts (standard buttons, dialogs)."""
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_nl", folder):
        return False
    app.installTranslator(translator)
    _keep_alive.append(translator)
    return True


def app_icon() -> QIcon:
    """A simple drawn icon (rounded square with a check mark), crisp at every scale.

    Painted on request, in the size asked for: drawing a fixed set of sizes up front took
    25-40 ms of every start (docs/benchmarks.md).
    """
    return QIcon(_CheckIconEngine())


class _CheckIconEngine(QIconEngine):
    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / 16, rect.height() / 16)
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(QColor("#1f5f99"))
        painter.drawRoundedRect(1, 1, 14, 14, 3, 3)
        pen = painter.pen()
        pen.setColor(QColor("#ffffff"))
        pen.setWidthF(1.8)
        painter.setPen(pen)
        painter.drawPolyline([QPointF(4.2, 8.3), QPointF(7, 11), QPointF(11.8, 5.2)])
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _CheckIconEngine()


def show_fatal_error(message: str, *, quit_when_ready: bool, title: str = APP_NAME) -> None:
    """Tell the user why the app cannot start (a box; on stderr when nobody is watching)."""
    if quit_when_ready:
        print(f"jbn-selfscan: {message}", file=sys.stderr)
        return
    QMessageBox.critical(None, title, message)


RESTORE_EXPLAINED = (
    "Nieuwste goede reservekopie: {backup}.\n\n"
    "Terugzetten vervangt de beschadigde database door deze reservekopie. De beschadigde "
    "database wordt ongewijzigd bewaard in de map 'beschadigd' van de gegevensmap. Wat na het "
    "maken van de reservekopie is ingevuld, staat er niet in."
)
NO_GOOD_BACKUP = (
    "Er is geen goede reservekopie gevonden. De database blijft zoals hij is; vraag hulp aan "
    "functioneel beheer."
)


class DamagedDatabaseDialog(QMessageBox):
    """At start with a damaged database: restore the newest good backup, or quit."""

    def __init__(self, message: str, backup: str | None, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, APP_NAME, message, parent=parent)
        self.restore_button = None
        if backup is not None:
            self.setInformativeText(RESTORE_EXPLAINED.format(backup=backup))
            self.restore_button = self.addButton(
                "Nieuwste goede reservekopie &terugzetten", QMessageBox.ButtonRole.AcceptRole
            )
        else:
            self.setInformativeText(NO_GOOD_BACKUP)
        self.quit_button = self.addButton("&Afsluiten", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.quit_button)
        self.setEscapeButton(self.quit_button)

    def restore_chosen(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def ask_restore_damaged(message: str, backup: str | None, *, quit_when_ready: bool) -> bool:
    """Explain the damaged database; True when the user chose to restore `backup`."""
    if quit_when_ready:  # nobody to ask: explain and quit
        print(f"jbn-selfscan: {message}", file=sys.stderr)
        return False
    dialog = DamagedDatabaseDialog(message, backup)
    dialog.exec()
    return dialog.restore_chosen()


def show_information(message: str, *, quit_when_ready: bool) -> None:
    if quit_when_ready:
        print(f"jbn-selfscan: {message}", file=sys.stderr)
        return
    QMessageBox.information(None, APP_NAME, message)


def acquire_single_instance(paths: AppPaths, *, quit_when_ready: bool) -> SingleInstance | None:
    """The lock of this data directory, or None (after telling the user) when it is taken."""
    instance = SingleInstance(paths)
    if instance.try_acquire():
        return instance
    instance.notify_running_instance()
    show_fatal_error(ALREADY_RUNNING_MESSAGE, quit_when_ready=quit_when_ready)
    return None


class _ErrorReporter:
    """Shows unexpected errors in slots as a Dutch message instead of losing them."""

    def __init__(self, quit_when_ready: bool) -> None:
        self.quit_when_ready = quit_when_ready
        self.failed = False

    def __call__(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        self.failed = True
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        logging.getLogger(__name__).error("unexpected fault", exc_info=(kind, value, tb))
        if self.quit_when_ready:
            QCoreApplication.exit(1)
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            APP_NAME,
            "Er ging iets onverwachts mis. Wat je al had ingevuld is bewaard.\n\n"
            f"Technische melding: {kind.__name__}: {value}",
        )


def run(ws: Workspace, instance: SingleInstance, *, quit_when_ready: bool = False) -> int:
    """First-run profile if needed, then the main window until it closes; the exit code."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    reporter = _ErrorReporter(quit_when_ready)
    previous_hook = sys.excepthook
    sys.excepthook = reporter
    try:
        if get_profile(ws) is None:
            startup_gc.resume()  # a person fills in the dialog: start-up is over
            if not ask_first_profile(ws, quit_when_ready=quit_when_ready):
                return 0
        from jbn_selfscan.ui.main_window import MainWindow

        window = MainWindow(ws)
        instance.sig_activate_requested.connect(window.bring_to_front)
        window.show()
        startup_gc.resume()
        if ws.db.warnings and not quit_when_ready:
            QTimer.singleShot(0, lambda: _show_warnings(window, ws.db.warnings))
        if quit_when_ready:
            QTimer.singleShot(0, lambda: _close_when_idle(window))
        code = app.exec()
        return 1 if reporter.failed else code
    finally:
        sys.excepthook = previous_hook


def ask_first_profile(ws: Workspace, *, quit_when_ready: bool) -> bool:
    """The first-run dialog; False when the user cancels it (the app then ends cleanly)."""
    from jbn_selfscan.ui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(ws, first_run=True)
    if quit_when_ready:
        dialog.show()
        wait_until_idle()
        dialog.reject()
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted


def wait_until_idle() -> int:
    """Process events until none are left (bounded); returns the rounds it took."""
    dispatcher = QAbstractEventDispatcher.instance()
    for rounds in range(MAX_IDLE_ROUNDS):
        QCoreApplication.sendPostedEvents()
        if dispatcher is None or not dispatcher.processEvents(
            QEventLoop.ProcessEventsFlag.AllEvents
        ):
            return rounds
    return MAX_IDLE_ROUNDS


def _close_when_idle(window: QWidget) -> None:
    wait_until_idle()
    window.close()
    QCoreApplication.exit(0)


def _show_warnings(parent: QWidget, warnings: list[str]) -> None:
    QMessageBox.warning(parent, APP_NAME, "\n\n".join(warnings))


def demo_command() -> tuple[str, list[str]]:
    """The program and arguments that start the demo (the installed app, or this Python)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["demo"]
    return sys.executable, ["-m", "jbn_selfscan", "demo"]


def start_demo_process() -> bool:
    """Start the demo apart from this app; False when it could not be started."""
    from PySide6.QtCore import QProcess

    program, arguments = demo_command()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
