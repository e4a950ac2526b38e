"""Numbered migrations, in the same shape on both engines: each registers its steps in
order with ``@migrations(name="0001_…")`` on a ``NumberedMigrations`` (SQLite's in
``store.migrations``, PostgreSQL's in ``store.postgres.migrations``); a library's schema
version is how many it has had, recorded by name (SQLite: sqlite-utils'
``_sqlite_migrations``; PostgreSQL: ``kutip_migrations``).

Never edit a migration that has shipped: add the next number.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Generic, TypeVar

D = TypeVar("D")


class NumberedMigrations(Generic[D]):
    """One engine's migrations, in order: ``steps`` holds ``(name, step, transactional)``;
    a step takes the engine's database (``D``)."""

    def __init__(self, name: str):
        self.name = name
        self.steps: list[tuple[str, Callable[[D], None], bool]] = []

    def __call__(self, *, name: str, transactional: bool = True
                 ) -> Callable[[Callable[[D], None]], Callable[[D], None]]:
        """Register the next step, named ``NNNN_what`` with the next number
        (``transactional=False``: it manages its own transaction)."""
        expected = f"{len(self.steps) + 1:04d}_"
        if not name.startswith(expected):
            raise ValueError(f"migration {name!r} is out of order: the next is {expected}…")

        def register(step: Callable[[D], None]) -> Callable[[D], None]:
            self.steps.append((name, step, transactional))
            return step

        return register

    @property
    def version(self) -> int:
        """The schema version these migrations make: how many there are."""
        return len(self.steps)

    def pending(self, applied: Collection[str]) -> list[tuple[str, Callable[[D], None]]]:
        """The steps not among ``applied`` (names), in order."""
        return [(name, step) for name, step, _ in self.steps if name not in applied]
