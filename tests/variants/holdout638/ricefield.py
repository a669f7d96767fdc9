"""Returns fx01–fx06: 泥鳅与黄鳝稻田养殖 projects (稻鳅共作, 稻鳝网箱, 苗种繁育)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout638.common import COUNTY, DEPT, start, table
from tests.variants.holdout638.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "fx01-loach-rice-demo",
    (1, 11, 12),
    "project, NAT-2021, operator and unit columns, typed percents, 0起, a 下降率 (correct)",
)
def loach_rice_demo() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="稻鳅共作生态种养示范",
        dept=DEPT,
        unit="鹭湾县水产技术推广站",
        money=[
            ("年度资金总额", money(120, WAN), "其中：财政拨款", money(100, WAN)),
            ("其他资金", money(20, WAN), None, None),
        ],
        goals=[
            "在芦汀镇、石涧乡建设稻鳅共作示范区800亩（其中新建300亩、续建500亩），"
            "投放泥鳅苗种4000万尾，带动养殖户60户增收，为2026年全县推广积累经验。"
        ],
    )
    table(
        s,
        [
            ("成本指标", "经济成本指标", "泥鳅苗种补助标准", "≤", 600, "元/亩"),
            (None, "生态环境成本指标", "稻田化肥使用量下降率", "≥", pct(0.1), "%"),
            ("产出指标", "数量指标", "稻鳅共作示范面积", "≥", 800, "亩"),
            (None, None, "其中新建示范面积", "≥", 300, "亩"),
            (None, None, "投放泥鳅苗种", "≥", 4000, "万尾"),
            (None, "质量指标", "泥鳅苗种成活率", "≥", pct(0.85), "%"),
            (None, None, "重大鱼病死亡事故", "=", 0, "起"),
            (None, "时效指标", "苗种投放完成时间", "≤", day(2025, 6, 30), None),
            ("效益指标", "经济效益指标", "示范户亩均增收", "≥", 1500, "元/亩"),
            (None, "生态效益指标", "稻田化学农药使用量下降率", "≥", pct(0.15), "%"),
            (None, "可持续影响指标", "形成稻鳅共作技术规程（供2026年推广）", "=", 1, "套"),
            ("满意度指标", "服务对象满意度指标", "示范养殖户满意度", "≥", pct(0.9), "%"),
        ],
        head=OPS,
        label="绩效指标",
    )
    return b


@variant(
    "fx02-eel-cage-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: goal count, a year's count above "
    "the period's, last season's year in the 年度目标",
)
def eel_cage_period() -> Book:
    b, s = start("绩效目标表")
    project_head(
        s,
        year=2025,
        years=3,
        name="稻田黄鳝网箱生态养殖基地建设",
        dept=DEPT,
        unit="禾埠镇农业综合服务中心",
        money=[
            ("中期资金总额", money(360), "年度资金总额", money(120)),
            ("其中：财政拨款", money(300), "其中：财政拨款", money(100)),
            ("其他资金", money(60), "其他资金", money(20)),
        ],
        goals=[
            "建设稻田黄鳝网箱养殖基地1200亩，设置网箱3000口，培育养殖大户40户。",
            mk(
                "2024年完成首期基地400亩、网箱1000口建设，培育养殖大户15户。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="2024 is before the 2025–2027 project: a "
                "year left over from last season's application",
            ),
        ],
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "稻田黄鳝养殖基地面积", "≥1200亩", "≥400亩"),
            (
                None,
                None,
                "黄鳝养殖网箱",
                mk("≥2400口", "D104", "warning", row=True, note="the 中期目标 says 网箱3000口"),
                "≥1000口",
            ),
            (
                None,
                None,
                "培育养殖大户",
                "≥40户",
                mk("≥45户", "D201", "error", note="a year's count above the period's 40户"),
            ),
            (None, "质量指标", "黄鳝苗种成活率", "≥80%", "≥80%"),
            (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "网箱建设补助标准", "≤300元/口", "≤300元/口"),
            ("效益指标", "经济效益指标", "带动养殖户户均增收", "≥3000元", "≥2000元"),
            (None, "生态效益指标", "化学农药使用量减少率", "≥20%", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
        ],
        head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
    )
    return b


@variant(
    "fx03-loach-eel-stacked",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second's money does not add up "
    "and its goal names more classes than its indicator",
)
def loach_eel_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="泥鳅苗种繁育场改造",
        dept=DEPT,
        unit="鹭湾县泥鳅良种场",
        title=f"{COUNTY}2025年度项目支出绩效目标申报表（稻田水产类）",
        money=[
            ("年度资金总额", money(50), "其中：财政拨款", money(40)),
            ("其他资金", money(10), None, None),
        ],
        goals=["改造泥鳅苗种繁育池20口，年繁育泥鳅苗种2000万尾。"],
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "改造苗种繁育池", "≥20口"),
            (None, None, "繁育泥鳅苗种", "≥2000万尾"),
            (None, "质量指标", "苗种检疫合格率", "=100%"),
            (None, "时效指标", "改造工程完成时间", "2025年10月31日前"),
            (None, "成本指标", "繁育池改造单价", "≤2万元/口"),
            ("效益指标", "社会效益指标", "带动周边养殖户", "≥50户"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2025,
        name="稻鳝综合种养技术推广",
        dept=DEPT,
        title="",
        unit="鹭湾县水产技术推广站",
        money=[
            (
                "年度资金总额",
                mk(money(85), "B101", "error", note="70 + 10 = 80, not 85"),
                "其中：财政拨款",
                money(70),
            ),
            ("其他资金", money(10), None, None),
        ],
        goals=["推广稻鳝综合种养技术600亩，举办技术培训班6期，培训养殖户300人次。"],
    )
    table(
        s,
        [
            ("产出指标", "数量指标", "推广稻鳝综合种养面积", "≥600亩"),
            (
                None,
                None,
                "举办技术培训班",
                mk("≥4期", "D104", "warning", row=True, note="the 年度绩效目标 says 培训班6期"),
            ),
            (None, None, "培训养殖户", "≥300人次"),
            (None, "质量指标", "参训人员考核合格率", "≥95%"),
            (None, "时效指标", "推广任务完成时间", "2025年11月30日前"),
            (None, "成本指标", "培训补助标准", "≤100元/人次"),
            ("效益指标", "经济效益指标", "推广田块亩均增收", "≥1200元"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
        ],
    )
    return b


@variant(
    "fx04-eel-budget-export",
    (1, 7, 12),
    "budget-system export, NAT-2021: a budget sheet and an indicator sheet with project codes "
    "in the first column, header on the third row, operator and unit columns (correct)",
)
def eel_budget_export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 24, 12, 12, 12, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：鹭湾县水产技术推广站", None, None, None, None, None, "金额单位：万元")
    s.row(
        "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "计划开始日期", "计划完成日期"
    )
    s.row(
        "331125250017",
        "黄鳝苗种本地化繁育",
        money(68),
        money(60),
        money(8),
        day(2025, 1, 1),
        day(2025, 12, 31),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 14, 16, 26, 8, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：鹭湾县水产技术推广站", None, None, None, None, None, "项目：黄鳝苗种本地化繁育")
    t.row("项目代码", "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    t.table(
        [
            ("331125250017", "成本指标", "经济成本指标", "亲本黄鳝采购单价", "≤", 80, "元/公斤"),
            ("331125250017", "产出指标", "数量指标", "采购亲本黄鳝", "≥", 2000, "公斤"),
            ("331125250017", None, None, "繁育黄鳝苗种", "≥", 500, "万尾"),
            ("331125250017", None, "质量指标", "黄鳝苗种成活率", "≥", pct(0.75), "%"),
            ("331125250017", None, "时效指标", "繁育季完成时间", "≤", day(2025, 9, 30), None),
            (
                "331125250017",
                "效益指标",
                "生态效益指标",
                "稻田化肥使用量下降率",
                "≥",
                pct(0.1),
                "%",
            ),
            ("331125250017", None, "社会效益指标", "向稻田养殖户供应苗种", "≥", 120, "户"),
            (
                "331125250017",
                "满意度指标",
                "服务对象满意度指标",
                "购苗户满意度",
                "≥",
                pct(0.9),
                "%",
            ),
        ],
        merged=(2, 3),
    )
    return b


@variant(
    "fx05-loach-numbered-dup",
    (5, 7, 11),
    "project, OLD-NAT, numbered tier labels, headers 指标内容 / 绩效标准, operator and unit "
    "columns: one indicator twice, a 合格率 under 时效, a deadline after the year",
)
def loach_numbered_dup() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="山垄田稻鳅共作提质增效",
        dept=DEPT,
        unit="石涧乡农业综合服务中心",
        money=[
            ("年度资金总额", money(90), "其中：财政拨款", money(75)),
            ("其他资金", money(15), None, None),
        ],
        goals=[
            "在石涧乡山垄田建成稻鳅共作面积500亩，配套防逃设施，"
            "商品泥鳅抽检合格，2025年底前完成项目验收。"
        ],
    )
    wrong = mk("商品泥鳅抽检合格率", "F201", "warning", row=True, note="a quality rate under 时效")
    late = mk(day(2026, 3, 31), "Y102", "error", row=True, alt=("D104",),
              note="a one-year 2025 project; the goal says 2025年底前")  # fmt: skip
    twice = mk("建成稻鳅共作面积", "D101", "warning", row=True, alt=("D103", "D102"),
               note="the 数量 indicator again with a word more")  # fmt: skip
    table(s, [
        ("一、产出指标", "（一）数量指标", "稻鳅共作面积", "≥", 500, "亩"),
        (None, None, "配套防逃网", "≥", 9000, "米"),
        (None, "（二）质量指标", "防逃设施验收合格率", "≥", 95, "%"),
        (None, "（三）时效指标", wrong, "≥", 98, "%"),
        (None, None, "项目验收完成时间", "≤", late, None),
        (None, "（四）成本指标", "防逃网单价", "≤", 15, "元/米"),
        ("二、效益指标", "（一）经济效益指标", "亩均增收", "≥", 1300, "元"),
        (None, "（二）可持续影响指标", twice, "≥", 500, "亩"),
        ("三、满意度指标", "（一）服务对象满意度指标", "种养户满意度", "≥", 90, "%"),
    ], head=("一级指标", "二级指标", "指标内容", "比较符", "绩效标准", "计量单位"))  # fmt: skip
    return b


@variant(
    "fx06-eel-points",
    (5, 10),
    "project, NAT-2021, tier labels with points and an indicator score column (both add to "
    "100), a rate raised in 百分点 (correct)",
)
def eel_points() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="稻鳝共生养殖示范",
        dept=DEPT,
        unit="芦汀镇农业综合服务中心",
        money=[("年度资金总额", money(64, WAN), "其中：财政拨款", money(64, WAN))],
        goals=["建设稻鳝共生示范田320亩，投放黄鳝苗种16万尾，示范田成活率较上年提高5个百分点。"],
    )
    table(
        s,
        [
            ("产出指标（40分）", "数量指标", "稻鳝共生示范田", "≥320亩", 15),
            (None, None, "投放黄鳝苗种", "≥16万尾", 10),
            (None, "质量指标", "黄鳝养殖成活率较上年提高", "≥5百分点", 10),
            (None, "时效指标", "苗种投放完成时间", "2025年7月15日前", 5),
            ("成本指标（20分）", "经济成本指标", "示范田补助标准", "≤2000元/亩", 20),
            ("效益指标（30分）", "经济效益指标", "示范户亩均纯收入", "≥2500元", 15),
            (None, "生态效益指标", "示范田化肥减量", "≥10%", 15),
            ("满意度指标（10分）", "服务对象满意度指标", "示范户满意度", "≥90%", 10),
        ],
        head=("一级指标", "二级指标", "三级指标", "指标值", "分值"),
    )
    return b
