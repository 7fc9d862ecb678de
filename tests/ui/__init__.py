"""GUI tests (pytest-qt, offscreen) driving the workspace as an agent would, against the real reference server."""
