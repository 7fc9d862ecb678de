"""Simulated customers for the demo: open chats, write, follow up, rate, and move tickets on."""
