"""The desktop UI (PySide6 + qasync): the only package that imports Qt. It talks to
`app.services` and shows `app.domain` values; it never reaches the store or the sync layer."""
