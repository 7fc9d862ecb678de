"""The wire format between the desktop client and the shop server (pydantic models over app.domain)."""
