"""Which column a header cell names: the layout's spellings and their aliases, English heads
of bilingual tables, then keywords (the words alone; the rows they stand in are
:mod:`goalbook.reader.headers`)."""

from __future__ import annotations

import functools
import re

from goalbook.layout import READ_COLUMNS
from goalbook.reader.fieldlabels import clean
from goalbook.reader.yearheads import QUALIFIER
from goalbook.spelling import fold
from goalbook.vocabulary import HEADER_KEYWORDS, PERIOD_HEADER_WORDS, VALUE_HEADER_WORDS

_EXACT = {clean(s): col.key for col in READ_COLUMNS for s in (col.zh, col.en, *col.aliases)}
# the head of a column that flags each row's value as the year's or the period's (one value
# column, each indicator on two rows): 年度/中期, 实施期/年度, 指标期间
_FLAG_HEAD = re.compile(
    r"(?:年度|当年)[/／、|]?(?:中期|实施期|实施周期|周期)|(?:中期|实施期|实施周期|周期)[/／、|]?年度"
    r"|指标期间|目标期间|期间"
)


# English heads of bilingual or foreign-made tables (Level-1 indicator │ Indicator │ Target value)
_ENGLISH = {
    clean(spelling).lower(): key
    for key, spellings in (
        ("tier1", ("Level-1 indicator", "Level-1", "First-level indicator", "Tier-1 indicator",
                   "Level 1")),
        ("tier2", ("Level-2 indicator", "Level-2", "Second-level indicator", "Tier-2 indicator",
                   "Level 2")),
        ("name", ("Indicator", "Level-3 indicator", "Level-3", "Third-level indicator",
                  "Tier-3 indicator", "Indicator name", "Performance indicator", "Level 3")),
        ("annual", ("Target value", "Target", "Annual target value", "Indicator value",
                    "Target (year)", "Annual target")),
        ("period", ("Period target value", "Medium-term target", "Target (period)",
                    "Period target")),
        ("unit", ("Unit", "Unit of measure", "Measurement unit")),
        ("op", ("Operator", "Comparison")),
        ("direction", ("Direction", "Polarity")),
        ("weight", ("Weight", "Score", "Points")),
        ("remark", ("Remarks", "Explanation", "Notes", "Note")),
    )
    for spelling in spellings
}  # fmt: skip


# a score column that says whose score it is (一级指标分值, 三级指标权重); a tier-2's is not read
_TIER_SCORE = re.compile(r"^(一|二|三)级(?:指标)?(?:分值|权重|分数)")
_TIER_SCORES = {"一": "tier_weight", "二": None, "三": "weight"}


@functools.lru_cache(maxsize=8192)
def header_key(text: str) -> str | None:
    """Which column a header cell names, by exact spelling first, then by keyword."""
    key = clean(text)
    if key in _EXACT:
        return _EXACT[key]
    latin = key if key.isascii() else fold(key)  # (Target （period）: brackets typed full width)
    if latin.isascii() and (english := _ENGLISH.get(latin.lower())) is not None:
        return english
    said, bare = key, QUALIFIER.sub("", key)
    if bare in _EXACT:
        found = _EXACT[bare]
        if found == "annual" and any(w in key for w in PERIOD_HEADER_WORDS):
            return "period"  # 目标值（中期）: the qualifier says whose target it is
        return found
    if _FLAG_HEAD.fullmatch(bare):
        return "flag"  # 年度/中期: which period each row's value is for
    key = bare
    if (tier := _TIER_SCORE.search(key)) is not None:
        return _TIER_SCORES[tier[1]]  # 一级指标分值 │ … │ 三级指标分值: whose score it is
    for word, found in HEADER_KEYWORDS:
        if word in key:
            return found
    if any(w in key for w in VALUE_HEADER_WORDS):
        # (绩效目标值（中期）: the qualifier says whose target it is, as for an exact head)
        return "period" if any(w in said for w in PERIOD_HEADER_WORDS) else "annual"
    return None
