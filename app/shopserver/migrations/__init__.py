"""Alembic migration scripts of the shop server's schema (shipped inside the package)."""
