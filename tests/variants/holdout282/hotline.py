"""Returns of the 12345 政务服务便民热线 of 澹屿市 (invented): flat department lists, a
multi-year platform upgrade, night shifts and the 接诉即办 assessment with points (sf07–sf12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout282.common import HEAD_TWO, funds, funds_one, indicators, sign, start
from tests.variants.holdout282.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

BUREAU = "澹屿市政务服务和数据管理局（402013）"
CENTRE = "澹屿市政务服务便民热线管理中心"
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标性质", "指标值", "计量单位",
          "三级指标分值")  # fmt: skip


@variant("sf07-hotline-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), typed percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def sf07() -> Book:
    b, s = start("部门整体", (18, 16, 14, 14, 16, 14))
    department_head(s, year=2025, dept=CENTRE, budget=[
        (money(1860), money(1820), money(40), money(640), money(1220))],
        tasks=[("坐席服务", "热线7×24小时人工坐席服务外包", money(780), "来电接得通"),
               ("平台运维", "热线平台、工单系统运行维护", money(260), "系统稳定运行"),
               ("知识库与数据分析", "知识库维护、诉求数据分析", money(180), "答复准确"),
               ("金额合计", None, money(1220), None)],
        goal="热线接得通、办得快、办得好，群众诉求件件有回音。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("全年受理群众诉求", 15, "件", "≥", 420000),
        ("热线人工接通率", 15, "%", "≥", pct(0.92)),
        ("来电平均等待时长", 10, "秒", "≤", 25),
        ("工单按时办结率", 15, "%", "≥", pct(0.95)),
        ("工单重复派发率", 10, "%", "≤", pct(0.03)),
        ("知识库条目更新", 10, "条", "≥", 1500),
        ("诉求办理结果回访率", 10, "%", "≥", pct(0.6)),
        ("市民对热线服务满意率", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "沈砚秋", "0596-8830512", day(2024, 11, 26))
    return b


@variant("sf08-hotline-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重（100分）): a unit conflict, ≥ on a 反向 rate, "
         "weights adding to 95")  # fmt: skip
def sf08() -> Book:
    b, s = start("部门整体", (18, 16, 14, 14, 16, 14))
    department_head(s, year=2025, dept="澹屿市政务服务便民热线东港分中心", budget=[
        (money(286), money(276), money(10), money(196), money(90))],
        tasks=[("企业诉求专席", "涉企诉求专席坐席服务", money(54), "企业诉求快速响应"),
               ("涉企知识库建设", "惠企政策问答整理更新", money(36), "政策咨询一次答复"),
               ("金额合计", None, money(90), None)],
        goal="涉企诉求快速响应、按时办结，政策咨询一次答复。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重（100分）")
    s.table([
        ("企业诉求受理", "≥36000", "正向", "件", 15),
        ("企业诉求按时办结率", "≥95%", "正向", "%", 15),
        ("企业诉求首次响应时长", mk("≤30分钟", "T112", "error", row=True,
                                   note="value in 分钟, unit column 秒"), "反向", "秒", 10),
        ("工单退回率", mk("≥5%", "T108", "warning", row=True, note="反向 with ≥"), "反向", "%", 10),
        ("政策咨询一次性答复率", "≥90%", "正向", "%", 15),
        ("涉企知识库条目", "≥800", "正向", "条", 10),
        ("企业诉求回访", "≥6000", "正向", "件", 5),
        ("企业满意率", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, the header says 100")
    sign(s, "沈砚秋", "0596-8830512", day(2024, 11, 26))
    return b


@variant("sf09-platform-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def sf09() -> Book:
    b, s = start()
    goal = "建成智能语音导航和坐席辅助系统，热线知识库标准化，接通率和一次办结率明显提升。"
    project_head(s, year=2025, years=3, name="12345热线智能化平台升级", dept=BUREAU,
                 unit=CENTRE, attr="新增项目", money=funds((1260, 1200, 60), (480, 460, 20)),
                 goals=(goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")))  # fmt: skip
    copied = "cumulative count: annual copied from the three-year value"
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "智能语音导航节点上线", "≥40个",
         mk("≥40个", "D202", "warning", note=copied)),
        (None, None, "热线知识库标准问答编制", "≥9000条", "≥3000条"),
        (None, None, "坐席辅助系统应用培训", "≥600人次",
         mk("≥600人次", "D202", "warning", note=copied)),
        (None, "质量指标", "智能语音识别准确率", "≥95%", "≥92%"),
        (None, "时效指标", "平台功能模块按期上线率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "平台升级开发费用", "≤1050万元", "≤400万元"),
        ("效益指标", "社会效益指标", "热线人工接通率提升", "≥5百分点", "≥2百分点"),
        (None, "可持续影响指标", "平台数据接口对接部门", "≥45个", "≥20个"),
        ("满意度指标", "服务对象满意度指标", "市民来电满意率", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "陆鸣川", "0596-8830547", day(2024, 12, 3))
    return b


@variant("sf10-night-shift-one-year", (8,), "one-year project, NAT-2021, 中期 and 年度 "
         "columns and goals legitimately identical, a unit cost × count within the money "
         "(correct)")  # fmt: skip
def sf10() -> Book:
    b, s = start()
    goal = "夜间及节假日来电应接尽接，紧急诉求即时转派，来电录音全量质检。"
    project_head(s, year=2025, name="12345热线夜间及节假日坐席服务", dept=BUREAU, unit=CENTRE,
                 money=funds((186, 180, 6), fmt=WAN), goals=(goal, goal))  # fmt: skip
    indicators(s, HEAD_TWO, [
        ("产出指标", "数量指标", "夜间及节假日受理来电", "≥150000件", "≥150000件"),
        (None, "质量指标", "来电录音质检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "紧急诉求转派时限", "≤30分钟", "≤30分钟"),
        ("成本指标", "经济成本指标", "单件来电服务成本", "≤11元/件", "≤11元/件"),
        ("效益指标", "社会效益指标", "夜间来电接通率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "全天候服务机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "夜间来电市民满意率", "≥88%", "≥88%"),
    ])  # fmt: skip
    sign(s, "陆鸣川", "0596-8830547", day(2024, 12, 3))
    return b


@variant("sf11-handling-points", (10, 1), "project, NAT-2021, tier-1 points and indicator "
         "points both adding to 100, operator and unit columns, typed percents, a rate raised "
         "in 百分点 (correct)")  # fmt: skip
def sf11() -> Book:
    b, s = start("绩效目标", (14, 12, 18, 28, 10, 12, 10, 12))
    project_head(s, year=2025, name="12345热线工单办理质效督办", dept=BUREAU, unit=CENTRE,
                 money=funds((58, 58, 0)),
                 goals=("对热线工单办理开展督办和第三方质检，提高办结率，减少重复"
                        "投诉。",))  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 40, "数量指标", "热线工单督办", "≥", 1800, "件", 10),
        (None, None, None, "督办情况通报", "≥", 12, "期", 10),
        (None, None, "质量指标", "工单办理质量抽检合格率", "≥", pct(0.95), "%", 10),
        (None, None, "时效指标", "督办事项按期反馈率", "≥", pct(0.95), "%", 10),
        ("成本指标", 10, "经济成本指标", "第三方质检服务费", "≤", 36, "万元", 10),
        ("效益指标", 30, "社会效益指标", "热线诉求办结率提高", "≥", 3, "百分点", 15),
        (None, None, None, "重复投诉工单下降率", "≥", pct(0.1), "%", 15),
        ("满意度指标", 20, "服务对象满意度指标", "诉求人对办理结果满意率", "≥", pct(0.9), "%",
         20),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "沈砚秋", "0596-8830512", day(2024, 11, 26))
    return b


@variant("sf12-assessment-points-wrong", (10, 12), "project, NAT-2021, tier-1 points against "
         "the indicator points under them (two tiers off, totals both 100), 资金总额 ≠ "
         "财政拨款 + 其他资金")  # fmt: skip
def sf12() -> Book:
    b, s = start("绩效目标", (14, 12, 18, 28, 10, 12, 10, 12))
    total = mk(money(64), "B101", "error", note="52 + 8 = 60, not 64")
    project_head(s, year=2025, name="12345热线接诉即办考核评价", dept=BUREAU, unit=CENTRE,
                 money=funds_one(total, 52, 8),
                 goals=("委托第三方对承办单位接诉即办情况按月考核，考核结果通报。",))  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", mk(50, "W103", "error", note="10 + 10 + 10 + 15 = 45"), "数量指标",
         "承办单位月度考核", "≥", 12, "次", 10),
        (None, None, None, "考核结果通报", "≥", 12, "期", 10),
        (None, None, "质量指标", "考核数据复核准确率", "≥", pct(0.98), "%", 10),
        (None, None, "时效指标", "月度考核结果发布时限", "≤", 10, "个工作日", 15),
        ("成本指标", 10, "经济成本指标", "第三方考核评价服务费", "≤", 40, "万元", 10),
        ("效益指标", mk(20, "W103", "error", note="15 + 10 = 25"), "社会效益指标",
         "群众诉求解决率", "≥", pct(0.8), "%", 15),
        (None, None, "可持续影响指标", "考核结果运用机制", "定性", "健全", None, 10),
        ("满意度指标", 20, "服务对象满意度指标", "诉求人满意率", "≥", pct(0.9), "%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "沈砚秋", "0596-8830512", day(2024, 11, 26))
    return b
