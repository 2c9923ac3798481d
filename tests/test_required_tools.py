"""A missing external tool skips the tests that need it, except in CI where it must fail."""

from __future__ import annotations

from collections.abc import Callable

import pytest

MISSING = "jbn-no-such-tool-anywhere"


def outcome_of(find: Callable[[str, str], str]) -> BaseException:
    with pytest.raises(BaseException) as raised:  # Skipped and Failed are BaseExceptions
        find(MISSING, "testpakket")
    return raised.value


def test_a_missing_tool_fails_when_ci_requires_tools(
    required_tool: Callable[[str, str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Planted bug: the JBN_REQUIRE_TOOLS check removed from `find_tool` (always skip, as
    before). The outcome is then a skip and this test fails."""
    monkeypatch.setenv("JBN_REQUIRE_TOOLS", "1")
    outcome = outcome_of(required_tool)
    assert isinstance(outcome, pytest.fail.Exception)
    assert "jbn-no-such-tool-anywhere (testpakket) is not installed" in str(outcome)


def test_a_missing_tool_skips_on_a_developer_machine(
    required_tool: Callable[[str, str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("JBN_REQUIRE_TOOLS", raising=False)
    assert isinstance(outcome_of(required_tool), pytest.skip.Exception)


def test_a_present_tool_is_found(required_tool: Callable[[str, str], str]) -> None:
    assert required_tool("sh", "dash").endswith("sh")
