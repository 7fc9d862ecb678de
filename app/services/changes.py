"""The `Changes` value: what one write or sync step touched, so every view refreshes once."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from app.sync.changes import SyncChanges


@dataclass
class Changes:
    """Ids of what changed; views look only at the parts that concern them.

    `conversations` are conversations whose record changed (status, agent, intent, group…);
    `transcripts` are conversations whose lines changed in a way the live lines (see
    `ChatService.on_live_lines`) did not already deliver: history paged in, a reply's delivery state."""

    conversations: set[int] = field(default_factory=set)
    transcripts: set[int] = field(default_factory=set)
    messages: set[int] = field(default_factory=set)
    customers: set[int] = field(default_factory=set)
    orders: set[str] = field(default_factory=set)
    tickets: set[int] = field(default_factory=set)
    coupons: set[int] = field(default_factory=set)
    articles: set[int] = field(default_factory=set)
    outbox_items: set[int] = field(default_factory=set)
    campaigns: set[int] = field(default_factory=set)
    # conversations a supervisor reviewed with a note for this agent
    qa_notes: set[int] = field(default_factory=set)
    drafts: set[int] = field(default_factory=set)
    # conversations whose local analysis (anger trend, alert, order mentioned) changed
    insights: set[int] = field(default_factory=set)
    # conversations whose unread count changed
    unread: set[int] = field(default_factory=set)
    connection: bool = False
    session: bool = False
    approvals: bool = False
    # the intent engine finished loading: analyses and suggestions can be made now
    engine: bool = False

    @classmethod
    def from_sync(cls, sync: SyncChanges) -> Changes:
        """The same ids as a sync step reported them."""
        return cls(
            conversations=set(sync.conversations),
            messages=set(sync.messages),
            customers=set(sync.customers),
            orders=set(sync.orders),
            tickets=set(sync.tickets),
            coupons=set(sync.coupons),
            articles=set(sync.articles),
            outbox_items=set(sync.outbox_items),
            campaigns=set(sync.campaigns),
            qa_notes=set(sync.qa_notes),
        )

    def __bool__(self) -> bool:
        return any(bool(getattr(self, f.name)) for f in fields(self))

    def merge(self, other: Changes) -> None:
        """Add `other` to these changes."""
        for f in fields(self):
            mine = getattr(self, f.name)
            theirs = getattr(other, f.name)
            if isinstance(mine, set):
                mine |= theirs
            else:
                setattr(self, f.name, mine or theirs)
