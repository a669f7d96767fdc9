"""高标准农田 follow-up maintenance (建后管护): kce01 to kce06."""

from __future__ import annotations

from tests.variants.holdout749.common import FARM, TIERS, new_book, notes, project, sign, table, wan
from tests.variants.holdout749.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = (*TIERS, "指标值")
H5 = (*TIERS, "中期指标值", "年度指标值")


@variant(
    "kce01-maintenance-numbered",
    (1, 5),
    "project, OLD-NAT, numbered tier labels, typed percent cells, goal area with its parts "
    "in brackets, unit cost × area equal to the money (correct)",
)
def kce01() -> Book:
    b, s = new_book()
    goal = ("对已建成的高标准农田3.2万亩（其中东塘片1.1万亩、柘溪片0.9万亩）开展日常管护，修复损毁"
            "渠道12公里，确保灌排设施完好、工程持续发挥效益。")  # fmt: skip
    project(s, "高标准农田建后管护", FARM,
            [("资金总额", wan(80), "其中：财政拨款", wan(68)),
             ("其他资金（村集体）", wan(12), None, None)], [goal])  # fmt: skip
    table(s, H4, [
        ("一、产出指标", "（一）数量指标", "管护高标准农田面积", "≥3.2万亩"),
        (None, None, "修复损毁渠道长度", "≥12公里"),
        (None, "（二）质量指标", "修复工程验收合格率", pct(1)),
        (None, None, "灌排设施完好率", "≥95%"),
        (None, "（三）时效指标", "损毁设施修复时限", "报修后15个工作日内"),
        (None, "（四）成本指标", "亩均年度管护成本", "≤25元/亩"),
        ("二、效益指标", "（一）经济效益指标", "项目区粮食亩均增产", "≥30公斤"),
        (None, "（二）可持续影响指标", "管护长效机制", "建立并执行"),
        ("三、满意度指标", "（一）服务对象满意度指标", "项目区农户满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "钟立衡", "0736-5821947", day(2024, 12, 6))
    return b


@variant(
    "kce02-maintenance-goal-cost",
    (12,),
    "project, OLD-NAT: goal area against the indicator, a deadline in the next year, unit "
    "cost × area above the money",
)
def kce02() -> Book:
    b, s = new_book()
    goal = "对全县已建成的高标准农田4.6万亩落实管护责任，年内修复损毁机耕路8公里、渠道10公里。"
    project(s, "高标准农田管护与设施修复", FARM,
            [("资金总额", wan(120), "其中：财政拨款", wan(100)),
             ("其他资金", wan(20), None, None)], [goal])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标",
         "管护高标准农田面积", mk("≥4.2万亩", "D104", "warning", row=True,
                                  note="年度目标写管护4.6万亩，指标只有4.2万亩")),
        (None, None, "修复机耕路长度", "≥8公里"),
        (None, None, "修复渠道长度", "≥10公里"),
        (None, "质量指标", "修复工程验收合格率", "=100%"),
        (None, "时效指标", "设施修复完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="一年期2025年项目，完成时间落在2026年")),
        (None, "成本指标", "亩均年度管护成本",
         mk("≤30元/亩", "B107", "warning", row=True,
            note="30元/亩×4.6万亩=138万元（按4.2万亩也有126万元），超过资金总额120万元")),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥25公斤"),
        (None, "可持续影响指标", "设施使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚秀岚", "0736-5821033", day(2024, 12, 10))
    return b


@variant(
    "kce03-maintenance-three-years",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: the period's area beside the "
    "year's third, rates and unit costs equal, a later year named in the goal (correct)",
)
def kce03() -> Book:
    b, s = new_book()
    period = ("2025—2027年对全县9.6万亩高标准农田实行网格化管护，建成管护信息平台，灌排设施完好率"
              "保持在95%以上。")  # fmt: skip
    annual = ("完成3.2万亩农田管护，建立县乡村三级管护网格，为2026年接入管护信息平台整理基础"
              "数据。")  # fmt: skip
    project(s, "高标准农田网格化管护（2025—2027年）", FARM,
            [("中期资金总额", wan(270), "年度资金总额", wan(90)),
             ("其中：财政拨款", wan(270), "其中：财政拨款", wan(90))],
            [period, annual], years=3, attr="新增项目")  # fmt: skip
    table(s, H5, [
        ("产出指标", "数量指标", "管护高标准农田面积", "≥9.6万亩", "≥3.2万亩"),
        (None, None, "管护巡查次数", "≥36次", "≥12次"),
        (None, "质量指标", "灌排设施完好率", "≥95%", pct(0.95)),
        (None, "时效指标", "损毁设施修复时限", "≤15个工作日", "≤15个工作日"),
        (None, "成本指标", "亩均年度管护成本", "≤25元/亩", "≤25元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥30公斤", "≥30公斤"),
        (None, "可持续影响指标", "管护信息平台", "建成并运行", "完成基础数据整理"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kce04-maintenance-three-years-copied",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: goal text copied, a cumulative area "
    "copied, a year's length above the period's",
)
def kce04() -> Book:
    b, s = new_book()
    text = "对全县9万亩高标准农田开展建后管护，修复损毁渠道，保持灌排工程完好。"
    project(s, "高标准农田建后管护提升（2025—2027年）", FARM,
            [("中期资金总额", wan(300), "年度资金总额", wan(100)),
             ("其中：财政拨款", wan(300), "其中：财政拨款", wan(100))],
            [text, mk(text, "D204", "warning", note="中期目标与年度目标逐字相同")],
            years=3, attr="新增项目")  # fmt: skip
    table(s, H5, [
        ("产出指标", "数量指标", "管护高标准农田面积", "≥9万亩",
         mk("≥9万亩", "D202", "warning", note="三年累计面积原样抄入年度列")),
        (None, None, "修复损毁渠道长度", "≥30公里",
         mk("≥36公里", "D201", "error", note="一年的修复长度超过三年合计")),
        (None, "质量指标", "修复工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "损毁设施修复时限", "≤15个工作日", "≤15个工作日"),
        (None, "成本指标", "渠道修复单价", "≤1.8万元/公里", "≤1.8万元/公里"),
        ("效益指标", "经济效益指标", "项目区有效灌溉面积保持率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kce05-maintenance-stacked",
    (2, 4),
    "two one-year projects stacked, OLD-NAT, the same satisfaction indicator with different "
    "values, 注 rows and a signature line (correct)",
)
def kce05() -> Book:
    b, s = new_book()
    project(s, "高标准农田日常管护", FARM,
            [("资金总额", wan(64), "其中：财政拨款", wan(64))],
            ["对东塘、柘溪两片区2.56万亩高标准农田开展日常管护。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "管护高标准农田面积", "≥2.56万亩"),
        (None, "质量指标", "灌排设施完好率", "≥95%"),
        (None, "成本指标", "亩均年度管护成本", "≤25元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥30公斤"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：管护面积以县级验收移交清单为准。")
    s.skip()
    project(s, "高标准农田灌排设施维修", FARM,
            [("资金总额", wan(45), "其中：财政拨款", wan(45))],
            ["维修损毁灌排渠道30公里、泵站4座，恢复灌溉能力。"], title="")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "维修灌排渠道长度", "≥30公里"),
        (None, None, "维修泵站数量", "≥4座"),
        (None, "质量指标", "维修工程验收合格率", "=100%"),
        (None, "成本指标", "渠道及泵站维修综合单价", "≤1.5万元/公里"),
        ("效益指标", "社会效益指标", "恢复灌溉面积", "≥0.8万亩"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：综合单价含泵站维修，按30公里折算。")
    sign(s, "钟立衡", "0736-5821947", day(2024, 12, 6))
    return b


@variant(
    "kce06-maintenance-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT: the second project's money does not add up and one of "
    "its indicators is written twice with a word more",
)
def kce06() -> Book:
    b, s = new_book()
    project(s, "高标准农田日常管护", FARM,
            [("资金总额", wan(50), "其中：财政拨款", wan(50))],
            ["对2万亩高标准农田开展日常管护。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "管护高标准农田面积", "≥2万亩"),
        (None, "成本指标", "亩均年度管护成本", "≤25元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥30公斤"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "高标准农田沟渠清淤", FARM,
            [("资金总额", mk(wan(60), "B101", "error", note="45+10=55，不等于60"),
              "其中：财政拨款", wan(45)),
             ("其他资金", wan(10), None, None)],
            ["清淤沟渠25公里，恢复排涝能力。"], title="")  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "清淤沟渠长度", "≥25公里"),
        (None, None, mk("沟渠清淤总长度", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行是同一指标，多一个“总”字"), "≥25公里"),
        (None, "质量指标", "清淤工程验收合格率", "=100%"),
        (None, "成本指标", "沟渠清淤单价", "≤2.4万元/公里"),
        ("效益指标", "社会效益指标", "恢复排涝面积", "≥0.6万亩"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
