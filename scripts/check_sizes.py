"""Size limits of the package code, run by `make lint`: no function over 60 lines, no
class over 250 (decorators and docstrings count). Exit 1 lists every offender.

    python scripts/check_sizes.py [PACKAGE_DIR]
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

FUNCTION_LINES, CLASS_LINES = 60, 250


def offenders(package: Path) -> list[str]:
    out = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                lines = node.end_lineno - first + 1
                limit = CLASS_LINES if isinstance(node, ast.ClassDef) else FUNCTION_LINES
                if lines > limit:
                    kind = "class" if isinstance(node, ast.ClassDef) else "function"
                    where = f"{path}:{node.lineno}: {kind} {node.name}"
                    out.append(f"{where} has {lines} lines (limit {limit})")
    return out


def main(argv: list[str]) -> int:
    package = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "audio_rag"
    found = offenders(package)
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
