"""Returns fd01–fd06: 沉香 (agarwood, 白木香) nurseries and 结香 demonstration of 鹿坪县."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout618.common import (
    book,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout618.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "鹿坪县林业局（317）"
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("fd01-seedling-percent", (1, 4, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, a goal count with "
         "its parts in brackets, a footnote on the total, signature lines (correct)")  # fmt: skip
def fd01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="白木香良种苗木繁育项目", dept=DEPT,
                 unit="鹿坪县沉香种苗场", money=one_year(wan(150), wan(120), wan(30)),
                 goals=["繁育白木香良种苗木10万株（其中实生苗6万株、嫁接苗4万株），"
                        "出圃合格率不低于95%，带动周边12户林农参与育苗。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "白木香实生苗繁育数量", "≥", 6, "万株"),
        (None, None, "白木香嫁接苗繁育数量", "≥", 4, "万株"),
        (None, None, "良种苗木繁育总量", "≥", 10, "万株"),
        (None, "质量指标", "苗木出圃合格率", "≥", pct(0.95), "%"),
        (None, None, "苗木病虫害发生率", "≤", pct(0.05), "%"),
        (None, "时效指标", "苗木出圃完成时间", "≤", day(2025, 12, 20, CN_DATE), None),
        (None, "成本指标", "单株繁育成本", "≤", 12, "元/株"),
        ("效益指标", "经济效益指标", "参与育苗林农户数", "≥", 12, "户"),
        (None, "生态效益指标", "良种苗木可供造林面积", "≥", 2000, "亩"),
        (None, "可持续影响指标", "良种采穗圃保存年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "育苗林农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：良种苗木繁育总量为实生苗与嫁接苗之和；可供造林面积按每亩50株计。")
    sign(s, "黎永康", "莫晓燕", "0898-6271534", day(2024, 11, 26))
    return b


@variant("fd02-container-goal-count", (5, 7),
         "project, NAT-2021, numbered tier labels, headers 指标内容 and 绩效标准: the goal's "
         "count differs from the indicator, a survival "
         "rate under 时效, a deadline in 2026")  # fmt: skip
def fd02() -> Book:
    b, s = book()
    project_head(s, year=2025, name="白木香容器苗标准化培育项目", dept=DEPT,
                 unit="鹿坪县沉香种苗场", money=one_year(wan(150), wan(130), wan(20)),
                 goals=["2025年培育白木香容器苗12万株，苗木出圃合格率达到95%，"
                        "2025年12月底前全部出圃供林农造林。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("一、成本指标", "（一）经济成本指标", "容器苗单株培育成本", "≤10元/株"),
        ("二、产出指标", "（一）数量指标", "白木香容器苗培育数量",
         mk("≥10万株", "D104", "warning", row=True,
            note="年度目标写培育容器苗12万株，指标只有10万株")),
        (None, "（二）质量指标", "苗木出圃合格率", "≥95%"),
        (None, "（三）时效指标",
         mk("苗木移栽成活率", "F201", "warning", row=True,
            note="成活率是质量指标，填在时效指标下"), "≥90%"),
        (None, None, "苗木出圃完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="一年期项目（2025年），年度目标写2025年12月底前出圃")),
        ("三、效益指标", "（一）经济效益指标", "带动林农育苗增收", "≥1500元/户"),
        (None, "（二）生态效益指标", "可供造林面积", "≥2400亩"),
        ("四、满意度指标", "（一）服务对象满意度指标", "购苗林农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fd03-resin-demo-period", (8, 12),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: period counts beside "
         "smaller year counts, rates equal in both, "
         "a later year the work prepares for (correct)")  # fmt: skip
def fd03() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="白木香人工结香示范林建设项目", dept=DEPT,
                 unit="鹿坪县林业科学研究所", attr="新增项目",
                 money=multi_year((wan(360), wan(300), wan(60)),
                                  (wan(120), wan(100), wan(20))),
                 goals=["2025—2027年建成白木香人工结香示范林600亩，累计接种结香树18000株，"
                        "培训林农900人次。",
                        "2025年建成示范林200亩，接种结香树6000株，培训林农300人次，"
                        "为2028年推广通体结香技术积累数据。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单株结香接种成本", "≤60元/株", "≤60元/株"),
        ("产出指标", "数量指标", "结香示范林建设面积", "≥600亩", "≥200亩"),
        (None, None, "接种结香树株数", "≥18000株", "≥6000株"),
        (None, None, "林农技术培训人次", "≥900人次", "≥300人次"),
        (None, "质量指标", "接种树保存率", "≥90%", "≥90%"),
        (None, "时效指标", "年度接种完成时间", "各年10月31日前", "2025年10月31日前"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥3000元", "≥1000元"),
        (None, "可持续影响指标", "结香技术规程编制", "形成地方标准1项", "完成初稿"),
        ("满意度指标", "服务对象满意度指标", "参训林农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fd04-resin-period-leftover", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: 年度目标 names 2024, a "
         "year's count above the period's, a cumulative count copied into 年度")  # fmt: skip
def fd04() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="沉香通体结香技术推广项目", dept=DEPT,
                 unit="鹿坪县林业技术推广站", attr="新增项目",
                 money=multi_year((wan(300), wan(250), wan(50)),
                                  (wan(100), wan(80), wan(20))),
                 goals=["2025—2027年推广通体结香技术，累计接种白木香树15000株，"
                        "培训林农600人次，建立结香技术服务点3个。",
                        mk("2024年接种白木香树4000株，培训林农200人次，建立结香技术服务点1个。",
                           "Y103", "warning", alt=("Y101",),
                           note="年度目标写2024年，在项目期之前：上一季的文字")])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单株结香接种成本", "≤50元/株", "≤50元/株"),
        ("产出指标", "数量指标", "接种白木香树株数", "≥15000株", "≥4000株"),
        (None, None, "林农技术培训人次", "≥600人次",
         mk("≥600人次", "D202", "warning", alt=("D104",),
            note="累计人次照抄中期值，年度目标写200人次")),
        (None, None, "结香技术服务点建设数量", "≥3个",
         mk("≥4个", "D201", "error", alt=("D104",),
            note="一年4个超过三年合计3个，年度目标写1个")),
        (None, "质量指标", "接种树结香率", "≥85%", "≥85%"),
        (None, "时效指标", "年度接种完成时间", "各年9月30日前", "2025年9月30日前"),
        ("效益指标", "经济效益指标", "结香树单株增值", "≥300元", "≥300元"),
        (None, "可持续影响指标", "技术服务点持续运行年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "参训林农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fd05-flat-agarwood-centre", (3, 1, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, "
         "weights add to 100, money consistent (correct)")  # fmt: skip
def fd05() -> Book:
    b, s = book("部门整体", (18, 26, 14, 16, 16, 16))
    department_head(s, year=2025, dept="鹿坪县沉香产业发展中心",
                    budget=[(wan(500), wan(460), wan(40), wan(180), wan(320))],
                    tasks=[("沉香种质资源保存", "收集保存白木香种质", wan(120), "保存120份以上"),
                           ("结香技术推广", "推广人工结香技术", wan(140), "推广1500亩"),
                           ("沉香产品质量检测", "抽检沉香及制品", wan(60), "检测200批次"),
                           ("金额合计", None, wan(320), None)],
                    goal="保存沉香种质资源120份以上，推广人工结香技术1500亩，"
                         "完成沉香样品检测200批次，抽检不合格率比上年下降10%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("种质资源保存份数", 15, "份", "≥", 120),
        ("结香技术推广面积", 15, "亩", "≥", 1500),
        ("沉香样品检测批次", 10, "批次", "≥", 200),
        ("检测报告出具及时率", 10, "%", "≥", pct(0.98)),
        ("种质资源保存完好率", 15, "%", "≥", pct(0.95)),
        ("沉香产品抽检不合格率下降率", 10, "%", "≥", pct(0.1)),
        ("推广面积亩均增收", 10, "元", "≥", 800),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ]:  # fmt: skip
        s.row(*line)
    s.row("合计", 100)
    return b


@variant("fd06-seed-station-money", (12,),
         "department, OLD-NAT: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the same quality rate twice with a word changed")  # fmt: skip
def fd06() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="鹿坪县林木种苗管理站",
                    budget=[(mk(wan(420), "B101", "error", alt=("B102",),
                                note="基本支出160 + 项目支出250 = 410 ≠ 420"),
                             wan(380), wan(40), wan(160), wan(250))],
                    tasks=[("良种采穗圃管护", "管护沉香良种采穗圃", wan(120), "管护50亩"),
                           ("种苗质量抽检", "抽检沉香种苗", wan(80), "抽检300批次"),
                           ("育苗技术指导", "指导林农育苗", wan(60), "指导400人次"),
                           ("金额合计", None,
                            mk(wan(250), "B102", "error", note="120 + 80 + 60 = 260 ≠ 250"),
                            None)],
                    goal="管护沉香良种采穗圃50亩，完成种苗质量抽检300批次，"
                         "指导林农育苗400人次。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "良种采穗圃管护面积", "≥50亩"),
        (None, None, "种苗质量抽检批次", "≥300批次"),
        (None, None, "育苗技术指导人次", "≥400人次"),
        (None, "质量指标", "沉香种苗质量抽检合格率", "≥95%"),
        (None, None,
         mk("沉香苗木质量抽检合格率", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与上一行只差一字（种苗/苗木），指标值不同"), "≥90%"),
        (None, "时效指标", "抽检结果通报时限", "≤15个工作日"),
        (None, "成本指标", "单批次抽检费用", "≤2000元/批次"),
        ("效益指标", "经济效益指标", "良种穗条供应量", "≥20万条"),
        (None, "社会效益指标", "育苗技术到户率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%"),
    ])  # fmt: skip
    return b
