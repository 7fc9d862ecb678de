"""Full-text search over messages: an FTS5 trigram index (queries of 3+ characters) and a
per-character index (1–2 characters), both kept in step with `messages` by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-12
"""

from __future__ import annotations

from alembic import op

from app.store.search_tokens import SPACED_CHARS_FUNCTION, register_search_functions

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

F = SPACED_CHARS_FUNCTION


def upgrade() -> None:
    """Create both indexes and their triggers, then index the messages already cached."""
    # The alembic CLI may run this on a plain connection: make sure the trigger function exists.
    register_search_functions(op.get_bind().connection.dbapi_connection)  # type: ignore[arg-type]
    # External content: the trigram index stores no second copy of the text.
    op.execute(
        "CREATE VIRTUAL TABLE message_trigrams USING fts5("
        "text, content='messages', content_rowid='id', tokenize='trigram', columnsize=0)"
    )
    # Contentless: it indexes the spaced-out text, which exists nowhere else.
    op.execute(
        "CREATE VIRTUAL TABLE message_chars USING fts5(text, content='', tokenize='unicode61', columnsize=0)"
    )
    op.execute(
        f"""CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
            INSERT INTO message_trigrams(rowid, text) VALUES (new.id, new.text);
            INSERT INTO message_chars(rowid, text) VALUES (new.id, {F}(new.text));
        END"""
    )
    op.execute(
        f"""CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
            INSERT INTO message_trigrams(message_trigrams, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO message_chars(message_chars, rowid, text) VALUES ('delete', old.id, {F}(old.text));
        END"""
    )
    op.execute(
        f"""CREATE TRIGGER messages_search_update AFTER UPDATE OF text ON messages BEGIN
            INSERT INTO message_trigrams(message_trigrams, rowid, text) VALUES ('delete', old.id, old.text);
            INSERT INTO message_chars(message_chars, rowid, text) VALUES ('delete', old.id, {F}(old.text));
            INSERT INTO message_trigrams(rowid, text) VALUES (new.id, new.text);
            INSERT INTO message_chars(rowid, text) VALUES (new.id, {F}(new.text));
        END"""
    )
    op.execute("INSERT INTO message_trigrams(message_trigrams) VALUES ('rebuild')")
    op.execute(f"INSERT INTO message_chars(rowid, text) SELECT id, {F}(text) FROM messages")


def downgrade() -> None:
    """Drop the triggers and both indexes."""
    for trigger in ("messages_search_insert", "messages_search_delete", "messages_search_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS message_chars")
    op.execute("DROP TABLE IF EXISTS message_trigrams")
