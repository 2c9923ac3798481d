"""The one way a screen calls a service and shows what went wrong.

    with service_call(self.error.show_text, what="saving the afspraak") as call:
        gesprekken.update_afspraak(...)
    if call.failed:
        return

Inside the block, a `LockedError` goes to `locked` (when given: the screen turns read-only),
a `UserFacingError` shows its own Dutch message, an `OSError` a sentence about the file, and
anything else is a fault of the program: it is logged with its traceback and the user gets the
neutral `unexpected` sentence ("{error}" in it becomes the exception's class name). Nothing
propagates, so no traceback reaches the user and what was typed stays where it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from jbn_selfscan.domain.errors import LockedError, UserFacingError

log = logging.getLogger(__name__)

UNEXPECTED = "Er ging iets onverwachts mis ({error}). Wat je al had ingevuld, is bewaard."
TECHNICAL = "technische fout ({error})"  # inside a sentence: "Opslaan is niet gelukt (…)"


def user_message(exc: BaseException, unexpected: str = UNEXPECTED) -> str:
    """The Dutch text for `exc`: its own message, a file problem, or the neutral sentence."""
    if isinstance(exc, UserFacingError):
        text = str(exc).strip()
        if text:
            return text
    elif isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"Het bestand kon niet worden gebruikt{where}: {exc.strerror}."
    return unexpected.format(error=type(exc).__name__)


@dataclass
class ServiceCall:
    """What became of one `service_call` block."""

    failed: bool = False
    message: str = ""
    error: Exception | None = None

    @property
    def refused(self) -> bool:
        """The service said no with a Dutch reason (as opposed to failing unexpectedly)."""
        return isinstance(self.error, UserFacingError)

    @property
    def locked(self) -> bool:
        """The item turned out to be locked (signed or cancelled)."""
        return isinstance(self.error, LockedError)


@contextmanager
def service_call(
    show: Callable[[str], object] | None,
    *,
    what: str = "a service call",
    locked: Callable[[str], object] | None = None,
    unexpected: str = UNEXPECTED,
) -> Iterator[ServiceCall]:
    """Run the block; on an error set `failed` and `message` and show the message with `show`
    (None: the caller shows `call.message` itself)."""
    call = ServiceCall()
    try:
        yield call
    except Exception as exc:
        call.failed, call.error = True, exc
        if not isinstance(exc, UserFacingError | OSError):
            log.exception("%s failed", what)
        call.message = user_message(exc, unexpected)
        if locked is not None and isinstance(exc, LockedError):
            locked(call.message)
        elif show is not None:
            show(call.message)


def message_box(parent: QWidget | None, title: str, prefix: str = "") -> Callable[[str], None]:
    """A `show` for `service_call` that tells the problem in a warning dialog."""

    def warn(text: str) -> None:
        QMessageBox.warning(parent, title, f"{prefix}{text}")

    return warn
