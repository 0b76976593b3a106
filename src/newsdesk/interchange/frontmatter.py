"""Article ⇄ text of docs/formats.md §3: YAML front matter (PyYAML safe_load/safe_dump) + Markdown body.

The writer emits the fields in a fixed order (headline, sapo, byline, source, section, tags,
published, url, language, related), leaves empty ones out and always quotes what YAML would otherwise
read as another type, so that ``parse(dump(article))`` gives back the same article. The reader
accepts what people type by hand: a BOM, CRLF, NFD, a closing ``...``, unknown keys (warned
about, not fatal), tags as a list or a comma-separated string.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from newsdesk.domain.article import Article, parse_published
from newsdesk.domain.errors import NewsdeskError, Notice, Problem, ValidationError
from newsdesk.domain.related import RelatedStory
from newsdesk.domain.text import nfc, shorten

FIELD_ORDER = (
    "headline",
    "sapo",
    "byline",
    "source",
    "section",
    "tags",
    "published",
    "url",
    "language",
    "related",
)
_TEXT_KEYS = ("headline", "sapo", "byline", "source", "section", "url", "language")
_DELIMITER = "---"
_CLOSERS = ("---", "...")


class InterchangeError(NewsdeskError):
    """A .md file that cannot be read as an article (encoding, front matter, YAML)."""

    code = "interchange"


def split_front_matter(text: str, name: str = "the text") -> tuple[dict, str]:
    """``(front matter mapping, body)`` of ``text``; InterchangeError when malformed."""
    text = nfc(text.removeprefix("\ufeff"))
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != _DELIMITER:
        raise InterchangeError(
            f"{name} has no front matter: it must start with a line '---', then YAML with at "
            "least 'headline: …', then another '---' line, then the body",
            code="interchange.no_front_matter",
        )
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSERS:
            break
    else:
        raise InterchangeError(
            f"{name}: the front matter opened on line 1 is never closed (add a line '---' "
            "after the YAML)",
            code="interchange.unclosed",
        )
    block = "\n".join(lines[1:index])
    body = "\n".join(lines[index + 1 :])
    body = body.removeprefix("\n")  # the blank line after '---' is layout, not content
    try:
        _check_depth(block, name)
        meta = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        raise InterchangeError(_yaml_message(exc, name), code="interchange.yaml") from None
    except RecursionError:  # a shape _check_depth does not see; never a crash
        raise _too_deep(name) from None
    except ValueError as exc:  # e.g. a number of millions of digits (int() refuses it)
        raise InterchangeError(
            f"{name}: a value in the front matter cannot be read ({shorten(str(exc))}); "
            "put dates and long numbers in quotes",
            code="interchange.yaml",
        ) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InterchangeError(
            f"{name}: the front matter must be 'key: value' lines (YAML mapping), "
            f"not a {type(meta).__name__}",
            code="interchange.not_mapping",
        )
    return meta, body


MAX_DEPTH = 16  # the fields are scalars and one list of tags: a few levels are plenty


def _too_deep(name: str) -> InterchangeError:
    return InterchangeError(
        f"{name}: the front matter nests lists or mappings more than {MAX_DEPTH} levels deep; "
        "an article's fields are plain text (and one list of tags)",
        code="interchange.too_deep",
    )


def _check_depth(block: str, name: str) -> None:
    """Refuse deep nesting before composing: PyYAML's event parser keeps its own stack, while
    its composer (and everything after it) recurses once per level."""
    depth = 0
    for event in yaml.parse(block, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(name)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _yaml_message(exc: yaml.YAMLError, name: str) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is not None:
        line = mark.line + 2  # +1 for 1-based, +1 for the opening '---'
        return (
            f"{name}, line {line}: the front matter is not valid YAML ({problem}); "
            "put values with ':' or quotes inside double quotes"
        )
    return f"{name}: the front matter is not valid YAML ({problem})"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):  # YAML 1.1 reads an unquoted no / yes as a boolean
        return "no" if value is False else "yes"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        raise ValueError("expected text, got a list or mapping")
    return str(value)


def article_from_mapping(
    meta: dict, body: str, name: str = "the text"
) -> tuple[Article, list[str]]:
    """Build an Article from front-matter values; ``(article, warnings)``. Not validated."""
    warnings: list[str] = []
    values: dict[str, Any] = {"body": body}  # normalised by Article (tags may be "a, b")
    problems: list[Problem] = []
    for key, raw in meta.items():
        key_text = nfc(str(key)).strip()
        if key_text not in FIELD_ORDER:
            warnings.append(Notice(f"{name}: unknown field '{key_text}' ignored",
                                   "import.unknown_field", name, key_text))
            continue
        try:
            if key_text == "tags":
                if raw is None:
                    values["tags"] = []
                elif isinstance(raw, list):
                    values["tags"] = [_text(item) for item in raw]
                else:
                    values["tags"] = _text(raw)
            elif key_text == "related":
                values["related"] = _related(raw, name, warnings)
            elif key_text == "published":
                values["published"] = parse_published(_text(raw)) if raw is not None else None
            else:
                values[key_text] = _text(raw)
        except ValueError as exc:
            problems.append(Problem(f"{key_text}.type", key_text, f"'{key_text}': {exc}"))
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError([_named(p, name) for p in problems])
    return Article(**values), warnings


_RELATED_KEYS = ("id", "url", "headline")


def _related(raw: object, name: str, warnings: list[str]) -> list[RelatedStory]:
    """The ``related:`` list: one mapping per story, ``id`` (a library article) or ``url``,
    with its ``headline``."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValueError("expected a list of stories, each with 'id' or 'url' and 'headline'")
    stories = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise ValueError(f"story {number} must be 'id: …' or 'url: …' with 'headline: …'")
        values = {}
        for key, value in item.items():
            key_text = nfc(str(key)).strip()
            if key_text not in _RELATED_KEYS:
                warnings.append(Notice(f"{name}: unknown field '{key_text}' of related story "
                                       f"{number} ignored", "import.unknown_related_field",
                                       name, key_text, number))
                continue
            values[key_text] = _text(value)
        stories.append(RelatedStory.from_mapping(values))
    return stories


def _named(problem: Problem, name: str) -> Problem:
    return Problem(problem.code, problem.field, f"{name}: {problem.message}")


def parse_markdown(text: str, *, name: str = "the text", validate: bool = True):
    """``(article, warnings)`` from the text of a .md file; validated unless told otherwise."""
    meta, body = split_front_matter(text, name)
    article, warnings = article_from_mapping(meta, body, name)
    if validate:
        found = article.problems()
        if found:
            raise ValidationError([_named(p, name) for p in found])
    return article, warnings


def parse_markdown_text(text: str, *, validate: bool = True) -> Article:
    """The Article of a .md text (docs/formats.md §3). Raises InterchangeError/ValidationError."""
    return parse_markdown(text, validate=validate)[0]


def front_matter_mapping(article: Article) -> dict[str, object]:
    """The front matter of ``article`` in FIELD_ORDER, empty optional fields left out."""
    out: dict[str, object] = {"headline": article.headline}
    for key in ("sapo", "byline", "source", "section"):
        value = getattr(article, key)
        if value:
            out[key] = value
    if article.tags:
        out["tags"] = list(article.tags)
    if article.published is not None:
        out["published"] = article.published.isoformat()
    if article.url:
        out["url"] = article.url
    out["language"] = article.language
    if article.related:
        out["related"] = [story.as_mapping() for story in article.related]
    return out


def dump_markdown_text(article: Article) -> str:
    """The .md text of ``article``: ``---``, YAML, ``---``, a blank line, the body."""
    block = yaml.safe_dump(
        front_matter_mapping(article),
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
    return f"{_DELIMITER}\n{block}{_DELIMITER}\n\n{article.body}"
