"""Returns wo13–wo18: county programmes covering both stages and halls: stacked projects,
flat lists and department returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout395.common import (
    BUREAU,
    CENTRE,
    TIERS,
    annual,
    department,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout395.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct


def stacked(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]], goal: str,
            rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """One more project stacked under the previous one in the same sheet."""
    s.skip()
    project_head(s, year=2025, name=name, dept=BUREAU, unit=unit, money=money_rows,
                 goals=[goal], attr="一次性项目", title="")  # fmt: skip
    indicators(s, TIERS, rows)


@variant("wo13-stacked-three", (2,),
         "three projects stacked in one sheet (two stages, one hall), OLD-NAT, one value "
         "column, the same indicator names with different values, a 0起 incident target "
         "(correct)")  # fmt: skip
def wo13() -> Book:
    b, s = project(
        "岭脚村古戏台修缮项目",
        CENTRE,
        annual(48, 40, 8),
        ["完成岭脚村古戏台台面、台柱修缮，恢复春节及庙会演出。"],
        attr="一次性项目",
        title="2025年度项目支出绩效目标申报表（古戏台及祠堂修缮专项）",
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "修缮古戏台", "=1座"),
        (None, None, "台面及台柱修缮面积", "≥120平方米"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "古戏台修缮工程费", "≤46万元"),
        ("效益指标", "社会效益指标", "年开展戏曲演出场次", "≥10场"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, "上墟村何氏祠堂修缮项目", "上墟村村民委员会", annual(64, 56, 8),
            "完成何氏祠堂屋面、梁架修缮，作为村老年活动中心开放。", [
        ("产出指标", "数量指标", "修缮祠堂建筑面积", "≥300平方米"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%"),
        (None, "时效指标", "修缮工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "祠堂单位面积修缮成本", "≤0.2万元/平方米"),
        ("效益指标", "社会效益指标", "祠堂年开放天数", "≥150天"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥92%"),
    ])  # fmt: skip
    stacked(s, "桂口村戏台与祠堂消防改造项目", CENTRE, annual(36, 36, 0),
            "完成桂口村古戏台和祠堂两处消防设施和电气线路改造。", [
        ("产出指标", "数量指标", "消防设施改造点位", "≥2处"),
        (None, None, "电气线路改造长度", "≥800米"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2025年9月30日前"),
        (None, "成本指标", "每处消防改造成本", "≤17万元/处"),
        ("效益指标", "社会效益指标", "文物建筑火灾事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wo14-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its fiscal plus other funds, one of its rates is given as a count")  # fmt: skip
def wo14() -> Book:
    b, s = project(
        "栗园村古戏台修缮项目",
        CENTRE,
        annual(52, 44, 8),
        ["完成栗园村古戏台梁架、屋面和台口木雕修缮。"],
        attr="一次性项目",
        title="2025年度项目支出绩效目标申报表（古戏台修缮）",
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "屋面修缮面积", "≥180平方米"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "古戏台修缮工程费", "≤50万元"),
        ("效益指标", "社会效益指标", "年开展戏曲演出场次", "≥12场"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(50), "B101", "error", row=True, note="38 + 10 = 48, not 50")
    stacked(s, "塘背村古戏台消防提升项目", CENTRE, annual(total, 38, 10),
            "完成塘背村古戏台消防设施配置和电气线路改造。", [
        ("产出指标", "数量指标", "配置消防设施点位", "≥6处"),
        (None, "质量指标", "消防设施完好率",
         mk("6处", "T105", "error", note="a 完好率 needs a percentage")),
        (None, "时效指标", "改造工程完工时间", "2025年8月31日前"),
        (None, "成本指标", "消防提升工程费", "≤45万元"),
        ("效益指标", "社会效益指标", "古戏台火灾事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


BUDGET = "梧垣县文化广电旅游局"


@variant("wo15-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percents typed in Excel, weights add to 100 (correct)")  # fmt: skip
def wo15() -> Book:
    b, s = department(CENTRE, [(wan(420), wan(380), wan(40), wan(150), wan(270))],
                      "全年完成4座古戏台、3座祠堂修缮，文物建筑安全无事故。", [
        ("古戏台修缮", "修缮4座清代古戏台", wan(160), "修缮完成并通过验收"),
        ("祠堂修缮", "修缮3座宗祠", wan(90), "修缮完成并对外开放"),
        ("文物安全巡查", "古戏台及祠堂安全巡查", wan(20), "每月巡查2次"),
        ("金额合计", None, wan(270), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("完成古戏台修缮数量", 15, "座", "≥", 4),
        ("完成祠堂修缮数量", 15, "座", "≥", 3),
        ("文物建筑安全巡查次数", 10, "次", "≥", 24),
        ("修缮工程验收合格率", 15, "%", "=", pct(1)),
        ("文物建筑火灾事故发生数", 10, "起", "≤", 0),
        ("古戏台及祠堂修缮单位面积成本", 10, "万元/平方米", "≤", 0.22),
        ("修缮后文物建筑开放率", 10, "%", "≥", pct(0.85)),
        ("木构件病害发生率", 5, "%", "≤", pct(0.03)),
        ("村民满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("wo16-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "an amount under a count unit, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def wo16() -> Book:
    b, s = department(BUDGET, [(wan(600), wan(520), wan(80), wan(210), wan(390))],
                      "全年完成古戏台群保护、宗祠修缮和非遗戏曲展演。", [
        ("古戏台群保护", "修缮3座古戏台", wan(180), "修缮完成并通过验收"),
        ("宗祠修缮", "修缮4座宗祠", wan(150), "修缮完成并对外开放"),
        ("非遗戏曲展演", "在修缮后的戏台开展展演", wan(60), "展演不少于20场"),
        ("金额合计", None, wan(390), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("完成古戏台修缮数量", "≥3座", "正向", "座", 20),
        ("完成宗祠修缮数量",
         mk("12万元", "T112", "error", note="an amount under the unit column 座"),
         "正向", "座", 15),
        ("修缮工程验收合格率", "=100%", "正向", "%", 15),
        ("文物建筑火灾隐患发生率",
         mk("≥2%", "T108", "warning", row=True, note="a 反向 rate with ≥"), "反向", "%", 10),
        ("非遗戏曲展演场次", "≥20场", "正向", "场", 15),
        ("修缮后文物建筑开放天数", "≥150天", "正向", "天", 10),
        ("村民满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the weights add to 95, not 100")
    return b


SHARES = (pct(1), pct(0.9167, "0.00%"), pct(0.0833, "0.00%"), pct(0.3333, "0.00%"),
          pct(0.6667, "0.00%"))  # fmt: skip


@variant("wo17-department-money", (12, 7),
         "department, NAT-2021, budget with a share row, key tasks adding to 金额合计 = 项目支出, "
         "headers 考核指标 and 绩效目标值, a 0起 incident target (correct)")  # fmt: skip
def wo17() -> Book:
    b, s = department("砚溪镇人民政府（文化站）", [
        (wan(360), wan(330), wan(30), wan(120), wan(240)), SHARES,
    ], "全年完成3座古戏台抢救性修缮和2座宗祠保护利用，文物建筑安全无事故。", [
        ("古戏台抢救性修缮", "修缮3座清代戏台", wan(130), "修缮完成并恢复演出"),
        ("宗祠保护利用", "修缮2座宗祠并改作文化礼堂", wan(85), "开放并开展活动"),
        ("文物安全巡查与消防", "巡查及消防器材更新", wan(25), "全年无火灾"),
        ("金额合计", None, wan(240), None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "绩效目标值"), [
        ("成本指标", "经济成本指标", "单座古戏台修缮成本", "≤43万元/座"),
        ("产出指标", "数量指标", "修缮古戏台数量", "≥3座"),
        (None, None, "修缮宗祠数量", "≥2座"),
        (None, None, "文物安全巡查次数", "≥24次"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "年度修缮任务完成时间", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "文物建筑火灾事故发生数", "0起"),
        (None, None, "戏台及宗祠开展民俗活动场次", "≥30场"),
        (None, "可持续影响指标", "文物建筑日常管护覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wo18-department-money-wrong", (12, 4),
         "department, NAT-2021, budget with a share row: 基本 + 项目 ≠ 资金总额, a share not "
         "matching its amount, tasks not adding to 金额合计; note rows and signature")  # fmt: skip
def wo18() -> Book:
    total = mk(wan(500), "B101", "error", row=True, note="180 + 300 = 480, not 500")
    share = mk(pct(0.15), "B111", "error", note="50 ÷ 500 = 10%, not 15%")
    b, s = department("桐埠乡人民政府（文化站）", [
        (total, wan(450), wan(50), wan(180), wan(300)),
        (pct(1), pct(0.9), share, pct(0.36), pct(0.6)),
    ], "全年完成乡内古戏台和宗祠修缮，建立文物建筑巡查制度。", [
        ("古戏台修缮", "修缮2座古戏台", wan(150), "修缮完成并通过验收"),
        ("宗祠修缮", "修缮3座宗祠", wan(100), "修缮完成并对外开放"),
        ("文物巡查", "聘请文物保护员巡查", wan(40), "每月巡查2次"),
        ("金额合计", None,
         mk(wan(300), "B102", "error", note="150 + 100 + 40 = 290, not 300"), None),
    ])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    notes(s, "说明：本表指标按部门整体支出绩效目标指标体系填列。", width=4)
    s.table([
        ("成本指标", "经济成本指标", "单座宗祠修缮成本", "≤33万元/座"),
        ("产出指标", "数量指标", "修缮古戏台数量", "≥2座"),
        (None, None, "修缮宗祠数量", "≥3座"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮工程完工时间", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "文物建筑开放天数", "≥150天"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：金额单位为万元，占比按资金总额计算。",
        "填表说明：本表报乡财政所和县文广旅局各一份。",
    )
    sign(s, "祁文涛", "0739-5248092", day(2024, 11, 18))
    return b
