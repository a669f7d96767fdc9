"""Records storage: shelving, vault refits, digitisation, rescue repair, pest control."""

from __future__ import annotations

from tests.variants.holdout810.common import (
    HEAD,
    HEAD_PERIOD,
    indicators,
    one_year,
    project,
    start,
    two_columns,
    wan,
)
from tests.variants.holdout810.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "ken01-shelving-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the "
    "number format, 0起 and a 反向 share (correct)",
)
def shelving_percent() -> Book:
    b, s = start()
    goal = (
        "更新2号库房密集架240组（约1920立方米），库房温湿度达标率不低于95%，"
        "全年档案实体安全无事故。"
    )
    project(s, "档案库房密集架更新项目", one_year(96, 90, 6), [goal])
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "更新密集架数量", "≥", 240, "组"),
        (None, None, "新增档案装具容量", "≥", 1920, "立方米"),
        (None, "质量指标", "密集架安装验收合格率", "=", pct(1), None),
        (None, None, "库房温湿度达标率", "≥", pct(0.95), None),
        (None, None, "温湿度超标天数占比", "≤", pct(0.05), None),
        (None, "时效指标", "密集架安装完成时间", "≤", day(2026, 9, 30, CN_DATE), None),
        (None, "成本指标", "密集架单价", "≤", 0.38, "万元/组"),
        ("效益指标", "社会效益指标", "档案实体安全事故发生次数", "=", 0, "起"),
        (None, "可持续影响指标", "库房容量保障年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "馆内保管部门满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant(
    "ken02-vault-refit",
    (12,),
    "project, OLD-NAT, one value column: money parts not adding up, an area the goal "
    "states otherwise, a unit cost × count above the money",
)
def vault_refit() -> Book:
    b, s = start()
    total = mk(wan(150), "B101", "error", note="财政拨款 130 + 其他资金 15 = 145 ≠ 150")
    goal = "完成3号库房改造1600平方米，购置密集架420组、恒温恒湿设备6台，年内通过消防验收。"
    project(s, "档案库房改造项目", one_year(total, 130, 15), [goal], attr="一次性项目")
    area = mk("≥1200平方米", "D104", "warning", note="年度目标写改造1600平方米")
    cost = mk("≤0.4万元/组", "B107", "warning", row=True,
              note="0.4万元 × 420组 = 168万元，超过年度资金150万元")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "库房改造面积", area),
        (None, None, "购置密集架数量", "≥420组"),
        (None, None, "恒温恒湿设备数量", "≥6台"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "消防验收完成时间", "2026年11月30日前"),
        (None, "成本指标", "密集架单价", cost),
        ("效益指标", "社会效益指标", "库房温湿度达标率", "≥95%"),
        (None, "可持续影响指标", "库房设施使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "档案保管人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ken03-digitisation-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the "
    "year's, a later year the work prepares for (correct)",
)
def digitisation_period() -> Book:
    b, s = start()
    goals = (
        "2026—2028年完成馆藏档案数字化4.5万卷（约900万画幅），建成数字档案馆并通过省级测评。",
        "完成馆藏档案数字化1.5万卷（约300万画幅），质检合格率不低于98%，"
        "为2029年馆藏档案全面开放利用积累数据。",
    )
    project(s, "馆藏档案数字化项目", two_columns((360, 330, 30), (120, 110, 10)), goals,
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "档案数字化卷数", "≥45000卷", "≥15000卷"),
        (None, None, "数字化画幅数", "≥900万画幅", "≥300万画幅"),
        (None, "质量指标", "数字化成果质检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度数字化任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每卷数字化成本", "≤80元/卷", "≤80元/卷"),
        ("效益指标", "社会效益指标", "数字档案在线查阅占比", "≥60%", "≥40%"),
        (None, "可持续影响指标", "数字档案异地备份机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "查档利用者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ken04-rescue-repair",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: a count copied, a year's count "
    "above the period's, last year's year in the 年度目标",
)
def rescue_repair() -> Book:
    b, s = start()
    annual = mk("2025年修复破损档案4000页，完成民国档案脱酸处理300卷。", "Y101", "error",
                alt=("Y103",), note="2026年度的年度目标写2025年：上一年的文字")  # fmt: skip
    goals = ("2026—2028年修复破损档案1.2万页，脱酸处理民国档案900卷，建立濒危档案台账。", annual)
    project(s, "破损档案抢救修复项目", two_columns((240, 200, 40), (80, 70, 10)), goals, years=3)
    copied = mk("≥12000页", "D202", "warning", note="年度值照抄中期值；年度目标为4000页")
    above = mk("≥1200卷", "D201", "error", note="年度1200卷大于中期900卷")
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "修复破损档案页数", "≥12000页", copied),
        (None, None, "民国档案脱酸处理卷数", "≥900卷", above),
        (None, "质量指标", "修复质量验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度修复任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "修复耗材采购成本", "≤45万元", "≤15万元"),
        ("效益指标", "社会效益指标", "修复档案提供利用情况", "有效", "有效"),
        (None, "可持续影响指标", "濒危档案保护长效机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ken05-vault-points",
    (5, 10, 11),
    "project, NAT-2021, numbered tier labels with points and a score column, a 下降率 "
    "with ≥, 0起, a rise in 百分点 (correct)",
)
def vault_points() -> Book:
    b, s = start()
    goal = "保障6000平方米库房全年安全运行，巡检每日一次，消防设施季度维保，档案安全零事故。"
    project(s, "档案库房安全运维项目", one_year(68, 68, 0), [goal], attr="常年项目")
    indicators(s, (*HEAD, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.库房巡检次数", "≥365次", 10),
        (None, None, "2.消防设施维保次数", "≥4次", 5),
        (None, "（二）质量指标", "3.库房温湿度达标率", "≥95%", 10),
        (None, None, "4.档案虫霉发生率", "≤1%", 5),
        (None, "（三）时效指标", "5.安全隐患整改及时率", "100%", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "6.单位面积运维成本", "≤85元/平方米", 10),
        (None, None, "7.安防系统年度维保费用", "≤12万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "8.档案安全事故发生次数", "0起", 10),
        (None, None, "9.霉变档案件数下降率", "≥10%", 10),
        (None, "（二）可持续影响指标", "10.温湿度达标率较上年提高", "≥2百分点", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.保管部门满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "ken06-pest-control",
    (5, 11),
    "project, OLD-NAT, labels with * and ★ and abbreviated: a quality rate under 时效, a "
    "near-duplicate, a 反向 rate with ≥",
)
def pest_control() -> Book:
    b, s = start()
    goal = "在12间库房布设虫霉监测点40个，完成熏蒸消毒12间，虫霉防治达标率不低于95%。"
    project(s, "档案库房虫霉防治项目", one_year(24, 24, 0), [goal])
    wrong_tier = mk("霉变档案处置合格率", "F201", "warning", row=True,
                    note="合格率是质量指标，填在时效下")  # fmt: skip
    twice = mk("库房虫霉防治达标率", "D103", "warning", row=True, alt=("D101",),
               note="与“虫霉防治达标率”是同一指标，多一个词")  # fmt: skip
    wrong_op = mk("≥2%", "T108", "warning", row=True, note="发生率是反向指标，应为≤")
    indicators(s, HEAD, [
        ("*产出指标", "数量", "库房虫霉监测点位数", "≥40个"),
        (None, None, "熏蒸消毒库房间数", "≥12间"),
        (None, "质量", "虫霉防治达标率", "≥95%"),
        (None, "时效", wrong_tier, "≥98%"),
        (None, None, "熏蒸作业完成时间", "2026年6月30日前"),
        (None, "成本", "单间熏蒸费用", "≤1.5万元/间"),
        ("*效益", "社会效益", "档案虫霉发生率", wrong_op),
        (None, None, twice, "≥95%"),
        ("*满意度", "★服务对象满意度", "档案利用者满意度", "≥90%"),
    ])  # fmt: skip
    return b
