"""Models of the KefuDesk window."""
