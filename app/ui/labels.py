"""Translated names for the codes the core returns (intents, states, kinds, error codes).

Each string is a literal inside `QCoreApplication.translate("Labels", …)` so lupdate finds it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import KefuError


def intent_label(intent: str | None) -> str:
    """An intent id as the agent reads it."""
    names = {
        "greeting": QCoreApplication.translate("Labels", "Greeting"),
        "presale_product": QCoreApplication.translate("Labels", "Pre-sale question"),
        "delivery_time": QCoreApplication.translate("Labels", "Delivery time"),
        "not_received": QCoreApplication.translate("Labels", "Not received"),
        "card_invalid": QCoreApplication.translate("Labels", "Card key invalid"),
        "payment_issue": QCoreApplication.translate("Labels", "Payment problem"),
        "refund": QCoreApplication.translate("Labels", "Refund"),
        "aftersale_progress": QCoreApplication.translate("Labels", "After-sales progress"),
        "order_query": QCoreApplication.translate("Labels", "Order query"),
        "promotion": QCoreApplication.translate("Labels", "Promotion"),
        "reseller": QCoreApplication.translate("Labels", "Reseller"),
        "account_security": QCoreApplication.translate("Labels", "Account security"),
        "complaint": QCoreApplication.translate("Labels", "Complaint"),
        "human_agent": QCoreApplication.translate("Labels", "Asks for an agent"),
        "thanks_bye": QCoreApplication.translate("Labels", "Thanks / bye"),
        "other": QCoreApplication.translate("Labels", "Other"),
    }
    return names.get(
        intent or "", intent if intent else QCoreApplication.translate("Labels", "Unknown intent")
    )


def sender_label(sender: str) -> str:
    """Who wrote a message."""
    names = {
        "customer": QCoreApplication.translate("Labels", "Customer"),
        "agent": QCoreApplication.translate("Labels", "Agent"),
        "bot": QCoreApplication.translate("Labels", "Bot"),
        "system": QCoreApplication.translate("Labels", "System"),
    }
    return names.get(sender, sender)


def delivery_label(state: str, retrying: bool = False) -> str:
    """A reply's delivery state."""
    if state == "queued":
        return (
            QCoreApplication.translate("Labels", "Queued, waiting for the network")
            if retrying
            else QCoreApplication.translate("Labels", "Queued")
        )
    names = {
        "sending": QCoreApplication.translate("Labels", "Sending…"),
        "sent": QCoreApplication.translate("Labels", "Sent"),
        "failed": QCoreApplication.translate("Labels", "Failed"),
    }
    return names.get(state, state)


def ticket_kind_label(kind: str) -> str:
    """An after-sales ticket kind."""
    names = {
        "reissue": QCoreApplication.translate("Labels", "Reissue"),
        "refund": QCoreApplication.translate("Labels", "Refund"),
        "card_check": QCoreApplication.translate("Labels", "Card key check"),
        "payment_dispute": QCoreApplication.translate("Labels", "Payment dispute"),
    }
    return names.get(kind, kind)


def ticket_node_label(node: str) -> str:
    """A ticket progress node."""
    names = {
        "submitted": QCoreApplication.translate("Labels", "Submitted"),
        "reviewing": QCoreApplication.translate("Labels", "Under review"),
        "reissued": QCoreApplication.translate("Labels", "Reissued"),
        "refunded": QCoreApplication.translate("Labels", "Refunded"),
        "done": QCoreApplication.translate("Labels", "Done"),
    }
    return names.get(node, node)


def order_status_label(status: str | None) -> str:
    """An order's status."""
    names = {
        "pending_payment": QCoreApplication.translate("Labels", "Awaiting payment"),
        "paid": QCoreApplication.translate("Labels", "Paid"),
        "delivering": QCoreApplication.translate("Labels", "Delivering"),
        "delivered": QCoreApplication.translate("Labels", "Delivered"),
        "failed": QCoreApplication.translate("Labels", "Delivery failed"),
        "stuck": QCoreApplication.translate("Labels", "Stuck at supplier"),
        "refunded": QCoreApplication.translate("Labels", "Refunded"),
    }
    return names.get(status or "", status or "")


def payment_status_label(status: str) -> str:
    """A payment attempt's result."""
    names = {
        "succeeded": QCoreApplication.translate("Labels", "Paid"),
        "failed": QCoreApplication.translate("Labels", "Payment failed"),
        "pending": QCoreApplication.translate("Labels", "Pending"),
        "refunded": QCoreApplication.translate("Labels", "Refunded"),
    }
    return names.get(status, status)


def delivery_kind_label(kind: str) -> str:
    """A delivery record's kind."""
    return (
        QCoreApplication.translate("Labels", "Card key")
        if kind == "card_key"
        else QCoreApplication.translate("Labels", "Top-up")
    )


def delivery_status_label(status: str) -> str:
    """A delivery record's result."""
    names = {
        "issued": QCoreApplication.translate("Labels", "Issued"),
        "succeeded": QCoreApplication.translate("Labels", "Succeeded"),
        "failed": QCoreApplication.translate("Labels", "Failed"),
        "processing": QCoreApplication.translate("Labels", "Processing"),
    }
    return names.get(status, status)


def resolution_label(resolution: str) -> str:
    """How a chat ended."""
    names = {
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "unresolved": QCoreApplication.translate("Labels", "Unresolved"),
        "no_response": QCoreApplication.translate("Labels", "Customer stopped answering"),
        "spam": QCoreApplication.translate("Labels", "Spam"),
        "bot_resolved": QCoreApplication.translate("Labels", "Resolved by the bot"),
    }
    return names.get(resolution, resolution)


def risk_label(code: str) -> str:
    """A customer risk flag."""
    names = {
        "new_ip_login": QCoreApplication.translate("Labels", "Login from a new IP"),
        "repeated_failed_payments": QCoreApplication.translate("Labels", "Repeated failed payments"),
        "chargeback": QCoreApplication.translate("Labels", "Chargeback"),
        "many_refunds": QCoreApplication.translate("Labels", "Many refunds"),
    }
    return names.get(code, code)


def tag_label(tag: str) -> str:
    """A customer tag (the server sends the Chinese names)."""
    names = {
        "高频用户": QCoreApplication.translate("Labels", "Frequent buyer"),
        "首次售后": QCoreApplication.translate("Labels", "First after-sales"),
        "VIP": QCoreApplication.translate("Labels", "VIP"),
        "价格敏感": QCoreApplication.translate("Labels", "Price-sensitive"),
        "新用户": QCoreApplication.translate("Labels", "New customer"),
    }
    return names.get(tag, tag)


def group_label(group: str | None) -> str:
    """A skill group."""
    names = {
        "presale": QCoreApplication.translate("Labels", "Pre-sales"),
        "recharge": QCoreApplication.translate("Labels", "Top-up"),
        "game_cards": QCoreApplication.translate("Labels", "Game cards"),
        "aftersale": QCoreApplication.translate("Labels", "After-sales"),
        "vip": QCoreApplication.translate("Labels", "VIP desk"),
    }
    return names.get(group or "", group or "")


def handoff_label(reason: str | None) -> str:
    """Why the bot handed the chat to a human."""
    names = {
        "human_requested": QCoreApplication.translate("Labels", "Customer asked for an agent"),
        "anger": QCoreApplication.translate("Labels", "Customer is angry"),
        "bot_unsatisfied": QCoreApplication.translate("Labels", "Bot answers did not help"),
        "aftersale_ticket": QCoreApplication.translate("Labels", "After-sales ticket opened"),
    }
    return names.get(reason or "", reason or "")


def coupon_status_label(status: str) -> str:
    """A coupon's state, including while it is still in the outbox."""
    names = {
        "issued": QCoreApplication.translate("Labels", "Issued"),
        "pending_approval": QCoreApplication.translate("Labels", "Awaiting approval"),
        "rejected": QCoreApplication.translate("Labels", "Rejected"),
        "queued": QCoreApplication.translate("Labels", "Queued"),
        "sending": QCoreApplication.translate("Labels", "Sending…"),
        "failed": QCoreApplication.translate("Labels", "Failed"),
        "sent": QCoreApplication.translate("Labels", "Sent"),
    }
    return names.get(status, status)


def connection_label(state: str) -> str:
    """The connection to the shop server."""
    names = {
        "connecting": QCoreApplication.translate("Labels", "Connecting…"),
        "online": QCoreApplication.translate("Labels", "Online"),
        "offline": QCoreApplication.translate("Labels", "Offline"),
        "login_required": QCoreApplication.translate("Labels", "Logged out"),
    }
    return names.get(state, state)


def presence_label(presence: str) -> str:
    """Whether an agent takes new chats (online, away, offline)."""
    names = {
        "online": QCoreApplication.translate("Labels", "Online"),
        "away": QCoreApplication.translate("Labels", "Away"),
        "offline": QCoreApplication.translate("Labels", "Offline"),
    }
    return names.get(presence, presence)


def error_text(error: KefuError) -> str:
    """A failure as one translated sentence (the server's own message as a fallback)."""
    texts = {
        "offline": QCoreApplication.translate(
            "Labels", "The shop server cannot be reached. Try again when the connection is back."
        ),
        "login_required": QCoreApplication.translate("Labels", "Your session ended. Please log in again."),
        "bad_credentials": QCoreApplication.translate("Labels", "Wrong user name or password."),
        "login_throttled": QCoreApplication.translate(
            "Labels", "Too many failed logins. Wait a moment and try again."
        ),
        "already_assigned": QCoreApplication.translate("Labels", "A colleague has already taken this chat."),
        "not_accepted": QCoreApplication.translate("Labels", "Accept the chat before replying."),
        "conversation_closed": QCoreApplication.translate("Labels", "This chat is closed."),
        "not_your_conversation": QCoreApplication.translate("Labels", "This chat is not yours."),
        "coupon_exists": QCoreApplication.translate(
            "Labels", "This order already has a coupon of this kind."
        ),
        "amount_out_of_range": QCoreApplication.translate(
            "Labels", "The amount is outside the coupon's range."
        ),
        "supervisor_only": QCoreApplication.translate("Labels", "Only a supervisor can do this."),
        "not_pending": QCoreApplication.translate("Labels", "This coupon was already decided."),
        "empty_reply": QCoreApplication.translate("Labels", "Type a reply first."),
        "bad_server_data": QCoreApplication.translate("Labels", "The server sent something unreadable."),
        "order_not_found": QCoreApplication.translate("Labels", "No such order."),
    }
    text = texts.get(error.code)
    if text is not None:
        return text
    return QCoreApplication.translate("Labels", "The action failed: %1").replace(
        "%1", error.message or error.code
    )
