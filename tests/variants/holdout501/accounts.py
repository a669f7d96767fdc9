"""Bookkeeping night classes (记账夜校): aq13–aq18."""

from __future__ import annotations

from tests.variants.holdout501.common import (
    department_book,
    indicators,
    multi_year,
    one_year,
    project_book,
    wan,
)
from tests.variants.holdout501.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("aq13-accounts-department", (12,),
         "department, NAT-2021: budget with shares typed in Excel, key tasks adding to the "
         "金额合计 (= 项目支出), a 差错下降率 with ≥ (correct)")  # fmt: skip
def aq13() -> Book:
    b, s = department_book(
        dept="澄潭县农民科技教育培训中心",
        budget=[(wan(200.0), wan(180.0), wan(20.0), wan(120.0), wan(80.0)),
                (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4))],
        tasks=[("村级记账夜校", "在30个村开设农户家庭记账夜课", wan(30.0), "1200户农户学会记账"),
               ("家庭账本推广", "印发家庭收支账本并上门辅导", wan(28.0), "发放账本3000册"),
               ("合作社会计夜训", "合作社会计、出纳集中夜训", wan(22.0), "培训会计出纳240人"),
               ("金额合计", None, wan(80.0), None)],
        goal="办好农户记账和合作社会计夜校，参训农户家庭普遍建立收支账本。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "开设记账夜校的村数", "≥30个"),
        (None, None, "参训农户家庭数", "≥1200户"),
        (None, "质量指标", "参训农户坚持记账的比例", "≥60%"),
        (None, "时效指标", "家庭账本发放及时率", pct(0.95)),
        ("成本指标", "经济成本指标", "户均记账培训成本", "≤250元/户"),
        ("效益指标", "经济效益指标", "参训合作社账务差错下降率", "≥30%"),
        (None, "社会效益指标", "村级财务公开按时公布率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训农户满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("aq14-accounts-money-wrong", (12,),
         "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, a 项目支出 share that does not "
         "match its amount, tasks not adding to the 金额合计")  # fmt: skip
def aq14() -> Book:
    gap = "132 + 12 = 144 ≠ 150（基本 90 + 项目 60 = 150）"
    follows = "随 B101 而来：拨款与其他资金的占比之和不足 100%"
    b, s = department_book(
        dept="蓼湾乡财政所",
        budget=[(mk(wan(150.0), "B101", "error", row=True, note=gap), wan(132.0), wan(12.0),
                 wan(90.0), wan(60.0)),
                (pct(1), ok(pct(0.88), "error", note=follows),
                 ok(pct(0.08), "error", note=follows), pct(0.6),
                 mk(pct(0.45), "B111", "error", note="60 ÷ 150 = 40%，不是 45%"))],
        tasks=[("村级会计夜校", "村报账员记账与报账夜训", wan(25.0), "培训报账员60人"),
               ("农户记账辅导", "农户家庭账本辅导", wan(20.0), "辅导农户800户"),
               ("账务公开栏", "更新村务财务公开栏", wan(12.0), "20个村按月公开"),
               ("金额合计", None, mk(wan(60.0), "B102", "error", note="25 + 20 + 12 = 57"),
                None)],
        goal="提升村报账员和农户的记账能力，村级财务按月公开。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "培训村报账员人数", "≥60人"),
        (None, None, "辅导记账农户数", "≥800户"),
        (None, "质量指标", "村级账目审核合格率", "≥95%"),
        (None, "时效指标", "财务公开栏按月更新率", "≥95%"),
        ("成本指标", "经济成本指标", "户均记账辅导成本", "≤200元/户"),
        ("效益指标", "社会效益指标", "村民对村级财务公开知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("aq15-accounts-artefacts", (9, 12),
         "project, OLD-NAT, one value column, money detail lines below the table: 其他资金 split "
         "by a space, a line amount pasted twice, a line amount with a bracketed note")  # fmt: skip
def aq15() -> Book:
    b, s = project_book(
        name="合作社与家庭农场记账夜校", dept="澄潭县农业农村局（210005）",
        unit="澄潭县农村经营管理站",
        money_rows=one_year(24.6, 22.35, mk("2.2 5", "X105", "warning", alt=("X103",),
                                             note="2.25 被空格断开")),
        goals=["开办记账夜校，600名家庭农场主和合作社成员学会记账和看懂报表。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "参训家庭农场主和合作社成员", "≥600人"),
        (None, "质量指标", "结业记账实操考核合格率", "≥85%"),
        (None, "时效指标", "夜校课程完成时间", "2025年12月10日前"),
        (None, "成本指标", "人均记账培训成本", "≤410元/人"),
        ("效益指标", "经济效益指标", "参训主体规范建账率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", merge=[(1, 4)])
    s.row("序号", "支出内容", "金额", "测算依据")
    twice = mk("4.8万4.8万", "X106", "error", alt=("B108",), note="同一金额粘贴了两次")
    for line in [
        (1, "兼职教师课时补贴", 12.0, "60期×20课时×100元"),
        (2, "记账教材及账本印制", twice, "600套×80元"),
        (3, "夜校场地水电及照明", 3.2, "按上年实际"),
        (4, "学员学习用品", ok("4.6万(其中计算器2.6万元，文具2.0万元)"), "600人"),
    ]:  # fmt: skip
        s.row(*line)
    return b


@variant("aq16-accounts-flat-two-values", (3,),
         "department, flat list (指标名称 · 计量单位 · 实施周期指标值 · 年度指标值 · 权重) "
         "with bare values and the weight total in the header text, one-year columns equal "
         "(correct)")  # fmt: skip
def aq16() -> Book:
    b, s = department_book(
        dept="澄潭县妇女联合会",
        budget=[(wan(96.0), wan(86.0), wan(10.0), wan(60.0), wan(36.0))],
        goal="在全县开办农户家庭记账夜校，帮助1200户农家建立家庭收支账本。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "计量单位", "实施周期指标值", "年度指标值", "权重（合计100分）")
    for line in [
        ("家庭记账夜校开班期数", "期", "≥40", "≥40", 15),
        ("参训农户家庭数", "户", "≥1200", "≥1200", 15),
        ("坚持记账半年以上的农户比例", "%", "≥60", "≥60", 15),
        ("户均记账培训成本", "元/户", "≤300", "≤300", 15),
        ("村级妇女记账辅导员到岗率", "%", "≥95", "≥95", 10),
        ("农户账本记录差错率", "%", "≤5", "≤5", 10),
        ("参训农户满意度", "%", "≥90", "≥90", 20),
    ]:  # fmt: skip
        s.row(*line)
    return b


@variant("aq17-accounts-multi-year", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 value columns: annual counts below the period "
         "counts, rates equal, a completion date in the second year (correct)")  # fmt: skip
def aq17() -> Book:
    b, s = project_book(
        name="农民合作社会计出纳夜训两年计划", dept="澄潭县农业农村局（210005）",
        unit="澄潭县农村经营管理站", years=2,
        money_rows=multi_year((46.0, 40.0, 6.0), (22.0, 19.0, 3.0)),
        goals=["两年办会计出纳夜训16期，培训480人，120家合作社建立规范账簿。",
               "2025年办夜训8期，培训240人，60家合作社建立规范账簿。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "会计出纳夜训期数", "≥16期", "≥8期"),
        (None, None, "参训会计和出纳人数", "≥480人", "≥240人"),
        (None, "质量指标", "结业考核通过率", "≥85%", "≥85%"),
        (None, "时效指标", "培训完成时间", "2026年11月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每期培训成本", "≤2.5万元/期", "≤2.5万元/期"),
        ("效益指标", "经济效益指标", "参训合作社账务差错下降率", "≥30%", "≥20%"),
        (None, "可持续影响指标", "建立规范账簿的合作社数", "≥120家", "≥60家"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("aq18-accounts-abbreviated-wrong", (5, 11, 12),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量, 效益): 可持续影响 under 产出, "
         "预算执行率 as a cost indicator, a unit cost × count above the year's money")  # fmt: skip
def aq18() -> Book:
    b, s = project_book(
        name="栖梧镇农户“明白账”记账夜校", dept="栖梧镇人民政府（305012）",
        unit="栖梧镇农村经济服务中心", money_rows=one_year(30.0, 26.0, 4.0),
        goals=["开办农户记账夜校，500户农户学会记账，看懂惠农补贴到账明细。"])  # fmt: skip
    over = "800元/人 × 500人 = 40万元，超过年度资金 30万元"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出", "数量", "参训农户人数", "≥500人"),
        (None, None, "记账夜校开课场次", "≥50场"),
        (None, "质量", "记账实操考核合格率", "≥85%"),
        (None, "时效", "夜校课程完成时间", "2025年11月30日前"),
        (None, "成本", mk("人均培训补助标准", "B107", "warning", row=True, note=over),
         "≤800元/人"),
        (None, None, mk("项目预算执行率", "F202", "warning", row=True,
                        note="预算执行率另行评价，不是成本指标"), "≥95%"),
        (None, mk("可持续影响", "F105", "error", note="可持续影响属于效益，不在产出之下"),
         "结业农户长期坚持记账的比例", "≥50%"),
        ("效益", "社会效益", "农户能核对惠农补贴到账明细的比例", "≥80%"),
        ("满意度", "服务对象满意度", "参训农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
