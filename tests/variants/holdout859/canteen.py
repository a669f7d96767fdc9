"""Community canteens (长者食堂, 幸福食堂): kgk01–kgk06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout859.common import TIERS, book, indicators, multi_year, one_year, sign
from tests.variants.holdout859.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

OPS = (*TIERS, "指标性质", "指标值", "计量单位")


@variant(
    "kgk01-canteen-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, typed "
    "percent cells, 0起 incident count, cost standard × count equal to the money (correct)",
)
def canteen_percent() -> Book:
    b, s = book()
    project_head(s, year=2026, name="鹭汀区社区长者食堂运营补助", dept="鹭汀区民政局 318001",
                 unit="鹭汀区养老服务指导中心", money=one_year(96, 80, 16),
                 goals=["支持全区8个长者食堂（其中街道中心食堂2个、社区助餐点6个）常态运营，"
                        "全年助餐不少于16万人次，就餐老人满意度90%以上。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "运营补助长者食堂数量", "=", 8, "个"),
        (None, None, "助餐服务人次", "≥", 160000, "人次"),
        (None, "质量指标", "食品抽检合格率", "=", pct(1), "%"),
        (None, None, "食品安全事故", "≤", 0, "起"),
        (None, "时效指标", "补助资金拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每人次运营补助标准", "≤", 6, "元/人次"),
        ("效益指标", "社会效益指标", "辖区老年人助餐服务覆盖率", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "食堂运营管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0771-6283415", day(2025, 11, 14))
    return b


@variant(
    "kgk02-canteen-goal-mismatch",
    (5, 12),
    "project, NAT-2021, numbered labels: money "
    "parts not adding up, goal count against the indicator, a near-duplicate indicator",
)
def canteen_goal_mismatch() -> Book:
    b, s = book()
    total = mk(money(150, '0.00"万元"'), "B101", "error", row=True,
               note="年度资金总额 150 ≠ 财政拨款 120 + 其他资金 20")  # fmt: skip
    project_head(s, year=2026, name="栖梧县农村幸福食堂建设补助", dept="栖梧县民政局 427010",
                 unit="栖梧县社会福利服务中心", attr="新增项目",
                 money=[["年度资金总额", total, "其中：财政拨款", money(120, '0.00"万元"')],
                        ["其他资金", money(20, '0.00"万元"'), None, None]],
                 goals=["新建农村幸福食堂12个，覆盖8个乡镇，为留守、独居老人提供每日午餐，"
                        "全年助餐不少于7.2万人次。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("一、产出指标", "（一）数量指标",
         "1.新建农村幸福食堂数量", mk("≥10个", "D104", "warning", row=True,
                                     note="年度目标写新建12个，指标只有10个")),
        (None, None, "2.助餐服务人次", "≥72000人次"),
        (None, "（二）质量指标", "3.食品留样规范率", "≥95%"),
        (None, None, "4.幸福食堂食品留样规范率", mk("≥98%", "D103", "warning", row=True,
                     alt=("D102", "D101"), note="与第3项同一指标，多一个词，值不同")),
        (None, "（三）时效指标", "5.食堂建成投用时间", "2026年10月31日前"),
        ("二、成本指标", "（一）经济成本指标", "6.单个食堂建设补助标准", "≤10万元/个"),
        ("三、效益指标", "（一）社会效益指标", "7.留守独居老人就餐保障率", "≥85%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "8.就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立川", "0775-3316029", day(2025, 12, 2))
    return b


@variant(
    "kgk03-canteen-points",
    (5, 10),
    "project, NAT-2021, tier labels with points and an "
    "indicator points column both adding to 100, a rate raised in 百分点 (correct)",
)
def canteen_points() -> Book:
    b, s = book()
    project_head(s, year=2026, name="桐屿街道长者助餐服务提升", dept="蓼川市桐屿街道办事处 509",
                 unit="桐屿街道社区服务中心", money=one_year(48, 48, 0),
                 goals=["完善桐屿街道“15分钟助餐圈”，新增社区助餐点3个，全年助餐服务6万人次，"
                        "老年人助餐覆盖率比上年提高5个百分点。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "新增社区助餐点", "≥3个", 20),
        (None, None, "助餐服务人次", "≥60000人次", 15),
        (None, "质量指标", "助餐点食品安全检查达标率", "=100%", 15),
        ("成本指标（10分）", "经济成本指标", "每人次助餐补贴", "≤8元/人次", 10),
        ("效益指标（30分）", "社会效益指标", "老年人助餐覆盖率比上年提高", "≥5百分点", 15),
        (None, "可持续影响指标", "助餐点运营管理办法", "建立并执行", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "用餐老人满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "蒙嘉禾", "0772-5510384", day(2025, 11, 25))
    return b


@variant(
    "kgk04-canteen-wrong-tier",
    (5, 10),
    "project, NAT-2021, tier-1 score column: 产出 "
    "points not matching its indicators, a 合格率 under 时效指标",
)
def canteen_wrong_tier() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="芸川镇老年助餐中央厨房运营",
        dept="芸川镇人民政府 6120",
        unit="芸川镇社会事务办公室",
        money=one_year(72, 60, 12),
        goals=["中央厨房为全镇9个助餐点配送午餐，全年配餐不少于9万份，餐食抽检全部合格。"],
    )
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", mk(50, "W103", "error", note="其下指标分值 15+15+10+5 = 45，不是 50"),
         "数量指标", "配送助餐点数量", "≥9个", 15),
        (None, None, None, "年配餐份数", "≥90000份", 15),
        (None, None, "质量指标", "餐食留样完整率", "=100%", 10),
        (None, None, "时效指标", mk("餐食抽检合格率", "F201", "warning", row=True,
                                      note="合格率是质量指标，填在时效指标下"), "=100%", 5),
        ("成本指标", 10, "经济成本指标", "每份餐食配送成本", "≤8元/份", 10),
        ("效益指标", 30, "社会效益指标", "助餐点老人按时就餐率", "≥95%", 30),
        ("满意度指标", 10, "服务对象满意度指标", "用餐老人满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "黎秋实", "0773-8824107", day(2025, 11, 30))
    return b


@variant(
    "kgk05-canteen-stacked",
    (2,),
    "two canteen projects stacked in one sheet, OLD-NAT, "
    "one value column, the same indicator names with different values (correct)",
)
def canteen_stacked() -> Book:
    b, s = book()
    for i, (place, n, people, cost, tot) in enumerate(
            (("枫渚街道", 4, 40000, 6, 24), ("檀湾镇", 3, 25000, 8, 20))):  # fmt: skip
        project_head(s, year=2026, name=f"{place}长者食堂运营补助", dept="蓼川市民政局 509001",
                     unit=f"{place}社区服务中心", money=one_year(tot, tot, 0),
                     title=None if i == 0 else "",
                     goals=[f"支持{place}{n}个长者食堂运营，全年助餐{people}人次。"])  # fmt: skip
        indicators(s, (*TIERS, "指标值"), [
            ("产出指标", "数量指标", "运营长者食堂数量", f"={n}个"),
            (None, None, "助餐服务人次", f"≥{people}人次"),
            (None, "质量指标", "食品抽检合格率", "=100%"),
            (None, "成本指标", "每人次运营补助", f"≤{cost}元/人次"),
            ("效益指标", "社会效益指标", "老年人就餐便利度", "提高"),
            ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
        ])  # fmt: skip
        s.skip()
    sign(s, "岑映雪", "0776-2209431", day(2025, 11, 21))
    return b


@variant(
    "kgk06-canteen-multiyear-wrong",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: an annual count above the period's, a count copied, a year left from 2025",
)
def canteen_multiyear_wrong() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="栖梧县村级幸福食堂三年建设", attr="新增项目",
                 dept="栖梧县民政局 427010", unit="栖梧县养老服务中心",
                 money=multi_year((900, 750, 150), (300, 250, 50)),
                 goals=["三年新建村级幸福食堂30个，累计助餐30万人次，实现中心村助餐全覆盖。",
                        mk("当年新建村级幸福食堂10个，2025年底前全部建成投用，助餐10万人次。",
                           "Y103", "warning", alt=("Y101", "Y102"),
                           note="2025年在项目期2026—2028年之前，去年的年度目标未改")])  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新建村级幸福食堂数量", "≥30个",
         mk("≥30个", "D202", "warning", alt=("D104",), note="累计数照抄中期，年度目标写10个")),
        (None, None, "助餐服务人次", "≥300000人次",
         mk("≥360000人次", "D201", "error", note="年度值大于三年累计值")),
        (None, "质量指标", "食堂食品安全达标率", "=100%", "=100%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个食堂建设补助", "≤25万元/个", "≤25万元/个"),
        ("效益指标", "社会效益指标", "中心村助餐服务覆盖率", "=100%", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
