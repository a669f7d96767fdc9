"""Tibetan sheep (藏羊) on the summer and winter pastures of 岗珠县: ff07–ff12."""

from __future__ import annotations

from tests.variants.holdout620.common import (
    YEAR,
    by,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout620.registry import variant
from tests.variants.kit import Book, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ff07-sheep-two-row-header",
    (7, 11),
    "project, OLD-NAT, two-row header, operators in words in their own column, a unit "
    "column, 成本指标 under 产出, ≤ on 反向 rates, a goal count with its part (correct)",
)
def ff07() -> Book:
    b, s = project(
        "曲桑、达热牧业村藏羊冬春补饲项目", "岗珠县草原工作站", one_year(wan(80), wan(70), wan(10)),
        ["2026年为曲桑、达热两个牧业村5000只藏羊开展冬春补饲（其中能繁母羊3200只），"
         "新建暖棚20座。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "绩效指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "指标性质", "指标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "冬春补饲藏羊", "大于等于", 5000, "只"),
        (None, None, "新建暖棚", "大于等于", 20, "座"),
        (None, "质量指标", "补饲草料抽检合格率", "大于等于", 95, "%"),
        (None, "时效指标", "暖棚建设完成时间", "小于等于", by(YEAR, 9, 30), None),
        (None, "成本指标", "暖棚建设补助标准", "小于等于", 1.5, "万元/座"),
        (None, None, "补饲补助标准", "小于等于", 40, "元/只"),
        ("效益指标", "经济效益指标", "藏羊出栏率较上年提高", "大于等于", 3, "百分点"),
        (None, "社会效益指标", "能繁母羊冬春死亡率", "小于等于", 3, "%"),
        (None, "生态效益指标", "天然草场超载率", "小于等于", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：20座×1.5万元＋5000只×40元＝50万元，其余用于草料运输与技术服务。")
    sign(s, "旺堆", "0891-6638102")
    return b


@variant(
    "ff08-sheep-year-leftover",
    (4, 9),
    "project, NAT-2021, one value column, note rows: a 年度目标 left from an earlier season, "
    "a deadline in the year before, a template's example row",
)
def ff08() -> Book:
    b, s = project(
        "达热牧场藏羊本品种选育项目", "岗珠县畜牧技术推广站", one_year(wan(70), wan(60), wan(10)),
        [mk("2024年在达热牧场选育藏羊核心群2000只，鉴定种公羊100只。", "Y103", "warning",
            alt=("Y101",), note="the year of a past season in a 2026 goal")],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "选育藏羊核心群", "≥2000只"),
        (None, None, "鉴定种公羊", "≥100只"),
        (None, None, "示例：培训人次",
         mk("≥**人次", "X101", "error", row=True, note="the template's example row left in")),
        (None, "质量指标", "种公羊鉴定合格率", "≥95%"),
        (None, "时效指标", "选育鉴定完成时间",
         mk("2025年11月30日前", "Y102", "error", alt=("Y103",),
            note="a deadline before the 2026 budget year")),
        ("成本指标", "经济成本指标", "种公羊鉴定费标准", "≤0.02万元/只"),
        ("效益指标", "可持续影响指标", "核心群良种率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ONE, rows)
    notes(s, "注：核心群只数以2026年12月末存栏为准。", "说明：鉴定工作由县畜牧技术推广站组织实施。")
    sign(s, "格桑曲珍", "0891-6638155")
    return b


@variant(
    "ff09-sheep-department",
    (1, 12),
    "department, NAT-2021: budget with a row of typed shares, tasks adding up to 项目支出, "
    "operator column with typed percents, a goal count with its part in brackets (correct)",
)
def ff09() -> Book:
    b, s = department(
        "岗珠县畜牧技术推广站",
        [[wan(500), wan(450), wan(50), wan(200), wan(300)],
         [pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6)]],
        "选育藏羊核心群3000只（其中种公羊150只），完成冬春补饲8000只，培训牧民500人次。",
        [["藏羊本品种选育", "核心群组建与鉴定", wan(150), "核心群3000只"],
         ["冬春补饲", "草料采购与发放", wan(100), "补饲8000只"],
         ["牧民培训", "选育与补饲技术培训", wan(50), "培训500人次"],
         ["金额合计", None, wan(300), None]],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "藏羊核心群", "≥", 3000, "只"),
        (None, None, "冬春补饲藏羊", "≥", 8000, "只"),
        (None, None, "培训牧民", "≥", 500, "人次"),
        (None, "质量指标", "核心群良种登记率", "≥", pct(0.95), None),
        (None, "时效指标", "补饲草料发放完成时间", "≤", by(YEAR, 11, 30), None),
        ("成本指标", "经济成本指标", "补饲补助标准", "≤", 100, "元/只"),
        ("效益指标", "社会效益指标", "牧户选育技术掌握率", "≥", pct(0.8), None),
        (None, "生态效益指标", "冬春草场载畜量较上年下降", "≥", 5, "百分点"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥", pct(0.92), None),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    sign(s, "米玛次仁", "0891-6638230", 12, 2)
    return b


@variant(
    "ff10-sheep-wrong-tier",
    (5,),
    "project, OLD-NAT, tier labels with * and ★: a count under 质量, a quality rate under "
    "时效, a cost under 数量",
)
def ff10() -> Book:
    b, s = project(
        "藏羊良种推广项目", "岗珠县畜牧技术推广站", one_year(wan(60), wan(50), wan(10)),
        ["2026年向6个牧业村推广藏羊良种800只，其中种公羊120只。"],
    )  # fmt: skip
    rows = [
        ("★产出指标", "*数量指标", "推广藏羊良种", "≥800只"),
        (None, None, mk("种公羊购置补助标准", "F201", "warning", row=True,
                        note="a cost standard under 数量"), "≤0.3万元/只"),
        (None, "*质量指标", mk("发放种公羊", "F201", "warning", row=True,
                               note="a count under 质量"), "≥120只"),
        (None, None, "良种鉴定合格率", "≥95%"),
        (None, "*时效指标", "种羊调运及时率", "≥95%"),
        (None, None, mk("羊毛品质检测达标率", "F201", "warning", row=True,
                        note="a quality rate under 时效"), "≥90%"),
        ("★效益指标", "经济效益指标", "受益牧户户均增收", "≥1200元"),
        (None, "可持续影响指标", "良种覆盖率", "≥60%"),
        ("★满意度指标", "服务对象满意度指标", "受益牧户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ONE, rows)
    sign(s, "尼玛拉姆", "0891-6638264")
    return b


@variant(
    "ff11-sheep-budget-export",
    (4, 7),
    "budget-system export: money on sheet 05-1, the indicator table on sheet 05-2 with the "
    "header on the third row, codes and project name in the first columns (correct)",
)
def ff11() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (18, 26, 14, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("542307-26-0031", "藏羊舍饲圈养技术示范项目", wan(45), wan(40), wan(5))
    s.row("合计", None, wan(45), wan(40), wan(5))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 22, 12, 14, 24, 10, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位名称：岗珠县草原工作站", None, None, None, None, None, "单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    code, name = "542307-26-0031", "藏羊舍饲圈养技术示范项目"
    rows = [
        ("产出指标", "数量指标", "舍饲圈养示范户", "≥", 30, "户"),
        ("产出指标", "数量指标", "示范户舍饲藏羊", "≥", 1500, "只"),
        ("产出指标", "质量指标", "示范圈舍验收合格率", "=", pct(1), None),
        ("产出指标", "时效指标", "示范户确定时间", "≤", by(YEAR, 4, 30), None),
        ("成本指标", "经济成本指标", "示范户补助标准", "≤", 1.5, "万元/户"),
        ("效益指标", "生态效益指标", "示范区草场休牧面积", "≥", 6000, "亩"),
        ("效益指标", "经济效益指标", "示范户羔羊出栏率较上年提高", "≥", 4, "百分点"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", pct(0.9), None),
    ]  # fmt: skip
    for r in rows:
        t.row(code, name, *r)
    return b


@variant(
    "ff12-sheep-forage",
    (12,),
    "project, NAT-2021, one value column: a goal's tonnage the indicator gives otherwise, "
    "a unit cost × count above the money, the same indicator under two tier-2s",
)
def ff12() -> Book:
    b, s = project(
        "冬春草料储备项目", "央曲乡农牧综合服务中心", one_year(wan(80), wan(70), wan(10)),
        ["2026年储备冬春补饲草料800吨，保障6000只藏羊安全越冬。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "储备补饲草料",
         mk("≥600吨", "D104", "warning", row=True, note="the 年度目标 states 800吨")),
        (None, None, "冬春补饲藏羊", "≥6000只"),
        (None, "质量指标", "草料霉变率", "≤2%"),
        (None, "时效指标", "草料入库完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "草料采购单价",
         mk("≤0.16万元/吨", "B107", "warning", row=True,
            note="0.16 × 600 = 96万元 above the 80万元 of the project")),
        ("效益指标", "社会效益指标", "补饲藏羊只数",
         mk("≥6000只", "D101", "warning", row=True, alt=("D103",),
            note="冬春补饲藏羊 again under another tier-2")),
        (None, "生态效益指标", "冬春草场放牧强度较上年下降", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ONE, rows)
    return b
