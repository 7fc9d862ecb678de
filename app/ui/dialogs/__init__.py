"""Dialogs of the KefuDesk window."""
