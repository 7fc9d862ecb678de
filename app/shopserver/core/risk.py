"""Risk flags raised on a customer while they are being served (new-IP login, failed payments)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.conversations import ConversationStatus
from app.domain.errors import NotFound
from app.domain.events import EventType
from app.protocol.customers import CustomerOut
from app.shopserver.core.event_log import SUPERVISORS, agent_target, record_event
from app.shopserver.core.records import customer_from_row
from app.shopserver.db.tables import ConversationRow, CustomerRow, RiskFlagRow


def flag_customer(session: Session, customer_id: int, code: str, detail: str, now: datetime) -> CustomerRow:
    """Add a risk flag; agents serving the customer (and supervisors) get customer.flagged."""
    customer = session.get(CustomerRow, customer_id)
    if customer is None:
        raise NotFound(f"customer {customer_id} does not exist", code="customer_not_found")
    session.add(RiskFlagRow(customer_id=customer_id, code=code, detail=detail, at=now))
    session.flush()
    serving = session.scalars(
        select(ConversationRow.agent_id).where(
            ConversationRow.customer_id == customer_id, ConversationRow.status == ConversationStatus.ASSIGNED
        )
    ).all()
    targets = {SUPERVISORS} | {agent_target(a) for a in serving if a}
    payload = CustomerOut.from_domain(customer_from_row(session, customer))
    record_event(session, EventType.CUSTOMER_FLAGGED, payload, targets, now)
    return customer
