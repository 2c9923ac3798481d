"""The one way a screen calls a service: a refusal, a lock, a file problem and a fault."""

from __future__ import annotations

import logging

import pytest

from jbn_selfscan.domain.errors import LockedError, UserFacingError
from jbn_selfscan.services.gesprek_rules import GesprekError, GesprekLockedError
from jbn_selfscan.services.scans import AnswerError, ScanLockedError
from jbn_selfscan.ui.service_call import TECHNICAL, UNEXPECTED, service_call, user_message


def test_a_refusal_shows_its_own_dutch_message_and_is_not_logged(caplog) -> None:
    shown: list[str] = []
    with service_call(shown.append, what="saving") as call:
        raise GesprekError("De datum ligt in het verleden.")
    assert call.failed and call.refused and not call.locked
    assert shown == ["De datum ligt in het verleden."]
    assert caplog.records == []


def test_the_block_after_a_success_is_untouched() -> None:
    shown: list[str] = []
    with service_call(shown.append) as call:
        value = 42
    assert not call.failed and value == 42 and shown == [] and call.message == ""


def test_a_fault_is_logged_with_its_traceback_and_told_neutrally(caplog) -> None:
    shown: list[str] = []
    with caplog.at_level(logging.ERROR), service_call(shown.append, what="saving x") as call:
        raise KeyError("internal detail that is not for the user")
    assert call.failed and not call.refused
    assert shown == [UNEXPECTED.format(error="KeyError")]
    assert "internal detail" not in shown[0]
    assert [r.getMessage() for r in caplog.records] == ["saving x failed"]
    assert caplog.records[0].exc_info is not None


def test_a_plain_value_error_is_a_fault_too() -> None:
    """Only a UserFacingError's text reaches the user: an English ValueError text does not."""
    assert user_message(ValueError("invalid literal for int()")) == UNEXPECTED.format(
        error="ValueError"
    )


def test_the_unexpected_sentence_can_fit_inside_another() -> None:
    shown: list[str] = []
    with service_call(
        lambda text: shown.append(f"Opslaan is niet gelukt ({text})."), unexpected=TECHNICAL
    ):
        raise RuntimeError("boom")
    assert shown == ["Opslaan is niet gelukt (technische fout (RuntimeError))."]


def test_a_locked_item_goes_to_the_lock_handler_not_to_show() -> None:
    shown: list[str] = []
    locked: list[str] = []
    with service_call(shown.append, locked=locked.append) as call:
        raise ScanLockedError("Deze zelfscan is getekend.")
    assert call.locked and shown == [] and locked == ["Deze zelfscan is getekend."]


def test_without_a_lock_handler_a_lock_is_shown_like_any_refusal() -> None:
    shown: list[str] = []
    with service_call(shown.append):
        raise GesprekLockedError("Dit caseloadgesprek is getekend.")
    assert shown == ["Dit caseloadgesprek is getekend."]


def test_a_file_problem_names_the_file() -> None:
    exc = PermissionError(13, "Permission denied", "/tmp/x.json")
    assert user_message(exc) == (
        "Het bestand kon niet worden gebruikt (/tmp/x.json): Permission denied."
    )


def test_show_none_leaves_the_message_to_the_caller() -> None:
    with service_call(None) as call:
        raise AnswerError("Kies een van de antwoorden.")
    assert call.failed and call.message == "Kies een van de antwoorden."


def test_what_is_not_an_exception_still_propagates() -> None:
    with pytest.raises(KeyboardInterrupt), service_call(lambda _t: None):
        raise KeyboardInterrupt


@pytest.mark.parametrize(
    "error", [ScanLockedError("x"), GesprekLockedError("x")], ids=["scan", "gesprek"]
)
def test_both_locks_share_one_base(error: UserFacingError) -> None:
    assert isinstance(error, LockedError)


def test_only_the_helper_catches_everything_in_the_ui() -> None:
    """Screens do not write their own catch-all handlers: they call services via the helper."""
    import ast
    from pathlib import Path

    import jbn_selfscan.ui as ui_package

    root = Path(ui_package.__file__).parent
    broad = {"Exception", "BaseException"}
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "service_call.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ExceptHandler):
                continue
            caught = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            if any(c is None or (isinstance(c, ast.Name) and c.id in broad) for c in caught):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert found == []
