"""Global search over every cached message (Chinese substrings too), run on a reader thread."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain.conversations import Conversation, Message
from app.store import conversations
from app.store.search import search_messages
from app.sync.client import SyncClient


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A message that matched, with its conversation when cached."""

    message: Message
    conversation: Conversation | None


def _search(session: Session, query: str, limit: int) -> list[SearchHit]:
    found = search_messages(session, query, limit=limit)
    chats: dict[int, Conversation | None] = {}
    for message in found:
        if message.conversation_id not in chats:
            chats[message.conversation_id] = conversations.get_conversation(session, message.conversation_id)
    return [SearchHit(m, chats[m.conversation_id]) for m in found]


class SearchService:
    """Newest matches first."""

    def __init__(self, client: SyncClient) -> None:
        self.client = client

    async def search(self, query: str, limit: int = 100) -> list[SearchHit]:
        """Messages containing every whitespace-separated term of `query`."""
        if not query.strip():
            return []
        return await self.client.worker.read(lambda s: _search(s, query, limit))
