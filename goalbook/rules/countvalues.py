"""T120: an indicator whose name counts things (…活动场次, …人数, …小区数量) given a percentage
(≥95%): a count has no percent; the name or the value is wrong. Not a count's growth or share
(就业人数增长率 ≥5%, 覆盖人数占比): those names end in what they measure."""

from __future__ import annotations

import re

from goalbook.rules.valuefacts import Fault, Value

# the endings of a name that counts (人数, 场次, 个数, 数量, 家数, 户数 …): what the value counts
_COUNTED = re.compile(r"(?:人数|人次|场次|次数|个数|数量|家数|户数|村数|件数|台数|座数|处数|所数)$")
# words that turn a count into a measure of it (完成率 of a count, its 增长, a 比例 of it)
_MEASURED = ("率", "比例", "占比", "比重", "增长", "增幅", "增加", "提高", "下降", "减少", "降低")


def count_as_percent(v: Value) -> Fault | None:
    if v.t.unit != "%" or v.rate or _COUNTED.search(v.name) is None:
        return None
    if any(w in v.name for w in _MEASURED):
        return None
    return "T120", v.base()
