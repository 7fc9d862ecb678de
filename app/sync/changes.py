"""What a sync step changed in the cache, so views refresh once instead of polling."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SyncChanges:
    """Ids of everything that changed (a view refreshes only what concerns it)."""

    conversations: set[int] = field(default_factory=set)
    messages: set[int] = field(default_factory=set)
    customers: set[int] = field(default_factory=set)
    orders: set[str] = field(default_factory=set)
    tickets: set[int] = field(default_factory=set)
    coupons: set[int] = field(default_factory=set)
    articles: set[int] = field(default_factory=set)
    outbox_items: set[int] = field(default_factory=set)
    campaigns: set[int] = field(default_factory=set)
    # conversations a supervisor reviewed with a note for this agent (`qa.reviewed`)
    qa_notes: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return any(
            (
                self.conversations,
                self.messages,
                self.customers,
                self.orders,
                self.tickets,
                self.coupons,
                self.articles,
                self.outbox_items,
                self.campaigns,
                self.qa_notes,
            )
        )

    def merge(self, other: SyncChanges) -> None:
        """Add `other`'s ids to these."""
        self.conversations |= other.conversations
        self.messages |= other.messages
        self.customers |= other.customers
        self.orders |= other.orders
        self.tickets |= other.tickets
        self.coupons |= other.coupons
        self.articles |= other.articles
        self.outbox_items |= other.outbox_items
        self.campaigns |= other.campaigns
        self.qa_notes |= other.qa_notes
