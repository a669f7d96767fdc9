"""Stacked, multi-year and exported returns (di13–di18): projects stacked in one sheet, 中期 and
年度 columns, a table on a second sheet, conversion artefacts, a budget-system export."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout571.common import annual, book, details, indicators, periods, wan
from tests.variants.holdout571.registry import variant
from tests.variants.kit import Book, day, mk

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "实施期目标值", "年度目标值")


@variant("di13-stacked-rose-lavender", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator "
         "names with different values in the two projects (correct)")  # fmt: skip
def di13() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="苒山县玫瑰鲜花冷链收储项目",
        dept="苒山县供销合作社联合社（214020）",
        unit="苒山县花农合作联社",
        money=annual(75, 60, 15),
        goals=["新建冷库2座，收储玫瑰鲜花800吨，鲜花损耗率控制在3%以内。"],
    )
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建冷库", "≥2座"),
        (None, None, "冷链收储玫瑰鲜花", "≥800吨"),
        (None, "质量指标", "入库鲜花损耗率", "≤3%"),
        (None, "时效指标", "冷库投用时间", "2026年4月30日前"),
        (None, "成本指标", "冷库单座建设成本", "≤30万元"),
        ("效益指标", "经济效益指标", "花农鲜花溢价收入", "≥120万元"),
        (None, "社会效益指标", "受益花农", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "花农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        name="芷澜区薰衣草干花加工项目",
        title="",
        dept="芷澜区供销合作社（308020）",
        unit="芷澜区紫穗薰衣草种植专业合作社",
        money=annual(48, 40, 8),
        goals=["购置烘干设备3套，加工薰衣草干花120吨，开发香包等文创产品。"],
    )
    indicators(s, ONE, [
        ("产出指标", "数量指标", "干花烘干设备", "≥3套"),
        (None, None, "加工薰衣草干花", "≥120吨"),
        (None, "质量指标", "入库鲜花损耗率", "≤5%"),
        (None, "时效指标", "设备投产时间", "2026年6月20日前"),
        (None, "成本指标", "单套烘干设备成本", "≤12万元"),
        ("效益指标", "经济效益指标", "干花及香包销售收入", "≥90万元"),
        (None, "社会效益指标", "受益花农", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "花农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("di14-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the first gives a 完成率 as a count, "
         "the second's 年度资金总额 is not 财政拨款 + 其他资金")  # fmt: skip
def di14() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="芷澜区薰衣草花海夜游灯光项目",
        dept="芷澜区文化和旅游局（308011）",
        unit="芷澜区紫陌花田景区管理所",
        money=annual(90, 75, 15),
        goals=["建设花海夜游灯光节点20处，夜游季接待游客3万人次。"],
    )
    indicators(s, ONE, [
        ("产出指标", "数量指标", "夜游灯光节点", "≥20处"),
        (None, None, "夜游接待计划完成率",
         mk("3万人次", "T105", "error", note="完成率给的是人次，不是百分比")),
        (None, "质量指标", "灯光设施验收合格率", "=100%"),
        (None, "时效指标", "夜游开放时间", "2026年6月1日前"),
        (None, "成本指标", "灯光节点单处造价", "≤4万元"),
        ("效益指标", "经济效益指标", "夜游门票收入", "≥150万元"),
        (None, "社会效益指标", "延长游客停留时间", "≥0.5天"),
        ("满意度指标", "服务对象满意度指标", "夜游游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="玫瑰精油检测实验室设备购置项目", title="",
                 dept="苒山县市场监督管理局（214031）", unit="苒山县产品质量检验所",
                 money=annual(mk(wan(66), "B101", "error", note="50 + 12 = 62 ≠ 66"), 50, 12),
                 goals=["购置精油检测设备6台，全年完成玫瑰精油抽检200批次。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "购置检测设备", "≥6台"),
        (None, None, "玫瑰精油抽检", "≥200批次"),
        (None, "质量指标", "检测报告差错率", "≤1%"),
        (None, "时效指标", "检测报告出具时限", "≤7个工作日"),
        (None, "成本指标", "单台检测设备购置成本", "≤8万元"),
        ("效益指标", "社会效益指标", "精油产品抽检覆盖企业", "≥15家"),
        ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("di15-two-flower-park", (7, 8),
         "three-year project, NAT-2021: head on the first sheet, the indicator table on a second "
         "sheet under 实施期目标值 / 年度目标值, annual counts below the period, rates and unit "
         "costs equal (correct)")  # fmt: skip
def di15() -> Book:
    b, s = book("基本信息")
    project_head(s, year=2026, years=3, attr="新增项目", name="馥川市双花精油产业园建设项目",
                 dept="馥川市农业农村局（520003）", unit="馥川市花卉产业服务中心",
                 start=day(2026, 3, 1), money=periods((900, 750, 150), (300, 240, 60)),
                 goals=["三年建成玫瑰、薰衣草精油产业园120亩，引进加工企业6家，带动双花种植"
                        "5000亩。", "2026年建成产业园一期40亩，引进加工企业2家，带动双花种植"
                        "2000亩。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 16, 16))
    t.title("2026年度项目支出绩效指标", 5)
    indicators(t, TWO, [
        ("产出指标", "数量指标", "精油产业园建成面积", "≥120亩", "≥40亩"),
        (None, None, "引进精油加工企业", "≥6家", "≥2家"),
        (None, None, "带动双花种植基地", "≥5000亩", "≥2000亩"),
        (None, "质量指标", "新建厂房验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "产业园亩均建设成本", "≤7万元/亩", "≤7万元/亩"),
        ("效益指标", "经济效益指标", "累计精油产值", "≥6000万元", "≥1500万元"),
        (None, "社会效益指标", "带动农户就业", "≥800人", "≥300人"),
        (None, "可持续影响指标", "产业园运营管理制度", "健全", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("di16-rose-boardwalk-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 text copied from the "
         "中期目标, two cumulative counts copied into the 年度 column")  # fmt: skip
def di16() -> Book:
    b, s = book()
    goal = "建成玫瑰花田观光栈道6公里、观花平台10处、停车位300个，接待观光游客20万人次。"
    project_head(s, year=2026, years=2, name="苒山县玫瑰花田观光栈道建设项目",
                 dept="苒山县文化和旅游局（214011）", unit="苒山县乡村旅游发展服务中心",
                 money=periods((400, 340, 60), (220, 190, 30)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目，年度目标与中期目标逐字相同")])  # fmt: skip
    copied = "两年期项目的累计数量，年度值照抄实施期值"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "观光栈道长度", "≥6公里",
         mk("≥6公里", "D202", "warning", note=copied)),
        (None, None, "观花平台", "≥10处", mk("≥10处", "D202", "warning", note=copied)),
        (None, None, "生态停车位", "≥300个", "≥150个"),
        (None, "质量指标", "栈道工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "一期工程完工时间", "2026年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "栈道每公里造价", "≤30万元", "≤30万元"),
        ("效益指标", "经济效益指标", "带动周边农家乐收入", "≥400万元", "≥180万元"),
        (None, "社会效益指标", "接待观光游客", "≥20万人次", "≥8万人次"),
        (None, "可持续影响指标", "栈道管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("di17-lavender-still-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a start date as a "
         "date serial in a text cell, an amount split by a space, an amount pasted "
         "twice")  # fmt: skip
def di17() -> Book:
    b, s = book()
    project_head(s, year=2026, name="芷澜区薰衣草精油蒸馏车间节能改造项目",
                 dept="芷澜区工业和信息化局（308015）", unit="芷澜区紫穗薰衣草种植专业合作社",
                 start=mk("46082", "X104", "warning", note="文本里的日期序列号，即2026-03-01"),
                 money=annual(80, 65, 15),
                 goals=["改造蒸馏罐4套、冷凝水回用管道1套，吨鲜花蒸馏能耗下降15%。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "蒸馏罐节能改造", "≥4套"),
        (None, None, "冷凝水回用管道", "≥1套"),
        (None, "质量指标", "改造设备验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", "2026年5月31日前"),
        (None, "成本指标", "单套蒸馏罐改造成本", "≤7万元"),
        ("效益指标", "经济效益指标", "吨鲜花蒸馏能耗下降率", "≥15%"),
        (None, "生态效益指标", "冷凝水回用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "入社花农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    details(s, [
        ("蒸馏罐节能改造", mk("28.4 6", "X105", "warning", alt=("X103",),
                              note="数字被空格断开，应读作28.46"), "4套"),
        ("冷凝水回用管道", mk("15万15万", "X106", "error", alt=("B108",),
                              note="金额重复粘贴，应读作15"), None),
        ("精油灌装线", wan(21.54), None),
        ("车间保温修缮", wan(15), None),
    ], wan(80))  # fmt: skip
    return b


@variant("di18-budget-export", (2, 7),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header "
         "on the third row, unit and project codes in the first columns, two projects with tiers "
         "repeated in every row, =100% typed as text (correct)")  # fmt: skip
def di18() -> Book:
    b, s = book("部门项目支出预算05-1", (10, 22, 20, 28, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位代码", "单位名称", "项目代码", "项目名称", "合计", "财政拨款", "其他资金")
    unit = ("214006", "苒山县花卉产业发展中心")
    s.row(*unit, "36112626T000004417", "玫瑰薰衣草花期旅游宣传项目", wan(45), wan(40), wan(5))
    s.row(*unit, "36112626T000004452", "花卉产业技术培训项目", wan(25), wan(25), wan(0))
    s.row("合计", None, None, None, wan(70), wan(65), wan(5))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 20, 24, 12, 16, 26, 16, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：万元")
    t.row("单位代码", "项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值",
          "度量单位")  # fmt: skip
    a = ("214006", "36112626T000004417", "玫瑰薰衣草花期旅游宣传项目")
    c = ("214006", "36112626T000004452", "花卉产业技术培训项目")
    for line in [
        (*a, "产出指标", "数量指标", "赏花季宣传推介活动", "≥8场", "场"),
        (*a, "产出指标", "质量指标", "宣传资料内容审核通过率", "=100%", "%"),
        (*a, "产出指标", "时效指标", "推介活动完成时间", "2026年8月31日前", None),
        (*a, "成本指标", "经济成本指标", "单场推介活动成本", "≤5万元", "万元"),
        (*a, "效益指标", "社会效益指标", "花季接待游客增长率", "≥10%", "%"),
        (*a, "满意度指标", "服务对象满意度指标", "参与游客满意度", "≥90%", "%"),
        (*c, "产出指标", "数量指标", "培训花农", "≥600人次", "人次"),
        (*c, "产出指标", "质量指标", "培训考核合格率", "≥90%", "%"),
        (*c, "成本指标", "经济成本指标", "人均培训成本", "≤400元/人次", "元/人次"),
        (*c, "效益指标", "经济效益指标", "参训花农亩均增收", "≥300元/亩", "元/亩"),
        (*c, "效益指标", "可持续影响指标", "花农技术骨干队伍", "不断壮大", None),
        (*c, "满意度指标", "服务对象满意度指标", "参训花农满意度", "≥92%", "%"),
    ]:
        t.row(*line)
    return b
