"""The agent's local SQLite cache: tables, migrations, repositories, search, retention, privacy.

Qt-free; imports only app.domain and app.config. Open it with `open_cache(path)`.
"""

from app.store.database import CacheDatabase, open_cache

__all__ = ["CacheDatabase", "open_cache"]
