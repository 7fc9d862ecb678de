"""Quality review (质检) for supervisors: the day's sample, a chat's transcript, the review with its
note; and the knowledge-base articles rated below the threshold."""

from __future__ import annotations

import uuid
from datetime import date

from app.domain.conversations import Message
from app.domain.knowledge import KbArticle
from app.domain.quality import QaItem
from app.services.errors import checked
from app.sync.client import SyncClient

TRANSCRIPT_LIMIT = 200


class QualityService:
    """Supervisors' review work; every call raises `ActionFailed` with the server's code."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client
        self._keys: dict[tuple[int, str], str] = {}

    async def sample(self, day: date | None = None) -> list[QaItem]:
        """The day's chats to review, most flags first."""
        return await checked(self.client.insights.qa_sample(day))

    async def transcript(self, conversation_id: int) -> list[Message]:
        """The chat's messages, oldest first (the latest page)."""
        found, _ = await checked(self.client.api.message_page(conversation_id, limit=TRANSCRIPT_LIMIT))
        return found

    async def review(self, conversation_id: int, note: str) -> QaItem:
        """Mark the chat reviewed with a note for its agent; retrying the same note reuses the key."""
        key = self._keys.setdefault((conversation_id, note), f"qa-{uuid.uuid4().hex}")
        item = await checked(self.client.insights.qa_review(conversation_id, note, key))
        self._keys.pop((conversation_id, note), None)
        return item

    async def articles_to_review(self) -> list[KbArticle]:
        """Articles agents rated below the threshold, worst first."""
        return await checked(self.client.insights.kb_review())
