"""newsdesk.export."""
