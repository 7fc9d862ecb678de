"""The demo shop's staff and coupon policy."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.agents import AgentRole, SkillGroup

DEMO_PASSWORD = "kefu123"


@dataclass(frozen=True, slots=True)
class StaffMember:
    """One demo account."""

    id: str
    name: str
    role: AgentRole
    groups: tuple[str, ...]
    vip_desk: bool
    coupon_limit: int
    max_concurrent: int


STAFF: tuple[StaffMember, ...] = (
    StaffMember("agent01", "小林", AgentRole.AGENT, (SkillGroup.PRESALE, SkillGroup.RECHARGE), False, 20, 8),
    StaffMember(
        "agent02", "小周", AgentRole.AGENT, (SkillGroup.RECHARGE, SkillGroup.AFTERSALE), False, 20, 8
    ),
    StaffMember(
        "agent03", "小陈", AgentRole.AGENT, (SkillGroup.GAME_CARDS, SkillGroup.AFTERSALE), False, 20, 8
    ),
    StaffMember(
        "agent04", "小吴", AgentRole.AGENT, (SkillGroup.PRESALE, SkillGroup.GAME_CARDS), False, 20, 8
    ),
    StaffMember("vip01", "阿雅", AgentRole.VIP, (SkillGroup.VIP,), True, 50, 10),
    StaffMember("sup01", "王主管", AgentRole.SUPERVISOR, (SkillGroup.VIP,), False, 500, 5),
)

# (id, name, description, min, max, default, validity days)
COUPON_TEMPLATES: tuple[tuple[str, str, str, int, int, int, int], ...] = (
    ("delay_comp", "延迟补偿券", "到账延迟的补偿，按延迟时长 1-20 元", 1, 20, 5, 30),
    ("card_issue_comp", "卡密问题补偿券", "卡密无效、已使用或面值不符，补发后额外补偿", 5, 50, 10, 30),
    ("apology", "致歉券", "服务体验不佳的致歉", 1, 30, 5, 15),
    ("new_user", "新人券", "新用户首单立减", 2, 10, 3, 7),
    ("vip_care", "VIP关怀券", "VIP 客户专属关怀", 10, 100, 20, 60),
)
