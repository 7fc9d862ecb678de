"""The HTTP edge: error bodies, the body-size limit, dependencies and idempotent writes."""
