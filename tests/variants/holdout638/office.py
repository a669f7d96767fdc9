"""Returns fx13–fx18: department flat lists, stacked projects, notes and money across both
halves of the theme (稻田泥鳅黄鳝, 石蛙保种)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout638.common import DEPT, note, sign, start, table
from tests.variants.holdout638.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
STATION = "鹭湾县水产技术推广站"


@variant(
    "fx13-flat-station",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percents, 0起 on an incident count, weights add to 100 (correct)",
)
def flat_station() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept=STATION,
        budget=[(money(210), money(200), money(10), money(150), money(60))],
        goal="推广稻田泥鳅、黄鳝综合种养2000亩，培训养殖户500人次，全年不发生水产品质量安全事故。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table(
        [
            ("稻田泥鳅黄鳝综合种养推广面积", 25, "亩", "≥", 2000),
            ("培训养殖户", 20, "人次", "≥", 500),
            ("水产品抽检合格率", 15, "%", "≥", pct(0.98)),
            ("水产品质量安全事故", 10, "起", "=", 0),
            ("推广田块亩均增收", 15, "元", "≥", 1200),
            ("养殖户满意度", 15, "%", "≥", pct(0.9)),
        ]
    )
    s.row("合计", 100)
    return b


@variant(
    "fx14-flat-station-defects",
    (3,),
    "department, flat list: weights not adding to 100, a goal count above the indicator's, "
    "one indicator twice with two values",
)
def flat_station_defects() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="鹭湾县稻渔综合种养服务中心",
        budget=[(money(150), money(140), money(10), money(110), money(40))],
        goal="建设稻田养鳅示范面积600亩，培训养殖户400人次，示范户满意度90%以上。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table(
        [
            ("稻田养鳅示范面积", 25, "亩", "≥", 600),
            (
                "培训养殖户",
                20,
                "人次",
                "≥",
                mk(300, "D104", "warning", row=True, note="the goal says 400人次"),
            ),
            ("示范田泥鳅成活率", 20, "%", "≥", pct(0.8)),
            ("示范户亩均增收", 15, "元", "≥", 1000),
            (
                "稻田养鳅示范面积",
                5,
                "亩",
                "≥",
                mk(
                    500,
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the first row again with another value",
                ),
            ),
            ("示范户满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    b.file_mark("W101", "error", note="25 + 20 + 20 + 15 + 5 + 10 = 95")
    return b


@variant(
    "fx15-stacked-loach-frog",
    (2,),
    "two projects stacked, OLD-NAT, one value column, the same indicator name with other "
    "values in each project (correct)",
)
def stacked_loach_frog() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="稻鳅共作防逃设施配套",
        dept=DEPT,
        unit=STATION,
        money=[("年度资金总额", money(40), "其中：财政拨款", money(40))],
        goals=["为稻鳅共作田块配套防逃网20000米。"],
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "配套防逃网", "≥20000米"),
            (None, "质量指标", "防逃网验收合格率", "≥95%"),
            (None, "时效指标", "配套完成时间", "2025年5月31日前"),
            (None, "成本指标", "防逃网单价", "≤20元/米"),
            ("效益指标", "经济效益指标", "泥鳅逃逸损失减少", "≥30%"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2025,
        name="石蛙保种区巡护",
        dept=DEPT,
        title="",
        unit=STATION,
        money=[("年度资金总额", money(18), "其中：财政拨款", money(18))],
        goals=["对石蛙保种溪段开展巡护240次。"],
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "保种溪段巡护", "≥240次"),
            (None, "质量指标", "巡护记录完整率", "=100%"),
            (None, "时效指标", "巡护任务完成时间", "2025年12月31日前"),
            (None, "成本指标", "巡护补助标准", "≤600元/次"),
            ("效益指标", "生态效益指标", "非法捕捉石蛙事件", "≤2起"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
        ],
    )
    return b


@variant(
    "fx16-station-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 short of 资金总额, tasks short of their "
    "金额合计, a task's target above the indicator's",
)
def station_money() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="鹭湾县黄鳝良种繁育中心",
        budget=[
            (
                mk(money(300), "B101", "error", note="200 + 90 = 290, not 300"),
                money(270),
                money(30),
                money(200),
                money(90),
            )
        ],
        tasks=[
            ("黄鳝苗种繁育", "亲本培育、人工繁育", money(50), "繁育黄鳝苗种600万尾"),
            ("稻鳅技术推广", "示范田建设、技术培训", money(30), "推广稻鳅共作800亩"),
            ("金额合计", None, mk(money(90), "B102", "error", note="50 + 30 = 80"), None),
        ],
        goal="繁育黄鳝苗种600万尾，推广稻鳅共作800亩，苗种供应本县稻田养殖户。",
    )
    table(
        s,
        [
            (
                "产出指标",
                "数量指标",
                "繁育黄鳝苗种",
                mk(
                    "≥500万尾",
                    "D104",
                    "warning",
                    row=True,
                    note="the task and the goal say 600万尾",
                ),
            ),
            (None, None, "推广稻鳅共作面积", "≥800亩"),
            (None, "质量指标", "苗种检疫合格率", "=100%"),
            (None, "时效指标", "苗种供应完成时间", "2025年8月31日前"),
            ("成本指标", "经济成本指标", "苗种繁育成本", "≤0.08元/尾"),
            ("效益指标", "社会效益指标", "供苗稻田养殖户", "≥150户"),
            ("满意度指标", "服务对象满意度指标", "购苗户满意度", "≥90%"),
        ],
        label="年度绩效指标",
    )
    return b


@variant(
    "fx17-frog-notes",
    (4, 12),
    "project, OLD-NAT: a 续表 note and the header repeated after a page break, a footnote "
    "explaining the total, 填表说明, signature and a fill date in 2024 (correct)",
)
def frog_notes() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="石蛙保种池清淤改造与引种",
        dept=DEPT,
        unit="云岫山石蛙保种场",
        money=[
            ("年度资金总额", money(95, WAN), "其中：当年财政拨款", money(65, WAN)),
            ("上年结转", money(15, WAN), "其他资金", money(15, WAN)),
        ],
        goals=["清淤改造石蛙保种池60口，补充引种种蛙300只。"],
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "保种池清淤改造", "≥60口"),
            (None, None, "补充引种种蛙", "≥300只"),
            (None, "质量指标", "保种池改造验收合格率", "≥95%"),
            (None, "时效指标", "清淤改造完成时间", "2025年4月30日前"),
            (None, "成本指标", "保种池改造单价", "≤1万元/口"),
            (None, None, "引种单价", "≤500元/只"),
        ],
    )
    note(s, "（续表）")
    table(
        s,
        [
            ("效益指标", "生态效益指标", "保种种群数量", "保持稳定"),
            (None, "可持续影响指标", "保种池使用年限", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "保种场职工满意度", "≥90%"),
        ],
    )
    note(
        s,
        "注：年度资金总额95万元含上年结转15万元。",
        "填表说明：指标值应含比较符和计量单位；本表一式两份。",
    )
    sign(s, "邬晴岚", "0597-6213408", day(2024, 12, 10, CN_DATE))
    return b


@variant(
    "fx18-loach-direction",
    (11, 12),
    "two-year project, NAT-2021, 指标方向 and 指标性质 (operator in words) columns: ≥ on a 死亡率, "
    "a 合格率 above 100, a year's money above the period's",
)
def loach_direction() -> Book:
    b, s = start("绩效目标", (16, 16, 26, 10, 12, 14, 10))
    project_head(
        s,
        year=2025,
        years=2,
        name="稻田泥鳅健康养殖",
        dept=DEPT,
        unit=STATION,
        money=[
            (
                "中期资金总额",
                money(100),
                "年度资金总额",
                mk(money(120), "B103", "error", note="the year's money above the two years' 100"),
            ),
            (
                "其中：财政拨款",
                money(80),
                "其中：财政拨款",
                ok(money(100), "error", note="follows from the year's total above the period's"),
            ),
            ("其他资金", money(20), "其他资金", money(20)),
        ],
        goals=["两年建成泥鳅健康养殖稻田800亩。", "建成泥鳅健康养殖稻田400亩。"],
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "泥鳅健康养殖稻田", "正向", "大于等于", 400, "亩"),
            (
                None,
                "质量指标",
                "泥鳅苗种死亡率",
                "反向",
                mk("大于等于", "T108", "warning", row=True, note="a 反向 rate with ≥"),
                10,
                "%",
            ),
            (
                None,
                None,
                "商品泥鳅药残抽检合格率",
                "正向",
                "大于等于",
                mk(105, "T106", "error", note="a 合格率 above 100%"),
                "%",
            ),
            (None, "时效指标", "苗种投放完成时间", "反向", "小于等于", day(2025, 6, 30), None),
            ("成本指标", "经济成本指标", "苗种补助标准", "反向", "小于等于", 500, "元/亩"),
            ("效益指标", "经济效益指标", "亩均增收", "正向", "大于等于", 1000, "元"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "正向", "大于等于", 90, "%"),
        ],
        head=("一级指标", "二级指标", "三级指标", "指标方向", "指标性质", "指标值", "计量单位"),
    )
    return b
