"""newsdesk.media."""
