"""newsdesk.printing."""
