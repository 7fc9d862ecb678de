"""Alembic scripts of the cache, shipped inside the package (loaded by path, frozen builds too)."""
