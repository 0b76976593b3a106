"""newsdesk.qt."""
