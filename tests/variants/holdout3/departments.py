"""Department tables (§3.2): tiered and flat lists, budget blocks and task lists that add up
or not."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout3.registry import variant
from tests.variants.kit import Book, Sheet, mk, money

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", None, None)
FLAT_HEAD = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


def tiered(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*TIER_HEAD)
    s.table(rows, merged=(1, 2))


def flat(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT_HEAD)
    for i, r in enumerate(rows, start=1):
        s.row(i, *r)


@variant("q09-justice-bureau-ok", (12,), "department, budget and task blocks, merged tiers")
def q09() -> Book:
    """Correct: 1186.4 + 100 = 862.4 + 424 = 1286.4; tasks 136 + 168 + 120 = 424."""
    b = Book()
    s = b.sheet("部门整体绩效目标")
    department_head(
        s, year=2025, dept="临溪县司法局",
        budget=[(money(1286.4), money(1186.4), money(100), money(862.4), money(424))],
        tasks=[("社区矫正教育帮扶", "开展社区矫正对象集中教育和心理矫治", money(136),
                "在册社区矫正对象教育覆盖率100%"),
               ("法律援助办案补贴", "按件支付法律援助律师办案补贴", money(168),
                "办理法律援助案件不少于1200件"),
               ("普法宣传", "开展“八五”普法宣传进村社、进校园活动", money(120),
                "举办普法活动不少于150场"),
               ("金额合计", None, money(424), None)],
        goal="完成法律援助案件1200件以上，社区矫正对象不发生重新违法犯罪的群体性事件，"
             "普法宣传覆盖全县各乡镇。")  # fmt: skip
    tiered(
        s,
        [
            ("产出指标", "数量指标", "法律援助案件办理数", "≥1200件"),
            (None, None, "普法宣传活动场次", "≥150场"),
            (None, "质量指标", "社区矫正对象教育覆盖率", "100%"),
            (None, None, "法律援助案件质量评查合格率", "≥95%"),
            (None, "时效指标", "法律援助申请审查办结时限", "≤7个工作日"),
            ("成本指标", "经济成本指标", "法律援助案件平均补贴标准", "≤1400元/件"),
            ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%"),
            (None, "可持续影响指标", "基层公共法律服务体系", "健全"),
            ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%"),
        ],
    )
    return b


@variant("q10-sports-bureau-tasks", (12,), "department, task list, merged tiers")
def q10() -> Book:
    """Defects: tasks 120 + 85 + 60 = 265 but 金额合计 275; a placeholder ``≥**场`` left."""
    b = Book()
    s = b.sheet("绩效目标申报表")
    department_head(
        s,
        year=2025,
        dept="白沙河区文化体育局",
        budget=[(money(912.6), money(862.6), money(50), money(637.6), money(275))],
        tasks=[
            (
                "全民健身赛事",
                "举办区运会及各类群众性体育赛事",
                money(120),
                "全年举办群众体育赛事不少于40场",
            ),
            (
                "公共体育设施维护",
                "维护更新社区健身路径和笼式球场",
                money(85),
                "健身设施完好率不低于95%",
            ),
            ("非遗保护传承", "非遗项目展演及传承人补助", money(60), "开展非遗展演活动"),
            (
                "金额合计",
                None,
                mk(money(275), "B102", "error", row=True, note="120 + 85 + 60 = 265"),
                None,
            ),
        ],
        goal="办好群众身边的赛事活动，维护更新健身设施，推动非遗保护传承。",
    )
    tiered(
        s,
        [
            ("产出指标", "数量指标", "群众体育赛事场次", "≥40场"),
            (
                None,
                None,
                "非遗展演活动场次",
                mk("≥**场", "X101", "error", note="placeholder left in the value"),
            ),
            (None, "质量指标", "公共健身设施完好率", "≥95%"),
            (None, "时效指标", "设施故障报修处理时限", "≤5个工作日"),
            ("成本指标", "经济成本指标", "单场赛事平均补助", "≤3万元"),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%"),
            ("满意度指标", "服务对象满意度指标", "群众对公共体育服务满意度", "≥88%"),
        ],
    )
    return b


@variant("q11-market-flat-ok", (3,), "department, flat list with weights and 指标性质")
def q11() -> Book:
    """Correct: a flat list (no tiers); weights 100; 指标性质 is the direction."""
    b = Book()
    s = b.sheet("整体支出绩效目标")
    department_head(
        s,
        year=2025,
        dept="青岚市市场监督管理局",
        budget=[(money(4318.2), money(4218.2), money(100), money(3520.2), money(798))],
        goal="强化食品、特种设备和产品质量安全监管，优化营商环境，不发生区域性食品安全事件。",
    )
    flat(
        s,
        [
            ("食品安全监督抽检批次", 15, "批次", "正向", "≥3600"),
            ("特种设备定期检验率", 15, "%", "正向", "≥98"),
            ("企业开办平均办理时间", 10, "个工作日", "反向", "≤1"),
            ("投诉举报按时办结率", 15, "%", "正向", "≥98"),
            ("食品抽检不合格产品核查处置率", 15, "%", "正向", "100"),
            ("新设立市场主体户数增长率", 10, "%", "正向", "≥5"),
            ("市场主体对监管服务满意度", 20, "%", "正向", "≥90"),
        ],
    )
    s.row("注：指标值均为2025年度目标，百分比类指标的计量单位列为“%”。", merge=[(1, 6)])
    return b


@variant("q12-agri-flat-weights", (3, 11), "department, flat list with weights and 指标性质")
def q12() -> Book:
    """Defects: weights add up to 95; a 反向 indicator with ≥."""
    b = Book()
    s = b.sheet("整体支出绩效目标")
    department_head(
        s,
        year=2025,
        dept="临溪县农业农村局",
        budget=[(money(2864.5), money(2764.5), money(100), money(1204.5), money(1660))],
        goal="稳定粮食生产，推进高标准农田建设和化肥农药减量增效，增加农民收入。",
    )
    flat(
        s,
        [
            ("粮食播种面积", 15, "万亩", "正向", "≥42.5"),
            ("新建高标准农田面积", 15, "万亩", "正向", "≥1.8"),
            ("农产品质量安全例行监测合格率", 15, "%", "正向", "≥98"),
            (
                "农药使用量增长率",
                10,
                "%",
                "反向",
                mk("≥0", "T108", "warning", row=True, note="反向 indicator with ≥"),
            ),
            ("农村居民人均可支配收入增长率", 10, "%", "正向", "≥6"),
            ("涉农补贴资金兑付及时率", 15, "%", "正向", "≥95"),
            ("农户对惠农服务满意度", 15, "%", "正向", "≥90"),
        ],
    )
    s.row("合计", None, 95, merge=[(1, 2)])
    b.file_mark("W101", "error", note="weights 15+15+15+10+10+15+15 = 95, not 100")
    return b
