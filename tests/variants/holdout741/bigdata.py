"""Returns kbw01–kbw06: the bureau's big-data audit platform (build, data centre, operation)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout741.common import (
    BUREAU,
    DEPT,
    HEAD4,
    book,
    indicators,
    late_fill,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout741.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant("kbw01-platform-phase-two", (1, 5, 12),
         "project, NAT-2021, numbered tier labels, typed percent cells, goal total with its "
         "parts, 百分点, 下降率 with ≥, 0起 (correct)")  # fmt: skip
def platform_phase_two() -> Book:
    b, s = book()
    project_head(s, year=2025, name="审计大数据分析平台（二期）建设", dept=DEPT,
                 unit="榆澜市审计局电子数据审计中心", money=one_year(380, 350, 30),
                 goals=["年内接入数据源45个（其中部门数据源30个、市属国企数据源15个），新建审计"
                        "分析模型20个，支撑年度审计项目疑点核查，平台全年稳定运行。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "接入部门数据源", "≥30个"),
        (None, None, "接入市属国企数据源", "≥15个"),
        (None, None, "新建审计分析模型", "≥20个"),
        (None, "（二）质量指标", "数据清洗校验准确率", pct(0.98)),
        (None, None, "疑点数据核实率", "比上年提高≥5百分点"),
        (None, "（三）时效指标", "平台二期上线时间", "2025年10月31日前"),
        ("二、成本指标", "（一）经济成本指标", "单个数据源接口开发费", "≤6万元/个"),
        ("三、效益指标", "（一）社会效益指标", "人工核查工时下降率", "≥20%"),
        (None, "（二）可持续影响指标", "平台全年故障停机时长", "≤8小时"),
        (None, None, "数据安全事件", "0起"),
        ("四、满意度指标", "（一）服务对象满意度指标", "审计组使用满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：接口开发费按45个数据源测算，合计不超过270万元，其余为模型开发和运维费用。")
    signature(s, "邵启岚", "0797-6123408", late_fill(2025))
    return b


@variant(
    "kbw02-data-centre-three-year",
    (8,),
    "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: a year's count above "
    "the period's, a cumulative count copied, a county count below the 年度目标's",
)
def data_centre_three_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        name="榆澜市审计数据中心建设（2025—2027年）",
        dept=DEPT,
        unit="榆澜市审计局电子数据审计中心",
        attr="新增项目",
        money=multi_year((1500, 1300, 200), (520, 460, 60)),
        goals=[
            "三年内归集全市38个部门和12个区县的财政、社保、公积金数据，建成审计分析"
            "模型60个，形成覆盖全市的审计数据中心。",
            "2025年完成12个区县数据归集，建成审计分析模型20个，完成数据中心机房改造。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "归集部门数据", "≥38个", "≥15个"),
        (None, None, "区县数据归集数", "≥12个",
         mk("≥10个", "D104", "warning", row=True,
            note="年度目标写2025年完成12个区县数据归集，年度指标却只要≥10个")),
        (None, None, "建成审计分析模型", "≥60个",
         mk("≥80个", "D201", "error", alt=("D104",),
            note="一年的模型数超过三年的60个，也与年度目标的20个不符")),
        (None, None, "审计人员数据分析培训", "≥300人次",
         mk("≥300人次", "D202", "warning", note="三年累计的培训人次原样抄到年度列")),
        (None, "质量指标", "数据归集完整率", "≥95%", "≥95%"),
        (None, "时效指标", "年度数据归集完成时间", "每年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "数据中心建设成本", "≤1500万元", "≤520万元"),
        ("效益指标", "社会效益指标", "发现审计疑点线索", "≥600条", "≥150条"),
        (None, "可持续影响指标", "数据更新频率", "按月更新", "按月更新"),
        ("满意度指标", "服务对象满意度指标", "审计组满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbw03-operation-export", (7, 12),
         "budget-system export: a money sheet 05-1 and the indicator sheet 05-2 with codes in the "
         "first columns, header on the third row, operators in words, a later year prepared for "
         "(correct)")  # fmt: skip
def operation_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 18, 14, 14, 14))
    s.title("部门项目支出预算表", 6)
    s.row("单位名称：" + BUREAU, None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出功能分类", "合计", "财政拨款", "其他资金")
    s.row("317001250004", "审计大数据平台运维服务", "2010804 审计业务", money(168), money(150),
          money(18))  # fmt: skip
    s.row("317001250007", "审计数据采集与治理", "2010804 审计业务", money(85), money(85), money(0))
    s.row("合计", None, None, money(253), money(235), money(18))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 30, 12, 16, 24, 12, 10, 10))
    t.title("部门项目支出绩效目标表", 9)
    t.row("单位名称：" + BUREAU, None, None, None, None, None, None, None, "单位：万元")
    code, name = "317001250004", "审计大数据平台运维服务"
    goal = ("保障审计大数据平台全年稳定运行，完成平台安全等级保护测评，"
            "为2026年向区县审计机关推广平台积累运维经验。")  # fmt: skip
    t.row("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "计量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "平台运维服务月数", "等于", 12, "月"),
        ("产出指标", "数量指标", "数据库巡检次数", "大于等于", 24, "次"),
        ("产出指标", "质量指标", "平台可用率", "大于等于", pct(0.995, "0.0%"), "%"),
        ("产出指标", "时效指标", "故障响应时间", "小于等于", 2, "小时"),
        ("成本指标", "经济成本指标", "平台运维服务费", "小于等于", 168, "万元"),
        ("效益指标", "社会效益指标", "平台支撑审计项目数", "大于等于", 30, "个"),
        ("效益指标", "可持续影响指标", "等级保护测评结论", "定性", "通过", None),
        ("满意度指标", "服务对象满意度指标", "使用部门满意度", "大于等于", 90, "%"),
    ]  # fmt: skip
    for i, r in enumerate(rows):
        t.row(code, name, goal if i == 0 else None, *r)
    return b


@variant(
    "kbw04-analysis-reports",
    (7, 11),
    "project, OLD-NAT, headers 考核指标 and 绩效标准, operator and unit columns: the report "
    "count twice with two values, a quality rate under 时效, last year's date left over",
)
def analysis_reports() -> Book:
    b, s = book()
    project_head(s, year=2025, name="审计数据分析与疑点推送服务", dept=DEPT,
                 unit="榆澜市审计局电子数据审计中心", money=one_year(96, 90, 6),
                 goals=["全年编制专题数据分析报告24篇，对财政、社保、住房公积金三个领域开展数据"
                        "比对，疑点线索按时推送审计组核实。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "指标性质", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "专题数据分析报告", "≥", 24, "篇"),
        (None, None, "数据比对领域", "≥", 3, "个"),
        (None, None, "专题数据分析报告编制数", "≥",
         mk(20, "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与上面“专题数据分析报告 ≥24篇”是同一指标，值却不同；目标也写24篇"), "篇"),
        (None, "质量指标", "数据比对结果复核合格率", "≥", 95, "%"),
        (None, "时效指标", "疑点线索推送及时率", "≥", 95, "%"),
        (None, None, mk("分析报告质量评审优良率", "F201", "warning", row=True,
                        note="质量类比率放在时效指标下"), "≥", 90, "%"),
        (None, None, "数据比对模型升级完成时间", "≤",
         mk("2024年11月30日", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年度项目的期限写成上年日期，上年申报表的残留"), None),
        (None, "成本指标", "单篇分析报告成本", "≤", 4, "万元/篇"),
        ("效益指标", "社会效益指标", "推送审计组查实问题线索", "≥", 40, "条"),
        (None, "可持续影响指标", "比对规则库更新", "定性", "按季度更新", None),
        ("满意度指标", "服务对象满意度指标", "审计组满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kbw05-two-projects-stacked", (2, 4),
         "two projects stacked in one sheet, NAT-2021, one value column, the same satisfaction "
         "indicator with different values in each, signature lines (correct)")  # fmt: skip
def two_projects_stacked() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="审计数据中心运维",
        dept=DEPT,
        unit="榆澜市审计局电子数据审计中心",
        money=one_year(120, 110, 10),
        goals=["保障数据中心机房、存储和网络全年稳定运行，全年完成4次数据备份恢复演练。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "数据备份恢复演练", "≥4次"),
        (None, "质量指标", "数据中心可用率", pct(0.99)),
        (None, "时效指标", "故障修复时间", "≤4小时"),
        ("成本指标", "经济成本指标", "机房运维服务费", "≤120万元"),
        ("效益指标", "可持续影响指标", "数据丢失事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="审计数据采集与治理",
        dept=DEPT,
        unit="榆澜市审计局电子数据审计中心",
        money=one_year(85, 85, 0),
        goals=["采集28个部门2024年度业务数据，完成数据清洗和标准化，形成审计数据资源目录。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "采集部门业务数据", "≥28个"),
        (None, "质量指标", "数据标准化达标率", "≥95%"),
        (None, "时效指标", "数据资源目录发布时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单个部门数据治理费", "≤3万元/个"),
        ("效益指标", "社会效益指标", "数据资源目录供审计项目调用次数", "≥200次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "邵启岚", "0797-6123408", late_fill(2025))
    return b


@variant("kbw06-hardware-expansion", (12,),
         "project, NAT-2021, a budget detail block under the table: the lines do not add up to "
         "their 合计, a server price × count above the money")  # fmt: skip
def hardware_expansion() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="审计大数据平台硬件扩容",
        dept=DEPT,
        unit="榆澜市审计局电子数据审计中心",
        attr="一次性项目",
        money=one_year(260, 230, 30),
        goals=["新增服务器和存储设备，平台算力提高一倍，满足全市审计项目数据分析需要。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新增服务器", "≥40台"),
        (None, None, "新增存储容量", "≥500TB"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "服务器采购单价",
         mk("≤8万元/台", "B107", "warning", row=True,
            note="8万元/台 × 40台 = 320万元，超过硬件购置120万元，也超过项目资金260万元")),
        ("效益指标", "社会效益指标", "平台并发分析能力提升幅度", "≥100%"),
        ("满意度指标", "服务对象满意度指标", "审计组满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", "支出内容", None, "金额")
    s.row(None, "硬件购置", None, wan(120))
    s.row(None, "软件开发", None, wan(95))
    s.row(None, "运维服务", None, wan(40))
    s.row(None, "合计", None, wan(mk(260, "B102", "error", alt=("B101",),
                                     note="120 + 95 + 40 = 255，不是260")))  # fmt: skip
    return b
