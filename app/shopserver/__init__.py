"""The reference shop server (FastAPI): routes, its own database, routing, bot, simulator, demo data.

Embed it with `start_in_background(ServerSettings(db_url=...), seed="demo")`, or run it with
`python -m app.shopserver`. It never imports the desktop client's store, sync, services or UI.
"""

from app.shopserver.app_factory import create_app
from app.shopserver.context import ServerHooks
from app.shopserver.database_setup import prepare_database
from app.shopserver.embedded import RunningServer, start_in_background
from app.shopserver.settings import ServerSettings

__all__ = [
    "RunningServer",
    "ServerHooks",
    "ServerSettings",
    "create_app",
    "prepare_database",
    "start_in_background",
]
