"""newsdesk.cli."""
