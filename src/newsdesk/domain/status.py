"""The editorial workflow: statuses and the transitions allowed between them.

draft → submitted → in_review → approved → published (→ archived), with "changes requested"
sending a submitted or in-review article back to draft.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import TransitionError


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    ARCHIVED = "archived"

    @classmethod
    def parse(cls, value: str) -> Status:
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise TransitionError(
                f"unknown status '{value}' (expected one of: {names})", code="status.unknown"
            ) from None


class Action(StrEnum):
    SUBMIT = "submit"
    START_REVIEW = "start_review"
    REQUEST_CHANGES = "request_changes"
    APPROVE = "approve"
    PUBLISH = "publish"
    ARCHIVE = "archive"
    REOPEN = "reopen"


# action → {from status: to status}
TRANSITIONS: dict[Action, dict[Status, Status]] = {
    Action.SUBMIT: {Status.DRAFT: Status.SUBMITTED},
    Action.START_REVIEW: {Status.SUBMITTED: Status.IN_REVIEW},
    Action.REQUEST_CHANGES: {
        Status.SUBMITTED: Status.DRAFT,
        Status.IN_REVIEW: Status.DRAFT,
        Status.APPROVED: Status.DRAFT,
    },
    Action.APPROVE: {Status.IN_REVIEW: Status.APPROVED},
    Action.PUBLISH: {Status.APPROVED: Status.PUBLISHED},
    Action.ARCHIVE: {Status.PUBLISHED: Status.ARCHIVED, Status.DRAFT: Status.ARCHIVED},
    Action.REOPEN: {Status.ARCHIVED: Status.DRAFT},
}


def allowed_actions(status: Status) -> list[Action]:
    """The actions a user may take on an article in ``status``, in workflow order."""
    return [action for action, moves in TRANSITIONS.items() if status in moves]


def apply_action(status: Status, action: Action | str) -> Status:
    """The status after ``action``; raises TransitionError when the workflow forbids it."""
    try:
        action = Action(str(action).strip().lower().replace("-", "_"))
    except ValueError:
        names = ", ".join(a.value for a in Action)
        raise TransitionError(
            f"unknown action '{action}' (expected one of: {names})", code="status.unknown_action"
        ) from None
    target = TRANSITIONS[action].get(status)
    if target is None:
        raise TransitionError(
            f"cannot {action.value.replace('_', ' ')} an article that is {status.value}",
            code="status.transition",
        )
    return target
