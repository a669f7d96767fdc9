"""Multi-year and stacked project returns: asparagus bases and flax seed, 中期 against 年度."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout669.common import YEAR, indicators, one_year, period, sign, start
from tests.variants.holdout669.registry import variant
from tests.variants.kit import Book, Sheet, day, mk

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "hc07-asparagus-base-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns "
    "with a unit column: the period's counts beside smaller annual counts, rates equal (correct)",
)
def hc07() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="芦笋标准化种植基地三年建设项目",
        dept="溱川县农业农村局 119",
        unit="溱川县蔬菜技术指导站",
        attr="新增项目",
        money=period((270, 240, 30), (90, 80, 10)),
        goals=[
            "2026—2028年累计新植芦笋1500亩，建成标准化种植基地3个，培训笋农900人次，"
            "一级品率稳定在70%以上。",
            "2026年新植芦笋500亩，建成标准化种植基地1个，培训笋农300人次。",
        ],
    )
    rows = [
        ("产出指标", "数量指标", "新植芦笋面积", "≥1500", "≥500", "亩"),
        (None, None, "标准化种植基地", "≥3", "≥1", "个"),
        (None, None, "笋农技术培训", "≥900", "≥300", "人次"),
        (None, "质量指标", "基地芦笋一级品率", "≥70", "≥70", "%"),
        (None, "时效指标", "当年定植完成时间", "每年5月31日前", f"{YEAR}年5月31日前", None),
        ("成本指标", "经济成本指标", "新植芦笋物化补助标准", "≤1500", "≤1500", "元/亩"),
        ("效益指标", "经济效益指标", "投产基地亩均产值", "≥6000", "≥3000", "元"),
        (None, "可持续影响指标", "基地连续生产年限", "≥10", "≥10", "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90", "≥90", "%"),
    ]
    indicators(s, (*TWO, "计量单位"), rows)
    s.row("注：芦笋定植当年少量采收，次年起进入盛产期，年度亩均产值低于中期值。", merge=[(1, 6)])
    return b


@variant(
    "hc08-asparagus-period-copy",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: 中期目标 copied into 年度目标, an annual count above the period's, a copied count",
)
def hc08() -> Book:
    b, s = start()
    text = "推广白芦笋软化栽培600亩，建设遮光覆膜示范点5个，培训笋农450人次。"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="白芦笋软化栽培推广项目",
        dept="芹塘县农业农村局 226",
        unit="芹塘县芦笋产业服务中心",
        attr="新增项目",
        money=period((150, 150, 0), (50, 50, 0)),
        goals=[text, mk(text, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")],
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "白芦笋软化栽培推广面积",
            "≥600亩",
            mk("≥600亩", "D202", "warning", note="三年累计面积原样抄进年度列"),
        ),
        (
            None,
            None,
            "遮光覆膜示范点",
            "≥5个",
            mk("≥8个", "D201", "error", note="年度8个多于三年合计5个，不可能"),
        ),
        (None, None, "笋农技术培训", "≥450人次", "≥150人次"),
        (None, "质量指标", "白芦笋商品率", "≥85%", "≥85%"),
        (None, "时效指标", "遮光覆膜完成时间", "每年3月31日前", f"{YEAR}年3月31日前"),
        ("成本指标", "经济成本指标", "遮光覆膜材料补助标准", "≤600元/亩", "≤600元/亩"),
        ("效益指标", "经济效益指标", "白芦笋收购价高于绿芦笋", "≥3元/公斤", "≥3元/公斤"),
        (None, "社会效益指标", "带动笋农户", "≥300户", "≥100户"),
        ("满意度指标", "服务对象满意度指标", "笋农满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TWO, rows)
    return b


@variant(
    "hc09-flax-stacked",
    (2,),
    "two one-year projects stacked in one sheet, OLD-NAT, one "
    "value column, the same satisfaction name with different values (correct)",
)
def hc09() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=YEAR,
        name="亚麻原料基地订单种植补助项目",
        dept="雁汀县农业农村局 402",
        unit="雁汀县经济作物站",
        money=one_year(56, 50, 6),
        goals=["落实纤维亚麻订单种植8000亩，收购亚麻原茎1.6万吨，带动农户400户。"],
    )
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "纤维亚麻订单种植面积", "≥8000亩"),
            (None, None, "亚麻原茎收购量", "≥16000吨"),
            (None, "质量指标", "原茎等级合格率", "≥90%"),
            (None, "时效指标", "订单合同签订完成时间", f"{YEAR}年4月30日前"),
            (None, "成本指标", "订单种植补助标准", "≤60元/亩"),
            ("效益指标", "社会效益指标", "带动订单农户", "≥400户"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )
    s.skip(2)
    project_head(
        s,
        year=YEAR,
        title="",
        name="亚麻纤维质量检测能力建设项目",
        dept="雁汀县农业农村局 402",
        unit="雁汀县农产品质量检测中心",
        money=one_year(24, 24, 0),
        goals=["购置亚麻纤维强力、细度检测设备4台套，全年检测打成麻样品600份。"],
    )
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "购置纤维检测设备", "4台套"),
            (None, None, "检测打成麻样品", "≥600份"),
            (None, "质量指标", "检测结果复核一致率", "≥98%"),
            (None, "时效指标", "设备安装调试完成时间", f"{YEAR}年6月30日前"),
            (None, "成本指标", "检测设备购置成本", "≤20万元"),
            ("效益指标", "社会效益指标", "服务亚麻加工企业", "≥5家"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
        ],
    )
    return b


def seedlings(s: Sheet, head: tuple[str, ...]) -> None:
    """The first of the two stacked projects of hc10, without defects."""
    project_head(
        s,
        year=YEAR,
        name="芦笋种苗繁育补助项目",
        dept="荻浦市农业农村局 115",
        unit="荻浦市园艺技术推广中心",
        money=one_year(40, 40, 0),
        goals=["繁育芦笋种苗300万株，供应新植基地1000亩。"],
    )
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "繁育芦笋种苗", "≥300万株"),
            (None, "质量指标", "种苗出圃合格率", "≥95%"),
            (None, "时效指标", "种苗出圃时间", f"{YEAR}年4月30日前"),
            (None, "成本指标", "种苗繁育补助标准", "≤0.12元/株"),
            ("效益指标", "社会效益指标", "供苗新植基地面积", "≥1000亩"),
            ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%"),
        ],
    )


@variant(
    "hc10-asparagus-stacked-dates",
    (2,),
    "two one-year projects stacked, OLD-NAT: the "
    "second keeps last season's plan dates and gives its control area twice, differently",
)
def hc10() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    seedlings(s, head)
    s.skip(2)
    first = mk(
        day(YEAR - 1, 3, 1),
        "Y102",
        "error",
        row=True,
        alt=("Y101", "Y103"),
        note="2026年度申报表中，计划开始、完成日期仍是2025年的",
    )
    project_head(
        s,
        year=YEAR,
        title="",
        name="芦笋茎枯病绿色防控项目",
        dept="荻浦市农业农村局 115",
        unit="荻浦市植保植检站",
        money=one_year(30, 25, 5),
        start=first,
        end=day(YEAR - 1, 11, 30),
        goals=["对2000亩芦笋开展茎枯病绿色防控，发病率控制在5%以内。"],
    )
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "茎枯病绿色防控面积", "≥2000亩"),
            (
                None,
                None,
                "茎枯病绿色防控实施面积",
                mk(
                    "≥1500亩",
                    "D103",
                    "error",
                    row=True,
                    alt=("D101", "D102", "D104"),
                    note="与上一行是同一指标，面积却不同（2000亩/1500亩）",
                ),
            ),
            (None, "质量指标", "茎枯病发病率", "≤5%"),
            (None, "成本指标", "防控药剂补助标准", "≤100元/亩"),
            ("效益指标", "经济效益指标", "挽回鲜笋产量损失", "≥300吨"),
            (None, "生态效益指标", "化学农药使用量减少", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "笋农满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "hc11-linseed-midterm",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "annual money above the period's, an area below the goal's, a deadline past the period",
)
def hc11() -> Book:
    b, s = start()
    annual = mk(85, "B103", "error", note="年度资金总额85万元大于中期资金总额80万元")
    project_head(
        s,
        year=YEAR,
        years=2,
        name="油用亚麻（胡麻）新品种推广项目",
        dept="北甸县农业农村局 508",
        unit="北甸县农业技术推广中心",
        money=period((80, 70, 10), (annual, 75, 10)),
        goals=[
            "2026—2027年累计推广胡麻新品种8000亩，建设千亩示范片2个，胡麻籽平均亩产提高10%。",
            "2026年推广胡麻新品种4000亩，建设千亩示范片1个。",
        ],
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "胡麻新品种推广面积",
            mk("≥6000亩", "D104", "warning", note="中期目标写两年累计推广8000亩，指标却是6000亩"),
            "≥4000亩",
        ),
        (None, None, "千亩示范片", "2个", "1个"),
        (None, "质量指标", "推广区良种覆盖率", "≥90%", "≥80%"),
        (
            None,
            "时效指标",
            "示范片验收完成时间",
            mk(
                f"{YEAR + 2}年6月30日前",
                "Y102",
                "error",
                alt=("Y103",),
                note="项目期2026—2027年，验收期限却在2028年",
            ),
            f"{YEAR}年10月31日前",
        ),
        ("成本指标", "经济成本指标", "新品种良种补贴标准", "≤80元/亩", "≤80元/亩"),
        ("效益指标", "经济效益指标", "胡麻籽平均亩产提高", "≥10%", "≥5%"),
        (None, "可持续影响指标", "新品种持续种植年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TWO, rows)
    sign(s, "褚立原", "0943-7702391", day(YEAR - 1, 12, 9))
    return b


@variant(
    "hc12-asparagus-two-sets",
    (8, 7),
    "two-year project, NAT-2021, two complete column "
    "sets (二级/三级/指标值 for 中期, then for 年度), costs equal to their money (correct)",
)
def hc12() -> Book:
    b, s = start(widths=(14, 16, 24, 16, 16, 24, 16))
    project_head(
        s,
        year=YEAR,
        years=2,
        name="芦笋设施大棚提档升级项目",
        dept="溱川县农业农村局 119",
        unit="溱川县设施农业服务站",
        money=period((120, 100, 20), (60, 50, 10)),
        goals=[
            "2026—2027年改造芦笋设施大棚800亩，早春芦笋上市期提前15天以上。",
            "2026年改造芦笋设施大棚400亩，完成棚膜更换和滴灌配套。",
        ],
    )
    head = (
        "一级指标",
        "二级指标（中期）",
        "三级指标（中期）",
        "指标值（中期）",
        "二级指标（年度）",
        "三级指标（年度）",
        "指标值（年度）",
    )
    spec = [
        ("产出指标", "数量指标", "大棚改造面积", "≥800亩", "≥400亩"),
        (None, None, "滴灌配套面积", "≥800亩", "≥400亩"),
        (None, "质量指标", "改造大棚验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "改造完成时间", f"{YEAR + 1}年10月31日前", f"{YEAR}年10月31日前"),
        ("成本指标", "经济成本指标", "大棚改造补助标准", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "早春芦笋上市期提前", "≥15天", "≥10天"),
        (None, "可持续影响指标", "改造大棚使用年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "笋农满意度", "≥90%", "≥90%"),
    ]
    rows = [(t1, t2, n, mid, t2, n, yr) for t1, t2, n, mid, yr in spec]
    indicators(s, head, rows, merged=(1, 2, 5))
    return b
