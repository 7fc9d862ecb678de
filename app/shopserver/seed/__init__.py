"""Deterministic demo data: staff, customers, orders, knowledge base, coupons, tickets, chats."""
