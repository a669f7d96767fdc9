"""Returns ym07–ym12: the county's first hydrogen refuelling station (加氢站)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout445.common import (
    DEVREFORM,
    ENERGY,
    STATIONCO,
    TIERED,
    YEAR,
    indicators,
    new_book,
    one_year,
    wan,
)
from tests.variants.holdout445.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

BUILD_ROWS = [
    ("产出指标", "数量指标", "加氢站建成座数", "≥1座"),
    (None, None, "年度安全检查次数", "≥4次"),
    (None, "质量指标", "工程竣工验收合格率", "=100%"),
    (None, None, "日加注能力", "≥1000千克"),
    (None, "时效指标", "建成投用时间", "11月30日前"),
    (None, "成本指标", "单站建设投资", "≤960万元"),
    ("效益指标", "社会效益指标", "可满足公交车日加注需求", "≥20辆"),
    (None, "可持续影响指标", "站内主要设备设计使用年限", "≥15年"),
    ("满意度指标", "服务对象满意度指标", "公交企业满意度", "≥90%"),
]  # fmt: skip

SUBSIDY_ROWS = [
    ("产出指标", "数量指标", "年度安全检查次数", "≥12次"),
    (None, None, "年度氢气加注量", "≥150吨"),
    (None, "质量指标", "氢气纯度达标率", "≥99%"),
    (None, "时效指标", "补贴资金审核拨付时限", "≤15个工作日"),
    (None, "成本指标", "加氢运营补贴标准", "≤10元/千克"),
    ("效益指标", "生态效益指标", "替代柴油量", "≥500吨"),
    ("满意度指标", "服务对象满意度指标", "用氢企业满意度", "≥90%"),
]  # fmt: skip


def _project(s: Sheet, name: str, money: list[list[object]], goal: str, first: bool) -> None:
    project_head(
        s,
        year=YEAR,
        name=name,
        dept=DEVREFORM,
        unit=STATIONCO,
        money=money,
        goals=[goal],
        title=None if first else "",
    )


@variant(
    "ym07-station-stacked",
    (2,),
    "two projects stacked in one sheet (station build, "
    "station subsidy), OLD-NAT, one value column, 年度安全检查次数 in both with different "
    "values, a build cost equal to the money (correct)",
)
def ym07() -> Book:
    b, s = new_book("加氢站项目")
    _project(
        s,
        "澄岭县公交加氢站（一期）建设项目",
        one_year(960, 600, 360),
        "建成日加注能力1000千克的加氢站1座，11月底前投入使用。",
        True,
    )
    indicators(s, TIERED, BUILD_ROWS)
    s.skip(2)
    _project(
        s,
        "加氢站运营补贴项目",
        one_year(180, 180, 0),
        "按加注量对加氢站给予运营补贴，年度加注氢气150吨以上。",
        False,
    )
    indicators(s, TIERED, SUBSIDY_ROWS)
    return b


SAFETY_ROWS = [
    ("产出指标", "数量指标", "加氢站安全巡检次数", "≥24次"),
    (None, "质量指标", "隐患整改完成率", "=100%"),
    (None, "时效指标", "泄漏报警响应时间", "≤10分钟"),
    (None, "成本指标", "巡检服务单价", "≤5万元/次"),
    ("效益指标", "社会效益指标", "加氢站安全责任事故", "0起"),
    ("满意度指标", "服务对象满意度指标", "站点周边居民满意度", "≥90%"),
]  # fmt: skip

TRAINING_ROWS = [
    ("产出指标", "数量指标", "氢能公交驾驶员培训人数", "≥150人"),
    (None, "质量指标", "培训考核合格率",
     mk("150人", "T105", "error", note="a 合格率 given as a head count")),
    (None, "时效指标", "培训完成时间", "9月30日前"),
    (None, "成本指标", "人均培训费用", "≤0.5万元/人"),
    ("效益指标", "社会效益指标", "驾驶员持证上岗率", "=100%"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
]  # fmt: skip


@variant(
    "ym08-station-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value "
    "column: the second project's total ≠ 财政拨款 + 其他资金, a 合格率 given as a count",
)
def ym08() -> Book:
    b, s = new_book("加氢站项目")
    _project(
        s,
        "加氢站安全监管能力提升项目",
        one_year(120, 100, 20),
        "全年开展加氢站安全巡检24次以上，隐患全部整改。",
        True,
    )
    indicators(s, TIERED, SAFETY_ROWS)
    s.skip(2)
    total = mk(wan(85), "B101", "error", note="60 + 20 = 80, not 85")
    _project(
        s,
        "氢能公交驾驶员及加氢操作员培训项目",
        one_year(total, 60, 20),
        "培训氢能公交驾驶员和加氢操作员150人，持证上岗。",
        False,
    )
    indicators(s, TIERED, TRAINING_ROWS)
    return b


FLAT_ROWS = [
    ("加氢站年度加注量", 15, "吨", "≥", 180),
    ("加氢设备完好率", 15, "%", "≥", pct(0.98)),
    ("加氢站安全生产事故", 10, "起", "=", 0),
    ("单车平均加注时长", 10, "分钟", "≤", 15),
    ("终端加氢价格", 10, "元/千克", "≤", 35),
    ("氢气纯度达标率", 10, "%", "≥", pct(0.999, "0.0%")),
    ("站点每日开放时长", 10, "小时", "≥", 16),
    ("年度安全检查次数", 10, "次", "≥", 12),
    ("用氢企业满意度", 10, "%", "≥", pct(0.9)),
]  # fmt: skip


@variant(
    "ym09-station-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), percent cells, 0起 on an incident count, weights add "
    "to 100 (correct)",
)
def ym09() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=YEAR,
        dept=ENERGY,
        budget=[(wan(860), wan(820), wan(40), wan(310), wan(550))],
        goal="保障全县首座加氢站安全稳定运营，年加注氢气180吨以上。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in FLAT_ROWS:
        s.row(*line)
    s.row("合计", 100)
    return b


FLAT_WRONG = [
    ("加氢站年度加注量", "≥160吨", "正向", "吨", 20),
    ("加氢站储氢能力",
     mk("≥500千克", "T112", "error", note="unit column 座 copied from the row above"),
     "正向", "座", 5),
    ("加氢站安全事故发生率",
     mk("≥0.5%", "T108", "warning", row=True, note="declared 反向 but written ≥"),
     "反向", "%", 15),
    ("氢气纯度达标率", "≥99%", "正向", "%", 15),
    ("加氢排队等候时长", "≤20分钟", "反向", "分钟", 10),
    ("用氢企业满意度", "≥90%", "正向", "%", 10),
    ("年度应急演练次数", "≥2次", "正向", "次", 10),
    ("站点设备年检完成率", "=100%", "正向", "%", 10),
]  # fmt: skip


@variant(
    "ym10-station-flat-wrong",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 "
    "as direction · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights not 100",
)
def ym10() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=YEAR,
        dept=STATIONCO + "（国有控股）",
        budget=[(wan(480), wan(450), wan(30), wan(180), wan(300))],
        goal="加氢站全年安全运营，加注氢气160吨以上，服务氢能公交和物流车辆。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重（满分100）")
    for line in FLAT_WRONG:
        s.row(*line)
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="20 + 5 + 15 + 15 + 10 × 4 = 95 ≠ 100")
    return b


NUMBERED_ROWS = [
    ("一、产出指标（40分）", "（一）数量指标", "1.加氢站新增加氢机数量", "≥2台"),
    (None, None, "★2.日加注能力", "≥1500千克"),
    (None, "（二）质量指标", "3.加氢机计量检定合格率", "=100%"),
    (None, "（三）时效指标", "4.扩能改造完工时间", "10月31日前"),
    ("二、成本指标（20分）", "（一）经济成本指标", "5.单台加氢机购置及安装费用", "≤140万元/台"),
    ("三、效益指标（30分）", "（一）生态效益指标", "6.年减少二氧化碳排放量", "≥2000吨"),
    (None, "（二）社会效益指标", "7.可服务氢能车辆数", "≥60辆"),
    (None, "（三）可持续影响指标", "8.加氢站安全管理制度", "健全"),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.用氢车辆驾驶员满意度", "≥90%"),
]  # fmt: skip


@variant(
    "ym11-station-numbered-labels",
    (5,),
    "project, NAT-2021, tier labels numbered with "
    "points in the label (一、产出指标（40分）, （一）数量指标), numbered tier-3 names and "
    "a ★ core indicator (correct)",
)
def ym11() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="公交加氢站扩能改造项目",
        dept=DEVREFORM,
        unit=STATIONCO,
        money=one_year(300, 300, 0),
        attr="一次性项目",
        goals=["新增加氢机2台，日加注能力提升至1500千克，满足60辆氢能车辆用氢需求。"],
    )
    indicators(s, TIERED, NUMBERED_ROWS)
    return b


SHORT_ROWS = [
    ("产出", "数量", "加氢站年度对外服务天数", "≥330天"),
    (None, "质量", "加氢设备故障率", "≤2%"),
    (None, "时效", "故障抢修到场时间", "≤2小时"),
    (None, mk("生态效益", "F105", "error", note="a 效益 tier-2 inside the 产出 block"),
     "年减少氮氧化物排放量", "≥3吨"),
    (None, "成本", "年度运维费用", "≤95万元"),
    ("效益", "社会效益", "氢能公交加氢保障率", "≥98%"),
    (None, "可持续影响", "运维技术人员持证比例", "=100%"),
    ("满意度", "服务对象满意度", "用氢企业满意度",
     mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant")),
]  # fmt: skip


@variant(
    "ym12-station-short-labels",
    (5, 1),
    "project, OLD-NAT, abbreviated tier labels (产出, "
    "数量, 效益, 满意度): one tier-2 under the wrong tier-1, = on a satisfaction rate",
)
def ym12() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="加氢站年度运维项目",
        dept=DEVREFORM,
        unit=STATIONCO,
        money=one_year(95, 80, 15),
        goals=["保障加氢站全年对外服务330天以上，设备完好，安全运行。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（年度）"), SHORT_ROWS)
    return b
