"""What the local engine says about each chat: the analysis of every customer message, the
anger trend, anger alerts that stay until acknowledged, and the order number last mentioned."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.domain.conversations import Conversation, Message, Sender
from app.domain.intents import Analysis
from app.services.analyzer_slot import AnalyzerSlot
from app.services.change_bus import ChangeBus
from app.services.changes import Changes
from app.services.chat_lines import ChatLine

# The engine reads the start of a message; a 1 MB paste is not worth a second of CPU.
ANALYZED_CHARS = 2000
MAX_REMEMBERED = 50_000
TREND_POINTS = 20
_ORDER_NO = re.compile(r"KM\d{16}")


@dataclass(frozen=True, slots=True)
class AngerAlert:
    """An angry customer message the agent has not acknowledged yet."""

    conversation_id: int
    message_id: int | None
    anger: float
    text: str
    at: datetime | None


class ConversationInsights:
    """Analyses kept in memory (bounded); `Changes.insights` names the conversations that moved."""

    def __init__(self, slot: AnalyzerSlot, bus: ChangeBus) -> None:
        self.slot = slot
        self.bus = bus
        self._analyses: OrderedDict[int, Analysis] = OrderedDict()
        self._trend: dict[int, OrderedDict[int, float]] = {}
        self._last_customer: dict[int, int] = {}
        self._alerts: dict[int, AngerAlert] = {}
        self._alerted: set[tuple[int, int | None]] = set()
        self._orders: dict[int, str] = {}

    # --- reading --------------------------------------------------------------------------------
    def analysis(self, message_id: int) -> Analysis | None:
        """The engine's verdict on one customer message (None when not analysed)."""
        return self._analyses.get(message_id)

    def last_customer_analysis(self, conversation_id: int) -> tuple[int, Analysis] | None:
        """The newest analysed customer message of the conversation."""
        message_id = self._last_customer.get(conversation_id)
        if message_id is None:
            return None
        found = self._analyses.get(message_id)
        return (message_id, found) if found is not None else None

    def trend(self, conversation_id: int) -> list[float]:
        """Anger of the last customer messages, oldest first (0..1)."""
        return list(self._trend.get(conversation_id, {}).values())[-TREND_POINTS:]

    def alert(self, conversation_id: int) -> AngerAlert | None:
        """The unacknowledged anger alert of a conversation."""
        return self._alerts.get(conversation_id)

    def alerts(self) -> list[AngerAlert]:
        """Every unacknowledged alert."""
        return list(self._alerts.values())

    def is_angry(self, conversation: Conversation) -> bool:
        """The server's flag, an open alert, or an angry latest message."""
        if conversation.angry or conversation.id in self._alerts:
            return True
        points = self.trend(conversation.id)
        return bool(points) and points[-1] >= 0.5

    def mentioned_order(self, conversation_id: int) -> str | None:
        """The order number the customer wrote last."""
        return self._orders.get(conversation_id)

    # --- feeding --------------------------------------------------------------------------------
    def _analyze(self, conversation_id: int, message_id: int, text: str) -> Analysis | None:
        known = self._analyses.get(message_id)
        if known is not None:
            return known
        analyzer = self.slot.analyzer
        if analyzer is None:
            return None
        result = analyzer.analyze(text[:ANALYZED_CHARS])
        self._analyses[message_id] = result
        if len(self._analyses) > MAX_REMEMBERED:
            self._analyses.popitem(last=False)
        points = self._trend.setdefault(conversation_id, OrderedDict())
        points[message_id] = result.anger
        while len(points) > TREND_POINTS:
            points.popitem(last=False)
        if message_id >= self._last_customer.get(conversation_id, -1):
            self._last_customer[conversation_id] = message_id
            order_no = result.entities.order_no
            if order_no is None:
                found = _ORDER_NO.search(text[:ANALYZED_CHARS])
                order_no = found.group(0) if found else None
            if order_no:
                self._orders[conversation_id] = order_no
        return result

    def observe_lines(self, conversation_id: int, lines: Iterable[ChatLine]) -> bool:
        """Analyse the customer lines of a transcript page (history: no alerts); True if anything new."""
        changed = False
        for line in lines:
            fresh = line.message_id is not None and line.message_id not in self._analyses
            if line.sender is Sender.CUSTOMER and fresh and line.message_id is not None:
                changed = self._analyze(conversation_id, line.message_id, line.text) is not None or changed
        if changed:
            self.bus.publish(Changes(insights={conversation_id}))
        return changed

    def observe_live(self, new: list[Message]) -> None:
        """Messages that arrived live: analyse them and raise alerts for angry ones."""
        touched: set[int] = set()
        for message in new:
            if message.sender is not Sender.CUSTOMER:
                continue
            result = self._analyze(message.conversation_id, message.id, message.text)
            if result is None:
                continue
            touched.add(message.conversation_id)
            if result.angry:
                self._raise(
                    AngerAlert(
                        message.conversation_id,
                        message.id,
                        result.anger,
                        message.text[:200],
                        message.created_at,
                    )
                )
        if touched:
            self.bus.publish(Changes(insights=touched))

    def observe_conversation(self, conversation: Conversation) -> None:
        """A chat that reached me already angry (handed off for anger) raises an alert once."""
        if conversation.angry:
            before = conversation.id in self._alerts
            self._raise(AngerAlert(conversation.id, None, conversation.anger, "", conversation.assigned_at))
            if not before and conversation.id in self._alerts:
                self.bus.publish(Changes(insights={conversation.id}))

    def _raise(self, alert: AngerAlert) -> None:
        key = (alert.conversation_id, alert.message_id)
        if alert.message_id is None and any(k[0] == alert.conversation_id for k in self._alerted):
            return
        if key in self._alerted:
            return
        self._alerted.add(key)
        self._alerts[alert.conversation_id] = alert

    def acknowledge(self, conversation_id: int) -> None:
        """The agent saw the alert; it stops blinking (the trend stays)."""
        if self._alerts.pop(conversation_id, None) is not None:
            self.bus.publish(Changes(insights={conversation_id}))

    def forget(self, conversation_ids: Iterable[int]) -> None:
        """Drop what was learnt from these conversations (their local data was erased)."""
        ids = set(conversation_ids)
        for conversation_id in ids:
            for message_id in self._trend.pop(conversation_id, {}):
                self._analyses.pop(message_id, None)
            self._last_customer.pop(conversation_id, None)
            self._alerts.pop(conversation_id, None)
            self._orders.pop(conversation_id, None)
        self._alerted = {key for key in self._alerted if key[0] not in ids}
        if ids:
            self.bus.publish(Changes(insights=ids))
