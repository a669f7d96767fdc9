"""Returns kaf01–kaf06: a township elderly day-care centre (日间照料中心)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout698.common import budget, multi_year, new_book, one_year, tiers
from tests.variants.holdout698.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kaf01-daycare-beds", (1, 5), "project, NAT-2021, numbered tier labels, typed percent "
         "cells, a goal's count with its part in brackets (correct)")  # fmt: skip
def kaf01() -> Book:
    b, s = new_book()
    goal = ("新增日间照料床位20张（其中失能老人护理床位8张），全年提供日间照料服务不少于9000人次，"
            "开展健康讲座12场。")  # fmt: skip
    project_head(s, year=2025, name="沅柘镇日间照料中心运营补助", dept="沅柘镇人民政府 417003",
                 unit="沅柘镇日间照料中心", money=one_year(46, 40, 6), goals=[goal])  # fmt: skip
    tiers(s, H4, [
        ("一、产出指标", "1.数量指标", "新增日间照料床位数", "≥20张"),
        (None, None, "其中：失能老人护理床位数", "≥8张"),
        (None, None, "日间照料服务人次", "≥9000人次"),
        (None, None, "健康讲座场次", "≥12场"),
        (None, "2.质量指标", "护理员持证上岗率", pct(1.0)),
        (None, None, "入托老人跌倒发生率", "≤1%"),
        (None, "3.时效指标", "新增床位投入使用时间", "2025年6月30日前"),
        ("二、成本指标", "1.经济成本指标", "日间照料运营补助标准", "≤45元/人次"),
        ("三、效益指标", "1.社会效益指标", "照料中心日均服务老人数", "≥30人"),
        (None, "2.可持续影响指标", "照料中心运营管理制度", "健全"),
        ("四、满意度指标", "1.服务对象满意度指标", "入托老人及家属满意度", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("kaf02-daycare-meal-aid", (11, 12), "project, OLD-NAT: goal count against the "
         "indicator, a next-year deadline, a meal subsidy × count above the money")  # fmt: skip
def kaf02() -> Book:
    b, s = new_book()
    goal = ("为辖区120名高龄老人提供日间照料和助餐服务，全年助餐不少于30000人次，"
            "6月底前完成康复室改造。")  # fmt: skip
    project_head(s, year=2025, name="泮塘乡日间照料中心助餐与康复服务", dept="泮塘乡人民政府",
                 unit="泮塘乡日间照料中心", money=one_year(20, 16, 4), goals=[goal])  # fmt: skip
    tiers(s, H4, [
        ("产出指标", "数量指标", "日间照料服务老人数",
         mk("≥100人", "D104", "warning", row=True, note="年度目标写服务120名老人，指标只有100人")),
        (None, None, "助餐服务人次", "≥30000人次"),
        (None, "质量指标", "餐食留样合格率", "=100%"),
        (None, "时效指标", "康复室改造完成时间",
         mk(day(2026, 6, 30), "Y102", "error", alt=("D104",),
            note="一年期2025年度项目，目标写6月底前，日期却是2026年")),
        (None, "成本指标", "助餐补助标准",
         mk("≤8元/人次", "B107", "warning", row=True,
            note="8元 × 30000人次 = 24万元，超过年度资金20万元")),
        ("效益指标", "社会效益指标", "高龄老人就餐困难缓解情况", "有效缓解"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaf03-daycare-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, the period count beside a smaller year's count, a later year prepared for "
         "(correct)")  # fmt: skip
def kaf03() -> Book:
    b, s = new_book()
    goals = ("三年建成村级日间照料站9个，累计服务老人不少于27000人次，为2028年全县推广积累经验。",
             "2025年建成日间照料站3个，服务老人不少于9000人次。")  # fmt: skip
    project_head(s, year=2025, years=3, name="岚柘镇农村互助养老日间照料站建设",
                 dept="岚柘镇人民政府", unit="岚柘镇社会事务办", attr="新增项目",
                 money=multi_year((150, 120, 30), (60, 48, 12)), goals=goals)  # fmt: skip
    tiers(s, H5, [
        ("产出指标", "数量指标", "建成日间照料站数量", "≥9个", "≥3个"),
        (None, None, "照料站服务老人人次", "≥27000人次", "≥9000人次"),
        (None, "质量指标", "站点消防验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单站建设补助标准", "≤15万元/个", "≤15万元/个"),
        ("效益指标", "社会效益指标", "农村留守老人日间照料覆盖率", "≥60%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "入站老人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaf04-daycare-period-copy", (8,), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "a 年度目标 left from 2024, a cumulative count copied, a year's count above the "
         "period's")  # fmt: skip
def kaf04() -> Book:
    b, s = new_book()
    annual = mk("2024年度完成护理员培训30人，托养失能老人2400人次。", "Y103", "error",
                alt=("Y101",), note="2025年度申报，年度目标仍写2024年度（上期残留）")  # fmt: skip
    goals = ("两年内培训护理员60人，累计托养失能老人4800人次。", annual)
    project_head(s, year=2025, years=2, name="沅柘镇失能老人日间托养能力提升",
                 dept="沅柘镇人民政府", unit="沅柘镇日间照料中心",
                 money=multi_year((80, 64, 16), (40, 32, 8)), goals=goals)  # fmt: skip
    tiers(s, H5, [
        ("产出指标", "数量指标", "护理员培训人数", "≥60人",
         mk("≥60人", "D202", "warning", alt=("D104",),
            note="两年累计人数照抄到年度列；年度目标是30人")),
        (None, None, "托养失能老人人次", "≥4800人次",
         mk("≥5200人次", "D201", "error", note="一年的人次大于两年合计4800")),
        (None, "质量指标", "护理员培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "托养服务响应时间", "≤2个工作日", "≤2个工作日"),
        ("成本指标", "经济成本指标", "护理员人均培训费用", "≤1500元/人", "≤1500元/人"),
        ("效益指标", "社会效益指标", "失能老人家庭照护负担", "有效减轻", "有效减轻"),
        ("满意度指标", "服务对象满意度指标", "托养老人家属满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaf05-daycare-department", (10, 12), "department, NAT-2021, budget with shares, "
         "tasks adding to 项目支出, tier points and indicator points both 100, a rate in 百分点 "
         "(correct)")  # fmt: skip
def kaf05() -> Book:
    b, s = new_book()
    shares = [pct(1), pct(0.9333, "0.00%"), pct(0.0667, "0.00%"), pct(0.6), pct(0.4)]
    department_head(s, year=2025, dept="沅柘镇社会事务办公室",
                    budget=[budget(300, 280, 20, 180, 120), shares],
                    tasks=[("日间照料站运营", "3个村级照料站日常运营", 70, "服务不少于12000人次"),
                           ("高龄老人助餐补贴", "照料站助餐补贴", 50, "助餐不少于20000人次"),
                           ("金额合计", None, 120, None)],
                    goal="目标1：3个村级照料站全年服务老人不少于12000人次；"
                         "目标2：助餐不少于20000人次。")  # fmt: skip
    tiers(s, (*H4, "分值"), [
        ("产出指标（50分）", "数量指标", "照料站服务人次", "≥12000人次", 20),
        (None, None, "照料站助餐人次", "≥20000人次", 15),
        (None, "质量指标", "照料站安全检查合格率", pct(1.0), 10),
        (None, "时效指标", "助餐补贴发放及时率", "≥95%", 5),
        ("成本指标（10分）", "经济成本指标", "助餐补贴标准", "≤25元/人次", 10),
        ("效益指标（30分）", "社会效益指标", "高龄老人助餐覆盖率", "提高≥5百分点", 15),
        (None, "可持续影响指标", "照料站运营管理制度", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "入站老人满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("kaf06-daycare-department-tasks", (5, 12), "department, NAT-2021, abbreviated tier "
         "labels: tasks not adding to 金额合计, one indicator twice under two tier-2s, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def kaf06() -> Book:
    b, s = new_book()
    total = mk(80, "B102", "error", note="任务金额 45 + 30 = 75，金额合计写80")
    department_head(s, year=2025, dept="泮塘乡民政服务站",
                    budget=[budget(180, 150, 30, 100, 80)],
                    tasks=[("日间照料站运营", "2个日间照料站日常运营", 45, "服务不少于6000人次"),
                           ("独居老人巡访", "每月上门巡访独居老人", 30, "巡访300户"),
                           ("金额合计", None, total, None)],
                    goal="目标1：2个日间照料站全年服务不少于6000人次；"
                         "目标2：巡访独居老人300户，每月不少于1次。")  # fmt: skip
    tiers(s, H4, [
        ("产出", "数量", "日间照料站服务人次", "≥6000人次"),
        (None, None, "独居老人巡访户数", "≥300户"),
        (None, "质量", "巡访记录完整率", "≥95%"),
        (None, "时效", "巡访问题转介时限", "≤3个工作日"),
        ("成本", "经济成本", "单户巡访补助标准", "≤1000元/户"),
        ("效益", "社会效益",
         mk("独居老人巡访覆盖户数", "D103", "warning", row=True, alt=("D101",),
            note="与数量指标“独居老人巡访户数”是同一指标，多一个词"), "≥300户"),
        (None, None, mk("巡访老人满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益下"), "≥90%"),
        ("满意度", "服务对象满意度", "照料站老人满意度", "≥90%"),
    ])  # fmt: skip
    return b
