"""Demo orders with payments, status timelines and delivery records (卡密 and top-ups)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.customers import CustomerLevel
from app.domain.orders import DeliveryKind, DeliveryStatus, OrderStatus, PaymentStatus
from app.shopserver.db.tables import (
    DeliveryRow,
    OrderEventRow,
    OrderItemRow,
    OrderRow,
    PaymentRow,
)
from app.shopserver.seed import catalog
from app.shopserver.seed.catalog import PRODUCTS, Product
from app.shopserver.seed.demo_state import LOCAL, SeedState, SeedStep


class OrderSeeder(SeedStep):
    """About ten orders per customer over 90 days, mostly delivered, some failed, stuck or refunded."""

    def __init__(self, state: SeedState) -> None:
        super().__init__(state)
        self.order_seq = 0

    def _order_count(self, vip: bool) -> int:
        roll = self.rng.random()
        if roll < 0.4:
            count = self.rng.randint(3, 6)
        elif roll < 0.7:
            count = self.rng.randint(7, 12)
        elif roll < 0.9:
            count = self.rng.randint(13, 20)
        else:
            count = self.rng.randint(21, 35)
        return count + (8 if vip else 0)

    def _order_no(self, at: datetime) -> str:
        self.order_seq += 1
        day = (at + LOCAL).strftime("%Y%m%d")
        if self.rng.random() < 0.75:
            return f"KM{day}{self.order_seq:08d}"
        return f"{day}{self.order_seq:010d}"

    def _card(self, product: Product) -> tuple[str, str]:
        rng = self.rng
        if product.card_type == "Steam":
            code = "-".join(
                "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(3)
            )
            return f"ST{rng.randint(10**9, 10**10 - 1)}", code
        if product.card_type == "网易一卡通":
            return f"{rng.randint(10**12, 10**13 - 1)}", f"{rng.randint(10**8, 10**9 - 1)}"
        if product.card_type == "骏网一卡通":
            return f"{rng.randint(10**15, 10**16 - 1)}", f"{rng.randint(10**15, 10**16 - 1)}"
        code = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(16))
        return f"VC{rng.randint(10**7, 10**8 - 1)}", code

    def _target(self, product: Product, customer: dict[str, Any]) -> str | None:
        if product.target == "phone":
            return customer["phone"]
        if product.target == "qq":
            return customer["qq"]
        if product.target == "game_uid":
            return str(self.rng.randint(100_000_000, 999_999_999))
        return None

    def orders(self, session: Session, customers: list[dict[str, Any]]) -> None:
        """Insert every order with its item, payments, deliveries and timeline."""
        rng = self.rng
        orders: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        payments: list[dict[str, Any]] = []
        deliveries: list[dict[str, Any]] = []
        timeline: list[dict[str, Any]] = []
        weights = [
            3 if p.card_type in ("话费", "Q币", "游戏点券") else 2 if p.card_type == "视频会员" else 1
            for p in PRODUCTS
        ]
        planned: list[tuple[datetime, dict[str, Any]]] = []
        for c in customers:
            for _ in range(self._order_count(c["level"] == CustomerLevel.VIP)):
                age_minutes = int(rng.triangular(1, 90 * 1440, 2))
                planned.append((self.now - timedelta(minutes=age_minutes, seconds=rng.randint(0, 59)), c))
        planned.sort(key=lambda pair: (pair[0], pair[1]["id"]))
        for created, c in planned:
            product = rng.choices(PRODUCTS, weights)[0]
            quantity = 1 if rng.random() < 0.9 else rng.randint(2, 3)
            order_no = self._order_no(created)
            amount = round(product.price * quantity * 100)
            recent = self.now - created < timedelta(minutes=20)
            failed_payments = rng.randint(2, 4) if 0.06 <= c["_risk"] < 0.11 and rng.random() < 0.5 else 0
            roll = rng.random()
            if roll < 0.03:
                status = OrderStatus.PENDING_PAYMENT
            elif recent:
                status = OrderStatus.DELIVERING
            elif roll < 0.87:
                status = OrderStatus.DELIVERED
            elif roll < 0.91:
                status = OrderStatus.FAILED if product.topup else OrderStatus.DELIVERED
            elif roll < 0.95:
                status = OrderStatus.STUCK if product.topup else OrderStatus.DELIVERED
            else:
                status = OrderStatus.REFUNDED
            paid_at = (
                None
                if status is OrderStatus.PENDING_PAYMENT
                else created + timedelta(seconds=rng.randint(5, 90))
            )
            channel = rng.choice(catalog.PAY_CHANNELS)
            for k in range(
                failed_payments if status is not OrderStatus.PENDING_PAYMENT else max(1, failed_payments)
            ):
                payments.append(
                    {
                        "order_no": order_no,
                        "channel": channel,
                        "status": str(PaymentStatus.FAILED),
                        "amount_cents": amount,
                        "txn_no": None,
                        "failure_reason": rng.choice(catalog.PAY_FAILURES),
                        "at": created + timedelta(seconds=3 + 4 * k),
                    }
                )
            timeline.append({"order_no": order_no, "status": "created", "note": "下单", "at": created})
            if paid_at is not None:
                prefix = "4200" if channel == "wechat" else "2026" if channel == "alipay" else "BAL"
                payments.append(
                    {
                        "order_no": order_no,
                        "channel": channel,
                        "status": str(PaymentStatus.SUCCEEDED),
                        "amount_cents": amount,
                        "txn_no": prefix + f"{rng.randint(0, 10**20 - 1):020d}",
                        "failure_reason": None,
                        "at": paid_at,
                    }
                )
                timeline.append({"order_no": order_no, "status": "paid", "note": "支付成功", "at": paid_at})
                timeline.append(
                    {"order_no": order_no, "status": "delivering", "note": "开始发货", "at": paid_at}
                )
                done_at = paid_at + timedelta(seconds=rng.randint(3, 240))
                deliveries.extend(self._deliveries(order_no, product, quantity, status, c, done_at))
                if status is not OrderStatus.DELIVERING:
                    note = {
                        OrderStatus.DELIVERED: "发货成功",
                        OrderStatus.FAILED: "充值失败",
                        OrderStatus.STUCK: "上游处理中，超时未返回",
                        OrderStatus.REFUNDED: "已退款",
                    }[status]
                    timeline.append(
                        {"order_no": order_no, "status": str(status), "note": note, "at": done_at}
                    )
                if status is OrderStatus.REFUNDED:
                    payments.append(
                        {
                            "order_no": order_no,
                            "channel": "refund",
                            "status": str(PaymentStatus.REFUNDED),
                            "amount_cents": amount,
                            "txn_no": None,
                            "failure_reason": None,
                            "at": done_at + timedelta(minutes=5),
                        }
                    )
            order = {
                "order_no": order_no,
                "customer_id": c["id"],
                "status": str(status),
                "amount_cents": amount,
                "created_at": created,
                "paid_at": paid_at,
            }
            orders.append(order)
            self.orders_by_customer.setdefault(c["id"], []).append(order)
            self.items[order_no] = product
            items.append(
                {
                    "order_no": order_no,
                    "sku": product.sku,
                    "name": product.name,
                    "card_type": product.card_type,
                    "game": product.game,
                    "face_value_cents": round(product.face_value * 100),
                    "quantity": quantity,
                    "price_cents": round(product.price * 100),
                }
            )
        session.execute(insert(OrderRow), orders)
        session.execute(insert(OrderItemRow), items)
        session.execute(insert(PaymentRow), payments)
        session.execute(insert(DeliveryRow), deliveries)
        session.execute(insert(OrderEventRow), timeline)

    def _deliveries(
        self,
        order_no: str,
        product: Product,
        quantity: int,
        status: OrderStatus,
        customer: dict[str, Any],
        at: datetime,
    ) -> list[dict[str, Any]]:
        rng = self.rng
        target = self._target(product, customer)
        if product.topup:
            result, detail = {
                OrderStatus.DELIVERED: (DeliveryStatus.SUCCEEDED, "充值成功"),
                OrderStatus.REFUNDED: (DeliveryStatus.FAILED, rng.choice(catalog.TOPUP_FAILURES)),
                OrderStatus.FAILED: (DeliveryStatus.FAILED, rng.choice(catalog.TOPUP_FAILURES)),
            }.get(status, (DeliveryStatus.PROCESSING, "等待上游返回"))
            return [
                {
                    "order_no": order_no,
                    "kind": str(DeliveryKind.TOPUP),
                    "status": str(result),
                    "card_no": None,
                    "card_secret": None,
                    "target": target,
                    "detail": detail,
                    "at": at,
                }
            ]
        if status in (OrderStatus.DELIVERING, OrderStatus.PENDING_PAYMENT):
            return []
        out = []
        for _ in range(quantity):
            card_no, secret = self._card(product)
            out.append(
                {
                    "order_no": order_no,
                    "kind": str(DeliveryKind.CARD_KEY),
                    "status": str(DeliveryStatus.ISSUED),
                    "card_no": card_no,
                    "card_secret": secret,
                    "target": None,
                    "detail": "自动发卡",
                    "at": at,
                }
            )
        return out
