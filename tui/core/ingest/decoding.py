"""Bytes to text: BOM sniffing, then UTF-8, then a declared fallback; binary files are refused.

Why not just `errors="replace"`: a user whose file is Windows-1252 should get readable names and a warning
that says where the first non-UTF-8 byte is, not a transcript full of U+FFFD.
"""

from __future__ import annotations

import codecs
import re

from tui.core.ingest.errors import IngestError, WarningList

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF = 65536
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v", "\x1b"}
# The other C0 controls: counted by the regex engine, not a Python loop over 64k characters per file.
_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in range(32) if chr(c) not in _ALLOWED_CONTROLS) + "]")


def decode_bytes(data: bytes, warnings: WarningList) -> str:
    """Decode a transcript's bytes. Raises IngestError for empty or binary input."""
    if not data:
        raise IngestError("file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            label = f"{encoding} (from its byte-order mark)"
            return _decode_with(data[len(bom) :], encoding, warnings, label, base=len(bom))
    head = data[:_SNIFF]
    nul = head.find(b"\x00")
    if nul >= 0:
        encoding = _utf16_without_bom(head)
        if encoding is None:
            raise IngestError(f"binary file, not a transcript (NUL byte at offset {nul})", offset=nul)
        text = _decode_with(data, encoding, warnings, encoding)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            text = _fallback(data, err, warnings)
    _refuse_binary(text)
    return text


def _decode_with(data: bytes, encoding: str, warnings: WarningList, label: str, base: int = 0) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        offset = base + err.start
        warnings.add(
            f"invalid {label} at byte offset {offset}; undecodable bytes were replaced with U+FFFD", offset=offset
        )
        text = data.decode(encoding, errors="replace")
    if not text.strip():
        raise IngestError("file is empty (only a byte-order mark or whitespace)")
    return text


def _fallback(data: bytes, err: UnicodeDecodeError, warnings: WarningList) -> str:
    bad = data[err.start]
    for encoding, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        warnings.add(
            f"not valid UTF-8 (first bad byte 0x{bad:02X} at offset {err.start}); read as {label} instead",
            offset=err.start,
        )
        return text
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _utf16_without_bom(head: bytes) -> str | None:
    """Text saved as UTF-16 without a BOM has NULs in every other byte; anything else with NULs is binary."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _refuse_binary(text: str) -> None:
    head = text[:_SNIFF]
    if not head.strip():
        raise IngestError("file is empty (only whitespace)")
    found = _CONTROL.search(head)
    if found is None:
        return
    first = found.start()
    controls = len(_CONTROL.findall(head, first))
    if controls > max(8, len(head) // 20):
        raise IngestError(
            f"binary file, not a transcript ({controls} control characters, the first at character {first})"
        )
