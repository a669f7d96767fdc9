"""The tier labels of every framework in play, as the row reader asks about them: is a cell's
text a tier-1, a tier-2, a pair of the table's framework (answers shared by a batch's tables)."""

from __future__ import annotations

from dataclasses import dataclass, field

from goalbook.frameworks import Framework

# frameworks (kept alive, so that their ids stay theirs) → tier-1 and tier-2 answers
_SHARED: dict[tuple[int, ...], tuple[tuple[Framework, ...], dict[str, bool], dict[str, bool]]] = {}
_SHARED_MAX = 50_000


@dataclass(frozen=True)
class Vocabulary:
    """Tier labels of every framework in play, to classify cells by content; ``framework`` is
    the one the table uses, to decide whether a blank tier-1 continues the block above."""

    frameworks: tuple[Framework, ...]
    framework: Framework
    _tier1: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    _tier2: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # what the labels are depends on the frameworks only: the answers are shared by every
        # table read with the same frameworks (a batch's returns), not found again per table
        key = tuple(id(fw) for fw in self.frameworks)
        shared = _SHARED.get(key)
        if shared is None or any(len(d) > _SHARED_MAX for d in shared[1:]):
            if len(_SHARED) >= 8:
                _SHARED.clear()
            shared = _SHARED[key] = (self.frameworks, {}, {})
        object.__setattr__(self, "_tier1", shared[1])
        object.__setattr__(self, "_tier2", shared[2])

    def is_tier1(self, text: str) -> bool:
        found = self._tier1.get(text)
        if found is None:
            found = any(fw.find_tier1(text) is not None for fw in self.frameworks)
            self._tier1[text] = found
        return found

    def is_tier2(self, text: str) -> bool:
        found = self._tier2.get(text)
        if found is None:
            found = any(fw.tier2_owners(text) for fw in self.frameworks)
            self._tier2[text] = found
        return found

    def tier2_here(self, text: str) -> bool:
        """A tier-2 of the table's framework that is not one of its tier-1s."""
        fw = self.framework
        return fw.find_tier1(text) is None and bool(fw.tier2_owners(text))

    def pair_ok(self, tier1: str, tier2: str) -> bool:
        """The table's framework has ``tier2`` under ``tier1``."""
        t1 = self.framework.find_tier1(tier1)
        return t1 is not None and t1.find(tier2) is not None
