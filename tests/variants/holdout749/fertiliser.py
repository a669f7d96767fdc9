"""测土配方施肥 (soil-testing formula-fertiliser) service: kce07 to kce12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout749.common import (
    BUREAU,  # fmt: skip
    SOIL,
    TIERS,
    YEAR,
    new_book,
    notes,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout749.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kce07-soil-flat-department",
    (1, 3, 10, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
    "指标值), a typed percent, a 下降率 with ≥, a rate raised in 百分点, money "
    "consistent (correct)",
)
def kce07() -> Book:
    b, s = new_book()
    department_head(s, year=YEAR, dept=SOIL, budget=[(wan(260), wan(240), wan(20), wan(150),
                    wan(110))], tasks=[
        ("测土配方施肥技术推广", "采集化验土样、发布施肥配方", wan(70), "推广面积28万亩"),
        ("耕地质量监测", "监测点取样化验、编制年度报告", wan(40), "监测点40个"),
        ("金额合计", None, wan(110), None)],
        goal=("完成土样采集化验2400个（其中耕地质量监测点样品400个），发布主要作物施肥配方12个，"
              "推广面积28万亩，化肥使用量比上年下降2%，肥料利用率提高1个百分点。"))  # fmt: skip
    s.skip()
    table(s, FLAT, [
        ("土样采集化验数量", 20, "个", "≥", 2400),
        ("主要作物施肥配方发布数量", 10, "个", "≥", 12),
        ("测土配方施肥技术覆盖率", 15, "%", "≥", pct(0.92)),
        ("化肥使用量下降率", 15, "%", "≥", 2),
        ("主要农作物肥料利用率提高", 10, "百分点", "≥", 1),
        ("测土配方施肥推广面积", 15, "万亩", "≥", 28),
        ("服务农户满意度", 15, "%", "≥", 90),
    ], merged=())  # fmt: skip
    notes(s, "说明：化肥使用量下降率以上年全县化肥使用量（折纯）为基数。")
    sign(s, "秦望舒", "0736-5830214", day(2024, 11, 22))
    return b


@variant(
    "kce08-soil-flat-wrong",
    (3, 12),
    "department, flat list: a goal count the indicator gives otherwise, tasks not adding to "
    "金额合计, the same indicator twice",
)
def kce08() -> Book:
    b, s = new_book()
    department_head(s, year=YEAR, dept=SOIL, budget=[(wan(230), wan(210), wan(20), wan(120),
                    wan(110))], tasks=[
        ("测土配方施肥技术推广", "采集化验土样、发布施肥配方", wan(65), "推广面积25万亩"),
        ("耕地质量监测", "监测点取样化验", wan(40), "监测点36个"),
        ("金额合计", None, mk(wan(110), "B102", "error", note="65+40=105，不是110"), None)],
        goal="完成土样采集化验3000个，发布施肥配方12个，推广面积25万亩。")  # fmt: skip
    s.skip()
    table(s, FLAT, [
        ("土样采集化验数量", 20, "个", "≥",
         mk(2600, "D104", "warning", row=True, note="年度总体目标写3000个")),
        ("施肥配方发布数量", 15, "个", "≥", 12),
        ("测土配方施肥推广面积", 15, "万亩", "≥", 25),
        ("测土配方施肥技术覆盖率", 15, "%", "≥", 90),
        (mk("施肥配方发布数量", "D101", "warning", row=True, alt=("D102", "D103"),
            note="与第二行是同一指标"), 10, "个", "≥", 12),
        ("监测点数据上报及时率", 10, "%", "≥", 95),
        ("服务农户满意度", 15, "%", "≥", 90),
    ], merged=())  # fmt: skip
    return b


@variant(
    "kce09-soil-points",
    (5, 10),
    "project, NAT-2021, tier-1 labels with points and an indicator score column (100 both "
    "ways), header 绩效目标值, a rate raised in 百分点 (correct)",
)
def kce09() -> Book:
    b, s = new_book()
    project(s, "测土配方施肥示范区建设", SOIL, [("资金总额", wan(40), "其中：财政拨款", wan(40))],
            ["在3个乡镇建设示范区，采集化验土样1800个，开展田间肥效试验20个，示范区化肥用量"
             "降低3%。"])  # fmt: skip
    table(s, (*TIERS, "绩效目标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "土样采集化验数量", "≥1800个", 15),
        (None, None, "田间肥效试验数量", "≥20个", 10),
        (None, "2.质量指标", "化验数据合格率", "≥98%", 15),
        (None, "3.时效指标", "施肥配方发布时间", "2025年3月15日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单个土样采集化验成本", "≤150元/个", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "示范区亩均节本增效", "≥30元", 10),
        (None, "2.生态效益指标", "示范区化肥用量降低率", "≥3%", 10),
        (None, "3.可持续影响指标", "示范区肥料利用率", "提高≥1个百分点", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "示范户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "kce10-soil-leftovers",
    (5, 12),
    "project, OLD-NAT: last season's year in the 年度目标, a satisfaction rate under "
    "社会效益, a subsidy standard × area above the money",
)
def kce10() -> Book:
    b, s = new_book()
    goal = mk("2024年完成配方肥推广2万亩，配方肥到户率达到90%，带动农户科学施肥。", "Y103",
              "warning", alt=("Y101",), note="2025年度申报表的年度目标仍写2024年")  # fmt: skip
    project(s, "配方肥推广补贴", SOIL,
            [("资金总额", wan(100), "其中：财政拨款", wan(100))], [goal])  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "配方肥推广面积", "≥2万亩"),
        (None, "质量指标", "配方肥到户率", "≥90%"),
        (None, "时效指标", "补贴资金兑付时间", "2025年11月30日前"),
        (None, "成本指标", "配方肥补贴标准",
         mk("≤60元/亩", "B107", "warning", row=True,
            note="60元/亩×2万亩=120万元，超过资金总额100万元")),
        ("效益指标", "经济效益指标", "亩均节本增效", "≥25元"),
        (None, "社会效益指标",
         mk("补贴农户满意度", "F201", "warning", row=True, note="满意度放在社会效益下"), "≥90%"),
    ])  # fmt: skip
    return b


def _budget_sheet(s: Sheet, total: object) -> None:
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row(f"单位：{BUREAU}", None, None, None, "金额单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("417001-25-0031", "测土配方施肥补助", 85, 85, 0)
    s.row("417001-25-0032", "耕地质量等级监测", 35, 30, 5)
    s.row("合计", None, total, 115, 5)


@variant(
    "kce11-soil-export",
    (7, 12),
    "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under headers "
    "考核指标 and 目标值（年度）, project codes in the first columns, operators in "
    "words (correct)",
)
def kce11() -> Book:
    b, s = new_book("部门项目支出预算05-1", (18, 20, 14, 14, 14))
    _budget_sheet(s, 120)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 12, 14, 26, 12, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row(f"单位：{BUREAU}")
    code, name = "417001-25-0031", "测土配方施肥补助"
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "考核指标", "指标性质", "目标值（年度）",
          "计量单位")  # fmt: skip
    for row in [
        ("产出指标", "数量指标", "土样采集化验数量", "大于等于", 2000, "个"),
        ("产出指标", "质量指标", "化验数据合格率", "大于等于", 98, "%"),
        ("产出指标", "时效指标", "施肥配方发布时间", "小于等于", day(2025, 3, 31), "日期"),
        ("产出指标", "成本指标", "单个土样化验成本", "小于等于", 150, "元/个"),
        ("效益指标", "社会效益指标", "技术入户率", "大于等于", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "服务农户满意度", "大于等于", 90, "%"),
    ]:
        t.row(code, name, *row)
    code, name = "417001-25-0032", "耕地质量等级监测"
    for row in [
        ("产出指标", "数量指标", "耕地质量监测点数量", "大于等于", 40, "个"),
        ("产出指标", "质量指标", "监测数据入库率", "等于", pct(1), "%"),
        ("效益指标", "可持续影响指标", "耕地质量等级评价报告", "等于", 1, "份"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "大于等于", 90, "%"),
    ]:
        t.row(code, name, *row)
    return b


@variant(
    "kce12-soil-export-wrong",
    (7, 12),
    "budget-system export: the 合计 line of sheet 05-1 does not add up, a deadline in the "
    "next year on sheet 05-2",
)
def kce12() -> Book:
    b, s = new_book("部门项目支出预算05-1", (18, 20, 14, 14, 14))
    _budget_sheet(s, mk(125, "B102", "error", alt=("B101",), note="85+35=120，合计写125"))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 18, 12, 14, 26, 12))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位：{BUREAU}")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "考核指标", "目标值（年度）")
    code, name = "417001-25-0031", "测土配方施肥补助"
    for row in [
        ("产出指标", "数量指标", "土样采集化验数量", "≥2000个"),
        (
            "产出指标",
            "时效指标",
            "施肥配方发布时间",
            mk(
                "2026年6月30日前",
                "Y102",
                "error",
                alt=("Y101", "Y103"),
                note="2025年度项目的配方发布期限在2026年",
            ),
        ),
        ("效益指标", "社会效益指标", "技术入户率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务农户满意度", "≥90%"),
    ]:
        t.row(code, name, *row)
    code, name = "417001-25-0032", "耕地质量等级监测"
    for row in [
        ("产出指标", "数量指标", "耕地质量监测点数量", "≥40个"),
        ("效益指标", "可持续影响指标", "耕地质量等级评价报告", "1份"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%"),
    ]:
        t.row(code, name, *row)
    return b
