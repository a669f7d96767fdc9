"""Returns by13–by18: bureau returns, flat lists, budget-system exports and PDF artefacts for
the 水碓 and 风车磨坊 restored in 桐澜县."""

from __future__ import annotations

from tests.variants.holdout535.common import FARM, HEAD4, bureau, funds, project, start, table, w
from tests.variants.holdout535.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


def flat(s: Sheet, head: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    """A flat list without tiers under its own caption."""
    s.row("年度绩效指标", merge=[(1, len(head))])
    s.row(*head)
    for r in rows:
        s.row(*r)


@variant(
    "by13-bureau-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), percent cells, "
    "a 下降率 with ≥ and 0 incidents (correct)",
)
def by13() -> Book:
    b, s = start()
    tasks = [
        ("水碓群保护修复", "修复漾溪、洄溪两流域水碓", w(150), "修复水碓10座"),
        ("风车磨坊文旅开放", "风车磨坊日常开放与展演", w(120), "开放风车磨坊5座"),
        ("乡村旅游推介", "举办水碓风车文化旅游推介活动", w(70), "举办推介活动6场"),
        ("金额合计", None, w(340), None),
    ]
    bureau(
        s,
        [(w(860), w(800), w(60), w(520), w(340))],
        "2025年修复水碓10座、开放风车磨坊5座，举办乡村旅游推介活动6场，游客满意度90%以上。",
        tasks,
    )
    head = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
    rows = [
        ("修复水碓座数", 15, "座", "≥", 10),
        ("开放风车磨坊座数", 10, "座", "≥", 5),
        ("乡村旅游推介活动场次", 10, "场", "≥", 6),
        ("修复工程验收合格率", 10, "%", "≥", pct(0.95)),
        ("古磨坊设施故障下降率", 10, "%", "≥", pct(0.1)),
        ("游客安全责任事故", 10, "起", "≤", 0),
        ("乡村旅游收入增长率", 10, "%", "≥", pct(0.08)),
        ("单座水碓平均修复成本", 10, "万元/座", "≤", 15),
        ("游客满意度", 15, "%", "≥", pct(0.9)),
    ]
    flat(s, head, rows)
    return b


@variant(
    "by14-bureau-flat-defects",
    (3,),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): a unit conflict, a rate "
    "given as a count, weights adding to 95",
)
def by14() -> Book:
    b, s = start()
    tasks = [
        ("农业文化遗产水碓保护", "保护性修复水碓", w(70), "修复水碓6座"),
        ("风车磨坊农耕体验点建设", "建设农耕体验点", w(50), "建成体验点4个"),
        ("金额合计", None, w(120), None),
    ]
    bureau(
        s,
        [(w(420), w(400), w(20), w(300), w(120))],
        "2025年保护性修复水碓6座，建成风车磨坊农耕体验点4个，带动农户增收。",
        tasks,
        FARM[:-5],
    )
    b.file_mark("W101", "error", note="权重 15+15+15+10+10+10+10+10 = 95，应为 100")
    unit = mk("≥2.5万元", "T112", "error", note="指标值写万元，计量单位列为万人次")
    count = mk("≥20场", "T105", "error", note="覆盖率写成场次")
    rows = [
        ("保护性修复水碓座数", "≥6", "座", 15),
        ("建成农耕体验点", "≥4", "个", 15),
        ("体验点年接待研学人次", unit, "万人次", 15),
        ("农耕体验课程覆盖率", count, "场", 10),
        ("修复工程验收合格率", "≥95%", "%", 10),
        ("单座水碓修复成本", "≤11", "万元/座", 10),
        ("带动农户增收", "≥15", "万元", 10),
        ("游客满意度", "≥90%", "%", 10),
    ]
    flat(s, ("指标名称", "指标值", "计量单位", "权重"), rows)
    return b


def serve(s: Sheet) -> None:
    """The tiered table of the two department money returns."""
    rows = [
        ("产出指标", "数量指标", "运营水碓文化游线", "≥3条"),
        (None, None, "风车磨坊研学活动", "≥60场"),
        (None, "质量指标", "旅游公共服务设施完好率", "≥95%"),
        (None, "时效指标", "游客投诉处理时限", "≤3个工作日"),
        (None, "成本指标", "研学活动场均成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "乡村旅游接待游客", "≥25万人次"),
        (None, "经济效益指标", "乡村旅游综合收入增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ]
    table(s, HEAD4, rows)


@variant(
    "by15-bureau-money",
    (12,),
    "department, OLD-NAT: budget with shares, tasks adding to 金额合计 (correct)",
)
def by15() -> Book:
    b, s = start()
    budget = [
        (w(1000), w(900), w(100), w(600), w(400)),
        (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
    ]
    tasks = [
        ("水碓文化游线运营", "三条水碓游线日常运营", w(180), "运营游线3条"),
        ("风车磨坊研学推广", "开展风车磨坊研学活动", w(130), "开展研学活动60场"),
        ("公共服务设施维护", "游客中心、步道、标识维护", w(90), "设施完好率95%以上"),
        ("金额合计", None, w(400), None),
    ]
    bureau(
        s, budget, "2025年运营水碓文化游线3条，开展风车磨坊研学活动60场，接待游客25万人次。", tasks
    )
    serve(s)
    return b


@variant(
    "by16-bureau-money-wrong",
    (12,),
    "department, OLD-NAT: 基本支出 + 项目支出 ≠ 资金总额, a share not matching its amount, "
    "tasks not adding to 金额合计",
)
def by16() -> Book:
    b, s = start()
    total = mk(w(780), "B101", "error", row=True, note="基本 450 + 项目 320 = 770 ≠ 780")
    share = mk(pct(0.2), "B111", "error", note="其他资金 80 ÷ 780 = 10.26%，不是 20%")
    budget = [
        (total, w(700), w(80), w(450), w(320)),
        (pct(1), pct(0.8974, "0.00%"), share, pct(0.5769, "0.00%"), pct(0.4103, "0.00%")),
    ]
    tasks = [
        ("水碓文化游线运营", "三条水碓游线日常运营", w(140), "运营游线3条"),
        ("风车磨坊研学推广", "开展风车磨坊研学活动", w(110), "开展研学活动60场"),
        ("公共服务设施维护", "游客中心、步道、标识维护", w(60), "设施完好率95%以上"),
        ("金额合计", None, mk(w(320), "B102", "error", note="140 + 110 + 60 = 310 ≠ 320"), None),
    ]
    bureau(
        s, budget, "2025年运营水碓文化游线3条，开展风车磨坊研学活动60场，接待游客25万人次。", tasks
    )
    serve(s)
    return b


EXPORT_GOALS = [
    (
        "361025250000000101",
        "鹤垄村水碓研学步道项目",
        "产出",
        "数量",
        "建成水碓研学步道",
        "≥1.8公里",
    ),
    (None, None, "产出", "质量", "步道工程验收合格率", "≥95%"),
    (None, None, "产出", "时效", "步道完工时间", "2025年9月30日前"),
    (None, None, "产出", "成本", "步道每公里建设成本", "≤35万元/公里"),
    (None, None, "效益", "社会效益", "年接待研学学生", "≥5000人次"),
    (None, None, "满意度", "服务对象满意度", "研学学生满意度", "≥90%"),
    (
        "361025250000000102",
        "风岙村风车磨坊夜游亮化项目",
        "产出",
        "数量",
        "安装磨坊夜景灯具",
        "≥120套",
    ),
    (None, None, "产出", "质量", "灯具安装验收合格率", "≥95%"),
    (None, None, "产出", "时效", "夜游开放时间", "2025年7月1日前"),
    (None, None, "产出", "成本", "单套灯具安装成本", "≤0.3万元/套"),
    (None, None, "效益", "经济效益", "带动夜间消费", "≥25万元"),
    (None, None, "满意度", "服务对象满意度", "游客满意度", "≥90%"),
]


@variant(
    "by17-export-second-sheet",
    (7, 5),
    "budget-system export: project list with codes on sheet 05-1, the indicator table of two "
    "projects on sheet 05-2 under 预期实现值, abbreviated tier labels (correct)",
)
def by17() -> Book:
    b, s = start("部门项目支出预算05-1", (22, 30, 24, 14, 14, 14))
    s.title("桐澜县文化和旅游局2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "功能科目", "资金总额", "财政拨款", "其他资金")
    s.row(
        "361025250000000101",
        "鹤垄村水碓研学步道项目",
        "2070199 其他文化和旅游支出",
        w(70),
        w(60),
        w(10),
    )
    s.row(
        "361025250000000102",
        "风岙村风车磨坊夜游亮化项目",
        "2070199 其他文化和旅游支出",
        w(42),
        w(42),
        w(0),
    )
    s.row("合计", None, None, w(112), w(102), w(10))
    g = b.sheet("部门项目支出绩效目标05-2", (22, 28, 10, 14, 26, 16))
    g.title("桐澜县文化和旅游局2025年部门项目支出绩效目标表", 6)
    g.row("单位名称：桐澜县文化和旅游局")
    head = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值")
    table(g, head, EXPORT_GOALS, merged=(1, 2))
    return b


@variant(
    "by18-export-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below: a date serial as text, a split "
    "number, an amount pasted twice",
)
def by18() -> Book:
    b, s = start()
    end = mk("45961", "X104", "warning", alt=("Y106",), note="计划完成日期是日期序列号文本")
    project(
        s,
        "鹭滩村风车叶片及石磨修复项目",
        "桐澜县鹭滩村民委员会",
        funds((w(40), w(32), w(8))),
        ["2025年更换风车叶片12片、修复石磨2盘，10月31日前恢复磨坊开放。"],
        end=end,
    )
    rows = [
        ("产出指标", "数量指标", "更换风车叶片", "≥12片"),
        (None, None, "修复石磨", "≥2盘"),
        (None, "质量指标", "修复工程验收合格率", "≥95%"),
        (None, "时效指标", "修复完成时间", "2025年10月31日前"),
        (None, "成本指标", "单片叶片更换成本", "≤1.5万元/片"),
        ("效益指标", "社会效益指标", "年接待游客", "≥0.9万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ]
    table(s, HEAD4, rows)
    s.skip()
    split = mk("18.4 6", "X105", "warning", alt=("X103",), note="数字被空格断开，读作 18.46")
    twice = mk("9万9万(含运输)", "X106", "error", alt=("B108",), note="金额粘贴两次，读作 9")
    s.row("项目支出明细", None, None, "金额（万元）", merge=[(1, 3)])
    for name, amount in (
        ("风车叶片更换", split),
        ("石磨修复", w(12.54)),
        ("磨坊展陈布置", twice),
        ("合计", w(40)),
    ):
        s.row(name, None, None, amount, merge=[(1, 3)])
    return b
