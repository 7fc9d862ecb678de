"""The shop-server client: auth, the event feed with its cursor, history backfill, the outbox.

Qt-free; imports app.domain, app.protocol, app.store and app.config. `SyncClient` wires it all;
`python -m app.sync` runs it headless and prints figures.
"""
