"""The on-disk cache of model answers: one file per request, named by the request's hash.

An entry is only ever a hint: one that cannot be read, is not UTF-8, or no longer matches
the answer's schema is a miss, and the next good answer replaces it. The folder is capped
by size and by age (entries unused for MAX_AGE_DAYS go first), so it never grows without
bound; `briefing cache info` and `briefing cache clear` show and empty it.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from .files import cache_dir, write_atomic

MAX_BYTES = 100 * 1024 * 1024
MAX_AGE_DAYS = 30
MAX_ENTRY_BYTES = 1024 * 1024  # an answer is capped far below this; a bigger file is not ours
ENTRY = re.compile(r"^[0-9a-f]{64}\.json$")


def default_dir() -> Path:
    return cache_dir("llm")


@dataclass(frozen=True)
class Info:
    folder: Path
    entries: int
    bytes: int
    oldest_days: float | None


class Cache:
    def __init__(self, folder: Path, max_bytes: int = MAX_BYTES, max_age_days: float = MAX_AGE_DAYS):
        self.folder = folder
        self.max_bytes = max_bytes
        self.max_age = max_age_days * 86400
        self._pruned = False

    def get(self, key: str) -> str | None:
        """The stored text, or None for anything that is not a readable UTF-8 entry."""
        path = self.folder / f"{key}.json"
        try:
            if path.stat().st_size > MAX_ENTRY_BYTES:
                return None
            text = path.read_bytes().decode("utf-8")
            os.utime(path)  # last use: the age cap removes what has not been used, not what is old
        except (OSError, UnicodeDecodeError):
            return None
        return text

    def put(self, key: str, text: str) -> None:
        if not self._pruned:
            self._pruned = True  # once a run: listing the folder costs more than one write
            self.prune()
        try:
            write_atomic(self.folder / f"{key}.json", text.encode("utf-8"))  # never half an answer
        except OSError:
            pass  # a cache that cannot be written only costs a request next time

    def _entries(self) -> list[tuple[Path, os.stat_result]]:
        out = []
        try:
            names = os.listdir(self.folder)
        except OSError:
            return out
        for name in names:
            if ENTRY.match(name) or (name.startswith(".") and name.endswith(".part")):
                path = self.folder / name
                try:
                    out.append((path, path.stat()))
                except OSError:
                    pass
        return out

    def prune(self) -> int:
        """Remove entries unused for longer than the age cap, then the least recently used
        until the folder is under the size cap. Returns how many were removed."""
        now = time.time()
        entries = sorted(self._entries(), key=lambda e: e[1].st_mtime)
        total = sum(st.st_size for _, st in entries)
        removed = 0
        for path, st in entries:
            leftover = path.name.endswith(".part") and now - st.st_mtime > 3600  # a write that was killed
            stale = now - st.st_mtime > self.max_age or leftover
            if stale or total > self.max_bytes:
                try:
                    path.unlink()
                except OSError:
                    continue
                total -= st.st_size
                removed += 1
        return removed

    def info(self) -> Info:
        entries = [(p, st) for p, st in self._entries() if not p.name.startswith(".")]
        oldest = min((st.st_mtime for _, st in entries), default=None)
        return Info(self.folder, len(entries), sum(st.st_size for _, st in entries),
                    None if oldest is None else (time.time() - oldest) / 86400)

    def clear(self) -> int:
        """Remove every entry (only files this cache writes; nothing else in the folder)."""
        removed = 0
        for path, _ in self._entries():
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
        return removed
