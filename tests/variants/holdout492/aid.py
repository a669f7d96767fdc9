"""Aid returns of the 492nd held-out set: living, medical and schooling aid for former miners
with pneumoconiosis and their families (ah07–ah12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout492.common import (
    YEAR,
    first_sheet,
    indicators,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout492.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

DEPT = "石棠区民政局（402021）"


def stacked(s: Sheet, name: str, unit: str, money: list[list[object]], goal: str,
            rows: list[tuple[object, ...]], first: bool) -> None:  # fmt: skip
    """One aid project of a stacked sheet: its head (titled only for the first), its table."""
    if not first:
        s.skip()
    project_head(
        s, year=YEAR, name=name, dept=DEPT, unit=unit, money=money, goals=[goal],
        title=None if first else "",
    )  # fmt: skip
    indicators(s, rows)


@variant("ah07-aid-stacked-three", (2,),
         "three aid projects stacked in one sheet, OLD-NAT, one value column; the same "
         "satisfaction indicator with different values per project, =100% as text, aid standards "
         "× counts equal to each budget (correct)")  # fmt: skip
def ah07() -> Book:
    b, s = first_sheet()
    stacked(
        s,
        "尘肺病患者生活救助",
        "石棠区社会救助服务中心",
        one_year(wan(120), wan(120), wan(0)),
        "对400名尘肺病患者按每人每年3000元发放生活救助。",
        [
            ("产出指标", "数量指标", "生活救助人数", "≥400人"),
            (None, "质量指标", "救助资金发放到位率", "=100%"),
            (None, "时效指标", "救助金发放时间", "每季度首月15日前"),
            (None, "成本指标", "生活救助标准", "≤3000元/人·年"),
            ("效益指标", "社会效益指标", "患者家庭基本生活保障率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
        ],
        first=True,
    )
    stacked(
        s,
        "尘肺病患者医疗救助",
        "石棠区医疗保障事务中心",
        one_year(wan(80), wan(72), wan(8)),
        "对400名尘肺病患者门诊和住院自付费用给予救助。",
        [
            ("产出指标", "数量指标", "医疗救助人数", "≥400人"),
            (None, "质量指标", "救助对象身份核实准确率", "≥98%"),
            (None, "成本指标", "人均医疗救助金额", "≤2000元/人"),
            ("效益指标", "社会效益指标", "患者就医自付费用负担", "有所减轻"),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥92%"),
        ],
        first=False,
    )
    stacked(
        s,
        "尘肺病患者家庭子女助学",
        "石棠区教育发展基金会",
        one_year(wan(30), wan(30), wan(0)),
        "资助尘肺病患者家庭在校子女120人完成学业。",
        [
            ("产出指标", "数量指标", "资助在校子女人数", "≥120人"),
            (None, "成本指标", "助学标准", "≤2500元/人"),
            ("效益指标", "社会效益指标", "受助学生辍学人数", "0人"),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥88%"),
        ],
        first=False,
    )
    signature(s, "郝映雪", "0739-6620917")
    return b


@variant("ah08-aid-stacked-wrong", (2, 12),
         "two aid projects stacked, OLD-NAT, one value column: the first's standard × count "
         "exceeds its money, the second's money does not add up and a rate is given as a "
         "count")  # fmt: skip
def ah08() -> Book:
    b, s = first_sheet()
    over = "2000元/人 × 350人 = 70万元 > 60万元"
    stacked(
        s,
        "退役矿工尘肺病医疗救助",
        "石棠区医疗保障事务中心",
        one_year(wan(60), wan(50), wan(10)),
        "对350名退役矿工尘肺病患者给予医疗救助。",
        [
            ("产出指标", "数量指标", "医疗救助人数", "≥350人"),
            (None, "质量指标", "救助对象身份核实准确率", "≥98%"),
            (
                None,
                "成本指标",
                "人均医疗救助金额",
                mk("≤2000元/人", "B107", "warning", row=True, note=over),
            ),
            ("效益指标", "社会效益指标", "患者因病致贫返贫户数", "≤5户"),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
        ],
        first=True,
    )
    total = mk(wan(95), "B101", "error", note="95 ≠ 80 + 10")
    stacked(
        s,
        "尘肺病患者家庭临时救助",
        "石棠区社会救助服务中心",
        one_year(total, wan(80), wan(10)),
        "对遭遇突发困难的尘肺病患者家庭360户给予临时救助。",
        [
            ("产出指标", "数量指标", "临时救助户数", "≥360户"),
            (
                None,
                "质量指标",
                "救助对象建档率",
                mk("360人", "T105", "error", note="a rate given as a count"),
            ),
            (None, "时效指标", "救助申请办结时限", "≤10个工作日"),
            (None, "成本指标", "户均临时救助金额", "≤2500元/户"),
            ("效益指标", "社会效益指标", "困难家庭基本生活保障率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
        ],
        first=False,
    )
    signature(s, "郝映雪", "0739-6620917")
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ah09-aid-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), percent cells, a 下降率 with ≥, a 0起 incident count, weights add to 100 "
         "(correct)")  # fmt: skip
def ah09() -> Book:
    b, s = first_sheet()
    department_head(
        s, year=YEAR, dept="柘岭市医疗保障局", budget=[(wan(640), wan(600), wan(40), wan(160),
        wan(480))], goal="落实尘肺病患者门诊、住院救助，减轻患者家庭医疗负担。",
    )  # fmt: skip
    s.skip()
    s.row(*FLAT)
    s.table([
        ("尘肺病患者门诊救助人数", 20, "人", "≥", 1800),
        ("人均门诊救助金额", 10, "元/人", "≤", 1500),
        ("救助资金按时拨付率", 15, "%", "≥", pct(0.95)),
        ("重症患者再住院率下降率", 15, "%", "≥", pct(0.1)),
        ("救助资金违规使用案件", 10, "起", "=", 0),
        ("救助政策知晓率", 15, "%", "≥", pct(0.85)),
        ("救助对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    signature(s, "卓文澜", "0731-8890342")
    return b


@variant("ah10-aid-flat-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def ah10() -> Book:
    b, s = first_sheet()
    department_head(
        s, year=YEAR, dept="岑峪县民政局", budget=[(wan(420), wan(400), wan(20), wan(110),
        wan(310))], goal="为尘肺病患者家庭提供生活救助和康复补助，兜住基本生活底线。",
    )  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("生活救助人数",
         mk("≥1200元", "T112", "error", note="value in 元, unit column 人"), "正向", "人", 20),
        ("康复补助标准", "≤1800", "反向", "元/人", 15),
        ("救助金社会化发放率", "≥98", "正向", "%", 15),
        ("救助申请退回率",
         mk("≥5", "T108", "warning", row=True, note="a 反向 rate with ≥"), "反向", "%", 15),
        ("救助对象动态复核率", "=100", "正向", "%", 15),
        ("救助对象满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    signature(s, "韦嘉禾", "0739-5570263")
    return b


@variant("ah11-aid-tier-labels", (5, 10),
         "transfer-payment project, OLD-NAT, numbered labels with points (一、产出指标（50分）), "
         "marks (*, ★), abbreviations; a score column adding to 100 like the tier points; a "
         "自付比例 lowered in 百分点 (correct)")  # fmt: skip
def ah11() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=YEAR, name="尘肺病患者救治救助省级补助资金（柘岭市）", attr="一次性项目",
        dept="柘岭市卫生健康委员会（105001）", unit="柘岭市职业病防治院",
        money=one_year(wan(260), wan(260), wan(0)),
        goals=["为2600名尘肺病患者提供免费氧疗和基础药物治疗，降低患者医疗费用负担。"],
    )  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量", "★救治救助患者人数", "≥2600人", 20),
        (None, "（二）质量指标", "治疗方案规范率", "≥95%", 10),
        (None, "（三）时效", "补助资金拨付时间", "2025年6月30日前", 10),
        (None, "（四）成本指标", "人均救治补助", "≤1000元/人", 10),
        ("二、效益指标（35分）", "*社会效益指标", "患者医疗费用自付比例", "较上年下降≥5百分点", 20),
        (None, "可持续影响", "尘肺病康复站持续运行数", "≥6个", 15),
        ("三、满意度指标（15分）", "★服务对象满意度", "受助患者满意度", "≥90%", 15),
    ]
    indicators(s, rows, header=("一级指标", "二级指标", "三级指标", "指标值", "分值"))
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：一级指标括号内为该级分值，与三级指标分值合计一致，总分100分。")
    signature(s, "司马静", "0731-8852016", day(YEAR, 3, 6))
    return b


@variant("ah12-aid-wrong-parent", (5, 11),
         "project, NAT-2021, numbered tier labels: a 社会效益 tier-2 under 产出指标, an error rate "
         "with ≥")  # fmt: skip
def ah12() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=YEAR, name="岑峪县尘肺病患者康复救助", dept="岑峪县民政局（318020）",
        unit="岑峪县社会救助服务中心", money=one_year(wan(86), wan(80), wan(6)),
        goals=["为尘肺病患者600人提供康复救助，按月足额发放康复补助。"],
    )  # fmt: skip
    rows = [
        ("一、成本指标", "（一）经济成本指标", "人均康复补助", "≤1200元/人"),
        ("二、产出指标", "（一）数量指标", "康复救助人数", "≥600人"),
        (None, "（二）时效指标", "补助按月发放及时率", "≥95%"),
        (None, mk("（三）社会效益指标", "F105", "error", note="社会效益 belongs to 效益指标"),
         "救助对象家庭生活改善", "有所改善"),
        (None, "（四）质量指标", "救助资金发放差错率",
         mk("≥1%", "T108", "warning", row=True, note="an error rate is 反向 but takes ≥")),
        ("三、效益指标", "（一）可持续影响指标", "康复救助长效机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "救助对象满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    signature(s, "韦嘉禾", "0739-5570263")
    return b
