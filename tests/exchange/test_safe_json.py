"""Untrusted JSON is parsed strictly, and every refusal is one error type with a Dutch reason."""

from __future__ import annotations

import pytest

from jbn_selfscan.exchange.safe_json import UntrustedFileError, load_untrusted_json

LIMIT = 1_000_000


def refusal(data: bytes, **kwargs: int) -> str:
    with pytest.raises(UntrustedFileError) as caught:
        load_untrusted_json(data, max_bytes=kwargs.pop("max_bytes", LIMIT), **kwargs)
    return caught.value.message_nl


def test_plain_json_comes_back_as_python() -> None:
    data = '{"a": [1, 2.5, "Zoë", true, null], "b": {"c": "\\ud83d\\ude00"}}'.encode()
    assert load_untrusted_json(data, max_bytes=LIMIT) == {
        "a": [1, 2.5, "Zoë", True, None],
        "b": {"c": "😀"},
    }


def test_utf8_byte_order_mark_is_accepted() -> None:
    assert load_untrusted_json(b'\xef\xbb\xbf{"a": 1}', max_bytes=LIMIT) == {"a": 1}


def test_too_large_is_refused_before_parsing() -> None:
    assert "te groot" in refusal(b"[" + b"1," * 600 + b"1]", max_bytes=1000)


@pytest.mark.parametrize("data", [b"", b"  \n\t"])
def test_empty_file_is_refused(data: bytes) -> None:
    assert refusal(data) == "Het bestand is leeg."


def test_non_utf8_is_refused_with_line() -> None:
    message = refusal('{\n"a": "café"}'.encode("latin-1"))
    assert "UTF-8" in message
    assert "regel 2" in message


def test_invalid_json_names_line_and_column_in_dutch() -> None:
    message = refusal(b'{\n  "a": 1,\n  "b": \n}')
    assert message == (
        "Het bestand is geen geldige JSON: hier werd een waarde verwacht (regel 4, kolom 1)."
    )


def test_duplicate_key_is_refused() -> None:
    message = refusal(b'{"gesprek": {"uid": "a", "uid": "b"}}')
    assert message == "Het bestand bevat de naam 'uid' twee keer in hetzelfde object."


@pytest.mark.parametrize("literal", [b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-1e999"])
def test_non_finite_numbers_are_refused(literal: bytes) -> None:
    assert "ongeldige getalwaarde" in refusal(b'{"a": [' + literal + b"]}")


def test_integer_with_thousands_of_digits_is_refused() -> None:
    assert "te groot" in refusal(b"[" + b"9" * 5000 + b"]")


@pytest.mark.parametrize(
    "data",
    [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000, b"[" * 100_000],
    ids=["arrays", "objects", "unclosed"],
)
def test_deep_nesting_is_refused_without_recursion_error(data: bytes) -> None:
    assert "te diep genest" in refusal(data)


def test_nesting_up_to_the_limit_is_fine_and_brackets_in_strings_do_not_count() -> None:
    assert load_untrusted_json(b"[" * 64 + b"]" * 64, max_bytes=LIMIT, max_depth=64)
    assert "te diep" in refusal(b"[" * 65 + b"]" * 65, max_depth=64)
    assert load_untrusted_json(b'["' + b"[{" * 500 + b'"]', max_bytes=LIMIT) == ["[{" * 500]


@pytest.mark.parametrize("data", [b'["\\ud800"]', b'{"\\udfff": 1}', b'["a\\udc00b"]'])
def test_lone_surrogate_is_refused(data: bytes) -> None:
    assert "ongeldige tekencode" in refusal(data)


def test_hostile_key_is_quoted_short_and_printable() -> None:
    key = "x\n" * 100
    data = (
        '{"' + key.replace("\n", "\\n") + '": 1, "' + key.replace("\n", "\\n") + '": 2}'
    ).encode()
    message = refusal(data)
    assert "\n" not in message
    assert len(message) < 120
