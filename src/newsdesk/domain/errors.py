"""Errors the domain raises, each with a stable code.

The code (``"headline.required"``) is what the CLI and the GUI map to a message in the user's
language; ``message`` is a clear English fallback naming what went wrong and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass


class NewsdeskError(Exception):
    """Base of every expected failure: bad input, a refused action, a file we cannot read.

    Anything that is *not* a NewsdeskError is a bug and is logged with its traceback.
    """

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


# The code of an error saying the database server does not answer, or went away mid-request
# (stopped, restarting, network down): the same request may succeed once the server is back.
UNREACHABLE = "storage.unreachable"


def is_unreachable(exc: BaseException) -> bool:
    """True when ``exc`` says the database server could not be reached (never a refusal: a
    version conflict, bad data or a read-only library are not this)."""
    return isinstance(exc, NewsdeskError) and exc.code == UNREACHABLE


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an article: a stable code, the field, a readable message."""

    code: str
    field: str
    message: str


class ValidationError(NewsdeskError):
    """An article (or a field of it) breaks the rules of docs/formats.md §1."""

    code = "validation"

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        text = "; ".join(p.message for p in self.problems) or "invalid article"
        super().__init__(text, code=self.problems[0].code if self.problems else "validation")


class NotFoundError(NewsdeskError):
    code = "not_found"


class TransitionError(NewsdeskError):
    code = "status.transition"


class ConflictError(NewsdeskError):
    """A save was based on an outdated version of the article."""

    code = "conflict"


class Notice(str):
    """A warning met while exporting or printing (a photo left out, no QR code): its English
    text, which the command line prints, with a stable ``code`` and the ``values`` it names,
    so the desktop app can say it in the user's language. ``reason`` is the code of the
    error behind it, if any."""

    code: str
    values: tuple[str, ...]
    reason: str

    def __new__(cls, text: str, code: str, *values: object, reason: str = "") -> Notice:
        notice = super().__new__(cls, text)
        notice.code = code
        notice.values = tuple(str(value) for value in values)
        notice.reason = reason
        return notice

    def __getnewargs_ex__(self) -> tuple[tuple[object, ...], dict[str, str]]:
        # pickled whole (code, values, reason): a print engine in its own process sends these
        return (str(self), self.code, *self.values), {"reason": self.reason}
