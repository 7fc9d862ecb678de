"""The logged-in agent remembered next to the cache, so a remembered login starts at once and
offline: the window needs the agent (id, groups, coupon limit) before the server answers."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from app.domain.agents import Agent, AgentRole

log = logging.getLogger(__name__)


def save_agent(path: Path, agent: Agent) -> None:
    """Write the agent's profile (atomically: a crash never leaves half a file)."""
    data = {
        "id": agent.id,
        "name": agent.name,
        "role": str(agent.role),
        "skill_groups": list(agent.skill_groups),
        "vip_desk": agent.vip_desk,
        "coupon_limit": agent.coupon_limit,
        "max_concurrent": agent.max_concurrent,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".tmp")
    partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)


def load_agent(path: Path) -> Agent | None:
    """The remembered agent (None when missing or unreadable)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Agent(
            id=str(data["id"]),
            name=str(data["name"]),
            role=AgentRole(data["role"]),
            skill_groups=tuple(str(g) for g in data["skill_groups"]),
            vip_desk=bool(data["vip_desk"]),
            coupon_limit=float(data["coupon_limit"]),
            max_concurrent=int(data["max_concurrent"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("remembered agent profile unreadable (%s); logging in again", type(exc).__name__)
        return None


def forget_agent(path: Path) -> None:
    """Remove the remembered profile (logging out)."""
    path.unlink(missing_ok=True)
