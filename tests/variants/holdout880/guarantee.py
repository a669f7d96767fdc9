"""Returns on guarantee fee subsidies for small and micro enterprises (融资担保费补贴)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout880.common import (
    HEAD6,
    HEAD_PERIOD,
    detail,
    filled,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout880.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "khf07-flat-guarantee",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, weights adding to 100, ≤ on a default rate (correct)",
)
def khf07() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="沙汀县融资担保有限公司", filled=filled(2025),
                    budget=[(900, 700, 200, 150, 750)],
                    goal="对小微企业降费担保业务给予担保费补贴，"
                         "年化担保费率不高于1%。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("新增小微企业担保户数", 20, "户", "≥", 500),
        ("新增担保金额", 15, "亿元", "≥", 6),
        ("年化担保费率", 15, "%", "≤", pct(0.01)),
        ("担保代偿率", 10, "%", "≤", pct(0.03)),
        ("担保费补贴资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("户均担保费补贴", 10, "万元/户", "≤", 1.5),
        ("担保放大倍数", 10, "倍", "≥", 5),
        ("受保企业满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("khf08-flat-duplicate", (3,),
         "department, flat list with 指标性质 as direction: the same count twice with a word more, "
         "weights adding to 95, a subsidy cap above the money the goal states")  # fmt: skip
def khf08() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="桐埠市中小企业融资担保中心", filled=filled(2025),
                    budget=[(1100, 1000, 100, 300, 800)],
                    goal="安排担保费补贴资金800万元，"
                         "支持不少于400户小微企业获得担保贷款。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("担保费补贴企业户数", "≥400", "正向", "户", 20),
        ("新增担保贷款金额", "≥10", "正向", "亿元", 15),
        ("担保费补贴资金规模", mk("≤900", "D104", "warning", row=True,
                                   note="目标写800万元，指标写900万元"), "反向", "万元", 10),
        ("担保代偿率", "≤2%", "反向", "%", 10),
        ("补贴资金拨付及时率", "≥95%", "正向", "%", 10),
        (mk("享受担保费补贴的企业户数", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与第一行是同一指标，户数不同"), "≥450", "正向", "户", 15),
        ("受保企业满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b


@variant("khf09-two-year-guarantee", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the period's count beside a smaller "
         "year's, rates equal, a later year the work prepares for (correct)")  # fmt: skip
def khf09() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="榆溪市小微企业融资担保降费奖补",
                 dept="榆溪市财政局（602）", unit="榆溪市地方金融服务中心",
                 money=multi_year((1200, 1000, 200), (600, 500, 100)),
                 goals=["两年累计为600户小微企业担保降费，为2027年推广积累经验。",
                        "当年为300户小微企业担保降费，担保费率降至1%以下。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "降费担保企业户数", "≥600户", "≥300户"),
        (None, None, "新增降费担保金额", "≥12亿元", "≥6亿元"),
        (None, "质量指标", "担保业务合规率", "=100%", "=100%"),
        (None, "时效指标", "奖补资金拨付时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "户均担保费奖补", "≤2万元/户", "≤2万元/户"),
        ("效益指标", "经济效益指标", "年化担保费率下降", "≥0.5百分点", "≥0.3百分点"),
        (None, "可持续影响指标", "降费担保长效机制", "建立并执行", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "受保企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khf10-leftover-year", (4,),
         "project, OLD-NAT, 注 rows and signature lines: last year in the 年度目标, the plan "
         "ending before it starts, a unit subsidy × count above the money")  # fmt: skip
def khf10() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柘湾县小微企业担保费补贴", dept="柘湾县财政局（331）",
                 unit="柘湾县工业和信息化局", money=one_year(450, 450, 0),
                 end=mk(day(2024, 12, 31), "Y104", "error", alt=("Y102",),
                        note="计划完成日期早于开始日期2025-01-01"),
                 goals=[mk("2024年为200户小微企业补贴担保费，补贴比例不超过担保费的50%。",
                           "Y103", "warning", alt=("Y101",),
                           note="上一年度目标未改，预算年度为2025年")])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "担保费补贴企业户数", "≥200户"),
        (None, "质量指标", "补贴申请审核准确率", "≥98%"),
        (None, "时效指标", "补贴资金拨付时间", "2025年10月31日前"),
        (None, "成本指标", "户均担保费补贴",
         mk("≤3万元/户", "B107", "warning", row=True,
            note="3万元×200户=600万元，超过项目资金450万元")),
        ("注：成本指标按补贴标准测算。", "", None, None),
        ("效益指标", "经济效益指标", "带动担保贷款", "≥4亿元"),
        ("满意度指标", "服务对象满意度指标", "受保企业满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.补贴比例按担保费的50%执行；2.本表金额单位为万元。")
    sign(s, "詹若溪", "0769-3318806", day(2024, 12, 9))
    return b


@variant("khf11-header-words", (4, 7),
         "project, NAT-2021, headers 考核指标 · 目标值（年度） · 评价标准, a 说明 row inside the "
         "table, the header repeated after a page break, signature lines (correct)")  # fmt: skip
def khf11() -> Book:
    b, s = start(widths=(16, 16, 30, 18, 26))
    project_head(s, year=2025, name="蒲口县政府性融资担保费补贴", dept="蒲口县财政局（228）",
                 unit="蒲口县融资担保有限公司", money=one_year(320, 320, 0),
                 goals=["对政府性融资担保机构为小微企业提供的担保业务，按担保额的0.8%给予"
                        "担保费补贴，全年补贴担保额4亿元。"])  # fmt: skip
    head = ("考核指标", None, "指标名称", "目标值（年度）", "评价标准")
    s.row(*head, merge=[(1, 2)])
    s.table([
        ("产出指标", "数量指标", "补贴担保业务金额", "≥4亿元", "达到得满分"),
        (None, None, "补贴担保企业户数", "≥260户", "按比例得分"),
        (None, "质量指标", "担保业务合规率", "=100%", "每发现一笔扣1分"),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：补贴担保业务金额以担保机构台账为准。", merge=[(1, 5)])
    s.row(*head, merge=[(1, 2)])
    s.table([
        ("产出指标", "时效指标", "补贴资金拨付时限", "≤15个工作日", "逾期扣分"),
        ("成本指标", "经济成本指标", "担保费补贴比例", "≤0.8%", "超过不得分"),
        ("效益指标", "社会效益指标", "受保企业稳岗人数", "≥1500人", "按比例得分"),
        (None, "可持续影响指标", "政银担风险分担机制", "持续运行", "定性评价"),
        ("满意度指标", "服务对象满意度指标", "受保企业满意度", "≥90%", "按比例得分"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邝明远", "0762-5530917", day(2024, 12, 12))
    return b


@variant("khf12-guarantee-money", (12,),
         "project, OLD-NAT, a money detail block under the table: lines not adding to the total, "
         "a completion rate given as a count, a unit cost under 数量")  # fmt: skip
def khf12() -> Book:
    b, s = start()
    project_head(s, year=2025, name="漳汀区小微企业续贷担保费补贴", dept="漳汀区财政局（140）",
                 unit="漳汀区中小企业服务中心", money=one_year(300, 270, 30),
                 goals=["为不少于250户续贷小微企业补贴担保费，降低续贷成本。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "担保费补贴企业户数", "≥250户"),
        (None, None, mk("户均担保费补贴金额", "F201", "warning", row=True,
                        note="成本指标填在数量指标下"), "≤0.8万元/户"),
        (None, "质量指标", "补贴申请审核完成率",
         mk("250户", "T105", "error", note="完成率给的是户数")),
        (None, "时效指标", "补贴资金拨付时间", "2025年12月20日前"),
        (None, "成本指标", "担保费补贴比例", "≤1%"),
        ("效益指标", "经济效益指标", "带动续贷金额", "≥3亿元"),
        ("满意度指标", "服务对象满意度指标", "续贷企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    detail(s, "资金测算明细", [("担保费补贴", 200), ("风险补偿金", 80), ("业务核查经费", 10)],
           mk(300, "B102", "error", note="200+80+10=290，不等于合计300"))  # fmt: skip
    return b
