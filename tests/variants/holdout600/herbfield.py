"""板蓝根 fields and the drying shed: el07–el12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout600.common import (
    AGRI,
    HERB,
    NAT,
    PERIOD,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    periods,
    sign,
    wan,
)
from tests.variants.holdout600.registry import variant
from tests.variants.kit import Book, mk, pct

SHED = "岑梁县榴坪乡板蓝根烘干合作社"


@variant(
    "el07-banlangen-tier-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）数量指标, "
    "★), an indicator score column, a rate change in 百分点 (correct)",
)
def el07() -> Book:
    b, s = book(widths=(18, 18, 28, 16, 8))
    project_head(
        s,
        year=YEAR,
        name="板蓝根GAP种植基地建设项目",
        dept=AGRI,
        unit=HERB,
        money=one_year(100, 85, 15),
        goals=["建设板蓝根GAP种植基地600亩，优质品率提高3个百分点，带动药农150户。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ["一、产出指标（50分）", "（一）数量指标", "GAP基地种植面积", "≥600亩", 20],
        [None, "（二）质量指标", "板蓝根优质品率提高", "≥3百分点", 15],
        [None, "（三）时效指标", "秋季采收完成时间", "2026年11月30日前", 15],
        ["二、成本指标（10分）", "（一）经济成本指标", "亩均种植补助", "≤0.12万元/亩", 10],
        ["三、效益指标（30分）", "（一）经济效益指标", "药农亩均增收", "≥800元/亩", 15],
        [None, "（二）生态效益指标", "农药使用量下降率", "≥10%", 15],
        ["四、满意度指标（10分）", "★服务对象满意度指标", "药农满意度", "≥90%", 10],
        ["合计（100分）", "", "", "", 100],
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一分数的两级写法，合计均为100分。", width=5)
    return b


@variant(
    "el08-drying-shed-cost",
    (12,),
    "project, OLD-NAT, one value column: the money parts do not make the total, a shed count "
    "other than the goal's, a unit price × count above the money",
)
def el08() -> Book:
    b, s = book()
    goal = mk(
        "建设板蓝根产地烘干棚2座，购置烘干设备8台，单批烘干鲜根8吨。",
        "D104",
        "warning",
        required=False,
        note="the other end of the 烘干棚 finding",
    )
    total = mk(wan(80), "B101", "error", note="财政拨款 60 + 其他资金 15 = 75, not 80")
    project_head(s, year=YEAR, name="板蓝根产地烘干棚建设项目", dept=AGRI, unit=SHED,
                 attr="新增项目", money=one_year(total, 60, 15), goals=[goal])  # fmt: skip
    indicators(s, NAT, [
        ["产出指标", "数量指标", "烘干棚建设数量",
         mk("≥3座", "D104", "warning", row=True, note="年度目标 says 烘干棚2座")],
        [None, None, "购置烘干设备", "=8台"],
        [None, "质量指标", "烘干棚竣工验收合格率", "=100%"],
        [None, "时效指标", "烘干棚投入使用时间", "2026年9月30日前"],
        [None, "成本指标", "烘干设备采购单价",
         mk("≤12万元/台", "B107", "warning", row=True,
            note="12万元 × 8台 = 96万元, above the project's money")],
        ["效益指标", "经济效益指标", "鲜根烘干损耗降低", "≥5百分点"],
        [None, "社会效益指标", "服务种植户数", "≥120户"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "蒙秋实", "0857-6651276")
    return b


@variant(
    "el09-herb-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
    "a 下降率 with ≥, 0起 on an accident count, weights add to 100 (correct)",
)
def el09() -> Book:
    b, s = book(widths=(30, 10, 12, 12, 14, 14))
    department_head(
        s,
        year=YEAR,
        dept=HERB,
        budget=[[300, 260, 40, 180, 120]],
        tasks=[
            ["板蓝根良种推广", "推广良种1500亩", 70, "良种覆盖率≥80%"],
            ["烘干棚运行维护", "维护烘干棚4座", 50, "烘干棚正常运行"],
            ["金额合计", None, 120, None],
        ],
        goal="推广板蓝根良种1500亩，维护烘干棚4座，药材质量抽检合格。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ["板蓝根良种推广面积", 15, "亩", "≥", 1500],
        ["烘干棚维护数量", 10, "座", "=", 4],
        ["良种覆盖率", 10, "%", "≥", pct(0.8)],
        ["药材质量抽检合格率", 15, "%", "≥", pct(0.95)],
        ["农药使用量下降率", 10, "%", "≥", pct(0.1)],
        ["烘干作业安全生产事故", 10, "起", "≤", 0],
        ["药农亩均增收", 10, "元/亩", "≥", 600],
        ["鲜根烘干作业及时率", 10, "%", "≥", pct(0.95)],
        ["药农满意度", 10, "%", "≥", pct(0.9)],
    ])  # fmt: skip
    s.row("权重合计", 100)
    sign(s, "潘若溪", "0857-6640195")
    return b


@variant(
    "el10-herb-duplicates",
    (7, 5),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: one area twice with other values, "
    "training given in 人次 and again in 人, a satisfaction rate under 社会效益",
)
def el10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="板蓝根标准化种植示范项目", dept=AGRI, unit=HERB,
                 money=one_year(70, 60, 10),
                 goals=["建设板蓝根标准化种植示范区1000亩，培训药农400人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ["产出指标", "数量指标",
         mk("板蓝根种植面积", "D102", "error", row=True, required=False,
            note="the first of the two area rows; the finding may land here"), "≥1000亩"],
        [None, None, "药农种植技术培训人次", "≥400人次"],
        [None, None,
         mk("板蓝根种植总面积", "D102", "error", row=True, alt=("D101", "D103", "D104"),
            note="the same area again with 1200亩; the goal says 1000亩"), "≥1200亩"],
        [None, "质量指标", "种子发芽率", "≥85%"],
        [None, "时效指标", "播种完成时间", "2026年4月15日前"],
        [None, "成本指标", "亩均示范补助", "≤0.05万元/亩"],
        ["效益指标", "经济效益指标", "示范区亩产增长率", "≥10%"],
        [None, "社会效益指标",
         mk("药农种植技术培训人数", "D103", "warning", row=True, alt=("D101", "F201"),
            note="the training count again, in 人, under 社会效益"), "≥400人"],
        [None, None,
         mk("药农满意度", "F201", "warning", row=True,
            note="a satisfaction rate under 社会效益指标, not under 满意度指标"), "≥90%"],
        ["满意度指标", "服务对象满意度指标", "收购企业满意度", "≥85%"],
    ])  # fmt: skip
    sign(s, "蒙秋实", "0857-6651276")
    return b


@variant(
    "el11-herb-multi-year",
    (8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns: the period's area beside a smaller "
    "year's, 百分点 in both columns, equal unit costs (correct)",
)
def el11() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="板蓝根轮作与土壤改良项目",
        dept=AGRI,
        unit=HERB,
        money=periods((180, 150, 30), (90, 75, 15)),
        goals=[
            "两年完成板蓝根轮作2000亩，土壤有机质含量提高0.5个百分点。",
            "当年完成轮作1200亩，施用有机肥改良土壤，有机质含量提高0.2个百分点。",
        ],
    )
    indicators(s, PERIOD, [
        ["产出指标", "数量指标", "板蓝根轮作面积", "≥2000亩", "≥1200亩"],
        [None, "质量指标", "土壤有机质含量提高", "≥0.5百分点", "≥0.2百分点"],
        [None, "时效指标", "轮作茬口安排完成时间", "2027年3月31日前", "2026年3月31日前"],
        ["成本指标", "经济成本指标", "亩均有机肥施用成本", "≤0.04万元/亩", "≤0.04万元/亩"],
        ["效益指标", "生态效益指标", "根腐病发生率", "≤8%", "≤10%"],
        [None, "可持续影响指标", "轮作技术到户率", "≥90%", "≥70%"],
        ["满意度指标", "服务对象满意度指标", "药农满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "潘若溪", "0857-6640195")
    return b


@variant(
    "el12-drying-shed-second-sheet",
    (7,),
    "project: head on the first sheet, the table on a second sheet under 预期实现值: last "
    "season's year in the goal, a drying amount below the goal's, a rate given as a count",
)
def el12() -> Book:
    b, s = book("项目信息")
    goal = mk(
        "完成板蓝根鲜根烘干1200吨，带动药农200户；确保2025年秋季采收的鲜根全部及时烘干。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年秋季采收: a year left from last season in a 2026 goal",
    )
    goal = mk(goal, "D104", "warning", required=False, note="the other end of 鲜根烘干量")
    project_head(s, year=YEAR, name="板蓝根烘干棚运营补助项目", dept=AGRI, unit=SHED,
                 money=one_year(40, 40, 0), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 18))
    t.title("绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ["产出指标", "数量指标", "鲜根烘干量",
         mk("≥800吨", "D104", "warning", row=True, note="年度目标 says 烘干1200吨")],
        [None, "质量指标", "烘干批次合格率",
         mk("95批", "T105", "error", note="a 合格率 given as a count of batches")],
        [None, "时效指标", "鲜根入棚烘干时限", "≤48小时"],
        [None, "成本指标", "吨鲜根烘干补助", "≤0.03万元/吨"],
        ["效益指标", "经济效益指标", "带动药农户数", "≥200户"],
        ["满意度指标", "服务对象满意度指标", "药农满意度", "≥90%"],
    ])  # fmt: skip
    return b
