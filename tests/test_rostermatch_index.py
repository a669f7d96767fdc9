"""The roster index answers by lookups what comparing a name with every unit answers: the
property is checked against that plain comparison on rosters drawn from a few name parts (so
that sure, variant, contained and competing names all occur), and the lookups keep a large
roster fast."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from goalbook.roster import RosterEntry
from goalbook.rostermatch import (
    CONTAINS,
    EXACT,
    RosterIndex,
    _best,
    _file_key,
    _ideograph,
    _level,
    name_key,
)

PARTS = ["东莞市", "东莞", "教育局", "教育", "卫生健康局", "委员会", "委", "有限公司", "公司",
         "（", "）", "-", " ", "2", "修改", "中国共产主义青年团", "共青团", "A"]  # fmt: skip
names = st.lists(st.sampled_from(PARTS), min_size=0, max_size=4).map("".join)


def plain_by_name(index: RosterIndex, text: str) -> tuple[int, list[int]]:
    """Every unit compared with the name, as the matcher did before it had lookups."""
    key = name_key(text)
    return _best([_level(key, u) for u in index.units])


def plain_by_file(index: RosterIndex, stem: str) -> tuple[int, list[int]]:
    key, bare = _file_key(stem), name_key(stem)
    levels = []
    for sent, unit in zip(index.files, index.units, strict=True):
        rest = key[len(sent) :] if sent and key.startswith(sent) else None
        if (rest is not None and (not rest or not _ideograph(rest[0]))) or bare == name_key(sent):
            levels.append(EXACT * 1000 + len(sent))
        elif len(unit) >= 3 and unit in bare:
            levels.append(CONTAINS)
        else:
            levels.append(0)
    best, found = _best(levels)
    return min(best, EXACT), found


@settings(max_examples=400, deadline=None)
@given(units=st.lists(names, min_size=1, max_size=8), asked=names)
def test_lookups_answer_as_comparing_with_every_unit(units: list[str], asked: str) -> None:
    index = RosterIndex.make([RosterEntry(u) for u in units])
    assert index.by_name(asked) == plain_by_name(index, asked)
    for stem in (asked, asked + "-2", asked + "(修改)", f"{units[0]}{asked}"):
        assert index.by_file(stem) == plain_by_file(index, stem)


def test_a_sure_name_is_found_without_comparing_it_with_every_unit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import goalbook.rostermatch as rm

    index = RosterIndex.make([RosterEntry(f"青岚市第{i}中学") for i in range(2000)])
    compared: list[tuple[str, str]] = []
    real = rm._inside
    monkeypatch.setattr(rm, "_inside", lambda a, b: compared.append((a, b)) or real(a, b))
    for i in range(0, 2000, 7):
        assert index.by_name(f"青岚市第{i}中学") == (EXACT, [i])
        assert index.by_file(f"青岚市第{i}中学-修改") == (EXACT, [i])
    assert compared == []  # only a name no lookup finds is compared with every unit
    assert index.by_name("青岚市第7中学附属小学")[0] == CONTAINS and compared
