"""Intents corrected by agents, kept locally until exported for `python -m app.nlp train --extra`."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.domain.learning import IntentCorrection
from app.store.tables import IntentCorrectionRow


def save_correction(session: Session, correction: IntentCorrection) -> None:
    """Store the correction; a second one for the same message replaces the first."""
    row = session.get(IntentCorrectionRow, correction.message_id)
    if row is None:
        row = IntentCorrectionRow(message_id=correction.message_id)
        session.add(row)
    row.conversation_id = correction.conversation_id
    row.text = correction.text
    row.intent = correction.intent
    row.predicted = correction.predicted
    row.angry = correction.angry
    row.created_at = correction.created_at


def corrections(session: Session, *, since: datetime | None = None) -> list[IntentCorrection]:
    """Every correction, oldest first."""
    query = select(IntentCorrectionRow)
    if since is not None:
        query = query.where(IntentCorrectionRow.created_at > since)
    rows = session.scalars(query.order_by(IntentCorrectionRow.created_at, IntentCorrectionRow.message_id))
    return [
        IntentCorrection(
            r.message_id, r.conversation_id, r.text, r.intent, r.predicted, r.angry, r.created_at
        )
        for r in rows
    ]


def delete_corrections_of(session: Session, conversation_ids: list[int]) -> int:
    """Forget the corrections of these conversations (customer erasure)."""
    result = session.execute(
        delete(IntentCorrectionRow).where(IntentCorrectionRow.conversation_id.in_(conversation_ids))
    )
    return int(getattr(result, "rowcount", 0) or 0)
