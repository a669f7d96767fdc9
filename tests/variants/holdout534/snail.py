"""River snail (螺蛳) returns: percent cells, stacked projects and flat lists (bx01–bx06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout534.common import (
    HEAD_ONE,
    HEAD_OP_UNIT,
    YEAR,
    indicators,
    money_rows,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout534.registry import variant
from tests.variants.kit import YUAN, Book, C, Sheet, day, mk, money, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "bx01-snail-percent-cells",
    (1,),
    "project, NAT-2021, operator and unit columns, "
    "percent cells typed in Excel, 万元 in the number format (correct)",
)
def bx01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="蓼湾县稻螺共养示范项目",
        dept="蓼湾县农业农村局（413）",
        unit="蓼湾县水产技术推广站",
        money=money_rows(wan(180), wan(150), wan(30)),
        goals=["在渔湾、柘塘两个渔业村建成稻螺共养示范基地1200亩，带动养殖户260户。"],
    )
    indicators(
        s,
        HEAD_OP_UNIT,
        [
            ("成本指标", "经济成本指标", "螺蛳苗种采购单价", "≤", 14, "元/公斤"),
            (None, None, "示范基地每亩补助标准", "≤", 1000, "元/亩"),
            ("产出指标", "数量指标", "稻螺共养示范面积", "≥", 1200, "亩"),
            (None, None, "投放螺蛳苗种", "≥", 36000, "公斤"),
            (None, "质量指标", "螺蛳苗种成活率", "≥", pct(0.85), "%"),
            (None, None, "示范基地验收合格率", "=", pct(1), "%"),
            (None, None, "螺蛳病害发生率", "≤", pct(0.05), "%"),
            (None, "时效指标", "苗种投放完成时间", "≤", day(YEAR, 6, 30), None),
            ("效益指标", "经济效益指标", "示范户亩均增收", "≥", 800, "元/亩"),
            (None, "生态效益指标", "化肥农药使用量减少比例", "≥", pct(0.15), "%"),
            (None, "可持续影响指标", "带动渔业村养殖户数", "≥", 260, "户"),
            ("满意度指标", "服务对象满意度指标", "示范养殖户满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "罗秋实", "0736-5582147")
    return b


@variant(
    "bx02-snail-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns: a "
    "survival rate over 100 %, a 反向 rate with ≥, 元 typed in a 万元 block",
)
def bx02() -> Book:
    b, s = start()
    other = mk(money(600000, YUAN), "B105", "error", note="600,000元 in a 项目资金（万元） block")
    project_head(
        s,
        year=YEAR,
        name="柘塘村螺蛳池塘标准化改造项目",
        dept="蓼湾县农业农村局（413）",
        unit="柘塘村股份经济合作社",
        money=money_rows(wan(260), wan(200), other),
        goals=["改造螺蛳养殖池塘420亩，配套尾水净化设施2处。"],
    )
    b.file_mark("B101", "error", required=False, note="caused by the 元 cell")
    indicators(
        s,
        HEAD_OP_UNIT,
        [
            ("产出指标", "数量指标", "改造螺蛳养殖池塘面积", "≥", 420, "亩"),
            (None, None, "建设尾水净化设施", "≥", 2, "处"),
            (
                None,
                "质量指标",
                "螺蛳成活率",
                "≥",
                mk(pct(1.05), "T106", "error", note="a survival rate cannot exceed 100 %"),
                "%",
            ),
            (None, "时效指标", "池塘改造完成时间", "≤", day(YEAR, 10, 31), None),
            (None, "成本指标", "池塘改造单位成本", "≤", 0.5, "万元/亩"),
            (
                "效益指标",
                "生态效益指标",
                "养殖尾水超标排放率",
                mk("≥", "T108", "warning", row=True, note="an exceedance rate is 反向: ≤"),
                pct(0.03),
                "%",
            ),
            (None, "经济效益指标", "螺蛳亩产提高", "≥", 150, "公斤/亩"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "蒋伯言", "0736-5590318")
    return b


def snail_head(
    s: Sheet,
    name: str,
    unit: str,
    total: C,
    split: tuple[int, int],
    goal: str,
    title: str | None = None,
) -> None:
    """A one-year project head of the county's snail projects (total, 财政拨款, 其他资金)."""
    project_head(
        s,
        year=YEAR,
        name=name,
        dept="蓼湾县农业农村局（413）",
        unit=unit,
        title=title,
        money=money_rows(total, wan(split[0]), wan(split[1])),
        goals=[goal],
    )


@variant(
    "bx03-snail-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, operators in words, the same name with different values (correct)",
)
def bx03() -> Book:
    b, s = start()
    snail_head(
        s,
        "螺蛳种苗繁育场建设项目",
        "蓼湾县水产良种场",
        wan(160),
        (130, 30),
        "建设螺蛳种苗繁育池48口，年供应苗种60吨。",
    )
    indicators(
        s,
        HEAD_ONE,
        [
            ("产出指标", "数量指标", "新建螺蛳繁育池", "不少于48口"),
            (None, None, "年供应螺蛳苗种", "60吨以上"),
            (None, "质量指标", "苗种检疫合格率", "不低于98%"),
            (None, "成本指标", "繁育池单口建设成本", "不超过2.5万元"),
            ("效益指标", "社会效益指标", "供苗覆盖渔业村", "不少于12个"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "不低于90%"),
        ],
    )
    s.skip()
    snail_head(
        s,
        "螺蛳养殖技术培训项目",
        "蓼湾县水产技术推广站",
        wan(40),
        (40, 0),
        "培训螺蛳养殖户600人次，编印技术手册2000册。",
        title="",
    )
    indicators(
        s,
        HEAD_ONE,
        [
            ("产出指标", "数量指标", "培训养殖户", "不少于600人次"),
            (None, None, "编印技术手册", "2000册以上"),
            (None, "成本指标", "人均培训成本", "不超过500元"),
            ("效益指标", "社会效益指标", "参训户技术掌握率", "不低于85%"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "不低于92%"),
        ],
    )
    sign(s, "罗秋实", "0736-5582147")
    return b


@variant(
    "bx04-snail-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "the second project's total is not its parts, one rate given as a count",
)
def bx04() -> Book:
    b, s = start()
    snail_head(
        s,
        "螺蛳加工车间设备购置项目",
        "蓼湾县渔湾螺业合作社",
        wan(90),
        (70, 20),
        "购置螺蛳清洗分级设备3套。",
    )
    indicators(
        s,
        HEAD_ONE,
        [
            ("产出指标", "数量指标", "购置清洗分级设备", "≥3套"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "成本指标", "设备单套购置成本", "≤25万元"),
            ("效益指标", "经济效益指标", "螺蛳加工产值增长率", "≥12%"),
            ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
        ],
    )
    s.skip()
    total = mk(wan(150), "B101", "error", note="110 + 30 = 140, not 150")
    snail_head(
        s,
        "养殖尾水生态治理项目",
        "蓼湾县渔湾村村民委员会",
        total,
        (110, 30),
        "治理螺蛳养殖尾水排口5处。",
        title="",
    )
    indicators(
        s,
        HEAD_ONE,
        [
            ("产出指标", "数量指标", "治理尾水排口", "≥5处"),
            (
                None,
                "质量指标",
                "尾水处理达标率",
                mk("≥5处", "T105", "error", note="a 达标率 needs a percentage"),
            ),
            (None, "成本指标", "单处治理成本", "≤20万元"),
            ("效益指标", "生态效益指标", "周边水体透明度提高", "≥10厘米"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
        ],
    )
    sign(s, "蒋伯言", "0736-5590318")
    return b


@variant(
    "bx05-snail-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), weights add to 100, a 下降率 with ≥, 0起 (correct)",
)
def bx05() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="蓼湾县水产技术推广站",
        budget=[(420, 380, 40, 135, 285)],
        tasks=[
            ("螺蛳种苗供应", "繁育并供应螺蛳苗种", 120, "供苗60吨以上"),
            ("稻螺共养推广", "推广稻螺共养技术", 110, "推广面积3000亩"),
            ("尾水治理指导", "指导养殖尾水达标排放", 55, "排口全部达标"),
            ("金额合计", None, 285, None),
        ],
        goal="目标1：稳定螺蛳苗种供应；目标2：推广稻螺共养；目标3：养殖尾水达标排放。",
    )
    s.skip()
    indicators(
        s,
        FLAT,
        [
            ("供应螺蛳苗种", 15, "吨", "≥", 60),
            ("推广稻螺共养面积", 15, "亩", "≥", 3000),
            ("技术指导服务渔业村", 10, "个", "≥", 18),
            ("苗种检疫合格率", 10, "%", "≥", 98),
            ("养殖尾水化学需氧量下降率", 10, "%", "≥", 10),
            ("养殖安全生产事故", 10, "起", "≤", 0),
            ("指导养殖户亩均增收", 15, "元/亩", "≥", 600),
            ("年度任务按时完成率", 5, "%", "≥", 95),
            ("养殖户满意度", 10, "%", "≥", 90),
        ],
        merged=(),
    )
    notes(s, "注：权重合计100；安全生产事故目标为零事故。")
    sign(s, "罗秋实", "0736-5582147")
    return b


@variant(
    "bx06-snail-flat-wrong",
    (3, 11),
    "department, flat list as bx05: weights add to 95, a "
    "反向 rate with ≥, a coverage rate given as a head count",
)
def bx06() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="蓼湾县柘塘镇农业综合服务中心",
        budget=[(236, 200, 36, 96, 140)],
        goal="推广螺蛳健康养殖，降低病害损失。",
    )
    s.skip()
    indicators(
        s,
        FLAT,
        [
            ("螺蛳健康养殖示范户", 20, "户", "≥", 80),
            (
                "技术培训覆盖率",
                15,
                "人",
                "≥",
                mk(120, "T105", "error", alt=("T112",), note="a 覆盖率 given as 120人"),
            ),
            (
                "螺蛳病害发生率",
                15,
                "%",
                mk("≥", "T108", "warning", row=True, note="an incidence rate is 反向: ≤"),
                8,
            ),
            ("病害测报点", 15, "个", "≥", 6),
            ("示范户亩均增收", 20, "元/亩", "≥", 500),
            ("养殖户满意度", 10, "%", "≥", 90),
        ],
        merged=(),
    )
    b.file_mark("W101", "error", note="20 + 15 + 15 + 15 + 20 + 10 = 95, not 100")
    sign(s, "丁若川", "0736-5614092")
    return b
