"""Returns of the planting half: 丹参 and 白术 bases, training, green pest control, residues."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout650.common import DEPT, funds, indicators, notes, project, sign, w
from tests.variants.holdout650.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "gj01-danshen-base",
    (1, 11),
    "project, NAT-2021, operator and unit columns, typed "
    "percent cells, a 下降率 with ≥, 0 incidents, area with its core part (correct)",
)
def danshen_base() -> Book:
    goal = (
        "新建丹参规范化种植基地1200亩（其中核心示范区300亩），培训药农400人次，"
        "为2027年全县推广积累种植数据。"
    )
    b, s = project(2026, "栖凤县丹参规范化种植基地建设", funds(120, 100, 20), [goal])
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            ("成本指标", "经济成本指标", "种苗及有机肥补助标准", "≤", 600, "元/亩"),
            ("产出指标", "数量指标", "丹参规范化种植基地面积", "≥", 1200, "亩"),
            (None, None, "其中：核心示范区面积", "≥", 300, "亩"),
            (None, None, "药农培训人次", "≥", 400, "人次"),
            (None, "质量指标", "种苗质量合格率", "≥", pct(0.95), "%"),
            (None, "时效指标", "基地建设完成时间", "≤", day(2026, 10, 31, CN_DATE), None),
            ("效益指标", "经济效益指标", "基地亩均增收", "≥", 800, "元/亩"),
            (None, "生态效益指标", "化学农药使用量下降率", "≥", pct(0.1), "%"),
            (None, "社会效益指标", "农药使用安全事故", "=", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "参与药农满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "许明远", "0817-6203145", (2025, 11, 12))
    return b


@variant(
    "gj02-baizhu-goal-mismatch",
    (7,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "area against the goal, a deadline of last year, a unit cost beyond the money",
)
def baizhu_goal_mismatch() -> Book:
    goal = (
        "在鹤鸣山乡建设白术绿色种植示范区800亩，统一供应脱毒种栽，开展田间技术培训150人次，"
        "示范区白术优质品率达到85%以上。"
    )
    b, s = project(2026, "白术绿色种植示范推广", funds(25, 25, 0), [goal])
    indicators(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            (
                "产出指标",
                "数量指标",
                "白术绿色种植示范面积",
                mk("≥600亩", "D104", "warning", note="年度目标写示范区800亩"),
            ),
            (None, None, "田间技术培训人次", "≥150人次"),
            (None, "质量指标", "示范区白术优质品率", "≥85%"),
            (
                None,
                "时效指标",
                "脱毒种栽发放完成时间",
                mk(
                    "2025年4月30日前",
                    "Y102",
                    "error",
                    alt=("Y103", "Y101"),
                    note="2026年度的一年期项目，期限落在2025年",
                ),
            ),
            (
                None,
                "成本指标",
                "脱毒种栽补助标准",
                mk(
                    "≤500元/亩",
                    "B107",
                    "warning",
                    note="500元/亩×600亩=30万元，超过年度资金25万元（按800亩更多）",
                ),
            ),
            ("效益指标", "经济效益指标", "示范户亩均增收", "≥600元"),
            (None, "生态效益指标", "化肥施用减量比例", "≥10%"),
            (None, "社会效益指标", "带动周边白术种植户", "≥200户"),
            ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
        ],
    )
    sign(s, "杜晓芸", "0817-6203177", (2025, 11, 20))
    return b


@variant(
    "gj03-danshen-gap-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "a year's area above the period's, training copied, a past year in the 年度目标",
)
def danshen_gap_period() -> Book:
    mid = "2026—2028年建成丹参GAP基地2000亩，培训药农900人次，建立产地初加工点3个。"
    year = mk(
        "2026年建成GAP基地800亩、产地初加工点1个，培训药农300人次，2023年底前完成基地土壤检测。",
        "Y103",
        "warning",
        alt=("Y102",),
        note="2023年既非预算年度也不在2026—2028项目期内，是旧计划的残留",
    )
    b, s = project(
        2026, "丹参GAP基地三年建设", funds(360, 300, 60, (120, 100, 20)), [mid, year], years=3
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            (
                "成本指标",
                "经济成本指标",
                "GAP基地建设补助标准",
                "≤1500元/亩",
                ok("≤1500元/亩", note="按错填的2500亩算会超出年度资金，由D201那一格引起"),
            ),
            (
                "产出指标",
                "数量指标",
                "丹参GAP基地面积",
                "≥2000亩",
                mk(
                    "≥2500亩",
                    "D201",
                    "error",
                    alt=("D104",),
                    note="一年的面积大于三年合计，年度目标也只写800亩",
                ),
            ),
            (
                None,
                None,
                "药农培训人次",
                "≥900人次",
                mk(
                    "≥900人次",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="累计人次照抄中期值，年度目标写300人次",
                ),
            ),
            (None, None, "产地初加工点", "≥3个", "≥1个"),
            (None, "质量指标", "丹参酮ⅡA含量达标率", "≥95%", "≥95%"),
            (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
            ("效益指标", "经济效益指标", "基地亩均收益", "≥3000元", "≥2800元"),
            (None, "可持续影响指标", "GAP基地持续运营年限", "≥5年", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "基地种植户满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "gj04-baizhu-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "and an indicator score column, both adding to 100, a rate raised in 百分点 (correct)",
)
def baizhu_points() -> Book:
    goal = "推广白术标准化种植1500亩，举办技术培训6期，推广区白术优质品率提高3个百分点以上。"
    b, s = project(2026, "白术规范化种植技术推广", funds(60, 60, 0), [goal])
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("一、产出指标（50分）", "（一）数量指标", "1.白术标准化种植推广面积", "≥1500亩", 15),
            (None, None, "2.技术培训", "≥6期", 10),
            (None, "（二）质量指标", "3.推广区白术优质品率", "提高≥3百分点", 15),
            (None, "（三）时效指标", "4.种植技术规程印发时间", "2026年3月31日前", 10),
            ("二、成本指标（10分）", "（一）经济成本指标", "5.技术推广补助标准", "≤300元/亩", 10),
            ("三、效益指标（30分）", "（一）经济效益指标", "6.推广区亩均增收", "≥500元", 10),
            (None, "（二）生态效益指标", "7.病虫害绿色防控覆盖率", "≥80%", 10),
            (None, "（三）社会效益指标", "8.农药中毒事故", "0起", 10),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.推广农户满意度", "≥90%", 10),
            ("合计", "", None, None, 100),
        ],
    )
    notes(s, "注：一级指标分值与三级指标分值为同一套分数的两级写法，合计均为100分。")
    return b


def _seedlings() -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "丹参种苗繁育面积", "≥200亩"),
        (None, None, "供应合格种苗", "≥1500万株"),
        (None, "质量指标", "种苗质量合格率", "≥95%"),
        (None, "时效指标", "种苗供应完成时间", "2026年4月15日前"),
        (None, "成本指标", "种苗繁育补助标准", "≤2000元/亩"),
        ("效益指标", "经济效益指标", "繁育户亩均增收", "≥1000元"),
        (None, "社会效益指标", "带动丹参种植户", "≥400户"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ]


@variant(
    "gj05-stacked-pest-control",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one "
    "value column: the second's money does not add up, a near-duplicate, a rate under 时效",
)
def stacked_pest_control() -> Book:
    b, s = project(
        2026,
        "丹参种苗繁育基地",
        funds(50, 40, 10),
        ["繁育丹参种苗200亩，供应合格种苗1500万株，带动种植户400户。"],
    )
    indicators(s, H4, _seedlings())
    s.skip()
    note = "年度资金总额40万元≠财政拨款30万元+其他资金5万元"
    money_rows = [
        ("年度资金总额", mk(w(40), "B101", "error", note=note), "其中：财政拨款", w(30)),
        ("其他资金", w(5), None, None),
    ]
    project_head(
        s,
        year=2026,
        name="白术病虫害绿色防控",
        dept=DEPT,
        unit="沱源县植保植检站",
        money=money_rows,
        title="",
        goals=["建设白术绿色防控示范区1000亩，示范带动农户300户。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "绿色防控示范面积", "≥1000亩"),
            (None, "质量指标", "绿色防控技术覆盖率", "≥85%"),
            (
                None,
                None,
                "病虫害绿色防控技术覆盖率",
                mk(
                    "≥80%",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "D101"),
                    note="与上一行多两个字的同一指标，指标值不同",
                ),
            ),
            (
                None,
                "时效指标",
                "白术根腐病防治效果达标率",
                mk("≥90%", "F201", "warning", row=True, note="质量类达标率填在时效指标下"),
            ),
            (None, None, "防控物资发放完成时间", "2026年5月31日前"),
            (None, "成本指标", "防控物资补助标准", "≤200元/亩"),
            ("效益指标", "生态效益指标", "化学农药使用量下降率", "≥15%"),
            (None, "社会效益指标", "示范带动农户", "≥300户"),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "gj06-residue-words",
    (1, 11),
    "project, OLD-NAT, operator in words in its own column, "
    "unit column, typed percents: a 反向 rate with 大于等于, batches against the goal, a "
    "satisfaction rate under 社会效益",
)
def residue_words() -> Book:
    goal = (
        "全年在白术主产区抽检样品120批次，检测结果30个工作日内反馈种植主体，"
        "推动产地白术质量稳定达标。"
    )
    b, s = project(
        2026, "白术产地农残监测", funds(20, 20, 0), [goal], unit="沱源县农产品质量检测站"
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"),
        [
            (
                "产出指标",
                "数量指标",
                "白术样品抽检批次",
                "大于等于",
                mk(100, "D104", "warning", row=True, note="年度目标写抽检120批次"),
                "批次",
            ),
            (None, "质量指标", "农残检测合格率", "大于等于", pct(0.98), "%"),
            (
                None,
                None,
                "农残检测不合格率",
                mk("大于等于", "T108", "warning", row=True, note="不合格率是反向指标"),
                pct(0.02),
                "%",
            ),
            (None, "时效指标", "检测结果反馈时限", "小于等于", 30, "工作日"),
            (None, "成本指标", "单批次检测费用", "小于等于", 1500, "元/批次"),
            (
                "效益指标",
                "社会效益指标",
                "种植主体对检测服务满意度",
                "大于等于",
                mk(pct(0.9), "F201", "warning", row=True, note="满意度填在社会效益下"),
                "%",
            ),
            (None, "生态效益指标", "高毒农药检出批次", "等于", 0, "批次"),
            ("满意度指标", "服务对象满意度指标", "白术种植户满意度", "大于等于", pct(0.9), "%"),
        ],
    )
    return b
