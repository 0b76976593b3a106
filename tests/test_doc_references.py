"""Every file or module the docs, the README and the code's comments point at exists.

Backticked paths (``qt/autosave.py``, ``src/…``, ``docs/…``, ``scripts/…``, ``benchmarks/…``)
in docs/*.md, README.md, packaging/README.md and src/ (docstrings and comments), every
``docs/….md`` cited in src/, and every backticked dotted ``newsdesk.…`` name: a reference to a
file that moved or a module that was renamed fails here, naming the file that cites it.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsdesk"
REPO_ROOTS = {"src", "docs", "scripts", "benchmarks", "tests", "packaging", "resources", "ui",
              ".ci"}
PACKAGES = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").is_file()}

_BACKTICKED = re.compile(r"``?([^`\s]+?)``?")
_PATH = re.compile(r"^\.?[\w-]+(?:/[\w.*-]+)+/?$")
_CITED_DOC = re.compile(r"\bdocs/[\w.-]+\.md\b")
_DOTTED = re.compile(r"^newsdesk(?:\.\w+)+$")


def _sources() -> list[Path]:
    docs = sorted((ROOT / "docs").glob("*.md"))
    return [*docs, ROOT / "README.md", ROOT / "packaging" / "README.md",
            *sorted(PACKAGE.rglob("*.py"))]


def _exists(token: str) -> bool:
    token = token.rstrip("/")
    bases = [ROOT, ROOT / "src", PACKAGE]
    if any(ch in token for ch in "*?["):
        return any(any(base.glob(token)) for base in bases)
    return any((base / token).exists() for base in bases)


def path_problem(token: str) -> str | None:
    """Why the backticked ``token`` is a broken file reference, or None (fine / not a path)."""
    if not _PATH.match(token):
        return None
    first = token.lstrip("./").split("/", 1)[0] if not token.startswith(".ci") else ".ci"
    if first not in REPO_ROOTS and first not in PACKAGES:
        return None  # an example path (images/a.jpg), an output folder (dist/…)
    return None if _exists(token) else f"no file {token}"


def module_problem(token: str) -> str | None:
    """Why the dotted ``newsdesk.…`` name does not exist, or None."""
    if not _DOTTED.match(token):
        return None
    parts = token.split(".")
    if parts[1] not in PACKAGES and not (PACKAGE / f"{parts[1]}.py").is_file():
        return None  # a file name such as newsdesk.sqlite3
    found = 1
    for i in range(2, len(parts) + 1):
        path = ROOT / "src" / Path(*parts[:i])
        if path.with_suffix(".py").is_file() or (path / "__init__.py").is_file():
            found = i
        else:
            break
    if found < 2:
        return f"no package {'.'.join(parts[:2])}"
    path = ROOT / "src" / Path(*parts[:found])
    text = (path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).read_text(
        encoding="utf-8")
    for name in parts[found:found + 1]:
        if not re.search(rf"\b{re.escape(name)}\b", text):
            return f"no {name} in {'.'.join(parts[:found])}"
    return None


def broken_references(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    found: list[str] = []
    tokens = {m.group(1).strip("()[],.:;") for m in _BACKTICKED.finditer(text)}
    for token in sorted(tokens):
        problem = path_problem(token) or module_problem(token)
        if problem:
            found.append(problem)
    if path.suffix == ".py":
        for cited in sorted(set(_CITED_DOC.findall(text))):
            if not (ROOT / cited).is_file():
                found.append(f"no file {cited}")
    return [f"{path.relative_to(ROOT)}: {p}" for p in found]


def test_every_referenced_file_and_module_exists():
    broken = [line for source in _sources() for line in broken_references(source)]
    assert not broken, "\n".join(broken)


def test_the_check_finds_a_missing_file_and_a_renamed_module(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text('"""Autosave lives in ``services/autosave.py`` (see docs/missing.md);\n'
                      "``newsdesk.printing.document.build_bundle`` builds it; "
                      "``qt/autosave.py`` and ``newsdesk.printing.api`` exist.\"\"\"\n",
                      encoding="utf-8")
    sample = sample.rename(ROOT / "tests" / ".doc_references_sample.py")
    try:
        problems = broken_references(sample)
    finally:
        sample.unlink()
    assert [p.split(": ", 1)[1] for p in problems] == [
        "no build_bundle in newsdesk.printing.document",
        "no file services/autosave.py",
        "no file docs/missing.md",
    ]
