"""Returns tf07–tf12: inspection facilities at the ports (查验设施建设)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout308.common import (
    W7,
    book,
    indicators,
    multi_year,
    one_year,
    project,
)
from tests.variants.holdout308.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

FACILITY_DEPT = "柘岭市口岸和物流办公室（118006）"
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "tf07-facility-multi-year",
    (8,),
    "three-year project, NAT-2021, two-row header with 中期 and 年度 value columns: counts "
    "split by year, rates and unit costs equal in both (correct)",
)
def tf07() -> Book:
    b, s = project(
        year=2025,
        years=3,
        name="苇塘口岸货运查验设施升级改造项目",
        dept=FACILITY_DEPT,
        unit="苇塘口岸管理服务中心",
        attr="新增项目",
        money=multi_year((1260, 1100, 160), (420, 360, 60)),
        goals=[
            "三年内建成智能查验通道12条，改造集装箱查验场地36000平方米，查验作业智能化覆盖率达到80%。",
            "当年建成智能查验通道4条，改造查验场地12000平方米，查验作业智能化覆盖率达到40%。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025年—2027年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    rows = [
        ["产出指标", "数量指标", "新建智能查验通道", "≥12条", "≥4条"],
        [None, None, "改造集装箱查验场地", "≥36000平方米", "≥12000平方米"],
        [None, "质量指标", "查验设施竣工验收合格率", "=100%", "=100%"],
        [None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "智能查验通道单条建设成本", "≤68万元/条", "≤68万元/条"],
        [None, None, "查验场地改造单价", "≤120元/平方米", "≤120元/平方米"],
        ["效益指标", "经济效益指标", "单车查验平均时长", "≤40分钟", "≤50分钟"],
        [None, "社会效益指标", "查验作业智能化覆盖率", "≥80%", "≥40%"],
        [None, "可持续影响指标", "查验设施设计使用年限", "≥20年", "≥20年"],
        ["满意度指标", "服务对象满意度指标", "口岸查验单位满意度", "≥90%", "≥90%"],
    ]
    s.table(rows, merged=(1, 2))
    return b


@variant(
    "tf08-facility-export",
    (4, 7),
    "budget-system export: head on sheet 部门项目支出预算05-1, indicator table on sheet "
    "部门项目支出绩效目标05-2 under a title and a unit line, codes in the first two columns, "
    "headers 考核指标 / 预期实现值, unit column, the header repeated after a page break (correct)",
)
def tf08() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(
        s,
        year=2025,
        title="2025年度部门项目支出预算表",
        name="柘岭口岸进境冷链货物查验设施建设项目",
        dept=FACILITY_DEPT,
        unit="柘岭口岸管理服务中心",
        attr="一次性项目",
        money=one_year(345, 300, 45),
        goals=["建成进境冷链货物查验平台2个、查验冷库1200立方米，满足进境水果和冻品查验需要。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", W7)
    t.title("部门项目支出绩效目标表", 7)
    t.row("单位：柘岭市口岸和物流办公室", None, None, None, "预算年度：2025年")
    head = ("单位编码", "项目编码", "一级指标", "二级指标", "考核指标", "预期实现值", "计量单位")
    code = ("118006001", "XM118006031")
    t.row(*head)
    first = [
        [*code, "产出指标", "数量指标", "新建冷链查验平台", "≥2", "个"],
        [*code, None, None, "配置查验冷库", "≥1200", "立方米"],
        [*code, None, "质量指标", "查验设施工程验收合格率", pct(1), "%"],
        [*code, None, "时效指标", "工程竣工时间", "2025年11月30日前", None],
    ]
    t.table(first, merged=(3, 4))
    t.row(*head)
    second = [
        [*code, "成本指标", "经济成本指标", "冷链查验平台单个建设成本", "≤110", "万元/个"],
        [*code, None, None, "查验冷库单位造价", "≤0.09", "万元/立方米"],
        [*code, "效益指标", "经济效益指标", "进境冷链货物查验通关量", "≥3.5", "万吨"],
        [*code, None, "社会效益指标", "进境冷链货物平均查验时长", "≤4", "小时"],
        [*code, None, "可持续影响指标", "冷链查验设施使用年限", "≥15", "年"],
        [*code, "满意度指标", "服务对象满意度指标", "进口企业满意度", "≥90", "%"],
    ]
    t.table(second, merged=(3, 4))
    return b


def _facility_a() -> list[list[object]]:
    return [
        ["产出指标", "数量指标", "维修货检查验平台", "≥3个"],
        [None, None, "更换查验场地照明设施", "≥140套"],
        [None, "质量指标", "查验设备完好率", "≥95%"],
        [None, "时效指标", "维修工程完工时间", "2025年9月30日前"],
        [None, "成本指标", "查验平台单个维修成本", "≤18万元/个"],
        [None, None, "照明设施单套更换成本", "≤0.15万元/套"],
        ["效益指标", "社会效益指标", "查验作业安全生产事故", "0起"],
        [None, "可持续影响指标", "维修后设施使用年限", "≥8年"],
        ["满意度指标", "服务对象满意度指标", "口岸查验人员满意度", "≥90%"],
    ]


@variant(
    "tf09-facility-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
    "with different values in the two projects, an incident count of 0起 (correct)",
)
def tf09() -> Book:
    b, s = project(
        "绩效目标表",
        year=2025,
        name="松沅口岸货检查验设施维修项目",
        dept="赭川县商务和口岸管理局（231004）",
        unit="松沅口岸通关服务中心",
        money=one_year(86, 80, 6),
        goals=["完成货检查验平台和场地照明维修，保障货检查验作业安全。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, _facility_a())
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="松沅口岸旅检通道查验设备购置项目",
        dept="赭川县商务和口岸管理局（231004）",
        unit="松沅口岸通关服务中心",
        attr="一次性项目",
        money=one_year(152, 140, 12),
        goals=["购置旅检行李查验设备6台，缩短出入境旅客行李查验时间。"],
    )
    rows = [
        ["产出指标", "数量指标", "购置旅检行李查验设备", "≥6台"],
        [None, "质量指标", "查验设备完好率", "≥98%"],
        [None, "时效指标", "设备安装调试完成时间", "2025年8月31日前"],
        [None, "成本指标", "查验设备单台购置成本", "≤24万元/台"],
        ["效益指标", "社会效益指标", "旅客行李平均查验时长", "≤3分钟"],
        ["满意度指标", "服务对象满意度指标", "出入境旅客满意度", "≥90%"],
    ]
    indicators(s, head, rows)
    return b


@variant(
    "tf10-facility-years-copied",
    (8,),
    "three-year project, NAT-2021, 中期指标值 and 年度指标值 columns: two cumulative counts "
    "copied from the period column, one annual count above its period count",
)
def tf10() -> Book:
    b, s = project(
        year=2025,
        years=3,
        name="墨岗口岸货运查验场扩建项目",
        dept=FACILITY_DEPT,
        unit="墨岗口岸管理服务中心",
        attr="新增项目",
        money=multi_year((2400, 2000, 400), (800, 650, 150)),
        goals=[
            "三年内扩建货运查验场地16000平方米、查验监管仓库3座，货车平均等候时间降至45分钟以内。",
            "当年完成查验场地主体扩建和卡口智能闸道安装，货车平均等候时间降至60分钟以内。",
        ],
    )
    copied = "累计数量的年度值照抄中期值（三年期项目）"
    rows = [
        ["产出指标", "数量指标", "扩建货运查验场地", "≥16000平方米",
         mk("≥16000平方米", "D202", "warning", row=True, note=copied)],
        [None, None, "新建查验监管仓库", "≥3座",
         mk("≥3座", "D202", "warning", row=True, note=copied)],
        [None, None, "安装卡口智能闸道", "≥10条",
         mk("≥14条", "D201", "error", row=True, note="年度数量大于三年累计数量")],
        [None, "质量指标", "工程验收合格率", "=100%", "=100%"],
        [None, "时效指标", "工程形象进度按期完成率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "查验场地单位造价", "≤300元/平方米", "≤300元/平方米"],
        [None, None, "卡口智能闸道单条造价", "≤15万元/条", "≤15万元/条"],
        ["效益指标", "经济效益指标", "货车日均查验通行量", "≥1200辆次", "≥800辆次"],
        [None, "社会效益指标", "货车平均等候时间", "≤45分钟", "≤60分钟"],
        [None, "可持续影响指标", "查验场地设计使用年限", "≥30年", "≥30年"],
        ["满意度指标", "服务对象满意度指标", "进出口运输企业满意度", "≥90%", "≥88%"],
    ]  # fmt: skip
    indicators(s, PERIOD_HEAD, rows)
    return b


@variant(
    "tf11-facility-wrong-parent",
    (5, 10),
    "project, NAT-2021, labels numbered with points (一、产出指标（40分）, （一）数量指标), "
    "indicator 分值 column: a 时效指标 under 效益指标, the 成本 points not matching its label",
)
def tf11() -> Book:
    b, s = project(
        year=2025,
        name="柘岭口岸查验作业区智能监控系统建设项目",
        dept=FACILITY_DEPT,
        unit="柘岭口岸管理服务中心",
        attr="一次性项目",
        money=one_year(236, 200, 36),
        goals=["建成覆盖9个查验作业区的智能监控系统，实现查验作业全程留痕。"],
    )
    b.file_mark("W101", "error", required=False, note="成本少5分，分值合计95，随W103而来")
    wrong = "时效指标属于产出指标，不在效益指标之下"
    rows = [
        ["一、产出指标（40分）", "（一）数量指标", "安装高清监控点位", "≥180套", 15],
        [None, None, "接入查验作业区", "≥9个", 10],
        [None, "（二）质量指标", "监控系统验收合格率", "=100%", 15],
        [mk("二、成本指标（20分）", "W103", "error", note="其下指标分值合计15分"),
         "（一）经济成本指标", "监控点位单套成本", "≤0.8万元/套", 8],
        [None, None, "监控平台软件开发费用", "≤80万元", 7],
        ["三、效益指标（30分）", "（一）社会效益指标", "查验作业区视频监控覆盖率", "≥98%", 10],
        [None, mk("（二）时效指标", "F105", "error", note=wrong),
         "监控系统故障修复时间", "≤4小时", 10],
        [None, "（三）可持续影响指标", "监控数据保存期限", "≥90天", 10],
        ["四、满意度指标（10分）", "（一）服务对象满意度指标", "口岸查验单位满意度", "≥90%", 10],
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    return b


@variant(
    "tf12-facility-percent-money",
    (1, 12),
    "project, OLD-NAT, operator column and unit column, percent cells typed in Excel: a typed "
    "percent above 100, a deadline given as a percent, 其他资金 formatted in 元 in a 万元 block",
)
def tf12() -> Book:
    other = mk(money(300000, YUAN), "B105", "error", note="万元栏中填了元")
    b, s = project(
        year=2025,
        name="苇塘口岸旅检大楼查验设施改造项目",
        dept=FACILITY_DEPT,
        unit="苇塘口岸管理服务中心",
        attr="一次性项目",
        money=one_year(260, 230, other),
        goals=["改造旅检查验通道8条，更新行李物品查验台16套，缩短旅客排队时间。"],
    )
    b.file_mark("B101", "error", required=False, note="按元读取时230＋300000≠260，随B105而来")
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows = [
        ["产出指标", "数量指标", "改造旅检查验通道", "≥", 8, "条"],
        [None, None, "更新行李物品查验台", "≥", 16, "套"],
        [None, "质量指标", "改造工程验收合格率", "≥",
         mk(pct(1.02), "T106", "error", row=True, note="合格率不可能超过100%"), "%"],
        [None, "时效指标", "改造工程完工时间", "=",
         mk(pct(1), "T113", "warning", row=True, note="期限类指标填成百分比"), "%"],
        [None, "成本指标", "查验通道单条改造成本", "≤", 22, "万元/条"],
        [None, None, "查验台单套购置成本", "≤", 3.5, "万元/套"],
        ["效益指标", "社会效益指标", "旅客通关平均排队时间", "≤", 15, "分钟"],
        [None, "可持续影响指标", "改造设施使用年限", "≥", 10, "年"],
        ["满意度指标", "服务对象满意度指标", "出入境旅客满意度", "≥", pct(0.9), "%"],
    ]  # fmt: skip
    indicators(s, head, rows)
    return b
