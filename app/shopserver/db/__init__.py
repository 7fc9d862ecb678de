"""The shop server's own database: tables, engine set-up, migrations and transactions."""
