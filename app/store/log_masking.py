"""Masks phone numbers, card keys (卡密) and tokens in every log line, whoever wrote it.

Install once at start-up with `install_log_masking()`: the filter sits on the root logger's
handlers (a logger's own filters would miss records propagated from child loggers) and rewrites
the message, its arguments and any traceback text before a handler formats them.
"""

from __future__ import annotations

import logging
import re

MASK = "****"

# Mainland mobile numbers: 1[3-9] + 9 digits, not inside a longer number (order numbers).
_PHONE = re.compile(r"(?<![0-9A-Za-z])(1[3-9]\d)(\d{4})(\d{4})(?!\d)")
# Bearer tokens, and token/password/secret values in JSON, query strings or key=value text.
_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}")
_SECRET_FIELDS = re.compile(
    r"""(?ix)
    (["']?(?:access_token|refresh_token|token|password|passwd|card_secret|secret|api_key|channel_key)["']?
     \s*[:=]\s*["']?)
    ([^"'\s,&}]{1,})
    """
)
_KEYRING_LIKE = re.compile(r"(?i)(x-channel-key:\s*)\S+")
# A card key named as such: 卡密/卡号密码/密码 followed by the value.
_LABELLED_CARD_KEY = re.compile(r"(卡密|密码|卡号密码|激活码|兑换码)(\s*[:：是为]?\s*)([A-Za-z0-9-]{6,64})")
# Grouped keys such as ABCDE-FGHJK-LMNPQ or 1A2B-3C4D-5E6F-7A8B.
_GROUPED_KEY = re.compile(r"\b[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,}\b")
# 12–32 upper-case letters and digits mixed (not an order number such as KM2025010100001234).
_MIXED_KEY = re.compile(r"\b(?!KM\d+\b)(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{12,32}\b")


def mask_sensitive(text: str) -> str:
    """`text` with phone numbers, card keys and tokens masked."""
    text = _BEARER.sub(lambda m: m.group(1) + MASK, text)
    text = _SECRET_FIELDS.sub(lambda m: m.group(1) + MASK, text)
    text = _KEYRING_LIKE.sub(lambda m: m.group(1) + MASK, text)
    text = _LABELLED_CARD_KEY.sub(lambda m: m.group(1) + m.group(2) + MASK, text)
    text = _GROUPED_KEY.sub(MASK, text)
    text = _MIXED_KEY.sub(MASK, text)
    return _PHONE.sub(lambda m: m.group(1) + MASK + m.group(3), text)


class MaskingFilter(logging.Filter):
    """Rewrites each record so no handler ever sees the sensitive values."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask the formatted message (and traceback); always lets the record through."""
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what is there, masked
            message = f"{record.msg} {record.args}"
        record.msg = mask_sensitive(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_sensitive(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_sensitive(record.stack_info)
        return True


def install_log_masking(logger: logging.Logger | None = None) -> MaskingFilter:
    """Add one masking filter to every handler of `logger` (the root logger by default)."""
    target = logger or logging.getLogger()
    masking = MaskingFilter()
    if not target.handlers:
        logging.basicConfig()
    for handler in target.handlers:
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(masking)
    return masking
