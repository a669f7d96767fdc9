"""Returns ai07–ai12: 翠渚湖 water quality after the pearl farms left (监测, 修复, 考核)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout493.common import (
    ECO,
    MONITOR,
    YEAR,
    indicators,
    one_year,
    project,
    sign,
    start,
    w,
)
from tests.variants.holdout493.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
WATER = "退养后翠渚湖12个断面逐月监测，总磷、总氮持续下降，沉水植被恢复，水华不发生。"


def _monitor_dept(s: Sheet) -> None:
    department_head(s, year=YEAR, dept="澹溪县翠渚湖水环境监测站", goal=WATER, budget=[
        (w(860), w(800), w(60), w(310), w(550)),
    ], tasks=[
        ("退养水域水质监测", "12个断面逐月采样，自动站运维", w(180), "数据有效率≥95%"),
        ("退养水域生态修复", "沉水植物种植，底泥清淤", w(370), "恢复沉水植被1500亩"),
        ("金额合计", None, w(550), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])


@variant(
    "ai07-monitoring-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), a 下降率 with ≥, 0起 on an incident count (correct)",
)
def monitoring_flat() -> Book:
    b, s = start()
    _monitor_dept(s)
    s.row(*FLAT)
    s.table([
        ("水质监测断面数", 10, "个", "≥", 12),
        ("监测数据有效率", 10, "%", "≥", pct(0.98)),
        ("Ⅲ类及以上水质断面比例", 15, "%", "≥", 80),
        ("总磷浓度同比下降率", 15, "%", "≥", 10),
        ("湖区水体透明度", 10, "厘米", "≥", 80),
        ("沉水植物恢复面积", 15, "亩", "≥", 1500),
        ("蓝藻水华发生次数", 10, "起", "≤", 0),
        ("沿湖群众满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "晏清禾", "0571-86211806")
    return b


@variant(
    "ai08-flat-defects",
    (3, 11),
    "department, flat list: weights add to 95, a 反向 share "
    "with ≥, a value whose unit conflicts with the unit column",
)
def flat_defects() -> Book:
    b, s = start()
    _monitor_dept(s)
    b.file_mark("W101", "error", note="weights 10+10+15+10+10+15+10+15 = 95, not 100")
    up = mk("≥", "T108", "warning", row=True, note="超标断面比例 is 反向: needs ≤")
    unit = mk("≥48人", "T112", "error", note="value in 人, unit column 次")
    s.row(*FLAT)
    s.table([
        ("水质监测断面数", 10, "个", "≥", 12),
        ("监测数据有效率", 10, "%", "≥", pct(0.95)),
        ("水质超标断面比例", 15, "%", up, 10),
        ("巡湖执法检查", 10, "次", "≥", unit),
        ("湖区水体透明度", 10, "厘米", "≥", 70),
        ("沉水植物恢复面积", 15, "亩", "≥", 1500),
        ("蓝藻水华发生次数", 10, "起", "≤", 1),
        ("沿湖群众满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "晏清禾", "0571-86211806")
    return b


SCORED = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


def _scored(s: Sheet, output: Any, rate: Any) -> None:
    indicators(s, SCORED, [
        ("产出指标", output, "数量指标", "新建湖区水质自动监测站", "≥3个", 15),
        (None, None, None, "退养水域采样监测频次", "≥12次/年", 10),
        (None, None, "质量指标", "监测数据传输及时率", rate, 10),
        (None, None, "时效指标", "自动站建成时间", "2026年9月30日前", 5),
        ("成本指标", 10, "经济成本指标", "单站建设成本", "≤45万元/个", 10),
        ("效益指标", 40, "生态效益指标", "Ⅲ类水质断面比例", "提高≥5百分点", 20),
        (None, None, None, "退养水域总氮浓度", "≤1.0mg/L", 10),
        (None, None, "可持续影响指标", "水质预警联动机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "沿湖居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip


@variant(
    "ai09-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score and indicator score "
    "columns each adding to 100, a share raised in 百分点 (correct)",
)
def points_two_levels() -> Book:
    b, s = start()
    project(s, "翠渚湖退养水域水质自动监测站建设项目", one_year(260, 260, 0), [WATER], dept=ECO,
            unit=MONITOR, attr="一次性项目")  # fmt: skip
    _scored(s, 40, "≥95%")
    sign(s, "晏清禾", "0571-86211806")
    return b


@variant(
    "ai10-points-mismatch",
    (10, 1),
    "project, NAT-2021, tier-1 score column: 产出 scored "
    "40 over indicators adding to 35, a 及时率 given as a count",
)
def points_mismatch() -> Book:
    b, s = start()
    b.file_mark("W101", "error", required=False, note="the tier-1 scores then add to 105")
    project(s, "翠渚湖西湾水质自动监测站建设项目", one_year(240, 200, 40), [WATER], dept=ECO,
            unit=MONITOR, attr="一次性项目")  # fmt: skip
    out = mk(45, "W103", "error", alt=("W101",), note="15 + 10 + 10 + 5 = 40, not 45")
    _scored(s, out, mk("≥12次", "T105", "error", note="a 及时率 given as a count"))
    sign(s, "晏清禾", "0571-86211806")
    return b


WORDS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


def _directed(cod: Any, sites: Any) -> list[tuple[Any, ...]]:
    """OLD-NAT rows with 指标性质 as direction (正向/反向) and 指标方向 as operator in words."""
    return [
        ("产出指标", "数量指标", "退养水域水质采样点位数", "正向", sites, 20, "个"),
        (None, None, "水质监测频次", "正向", "大于等于", 12, "次/年"),
        (None, "质量指标", "监测数据有效率", "正向", "大于等于", 95, "%"),
        (None, "时效指标", "监测报告报送时限", "反向", "小于等于", 5, "工作日"),
        (None, "成本指标", "单点位年度监测费用", "反向", "小于等于", 1.8, "万元/个"),
        ("效益指标", "生态效益指标", "退养水域化学需氧量浓度", "反向", cod, 15, "mg/L"),
        (None, None, "总磷浓度同比下降率", "正向", "大于等于", 15, "%"),
        (None, "社会效益指标", "非法复养事件", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "沿湖居民满意度", "正向", "大于等于", 90, "%"),
    ]


@variant(
    "ai11-water-direction",
    (11,),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as "
    "operator in words, bare numbers with a unit column, 0起 on an incident count (correct)",
)
def water_direction() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 12, 12, 12))
    project(s, "翠渚湖退养水域水质跟踪监测项目", one_year(96, 96, 0), [WATER], dept=ECO,
            unit=MONITOR, attr="常年项目")  # fmt: skip
    indicators(s, WORDS, _directed("小于等于", "大于等于"))
    sign(s, "晏清禾", "0571-86211806")
    return b


@variant(
    "ai12-direction-wrong",
    (11,),
    "project, OLD-NAT, direction and word-operator columns: "
    "a 反向 concentration with 大于等于, a 正向 count with 小于等于",
)
def direction_wrong() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 12, 12, 12))
    project(s, "翠渚湖南汊水质跟踪监测项目", one_year(80, 80, 0), [WATER], dept=ECO,
            unit=MONITOR, attr="常年项目")  # fmt: skip
    cod = mk("大于等于", "T108", "warning", row=True, note="反向 concentration with ≥")
    sites = mk("小于等于", "T108", "warning", row=True, note="正向 count of sites with ≤")
    indicators(s, WORDS, _directed(cod, sites))
    sign(s, "晏清禾", "0571-86211806")
    return b
