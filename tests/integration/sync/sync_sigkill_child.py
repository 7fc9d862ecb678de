"""Heavy cache writes until SIGKILL: event batches (messages + cursor in one transaction),
durable outbox items and drafts. Prints each commit after it returns, so the parent knows what
must survive. Run: python sync_sigkill_child.py CACHE_PATH SEED"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime

from app.domain.conversations import Message, Sender
from app.store import open_cache
from app.store.drafts import save_draft
from app.store.outbox import OutboxKind, add_item, mark_sending, mark_sent
from app.sync.event_apply import EventApplier
from app.sync.event_decode import IncomingEvent

WORDS = (
    "话费",
    "没到账",
    "卡密",
    "无效",
    "退款",
    "Q币",
    "充值",
    "订单",
    "KM20260105",
    "谢谢",
    "在吗",
    "投诉",
)


def main() -> None:
    """Write forever (until killed)."""
    database = open_cache(sys.argv[1])
    rng = random.Random(int(sys.argv[2]))
    applier = EventApplier("http://shop.test", "agent01")
    with database.read() as session:
        seq = applier.cursor(session)
    print("ready", flush=True)
    round_no = 0
    while True:
        round_no += 1
        now = datetime.now(UTC)
        batch = []
        for _ in range(rng.randint(5, 60)):
            seq += 1
            text = "".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40)))
            payload = Message(
                id=seq, conversation_id=seq % 40 + 1, sender=Sender.CUSTOMER, text=text, created_at=now
            )
            batch.append(IncomingEvent(seq=seq, type="message.created", payload=payload))
        with database.write() as session:
            applier.apply(session, batch)
        print(f"cursor {seq}", flush=True)
        conversation = rng.randint(1, 40)
        with database.write(durable=True) as session:
            item = add_item(
                session,
                kind=OutboxKind.MESSAGE,
                client_id=f"kill-{sys.argv[2]}-{round_no}",
                payload={"text": f"回复 {round_no}"},
                conversation_id=conversation,
            )
        print(f"outbox {item.client_id}", flush=True)
        with database.write(durable=True) as session:
            save_draft(session, conversation, f"草稿 {sys.argv[2]} {round_no}")
        print(f"draft {conversation} {sys.argv[2]} {round_no}", flush=True)
        if round_no % 3 == 0:
            with database.write() as session:
                mark_sending(session, item.id)
                mark_sent(session, item.id, 201, {"id": round_no})


if __name__ == "__main__":
    main()
