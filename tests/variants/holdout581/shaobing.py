"""Sesame flatbread (烧饼) workshops of the old town street: ds01–ds06."""

from __future__ import annotations

from tests.variants.holdout581.common import YEAR, cn, funds, head, new, note, sign, table
from tests.variants.holdout581.registry import variant
from tests.variants.kit import Book, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "ds01-shaobing-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, money in the number "
    "format, a goal text that sums two indicators (correct)",
)
def ds01() -> Book:
    b, s = new()
    goal = (
        "开展烧饼制作技艺培训，全年培训学徒40人（初级班25人、中级班15人），带动老街烧饼作坊"
        "稳定经营，为2026年申报省级非遗代表性项目储备传承人。"
    )
    head(s, "古镇烧饼传统技艺传承培训项目", funds(18, 15, 3), [goal])
    rows = [
        ("产出指标", "数量指标", "初级班培训学徒人数", "≥", 25, "人"),
        (None, None, "中级班培训学徒人数", "≥", 15, "人"),
        (None, "质量指标", "学徒结业考核合格率", "≥", pct(0.9), None),
        (None, "时效指标", "培训完成时间", "≤", cn(11, 30), None),
        (None, "成本指标", "学徒培训补助标准", "≤", 0.3, "万元/人"),
        ("效益指标", "社会效益指标", "结业学徒进入老街作坊从业比例", "≥", pct(0.6), None),
        (None, "可持续影响指标", "烧饼技艺传承档案管理制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参训学徒满意度", "≥", pct(0.92), None),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), rows)
    note(s, "注：培训补助含教材、燃料及场地费用，按结业人数据实拨付。")
    sign(s, "乔念禾", "0597-6283145", cn(11, 18, YEAR - 1))
    return b


@variant(
    "ds02-shaobing-oven-refit",
    (4, 12),
    "project, OLD-NAT, one value column, a 说明 row inside the table: the goal text counts "
    "more ovens than the indicator, and the unit subsidy times the count exceeds the money",
)
def ds02() -> Book:
    b, s = new()
    goal = mk(
        "对老街12家烧饼作坊实施炉具改造，完成环保烤炉改造10座，作坊油烟排放稳定达标。",
        "D104",
        "warning",
        note="年度目标写改造烤炉10座，数量指标“环保烤炉改造数量”为≥8座",
    )
    head(s, "老街烧饼作坊炭火炉环保改造补助项目", funds(10, 8, 2), [goal])
    cost = mk(
        "≤1.5万元/座",
        "B107",
        "warning",
        row=True,
        note="1.5万元/座 × 8座 = 12万元，超过项目资金总额10万元",
    )
    rows = [
        ("产出指标", "数量指标", "改造覆盖烧饼作坊数量", "≥12家"),
        (None, None, "环保烤炉改造数量", "≥8座"),
        (None, "质量指标", "改造烤炉验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "单座烤炉改造补助标准", cost),
        ("说明", "补助按验收后一次性拨付，不足部分由作坊自筹（其他资金2万元）。"),
        ("效益指标", "生态效益指标", "作坊油烟排放达标率", "≥95%"),
        (None, "社会效益指标", "改造后持续经营的烧饼作坊户数", "≥12户"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ]
    table(s, ONE, rows)
    note(s, "填表说明：金额单位为万元；指标值应包含比较符和计量单位。")
    sign(s, "郁初晴", "0597-6283102", cn(11, 22, YEAR - 1))
    return b


@variant(
    "ds03-shaobing-food-checks",
    (1, 9),
    "project, OLD-NAT, one value column with percent and date cells: the planned end date "
    "typed as a 5-digit serial in a text cell, a completion date in the following year",
)
def ds03() -> Book:
    b, s = new()
    end = mk("45964", "X104", "warning", note="文本单元格中的日期序列号，即2025-11-03")
    goal = "对老街烧饼作坊开展芝麻、面粉等原料快检，全年抽检批次不少于300批次，不合格原料全部下架。"
    head(s, "老街烧饼作坊原料快检项目", funds(6, 6, 0), [goal], end=end)
    late = mk(
        cn(3, 31, YEAR + 1),
        "Y102",
        "error",
        note="一年期项目（2025年1月1日至年底），年度抽检完成时间却是2026年3月31日",
    )
    rows = [
        ("产出指标", "数量指标", "原料快检批次", "≥300批次"),
        (None, None, "覆盖烧饼作坊数量", "≥26家"),
        (None, "质量指标", "快检结果准确率", pct(0.98)),
        (None, "时效指标", "年度抽检完成时间", late),
        (None, None, "快检报告出具时间", "≤2个工作日"),
        (None, "成本指标", "单批次快检费用", "≤180元/批次"),
        ("效益指标", "社会效益指标", "不合格原料下架率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", pct(0.9)),
    ]
    table(s, ONE, rows)
    sign(s, "沈叙白", "0597-6283177", cn(11, 25, YEAR - 1))
    return b


@variant(
    "ds04-shaobing-three-year",
    (8,),
    "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: cumulative counts below "
    "the period, rates and unit costs equal, 2027 named in the goals (correct)",
)
def ds04() -> Book:
    b, s = new()
    goals = (
        "到2027年建成烧饼非遗展示工坊3处，累计培训烧饼技艺传承人60人，形成老街烧饼制作地方标准。",
        "2025年建成展示工坊1处，培训传承人20人，完成地方标准草案，为2027年标准发布打好基础。",
    )
    head(s, "老街烧饼非遗展示工坊建设项目", funds(90, 75, 15, (30, 25, 5)), goals, years=3)
    rows = [
        ("产出指标", "数量指标", "建成烧饼非遗展示工坊数量", "≥3处", "≥1处"),
        (None, None, "培训烧饼技艺传承人人数", "≥60人", "≥20人"),
        (None, "质量指标", "传承人技艺考核通过率", "≥90%", "≥90%"),
        (None, "时效指标", "地方标准草案完成时间", "2025年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单处展示工坊建设成本", "≤18万元/处", "≤18万元/处"),
        ("效益指标", "社会效益指标", "工坊接待研学游客人次", "≥3万人次", "≥0.8万人次"),
        (None, "可持续影响指标", "老街烧饼作坊传承人持证上岗率", "≥80%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "研学游客满意度", "≥90%", "≥90%"),
    ]
    table(s, TWO, rows)
    note(s, "注：持证上岗率逐年提高，2027年达到80%；建设成本为单处工坊的上限。")
    sign(s, "乔念禾", "0597-6283145", cn(11, 18, YEAR - 1))
    return b


@variant(
    "ds05-shaobing-two-year-wrong",
    (8,),
    "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: an annual count above its "
    "period count, a cumulative count copied, the 年度目标 naming last year",
)
def ds05() -> Book:
    b, s = new()
    goals = (
        "2025—2026年修缮老字号烧饼门店8家，统一更换门头招牌8块，打造老街烧饼特色街区。",
        mk(
            "2024年完成首批老字号烧饼门店修缮，同步更换门头招牌。",
            "Y103",
            "warning",
            alt=("Y101",),
            note="预算年度2025、项目期2025—2026，年度目标却写2024年",
        ),
    )
    head(s, "老字号烧饼门店修缮项目", funds(60, 50, 10, (35, 30, 5)), goals, years=2)
    over = mk("≥10家", "D201", "error", note="年度修缮10家大于实施期8家")
    copy = mk("≥8块", "D202", "warning", note="两年期累计数，年度值照抄实施期值")
    rows = [
        ("产出指标", "数量指标", "修缮老字号烧饼门店数量", "≥8家", over),
        (None, None, "门头招牌统一更换数量", "≥8块", copy),
        (None, "质量指标", "修缮工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "修缮工程按期完工率", "≥95%", "≥95%"),
        (None, "成本指标", "单店修缮补助标准", "≤3.5万元/家", "≤3.5万元/家"),
        ("效益指标", "经济效益指标", "修缮门店营业额增长率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "门店经营户满意度", "≥90%", "≥90%"),
    ]
    table(s, TWO, rows)
    sign(s, "郁初晴", "0597-6283102", cn(11, 22, YEAR - 1))
    return b


def _proj_a() -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "芝麻烧饼品牌推广活动场次", "≥6场"),
        (None, None, "老街烧饼宣传短片制作数量", "≥2部"),
        (None, "质量指标", "推广活动参与作坊比例", "≥80%"),
        (None, "时效指标", "推广活动完成时间", "2025年10月31日前"),
        (None, "成本指标", "单场推广活动费用", "≤1.5万元/场"),
        ("效益指标", "经济效益指标", "参与作坊烧饼销售额增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ]


def _proj_b() -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "燃气改造烧饼作坊户数", "≥40户"),
        (None, None, "燃气泄漏报警器安装数量", "≥40套"),
        (None, "质量指标", "燃气管线检测合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "单户燃气改造费用", "≤0.45万元/户"),
        ("效益指标", "社会效益指标", "作坊燃气安全事故发生数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥85%"),
    ]


@variant(
    "ds06-shaobing-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column; the same satisfaction "
    "indicator with different values in each project, 0起 on an incident count (correct)",
)
def ds06() -> Book:
    b, s = new()
    head(
        s,
        "芝麻烧饼品牌推广项目",
        funds(12, 12, 0),
        ["举办推广活动6场、制作宣传短片2部，提升老街芝麻烧饼知名度。"],
        title=f"{YEAR}年度项目支出绩效目标申报表（烧饼作坊专项）",
    )
    table(s, ONE, _proj_a())
    s.skip()
    head(
        s,
        "烧饼作坊燃气安全改造项目",
        funds(20, 16, 4),
        ["完成40户烧饼作坊燃气改造，全年不发生燃气安全事故。"],
        title="",
    )
    table(s, ONE, _proj_b())
    sign(s, "沈叙白", "0597-6283177", cn(11, 25, YEAR - 1))
    return b
