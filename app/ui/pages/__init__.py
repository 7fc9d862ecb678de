"""Pages of the KefuDesk window."""
