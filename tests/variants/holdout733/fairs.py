"""Tea-brand trade-fair returns: kbo13 to kbo18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout733.common import (
    COMMERCE,
    YEAR,
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout733.registry import variant
from tests.variants.kit import Book, mk, pct

UNIT = "鹤塘县茶叶品牌推广中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kbo13-fairs-department-page-break",
    (4, 12),
    "department, NAT-2021: budget, key tasks with 金额合计, the indicator header repeated after "
    "a page break, a 填表说明 row, signature line (correct)",
)
def kbo13() -> Book:
    tasks = [
        ("茶博会参展", "组织茶企参加省内外茶叶展会", wan(60), "参展5场（其中省外3场）"),
        ("品牌推介", "举办“鹤塘云雾”品牌推介会", wan(40), "推介会4场"),
        ("市场监测", "监测茶叶价格与销售渠道", wan(20), "月度监测报告12期"),
        ("金额合计", None, wan(120), None),
    ]
    goal = "组织参加茶叶展会5场（其中省外3场），举办品牌推介会4场，意向签约额3000万元以上。"
    budget = [(wan(500), wan(450), wan(50), wan(380), wan(120))]
    b, s = department("Sheet1", "鹤塘县商务局", budget, goal, tasks)
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "参加茶叶展会场次", "≥5场"),
        (None, None, "其中：省外展会场次", "≥3场"),
        (None, None, "品牌推介会场次", "≥4场"),
        (None, None, "茶叶市场监测报告", "12期"),
        (None, "质量指标", "参展产品抽检合格率", "=100%"),
    ])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "时效指标", "展会补助兑付时间", "展会结束后30个工作日内"),
        ("成本指标", "经济成本指标", "单场展会参展成本", "≤12万元"),
        ("效益指标", "经济效益指标", "展会意向签约额", "≥3000万元"),
        (None, "社会效益指标", "展会期间食品安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "参展茶企满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：本表续上页，表头重复打印；单场参展成本含展位费和特装费用。")
    sign(s, "邬沁", "0739-6650216")
    return b


@variant(
    "kbo14-fairs-goal-count",
    (12,),
    "project, NAT-2021, one value column: the goal's fair count against the indicator, the booth "
    "subsidy × count over the money, a satisfaction rate under 社会效益",
)
def kbo14() -> Book:
    goal = "组织县内茶企参加全国性茶博会4场，推介“鹤塘云雾”区域公用品牌，意向签约额2000万元。"
    b, s = project(
        "Sheet1", "鹤塘县茶叶品牌参展补助项目", UNIT, [goal], one_year(wan(40), wan(40), wan(0)),
        dept=COMMERCE,
    )  # fmt: skip
    fairs = mk("≥6场", "D104", "warning", note="年度目标写参加茶博会 4 场，指标却是 6 场")
    booth = mk("≤8万元/场", "B107", "warning", row=True,
               note="8 万元/场 × 6 场 = 48 万元，超过年度资金 40 万元")  # fmt: skip
    placed = mk("参展企业满意度", "F201", "warning", row=True,
                note="满意度填在社会效益指标下，应属服务对象满意度指标")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "组织参加茶博会场次", fairs),
        (None, None, "组织参展茶企数量", "≥20家"),
        (None, "质量指标", "参展产品质量抽检合格率", "=100%"),
        (None, "时效指标", "补助资金兑付时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "展位费补助标准", booth),
        ("效益指标", "经济效益指标", "展会意向签约额", "≥2000万元"),
        (None, "社会效益指标", placed, "≥90%"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "邬沁", "0739-6650216")
    return b


@variant(
    "kbo15-fairs-stacked-defects",
    (2,),
    "two fair projects stacked in one sheet, OLD-NAT, one value column: the second project's "
    "money does not add up and one of its indicators is listed twice",
)
def kbo15() -> Book:
    g1 = "举办春茶开园节和品牌推介会2场，接待采购商200家次。"
    b, s = project(
        "项目绩效目标", "鹤塘春茶开园节项目", UNIT, [g1], one_year(wan(50), wan(45), wan(5)),
        dept=COMMERCE, title=f"鹤塘县{YEAR}年度茶叶品牌项目绩效目标表",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "品牌推介会场次", "≥2场"),
        (None, None, "接待采购商", "≥200家次"),
        (None, "质量指标", "活动安全事故", "0起"),
        (None, "时效指标", "开园节举办时间", "2026年3月31日前"),
        (None, "成本指标", "单场推介会费用", "≤20万元"),
        ("效益指标", "经济效益指标", "春茶意向签约额", "≥1500万元"),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(90), "B101", "error", note="90 ≠ 财政拨款 60 + 其他资金 20")
    g2 = "在省会及沿海城市举办“鹤塘云雾”品牌推介会3场，新增经销网点30个。"
    project_head(s, year=YEAR, name="“鹤塘云雾”城市推介项目", dept=COMMERCE, unit=UNIT,
                 money=one_year(total, wan(60), wan(20)), goals=[g2], title="")  # fmt: skip
    twice = mk("≥3场", "D101", "warning", row=True, alt=("D103", "D102"),
               note="同一项目内“品牌推介会场次”填了两次")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "品牌推介会场次", "≥3场"),
        (None, None, "新增经销网点", "≥30个"),
        (None, None, "品牌推介会场次", twice),
        (None, "质量指标", "推介会签约履约率", "≥80%"),
        (None, "时效指标", "推介会举办时间", "2026年11月30日前"),
        (None, "成本指标", "单场推介会费用", "≤25万元"),
        ("效益指标", "经济效益指标", "新增销售额", "≥800万元"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬沁", "0739-6650216")
    return b


@variant(
    "kbo16-fairs-flat-direction",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标方向 as 正向/反向 · 计量单位 "
    "· 权重), a 下降率 with ≥, a complaint rate with ≤, a typed percent cell (correct)",
)
def kbo16() -> Book:
    tasks = [
        ("展会组织", "组织茶企参加茶叶展会", wan(70), "参展8场"),
        ("品牌宣传", "区域公用品牌媒体宣传", wan(30), "宣传报道60篇"),
        ("金额合计", None, wan(100), None),
    ]
    goal = "参加茶叶展会8场，品牌宣传报道60篇，参展单位平均成本下降5%。"
    budget = [(wan(260), wan(230), wan(30), wan(160), wan(100))]
    b, s = department("Sheet1", "鹤塘县茶叶品牌推广中心", budget, goal, tasks)
    s.row("指标名称", "指标值", "指标方向", "计量单位", "权重")
    s.table([
        ("参加茶叶展会场次", "≥8", "正向", "场", 20),
        ("品牌宣传报道", "≥60", "正向", "篇", 15),
        ("参展单位平均成本下降率", "≥5", "正向", "%", 15),
        ("展会投诉率", "≤2", "反向", "%", 10),
        ("单场展会平均费用", "≤8.5", "反向", "万元", 15),
        ("参展茶企满意度", pct(0.9), "正向", None, 25),
    ])  # fmt: skip
    notes(s, "注：权重合计100。")
    sign(s, "邬沁", "0739-6650216")
    return b


@variant(
    "kbo17-fairs-three-years-copied",
    (8,),
    "three-year brand programme, NAT-2021, 中期 and 年度 columns: the 中期目标's count against "
    "the 中期 indicator, two cumulative counts copied into the 年度 column",
)
def kbo17() -> Book:
    goals = [
        "三年累计举办品牌推介会12场、参加国家级茶博会6场，发布品牌宣传报道180篇。",
        "2026年举办品牌推介会4场、参加国家级茶博会2场，发布品牌宣传报道60篇。",
    ]
    cash = multi_year((wan(450), wan(420), wan(30)), (wan(150), wan(140), wan(10)))
    b, s = project(
        "Sheet1", "“鹤塘云雾”区域公用品牌推广三年行动", UNIT, goals, cash, years=3, dept=COMMERCE
    )
    mid = mk("≥15场", "D104", "warning", note="中期目标写三年推介会 12 场，中期指标却是 15 场")
    fair = mk("≥6场", "D202", "warning", note="年度照抄中期；年度目标写 2 场")
    news = mk("≥180篇", "D202", "warning", note="年度照抄中期；年度目标写 60 篇")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "品牌推介会场次", mid, "≥4场"),
        (None, None, "参加国家级茶博会", "≥6场", fair),
        (None, None, "品牌宣传报道", "≥180篇", news),
        (None, "质量指标", "推介会签约履约率", "≥80%", "≥80%"),
        (None, "时效指标", "年度推广计划完成时间", "2028年12月底前", "2026年12月底前"),
        ("成本指标", "经济成本指标", "单场推介会费用", "≤20万元", "≤20万元"),
        ("效益指标", "经济效益指标", "品牌茶叶销售额增长率", "≥30%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "授权使用品牌茶企满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬沁", "0739-6650216")
    return b


@variant(
    "kbo18-fairs-marked-labels",
    (5, 7),
    "project, OLD-NAT, labels with * and ★ and abbreviated tier-2s, headers 指标内容 and 绩效标准, "
    "a fair count with its parts in brackets (correct)",
)
def kbo18() -> Book:
    goal = (
        "在省茶叶博览会设立区域公用品牌主题馆1个，组织参加茶事展会3场（其中省级1场、国家级2场），"
        "意向签约额2000万元。"
    )
    b, s = project(
        "Sheet1", "鹤塘茶叶品牌主题馆及参展项目", UNIT, [goal], one_year(wan(45), wan(35), wan(10)),
        dept=COMMERCE,
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("*产出指标", "数量", "★参加茶事展会场次", "≥3场（省级1场、国家级2场）"),
        (None, None, "设立品牌主题馆", "1个"),
        (None, "质量", "主题馆搭建验收合格率", "=100%"),
        (None, "时效", "主题馆布展完成时间", "开幕前5日"),
        (None, "成本", "主题馆搭建费用", "≤25万元"),
        (None, None, "展位费标准", "≤6万元/场"),
        ("*效益指标", "经济效益", "意向签约额", "≥2000万元"),
        (None, "社会效益", "品牌知名度", "提升"),
        ("*满意度指标", "服务对象满意度", "★参展企业满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：标★的为核心指标，不得删减。")
    sign(s, "邬沁", "0739-6650216")
    return b
