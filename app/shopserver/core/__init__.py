"""The shop server's rules: access, routing, bot, conversations, tickets, coupons, metrics, events."""
