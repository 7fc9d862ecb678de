"""Widgets of the KefuDesk window."""
