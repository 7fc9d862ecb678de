"""Plain shared types: no I/O, no Qt. Every layer speaks these."""

from app.domain.intents import INTENTS, Analysis, Entities, Intent, MessageAnalyzer

__all__ = ["INTENTS", "Analysis", "Entities", "Intent", "MessageAnalyzer"]
