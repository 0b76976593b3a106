"""Link addresses a body may hold: http(s), mailto or a relative path, never with spaces."""

from __future__ import annotations

import re

from newsdesk.domain.errors import NewsdeskError

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
ALLOWED_SCHEMES = ("http", "https", "mailto")


class LinkError(NewsdeskError):
    code = "link.invalid"


def check_url(url: str) -> str:
    """``url`` stripped, if it is http(s), mailto or relative; LinkError otherwise."""
    url = url.strip()
    if not url or any(c.isspace() for c in url):
        raise LinkError(f"'{url}' is not a link address: give an http(s):// or mailto: "
                        "address, or a relative path, without spaces.")
    match = _SCHEME.match(url)
    if match and match.group(1).lower() not in ALLOWED_SCHEMES:
        raise LinkError(f"Links to '{match.group(1)}:' addresses are not allowed: use "
                        "http://, https://, mailto: or a relative path.")
    return url
