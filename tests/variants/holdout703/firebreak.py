"""Returns of the firebreak clearing (kak07–kak12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout703.common import (
    DEPT,
    FARM,
    HEAD2,
    block,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout703.registry import variant
from tests.variants.kit import Book, day, mk


@variant("kak07-firebreak-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in each (correct)")  # fmt: skip
def firebreak_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="防火隔离带人工清理工程",
        dept=DEPT,
        unit=FARM,
        money=one_year(w(54), w(48), w(6)),
        goals=["人工清理防火隔离带120公里，宽度不少于20米，10月31日前完成。"],
    )
    block(s, [
        ("产出指标", "数量指标", "隔离带清理长度", "≥120公里"),
        (None, "质量指标", "隔离带宽度达标率", "≥95%"),
        (None, "时效指标", "清理完成时间", "2026年10月31日前"),
        (None, "成本指标", "人工清理单价", "≤4000元/公里"),
        ("效益指标", "生态效益指标", "隔离带阻隔林火蔓延能力", "提升"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        name="重点林区隔离带机械清理项目",
        dept=DEPT,
        unit=FARM,
        title="",
        money=one_year(w(36), w(30), w(6)),
        goals=["机械清理重点林区防火隔离带60公里，11月底前完成。"],
    )
    block(s, [
        ("产出指标", "数量指标", "隔离带清理长度", "≥60公里"),
        (None, "质量指标", "清理后可燃物残留率", "≤5%"),
        (None, "时效指标", "清理完成时间", "2026年11月30日前"),
        (None, "成本指标", "机械作业单价", "≤5000元/公里"),
        ("效益指标", "生态效益指标", "重点林区隔离带闭合率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kak08-firebreak-stacked-leftover", (2, 12), "two projects stacked, OLD-NAT: the "
         "second's money parts short of its total, a deadline of last year, a unit cost × length "
         "above its money")  # fmt: skip
def firebreak_stacked_leftover() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="防火隔离带清理工程",
        dept=DEPT,
        unit=FARM,
        money=one_year(w(66), w(56), w(10)),
        goals=["清理防火隔离带150公里，防火期前全部完工。"],
    )
    block(s, [
        ("产出指标", "数量指标", "隔离带清理长度", "≥150公里"),
        (None, "质量指标", "隔离带宽度达标率", "≥95%"),
        (None, "时效指标", "清理完成时间", "2026年10月31日前"),
        (None, "成本指标", "清理单价", "≤4000元/公里"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.5‰"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(40), "B101", "error", note="财政拨款30 + 其他资金6 = 36 ≠ 40")
    project_head(
        s,
        year=2026,
        name="林区防火通道维护项目",
        dept=DEPT,
        unit=FARM,
        title="",
        money=one_year(total, w(30), w(6)),
        goals=["维护防火通道32公里，确保防火期扑火车辆通行。"],
    )
    block(s, [
        ("产出指标", "数量指标", "防火通道维护长度", "≥32公里"),
        (None, "质量指标", "通道路面完好率", "≥90%"),
        (None, "时效指标", "通道维护完成时间",
         mk("2025年11月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="去年的期限留在2026年度的表里")),
        (None, "成本指标", "通道维护单价",
         mk("≤1.5万元/公里", "B107", "warning", row=True,
            note="1.5万元×32公里=48万元，超过项目资金40万元")),
        ("效益指标", "社会效益指标", "扑火车辆通行保障率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kak09-firebreak-multiyear", (8, 10), "two-year project, OLD-NAT, 中期 and 年度 columns, "
         "tier points and indicator points both 100, a rise in 百分点, a later year prepared for "
         "(correct)")  # fmt: skip
def firebreak_multiyear() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="环场防火隔离带新建项目", dept=DEPT, unit=FARM,
                 money=multi_year((w(180), w(160), w(20)), (w(90), w(80), w(10))),
                 goals=["2026—2027年新建防火隔离带240公里，形成环场隔离带主干网，为2028年全场"
                        "隔离带闭合积累施工经验。",
                        "2026年新建防火隔离带120公里，宽度达标率95%以上，森林火灾受害率控制在"
                        "0.5‰以内。"])  # fmt: skip
    block(s, [
        ("产出指标（50分）", "数量指标", "新建隔离带长度", 20, "≥240公里", "≥120公里"),
        (None, "质量指标", "隔离带宽度达标率", 15, "≥95%", "≥95%"),
        (None, "时效指标", "施工完成时间", 5, "2027年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "新建隔离带单价", 10, "≤7000元/公里", "≤7000元/公里"),
        ("效益指标（30分）", "生态效益指标", "森林火灾受害率", 10, "≤0.5‰", "≤0.5‰"),
        (None, "社会效益指标", "火情扑救成功率较上年提高", 10, "≥5百分点", "≥3百分点"),
        (None, "可持续影响指标", "隔离带长效管护机制", 10, "建立并执行", "建立并执行"),
        ("满意度指标（20分）", "服务对象满意度指标", "周边村民满意度", 10, "≥90%", "≥90%"),
        (None, None, "护林员满意度", 10, "≥90%", "≥90%"),
    ], ("一级指标", "二级指标", "三级指标", "分值", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant("kak10-firebreak-goal-length", (8, 12), "three-year project, OLD-NAT, 中期 and 年度 "
         "columns: the period's length below the goal's, a cumulative length copied into 年度, "
         "annual money above the period's")  # fmt: skip
def firebreak_goal_length() -> Book:
    b, s = start()
    annual = mk(w(230), "B103", "error", note="年度资金230万元大于中期资金210万元")
    project_head(s, year=2026, years=3, name="林缘防火隔离带改造项目", dept=DEPT, unit=FARM,
                 money=multi_year((w(210), w(190), w(20)), (annual, w(210), w(20))),
                 goals=["2026—2028年新建防火隔离带180公里，改造林缘生物防火林带30公里。",
                        "2026年新建防火隔离带60公里，改造生物防火林带10公里。"])  # fmt: skip
    block(s, [
        ("产出指标", "数量指标", "新建隔离带长度",
         mk("≥160公里", "D104", "warning", row=True, note="中期目标写新建180公里"), "≥60公里"),
        (None, None, "改造生物防火林带长度", "≥30公里",
         mk("≥30公里", "D202", "warning", alt=("D104",),
            note="累计长度的年度值照抄中期；年度目标写10公里")),
        (None, "质量指标", "隔离带宽度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "施工完成时间", "2028年11月30日前", "2026年11月30日前"),
        (None, "成本指标", "新建隔离带单价", "≤7000元/公里", "≤7000元/公里"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.5‰", "≤0.5‰"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
    ], HEAD2)  # fmt: skip
    return b


@variant(
    "kak11-firebreak-headers",
    (7,),
    "project, OLD-NAT, two-row header with 考核指标, "
    "目标值（年度） and a 评价标准 column, a 说明 row under the table (correct)",
)
def firebreak_headers() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="东片区隔离带可燃物清理项目",
        dept=DEPT,
        unit=FARM,
        money=one_year(w(28), w(24), w(4)),
        goals=["清理林场东片区防火隔离带可燃物40公里，防火期内隔离带保持通畅。"],
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    block(s, [
        ("产出指标", "数量指标", "东片区隔离带清理长度", "≥40公里", "每少1公里扣1分"),
        (None, "质量指标", "清理后可燃物残留率", "≤5%", "每超1个百分点扣1分"),
        (None, "时效指标", "清理完成时间", "2026年10月31日前", "每延迟5天扣1分"),
        (None, "成本指标", "清理单价", "≤6000元/公里", "超出标准不得分"),
        ("效益指标", "生态效益指标", "防火期隔离带通畅率", "≥95%", "每低1个百分点扣1分"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "每低1个百分点扣1分"),
    ], ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"))  # fmt: skip
    notes(s, "说明：评价标准用于年终绩效自评打分，不作为指标值。")
    return b


@variant(
    "kak12-firebreak-duplicate",
    (4, 13),
    "project, OLD-NAT, notes and a signature line: "
    "the same length twice with a word more, an area under 质量, a value without a name",
)
def firebreak_duplicate() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="防火隔离带可燃物清理项目",
        dept=DEPT,
        unit=FARM,
        money=one_year(w(75), w(65), w(10)),
        goals=["清理宽8米的防火隔离带150公里，面积约1800亩，防火期前全部完工。"],
    )
    block(s, [
        ("产出指标", "数量指标", "防火隔离带清理长度", "≥150公里"),
        (None, None, "防火隔离带清理总长度",
         mk("≥180公里", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与上一行是同一指标，多一“总”字，值却不同（目标写150公里）")),
        (None, "质量指标", "隔离带清理面积",
         mk("≥1800亩", "F201", "warning", row=True, note="面积是数量指标，填在质量指标下")),
        (None, "时效指标", "完工时间", "2026年10月31日前"),
        (None, "成本指标", "清理单价", "≤4000元/公里"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.5‰"),
        (None, "社会效益指标", mk(None, "F110", "error", note="有指标值，三级指标名称空着"),
         "≥3场"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：隔离带长度按林场现行林相图量算。", "填表说明：单价含人工和运输。")
    sign(s, "邝立言", "0746-3825240", day(2025, 11, 24))
    return b
