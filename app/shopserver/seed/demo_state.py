"""What the demo seed's steps share: the random stream, the anchor time, the orders made so far."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from app.shopserver.seed.catalog import Product

SEED = 20261125
CUSTOMERS = 240
FIRST_CUSTOMER_ID = 10001
VIP_EVERY = 20
LOCAL = timedelta(hours=8)


@dataclass
class SeedState:
    """One seeding run: everything random comes from `rng`, every time is relative to `now`."""

    rng: random.Random
    now: datetime
    orders_by_customer: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    items: dict[str, Product] = field(default_factory=dict)


class SeedStep:
    """Base of the seeding steps (shortcuts to the shared state)."""

    def __init__(self, state: SeedState) -> None:
        self.state = state
        self.rng = state.rng
        self.now = state.now
        self.orders_by_customer = state.orders_by_customer
        self.items = state.items
