"""Dove trees (珙桐) and yews (红豆杉) rescued and replanted: percent cells, multi-year projects
with 中期 and 年度 columns, points at two levels (at01–at06)."""

from __future__ import annotations

from tests.variants.holdout504.common import (
    OPS6,
    PERIOD5,
    POINTS6,
    YEAR,
    funds,
    indicators,
    period_funds,
    project,
    sign,
    wan,
)
from tests.variants.holdout504.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("at01-dove-percent-cells", (1,),
         "project, OLD-NAT, operator column (≥ ≤ =) and unit column, percents typed in Excel, "
         "万元 only in the number format, 0起 on an incident count (correct)")  # fmt: skip
def at01() -> Book:
    b, s = project(
        "珙桐野生植株抢救性迁地保护项目",
        funds(86.5, 80, 6.5),
        ["抢救性迁移受库区淹没影响的野生珙桐160株，在保护区内回植并养护，成活率不低于90%。"],
    )
    indicators(s, OPS6, [
        ("产出指标", "数量指标", "迁移野生珙桐植株", "≥", 160, "株"),
        (None, None, "新建回植点位", "≥", 4, "个"),
        (None, "质量指标", "迁移植株成活率", "≥", pct(0.9), "%"),
        (None, None, "迁移植株挂牌建档率", "=", pct(1), "%"),
        (None, "时效指标", "迁移作业完成时限", "≤", day(YEAR, 4, 30), None),
        (None, "成本指标", "单株迁移及回植成本", "≤", 0.45, "万元/株"),
        ("效益指标", "生态效益指标", "回植区植被覆盖率提高", "≥", 3, "百分点"),
        (None, "社会效益指标", "盗挖珙桐案件发生数", "≤", 0, "起"),
        (None, None, "珙桐保护宣传受众", "≥", 3000, "人次"),
        (None, "可持续影响指标", "回植植株管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦成岳", "0839-5527316")
    return b


@variant("at02-yew-percent-wrong", (1, 11),
         "project, OLD-NAT, operators in words in 指标性质, unit column, percent cells: a 成活率 "
         "typed as 105% and a 死亡率 with 大于等于")  # fmt: skip
def at02() -> Book:
    b, s = project(
        "南方红豆杉野生植株救护回植项目",
        funds(64, 64, 0),
        ["救护因道路建设受威胁的南方红豆杉180株，就近回植至保护区实验区并落实三年管护。"],
    )
    survival = mk(pct(1.05), "T106", "error", note="成活率以100%为上限，105%不可能")
    deaths = mk("大于等于", "T108", "warning", row=True,
                note="死亡率是反向指标，比较符应为小于等于")  # fmt: skip
    indicators(s, OPS6, [
        ("产出指标", "数量指标", "救护回植红豆杉植株", "大于等于", 180, "株"),
        (None, None, "建立单株救护档案", "大于等于", 180, "份"),
        (None, "质量指标", "回植植株成活率", "大于等于", survival, "%"),
        (None, None, "回植植株死亡率", deaths, pct(0.08), "%"),
        (None, "时效指标", "救护回植完成时间", "小于等于", day(YEAR, 6, 30), None),
        (None, "成本指标", "单株救护回植成本", "小于等于", 0.32, "万元/株"),
        ("效益指标", "生态效益指标", "红豆杉野生种群恢复点位", "大于等于", 5, "个"),
        (None, "社会效益指标", "盗伐红豆杉案件发生数", "小于等于", 0, "起"),
        (None, "可持续影响指标", "回植植株管护年限", "大于等于", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "龙秋萍", "0839-5527408")
    return b


@variant("at03-dove-three-years", (8,),
         "three-year project 2025—2027, NAT-2021, 中期 and 年度 value columns, annual counts "
         "below the period counts, rates and unit costs equal (correct)")  # fmt: skip
def at03() -> Book:
    b, s = project(
        "珙桐种质资源圃扩繁与野外回归项目",
        period_funds((420, 390, 30), (150, 140, 10)),
        ["三年扩繁珙桐苗木3万株，野外回归6000株，建成种质资源圃1处，回归植株保存率≥85%。",
         "2025年扩繁珙桐苗木1万株，野外回归1500株，完成资源圃一期建设。"],
        years=3, attr="新增项目",
    )  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "扩繁珙桐苗木", "≥30000株", "≥10000株"),
        (None, None, "野外回归珙桐植株", "≥6000株", "≥1500株"),
        (None, "质量指标", "回归植株保存率", "≥85%", "≥85%"),
        (None, "时效指标", "年度扩繁任务完成时间", "每年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单株野外回归成本", "≤120元/株", "≤120元/株"),
        ("效益指标", "生态效益指标", "野外珙桐新增分布点", "≥12个", "≥4个"),
        (None, "可持续影响指标", "回归植株监测档案建立率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "社区护林员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃嘉树", "0839-5527122")
    return b


@variant("at04-yew-two-years-copied", (8, 12),
         "two-year project 2025—2026, OLD-NAT, 中期 and 年度 columns: two cumulative counts "
         "copied into the annual column, 年度资金总额 above 中期资金总额")  # fmt: skip
def at04() -> Book:
    total = mk(wan(210), "B103", "error", note="年度资金总额210万元大于中期资金总额180万元")
    b, s = project(
        "南方红豆杉扩繁基地与退化林地回植项目",
        period_funds((180, 160, 20), (total, ok(wan(190), "error"), 20)),
        ["两年扩繁南方红豆杉苗木2万株，回植退化林地300亩，保存率不低于85%。",
         "2025年建成扩繁大棚，扩繁苗木1万株，回植150亩。"],
        years=2,
    )  # fmt: skip
    copied = "年度值与两年期累计值相同，累计数量应小于实施期"
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "扩繁南方红豆杉苗木", "≥20000株",
         mk("≥20000株", "D202", "warning", note=copied)),
        (None, None, "回植红豆杉面积", "≥300亩", mk("≥300亩", "D202", "warning", note=copied)),
        (None, None, "设立固定监测样地", "≥6个", "≥3个"),
        (None, "质量指标", "回植苗木保存率", "≥85%", "≥85%"),
        (None, "时效指标", "年度回植任务完成时间", "每年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "每亩回植成本", "≤0.35万元/亩", "≤0.35万元/亩"),
        ("效益指标", "生态效益指标", "回植区林草覆盖率提高", "≥4百分点", "≥2百分点"),
        (None, "社会效益指标", "带动林区群众参与管护", "≥120人次", "≥60人次"),
        (None, "可持续影响指标", "回植地块管护责任落实率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨立秋", "0839-5527650")
    return b


@variant("at05-dove-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a 合计 row, a cover rate raised in 百分点 (correct)")  # fmt: skip
def at05() -> Book:
    b, s = project(
        "珙桐极小种群迁地保护与人工辅助授粉项目",
        funds(75, 70, 5),
        ["迁地保护珙桐200株并开展人工辅助授粉，提高结实率，稳定野外种群。"],
    )
    indicators(s, POINTS6, [
        ("产出指标", 50, "数量指标", "迁地保护珙桐植株", "≥200株", 15),
        (None, None, None, "人工辅助授粉样地", "≥3处", 10),
        (None, None, "质量指标", "迁地植株成活率", "≥90%", 15),
        (None, None, "时效指标", "迁地作业完成时间", "2025年5月31日前", 10),
        ("成本指标", 10, "经济成本指标", "单株迁地保护成本", "≤0.3万元/株", 10),
        ("效益指标", 30, "生态效益指标", "珙桐分布区植被覆盖率", "提高≥2百分点", 10),
        (None, None, "社会效益指标", "珙桐保护科普受众", "≥5000人次", 10),
        (None, None, "可持续影响指标", "迁地植株长期监测机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "周边村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "韦成岳", "0839-5527316")
    return b


@variant("at06-yew-points-wrong", (10, 6, 13),
         "project, NAT-2021, tier-1 and indicator score columns: 产出 scores short of its 50, "
         "a template tier-2 left empty, an indicator with value and score but no name")  # fmt: skip
def at06() -> Book:
    b, s = project(
        "红豆杉古树及大树救护移植项目",
        funds(58, 52, 6),
        ["救护受工程影响的红豆杉古树及大树40株，扩繁容器苗8000株，移植成活率不低于90%。"],
    )
    short = mk(50, "W103", "error", alt=("W101",),
               note="产出指标声明50分，其下指标分值15+15+10+5=45")  # fmt: skip
    empty_t2 = mk("生态环境成本指标", "F109", "warning", row=True,
                  note="模板中的二级指标未填三级指标和指标值")  # fmt: skip
    nameless = mk(None, "F110", "error", note="有指标值和分值却没有三级指标名称")
    indicators(s, POINTS6, [
        ("产出指标", short, "数量指标", "救护红豆杉古树及大树", "≥40株", 15),
        (None, None, None, "扩繁红豆杉容器苗", "≥8000株", 15),
        (None, None, "质量指标", "容器苗合格率", "≥90%", 10),
        (None, None, "时效指标", "救护移植完成时间", "2025年4月30日前", 5),
        ("成本指标", 10, "经济成本指标", "单株大树救护成本", "≤0.6万元/株", 10),
        (None, None, empty_t2, None, None, None),
        ("效益指标", 30, "生态效益指标", "红豆杉野生种群新增分布点", "≥3个", 10),
        (None, None, "社会效益指标", nameless, "≥2000人次", 10),
        (None, None, "可持续影响指标", "救护植株跟踪监测年限", "≥3年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "保护区周边群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="指标分值合计95，与一级指标合计100不符：同一缺口，可报")  # fmt: skip
    sign(s, "龙秋萍", "0839-5527408")
    return b
