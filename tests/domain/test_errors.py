"""Every error a user may see has one base whose str() is the Dutch message."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import jbn_selfscan
from jbn_selfscan.domain.errors import UserFacingError

# Exceptions that are not for the user: control flow or a fault of the program.
NOT_FOR_THE_USER = {
    "jbn_selfscan.report.errors.RenderCancelled",  # the user cancelled: nothing to say
    "jbn_selfscan.exchange.merged_file.ExportSchemaError",  # our own export broke the schema
    # a detail of the credential store, always put in a Dutch KeyStoreError by store/keys.py
    "jbn_selfscan.store.credentials.BackendError",
}


def _exception_classes() -> dict[str, type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(jbn_selfscan.__path__, "jbn_selfscan."):
        if info.name == "jbn_selfscan.__main__" or info.name.startswith(
            ("jbn_selfscan.ui", "jbn_selfscan.store.migrations")
        ):
            continue  # runs the app; the UI raises none of its own; migrations are scripts
        module = importlib.import_module(info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(obj, Exception)
                and obj.__module__ == info.name
                and not name.startswith("_")
            ):
                found[f"{info.name}.{name}"] = obj
    return found


def test_every_public_error_of_the_app_is_user_facing_or_listed() -> None:
    stray = [
        name
        for name, cls in _exception_classes().items()
        if not issubclass(cls, UserFacingError) and name not in NOT_FOR_THE_USER
    ]
    assert stray == []


def test_the_message_is_the_string() -> None:
    error = UserFacingError("Het bestand is te groot.")
    assert str(error) == error.message_nl == "Het bestand is te groot."
