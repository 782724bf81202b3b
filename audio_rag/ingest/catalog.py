"""The sources an index holds when an ingest starts, looked up in memory: a library of
thousands of short files would otherwise cost two store queries per file (is it there
already? did an older version live at its path?). An ingest holds the index's write
lock, so no other writer changes the manifest meanwhile; the ingest itself tells the
catalog what it removes."""

from __future__ import annotations


class Catalog:
    def __init__(self, records: list[dict]) -> None:
        self._by_id = {r["source_id"]: r for r in records}
        self._by_path: dict[str, set[str]] = {}
        for r in records:
            self._by_path.setdefault(r["path"], set()).add(r["source_id"])

    def ids(self) -> set[str]:
        return set(self._by_id)

    def get(self, source_id: str) -> dict | None:
        return self._by_id.get(source_id)

    def at(self, path: str) -> list[dict]:
        """Records of the sources ingested from `path`."""
        return [self._by_id[i] for i in sorted(self._by_path.get(path, ()))]

    def forget(self, source_id: str) -> None:
        record = self._by_id.pop(source_id, None)
        if record is not None:
            self._by_path.get(record["path"], set()).discard(source_id)
