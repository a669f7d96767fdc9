"""How goal texts write counts (D104, read by :mod:`goalbook.rules.goaltext`): the units a count
is given in, and a text that names an indicator's thing with its action on the other side
(牦牛肉收购量 said as 收购牦牛肉800吨, 改造年糕小作坊数量 as 完成年糕小作坊改造35家)."""

from __future__ import annotations

import functools
import re

from goalbook.rules.goallevels import LEVEL_UNITS

UNITS = "家次|批次|次|场|个|篇|部|套|家|件|项|期|人次|人"  # (家次 before 家: 600家次 is one unit)
# the measure words of facilities and vehicles built or bought (3座, 12台, 5辆, 8处, 2所) and of
# lengths built (30公里), and of households served (改造户厕3200户): read after the indicator's
# name in a one-year project only (in a longer one the texts give the works of other years and
# stages in these words as often as the year's)
FACILITY_UNITS = "座|台|辆|处|所|公里|户|套"
UNIT_SET = frozenset(UNITS.split("|"))
# a count (0.2人: not 2人), or a range of counts (3-5个), before its unit
COUNT = (  # (12,500人次 is one count, not 500人次)
    r"(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*[-~～—至到]\s*(\d+(?:\.\d+)?))?\s*"
)
COUNT_IN_TEXT = re.compile(rf"{COUNT}({UNITS})")
# (and lines built, 生产线3条, 道路2条: not a unit one indicator alone owns, as 信息100条 is one)
FACILITY_COUNT_IN_TEXT = re.compile(rf"{COUNT}({UNITS}|{FACILITY_UNITS}|条)")
# units of one kind of thing (12000台件, 600人次, 15座): where one indicator alone is given in
# such a unit, a count in it in the goals is that indicator's
OWN_UNITS = frozenset(
    ("台件", "台次", "台套", "户次", "车次", "架次", "班次", "人次", "家次", "批次", "期", "户")
) | frozenset(FACILITY_UNITS.split("|"))
ANY_COUNT = re.compile(rf"{COUNT}({'|'.join(sorted(UNIT_SET | OWN_UNITS, key=len, reverse=True))})")
WEIGHTS = frozenset(("吨", "万吨", "公斤", "千克", "万斤"))  # (read by _named_apart alone)
TEXT_UNITS = UNIT_SET | LEVEL_UNITS | OWN_UNITS | {"条"} | WEIGHTS


@functools.lru_cache(maxsize=8)
def weight_in_text(unit: str) -> re.Pattern[str]:
    """A count in a text in the weight ``unit`` (收购牦牛肉800吨)."""
    return re.compile(rf"{COUNT}({re.escape(unit)})(?![\u4e00-\u9fff]{{0,1}}/)")


# what a project does to the thing it counts, at one end of an indicator's name
_ACTS = (
    "收购", "收储", "储备", "改造", "举办", "开展", "培训", "建设", "新建", "检测", "抽检",
    "加工", "销售", "种植", "发放", "配送", "回收", "采购", "修缮", "维修", "安装", "购置",
    "年产", "生产",
)  # fmt: skip
_WORDS_BETWEEN = 12  # at most this many characters of qualifiers between the act and the thing


def swapped(thing: str, clause: str) -> bool:
    """Whether ``clause`` (the words before a count) names ``thing`` (an indicator's name without
    its 数量/量) with its act and its object the other way round: the object's characters all
    there, and the clause ending in the object (收购…牦牛肉) or, for a name that opens with its
    act, in the act (年糕小作坊改造)."""
    for act in _ACTS:
        if thing.endswith(act) and len(thing) - len(act) >= 2:
            obj = thing[: -len(act)]
            at = clause.rfind(act)
            after = clause[at + len(act) :] if at >= 0 else ""
            if (
                after
                and len(after) <= _WORDS_BETWEEN
                and after[-2:] in obj
                and set(obj) <= set(clause)
            ):
                return True
        elif thing.startswith(act) and len(thing) - len(act) >= 2 and clause.endswith(act):
            obj, before = thing[len(act) :], clause[: -len(act)]
            if before[-2:] in obj and set(obj) <= set(before[-len(obj) - _WORDS_BETWEEN :]):
                return True
    return False
