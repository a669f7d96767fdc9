"""Village pipe extensions (村级供水管网延伸): kgo07–kgo12."""

from __future__ import annotations

from tests.variants.holdout863.common import (
    TIERS,
    book,
    department,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout863.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

DEPT = "杞林县水务局（215）"
OLD = [
    ("产出指标", "数量指标", "新建延伸管网", "≥7.2公里"),
    (None, None, "新增入户", "≥420户"),
    (None, "质量指标", "管网末梢水压合格率", "≥95%"),
    (None, "时效指标", "管网完工通水时间", "2025年10月31日前"),
    (None, "成本指标", "每公里管网建设成本", "≤11万元/公里"),
    ("效益指标", "社会效益指标", "新增受益人口", "≥1500人"),
    ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
]


def first_project(s: Sheet) -> None:
    """The first of two stacked projects: 鹤垭村 to 棠坳村, all consistent."""
    goal = "从鹤垭村延伸供水管网至棠坳村，新建管网7.2公里，新增入户420户，解决1500人饮水问题。"
    project(s, year=2025, name="鹤垭村至棠坳村供水管网延伸", unit="杞林县农村供水服务中心",
            dept=DEPT, annual=(86, 80, 6), goals=(goal,))  # fmt: skip
    indicators(s, TIERS, OLD)
    s.skip()


@variant("kgo07-pipe-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator names "
         "with other values in the second project (correct)")  # fmt: skip
def kgo07() -> Book:
    b, s = book("绩效目标表")
    first_project(s)
    goal = "改造石楠乡集镇老旧供水管网4.5公里，更换入户水表600只，管网漏损明显下降。"
    project(s, year=2025, name="石楠乡集镇供水管网改造", unit="石楠乡人民政府", dept=DEPT,
            annual=(54, 54, 0), goals=(goal,), title="")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "新建延伸管网", "≥4.5公里"),
        (None, None, "更换入户水表", "≥600只"),
        (None, "质量指标", "管网末梢水压合格率", "≥98%"),
        (None, "时效指标", "管网完工通水时间", "2025年8月31日前"),
        (None, "成本指标", "每公里管网建设成本", "≤12万元/公里"),
        ("效益指标", "经济效益指标", "管网漏损率", "≤12%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kgo08-pipe-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second project's total is not its parts, its goal "
         "gives another length, its deadline falls in the next year")  # fmt: skip
def kgo08() -> Book:
    b, s = book("绩效目标表")
    first_project(s)
    goal = "向枧下、栗坪等5个自然村延伸供水管网8.5公里，新增入户380户。"
    total = mk(wan(72), "B101", "error", note="财政拨款60万元+其他资金8万元=68万元")
    project(s, year=2025, name="栗坪片区供水管网延伸", unit="栗坪村民委员会", dept=DEPT,
            annual=(total, 60, 8), goals=(goal,), title="")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "新建延伸管网",
         mk("≥6.5公里", "D104", "warning", row=True, note="年度目标写延伸管网8.5公里")),
        (None, None, "新增入户", "≥380户"),
        (None, "质量指标", "管网末梢水压合格率", "≥95%"),
        (None, "时效指标", "管网完工通水时间",
         mk("2026年6月30日前", "Y102", "error", note="一年期项目（2025年）的完工期限落在2026年")),
        (None, "成本指标", "每公里管网建设成本", "≤8万元/公里"),
        ("效益指标", "社会效益指标", "新增受益人口", "≥1300人"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgo09-pipe-flat", (3, 1, 10),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), percent cells, a rate raised in 百分点, 0起 on an incident count, "
         "weights add to 100 (correct)")  # fmt: skip
def kgo09() -> Book:
    b, s = book()
    goal = "新建村级供水管网36公里，新增自来水入户2100户，农村自来水普及率提高2个百分点。"
    department(s, year=2025, dept="槐埠县农村供水服务中心", budget=(560, 520, 40, 80, 480),
               goal=goal)  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("新建村级供水管网", 10, "公里", "≥", 36),
        ("新增自来水入户", 10, "户", "≥", 2100),
        ("农村自来水普及率提高", 10, "百分点", "≥", 2),
        ("管网末梢水水质达标率", 15, "%", "≥", pct(0.95)),
        ("管网漏损率", 10, "%", "≤", pct(0.12)),
        ("供水故障抢修响应时间", 10, "小时", "≤", 24),
        ("重大供水安全事故", 5, "起", "≤", 0),
        ("每公里管网建设成本", 10, "万元/公里", "≤", 12),
        ("受益群众满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "阮青禾", "0573-8825107")
    return b


@variant("kgo10-pipe-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · "
         "权重): a 反向 rate with ≥, the same indicator twice with two values, "
         "weights adding to 95")  # fmt: skip
def kgo10() -> Book:
    b, s = book()
    goal = "新建村级供水管网28公里，新增受益人口3200人，管网漏损率控制在10%以内。"
    department(s, year=2025, dept="松岙县农村饮水安全服务站", budget=(430, 400, 30, 70, 360),
               goal=goal)  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("新建村级供水管网", "≥28", "正向", "公里", 15),
        ("新增受益人口", "≥3200", "正向", "人", 15),
        ("管网末梢水水质达标率", "≥95", "正向", "%", 15),
        ("管网漏损率", mk("≥10", "T108", "warning", row=True, note="反向指标写成≥"),
         "反向", "%", 10),
        ("新增受益人口",
         mk("≥2800", "D102", "error", row=True, alt=("D101", "D103"),
            note="与上面的“新增受益人口 ≥3200”是同一指标，值不同"), "正向", "人", 10),
        ("每公里管网建设成本", "≤12", "反向", "万元/公里", 10),
        ("受益群众满意度", "≥90", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计15+15+15+10+10+10+20=95，应为100")
    sign(s, "蓝知远", "0574-5521396")
    return b


@variant("kgo11-pipe-two-years", (8, 10, 1),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: the period's counts beside "
         "smaller annual ones, rates equal, rises in 百分点, percent cells (correct)")  # fmt: skip
def kgo11() -> Book:
    b, s = book()
    period = "2025—2026年新建村级供水管网42公里，新增入户2600户，自来水普及率提高4个百分点。"
    annual = "2025年新建管网20公里，新增入户1200户，自来水普及率提高2个百分点。"
    project(s, year=2025, years=2, name="北片村级供水管网延伸（2025—2026年）",
            unit="杞林县农村供水服务中心", dept=DEPT, annual=(230, 200, 30),
            period=(480, 420, 60), goals=(period, annual))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建村级供水管网", "≥42公里", "≥20公里"),
        (None, None, "新增入户", "≥2600户", "≥1200户"),
        (None, "质量指标", "管网末梢水水质达标率", pct(0.95), pct(0.95)),
        (None, "时效指标", "管网完工通水时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "每公里管网建设成本", "≤11万元/公里", "≤11万元/公里"),
        ("效益指标", "社会效益指标", "农村自来水普及率提高", "≥4百分点", "≥2百分点"),
        (None, "可持续影响指标", "管网管护责任落实率", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：中期指标值为两年累计数，年度指标值为2025年当年数。")
    return b


@variant("kgo12-pipe-export", (7, 9, 12),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators with codes in the "
         "first columns on 部门项目支出绩效目标05-2, header on the third row, =100% as text "
         "(correct)")  # fmt: skip
def kgo12() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 30, 16, 16, 16, 12))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row("341122250017", "棠坳片区入户供水改造", wan(150), wan(135), wan(15), "1年")
    s.row("合计", None, wan(150), wan(135), wan(15), None)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 16, 28, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：松岙县水务局", None, None, None, "年度：2025")
    code, name = "341122250017", "棠坳片区入户供水改造"
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for row in [
        ("产出指标", "数量指标", "完成入户供水改造", "≥1200户"),
        ("产出指标", "质量指标", "入户水表安装率", "=100%"),
        ("产出指标", "时效指标", "入户改造完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每户入户改造补助", "≤1200元/户"),
        ("效益指标", "社会效益指标", "受益人口", "≥4000人"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ]:
        t.row(code, name, *row)
    return b
