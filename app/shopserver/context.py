"""What every request handler needs, built once per server: settings, database, hub, engine, clock."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.intents import Analysis, MessageAnalyzer
from app.shopserver.auth.login_throttle import LoginThrottle
from app.shopserver.auth.session_cache import AgentSessions
from app.shopserver.clock import Clock, SystemClock
from app.shopserver.core.bot import FirstLineBot
from app.shopserver.core.event_hub import EventHub
from app.shopserver.core.idempotency import IdempotencyStore
from app.shopserver.core.intake import Intake
from app.shopserver.core.recent_events import CommittedEvent, RecentEvents
from app.shopserver.core.routing import Router
from app.shopserver.db.engine import make_engine
from app.shopserver.db.transactions import Database
from app.shopserver.settings import ServerSettings


def load_default_engine() -> MessageAnalyzer:
    """The project's local intent engine (imported late: it loads model files)."""
    from app.nlp.engine import load_engine

    return load_engine()


class LazyAnalyzer:
    """Loads the real engine on first use, so starting the server stays fast."""

    def __init__(self, loader: Callable[[], MessageAnalyzer] = load_default_engine) -> None:
        self._loader = loader
        self._engine: MessageAnalyzer | None = None
        self._lock = threading.Lock()

    def load(self) -> MessageAnalyzer:
        """The engine, loading it if needed."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = self._loader()
        return self._engine

    def analyze(self, text: str) -> Analysis:
        """Label one customer message with the real engine."""
        return self.load().analyze(text)


@dataclass(slots=True)
class ServerHooks:
    """Test seams around idempotent writes: called with the key (never set in production)."""

    after_claim: Callable[[str], None] | None = None
    after_commit: Callable[[str], None] | None = None


@dataclass(slots=True)
class ServerContext:
    """One server's shared parts."""

    settings: ServerSettings
    db: Database
    hub: EventHub
    clock: Clock
    analyzer: MessageAnalyzer
    throttle: LoginThrottle
    router: Router
    intake: Intake
    idempotency: IdempotencyStore
    recent: RecentEvents
    sessions: AgentSessions
    hooks: ServerHooks = field(default_factory=ServerHooks)

    @classmethod
    def build(
        cls,
        settings: ServerSettings,
        *,
        analyzer: MessageAnalyzer | None = None,
        clock: Clock | None = None,
        hooks: ServerHooks | None = None,
    ) -> ServerContext:
        """Wire the parts for `settings` (the engine defaults to the real one, loaded lazily)."""
        hub = EventHub()
        recent = RecentEvents()

        def committed(events: list[CommittedEvent]) -> None:
            recent.append(events)
            hub.publish(set().union(*(e.targets for e in events)))

        db = Database(make_engine(settings.db_url), on_events=committed)
        throttle = LoginThrottle(
            user_threshold=settings.login_failures_before_delay,
            ip_threshold=settings.login_ip_failures_before_delay,
            max_delay=settings.login_max_delay_seconds,
        )
        router = Router(settings.presence_timeout_seconds)
        bot = FirstLineBot(router, settings.bot_max_replies)
        return cls(
            settings=settings,
            db=db,
            hub=hub,
            clock=clock or SystemClock(),
            analyzer=analyzer or LazyAnalyzer(),
            throttle=throttle,
            router=router,
            intake=Intake(router, bot, settings.bot_enabled),
            idempotency=IdempotencyStore(
                db,
                ttl_seconds=settings.idempotency_ttl_seconds,
                stale_seconds=settings.idempotency_stale_seconds,
            ),
            recent=recent,
            sessions=AgentSessions(),
            hooks=hooks or ServerHooks(),
        )
