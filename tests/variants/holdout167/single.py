"""One-year project tables: 法律援助, 人民调解, 社区矫正, 行政复议 (nu01–nu07, nu18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout167.common import indicators, one_year, sign, w
from tests.variants.holdout167.registry import variant
from tests.variants.kit import Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("nu01-legal-aid-cases", (1, 12), "project, NAT-2021 (成本 first), operators inside "
         "the values, a per-案件 standard × the cases within the money")  # fmt: skip
def nu01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2027, name="槐阳市法律援助案件办理经费", dept="槐阳市司法局（408001）",
                 unit="槐阳市法律援助中心", money=one_year(w(96), w(90), w(6)),
                 goals=["全年办理法律援助案件不少于600件，案件质量评查合格率不低于95%，"
                        "困难群众合法权益得到有效维护。"])  # fmt: skip
    indicators(s, H4, [
        ("成本指标", "经济成本指标", "法律援助案件平均办案补贴标准", "≤1400元/件", "按省定标准"),
        ("产出指标", "数量指标", "办理法律援助案件数", "≥600件", None),
        (None, None, "提供法律援助咨询", "≥5000人次", None),
        (None, "质量指标", "法律援助案件质量评查合格率", "≥95%", None),
        (None, "时效指标", "法律援助申请审查办结时限", "≤7个工作日", None),
        ("效益指标", "社会效益指标", "困难群众合法权益维护", "有效", None),
        (None, "可持续影响指标", "法律援助便民服务机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥92%", None),
    ])  # fmt: skip
    sign(s, "周明远", "0731-8620417", "2026年11月18日")
    return b


@variant("nu02-legal-aid-county-wrong", (1, 12), "project, OLD-NAT, 成本 under 产出: 资金总额 "
         "≠ 财政拨款 + 其他资金, a 结案率 given as a count")  # fmt: skip
def nu02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    total = mk(w(58), "B101", "error", note="50 + 5 = 55, not 58")
    project_head(
        s,
        year=2027,
        name="枫岭县法律援助服务经费",
        dept="枫岭县司法局（513002）",
        unit="枫岭县法律援助中心",
        money=one_year(total, w(50), w(5)),
        goals=["为经济困难群众和特殊案件当事人提供法律援助，全年办理案件不少于320件。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "办理法律援助案件", "≥320件"),
        (None, None, "法律援助工作站覆盖乡镇", "≥14个"),
        (None, "质量指标", "法律援助案件结案率",
         mk("≥300件", "T105", "error", note="a 结案率 needs a percentage")),
        (None, None, "案件卷宗归档合格率", "≥95%"),
        (None, "时效指标", "法律援助指派办结时限", "≤3个工作日"),
        (None, "成本指标", "法律援助案件办案补贴标准", "≤1500元/件"),
        ("效益指标", "社会效益指标", "困难群众诉求依法解决", "有效"),
        (None, "可持续影响指标", "法律援助工作站长效运行", "稳定"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nu03-mediation-training", (1, 4), "project, OLD-NAT, operator column (指标性质), "
         "percent cells and a unit column, a legitimate =0起, a footnote")  # fmt: skip
def nu03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2027, name="石泷区人民调解员培训及以案定补经费",
                 dept="石泷区司法局（306014）", unit="石泷区司法局基层科",
                 money=one_year(w(80), w(80), w(0)), title="2027年度项目支出绩效目标表",
                 goals=["组织人民调解员业务培训12期，全年调解矛盾纠纷2500件以上，"
                        "防止矛盾纠纷激化，民转刑案件零发生。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "组织人民调解员业务培训", "≥", 12, "期"),
        (None, None, "培训人民调解员", "≥", 800, "人次"),
        (None, None, "调解矛盾纠纷", "≥", 2500, "件"),
        (None, "质量指标", "人民调解成功率", "≥", pct(0.96), "%"),
        (None, None, "培训考核合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "矛盾纠纷调解办结时限", "≤", 30, "日"),
        (None, "成本指标", "人民调解个案补贴标准", "≤", 200, "元/件"),
        ("效益指标", "社会效益指标", "民转刑案件发生数", "=", 0, "起"),
        (None, "可持续影响指标", "人民调解员队伍", None, "稳定", None),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：个案补贴按调解案件难易程度分档核定，平均每件不超过200元。", merge=[(1, 6)])
    return b


@variant("nu04-mediator-subsidy-wrong", (1, 12), "project, NAT-2021, operators inside the "
         "values: a per-件 standard × the cases above the money, a 履行率 over 100 %")  # fmt: skip
def nu04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="桐溪县人民调解以案定补资金",
        dept="桐溪县司法局（522006）",
        unit="桐溪县司法局",
        money=one_year(w(60), w(60), w(0)),
        goals=["落实人民调解员以案定补，调解各类矛盾纠纷3000件以上。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "调解矛盾纠纷案件", "≥3000件", None),
        (None, None, "开展矛盾纠纷排查", "≥48次", "每村（社区）每月排查"),
        (None, "质量指标", "人民调解协议履行率",
         mk("≥102%", "T106", "error", note="a 履行率 cannot exceed 100 %"), None),
        (None, "时效指标", "以案定补资金按季度发放及时率", "≥95%", None),
        ("成本指标", "经济成本指标",
         mk("人民调解以案定补标准", "B107", "warning", row=True,
            note="300元/件 × 3000件 = 90万元 > 60万元"), "≤300元/件", None),
        ("效益指标", "社会效益指标", "矛盾纠纷就地化解率", "≥90%", None),
        (None, "可持续影响指标", "以案定补激励机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("nu05-community-correction", (1, 11), "project, NAT-2021, operators inside the "
         "values: 反向 rates with ≤, a legitimate =0人, "
         "a per-人 standard within the money")  # fmt: skip
def nu05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2027, name="槐阳市社区矫正监督管理经费", dept="槐阳市司法局（408001）",
                 unit="槐阳市社区矫正管理局", money=one_year(w(45), w(42), w(3)),
                 goals=["对在册社区矫正对象实施分类管理和教育帮扶，确保不发生脱管漏管，"
                        "社区矫正对象再犯罪率控制在0.2%以内。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "社区矫正对象教育帮扶", "≥600人", None),
        (None, None, "开展集中教育学习", "≥24次", None),
        (None, "质量指标", "社区矫正对象脱管漏管人数", "=0人", None),
        (None, None, "调查评估意见采纳率", "≥90%", None),
        (None, "时效指标", "调查评估办结时限", "≤10个工作日", None),
        ("成本指标", "经济成本指标", "社区矫正教育帮扶人均成本", "≤500元/人", None),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%", None),
        (None, "可持续影响指标", "智慧矫正监管平台运行", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "社区矫正对象及家属满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("nu06-community-correction-wrong", (1, 11), "project, NAT-2021, operators inside "
         "the values: ≥ on a 重新违法犯罪率, a vague value")  # fmt: skip
def nu06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        name="枫岭县社区矫正工作经费",
        dept="枫岭县司法局（513002）",
        unit="枫岭县司法局社区矫正股",
        money=one_year(w(28), w(28), w(0)),
        goals=["加强社区矫正对象监督管理和教育帮扶，预防和减少重新违法犯罪。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "社区矫正对象走访核查", "≥1200人次", None),
        (None, None, "开展社区服务和公益活动", "≥12次", None),
        (None, "质量指标", "社区矫正对象心理矫治开展情况",
         mk("视情况开展", "T102", "warning", note="not a measurable target"), None),
        (None, None, "矫正档案规范化合格率", "≥95%", None),
        (None, "时效指标", "社区矫正对象报到衔接时限", "≤10日", None),
        ("成本指标", "经济成本指标", "社区矫正工作经费总成本", "≤28万元", None),
        ("效益指标", "社会效益指标", "社区矫正对象重新违法犯罪率",
         mk("≥0.5%", "T108", "warning", row=True, note="a 反向 rate with ≥"), None),
        (None, "可持续影响指标", "社区矫正监管机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "矫正对象及家属满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("nu07-administrative-review", (1, 11), "project, OLD-NAT, operator column in "
         "words (大于等于 / 小于等于 / 等于), bare numbers, a unit column, "
         "=100% at the ceiling")  # fmt: skip
def nu07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 12, 12, 12))
    project_head(s, year=2027, name="青榆市行政复议案件办理经费", dept="青榆市司法局（401003）",
                 unit="青榆市司法局行政复议科", money=one_year(w(40), w(40), w(0)),
                 goals=["依法办理行政复议案件350件以上，全部在法定期限内审结，"
                        "推动行政争议实质性化解。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "办理行政复议案件", "大于等于", 350, "件"),
        (None, None, "组织行政复议听证", "大于等于", 20, "场"),
        (None, "质量指标", "行政复议案件按法定程序办理率", "大于等于", 98, "%"),
        (None, "时效指标", "行政复议案件法定期限内审结率", "等于", 100, "%"),
        (None, "成本指标", "行政复议案件平均办理成本", "小于等于", 1000, "元/件"),
        ("效益指标", "社会效益指标", "行政争议实质性化解率", "大于等于", 60, "%"),
        (None, "可持续影响指标", "行政复议规范化建设", None, "规范", None),
        ("满意度指标", "服务对象满意度指标", "行政复议申请人满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "刘思齐", "0735-6602918", "2026年11月25日")
    return b


@variant("nu18-administrative-review-wrong", (1, 11), "project, NAT-2021, operator and unit "
         "columns: ≥ on an 超期审结率, plan dates of 2026 in a 2027 table")  # fmt: skip
def nu18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 12, 12, 12))
    project_head(s, year=2027, name="桐溪县行政复议案件办理专项经费",
                 dept="桐溪县司法局（522006）", unit="桐溪县司法局行政复议股",
                 money=one_year(w(18), w(18), w(0)),
                 start=day(2026, 1, 1), end=day(2026, 12, 31),
                 goals=["依法办理行政复议案件120件以上，提升行政复议公信力。"])  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",), note="title 2027, plan dates in 2026")
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table([
        ("成本指标", "经济成本指标", "行政复议案件平均办理成本", "≤", 1500, "元/件"),
        ("产出指标", "数量指标", "办理行政复议案件", "≥", 120, "件"),
        (None, "质量指标", "行政复议决定被纠错率", "≤", pct(0.05), "%"),
        (None, "时效指标",
         "行政复议案件超期审结率", mk("≥", "T108", "warning", row=True,
                                      note="a 反向 rate with ≥"), pct(0.02), "%"),
        ("效益指标", "社会效益指标", "行政争议调解和解率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "行政复议工作机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "复议申请人满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b
