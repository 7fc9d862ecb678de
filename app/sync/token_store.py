"""Where the agent's bearer token lives: the OS keyring, or memory only — never a file.

Tests swap in `MemoryTokenStore`; everything else uses `KeyringTokenStore`, which falls back to
memory (with a clear log line) on machines without a keyring backend.
"""

from __future__ import annotations

import logging
from typing import Protocol

import keyring
import keyring.backends.fail
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "KefuDesk"


class TokenStore(Protocol):
    """Keeps one token per account key ("agent01@https://shop.example")."""

    def load(self, account: str) -> str | None:
        """The saved token, if any."""
        ...

    def save(self, account: str, token: str) -> None:
        """Remember the token."""
        ...

    def delete(self, account: str) -> None:
        """Forget the token."""
        ...


class MemoryTokenStore:
    """Tokens in this process only: lost when the app quits, so the agent logs in again."""

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}

    def load(self, account: str) -> str | None:
        """The token kept for `account`."""
        return self._tokens.get(account)

    def save(self, account: str, token: str) -> None:
        """Keep the token in memory."""
        self._tokens[account] = token

    def delete(self, account: str) -> None:
        """Forget the token."""
        self._tokens.pop(account, None)


def keyring_available() -> bool:
    """Whether a real OS keyring backend is installed and usable."""
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    return not isinstance(backend, keyring.backends.fail.Keyring) and getattr(backend, "priority", 1) > 0


class KeyringTokenStore:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service)."""

    def __init__(self) -> None:
        self._memory = MemoryTokenStore()
        self.in_memory_only = not keyring_available()
        if self.in_memory_only:
            self._say_memory_only("no OS keyring backend is available")

    def _say_memory_only(self, why: str) -> None:
        self.in_memory_only = True
        log.warning(
            "%s: the login token is kept in memory only (never written to disk); "
            "the agent will have to log in again after a restart",
            why,
        )

    def load(self, account: str) -> str | None:
        """The token from the keyring (or memory after a fallback)."""
        if self.in_memory_only:
            return self._memory.load(account)
        try:
            return keyring.get_password(SERVICE, account)
        except keyring.errors.KeyringError as exc:
            self._say_memory_only(f"the OS keyring failed ({type(exc).__name__})")
            return self._memory.load(account)

    def save(self, account: str, token: str) -> None:
        """Store the token in the keyring (or memory after a fallback)."""
        if not self.in_memory_only:
            try:
                keyring.set_password(SERVICE, account, token)
                return
            except keyring.errors.KeyringError as exc:
                self._say_memory_only(f"the OS keyring refused the token ({type(exc).__name__})")
        self._memory.save(account, token)

    def delete(self, account: str) -> None:
        """Remove the token everywhere it may be."""
        self._memory.delete(account)
        if self.in_memory_only:
            return
        try:
            keyring.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("could not remove the token from the OS keyring (%s)", type(exc).__name__)
