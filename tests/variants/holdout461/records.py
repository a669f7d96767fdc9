"""Digital records of rock art (zc07–zc12): percent and money cells, PDF artefacts, a table on a
second sheet, a budget-system export, points at two levels, operators against directions."""

from __future__ import annotations

from tests.variants.holdout461.common import TIERS, WIDE, funds, project, table, wan
from tests.variants.holdout461.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct


@variant(
    "zc07-records-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator and unit columns: "
    "a typed percent over 100 on a 完成率, 其他资金 formatted in 元 inside a 万元 block",
)
def zc07() -> Book:
    other = mk(
        money(200000, YUAN),
        "B105",
        "error",
        note="项目资金（万元）块中的其他资金显示为200,000.00元",
    )
    b, s = project(
        year=2025,
        name="岩画数字化图像采集",
        dept="赭岩县文化广电和旅游局 318004",
        unit="赭岩县岩画研究所",
        money=funds(120, 100, other),
        goals=["采集岩画高清图像3000幅，建立岩画数字图像库"],
    )
    b.file_mark("B101", "error", required=False, note="元格式的其他资金使总额不合，容忍")
    over = mk(pct(1.05), "T106", "error", note="完成率≥105%超过100%上限")
    table(s, (*TIERS, "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "岩画高清图像采集幅数", "≥", 3000, "幅"),
        (None, None, "图像采集任务完成率", "≥", over, "%"),
        (None, "质量指标", "图像色彩校正合格率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单幅图像采集成本", "≤", 300, "元/幅"),
        ("效益指标", "可持续影响指标", "数字图像库可用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "zc08-records-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines "
    "below: an amount split by a space, a date serial as text, an amount pasted twice",
)
def zc08() -> Book:
    split = mk("48.5 2", "X105", "warning", alt=("X103",), note="48.52被空格断开")
    serial = mk("46022", "X104", "warning", note="计划完成日期是日期序列号（2025-12-31）")
    b, s = project(
        year=2025,
        name="岩画档案数字化转换",
        dept="乌蓬县文物局 405002",
        unit="乌蓬县文物管理所",
        money=funds(52.52, split, 4),
        end=serial,
        goals=["将纸质岩画档案860卷转换为数字档案，建立检索目录"],
    )
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "纸质档案数字化卷数", "≥860卷"),
        (None, "质量指标", "数字档案著录合格率", "≥95%"),
        (None, "成本指标", "单卷数字化成本", "≤500元/卷"),
        ("效益指标", "社会效益指标", "档案在线检索条目数", "≥860条"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("18万18万(含三维扫描仪)", "X106", "error", alt=("B108",),
               note="设备购置18万元粘贴了两次")  # fmt: skip
    s.skip()
    s.row("资金明细", "设备购置费", twice)
    s.row(None, "数据采集劳务费", wan(22))
    s.row(None, "数据处理与存储费", wan(12.52))
    s.row(None, "合计", wan(52.52))
    return b


@variant(
    "zc09-records-second-sheet",
    (7, 10),
    "project: head on the first sheet, the table on a "
    "second sheet under 考核指标 and 预期实现值, a rate raised in 百分点 (correct)",
)
def zc09() -> Book:
    b, _ = project(
        year=2025,
        name="岩画数字档案平台扩容",
        dept="鹰嘴峡县文化和旅游局 217006",
        unit="鹰嘴峡县文物保护中心",
        money=funds(64, 60, 4),
        goals=["平台存储扩容至120TB，新增岩画数字档案1500条，在线调阅率提高5个百分点"],
    )
    t = b.sheet("绩效指标", WIDE)
    t.title("岩画数字档案平台扩容绩效指标", 4)
    table(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "新增岩画数字档案条数", "≥1500条"),
        (None, None, "平台存储容量", "≥120TB"),
        (None, "质量指标", "档案元数据著录合格率", pct(0.95)),
        (None, "时效指标", "扩容上线时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单条档案著录成本", "≤80元/条"),
        ("效益指标", "社会效益指标", "数字档案在线调阅率提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "平台用户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "zc10-records-budget-export",
    (7,),
    "budget-system export: sheets 05-1 and 05-2, the "
    "header on the third row, project codes in the first columns (correct)",
)
def zc10() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", WIDE)
    s.title("2025年度部门项目支出预算表", 5)
    s.row("单位：赭岩县岩画研究所", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("618203250017", "岩画数字档案平台运维", wan(36), wan(34), wan(2))
    g = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 16, 26, 10, 10, 10))
    g.title("2025年度部门项目支出绩效目标表", 8)
    g.row("单位：赭岩县岩画研究所")
    g.row("项目编码", "项目名称", *TIERS, "指标性质", "指标值", "度量单位")
    code, name = "618203250017", "岩画数字档案平台运维"
    g.table([
        (code, name, "产出指标", "数量指标", "平台运维月数", "=", 12, "月"),
        (code, name, "产出指标", "质量指标", "平台全年可用率", "≥", 99, "%"),
        (code, name, "产出指标", "时效指标", "故障响应时间", "≤", 4, "小时"),
        (code, name, "成本指标", "经济成本指标", "月均运维成本", "≤", 3, "万元/月"),
        (code, name, "效益指标", "可持续影响指标", "数据异地备份套数", "≥", 2, "套"),
        (code, name, "满意度指标", "服务对象满意度指标", "平台用户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "zc11-records-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and "
    "indicator score column: the 产出 indicator scores miss the tier score; =95% satisfaction",
)
def zc11() -> Book:
    b, s = project(
        year=2025,
        name="岩画数字展示平台建设",
        dept="乌蓬县文物局 405002",
        unit="乌蓬县博物馆",
        money=funds(95, 90, 5),
        goals=["建成岩画数字展示平台，上线岩画专题展8个"],
    )
    tier = mk(50, "W103", "error", note="产出指标50分，其下指标分值10+10+10+10+5=45")
    b.file_mark("W101", "error", required=False, note="指标分值合计95，同一问题，容忍")
    eq = mk("=95%", "T107", "warning", note="满意度写=95%，应为≥95%")
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", tier, "数量指标", "上线岩画专题展数", "≥8个", 10),
        (None, None, None, "岩画三维模型上线数", "≥40个", 10),
        (None, None, "质量指标", "平台功能验收通过率", "=100%", 10),
        (None, None, None, "模型纹理还原合格率", "≥95%", 10),
        (None, None, "时效指标", "平台上线时间", "2025年10月31日前", 5),
        ("成本指标", 10, "经济成本指标", "单个专题展制作成本", "≤6万元/个", 10),
        ("效益指标", 30, "社会效益指标", "平台年访问量", "≥5万人次", 15),
        (None, None, "可持续影响指标", "数字资源利用率提高", "≥3百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "平台用户满意度", eq, 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "zc12-records-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction and "
    "指标方向 as operator in words, bare numbers with a unit column: three conflicts",
)
def zc12() -> Book:
    b, s = project(
        year=2025,
        name="岩画高清图像与三维模型采集",
        dept="赭岩县文化广电和旅游局 318004",
        unit="赭岩县岩画研究所",
        money=funds(60, 55, 5),
        goals=["采集岩画高清图像3000幅、三维模型45处，原始数据双备份"],
    )
    count = mk("小于等于", "T108", "warning", row=True, note="正向的数量指标写小于等于")
    loss = mk("大于等于", "T108", "warning", row=True, note="反向的丢失率写大于等于")
    cost = mk("等于", "T108", "warning", row=True, note="成本上限写等于")
    table(s, (*TIERS, "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "岩画高清图像采集幅数", "正向", count, 3000, "幅"),
        (None, None, "三维模型建模处数", "正向", "大于等于", 45, "处"),
        (None, "质量指标", "图像数据复核合格率", "正向", "大于等于", 95, "%"),
        (None, None, "原始数据丢失率", "反向", loss, 1, "%"),
        (None, "时效指标", "数据入库时限", "反向", "小于等于", 15, "工作日"),
        (None, "成本指标", "单幅图像采集成本", "反向", cost, 80, "元/幅"),
        ("效益指标", "社会效益指标", "岩面病害面积下降率", "正向", "大于等于", 10, "%"),
        (None, "可持续影响指标", "数字档案异地备份套数", "正向", "大于等于", 2, "套"),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b
