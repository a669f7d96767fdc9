"""Digitization of paper records: scanning, cataloguing, OCR (kfs01–kfs06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout841.common import IND6, book, indicators, multi_year, one_year, sign, wan
from tests.variants.holdout841.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "澄岭县档案馆 317004"


@variant("kfs01-scan-pages", (1, 7), "project, NAT-2021, operator and unit columns, typed "
         "percent cells, a goal count with its part in brackets (correct)")  # fmt: skip
def scan_pages() -> Book:
    b, s = book()
    project_head(s, year=2025, name="馆藏文书档案数字化扫描项目", dept=DEPT, unit="澄岭县档案馆",
                 money=one_year(wan(48), wan(40), wan(8)),
                 goals=["完成馆藏文书档案数字化扫描120万页（其中婚姻登记档案30万页），著录目录"
                        "6万条，图像质量合格率不低于98%。"])  # fmt: skip
    indicators(s, (*IND6[:4], "绩效目标值", "计量单位"), [
        ("产出指标", "数量指标", "文书档案扫描页数", "≥", 120, "万页"),
        (None, None, "其中：婚姻登记档案扫描页数", "≥", 30, "万页"),
        (None, None, "目录著录条数", "≥", 6, "万条"),
        (None, "质量指标", "扫描图像质量合格率", "≥", pct(0.98), "%"),
        (None, None, "目录著录差错率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "扫描任务完成时间", "≤", day(2025, 11, 30), None),
        ("成本指标", "经济成本指标", "每页扫描加工单价", "≤", 0.35, "元/页"),
        ("效益指标", "社会效益指标", "数字化档案在线调阅比例提高", "≥", 10, "百分点"),
        (None, "可持续影响指标", "原件调阅次数下降率", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "许曼青", "0571-6630 1182")
    return b


@variant("kfs02-scan-goal-cost", (1, 12), "project, NAT-2021, one value column: the goal's "
         "page count against the indicator, unit cost × pages above the money, a next-year "
         "deadline")  # fmt: skip
def scan_goal_cost() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="民国及建国初期档案数字化项目",
        dept=DEPT,
        unit="澄岭县档案馆",
        money=one_year(wan(32), wan(32), wan(0)),
        goals=["完成民国及建国初期档案数字化扫描100万页，建立全文检索数据库。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", mk("档案扫描页数", "D104", "warning", row=True,
                                    note="goal says 100万页, the indicator 80万页"),
         "≥80万页"),
        (None, "质量指标", "图像合格率", "≥98%"),
        (None, "时效指标", "项目完成时限",
         mk("2026年3月31日前", "Y102", "error",
            note="a one-year 2025 project whose deadline falls in 2026")),
        ("成本指标", "经济成本指标", "扫描单价",
         mk("≤0.5元/页", "B107", "warning", row=True,
            note="0.5元 × 80万页 = 40万元, above the 32万元 of the year")),
        ("效益指标", "社会效益指标", "馆藏珍贵档案原件调阅减少", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "利用者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "许曼青", "0571-6630 1182")
    return b


@variant("kfs03-digitize-three-years", (8,), "three-year project 2025–2027, NAT-2021, 中期 and "
         "年度 columns, the period count beside a smaller year, a later year prepared for "
         "(correct)")  # fmt: skip
def digitize_three_years() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="馆藏档案数字化三年行动", dept=DEPT,
                 unit="澄岭县档案馆", attr="新增项目",
                 money=multi_year((wan(150), wan(135), wan(15)), (wan(50), wan(45), wan(5))),
                 goals=["三年完成馆藏档案数字化360万页，建成馆藏档案目录数据库，为2028年申报"
                        "省级数字档案馆测评积累条件。",
                        "2025年完成数字化扫描120万页，著录目录8万条。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "档案数字化页数", "≥360万页", "≥120万页"),
        (None, None, "目录著录条数", "≥24万条", "≥8万条"),
        (None, "质量指标", "图像质量合格率", pct(0.98), pct(0.98)),
        (None, "时效指标", "年度任务按期完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "每页扫描单价", "≤0.38元/页", "≤0.38元/页"),
        ("效益指标", "可持续影响指标", "数字化成果年度备份次数", "≥4次", "≥4次"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "许曼青", "0571-6630 1182")
    return b


@variant("kfs04-period-copied", (8,), "three-year project 2025–2027, NAT-2021, 中期 and 年度 "
         "columns: a year's count above the period's, 年度目标 copied from 中期目标")  # fmt: skip
def period_copied() -> Book:
    b, s = book()
    goal = "三年完成土地房产档案数字化90万页，建立档案专题数据库。"
    project_head(
        s,
        year=2025,
        years=3,
        name="土地房产档案数字化项目",
        dept=DEPT,
        unit="澄岭县档案馆",
        money=multi_year((wan(60), wan(60), wan(0)), (wan(20), wan(20), wan(0))),
        goals=[
            goal,
            mk(
                goal,
                "D204",
                "warning",
                note="the 年度目标 repeats the three-year goal word for word",
            ),
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "土地房产档案数字化页数", "≥90万页", "≥30万页"),
        (None, None, "专题数据库建设数量", "≥1个",
         ok("≥1个", "warning", note="one database, built in the first year: equal is fair")),
        (None, None, "档案修裱页数", "≥6000页",
         mk("≥8000页", "D201", "error", note="the year's 8000 pages exceed the period's 6000")),
        (None, "质量指标", "数据检索准确率", "≥99%", "≥99%"),
        ("成本指标", "经济成本指标", "每页数字化单价", "≤0.4元/页", "≤0.4元/页"),
        ("效益指标", "社会效益指标", "不动产登记查档办结时间", "≤2个工作日", "≤2个工作日"),
        ("满意度指标", "服务对象满意度指标", "查档单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "许曼青", "0571-6630 1182")
    return b


@variant("kfs05-flat-catalogue", (3, 1), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), a typed percent, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_catalogue() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="梧冈县档案馆",
        budget=[(wan(260), wan(250), wan(10), wan(190), wan(70))],
        goal="完成馆藏档案目录数据化和重点档案数字化，提升查档利用效率。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("档案目录数据著录条数", 20, "万条", "≥", 5),
        ("重点档案数字化页数", 20, "万页", "≥", 40),
        ("著录数据差错率", 15, "%", "≤", pct(0.01)),
        ("电子档案异地备份次数", 10, "次", "≥", 2),
        ("馆藏档案安全事故发生数", 15, "起", "=", 0),
        ("查档利用者满意度", 20, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "何岚舟", "0571-6581 4403")
    return b


@variant("kfs06-ocr-duplicate", (2, 5), "project, OLD-NAT, numbered tier labels: the same "
         "indicator twice with a word more and another value, a rate under 时效, last year left "
         "in the goal")  # fmt: skip
def ocr_duplicate() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="数字化档案全文识别（OCR）项目",
        dept=DEPT,
        unit="澄岭县档案馆",
        money=one_year(wan(26), wan(26), wan(0)),
        goals=[
            mk(
                "对2024年已数字化的档案图像开展全文识别150万页，2024年底前建成全文检索系统。",
                "Y103",
                "warning",
                note="2024年底前: a deadline left over from last year's return",
            )
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "1.数量指标", "全文识别页数", "≥150万页"),
        (None, None, "识别文本校对条目数", "≥3万条"),
        (None, None, mk("识别文本人工校对条目数", "D102", "error", alt=("D103", "D101"),
                        row=True, note="the same indicator as the row above, 5万条 not 3万条"),
         "≥5万条"),
        (None, "2.质量指标", "文字识别准确率", "≥95%"),
        (None, "3.时效指标", mk("全文检索查准率", "F201", "warning", row=True,
                                note="a quality rate placed under 时效"), "≥90%"),
        (None, "4.成本指标", "每页识别单价", "≤0.15元/页"),
        ("二、效益指标", "1.社会效益指标", "全文检索服务开通", "按时开通"),
        ("三、满意度指标", "1.服务对象满意度指标", "档案利用者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "许曼青", "0571-6630 1182")
    return b
