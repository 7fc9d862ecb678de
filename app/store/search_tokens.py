"""How message text is cut for the short-query index: one token per character.

The trigram index cannot answer queries of one or two characters, so a second FTS5 table indexes
every character as a token (unicode61 over "话 费 没 到 账"); a two-character query is then a phrase.
SQLite cannot load a Python tokenizer, so the text is spaced out by this SQL function instead.
"""

from __future__ import annotations

import sqlite3

SPACED_CHARS_FUNCTION = "kefu_spaced_chars"


def spaced_chars(text: str | None) -> str:
    """Every non-space character of `text`, separated by single spaces."""
    if not text:
        return ""
    return " ".join(ch for ch in text if not ch.isspace())


def register_search_functions(dbapi_connection: sqlite3.Connection) -> None:
    """Make the SQL function the search triggers call available on one raw connection."""
    dbapi_connection.create_function(SPACED_CHARS_FUNCTION, 1, spaced_chars, deterministic=True)
