"""`python -m app` runs the same entry point as the `kefu-desk` console script."""

from app.cli import main

raise SystemExit(main())
