"""Tests of the agent use cases (app.services) against the real reference server, no display."""
