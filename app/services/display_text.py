"""Text as the agent's screen shows it: phone numbers and card keys masked until revealed."""

from __future__ import annotations

from app.store.log_masking import mask_sensitive

MASK = "••••"


def masked_for_display(text: str) -> str:
    """`text` with mainland phone numbers, card keys and tokens masked."""
    return mask_sensitive(text).replace("****", MASK)


def masked_secret(secret: str | None) -> str:
    """A card secret with only its last four characters visible."""
    if not secret:
        return ""
    return MASK + secret[-4:] if len(secret) > 6 else MASK
