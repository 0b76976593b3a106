"""Import-linter contract types of newsdesk (registered in pyproject.toml, run by lint-imports).

``forbidden_submodule``: the built-in ``forbidden`` type only takes whole external packages
(``PySide6``), since the import graph keeps just their top-level name. This one forbids a
submodule of an external package (``PySide6.QtWidgets``) by reading the import statements the
graph recorded between each source module and that package.
"""

from __future__ import annotations

from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class ForbiddenSubmoduleContract(Contract):
    """``source_modules`` (and their descendants) never import ``forbidden_modules`` directly,
    where a forbidden module may be a submodule of an external package."""

    type_name = "forbidden_submodule"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    forbidden_modules = fields.ListField(subfield=fields.StringField())

    def check(self, graph, verbose: bool) -> ContractCheck:
        broken: list[dict[str, object]] = []
        forbidden = [str(name) for name in self.forbidden_modules]  # type: ignore[attr-defined]
        for source in self.source_modules:  # type: ignore[attr-defined]
            importers = {source.name} | graph.find_descendants(source.name)
            for importer in sorted(importers):
                for name in forbidden:
                    package = name.split(".")[0]
                    for detail in graph.get_import_details(importer=importer, imported=package):
                        line = detail["line_contents"]
                        if _names(line, name):
                            broken.append({"importer": importer, "imported": name,
                                           "line_number": detail["line_number"], "line": line})
        return ContractCheck(kept=not broken, metadata={"broken": broken})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for item in check.metadata["broken"]:
            output.print_error(
                f"{item['importer']} imports {item['imported']} "
                f"(l.{item['line_number']}: {item['line']})", bold=False)
            output.new_line()


def _names(line: str, module: str) -> bool:
    """Whether the import statement ``line`` imports ``module`` (or something inside it)."""
    words = line.replace(",", " ").replace("(", " ").split()
    if words[:1] == ["from"] and len(words) >= 4:
        base = words[1]
        imported = [base] + [f"{base}.{w}" for w in words[3:] if w != "as"]
        return any(n == module or n.startswith(module + ".") for n in imported)
    return any(w == module or w.startswith(module + ".") for w in words[1:])
