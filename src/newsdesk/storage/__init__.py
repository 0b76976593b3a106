"""newsdesk.storage."""
