"""Returns dk07–dk12: sweet-potato vermicelli (红薯粉条、粉丝) processing in 梨垭乡 and 上坳村."""

from __future__ import annotations

from tests.variants.holdout573.common import (
    HEAD4,
    WIDE,
    department,
    funds,
    indicators,
    notes,
    period_funds,
    project,
    sign,
)
from tests.variants.holdout573.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "dk07-noodle-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percents, weights add to 100, two similar rates that measure different things (correct)",
)
def dk07() -> Book:
    goal = "指导红薯粉加工户150户，抽检红薯粉条60批次，加工废水处理达标，服务对象满意。"
    b, s = department(2025, "桐坳县梨垭乡农产品加工服务站", (160, 140, 20, 110, 50), goal)
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    rows = [
        ("红薯淀粉出粉率", 10, "%", "≥", pct(0.16)),
        ("红薯粉条成品率", 10, "%", "≥", pct(0.9)),
        ("指导红薯粉加工户", 15, "户", "≥", 150),
        ("红薯粉条抽检批次", 10, "批次", "≥", 60),
        ("红薯粉条抽检合格率", 15, "%", "≥", pct(0.97)),
        ("加工废水处理达标率", 10, "%", "≥", pct(0.95)),
        ("加工户户均增收", 10, "元", "≥", 2000),
        ("加工户投诉率", 5, "%", "≤", pct(0.02)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ]
    s.table(rows)
    s.row("合计", 100)
    sign(s, "龚永年", "0739-5530462", day(2024, 11, 22))
    return b


@variant(
    "dk08-noodle-three-years",
    (8, 12),
    "three-year project (2025—2027), OLD-NAT, 中期 and 年度 value columns and money: an "
    "annual count above the period, a period count below the 中期目标, a past year in the "
    "年度目标",
)
def dk08() -> Book:
    mid = "三年建设红薯粉标准化晾晒场3处，带动种植加工农户300户，打造“梨垭粉条”品牌。"
    year = mk(
        "建设红薯粉标准化晾晒场，带动农户80户，2024年10月前完成粉条加工设备调试。",
        "Y103",
        "error",
        alt=("Y102", "Y101"),
        note="2025年度目标里写2024年10月前完成，既非预算年度也不在项目期内",
    )
    b, s = project(
        2025,
        "梨垭乡红薯粉条产业提升项目",
        "桐坳县梨垭乡人民政府",
        period_funds((360, 300, 60), (130, 110, 20)),
        [mid, year],
        years=3,
    )
    farms = mk("≥200户", "D104", "warning", row=True, note="中期目标写带动农户300户")
    rows = [
        (
            "产出指标",
            "数量指标",
            "建设红薯粉标准化晾晒场",
            "≥3处",
            mk("≥4处", "D201", "error", note="年度4处超过中期3处"),
        ),
        (None, None, "带动种植加工农户", farms, "≥80户"),
        (None, "质量指标", "红薯粉条抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "当年建设任务完成率", "=100%", "=100%"),
        (None, "成本指标", "晾晒场建设补助标准", "≤30万元/处", "≤30万元/处"),
        ("效益指标", "经济效益指标", "带动农户户均增收", "≥3000元", "≥2000元"),
        (None, "可持续影响指标", "“梨垭粉条”品牌运营年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant(
    "dk09-noodle-operator-words",
    (11,),
    "project, OLD-NAT, operators in words in their own column (大于等于/小于等于), unit "
    "column: a 反向 rate with 大于等于, an install date before the budget year",
)
def dk09() -> Book:
    b, s = project(
        2025,
        "上坳村红薯粉丝作坊设备更新项目",
        "桐坳县上坳村股份经济合作社",
        funds(50, 42, 8),
        ["更新漏粉机6台，新增冷冻老化库容120立方米。"],
    )
    wrong_way = mk("大于等于", "T108", "warning", row=True, note="超标率是反向指标")
    early = mk(
        day(2024, 10, 31, CN_DATE), "Y102", "error", note="2025年度项目，安装完成时间却在2024年"
    )
    rows = [
        ("产出指标", "数量指标", "更新红薯粉丝漏粉机", "大于等于", 6, "台"),
        (None, None, "新增冷冻老化库容", "大于等于", 120, "立方米"),
        (None, "质量指标", "粉丝铝残留超标率", wrong_way, pct(0.01), "%"),
        (None, "时效指标", "设备安装完成时间", "小于等于", early, None),
        (None, "成本指标", "漏粉机更新单价", "小于等于", 4.8, "万元/台"),
        ("效益指标", "经济效益指标", "粉丝作坊年销售收入增长率", "大于等于", pct(0.12), "%"),
        (None, "生态效益指标", "加工废水达标排放率", "大于等于", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "大于等于", pct(0.9), "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), rows)
    return b


@variant(
    "dk10-noodle-second-sheet",
    (7,),
    "project: head on the first sheet, NAT-2021 table on a second sheet under 考核指标 and "
    "预期实现值; a 下降率 with ≥, a rate raised in 百分点 (correct)",
)
def dk10() -> Book:
    b, _ = project(
        2025,
        "梨垭乡红薯粉加工废水处理站建设项目",
        "桐坳县梨垭乡人民政府",
        funds(95, 80, 15),
        ["建成日处理60吨的加工废水处理站1座，COD排放下降10%以上。"],
        sheet="项目基本信息",
    )
    s = b.sheet("绩效指标", WIDE)
    s.title("梨垭乡红薯粉加工废水处理站建设项目绩效指标", 4)
    rows = [
        ("成本指标", "经济成本指标", "废水处理站建设成本", "≤85万元"),
        ("产出指标", "数量指标", "建成废水处理站", "1座"),
        (None, None, "日处理能力", "≥60吨"),
        (None, "质量指标", "出水水质达标率", "≥95%"),
        (None, "时效指标", "处理站投入运行时间", "2025年11月30日前"),
        ("效益指标", "生态效益指标", "加工废水COD排放下降率", "≥10%"),
        (None, "经济效益指标", "红薯粉条优质品率提高幅度", "≥3百分点"),
        (None, "可持续影响指标", "处理站运维管护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "考核指标", "预期实现值"), rows)
    return b


@variant(
    "dk11-noodle-system-export",
    (9, 4),
    "budget-system export: money on 部门项目支出预算05-1, indicators on 部门项目支出绩效目标05-2 "
    "with codes in the first columns and the header on row 3: an HTML tag, a date serial, "
    "one indicator twice with two values",
)
def dk11() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", WIDE)
    code, pcode, pname = "213005001", "52112025000000012", "红薯粉加工技术提升与质量追溯"
    m.title("部门项目支出预算表", 7)
    m.row("单位：万元")
    m.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    m.row(code, "桐坳县农业技术推广中心", pcode, pname, 64, 54, 10)
    m.row("合计", None, None, None, 64, 54, 10)
    s = b.sheet("部门项目支出绩效目标05-2", WIDE)
    s.title("部门项目支出绩效目标表", 8)
    s.row("单位：万元")
    goal = mk(
        "<p>推广红薯粉无矾加工技术，培训加工户200人次，建立追溯赋码作坊30家。</p>",
        "X102",
        "warning",
        note="系统导出带出 <p> 标签",
    )
    twice = mk(
        "≥150人次",
        "D102",
        "error",
        row=True,
        alt=("D101", "D103"),
        note="与上两行同名指标“≥200人次”矛盾",
    )
    serial = mk("45901", "X104", "warning", note="2025-09-01 的日期序列号存成文本")
    tail = [
        ("产出指标", "数量指标", "培训红薯粉加工户", "≥200人次"),
        (None, None, "建立质量追溯赋码作坊", "≥30家"),
        (None, None, "培训红薯粉加工户", twice),
        (None, "质量指标", "无矾红薯粉抽检合格率", "≥98%"),
        (None, "时效指标", "赋码系统上线时间", serial),
        (None, "成本指标", "培训人均成本", "≤600元/人次"),
        ("效益指标", "经济效益指标", "无矾粉条销售溢价率", "≥10%"),
        (None, "社会效益指标", "赋码产品可追溯率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%"),
    ]
    rows = [(code, pcode, pname, goal if i == 0 else None, *t) for i, t in enumerate(tail)]
    header = ("单位编码", "项目编码", "项目名称", "年度绩效目标", *HEAD4)
    indicators(s, header, rows, merged=(4, 5, 6))
    notes(s, "数据来源：桐坳县预算管理一体化系统导出", width=8)
    return b


@variant(
    "dk12-noodle-template-rows",
    (6, 13),
    "project, NAT-2021: a tier-2 left from the template without an indicator, a value "
    "without a name, a delivery rate under 质量",
)
def dk12() -> Book:
    b, s = project(
        2025,
        "茶棚村红薯粉条包装车间改造项目",
        "桐坳县茶棚村股份经济合作社",
        funds(40, 35, 5),
        ["改造红薯粉条包装车间400平方米，新增包装线2条。"],
    )
    rows = [
        ("成本指标", "经济成本指标", "车间改造单价", "≤650元/平方米"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("产出指标", "数量指标", "改造包装车间面积", "≥400平方米"),
        (None, None, mk(None, "F110", "error", note="有值≥2条，无指标名称"), "≥2条"),
        (None, "质量指标", "包装密封合格率", "≥98%"),
        (
            None,
            None,
            mk("红薯粉条按期交货率", "F201", "warning", row=True, note="按期交货属时效指标"),
            "≥95%",
        ),
        (None, "时效指标", "车间改造完工时间", "2025年9月30日前"),
        ("效益指标", "经济效益指标", "包装粉条每公斤增值", "≥2元"),
        (None, "社会效益指标", "带动车间务工人数", "≥12人"),
        ("满意度指标", "服务对象满意度指标", "入驻加工户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    return b
