"""Coral reef surveys and diving inspections: uv01–uv06."""

from __future__ import annotations

from tests.variants.holdout350.common import book, funds, indicators, notes, project, sign
from tests.variants.holdout350.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "uv01-reef-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells, 万元 formats (correct)",
)
def uv01() -> Book:
    b, s = book()
    project(
        s,
        "珊瑚礁本底调查项目",
        "汐澳市海洋环境监测站",
        funds(96, 80, 16),
        ["完成鲎湾、蛎石礁两处礁区24条断面的珊瑚礁本底调查，形成调查报告。"],
    )
    indicators(
        s,
        OP_HEAD,
        [
            ("产出指标", "数量指标", "珊瑚礁调查断面数", "≥", 24, "条"),
            (None, None, "潜水调查样方数", "≥", 480, "个"),
            (None, "质量指标", "调查数据有效率", "≥", pct(0.95), "%"),
            (None, None, "珊瑚物种鉴定复核率", "=", pct(1), "%"),
            (None, "时效指标", "调查报告提交时间", "≤", day(2025, 12, 15), None),
            (None, "成本指标", "每条断面调查成本", "≤", 3.2, "万元/条"),
            ("效益指标", "生态效益指标", "重点礁区监测覆盖率", "≥", pct(0.9), "%"),
            (None, "社会效益指标", "珊瑚礁保护宣传受众", "≥", 3000, "人次"),
            (None, "可持续影响指标", "珊瑚礁监测数据库", "定性", "持续更新", None),
            ("满意度指标", "服务对象满意度指标", "沿海社区群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "龚潮生", "0759-8836214")
    return b


@variant(
    "uv02-reef-percent-wrong",
    (1,),
    "project, OLD-NAT, operator and unit columns: a percent cell over 100 %, a rate as a count",
)
def uv02() -> Book:
    b, s = book()
    project(
        s,
        "蛎石礁珊瑚礁健康状况监测项目",
        "汐澳市海洋环境监测站",
        funds(72, 60, 12),
        ["开展蛎石礁珊瑚礁健康状况季度监测，掌握白化和病害动态。"],
    )
    indicators(
        s,
        OP_HEAD,
        [
            ("产出指标", "数量指标", "季度监测航次", "≥", 4, "次"),
            (None, None, "监测站位数", "≥", 18, "个"),
            (
                None,
                "质量指标",
                "监测数据合格率",
                "≥",
                mk(
                    pct(1.05),
                    "T106",
                    "error",
                    row=True,
                    note="105 %: a pass rate cannot exceed 100 %",
                ),
                "%",
            ),
            (
                None,
                None,
                "潜水巡查覆盖率",
                "≥",
                mk(
                    12,
                    "T105",
                    "error",
                    row=True,
                    alt=("T112",),
                    note="a coverage rate given as 12 次",
                ),
                "次",
            ),
            (None, "时效指标", "季度监测报告报送时限", "≤", 15, "个工作日"),
            (None, "成本指标", "单航次监测成本", "≤", 14, "万元/次"),
            ("效益指标", "生态效益指标", "珊瑚白化预警信息发布", "定性", "及时", None),
            (None, "可持续影响指标", "健康状况监测档案", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "保护区管理单位满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "龚潮生", "0759-8836214")
    return b


@variant(
    "uv03-reef-tier-points",
    (5,),
    "project, NAT-2021, numbered tier labels with points, indicator points, 0起 (correct)",
)
def uv03() -> Book:
    b, s = book()
    project(
        s,
        "鲎湾珊瑚礁生态保护修复调查项目",
        "汐澳市鲎湾海洋保护区管理站",
        funds(60, 52, 8),
        ["完成鲎湾礁区60个站位调查，评估修复成效。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("一、产出指标（50分）", "（一）数量指标", "珊瑚礁调查站位", "≥60个", 20),
            (None, "（二）质量指标", "站位定位误差合格率", "≥95%", 15),
            (None, "（三）时效指标", "调查完成时间", "2025年10月31日前", 15),
            ("二、成本指标（10分）", "（一）经济成本指标", "单个站位调查成本", "≤0.8万元/个", 5),
            (None, "（二）社会成本指标", "潜水作业安全事故", "0起", 5),
            ("三、效益指标（30分）", "（一）生态效益指标", "礁区违规采挖案件下降率", "≥20%", 15),
            (None, "（二）可持续影响指标", "修复成效评估机制", "建立并执行", 15),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "周边渔民满意度", "≥90%", 10),
        ],
    )
    notes(
        s, "注：一级指标分值合计100分，三级指标分值合计100分，二者为同一分值的两级表述。", width=5
    )
    sign(s, "严澜", "0759-8836507")
    return b


@variant(
    "uv04-dive-direction",
    (11,),
    "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a cost with =, "
    "a 正向 count with ≤",
)
def uv04() -> Book:
    b, s = book()
    project(
        s,
        "珊瑚礁区潜水巡查执法项目",
        "汐澳市海洋综合执法支队",
        funds(40, 36, 4),
        ["开展礁区潜水巡查48次，遏制非法潜水捕捞和采挖珊瑚行为。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            (
                "产出指标",
                "数量指标",
                "潜水巡查次数",
                mk("≤48次", "T108", "warning", row=True, note="a 正向 count capped with ≤"),
            ),
            (None, "质量指标", "巡查记录完整率", "≥95%"),
            (None, "时效指标", "违法线索处置响应时间", "≤2小时"),
            (
                "成本指标",
                "经济成本指标",
                "单次潜水巡查成本",
                mk("=0.6万元/次", "T108", "warning", row=True, note="a cost cap written with ="),
            ),
            (
                "效益指标",
                "生态效益指标",
                "礁区非法潜水捕捞发生率",
                mk(
                    "≥3%",
                    "T108",
                    "warning",
                    row=True,
                    note="a 发生率 is 反向: ≥ rewards more offences",
                ),
            ),
            (None, "社会效益指标", "珊瑚保护法规宣传", "≥12场"),
            ("满意度指标", "服务对象满意度指标", "礁区周边群众满意度", "≥90%"),
        ],
    )
    sign(s, "符海鸣", "0759-8841366")
    return b


@variant(
    "uv05-dive-header-words",
    (7,),
    "project, OLD-NAT, two-row header 绩效指标 / 绩效标准 with 指标内容, operators in words, "
    "unit column (correct)",
)
def uv05() -> Book:
    b, s = book()
    project(
        s,
        "珊瑚礁保护区潜水巡护项目",
        "汐澳市鲎湾海洋保护区管理站",
        funds(54, 54, 0),
        ["全年开展保护区潜水巡护36次，礁区破坏事件及时处置。"],
    )
    s.row("绩效指标", None, None, "绩效标准", None, None, merge=[(1, 3), (4, 6)])
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "比较方式", "目标值", "计量单位"),
        [
            ("产出指标", "数量指标", "潜水巡护次数", "大于等于", 36, "次"),
            (None, None, "水下礁体巡护面积", "大于等于", 1200, "亩"),
            (None, "质量指标", "巡护影像归档率", "大于等于", 95, "%"),
            (None, "时效指标", "破坏事件现场核查时限", "小于等于", 24, "小时"),
            (None, "成本指标", "单次潜水巡护费用", "小于等于", 1.5, "万元/次"),
            ("效益指标", "社会效益指标", "潜水巡护安全事故", "等于", 0, "起"),
            (None, "生态效益指标", "礁体人为损毁面积下降率", "大于等于", 10, "%"),
            ("满意度指标", "服务对象满意度指标", "潜水旅游经营者满意度", "大于等于", 88, "%"),
        ],
    )
    sign(s, "严澜", "0759-8836507")
    return b


@variant(
    "uv06-reef-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a name",
)
def uv06() -> Book:
    b, s = book()
    project(
        s,
        "珊瑚礁生态监测浮标运维项目",
        "汐澳市海洋环境监测站",
        funds(35, 30, 5),
        ["保障礁区6套生态监测浮标全年稳定运行，数据实时上传。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "运维监测浮标", "≥6套"),
            (None, "质量指标", "浮标数据在线率", "≥92%"),
            (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
            (
                None,
                mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
                None,
                None,
            ),
            ("成本指标", "经济成本指标", "单套浮标年运维成本", "≤5.5万元/套"),
            ("效益指标", "生态效益指标", "珊瑚白化预警数据支撑", "有效"),
            ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%"),
        ],
    )
    sign(s, "龚潮生", "0759-8836214")
    return b
