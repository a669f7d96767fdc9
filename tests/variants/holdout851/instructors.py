"""Sports instructors training (社会体育指导员培训): kgc13–kgc18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout851.common import (
    COUNTY,
    SPORTS,
    indicators,
    one_year,
    sign,
    start,
    wan,
    years,
)
from tests.variants.holdout851.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

CENTRE = "桐岗县全民健身服务中心"
HEAD_MY = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kgc13-instructors-operator-column",
    (1, 11),
    "project, OLD-NAT, operator and unit "
    "columns, typed percent cells, a 下降率 with ≥ and a zero incident count (correct)",
)
def instructors_operator_column() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="社会体育指导员等级培训",
        dept=SPORTS,
        unit=CENTRE,
        money=one_year(wan(32), wan(30), wan(2)),
        goals=["举办社会体育指导员等级培训班6期，培训300人，考核合格率不低于90%。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "培训社会体育指导员人数", "≥", 300, "人"),
        (None, None, "培训班期数", "≥", 6, "期"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "培训完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "人均培训成本", "≤", 1000, "元/人"),
        ("效益指标", "社会效益指标", "结业学员上岗服务率", "≥", pct(0.85), "%"),
        (None, None, "指导员年流失率下降率", "≥", 5, "%"),
        (None, "可持续影响指标", "培训期间安全责任事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    sign(s, "苏明远", "0771-6238820", day(2024, 11, 19))
    return b


@variant(
    "kgc14-instructors-direction",
    (11, 12),
    "project, NAT-2021, operators inside the "
    "values: the goal's count, a 正向 rate with ≤, a standard × count beyond the money",
)
def instructors_direction() -> Book:
    b, s = start()
    project_head(s, year=2025, name="社会体育指导员骨干提升培训", dept=SPORTS, unit=CENTRE,
                 money=one_year(wan(50), wan(45), wan(5)),
                 goals=["培训社会体育指导员400人，其中二级社会体育指导员120人，覆盖全县14个"
                        "乡镇。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "培训社会体育指导员人数", "≥400人"),
        (None, None, "二级社会体育指导员培训人数",
         mk("≥150人", "D104", "warning", row=True, note="年度目标写其中二级120人")),
        (None, "质量指标", "培训考核合格率",
         mk("≤85%", "T108", "warning", row=True, note="正向指标用了≤")),
        (None, "时效指标", "培训完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训补助标准",
         mk("≤1500元/人", "B107", "warning", row=True,
            note="1500元 × 400人 = 60万元，超过年度资金50万元")),
        ("效益指标", "社会效益指标", "每万人拥有社会体育指导员数", "≥25人"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgc15-instructors-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: the period's counts beside smaller annual ones, a later year prepared for "
    "(correct)",
)
def instructors_two_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, attr="新增项目", name="社区健身指导员驻点培训",
                 dept=SPORTS, unit=CENTRE,
                 money=years((wan(100), wan(90), wan(10)), (wan(50), wan(45), wan(5))),
                 goals=["2025—2026年培训社区健身指导员800人，建立县级指导员服务站12个，为2027年"
                        "在全县推广驻点指导积累师资。",
                        "2025年培训社区健身指导员400人，建立服务站6个。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "培训社区健身指导员人数", "≥800人", "≥400人"),
        (None, None, "建立指导员服务站数", "≥12个", "≥6个"),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训完成时间", "每年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1200元/人", "≤1200元/人"),
        ("效益指标", "社会效益指标", "社区居民获得健身指导比例", "提高≥5百分点", "提高≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"),
    ], head=HEAD_MY)  # fmt: skip
    return b


@variant(
    "kgc16-instructors-copied-columns",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 copied from 中期目标, a cumulative count copied to the year",
)
def instructors_copied_columns() -> Book:
    b, s = start()
    text = "开展社会体育指导员分级培训，提升基层健身指导服务能力。"
    project_head(
        s,
        year=2025,
        years=2,
        attr="新增项目",
        name="农村社会体育指导员分级培训",
        dept=SPORTS,
        unit=CENTRE,
        money=years((wan(100), wan(90), wan(10)), (wan(50), wan(45), wan(5))),
        goals=[text, mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")],
    )
    indicators(s, [
        ("产出指标", "数量指标", "培训农村社会体育指导员人数", "≥800人",
         mk("≥800人", "D202", "warning", note="两年累计数照抄到年度列")),
        (None, None, "培训班期数", "≥16期", "≥8期"),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训完成时间", "每年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤600元/人", "≤600元/人"),
        ("效益指标", "社会效益指标", "行政村健身指导覆盖率", "≥80%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
    ], head=HEAD_MY)  # fmt: skip
    return b


@variant(
    "kgc17-instructors-export",
    (4, 9),
    "budget-system export: a budget sheet 05-1 and the "
    "indicator sheet 05-2 with codes in the first columns, header on the third row, "
    "text =100% (correct)",
)
def instructors_export() -> Book:
    b, s = start("部门项目支出预算05-1", (18, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row(f"单位名称：{CENTRE}", None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("451322-25-0031", "社会体育指导员骨干培训", wan(24), wan(20), wan(4))
    s.row("合计", None, wan(24), wan(20), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 22, 12, 14, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row(f"单位名称：{CENTRE}", None, "年度目标：培训骨干社会体育指导员200人，考核合格率≥90%。",
          merge=[(1, 2), (3, 6)])  # fmt: skip
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "451322-25-0031", "社会体育指导员骨干培训"
    for row in (("产出指标", "数量指标", "培训骨干指导员人数", "≥200人"),
                ("产出指标", "质量指标", "培训考核合格率", "≥90%"),
                ("产出指标", "质量指标", "培训教材发放到位率", "=100%"),
                ("产出指标", "时效指标", "培训完成时间", "2025年9月30日前"),
                ("产出指标", "成本指标", "人均培训成本", "≤1200元/人"),
                ("效益指标", "社会效益指标", "骨干指导员带教基层指导员人数", "≥600人"),
                ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%")):  # fmt: skip
        t.row(code, name, *row)
    return b


@variant(
    "kgc18-instructors-artefacts",
    (9,),
    "project, OLD-NAT, one value column: plan dates "
    "left from last year under a 2025 title, a deadline pasted as a date serial",
)
def instructors_artefacts() -> Book:
    b, s = start()
    project_head(s, year=2025, name=f"{COUNTY}健身气功站点指导员培训", dept=SPORTS, unit=CENTRE,
                 money=one_year(wan(16), wan(16), wan(0)),
                 start=mk(day(2024, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="2025年度申报表的计划日期仍是2024年"),
                 end=day(2024, 12, 31),
                 goals=["培训健身气功站点指导员160人，覆盖站点40个。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "培训站点指导员人数", "≥160人"),
        (None, None, "覆盖健身气功站点数", "≥40个"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间",
         mk("45991", "X104", "warning", note="日期序列号存成文本（2025-11-30）")),
        (None, "成本指标", "人均培训成本", "≤1000元/人"),
        ("效益指标", "社会效益指标", "站点科学健身指导覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "站点练习群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎书航", "0771-6237164", day(2025, 1, 6))
    return b
