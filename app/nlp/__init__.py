"""The local intent engine: intents, anger and entities for 卡盟 customer messages (no Qt)."""
