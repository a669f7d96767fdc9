"""Returns al01–al06: plague surveillance of marmots on the grassland (percent cells, points at
two levels, 中期 and 年度 columns)."""

from __future__ import annotations

from tests.variants.holdout496.common import (
    CDC,
    OPS,
    PLAIN,
    annual,
    book,
    first,
    indicators,
    periodic,
    project,
)
from tests.variants.holdout496.registry import variant
from tests.variants.kit import Book, mk, pct

SURVEY = "塔木苏草原旱獭鼠疫监测项目"
GOAL = "完成塔木苏草原疫源地旱獭密度调查和病原学监测，及时发现动物间疫情，防止人间鼠疫发生。"
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("al01-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 0起 target on an incident count (correct)")  # fmt: skip
def percent_cells() -> Book:
    b = book()
    s = first(b)
    project(s, SURVEY, CDC, annual(86, 70, 16), [GOAL])
    indicators(s, OPS, [
        ("产出指标", "数量指标", "旱獭密度调查样方数", "≥", 120, "个"),
        (None, None, "鼠疫病原学检测样本数", "≥", 1500, "份"),
        (None, "质量指标", "检测结果复核符合率", "≥", pct(0.95), "%"),
        (None, None, "监测数据上报完整率", "≥", pct(0.98), "%"),
        (None, "时效指标", "疑似动物疫情报告时限", "≤", 2, "小时"),
        (None, "成本指标", "每份样本检测成本", "≤", 180, "元/份"),
        ("效益指标", "社会效益指标", "人间鼠疫疫情发生数", "≤", 0, "起"),
        (None, "可持续影响指标", "鼠疫监测预警机制运行", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "监测点周边牧户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("al02-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent above 100 on a completion "
         "rate, a 反向 breakage rate with ≥")  # fmt: skip
def percent_wrong() -> Book:
    b = book()
    s = first(b)
    project(s, "哈拉图乡旱獭疫源地样本采集项目", CDC, annual(42, 42, 0), [
        "在哈拉图乡疫源地采集旱獭及寄生蚤样本并按时送检，样本运输全程冷链。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a completion rate typed as 105% exceeds the cap")
    wrong = mk("≥", "T108", "warning", row=True,
               note="a breakage rate is 反向: the operator should be ≤")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "旱獭及寄生蚤采样数", "≥", 900, "份"),
        (None, None, "样本送检完成率", "≥", over, "%"),
        (None, "质量指标", "样本运输途中破损率", wrong, pct(0.02), "%"),
        (None, "时效指标", "样本送达实验室时限", "≤", 48, "小时"),
        (None, "成本指标", "每份样本采集运输成本", "≤", 300, "元/份"),
        ("效益指标", "社会效益指标", "疫源地样本覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "采样点牧户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("al03-points-two-levels", (10, 1),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a knowledge rate raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b = book()
    s = first(b)
    project(s, "乌苏勒牧场旱獭密度调查项目", CDC, annual(48, 48, 0), [
        "完成乌苏勒牧场旱獭密度调查，掌握疫源地动物数量变化，提升牧民防治知识水平。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 40, "数量指标", "旱獭洞口调查样方数", "≥80个", 10),
        (None, None, None, "夜间活动观察点数", "≥12个", 10),
        (None, None, "质量指标", "调查数据复核合格率", pct(0.95), 10),
        (None, None, "时效指标", "调查报告报送时间", "10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每个样方调查成本", "≤3000元/个", 10),
        ("效益指标", 30, "社会效益指标", "牧民鼠疫防治知识知晓率提高", "≥5百分点", 10),
        (None, None, None, "人间鼠疫病例数", "0例", 10),
        (None, None, "可持续影响指标", "旱獭密度监测数据库更新", "按季度更新", 10),
        ("满意度指标", 20, "服务对象满意度指标", "调查点牧户满意度", "≥90%", 10),
        (None, None, None, "乡镇卫生院满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("al04-tier-points-wrong", (10,),
         "project, NAT-2021, tier-1 and indicator score columns: two tier scores not matching the "
         "indicators under them, a rate given as a count")  # fmt: skip
def tier_points_wrong() -> Book:
    b = book()
    s = first(b)
    project(s, "沙拉敖包牧场疫点处置项目", CDC, annual(36, 30, 6), [
        "对沙拉敖包牧场发现的动物间疫点开展灭獭灭蚤和终末消毒，阻断疫情传播。"])  # fmt: skip
    out = mk(40, "W103", "error", note="产出 declared 40, its indicators add to 35")
    eff = mk(30, "W103", "error", note="效益 declared 30, its indicators add to 35")
    count = mk("12处", "T105", "error", note="a 完成率 given as a count of sites")
    indicators(s, POINTS, [
        ("产出指标", out, "数量指标", "灭獭灭蚤处置面积", "≥60平方公里", 10),
        (None, None, None, "疫点处置完成率", count, 10),
        (None, None, "质量指标", "灭蚤效果评估达标率", "≥90%", 5),
        (None, None, "时效指标", "疫点处置启动时限", "≤24小时", 10),
        ("成本指标", 10, "经济成本指标", "每平方公里处置成本", "≤5000元", 10),
        ("效益指标", eff, "社会效益指标", "疫点周边人间病例数", "0例", 15),
        (None, None, "可持续影响指标", "疫点处置档案建立", "完备", 10),
        (None, None, None, "处置后复查覆盖率", "=100%", 10),
        ("满意度指标", 20, "服务对象满意度指标", "疫点周边牧户满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("al05-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns, annual counts below the "
         "period counts, rates and unit costs equal (correct)")  # fmt: skip
def multi_year() -> Book:
    b = book()
    s = first(b)
    goals = ("三年内完成塔木苏草原全部疫源地的旱獭监测网格化布点，建成监测数据平台。",
             "完成东片区监测布点和年度监测任务，试运行监测数据平台。")  # fmt: skip
    project(s, "塔木苏草原鼠疫疫源地网格化监测项目", CDC, periodic((240, 80), (210, 70), (30, 10)),
            goals, years=3, attr="新增项目")  # fmt: skip
    indicators(s, (*PLAIN[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "网格化监测面积", "≥3600平方公里", "≥1200平方公里"),
        (None, None, "固定监测点建设数", "≥18个", "≥6个"),
        (None, "质量指标", "监测点数据上报合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度监测报告报送时间", "每年11月30日前", "11月30日前"),
        ("成本指标", "经济成本指标", "单位面积监测成本", "≤500元/平方公里", "≤500元/平方公里"),
        ("效益指标", "社会效益指标", "动物间疫情发现及时率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "监测数据平台运行", "稳定运行", "试运行"),
        ("满意度指标", "服务对象满意度指标", "监测片区牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("al06-multi-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the 中期目标 "
         "and two cumulative counts copied into the annual column")  # fmt: skip
def multi_year_copied() -> Book:
    b = book()
    s = first(b)
    text = "完成额仁河流域旱獭鼠疫疫源地监测，建立疫源地动物宿主和媒介数据库。"
    same = mk(text, "D204", "warning", note="年度目标 copied from the 中期目标")
    project(s, "额仁河流域鼠疫宿主媒介调查项目", CDC, periodic((130, 70), (130, 70), (0, 0)),
            (text, same), years=2, attr="新增项目")  # fmt: skip
    hosts = mk("≥2400只", "D202", "warning", note="a cumulative count copied from the 中期 column")
    fleas = mk("≥6000匹", "D202", "warning", note="a cumulative count copied from the 中期 column")
    indicators(s, (*PLAIN[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "宿主动物捕获检测数", "≥2400只", hosts),
        (None, None, "媒介蚤分类鉴定数", "≥6000匹", fleas),
        (None, None, "调查样线数", "≥40条", "≥20条"),
        (None, "质量指标", "物种鉴定准确率", "≥95%", "≥95%"),
        (None, "时效指标", "调查数据录入时限", "≤7天", "≤7天"),
        ("成本指标", "经济成本指标", "每只宿主动物检测成本", "≤150元", "≤150元"),
        ("效益指标", "社会效益指标", "疫源地宿主种类掌握率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "宿主媒介数据库建立", "建成", "建成并试用"),
        ("满意度指标", "服务对象满意度指标", "调查区牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
