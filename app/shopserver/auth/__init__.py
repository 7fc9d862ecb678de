"""Staff authentication: password hashes, bearer tokens and login throttling."""
