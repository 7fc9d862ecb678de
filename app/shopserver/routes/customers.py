"""Customer profiles and orders (readable by every logged-in agent of the shop)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from app.domain.errors import NotFound
from app.protocol.customers import CustomerOut
from app.protocol.orders import OrderList, OrderOut
from app.shopserver.core.records import customer_from_row
from app.shopserver.core.wire import order_out
from app.shopserver.db.tables import CustomerRow, OrderRow
from app.shopserver.http.deps import Ctx, CurrentAgent
from app.shopserver.http.errors import ERROR_RESPONSES
from app.shopserver.http.params import CustomerId, OrderNoPath

router = APIRouter(tags=["customers and orders"], responses=ERROR_RESPONSES)


@router.get("/customers/{customer_id}", response_model=CustomerOut)
def get_customer(ctx: Ctx, agent: CurrentAgent, customer_id: CustomerId) -> CustomerOut:
    """Profile: level, tags, risk flags and figures computed from orders and tickets."""
    with ctx.db.read() as session:
        row = session.get(CustomerRow, customer_id)
        if row is None:
            raise NotFound(f"customer {customer_id} does not exist", code="customer_not_found")
        return CustomerOut.from_domain(customer_from_row(session, row))


@router.get("/customers/{customer_id}/orders", response_model=OrderList)
def customer_orders(
    ctx: Ctx, agent: CurrentAgent, customer_id: CustomerId, limit: Annotated[int, Query(ge=1, le=100)] = 10
) -> OrderList:
    """The customer's most recent orders, newest first, in full."""
    with ctx.db.read() as session:
        if session.get(CustomerRow, customer_id) is None:
            raise NotFound(f"customer {customer_id} does not exist", code="customer_not_found")
        rows = session.scalars(
            select(OrderRow)
            .where(OrderRow.customer_id == customer_id)
            .order_by(OrderRow.created_at.desc(), OrderRow.order_no.desc())
            .limit(limit)
        ).all()
        return OrderList(orders=[order_out(session, r) for r in rows])


@router.get("/orders/{order_no}", response_model=OrderOut)
def get_order(ctx: Ctx, agent: CurrentAgent, order_no: OrderNoPath) -> OrderOut:
    """Items, payments, status timeline, delivery records, linked tickets and coupons."""
    with ctx.db.read() as session:
        row = session.get(OrderRow, order_no)
        if row is None:
            raise NotFound(f"order {order_no} does not exist", code="order_not_found")
        return order_out(session, row)
