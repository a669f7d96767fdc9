"""林下经济 returns: 沉香 planted under forest and induced to resin, 燕屋 and 燕窝 cleaning, and
two stacked sheets (gu01-gu06)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout661.common import (
    ONE,
    OPC,
    PERIOD,
    detail,
    indicators,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout661.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, ok, pct


@variant(
    "gu01-agarwood-planting",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number "
    "format, a detail block that adds up (correct)",
)
def gu01() -> Book:
    b, s = project_book(
        year=2025,
        name="樟陂县沉香林下种植示范项目",
        dept="樟陂县林业局（318006）",
        unit="樟陂县国有鹤湾林场",
        money=[
            ("年度资金总额", wan(120), "其中：财政拨款", wan(100)),
            ("其他资金", wan(20), None, None),
        ],
        goals=[
            "在鹤湾林场林下新植白木香1200亩（其中嫁接示范200亩），苗木成活率"
            "不低于90%，为2026年全县沉香林下经济扩面积累经验。"
        ],
    )
    detail(
        s,
        [
            ("苗木购置（1200亩×500元/亩）", wan(60)),
            ("整地施肥", wan(30)),
            ("嫁接技术服务（200亩×1000元/亩）", wan(20)),
            ("管护用工", wan(10)),
        ],
        wan(120),
    )
    indicators(
        s,
        OPC,
        [
            ("产出指标", "数量指标", "林下新植白木香面积", "≥", 1200, "亩"),
            (None, None, "嫁接示范面积", "≥", 200, "亩"),
            (None, "质量指标", "苗木成活率", "≥", pct(0.9), "%"),
            (None, None, "病虫害发生率", "≤", pct(0.05), "%"),
            (None, "时效指标", "栽植完成时间", "≤", day(2025, 5, 31, CN_DATE), None),
            (None, "成本指标", "苗木购置标准", "≤", 500, "元/亩"),
            (None, None, "嫁接技术服务标准", "≤", 1000, "元/亩"),
            ("效益指标", "经济效益指标", "带动林农户均增收", "≥", 3000, "元/户"),
            (None, "社会效益指标", "带动脱贫户参与管护", "≥", 60, "户"),
            (None, "生态效益指标", "林下植被覆盖率", "≥", pct(0.85), "%"),
            (None, "可持续影响指标", "林下种植管护期", "≥", 3, "年"),
            ("满意度指标", "服务对象满意度指标", "参与林农满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "覃明远", "0779-7261053", day(2024, 12, 6))
    return b


@variant(
    "gu02-agarwood-resin-goal",
    (7,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, one value column: the goal's tree "
    "count and deadline given otherwise in the indicators",
)
def gu02() -> Book:
    b, s = project_book(
        year=2025,
        name="澜洲市沉香人工结香技术推广项目",
        dept="澜洲市林业和园林局（402011）",
        unit="澜洲市林业科学研究所",
        money=[
            ("年度资金总额", wan(300), "其中：财政拨款", wan(270)),
            ("其他资金", wan(30), None, None),
        ],
        goals=[
            ok(
                "对全市3000株十年生白木香实施通体结香，结香成功率达到85%以上，"
                "2025年11月底前完成首批采香。",
                "warning",
                note="株数和期限与指标不符：发现可落在此处",
            )
        ],
    )
    count = mk(
        "≥2500株", "D104", "warning", row=True, note="年度目标写对3000株实施结香，指标却是2500株"
    )
    due = mk(
        "2026年11月30日前",
        "Y102",
        "error",
        row=True,
        alt=("Y103", "D104"),
        note="一年期项目（2025年），期限落在2026年；年度目标写2025年11月底",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            ("产出指标", "数量指标", "实施通体结香株数", count),
            (None, None, "培训结香技术人员", "≥80人次"),
            (None, "质量指标", "结香成功率", "≥85%"),
            (None, "时效指标", "首批采香完成时间", due),
            (None, "成本指标", "结香技术服务费", "≤900元/株"),
            ("效益指标", "经济效益指标", "带动村集体增收", "≥50万元"),
            (None, "社会效益指标", "林农结香技术掌握率", "≥80%"),
            (None, "可持续影响指标", "结香技术规程推广年限", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ],
    )
    sign(s, "黎雪芹", "0756-3318472", day(2024, 11, 28))
    return b


@variant(
    "gu03-swiftlet-houses",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside "
    "smaller annual counts, rates and unit costs equal (correct)",
)
def gu03() -> Book:
    b, s = project_book(
        year=2025,
        years=3,
        name="鹤湾县金丝燕屋标准化改造项目",
        dept="鹤湾县农业农村局（215004）",
        unit="鹤湾县特色产业发展中心",
        money=[
            ("中期资金总额", wan(540), "年度资金总额", wan(180)),
            ("其中：财政拨款", wan(450), "其中：财政拨款", wan(150)),
            ("其他资金", wan(90), "其他资金", wan(30)),
        ],
        goals=[
            "三年完成60栋燕屋标准化改造，建成燕窝溯源平台1个，入驻燕屋燕窝产量提高20%。",
            "完成首批20栋燕屋改造，建成溯源平台并上线运行。",
        ],
    )
    platform = ok("=1个", "warning", note="平台第一年建成，中期与年度同为1个是实情")
    indicators(
        s,
        PERIOD,
        [
            ("成本指标", "经济成本指标", "单栋燕屋改造补助标准", "≤7万元/栋", "≤7万元/栋"),
            ("产出指标", "数量指标", "完成燕屋标准化改造", "≥60栋", "≥20栋"),
            (None, None, "燕窝溯源平台", "=1个", platform),
            (None, "质量指标", "改造燕屋验收合格率", "=100%", "=100%"),
            (None, None, "燕窝亚硝酸盐抽检合格率", pct(0.98), pct(0.98)),
            (None, "时效指标", "改造任务完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("效益指标", "经济效益指标", "入驻燕屋燕窝产量增长率", "≥20%", "≥8%"),
            (None, "社会效益指标", "带动燕农就业", "≥150人", "≥50人"),
            (None, "可持续影响指标", "溯源平台持续运行年限", "≥5年", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "燕屋业主满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "韦家骏", "0775-5190386", day(2024, 12, 2))
    return b


@variant(
    "gu04-nest-cleaning-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: an annual amount above the "
    "period's, a count copied across, last season's year in the 年度目标",
)
def gu04() -> Book:
    goal = mk(
        "2024年建成清洁加工线2条，培训挑毛工200人次，清洁加工燕窝10吨。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="项目期2025—2027年，年度目标仍写上一季的2024年",
    )
    b, s = project_book(
        year=2025,
        years=3,
        name="澄屿市屋燕燕窝清洁挑毛加工中心建设项目",
        dept="澄屿市供销合作社（506002）",
        unit="澄屿市燕窝产业协会",
        money=[
            ("中期资金总额", wan(600), "年度资金总额", wan(240)),
            ("其中：财政拨款", wan(500), "其中：财政拨款", wan(200)),
            ("其他资金", wan(100), "其他资金", wan(40)),
        ],
        goals=["三年建成清洁加工线6条，培训挑毛工600人次，清洁加工燕窝30吨。", goal],
    )
    above = mk("≥45吨", "D201", "error", note="年度加工量45吨超过三年合计30吨")
    copied = mk(
        "≥600人次",
        "D202",
        "warning",
        alt=("D104",),
        note="三年培训人次照抄到年度；年度目标写200人次",
    )
    indicators(
        s,
        PERIOD,
        [
            ("成本指标", "经济成本指标", "单条加工线建设成本", "≤60万元/条", "≤60万元/条"),
            ("产出指标", "数量指标", "建成清洁加工线", "≥6条", "≥2条"),
            (None, None, "培训挑毛工", "≥600人次", copied),
            (None, None, "燕窝清洁加工量", "≥30吨", above),
            (None, "质量指标", "产品抽检合格率", "≥98%", "≥98%"),
            (None, "时效指标", "加工线投产时间", "2027年6月30日前", "2025年12月31日前"),
            ("效益指标", "经济效益指标", "燕窝清洁加工增值", "≥900万元", "≥300万元"),
            (None, "社会效益指标", "新增就业岗位", "≥120个", "≥40个"),
            (None, "可持续影响指标", "加工中心运营年限", "≥10年", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "燕农满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "卓永晖", "0668-2247519", day(2024, 12, 10))
    return b


def _beehives(
    s: Sheet, money: Sequence[Sequence[Any]], near: Sequence[Any], misplaced: Sequence[Any]
) -> None:
    """The second stacked project of gu05/gu06: 沉香林下养蜂."""
    s.skip()
    project_head(
        s,
        year=2025,
        name="樟陂县沉香林下养蜂项目",
        dept="樟陂县林业局（318006）",
        unit="棠岭镇林下经济合作社",
        money=money,
        title="",
        goals=["在沉香林下投放中蜂蜂箱400箱，生产沉香花蜜8吨。"],
    )
    indicators(
        s,
        ONE,
        [
            ("产出指标", "数量指标", "林下蜂箱投放数量", "≥400箱"),
            (None, None, *near),
            (None, "质量指标", "中蜂越冬存活率", "≥90%"),
            (None, "时效指标", *misplaced),
            (None, "成本指标", "蜂箱及蜂群购置标准", "≤1200元/箱"),
            ("效益指标", "经济效益指标", "带动林农增收", "≥40万元"),
            (None, "生态效益指标", "沉香林授粉覆盖面积", "≥800亩"),
            ("满意度指标", "服务对象满意度指标", "林农满意度", "≥85%"),
        ],
    )


@variant(
    "gu05-understory-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "indicator with different values in each project (correct)",
)
def gu05() -> Book:
    b, s = project_book(
        year=2025,
        name="鹤湾县沉香林下套种益智项目",
        dept="鹤湾县林业局（215009）",
        unit="鹤湾县国有溪葭林场",
        money=[("资金总额", wan(80), "其中：财政拨款", wan(80)), ("其他资金", wan(0), None, None)],
        goals=["在沉香林下套种益智500亩，亩产益智干果不低于60公斤。"],
    )
    indicators(
        s,
        ONE,
        [
            ("产出指标", "数量指标", "沉香林下套种益智面积", "≥500亩"),
            (None, "质量指标", "益智种苗成活率", "≥90%"),
            (None, "时效指标", "套种完成时间", "2025年4月30日前"),
            (None, "成本指标", "益智种苗及栽植补助", "≤1500元/亩"),
            ("效益指标", "经济效益指标", "益智干果亩产", "≥60公斤"),
            (None, "生态效益指标", "林下裸地覆盖率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
        ],
    )
    _beehives(
        s,
        [("资金总额", wan(60), "其中：财政拨款", wan(50)), ("其他资金", wan(10), None, None)],
        ("中蜂蜂群引进数量", "≥400群"),
        ("蜂箱投放完成时间", "2025年4月30日前"),
    )
    sign(s, "潘若兰", "0775-5183620", day(2024, 11, 25))
    return b


@variant(
    "gu06-understory-stacked-wrong",
    (2,),
    "two projects stacked, OLD-NAT, one value column: the second's money does not add "
    "up, a near-duplicate count, a quality rate under 时效",
)
def gu06() -> Book:
    b, s = project_book(
        year=2025,
        name="鹤湾县燕窝质量检测能力提升项目",
        dept="鹤湾县市场监督管理局（215012）",
        unit="鹤湾县食品检验检测中心",
        money=[("资金总额", wan(45), "其中：财政拨款", wan(40)), ("其他资金", wan(5), None, None)],
        goals=["购置燕窝亚硝酸盐快检设备3台，全年抽检燕窝样品600批次。"],
    )
    indicators(
        s,
        ONE,
        [
            ("产出指标", "数量指标", "燕窝样品抽检批次", "≥600批次"),
            (None, None, "购置快检设备", "≥3台"),
            (None, "质量指标", "检测报告差错率", "≤1%"),
            (None, "时效指标", "检测结果出具时限", "≤5个工作日"),
            (None, "成本指标", "单批次检测成本", "≤300元/批次"),
            ("效益指标", "社会效益指标", "不合格燕窝产品处置率", "=100%"),
            ("满意度指标", "服务对象满意度指标", "燕窝经营户满意度", "≥90%"),
        ],
    )
    total = mk(wan(95), "B101", "error", alt=("B102",), note="70 + 20 = 90，不是95")
    near = mk(
        "林下蜂箱投放量",
        "D103",
        "warning",
        row=True,
        alt=("D101", "D102"),
        note="与上一行“林下蜂箱投放数量”是同一指标，多一字少一字",
    )
    late = mk("沉香花蜜抽检合格率", "F201", "warning", row=True, note="质量类合格率填在时效指标下")
    _beehives(
        s,
        [("资金总额", total, "其中：财政拨款", wan(70)), ("其他资金", wan(20), None, None)],
        (near, "≥400箱"),
        (late, "≥98%"),
    )
    sign(s, "潘若兰", "0775-5183620", day(2024, 11, 25))
    return b
