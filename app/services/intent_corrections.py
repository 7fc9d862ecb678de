"""Agents correct the engine's intent for a customer message; corrections stay in the local cache and
are exported as labelled JSONL for `python -m app.nlp train --extra FILE`."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.domain.conversations import Message, Sender
from app.domain.errors import InvalidInput
from app.domain.intents import Intent
from app.domain.learning import IntentCorrection
from app.services.file_export import write_text_atomically
from app.services.insights import ConversationInsights
from app.store import intent_corrections
from app.sync.client import SyncClient


def training_line(correction: IntentCorrection, order_no: str | None, amount: float | None) -> str:
    """One JSONL line in the engine's labelled format."""
    record = {
        "text": correction.text,
        "intent": correction.intent,
        "angry": correction.angry,
        "order_no": order_no,
        "amount": amount,
    }
    return json.dumps(record, ensure_ascii=False)


class IntentCorrectionService:
    """Stores corrections and exports them."""

    def __init__(
        self,
        client: SyncClient,
        insights: ConversationInsights,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.client = client
        self.insights = insights
        self.clock = clock

    async def correct(self, message: Message, intent: str) -> IntentCorrection:
        """Record the right intent of a customer message (a second correction replaces the first)."""
        if message.sender is not Sender.CUSTOMER:
            raise InvalidInput("only customer messages have an intent", field="message")
        if intent not in {str(i) for i in Intent}:
            raise InvalidInput(f"unknown intent {intent!r}", field="intent")
        analysis = self.insights.analysis(message.id)
        correction = IntentCorrection(
            message_id=message.id,
            conversation_id=message.conversation_id,
            text=message.text,
            intent=intent,
            predicted=str(analysis.intent) if analysis else None,
            angry=analysis.angry if analysis else False,
            created_at=self.clock(),
        )
        await self.client.worker.write(lambda s: intent_corrections.save_correction(s, correction))
        return correction

    async def all(self) -> list[IntentCorrection]:
        """Every stored correction, oldest first."""
        return await self.client.worker.read(intent_corrections.corrections)

    async def export(self, path: Path) -> int:
        """Write every correction as labelled JSONL (entities as the engine read them); returns the count."""
        found = await self.all()
        lines = []
        for c in found:
            analysis = self.insights.analysis(c.message_id)
            entities = analysis.entities if analysis else None
            lines.append(
                training_line(
                    c, entities.order_no if entities else None, entities.amount if entities else None
                )
            )
        text = "".join(line + "\n" for line in lines)
        await asyncio.to_thread(write_text_atomically, path, text)
        return len(found)
