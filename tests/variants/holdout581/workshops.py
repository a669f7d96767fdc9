"""The street's workshops as a whole: department returns, flat lists and budget-system exports
covering both 烧饼 and 麻花 workshops: ds13–ds18."""

from __future__ import annotations

from tests.variants.holdout581.common import (
    YEAR,
    cn,
    dept,
    funds,
    head,
    new,
    note,
    sign,
    table,
    wan,
)
from tests.variants.holdout581.registry import variant
from tests.variants.kit import Book, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ds13-street-department",
    (12,),
    "department, NAT-2021: budget, key tasks with a 金额合计 equal to 项目支出, a goal text "
    "whose total (30 + 20 = 50家) is also an indicator (correct)",
)
def ds13() -> Book:
    b, s = new()
    tasks = [
        ("烧饼作坊环境整治", "油烟治理、门面整修", wan(50), "整治烧饼作坊30家"),
        ("麻花作坊扶持", "工艺培训、包装升级", wan(45), "扶持麻花作坊20家"),
        ("老街夜市运营", "摊位管理、安全巡查", wan(25), "夜市开放不少于200天"),
        ("金额合计", None, wan(120), None),
    ]
    goal = (
        "全年整治烧饼作坊30家、扶持麻花作坊20家，合计服务老街小吃作坊50家；"
        "老街夜市开放不少于200天。"
    )
    dept(s, "柘川县古镇老街管理服务中心", (320, 280, 40, 200, 120), goal, tasks)
    rows = [
        ("产出指标", "数量指标", "整治烧饼作坊数量", "≥30家"),
        (None, None, "扶持麻花作坊数量", "≥20家"),
        (None, None, "服务老街小吃作坊总数", "≥50家"),
        (None, None, "老街夜市开放天数", "≥200天"),
        (None, "质量指标", "作坊油烟排放达标率", "≥95%"),
        (None, "时效指标", "环境整治完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单家烧饼作坊整治费用", "≤1.6万元/家"),
        ("效益指标", "社会效益指标", "老街游客接待量", "≥80万人次"),
        (None, "可持续影响指标", "作坊日常巡查制度执行率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
        (None, None, "游客满意度", pct(0.9)),
    ]
    table(s, ONE, rows)
    sign(s, "祁望舒", "0597-6287016", cn(11, 20, YEAR - 1))
    return b


@variant(
    "ds14-street-department-wrong",
    (12,),
    "department, NAT-2021: the 年度总体目标 counts more gas refits than the indicator, the "
    "task amounts do not add up to 金额合计, a completion date in the following year",
)
def ds14() -> Book:
    b, s = new()
    total = mk(wan(90), "B102", "error", note="40 + 35 + 20 = 95 ≠ 金额合计90")
    tasks = [
        ("烧饼作坊燃气改造", "管线更换、报警器安装", wan(40), "改造烧饼作坊燃气设施"),
        ("麻花作坊卫生提升", "操作间改造、防蝇防鼠", wan(35), "提升麻花作坊卫生条件"),
        ("小吃街导视系统", "导视牌设计与安装", wan(20), "新设导视牌30块"),
        ("金额合计", None, total, None),
    ]
    goal = mk(
        "完成烧饼作坊燃气改造45户，麻花作坊卫生提升25家，新设小吃街导视牌30块。",
        "D104",
        "warning",
        note="总体目标写燃气改造45户，指标“燃气改造烧饼作坊户数”为≥40户",
    )
    dept(s, "柘川县古镇街道办事处", (260, 230, 30, 170, 90), goal, tasks)
    late = mk(
        cn(4, 30, YEAR + 1), "Y102", "error", note="2025年度部门目标，完成时间却是2026年4月30日"
    )
    rows = [
        ("产出指标", "数量指标", "燃气改造烧饼作坊户数", "≥40户"),
        (None, None, "卫生提升麻花作坊数量", "≥25家"),
        (None, None, "新设小吃街导视牌数量", "≥30块"),
        (None, "质量指标", "燃气改造验收合格率", "=100%"),
        (None, "时效指标", "导视系统安装完成时间", late),
        ("成本指标", "经济成本指标", "单户燃气改造费用", "≤0.8万元/户"),
        ("效益指标", "社会效益指标", "作坊燃气安全事故发生数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ]
    table(s, ONE, rows)
    sign(s, "祁望舒", "0597-6287016", cn(11, 20, YEAR - 1))
    return b


@variant(
    "ds15-heritage-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percents and a bare 90 with % in the unit column, weights adding to 100 (correct)",
)
def ds15() -> Book:
    b, s = new()
    goal = "认定烧饼、麻花制作技艺传承人12人，举办非遗小吃展演10场，传承人带徒24人。"
    dept(s, "柘川县非物质文化遗产保护中心", (150, 150, 0, 110, 40), goal)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("烧饼、麻花技艺传承人认定人数", 15, "人", "≥", 12),
            ("非遗小吃展演活动场次", 15, "场", "≥", 10),
            ("传承人技艺档案完整率", 10, "%", "≥", pct(0.95)),
            ("展演活动按期完成率", 10, "%", "≥", pct(0.9)),
            ("单场展演活动费用", 10, "万元/场", "≤", 2),
            ("非遗小吃研学参与人次", 15, "人次", "≥", 5000),
            ("传承人带徒人数", 10, "人", "≥", 24),
            ("非遗小吃作坊经营户满意度", 15, "%", "≥", 90),
        ]
    )
    note(s, "说明：权重合计100；单场展演费用含舞台、食材和宣传。")
    sign(s, "裴溪言", "0597-6287155", cn(11, 24, YEAR - 1))
    return b


@variant(
    "ds16-festival-flat-wrong",
    (3, 9),
    "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): a date "
    "serial typed as text, the same count twice with other values, weights adding to 95",
)
def ds16() -> Book:
    b, s = new()
    b.file_mark("W101", "error", note="权重 20+15+10+15+10+10+15 = 95，应为100")
    goal = "举办老街烧饼麻花小吃节3场，组织40家作坊参展，接待游客6万人次。"
    dept(s, "柘川县古镇旅游发展中心", (180, 160, 20, 140, 40), goal)
    serial = mk("45930", "X104", "warning", note="文本中的日期序列号，即2025-09-30")
    dup = mk(
        35,
        "D102",
        "error",
        row=True,
        alt=("D103",),
        note="与“参展烧饼麻花作坊数量”40家是同一指标，数值不同",
    )
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table(
        [
            ("老街小吃节举办场次", "≥3", "场", 20),
            ("参展烧饼麻花作坊数量", "≥40", "家", 15),
            ("小吃节筹备完成时限", serial, None, 10),
            ("小吃节游客接待人次", "≥6", "万人次", 15),
            ("参展作坊数量", dup, "家", 10),
            ("单场小吃节费用", "≤12", "万元/场", 10),
            ("游客满意度", pct(0.9), None, 15),
        ]
    )
    sign(s, "裴溪言", "0597-6287155", cn(11, 24, YEAR - 1))
    return b


EXPORT = (
    "单位编码",
    "单位名称",
    "项目编码",
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标值",
)
UNIT = ("208003", "柘川县古镇老街管理服务中心", "52012525000031", "老街小吃作坊消防安全改造项目")


@variant(
    "ds17-fire-safety-export",
    (4, 7),
    "budget-system export: budget on sheet 05-1 with a 合计 row, indicators on sheet 05-2 "
    "with codes in the first columns, header on the third row and repeated after a page "
    "break, a 填表说明 line (correct)",
)
def ds17() -> Book:
    b, s = new("部门项目支出预算05-1", (10, 24, 16, 30, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(*UNIT, wan(36), wan(30), wan(6))
    s.row("合计", None, None, None, wan(36), wan(30), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 24, 16, 30, 12, 14, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位：万元")
    t.row(*EXPORT)
    first = [
        ("产出指标", "数量指标", "配置灭火器的小吃作坊数量", "≥60家"),
        ("产出指标", "数量指标", "安装烟感报警器数量", "≥120个"),
        ("产出指标", "质量指标", "消防设施验收合格率", "=100%"),
        ("产出指标", "时效指标", "改造完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单家作坊消防改造费用", "≤0.6万元/家"),
    ]
    later = [
        ("效益指标", "社会效益指标", "小吃作坊火灾事故发生数", "=0起"),
        ("效益指标", "可持续影响指标", "作坊消防安全巡查制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ]
    for line in first:
        t.row(*UNIT, *line)
    t.row(*EXPORT)
    for line in later:
        t.row(*UNIT, *line)
    note(t, "填表说明：本表由预算管理一体化系统导出，金额单位为万元，第2页表头为系统重复打印。", 8)
    return b


@variant(
    "ds18-stall-template-rows",
    (4, 6),
    "project, NAT-2021, a 注 row inside the table: a template tier-2 left without an "
    "indicator, a count in the indicator name that disagrees with its value",
)
def ds18() -> Book:
    b, s = new()
    goal = "规范老街烧饼临街摊位，新增标准化摊位12个，办证率100%，减少占道经营投诉。"
    head(s, "古镇老街烧饼临街摊位规范提升项目", funds(15, 12, 3), [goal])
    named = mk("≥12个", "T110", "warning", row=True, note="名称写新增10个，指标值为≥12个")
    empty = mk("生态效益指标", "F109", "warning", row=True, note="模板行未填三级指标和指标值")
    rows = [
        ("成本指标", "经济成本指标", "单个摊位改造费用", "≤1万元/个"),
        ("产出指标", "数量指标", "新增烧饼临街摊位10个", named),
        (None, "质量指标", "摊位食品经营许可办证率", "=100%"),
        (None, "时效指标", "摊位改造完成时间", "2025年7月31日前"),
        ("注：摊位位置以街道规划图为准，其他资金为摊主自筹。",),
        ("效益指标", "社会效益指标", "老街占道经营投诉件数", "≤5件"),
        (None, empty, None, None),
        ("满意度指标", "服务对象满意度指标", "摊主满意度", "≥90%"),
    ]
    table(s, ONE, rows)
    sign(s, "祁望舒", "0597-6287016", cn(11, 20, YEAR - 1))
    return b
