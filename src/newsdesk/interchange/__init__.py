"""newsdesk.interchange: the .md-with-front-matter file of CONTRACTS §3."""
