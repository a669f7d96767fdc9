"""学校食堂提质改造 returns of the 774th held-out set: kdd07–kdd12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout774.common import (
    DEPT,
    TIER,
    book,
    details,
    funds,
    indicators,
    notes,
    signature,
    wan,
)
from tests.variants.holdout774.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk

UNIT = "枫潭市学校后勤管理中心"


@variant(
    "kdd07-canteen-money",
    (12,),
    "project, NAT-2021, one value column, a detail block that adds up, a goal count with its "
    "rural part in brackets (correct)",
)
def kdd07() -> Book:
    b, s = book()
    goal = "改造9所学校食堂（其中农村学校6所），实现明厨亮灶全覆盖。"
    project_head(s, year=2025, name="学校食堂提质改造", dept=DEPT, unit=UNIT,
                 money=funds(400, 350, 50), goals=[goal])  # fmt: skip
    indicators(s, (*TIER, "指标值"), [
        ("产出指标", "数量指标", "改造学校食堂数", "≥9所"),
        (None, None, "其中：农村学校食堂改造数", "≥6所"),
        (None, "质量指标", "明厨亮灶覆盖率", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2025年8月25日前"),
        ("成本指标", "经济成本指标", "每所食堂改造补助", "≤30万元/所"),
        ("效益指标", "社会效益指标", "学校食品安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "学生就餐满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [
        ("食堂改造工程", wan(270), "9所×30万元"),
        ("厨房设备购置", wan(90), "9所×10万元"),
        ("明厨亮灶监控", wan(40), "按采购预算"),
    ], wan(400))  # fmt: skip
    return b


@variant(
    "kdd08-canteen-money-wrong",
    (12,),
    "project, NAT-2021, one value column: the money block and the detail lines do not add up, "
    "the goal's canteen count differs from the indicator",
)
def kdd08() -> Book:
    b, s = book()
    goal = "改造8所农村学校食堂，配齐冷链留样设备。"
    total = mk(wan(320), "B101", "error", row=True, note="财政拨款260+其他资金40=300，不是320")
    money = [("年度资金总额", total, "其中：财政拨款", wan(260)), ("其他资金", wan(40), None, None)]
    project_head(s, year=2025, name="农村学校食堂改造", dept=DEPT, unit=UNIT, money=money,
                 goals=[goal])  # fmt: skip
    indicators(s, (*TIER, "指标值"), [
        ("产出指标", "数量指标", "改造农村学校食堂数",
         mk("≥6所", "D104", "warning", note="年度目标写改造8所")),
        (None, None, "配置留样冷柜", "≥8台"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "每所食堂改造补助", "≤30万元/所"),
        ("效益指标", "社会效益指标", "农村学生在校就餐率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学生就餐满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [
        ("食堂改造工程", wan(180), "6所×30万元"),
        ("厨房设备购置", wan(100), "按采购预算"),
        ("冷链留样设备", wan(30), "8台"),
    ], mk(wan(320), "B102", "error", note="明细180+100+30=310，不是320"))  # fmt: skip
    return b


@variant(
    "kdd09-canteen-department",
    (4, 12),
    "department, NAT-2021, key tasks adding to 项目支出, a note row inside the table, a header "
    "repeated after a page break, 填表说明 and signature lines (correct)",
)
def kdd09() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="枫潭市教育局", budget=[
        (wan(5200), wan(4700), wan(500), wan(3800), wan(1400)),
    ], tasks=[
        ("学校食堂提质改造", "改造中小学食堂", wan(600), "改造食堂≥20所"),
        ("乡村教师培训", "乡村教师分层培训", wan(300), "培训≥1500人"),
        ("课后服务保障", "课后服务教师补助", wan(500), "覆盖学校≥86所"),
        ("金额合计", None, wan(1400), None),
    ], goal="完成20所学校食堂改造，培训乡村教师1500人，课后服务覆盖全市86所学校。")  # fmt: skip
    head = (*TIER, "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "改造学校食堂数", "≥20所"),
        (None, None, "培训乡村教师人数", "≥1500人"),
        (None, None, "开展课后服务学校数", "≥86所"),
        (None, "质量指标", "食堂改造验收合格率", "=100%"),
        (None, "时效指标", "培训计划完成时间", "2025年11月30日前"),
    ])  # fmt: skip
    notes(s, "注：以上数量指标均为全市合计，分校名单见附件。", width=4)
    indicators(s, head, [
        ("成本指标", "经济成本指标", "每所食堂改造补助", "≤30万元/所"),
        ("效益指标", "社会效益指标", "学校食品安全事故", "≤0起"),
        (None, "可持续影响指标", "食堂日常监管机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值请写比较符和单位；2.定性指标写等级；3.本表一式两份。")
    signature(s, "韦书澜", "0597-6620582", day(2024, 11, 22, CN_DATE))
    return b


@variant(
    "kdd10-canteen-tier-labels",
    (5,),
    "project, OLD-NAT, numbered tier labels (一、产出指标, （一）数量指标): a quality rate under "
    "时效, a satisfaction rate under 社会效益, one count twice",
)
def kdd10() -> Book:
    b, s = book()
    goal = "完成10所学校食堂改造，食品抽检合格率达到98%以上。"
    project_head(s, year=2025, name="学校食堂食品安全提升", dept=DEPT, unit=UNIT,
                 money=funds(280, 280, 0), goals=[goal])  # fmt: skip
    indicators(s, (*TIER, "指标值"), [
        ("一、产出指标", "（一）数量指标", "改造食堂数", "≥10所"),
        (None, None, "完成改造学校食堂数",
         mk("≥10所", "D103", "warning", row=True, alt=("D101",),
            note="与上一行是同一指标，多了几个字")),
        (None, "（二）质量指标", "食堂从业人员持证率", "=100%"),
        (None, "（三）时效指标", "改造完工时间", "2025年8月31日前"),
        (None, None, mk("食品安全抽检合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效下"), "≥98%"),
        (None, "（四）成本指标", "每所食堂改造补助", "≤28万元/所"),
        ("二、效益指标", "（一）社会效益指标", "学校食品安全事故", "≤0起"),
        (None, None, mk("学生就餐满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益下"), "≥90%"),
        ("三、满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


def export(b: Book, code: str, name: str, amounts: tuple[float, float, float]) -> Sheet:
    """A budget-system export: the money sheet 05-1, then the goal sheet 05-2 with its header
    on the third row and the project code in the first column."""
    s = b.sheet("部门项目支出预算05-1", (16, 24, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, *(wan(a) for a in amounts))
    g = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 26, 14, 10, 10))
    g.title("2025年部门项目支出绩效目标表", 8)
    g.row("填报单位：" + UNIT)
    g.row("项目编码", "项目名称", *TIER, "指标值", "计量单位", "指标方向")
    return g


@variant(
    "kdd11-canteen-export",
    (7, 9),
    "budget-system export on two sheets (05-1 money, 05-2 goals, header on row 3, codes in the "
    "first columns), =100% stays text, a date cell as deadline (correct)",
)
def kdd11() -> Book:
    b = Book()
    code, name = "417001250031", "农村学校食堂设备更新"
    g = export(b, code, name, (180, 150, 30))
    rows = [
        ("产出指标", "数量指标", "更新厨房设备", "≥45", "台", "正向"),
        ("产出指标", "质量指标", "设备验收合格率", "=100%", None, "正向"),
        ("产出指标", "时效指标", "设备安装完成时间", day(2025, 9, 30, CN_DATE), None, "反向"),
        ("成本指标", "经济成本指标", "设备平均单价", "≤3.2", "万元/台", "反向"),
        ("效益指标", "社会效益指标", "食堂用电安全隐患", "≤0", "起", "反向"),
        ("满意度指标", "服务对象满意度指标", "食堂从业人员满意度", "≥90%", None, "正向"),
    ]
    for r in rows:
        g.row(code, name, *r)
    return b


@variant(
    "kdd12-canteen-export-defects",
    (9, 12),
    "budget-system export on two sheets: a deadline stored as a date serial in a text cell, a "
    "unit price × count above the money on the other sheet",
)
def kdd12() -> Book:
    b = Book()
    code, name = "417001250032", "城区学校食堂设备更新"
    g = export(b, code, name, (160, 160, 0))
    rows = [
        ("产出指标", "数量指标", "更新厨房设备", "≥60", "台", "正向"),
        ("产出指标", "质量指标", "设备验收合格率", "=100%", None, "正向"),
        (
            "产出指标",
            "时效指标",
            "设备安装完成时间",
            mk("46022", "X104", "warning", note="文本中的日期序列号（2025-12-31）"),
            None,
            "反向",
        ),
        (
            "成本指标",
            "经济成本指标",
            "设备平均单价",
            mk(
                "≤3.5",
                "B107",
                "warning",
                row=True,
                note="3.5万元×60台=210万元，超过资金总额160万元",
            ),
            "万元/台",
            "反向",
        ),
        ("效益指标", "社会效益指标", "食堂用电安全隐患", "≤0", "起", "反向"),
        ("满意度指标", "服务对象满意度指标", "食堂从业人员满意度", "≥90%", None, "正向"),
    ]
    for r in rows:
        g.row(code, name, *r)
    return b
