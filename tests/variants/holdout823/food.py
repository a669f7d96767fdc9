"""Food sampling tests (食品抽检): kfa01–kfa06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout823.common import (
    TIERS4,
    TIERS5,
    indicators,
    multi_year_money,
    notes,
    one_year_money,
    sign,
    start,
)
from tests.variants.holdout823.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kfa01-county-sampling",
    (1, 5),
    "project, NAT-2021, numbered tier labels, typed percent cells, a 下降率 with ≥ (correct)",
)
def county_sampling() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="桐岭县2026年食品安全监督抽检",
        dept="桐岭县市场监督管理局（409）",
        unit="桐岭县食品药品检验所",
        money=one_year_money(86, 80, 6),
        goals=[
            "完成食品安全监督抽检1200批次（其中食用农产品400批次），不合格食品核查处置率"
            "100%，抽检结果按期公布；为2027年建立农村集体聚餐抽检机制积累经验。"
        ],
    )
    rows = [
        ("一、产出指标", "（一）数量指标", "食品监督抽检批次", "≥1200批次"),
        (None, None, "其中：食用农产品抽检批次", "≥400批次"),
        (None, "（二）质量指标", "不合格食品核查处置率", pct(1)),
        (None, None, "抽检样品检验差错率", "≤0.5%"),
        (None, "（三）时效指标", "抽检结果公布时限", "≤20个工作日"),
        ("二、成本指标", "（一）经济成本指标", "单批次平均检验费用", "≤700元/批次"),
        ("三、效益指标", "（一）社会效益指标", "重点品种不合格重复检出下降率", "≥10%"),
        (None, "（二）可持续影响指标", "抽检数据共享机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "群众食品安全满意度", pct(0.9)),
    ]
    indicators(s, TIERS4, rows)
    notes(s, "注：单批次费用按1200批次测算，合计84万元，在年度资金86万元以内。")
    sign(s, "沈若岚", "0571-3826415", day(2025, 11, 18))
    return b


@variant(
    "kfa02-campus-goal-deadline",
    (7,),
    "project, NAT-2021, header 绩效目标值: goal count against the indicator, last year's "
    "deadline, a rate under 时效",
)
def campus_goal_deadline() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="凤栖区2026年校园及周边食品安全抽检",
        dept="凤栖区市场监督管理局",
        unit="凤栖区食品安全检测中心",
        money=one_year_money(60, 55, 5),
        goals=[
            "对辖区86所学校食堂及周边经营户抽检2000批次，2026年11月30日前完成全部"
            "抽检任务，不合格产品全部核查处置。"
        ],
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "校园食品抽检批次",
            mk(
                "≥1800批次",
                "D104",
                "warning",
                row=True,
                note="年度目标写抽检2000批次，指标只写1800批次",
            ),
        ),
        (None, None, "学校食堂覆盖数", "≥86所"),
        (None, "质量指标", "检验报告合规率", "≥98%"),
        (
            None,
            "时效指标",
            "抽检任务完成时限",
            mk(
                "2025年11月30日前",
                "Y102",
                "error",
                row=True,
                alt=("Y103", "D104"),
                note="2026年项目的完成时限写成2025年，年度目标写2026年11月30日前：上年残留",
            ),
        ),
        (
            None,
            None,
            mk(
                "校园食品抽检合格率",
                "F201",
                "warning",
                row=True,
                note="合格率是质量指标，填在时效指标下",
            ),
            "≥97%",
        ),
        ("成本指标", "经济成本指标", "单批次检验费用", "≤280元/批次"),
        ("效益指标", "社会效益指标", "校园食品安全事件发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), rows)
    sign(s, "黎舒然", "0571-6603927", day(2025, 12, 2))
    return b


@variant(
    "kfa03-rapid-test-three-years",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, rates "
    "equal in both (correct)",
)
def rapid_test_three_years() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        years=3,
        name="澜石市农贸市场快检能力提升",
        dept="澜石市市场监督管理局",
        unit="澜石市食品安全快检中心",
        attr="新增项目",
        money=multi_year_money((360, 330, 30), (120, 110, 10)),
        goals=[
            "三年建成农贸市场快检室24个，累计快检食用农产品36000批次，快检结果日日公示。",
            "2026年建成快检室8个，完成快检12000批次，阳性样品及时处置。",
        ],
    )
    rows = [
        ("产出指标", "数量指标", "快检室建设数量", "≥24个", "≥8个"),
        (None, None, "食用农产品快检批次", "≥36000批次", "≥12000批次"),
        (None, "质量指标", "快检结果公示率", pct(1), pct(1)),
        (None, None, "阳性样品处置及时率", pct(0.98), pct(0.98)),
        (None, "时效指标", "快检室建成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个快检室建设成本", "≤12万元/个", "≤12万元/个"),
        ("效益指标", "社会效益指标", "市场经营户食品安全知晓率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "快检室运行维护机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "市场购物群众满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TIERS5, rows)
    notes(s, "说明：快检室建设24个×12万元=288万元，其余用于快检试剂及人员培训。")
    sign(s, "韩知远", "0571-8852360", day(2025, 10, 30))
    return b


@variant(
    "kfa04-online-catering-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, a "
    "count copied, the goal's training count",
)
def online_catering_two_years() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        years=2,
        name="桐岭县网络餐饮食品抽检专项",
        dept="桐岭县市场监督管理局",
        unit="桐岭县食品药品检验所",
        attr="新增项目",
        money=multi_year_money((180, 170, 10), (90, 85, 5)),
        goals=[
            "两年抽检网络订餐食品3000批次，培训入网商户12批次，建成网络餐饮监测平台。",
            "2026年抽检网络订餐食品1500批次，培训入网商户6批次，完成平台建设。",
        ],
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "网络订餐食品抽检批次",
            "≥3000批次",
            mk("≥3200批次", "D201", "error", note="年度3200批次超过两年合计3000批次"),
        ),
        (
            None,
            None,
            "入网商户培训批次",
            mk("≥10批次", "D104", "warning", row=True, note="中期目标写培训12批次"),
            "≥6批次",
        ),
        (
            None,
            None,
            "入网商户抽查户数",
            "≥800户",
            mk("≥800户", "D202", "warning", note="累计户数从中期列照抄到年度列"),
        ),
        (None, "质量指标", "抽检样品检验合格判定准确率", "≥99%", "≥99%"),
        (None, "时效指标", "监测平台上线时间", "2026年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单批次检验费用", "≤250元/批次", "≤250元/批次"),
        ("效益指标", "社会效益指标", "网络餐饮投诉举报下降率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "网络订餐消费者满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TIERS5, rows)
    sign(s, "许闻笛", "0571-3826477", day(2025, 11, 6))
    return b


@variant(
    "kfa05-stacked-banquet-oil",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same rate with different "
    "values in each (correct)",
)
def stacked_banquet_oil() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="凤栖区农村集体聚餐食品安全抽检",
        dept="凤栖区市场监督管理局",
        unit="凤栖区食品安全检测中心",
        money=one_year_money(24, 20, 4),
        goals=["对农村集体聚餐开展抽检300批次，样品检验及时，聚餐食品安全事故零发生。"],
    )
    indicators(
        s,
        TIERS4,
        [
            ("产出指标", "数量指标", "集体聚餐食品抽检批次", "≥300批次"),
            (None, "质量指标", "样品检验及时率", "≥95%"),
            (None, "时效指标", "抽检报告出具时限", "≤7个工作日"),
            (None, "成本指标", "单批次检验费用", "≤650元/批次"),
            ("效益指标", "社会效益指标", "聚餐食品安全事故发生数", "0起"),
            ("满意度指标", "服务对象满意度指标", "聚餐举办户满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        name="凤栖区食用植物油专项抽检",
        dept="凤栖区市场监督管理局",
        unit="凤栖区食品安全检测中心",
        money=one_year_money(18, 18, 0),
        title="",
        goals=["对粮油批发和小油坊抽检食用植物油240批次，不合格产品全部下架。"],
    )
    indicators(
        s,
        TIERS4,
        [
            ("产出指标", "数量指标", "食用植物油抽检批次", "≥240批次"),
            (None, "质量指标", "样品检验及时率", "≥98%"),
            (None, None, "不合格产品下架率", "=100%"),
            (None, "成本指标", "单批次检验费用", "≤700元/批次"),
            ("效益指标", "社会效益指标", "小油坊规范经营率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
        ],
    )
    sign(s, "黎舒然", "0571-6603927", day(2025, 12, 2))
    return b


@variant(
    "kfa06-stacked-cold-chain-health",
    (2, 12),
    "two projects stacked, OLD-NAT: the second's money does not add up and one count twice "
    "with different values",
)
def stacked_cold_chain_health() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="澜石市进口冷链食品抽检",
        dept="澜石市市场监督管理局",
        unit="澜石市食品检验研究院",
        money=one_year_money(50, 45, 5),
        goals=["抽检进口冷链食品600批次，追溯信息核查全覆盖。"],
    )
    indicators(
        s,
        TIERS4,
        [
            ("产出指标", "数量指标", "进口冷链食品抽检批次", "≥600批次"),
            (None, "质量指标", "追溯信息核查覆盖率", "=100%"),
            (None, "成本指标", "单批次检验费用", "≤800元/批次"),
            ("效益指标", "社会效益指标", "冷链食品安全风险处置率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "冷链经营户满意度", "≥90%"),
        ],
    )
    s.skip()
    money = one_year_money(40, 32, 6)
    money[0] = (
        "年度资金总额",
        mk(money[0][1], "B101", "error", row=True, note="财政拨款32+其他资金6=38，不是40"),
        *money[0][2:],
    )
    project_head(
        s,
        year=2026,
        name="澜石市保健食品专项抽检",
        dept="澜石市市场监督管理局",
        unit="澜石市食品检验研究院",
        money=money,
        title="",
        goals=["抽检保健食品500批次，非法添加问题全部核查。"],
    )
    indicators(
        s,
        TIERS4,
        [
            ("产出指标", "数量指标", "保健食品抽检批次", "≥500批次"),
            (
                None,
                None,
                mk(
                    "保健食品抽检批次数",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "D101"),
                    note="同一指标写两次，500与450不同",
                ),
                "≥450批次",
            ),
            (None, "质量指标", "非法添加检出核查率", "=100%"),
            (None, "成本指标", "单批次检验费用", "≤700元/批次"),
            ("效益指标", "社会效益指标", "保健食品虚假宣传投诉下降率", "≥8%"),
            ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
        ],
    )
    sign(s, "顾清禾", "0571-2219054", day(2025, 11, 25))
    return b
