"""ys01–ys06: children's piano lessons (钢琴) in community music rooms: percent cells, tier
labels with points at two levels, stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout451.common import (
    DEPT,
    PALACE,
    YEAR,
    annual,
    funds,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout451.registry import variant
from tests.variants.kit import Book, mk, pct

H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ys01-piano-percent-cells",
    (1, 12),
    "project, NAT-2021, operator and unit columns, "
    "percent cells typed in Excel, 万元 in the number format, ≤0起 incidents (correct)",
)
def ys01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="社区琴房少儿钢琴启蒙课",
        dept=DEPT,
        unit=PALACE,
        money=funds(48, 40, 8),
        goals=["在6个社区音乐教室开设少儿钢琴启蒙课，全年授课不少于3000课时。"],
    )
    table(s, H6, [
        ("产出指标", "数量指标", "钢琴启蒙课授课课时", "≥", 3000, "课时"),
        (None, None, "受益少儿学员人数", "≥", 260, "人"),
        (None, "质量指标", "学员期末汇课达标率", "≥", pct(0.9), "%"),
        (None, "时效指标", "秋季班按期开课率", "=", pct(1), "%"),
        ("成本指标", "经济成本指标", "每课时教学成本", "≤", 120, "元/课时"),
        ("效益指标", "社会效益指标", "琴房安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "社区琴房年开放天数", "≥", 200, "天"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "孟书筠", "0739-6628145")
    return b


@variant(
    "ys02-piano-rate-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells: a pass rate over 100 %, a fault rate with ≥",
)
def ys02() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="社区琴房少儿钢琴考级辅导",
        dept=DEPT,
        unit=PALACE,
        money=funds(26, 22, 4),
        goals=["为4个社区琴房的少儿学员开设考级辅导班，全年辅导学员不少于150人。"],
    )
    table(s, H6, [
        ("产出指标", "数量指标", "考级辅导学员人数", "≥", 150, "人"),
        (None, None, "考级辅导课时", "≥", 1200, "课时"),
        (None, "质量指标", "学员考级合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率不能超过 100%"), "%"),
        (None, None, "琴房钢琴故障率",
         mk("≥", "T108", "warning", row=True, note="故障率是反向指标，应为 ≤"), pct(0.03), "%"),
        (None, "时效指标", "考前辅导按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每课时辅导成本", "≤", 180, "元/课时"),
        ("效益指标", "社会效益指标", "参加社区音乐展演学员人次", "≥", 300, "人次"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邝卓然", "0739-6628173")
    return b


@variant(
    "ys03-piano-points-two-levels",
    (5, 10),
    "project, NAT-2021, numbered tier labels, a "
    "tier-1 score column and an indicator score column, a rate raised in 百分点 (correct)",
)
def ys03() -> Book:
    b, s = start(widths=(16, 8, 18, 30, 16, 10))
    project_head(
        s,
        year=YEAR,
        name="少儿钢琴集体课进社区",
        dept=DEPT,
        unit=PALACE,
        money=funds(36, 30, 6),
        goals=["在8个社区音乐教室开设钢琴集体课，全年授课不少于1800课时。"],
    )
    table(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("一、产出指标", 50, "（一）数量指标", "1.钢琴集体课授课课时", "≥1800课时", 15),
        (None, None, None, "2.受益少儿学员", "≥180人", 10),
        (None, None, "（二）质量指标", "3.学员考级通过率", "≥85%", 15),
        (None, None, "（三）时效指标", "4.课程按期完成率", "≥95%", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "5.每名学员年度课费", "≤1600元/人", 10),
        ("三、效益指标", 30, "（一）社会效益指标", "6.考级通过率较上年提高", "≥5百分点", 15),
        (None, None, "（二）可持续影响指标", "7.社区琴房志愿教师", "≥12人", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "8.学员家长满意度", "≥90%", 10),
        ("合计", 100, "", "", "", 100),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "孟书筠", "0739-6628145")
    return b


@variant(
    "ys04-piano-tier-points-wrong",
    (5, 10),
    "project, NAT-2021, tier labels with points "
    "(一、产出指标（50分）), indicator scores under two tiers not matching, =95% on a "
    "satisfaction",
)
def ys04() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="社区琴房钢琴公益课",
        dept=DEPT,
        unit=PALACE,
        money=funds(30, 30, 0),
        goals=["面向社区困难家庭少儿开设钢琴公益课，全年授课不少于1500课时。"],
    )
    over = "产出各指标分值合计 45，与一级指标的 50 分不符"
    under = "效益各指标分值合计 35，与一级指标的 30 分不符"
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (mk("一、产出指标（50分）", "W103", "error", note=over),
         "1.数量指标", "钢琴公益课授课课时", "≥1500课时", 15),
        (None, None, "受益困难家庭少儿", "≥120人", 10),
        (None, "2.质量指标", "学员结课汇报达标率", "≥90%", 10),
        (None, "3.时效指标", "公益课按期开班率", "≥95%", 10),
        ("二、成本指标（10分）", "经济成本指标", "每课时公益课成本", "≤200元/课时", 10),
        (mk("三、效益指标（30分）", "W103", "error", note=under),
         "社会效益指标", "参加社区新年音乐会少儿人次", "≥200人次", 20),
        (None, "可持续影响指标", "社区琴房公益开放时段", "≥6小时/周", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "受助家庭满意度",
         mk("=95%", "T107", "warning", note="满意度写“=”，应为 ≥95%"), 10),
    ])  # fmt: skip
    sign(s, "邝卓然", "0739-6628173")
    return b


@variant(
    "ys05-piano-stacked-two",
    (2,),
    "two piano projects stacked in one sheet, OLD-NAT, one "
    "value column, the same satisfaction name with different values (correct)",
)
def ys05() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="社区琴房少儿钢琴周末班",
        dept=DEPT,
        unit=PALACE,
        money=annual(42, 36, 6),
        title=f"{YEAR}年度项目支出绩效目标申报表（一）",
        goals=["在5个社区琴房开设周末钢琴班，全年授课不少于2400课时。"],
    )
    table(s, H4, [
        ("产出指标", "数量指标", "周末班授课课时", "≥2400课时"),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        (None, "时效指标", "周末班按期开课率", "≥95%"),
        (None, "成本指标", "每课时授课成本", "≤150元/课时"),
        ("效益指标", "社会效益指标", "参加社区展演学员人次", "≥240人次"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="社区琴房钢琴调律与维护",
        dept=DEPT,
        unit=PALACE,
        money=annual(9.6, 9.6, 0),
        title=f"{YEAR}年度项目支出绩效目标申报表（二）",
        goals=["对全区80台社区琴房钢琴每年调律两次，保持音准和琴键完好。"],
    )
    table(s, H4, [
        ("产出指标", "数量指标", "调律维护钢琴台数", "≥80台"),
        (None, "质量指标", "调律后音准达标率", "≥95%"),
        (None, "时效指标", "报修响应时间", "≤3个工作日"),
        (None, "成本指标", "每台钢琴年度调律维护费", "≤1200元/台"),
        ("效益指标", "可持续影响指标", "钢琴完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "孟书筠", "0739-6628145")
    return b


@variant(
    "ys06-piano-stacked-defects",
    (2, 12),
    "two piano projects stacked, OLD-NAT, one value "
    "column: the second project's money does not add up and a rate is given as a count",
)
def ys06() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="少儿钢琴师资培训",
        dept=DEPT,
        unit=PALACE,
        money=annual(18, 18, 0),
        title=f"{YEAR}年度项目支出绩效目标申报表（一）",
        goals=["培训社区琴房钢琴教师，全年培训不少于60人。"],
    )
    table(s, H4, [
        ("产出指标", "数量指标", "培训钢琴教师人数", "≥60人"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训按期完成率", "≥95%"),
        (None, "成本指标", "人均培训费", "≤3000元/人"),
        ("效益指标", "社会效益指标", "受训教师承担社区课时", "≥900课时"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(30), "B101", "error", note="年度资金总额 30 ≠ 财政拨款 25 + 其他资金 3")
    project_head(
        s,
        year=YEAR,
        name="社区琴房钢琴开放练琴",
        dept=DEPT,
        unit=PALACE,
        money=annual(total, 25, 3),
        title=f"{YEAR}年度项目支出绩效目标申报表（二）",
        goals=["社区琴房在课余时段向学琴少儿开放练琴，全年开放不少于240次。"],
    )
    table(s, H4, [
        ("产出指标", "数量指标", "开放练琴时段", "≥240次"),
        (None, "质量指标", "琴房开放率",
         mk("240次", "T105", "error", note="开放率是比率，却填了次数")),
        (None, "时效指标", "每日开放时长", "≥3小时"),
        (None, "成本指标", "每次开放管理成本", "≤1000元/次"),
        ("效益指标", "社会效益指标", "练琴少儿人次", "≥3600人次"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邝卓然", "0739-6628173")
    return b
