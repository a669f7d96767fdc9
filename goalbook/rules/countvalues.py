"""What a name says a value counts, against the value: T120 for an indicator whose name counts
things (…活动场次, …人数, …小区数量) given a percentage (≥95%): a count has no percent; the name or
the value is wrong. Not a count's growth or share (就业人数增长率 ≥5%, 覆盖人数占比): those names
end in what they measure. T119 for a value whose unit is the name's at another magnitude
(覆盖人数（万人） │ ≥3000人) or of another kind (危旧桥梁改造座数 │ ≥8公里)."""

from __future__ import annotations

import re

from goalbook.grades import is_compared_move
from goalbook.model import Op, Target, TargetKind
from goalbook.rules.common import is_count, shown
from goalbook.rules.valuefacts import Fault, Value
from goalbook.spelling import number_text
from goalbook.targets import RATE_SIGNS, is_rate_unit, normalise_unit
from goalbook.vocabulary import AREA_UNITS, LENGTH_UNITS, split_magnitude, unit_in_name

# the endings of a name that counts (人数, 场次, 个数, 数量, 家数, 户数 …): what the value counts
_COUNTED = re.compile(
    r"(?:人数|人次|场次|次数|个数|数量|家数|户数|村数|件数|台数|座数|处数|所数"
    r"|企业数|单位数|机构数|项目数|学校数|社区数|宗地数|宗数|宗次|天数)$"
)
# words that turn a count into a measure of it (完成率 of a count, its 增长, a 比例 of it)
_MEASURED = ("率", "比例", "占比", "比重", "增长", "增幅", "增加", "提高", "下降", "减少", "降低")


def count_as_percent(v: Value) -> Fault | None:
    if v.t.unit != "%" or v.rate:
        return None
    if _COUNTED.search(v.name) is None and not (v.role == "quantity" and _BUILT.match(v.name)):
        return None
    if any(w in v.name for w in _MEASURED):
        return None
    return "T120", v.base()


_RATE_SIGNS = RATE_SIGNS - {"百分点"}  # the signs a value is written with
_SIGN_IN_NAME = re.compile(r"[（(]\s*([%‰‱])\s*[)）]$")
# a quantity named by what is built or bought (新建森林防火检查站, 购置应急救援车辆): a count
_BUILT = re.compile(
    r"^(?:新建|建成|修建|购置|配备|安装|新增)[\u4e00-\u9fff]{3,}"
    r"(?<!面积)(?<!长度)(?<!里程)(?<!金额)(?<!资金)(?<!投资)(?<!产值)(?<!收入)(?<!规模)(?<!量)$"
)  # (新增双语讲解员 ≥12%: people added; not 新增耕地面积, an amount of land)


# T119 of a unit of another kind: the thing a name's ending counts (…座数 counts 座, …人次
# people, …里程 a length) and the kinds of unit that count it; a value in a unit of another
# known kind (危旧桥梁改造座数 ≥8公里, 培训人次 ≥3000户) counts something else. 个 and units
# not listed count anything; an area given as a length (人行道修复面积 3.5公里) is no conflict.
_KINDS: dict[str, frozenset[str]] = {
    "people": frozenset(("人", "名", "位", "人次", "人·次", "人员")),
    "households": frozenset(("户", "户次")),
    "length": LENGTH_UNITS,
    "area": AREA_UNITS,
    "facilities": frozenset(("座", "处", "所", "栋")),
    "machines": frozenset(("台", "套", "台套", "辆", "盏")),
}
_MEASURES = ("length", "area")  # (面积（公顷） │ ≥8000亩: the same measure in another unit)
EXTENT_UNITS = LENGTH_UNITS | AREA_UNITS  # lengths and areas: works measured in them
_KIND_OF = {unit: kind for kind, units in _KINDS.items() for unit in units}
_NAME_COUNTS = re.compile(r"(?<![用客账])(人次|人数|户数|座数|处数|所数|台数|辆数|盏数|里程|长度)$")
_NAME_KIND = {"人次": ("people", "人次"), "人数": ("people", "人"), "户数": ("households", "户"),
              "座数": ("facilities", "座"), "处数": ("facilities", "处"),
              "所数": ("facilities", "所"), "台数": ("machines", "台"), "辆数": ("machines", "辆"),
              "盏数": ("machines", "盏"), "里程": ("length", "公里"),
              "长度": ("length", "公里")}  # fmt: skip
# (用户数, 客户数 count people, not 户); a count of people may be given in the 户 paid to
_ALSO = {"人数": "households"}


def count_in_other_unit(v: Value) -> Fault | None:
    """T119: a value in a unit of another kind than the thing its name counts."""
    m = _NAME_COUNTS.search(v.name)
    if m is None or v.rate or any(w in v.name for w in _MEASURED):
        return None
    if v.unit_column is not None and normalise_unit(v.unit_column) != v.t.unit:
        return None  # the value's unit against its unit column: T112's
    kind, named = _NAME_KIND[m[1]]
    found = _KIND_OF.get(split_magnitude(v.t.unit)[0])
    if found is None or found == kind or found == _ALSO.get(m[1]):
        return None
    return "T119", {**v.base(), "name_unit": named}


def name_unit_conflict(v: Value) -> Fault | None:
    """T119: the unit the name states (覆盖人数（万人）) and the value's own unit (≥3000人) are
    the same unit at two magnitudes, one of them 10 000 times off; or two units of one measure
    (面积（公顷） │ ≥8000亩). With a unit column, only where the value's unit is the column's
    (else T112 compares the value with it)."""
    if v.t.unit == "%" and v.name.rstrip("）)").endswith("百分点"):
        return "T119", {"name": v.name, "name_unit": "百分点", "value": shown(v.t)}  # 5% or 5?
    if not v.t.unit or ("（" not in v.name and "(" not in v.name):
        return None
    sign = _SIGN_IN_NAME.search(v.name)  # 森林火灾受害率（‰） │ 0.8 │ %: per mille or per cent?
    if sign is not None and v.t.unit in _RATE_SIGNS and sign[1] != v.t.unit:
        return "T119", {"name": v.name, "name_unit": sign[1], "value": shown(v.t)}
    in_name = normalise_unit(unit_in_name(v.name))
    in_value = v.t.unit
    if not in_name or in_name == in_value:
        return None
    if v.unit_column is not None and normalise_unit(v.unit_column) != in_value:
        return None  # (the value against its unit column: T112's)
    named, valued = split_magnitude(in_name)[0], split_magnitude(in_value)[0]
    if named != valued and not _KIND_OF.get(named) == _KIND_OF.get(valued) in _MEASURES:
        return None  # other units (人 and 人次, 元 and 元/人): not a magnitude off
    return "T119", {"name": v.name, "name_unit": in_name, "value": shown(v.t)}


# a rate per many (万台死亡率, 亿元GDP生产安全事故死亡率, 十万人口发病率): a count per that many
PER_MANY = re.compile(r"(?:十|百|千)?万(?:人|台|辆|车|户|吨|名)|亿元|百万")


def rate_as_count(v: Value) -> Fault | None:
    """T105: a rate given as a grade, a count or a bare number (domain §4.2 rule 5: a rate
    needs a % value, or a bare number with % in the unit column, which gives the target its
    unit): ``≥98`` with no % anywhere is not a percentage. It says the missing unit (no T104)."""
    t = v.t
    if not v.rate or not (
        t.kind is TargetKind.GRADE or (t.kind is TargetKind.QUANT and not is_rate_unit(t.unit))
    ):
        return None
    if t.kind is TargetKind.GRADE and is_compared_move(t.grade):
        return None  # 发病率 较上年下降: a move against last year's level, measured by it
    if v.bare_ok and t.kind is TargetKind.QUANT and not t.unit:
        return None  # the layout's way: T104 says the unit is missing
    if t.kind is TargetKind.QUANT and not t.unit and PER_MANY.search(v.name):
        return None  # 特种设备万台死亡率 ≤0.1: deaths per 10 000 units, no percentage
    if t.kind is TargetKind.QUANT and t.number == 0 and not t.unit and t.op in (Op.EQ, Op.LE):
        return None  # 事故发生率 0: none at all is 0 in any unit
    if not is_count(t):  # a grade, an amount, a time: no count to rename the indicator after
        return "T105", {**v.base(), "renamed": "", "number": "", "unit": ""}
    renamed = re.sub(r"(计划)?(完成|到位|达标|覆盖|执行|下降|控制)?率$", "", v.name) or v.name
    number = number_text(t.number) if t.number is not None else "N"
    return "T105", {**v.base(), "renamed": renamed, "number": number, "unit": t.unit}


def percent_sign_missing(t: Target) -> bool:
    """A rate written as a bare number from 0 to 100 with no unit anywhere (``≥95``): a rate
    whose % sign was left out, a sure slip of writing but no impossibility, so T105 warns
    there; a count (22家, 2篇) or a number beyond 100 stays T105's error."""
    if t.kind is not TargetKind.QUANT or t.unit or t.number is None:
        return False
    top = t.upper if t.upper is not None else t.number
    return 0 <= t.number <= 100 and top <= 100
