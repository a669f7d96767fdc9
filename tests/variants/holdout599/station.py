"""County aquatic-seed station (萍川县水产苗种站) returns, ek13–ek18: a budget-system export,
two multi-year breeding projects, the station's department table, seed monitoring and disease
control; three correct, three with planted mistakes."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout599.common import (
    AGRI,
    STATION,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    two_cols,
    wan,
)
from tests.variants.holdout599.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

UNIT = "413007"
EXPORT = (
    ("41300725001", "水产良种亲本更新", [
        ("产出指标", "数量指标", "中华鳖亲本更新", "≥400组"),
        ("产出指标", "数量指标", "牛蛙种蛙更新", "≥3000只"),
        ("产出指标", "质量指标", "亲本检疫合格率", "=100%"),
        ("产出指标", "时效指标", "亲本更新完成时间", "2025年4月30日前"),
        ("产出指标", "成本指标", "中华鳖亲本更新补助", "≤800元/组"),
        ("产出指标", "成本指标", "牛蛙种蛙更新补助", "≤50元/只"),
        ("效益指标", "经济效益指标", "良种苗种销售收入", "≥60万元"),
        ("效益指标", "可持续影响指标", "全县良种覆盖率", pct(0.65)),
        ("满意度指标", "服务对象满意度指标", "苗种用户满意度", pct(0.9)),
    ]),
    ("41300725002", "苗种质量检测能力提升", [
        ("产出指标", "数量指标", "检测设备购置", "≥6台（套）"),
        ("产出指标", "数量指标", "苗种抽检批次", "≥300批次"),
        ("产出指标", "质量指标", "检测结果准确率", pct(0.98)),
        ("产出指标", "时效指标", "检测报告出具时间", "≤5个工作日"),
        ("产出指标", "成本指标", "检测设备购置单价", "≤4.5万元/台（套）"),
        ("产出指标", "成本指标", "单批次检测费用", "≤300元/批次"),
        ("效益指标", "社会效益指标", "不合格苗种流入养殖场事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "送检养殖户满意度", pct(0.9)),
    ]),
)  # fmt: skip


@variant("ek13-station-system-export", (7, 9),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "headers on the third row, unit and project codes in the first columns, =100% "
         "kept as text, typed percent cells, OLD-NAT tiers in every row (correct)")  # fmt: skip
def station_system_export() -> Book:
    b, s = book("部门项目支出预算05-1", (10, 20, 14, 24, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row(f"单位：{STATION}", None, None, None, None, None, "金额单位：万元")
    s.row("单位代码", "单位名称", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(UNIT, STATION, EXPORT[0][0], EXPORT[0][1], wan(48), wan(40), wan(8))
    s.row(UNIT, STATION, EXPORT[1][0], EXPORT[1][1], wan(36), wan(36), wan(0))
    s.row("合计", None, None, None, wan(84), wan(76), wan(8), merge=[(1, 4)])
    t = b.sheet("部门项目支出绩效目标05-2", (10, 14, 22, 12, 18, 26, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row(f"单位：{STATION}")
    t.row("单位代码", "项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for code, name, rows in EXPORT:
        for row in rows:
            t.row(UNIT, code, name, *row)
    return b


@variant("ek14-station-two-years", (7, 8),
         "two-year breeding project, NAT-2021, a two-row header with 中期 and 年度 columns: "
         "period counts beside smaller year counts, rates equal in both (correct)")  # fmt: skip
def station_two_years() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="水产苗种站良种繁育能力提升项目",
        dept=AGRI,
        unit=STATION,
        attr="新增项目",
        money=two_cols((300, 260, 40), (160, 140, 20)),
        goals=[
            "两年改造繁育车间2栋，累计繁育鳖苗60万只、牛蛙蝌蚪2000万尾，全县良种覆盖率达到70%。",
            "改造繁育车间1栋，繁育鳖苗25万只、牛蛙蝌蚪900万尾，良种覆盖率达到65%。",
        ],
    )
    top = s.r + 1
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None),
               second=(None, None, None, "中期", "年度"), rows=[
        ("产出指标", "数量指标", "繁育车间改造", "≥2栋", "≥1栋"),
        (None, None, "鳖苗繁育数量", "≥60万只", "≥25万只"),
        (None, None, "牛蛙蝌蚪繁育数量", "≥2000万尾", "≥900万尾"),
        (None, "质量指标", "苗种检疫合格率", pct(1), pct(1)),
        (None, "时效指标", "车间改造完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "繁育车间改造单价", "≤80万元/栋", "≤80万元/栋"),
        ("效益指标", "经济效益指标", "苗种销售收入", "≥150万元", "≥65万元"),
        (None, "可持续影响指标", "全县良种覆盖率", "≥70%", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "苗种用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    sign(s, "岑望舒", "0739-6657316")
    return b


@variant(
    "ek15-station-three-years-wrong",
    (8,),
    "three-year breeding base, NAT-2021, 中期 and 年度 columns: the plan's end date a year "
    "short of the three-year period, the 中期目标 count against the 中期 indicator",
)
def station_three_years_wrong() -> Book:
    b, s = book()
    end = mk(
        day(YEAR + 1, 12, 31),
        "Y101",
        "error",
        alt=("Y102", "Y103"),
        note="项目期 3年 and 中期目标（2025年—2027年）, but the plan ends 2026-12-31",
    )
    project_head(
        s,
        year=YEAR,
        years=3,
        end=end,
        name="水产苗种繁育基地建设项目",
        dept=AGRI,
        unit=STATION,
        attr="新增项目",
        money=two_cols((900, 800, 100), (280, 250, 30)),
        goals=[
            "三年累计繁育鳖苗300万只、牛蛙蝌蚪6000万尾，建成省级水产良种场。",
            "繁育鳖苗90万只、牛蛙蝌蚪1800万尾，完成省级良种场申报材料。",
        ],
    )
    late = ok("2027年10月31日前", "error", note="inside the stated period; the end date is wrong")
    fry = mk("≥250万只", "D104", "warning", row=True, note="the 中期目标 breeds 300万只")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "鳖苗繁育数量", fry, "≥90万只"),
        (None, None, "牛蛙蝌蚪繁育数量", "≥6000万尾", "≥1800万尾"),
        (None, "质量指标", "苗种检疫合格率", "100%", "100%"),
        (None, "时效指标", "良种场建设阶段任务完成时间", late, "2025年12月31日前"),
        ("成本指标", "经济成本指标", "鳖苗繁育单位成本", "≤1.2元/只", "≤1.2元/只"),
        ("效益指标", "社会效益指标", "带动苗种用户", "≥500户", "≥150户"),
        (None, "可持续影响指标", "全县良种覆盖率", "≥75%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "苗种用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ek16-station-page-break",
    (1, 4),
    "department, NAT-2021, weight column: the header repeated after a page break, page "
    "subtotals and a total of weights, a 说明 row, typed percent cells, 0起 (correct)",
)
def station_page_break() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=STATION,
                    budget=[[wan(420), wan(380), wan(40), wan(260), wan(160)]],
                    goal="更新良种亲本400组，繁育良种苗种2500万尾，抽检苗种300批次。",
                    tasks=[("亲本更新", "更新中华鳖亲本400组", wan(48), "亲本检疫合格"),
                           ("质量检测", "抽检苗种300批次", wan(36), "检测报告及时出具"),
                           ("苗种繁育", "繁育良种苗种2500万尾", wan(76), "按时供苗"),
                           ("金额合计", None, wan(160), None)])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "良种亲本更新", "≥400组", 10),
        (None, None, "良种苗种繁育", "≥2500万尾", 10),
        (None, None, "苗种抽检批次", "≥300批次", 10),
        (None, "质量指标", "苗种检疫合格率", pct(1), 10),
        (None, "时效指标", "春季供苗完成时间", "2025年5月31日前", 10),
    ])  # fmt: skip
    s.row("本页小计", None, None, None, 50, merge=[(1, 4)])
    indicators(s, head, [
        ("成本指标", "经济成本指标", "苗种繁育单位成本", "≤0.03元/尾", 10),
        ("效益指标", "经济效益指标", "苗种销售收入", "≥120万元", 10),
        (None, "社会效益指标", "不合格苗种流入养殖场事件", "0起", 5),
        (None, "可持续影响指标", "全县良种覆盖率", pct(0.68), 15),
        ("满意度指标", "服务对象满意度指标", "苗种用户满意度", pct(0.9), 10),
    ])  # fmt: skip
    s.row("本页小计", None, None, None, 50, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "说明：权重合计100分；预算执行率另行评价，不列入本表。")
    sign(s, "岑望舒", "0739-6657316")
    return b


@variant("ek17-station-monitoring-wrong", (4,),
         "project, OLD-NAT, one value column: a deadline left from last autumn, one indicator "
         "twice with a word more, a satisfaction rate under 社会效益指标")  # fmt: skip
def station_monitoring_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="水产苗种质量监测项目", dept=AGRI, unit=STATION,
                 money=one_year(30, 30, 0),
                 goals=["全年抽检水产苗种300批次，覆盖全县牛蛙、中华鳖苗种生产单位18家，"
                        "苗种产地检疫率达到95%以上。"])  # fmt: skip
    autumn = mk(
        day(YEAR - 1, 10, 31, CN_DATE),
        "Y102",
        "error",
        alt=("Y103",),
        note="a 2024 deadline left from last season in the 2025 return",
    )
    again = mk(
        "水产苗种产地检疫率",
        "D101",
        "warning",
        row=True,
        alt=("D103",),
        note="苗种产地检疫率 again, with 水产 added and the same ≥95%",
    )
    happy = mk("养殖户满意度", "F201", "warning", row=True,
               note="a satisfaction rate under 社会效益指标")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "苗种抽检批次", "≥300批次"),
        (None, None, "覆盖苗种生产单位", "≥18家"),
        (None, "质量指标", "苗种产地检疫率", "≥95%"),
        (None, None, "抽检结果复核一致率", "≥98%"),
        (None, None, again, "≥95%"),
        (None, "时效指标", "秋季苗种抽检完成时间", autumn),
        (None, "成本指标", "单批次检测费用", "≤800元/批次"),
        ("效益指标", "社会效益指标", "不合格苗种流入养殖场事件", "0起"),
        (None, None, happy, "≥90%"),
        (None, "可持续影响指标", "苗种质量监测台账", "健全"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注：检测费用 800元/批次×300批次＝24万元，其余用于采样交通。",
        "填表说明：指标值按年度填写。",
    )
    sign(s, "覃映秋", "0739-6657320")
    return b


@variant("ek18-station-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a template example row left in, a tier-2 left "
         "without an indicator, a value without a name")  # fmt: skip
def station_template_rows() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="水产苗种疫病防控项目", dept=AGRI, unit=STATION,
                 money=one_year(20, 20, 0),
                 goals=["设立苗种疫病监测点12个，全年无重大苗种疫病发生。"])  # fmt: skip
    sample = mk("≥XX万尾", "X101", "error", note="the template's example row left in")
    eco = mk("生态效益指标", "F109", "warning", row=True, note="a template tier-2 left empty")
    nameless = mk(None, "F110", "error", note="a value with no indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "苗种疫病监测点", "≥12个"),
        (None, None, "（示例）苗种供应量", sample),
        (None, "质量指标", "监测结果准确率", "≥95%"),
        (None, "时效指标", nameless, "≤7个工作日"),
        ("成本指标", "经济成本指标", "单个监测点运行补助", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "重大苗种疫病发生", "0起"),
        (None, eco, None, None),
        (None, "可持续影响指标", "疫病监测预警机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b
