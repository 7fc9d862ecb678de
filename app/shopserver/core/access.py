"""Who may see and change a conversation: its agent, its group while it waits, supervisors."""

from __future__ import annotations

from app.domain.agents import Agent
from app.domain.conversations import ConversationStatus
from app.domain.errors import Conflict, Forbidden
from app.shopserver.db.tables import ConversationRow


def can_read(agent: Agent, conv: ConversationRow) -> bool:
    """Assigned to the agent (or closed by them), waiting in one of their groups, or a supervisor."""
    if agent.is_supervisor or conv.agent_id == agent.id:
        return True
    return conv.status == ConversationStatus.WAITING and conv.skill_group in agent.skill_groups


def ensure_readable(agent: Agent, conv: ConversationRow) -> None:
    """403 unless the agent may read the conversation."""
    if not can_read(agent, conv):
        raise Forbidden(
            "this conversation is not assigned to you or your groups", code="not_your_conversation"
        )


def ensure_assigned_to(agent: Agent, conv: ConversationRow) -> None:
    """403 for strangers, 409 when the agent could read it but it is not theirs right now."""
    ensure_readable(agent, conv)
    if conv.status == ConversationStatus.ASSIGNED and conv.agent_id == agent.id:
        return
    if conv.status == ConversationStatus.CLOSED:
        raise Conflict("the conversation is closed", code="conversation_closed")
    if conv.status == ConversationStatus.WAITING:
        raise Conflict("accept the conversation first", code="not_accepted")
    raise Forbidden("this conversation is assigned to someone else", code="not_your_conversation")
