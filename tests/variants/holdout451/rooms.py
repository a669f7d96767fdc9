"""ys13–ys18: the community music rooms' budgets: department money blocks, a budget-system
export with the table on a second sheet, PDF artefacts, a page break, a cost standard over its
money."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout451.common import (
    DEPT,
    HALL,
    PALACE,
    YEAR,
    annual,
    funds,
    note,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout451.registry import variant
from tests.variants.kit import Book, day, mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
BUDGET = [[wan(260), wan(230), wan(30), wan(90), wan(170)]]


@variant(
    "ys13-rooms-department-money",
    (12, 4),
    "department, NAT-2021: budget and key tasks "
    "adding up, 金额合计 = 项目支出 explained in a footnote (correct)",
)
def ys13() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=HALL, budget=BUDGET, tasks=[
        ("少儿钢琴课", "6个社区琴房开课", wan(70), "授课≥3000课时"),
        ("少儿小提琴课", "4个社区音乐教室开课", wan(55), "授课≥2000课时"),
        ("琴房维护", "钢琴调律、提琴维修", wan(45), "乐器完好率≥95%"),
        ("金额合计", None, wan(170), None),
    ], goal="办好社区琴房少儿钢琴、小提琴课，全年授课不少于5000课时。")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "少儿钢琴、小提琴授课课时", "≥5000课时"),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        (None, "时效指标", "春秋季按期开课率", "≥95%"),
        ("成本指标", "经济成本指标", "每课时平均授课成本", "≤240元/课时"),
        ("效益指标", "社会效益指标", "社区少儿音乐会场次", "≥12场"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：金额合计为项目支出 170 万元，不含基本支出 90 万元。")
    sign(s, "葛洛宁", "0739-6640312")
    return b


@variant(
    "ys14-rooms-department-money-wrong",
    (12,),
    "department, NAT-2021: 资金总额 ≠ 基本支出 + 项目支出, key tasks not adding up to 金额合计",
)
def ys14() -> Book:
    b, s = start()
    total = mk(wan(260), "B101", "error", note="260 ≠ 基本支出 90 + 项目支出 160")
    department_head(s, year=YEAR, dept=HALL,
                    budget=[[total, wan(230), wan(30), wan(90), wan(160)]], tasks=[
        ("少儿钢琴课", "5个社区琴房开课", wan(68), "授课≥2800课时"),
        ("少儿小提琴课", "4个社区音乐教室开课", wan(52), "授课≥1900课时"),
        ("琴房维护", "钢琴调律、提琴维修", wan(40), "乐器完好率≥95%"),
        ("金额合计", None, mk(wan(165), "B102", "error", note="68 + 52 + 40 = 160 ≠ 165"), None),
    ], goal="办好社区琴房少儿钢琴、小提琴课，全年授课不少于4700课时。")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "少儿钢琴、小提琴授课课时", "≥4700课时"),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        ("成本指标", "经济成本指标", "每课时平均授课成本", "≤250元/课时"),
        ("效益指标", "社会效益指标", "社区少儿音乐会场次", "≥10场"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "葛洛宁", "0739-6640312")
    return b


@variant(
    "ys15-rooms-export-second-sheet",
    (7, 4),
    "budget-system export: head on sheet "
    "部门项目支出预算05-1, the table on 部门项目支出绩效目标05-2 under a third-row header with "
    "project codes in the first columns, 度量单位 column (correct)",
)
def ys15() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(
        s,
        year=YEAR,
        name="社区琴房少儿器乐课",
        dept=DEPT,
        unit=HALL,
        money=funds(40, 34, 6),
        goals=["在社区琴房开设少儿钢琴、小提琴课，全年授课不少于2600课时。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 28, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位：苇塘区文化馆", None, None, None, None, None, None, "金额单位：万元")
    code, name = "318004-25-0112", "社区琴房少儿器乐课"
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
              "度量单位"), [
        (code, name, "产出指标", "数量指标", "钢琴、小提琴授课课时", "≥", 2600, "课时"),
        (code, name, None, "质量指标", "学员结业考核合格率", "≥", 90, "%"),
        (code, name, None, "时效指标", "按期开课率", "≥", 95, "%"),
        (code, name, "成本指标", "经济成本指标", "每课时授课成本", "≤", 150, "元/课时"),
        (code, name, "效益指标", "社会效益指标", "社区少儿汇报演出", "≥", 8, "场"),
        (code, name, "满意度指标", "服务对象满意度指标", "学员家长满意度", "≥", 90, "%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "ys16-rooms-pdf-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, detail lines "
    "below the table: a split number, an amount pasted twice, a date serial as text",
)
def ys16() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="社区琴房少儿小提琴暑期集训",
        dept=DEPT,
        unit=PALACE,
        money=annual(30, 30, 0),
        goals=["暑期在社区琴房集中开展少儿小提琴集训，授课不少于1200课时。"],
    )
    table(s, H4, [
        ("产出指标", "数量指标", "集训授课课时", "≥1200课时"),
        (None, "质量指标", "集训结业考核合格率", "≥90%"),
        (None, "时效指标", "集训结课时间",
         mk("45887", "X104", "warning", alt=("T116",), note="日期序列号 45887 即 2025-08-18")),
        (None, "成本指标", "每课时集训成本", "≤250元/课时"),
        ("效益指标", "社会效益指标", "结营音乐会观众人次", "≥600人次"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "测算依据", "金额（万元）")
    s.row(
        None,
        "教师课酬",
        "1200课时×104.67元",
        mk("12.5 6", "X105", "warning", alt=("X103",), note="数字被空格断开，应为 12.56"),
    )
    s.row(
        None,
        "乐谱教材与耗材",
        "160套×500元",
        mk("8万8万", "X106", "error", alt=("B108",), note="金额重复粘贴，应为 8"),
    )
    s.row(None, "乐器维护与场地", "6间琴房", 9.44)
    s.row(None, "合计", None, 30)
    sign(s, "邝卓然", "0739-6628173")
    return b


@variant(
    "ys17-rooms-page-break",
    (4,),
    "department, NAT-2021, weight column: a column-number "
    "row, tier subtotals, the header repeated after a page break, a total row (correct)",
)
def ys17() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept=PALACE,
        budget=[[wan(96), wan(90), wan(6), wan(36), wan(60)]],
        goal="在社区琴房开设少儿钢琴、小提琴课，全年授课不少于2400课时。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(s, head, [("甲", "乙", "1", "2", "3")], merged=())
    s.table([
        ("产出指标", "数量指标", "钢琴、小提琴授课课时", "≥2400课时", 20),
        (None, None, "受益少儿学员", "≥240人", 10),
        (None, "质量指标", "学员结业考核合格率", "≥90%", 10),
        (None, "时效指标", "按期开课率", "≥95%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("产出指标小计", None, None, None, 50)
    s.table([
        ("成本指标", "经济成本指标", "每课时授课成本", "≤200元/课时", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("成本指标小计", None, None, None, 10)
    s.skip()
    table(s, head, [
        ("效益指标", "社会效益指标", "社区少儿音乐会场次", "≥6场", 15),
        (None, "可持续影响指标", "社区琴房志愿陪练人数", "≥20人", 15),
    ])  # fmt: skip
    s.row("效益指标小计", None, None, None, 30)
    s.table([
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("满意度指标小计", None, None, None, 10)
    s.row("合计", None, None, None, 100)
    sign(s, "孟书筠", "0739-6628145")
    return b


@variant(
    "ys18-rooms-cost-over-money",
    (12, 11),
    "project, NAT-2021, one value column: a one-year "
    "project ending in the next year, a subsidy standard × pupils above the money, = on a "
    "cost cap",
)
def ys18() -> Book:
    b, s = start()
    end = mk(
        day(YEAR + 1, 6, 30),
        "Y102",
        "error",
        alt=("Y101",),
        note="项目期 1 年，计划完成日期却在下一年",
    )
    project_head(
        s,
        year=YEAR,
        name="困难家庭少儿学琴课时补贴",
        dept=DEPT,
        unit=HALL,
        money=annual(36, 36, 0),
        attr="新增项目",
        end=end,
        goals=["为困难家庭少儿学习钢琴、小提琴发放课时补贴，受益少儿不少于300人。"],
    )
    table(s, H4, [
        ("产出指标", "数量指标", "受益困难家庭少儿", "≥300人"),
        (None, "质量指标", "补贴发放准确率", "≥98%"),
        (None, "时效指标", "补贴按季度发放及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每名少儿年度课时补贴",
         mk("≤1500元/人", "B107", "warning", row=True, note="1500元×300人=45万元>36万元")),
        (None, None, "社区琴房每课时场地成本",
         mk("=80元/课时", "T108", "warning", row=True, alt=("T107",), note="成本上限写成 =")),
        ("效益指标", "社会效益指标", "受助少儿坚持学琴一年以上比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "葛洛宁", "0739-6640312")
    return b
