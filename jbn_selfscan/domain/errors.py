"""The one base of every error a user may see.

`str(error)` is the Dutch sentence for the user, complete as it stands. The UI
(`ui/service_call.py`) and the command line (`cli/__init__.py`) show it as it is; anything
that is not a `UserFacingError` is a fault of the program: it is logged and the user gets a
neutral sentence instead of its text.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message is Dutch and meant for the user."""

    @property
    def message_nl(self) -> str:
        """The Dutch message (the same as `str(self)`)."""
        return str(self)


class LockedError(UserFacingError):
    """The item is signed (or cancelled) and can no longer change; the screen turns read-only."""
