"""Returns fw01–fw06: eucalyptus plantation renewal (桉树人工林更新)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout637.common import indicators, multi_year, one_year, start, wan
from tests.variants.holdout637.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("fw01-renewal-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents, 万元 format "
         "(correct)")  # fmt: skip
def fw01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="岭湾县桉树人工林更新改造项目", dept="岭湾县林业局 207",
                 unit="岭湾县国有茂椤林场", money=one_year(wan(300), wan(260), wan(40)),
                 goals=["完成桉树人工林更新3000亩（其中萌芽更新1800亩、植苗更新1200亩），"
                        "更新造林成活率达到90%以上。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "桉树人工林更新面积", "≥", 3000, "亩"),
        (None, None, "萌芽更新面积", "≥", 1800, "亩"),
        (None, "质量指标", "更新造林成活率", "≥", pct(0.9), "%"),
        (None, None, "苗木质量合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "更新造林完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        (None, "成本指标", "更新造林补助标准", "≤", 1000, "元/亩"),
        ("效益指标", "生态效益指标", "林地水土流失面积下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "更新林分连续经营年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "参与林农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("fw02-renewal-goal-money", (12,),
         "project, OLD-NAT, operator column: goal area, unit cost and money parts "
         "disagree")  # fmt: skip
def fw02() -> Book:
    b, s = start()
    total = mk(wan(300), "B101", "error", note="财政拨款250 + 其他资金40 = 290 ≠ 300")
    project_head(s, year=2025, name="南岑县桉树低产林更新项目", dept="南岑县林业局 311",
                 unit="南岑县林业技术推广站", money=one_year(total, wan(250), wan(40)),
                 goals=["对南岑县低产桉树林实施更新2500亩，"
                        "更新后林分每亩年生长量提高10%以上。"])  # fmt: skip
    area = mk(3000, "D104", "warning", row=True, note="年度目标写更新2500亩，指标却是3000亩")
    cost = mk(1200, "B107", "warning", row=True,
              note="1200元/亩 × 3000亩 = 360万元，超过年度资金300万元")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "低产林更新面积", "≥", area, "亩"),
        (None, "质量指标", "更新造林成活率", "≥", pct(0.9), "%"),
        (None, "时效指标", "更新任务完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "低产林更新补助标准", "≤", cost, "元/亩"),
        ("效益指标", "经济效益指标", "林分每亩年生长量提高率", "≥", pct(0.1), "%"),
        (None, "生态效益指标", "更新林地森林覆盖保持率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("fw03-renewal-three-years", (8, 10),
         "three-year project, NAT-2021, 中期 and 年度 columns, 百分点, a later year prepared for "
         "(correct)")  # fmt: skip
def fw03() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="溪岚市桉树低效林更新与混交改造项目",
                 dept="溪岚市林业和草原局 402", unit="溪岚市国有岑峰林场",
                 money=multi_year((wan(900), wan(780), wan(120)), (wan(300), wan(260), wan(40))),
                 goals=["2025—2027年完成桉树低效林更新改造9000亩，其中营建桉树与乡土阔叶树混交"
                        "示范林600亩，为2028年全市推广混交更新模式积累经验。",
                        "2025年完成更新改造3000亩，其中混交示范林200亩。"])  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "低效林更新改造面积", "≥9000亩", "≥3000亩"),
        (None, None, "其中混交示范林面积", "≥600亩", "≥200亩"),
        (None, "质量指标", "更新造林成活率", pct(0.9), pct(0.9)),
        (None, "时效指标", "年度更新任务完成时间", "每年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "更新改造补助标准", "≤1000元/亩", "≤1000元/亩"),
        ("效益指标", "生态效益指标", "林分乡土树种比例提高", "≥5百分点", "≥2百分点"),
        (None, "可持续影响指标", "混交更新技术规程", "形成并推广", "形成初稿"),
        ("满意度指标", "服务对象满意度指标", "林场职工及周边林农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fw04-renewal-period-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: goal text copied, a year above its "
         "period, a cumulative count copied")  # fmt: skip
def fw04() -> Book:
    b, s = start()
    goal = "完成桉树人工林更新5000亩，培育良种苗木120万株，建设更新示范点3个。"
    project_head(s, year=2025, years=3, name="澄岗县桉树人工林更新提质项目",
                 dept="澄岗县林业局 118", unit="澄岗县林木种苗站",
                 money=multi_year((wan(1500), wan(1300), wan(200)), (wan(500), wan(430), wan(70))),
                 goals=[goal, mk(goal, "D204", "warning", note="与中期目标相同")])  # fmt: skip
    over = mk("≥6000亩", "D201", "error", alt=("D104",), note="年度6000亩大于实施期5000亩")
    copied = mk("≥120万株", "D202", "warning", note="三年累计的育苗数量原样抄到年度列")
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "桉树人工林更新面积", "≥5000亩", over),
        (None, None, "良种苗木培育数量", "≥120万株", copied),
        (None, None, "更新示范点建设数量", "≥3个", "≥1个"),
        (None, "质量指标", "良种苗木合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度更新任务完成时间", "每年11月底前", "2025年11月底前"),
        ("成本指标", "经济成本指标", "更新造林补助标准", "≤800元/亩", "≤800元/亩"),
        ("效益指标", "生态效益指标", "更新林地水土保持率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fw05-renewal-stacked-two", (2, 5),
         "two one-year projects stacked, OLD-NAT, abbreviated tier labels, the same indicator "
         "with different values in each (correct)")  # fmt: skip
def fw05() -> Book:
    b, s = start("更新项目")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2025, name="鹤汀县桉树采伐迹地更新项目", dept="鹤汀县林业局 509",
                 unit="鹤汀县国有云岫林场", money=one_year(wan(200), wan(180), wan(20)),
                 goals=["完成桉树采伐迹地更新造林2000亩，带动周边林农务工3000人次。"])  # fmt: skip
    indicators(s, head, [
        ("产出", "数量", "采伐迹地更新面积", "≥2000亩"),
        (None, "质量", "更新造林成活率", pct(0.85)),
        (None, "时效", "更新造林完成时间", "2025年10月底前"),
        (None, "成本", "迹地更新补助标准", "≤1000元/亩"),
        ("效益", "社会效益", "带动林农务工", "≥3000人次"),
        ("满意度", "服务对象满意度", "林农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="鹤汀县桉树林下套种乡土树种项目",
                 dept="鹤汀县林业局 509", unit="鹤汀县林业技术推广站",
                 money=one_year(wan(80), wan(80), wan(0)),
                 goals=["在桉树林下套种樟树、红锥等乡土树种800亩，提高林分稳定性。"])  # fmt: skip
    indicators(s, head, [
        ("产出", "数量", "林下套种面积", "≥800亩"),
        (None, "质量", "更新造林成活率", pct(0.8)),
        (None, "时效", "套种完成时间", "2025年5月底前"),
        (None, "成本", "套种补助标准", "≤1000元/亩"),
        ("效益", "生态效益", "套种林地乡土树种比例提高", "≥8百分点"),
        ("满意度", "服务对象满意度", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fw06-renewal-numbered-defects", (5,),
         "project, OLD-NAT, numbered tier labels: a quality rate under 时效, the same area twice, "
         "a deadline in the year before")  # fmt: skip
def fw06() -> Book:
    b, s = start()
    project_head(s, year=2025, name="泊川县桉树迹地更新造林项目", dept="泊川县林业局 226",
                 unit="泊川县国有栖霞林场", money=one_year(wan(280), wan(250), wan(30)),
                 goals=["完成国有林场桉树采伐迹地更新造林，提高林地利用率。"])  # fmt: skip
    misplaced = mk("苗木质量合格率", "F201", "warning", row=True, note="质量类合格率填在时效指标下")
    twice = mk("桉树迹地更新造林面积", "D102", "error", row=True, alt=("D103", "D101"),
               note="与上面的“桉树迹地更新面积 ≥2800亩”是同一指标，数值不同")  # fmt: skip
    late = mk("2024年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
              note="2025年度项目的完成时限落在2024年")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量指标", "桉树迹地更新面积", "≥2800亩"),
        (None, None, twice, "≥3000亩"),
        (None, "（二）质量指标", "更新造林成活率", "≥90%"),
        (None, "（三）时效指标", misplaced, "≥95%"),
        (None, None, "更新造林完成时间", late),
        (None, "（四）成本指标", "迹地更新补助标准", "≤900元/亩"),
        ("二、效益指标", "（一）生态效益指标", "林地利用率提高", "≥3百分点"),
        ("三、满意度指标", "（一）服务对象满意度指标", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    return b
