"""newsdesk.services."""
