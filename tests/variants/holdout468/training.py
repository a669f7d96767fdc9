"""Returns of the guide-dog training base (导盲犬训练基地): zj01 to zj06."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout468.common import YEAR, book, indicators, multi_year, one_year
from tests.variants.holdout468.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澄屿市残疾人联合会（318001）"
BASE = "澄屿市导盲犬训练基地"
SIX = ("一级指标", "二级指标", "三级指标", "指标值")


def _rows01() -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "幼犬寄养家庭招募数量", "≥", 40, "户"],
        [None, None, "交付视障人士导盲犬数量", "≥", 24, "只"],
        [None, "质量指标", "导盲犬适配合格率", "≥", pct(0.85), "%"],
        [None, None, "幼犬寄养家庭中途退养率", "≤", pct(0.1), "%"],
        [None, "时效指标", "交付后首次回访及时率", "≥", pct(0.95), "%"],
        ["成本指标", "经济成本指标", "单只导盲犬训导成本", "≤", 6, "万元/只"],
        ["效益指标", "社会效益指标", "导盲犬致人伤害事件", "≤", 0, "起"],
        [None, "可持续影响指标", "交付犬只年度复评覆盖率", "=", pct(1), "%"],
        ["满意度指标", "服务对象满意度指标", "导盲犬使用者满意度", "≥", pct(0.9), "%"],
    ]


@variant(
    "zj01-puppy-percent",
    (1,),
    "project, NAT-2021, operator and unit columns, percent cells typed in Excel, "
    "万元 in the number format (correct)",
)
def zj01() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="导盲犬幼犬培育与训导项目",
        dept=DEPT,
        unit=BASE,
        money=one_year(186, 150, 36),
        goals=["招募寄养家庭40户，训导并向视障人士交付导盲犬24只，适配合格率不低于85%。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, header, _rows01())
    return b


def _rows02() -> list[list[Any]]:
    count = mk("≤20", "T108", "warning", row=True, note="正向 count with ≤")
    disease = mk("≥3%", "T108", "warning", row=True, note="反向 rate (发生率) with ≥")
    staff = mk("12", "T105", "error", note="a 持证上岗率 given as a count of people")
    return [
        ["产出指标", "数量指标", "年度在训导盲犬数量", "正向", count, "只"],
        [None, None, "训导员带犬实地路训次数", "正向", "≥600", "次"],
        [None, "质量指标", "在训犬只疫病发生率", "反向", disease, "%"],
        [None, None, "训导员持证上岗率", "正向", staff, "人"],
        [None, "时效指标", "犬舍消毒按期完成率", "正向", "≥95%", "%"],
        [None, "成本指标", "单只犬年饲养成本", "反向", "≤1.2", "万元/只"],
        ["效益指标", "社会效益指标", "交付犬只工作稳定率", "正向", "≥90%", "%"],
        [None, "可持续影响指标", "退役犬只妥善安置率", "正向", "=100%", "%"],
        ["满意度指标", "服务对象满意度指标", "受助视障人士满意度", "正向", "≥90%", "%"],
    ]


@variant(
    "zj02-kennel-direction",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), operators inside the values, "
    "unit column: a 正向 count with ≤, a 反向 rate with ≥, a rate given as a count",
)
def zj02() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="导盲犬犬舍运行与日常训导项目",
        dept=DEPT,
        unit=BASE,
        money=one_year(98, 80, 18),
        attr="常年项目",
        goals=["保障在训导盲犬饲养、防疫和日常训导，全年完成实地路训600次以上。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, header, _rows02())
    return b


def _rows03() -> list[list[Any]]:
    above = mk("≥48间", "D201", "error", note="annual 48 above the two-year 40")
    copied = mk("≥60只", "D202", "warning", note="cumulative count copied from 中期")
    return [
        ["产出指标", "数量指标", "新建标准化犬舍", "≥40间", above],
        [None, None, "训导导盲犬数量", "≥60只", copied],
        [None, None, "建成模拟路训场地面积", "≥3000平方米", "≥1800平方米"],
        [None, "质量指标", "犬舍工程验收合格率", "=100%", "=100%"],
        [None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "犬舍单间建设成本", "≤4.5万元/间", "≤4.5万元/间"],
        ["效益指标", "社会效益指标", "交付犬只工作稳定率", "≥90%", "≥90%"],
        [None, "可持续影响指标", "犬舍设施设计使用年限", "≥20年", "≥20年"],
        ["满意度指标", "服务对象满意度指标", "视障人士及家属满意度", "≥90%", "≥90%"],
    ]


@variant(
    "zj03-base-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period, "
    "a cumulative count copied, 中期目标 text copied into 年度目标",
)
def zj03() -> Book:
    b, s = book()
    goal = "建成标准化犬舍40间和模拟路训场地3000平方米，训导导盲犬60只。"
    project_head(
        s,
        year=YEAR,
        name="导盲犬训练基地扩建项目",
        dept=DEPT,
        unit=BASE,
        years=2,
        money=multi_year((480, 400, 80), (260, 220, 40)),
        attr="新增项目",
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")],
    )
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, header, _rows03())
    return b


def _project04(
    s: Any, name: str, total: float, fiscal: float, rows: list[list[Any]], title: str | None = None
) -> None:
    project_head(
        s,
        year=YEAR,
        name=name,
        dept=DEPT,
        unit=BASE,
        title=title,
        money=one_year(total, fiscal, total - fiscal),
        goals=[f"完成{name}年度任务。"],
    )
    indicators(s, SIX, rows)


@variant(
    "zj04-breeding-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "indicator with different values in each project (correct)",
)
def zj04() -> Book:
    b, s = book("绩效目标表")
    _project04(
        s,
        "导盲犬种犬繁育项目",
        64,
        60,
        [
            ["产出指标", "数量指标", "繁育导盲犬幼犬窝数", "≥8窝"],
            [None, "质量指标", "幼犬断奶存活率", "≥90%"],
            [None, "时效指标", "幼犬转入寄养家庭时间", "≤60天"],
            [None, "成本指标", "每窝繁育成本", "≤7万元/窝"],
            ["效益指标", "社会效益指标", "为训导环节提供合格犬源数量", "≥30只"],
            [None, "可持续影响指标", "种犬遗传疾病筛查覆盖率", "=100%"],
            ["满意度指标", "服务对象满意度指标", "视障人士满意度", "≥90%"],
        ],
        title=f"{YEAR}年度项目支出绩效目标表（种犬繁育、退役犬安置）",
    )
    s.skip(2)
    _project04(
        s,
        "退役导盲犬安置项目",
        26,
        26,
        [
            ["产出指标", "数量指标", "退役导盲犬安置数量", "≥12只"],
            [None, "质量指标", "领养家庭资质审核合格率", "=100%"],
            [None, "时效指标", "退役犬安置完成时间", f"{YEAR}年11月30日前"],
            [None, "成本指标", "单只退役犬安置补助标准", "≤2万元/只"],
            ["效益指标", "社会效益指标", "导盲犬使用者换犬衔接率", "≥90%"],
            ["满意度指标", "服务对象满意度指标", "视障人士满意度", "≥92%"],
        ],
        title="",
    )
    return b


@variant(
    "zj05-trainer-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to "
    "100, a rate raised in 百分点 (correct)",
)
def zj05() -> Book:
    b, s = book("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="导盲犬训导员培训项目",
        dept=DEPT,
        unit=BASE,
        money=one_year(72, 72, 0),
        goals=["培训导盲犬训导员16人，结业合格率不低于90%。"],
    )
    rows = [
        ["产出指标", 50, "数量指标", "培训导盲犬训导员人数", "≥16人", 20],
        [None, None, "质量指标", "训导员结业考核合格率", "≥90%", 15],
        [None, None, "时效指标", "培训课程按期完成率", "≥95%", 15],
        ["成本指标", 10, "经济成本指标", "人均培训成本", "≤4万元/人", 10],
        ["效益指标", 30, "社会效益指标", "导盲犬使用者独立出行比例", "提高≥5百分点", 15],
        [None, None, "可持续影响指标", "结业训导员一年留岗率", "≥80%", 15],
        ["满意度指标", 10, "服务对象满意度指标", "参训学员满意度", "≥90%", 10],
        ["合计", 100, None, None, None, 100],
    ]
    header = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, header, rows, merged=(1, 2))
    return b


@variant(
    "zj06-second-sheet",
    (1, 7),
    "project: head on the first sheet, the indicator table on a second sheet under a "
    "two-row header 考核指标 / 绩效目标值: a typed 105% coverage, a deadline as a percent",
)
def zj06() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="导盲犬训导楼维修及在役犬复训项目",
        dept=DEPT,
        unit=BASE,
        money=one_year(55, 50, 5),
        attr="一次性项目",
        goals=["维修训导楼1200平方米，完成在役导盲犬复训45只。"],
    )
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 4)
    t.row("考核指标", None, None, "绩效目标值", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标", None)
    t.ws.merge_cells("D2:D3")
    over = mk(pct(1.05), "T106", "error", note="typed 105% on a coverage capped at 100%")
    late = mk(pct(1), "T113", "warning", note="a completion date given as 100%")
    t.table(
        [
            ["产出指标", "数量指标", "在役导盲犬年度复训数量", "≥45只"],
            [None, None, "训导楼维修面积", "≥1200平方米"],
            [None, "质量指标", "在役导盲犬复训覆盖率", over],
            [None, "时效指标", "训导楼维修完工时间", late],
            [None, "成本指标", "单只犬复训成本", "≤0.4万元/只"],
            ["效益指标", "社会效益指标", "在役导盲犬工作状态评估合格率", "≥95%"],
            ["满意度指标", "服务对象满意度指标", "导盲犬使用者满意度", "≥90%"],
        ],
        merged=(1, 2),
    )
    s.row("填报日期", day(YEAR - 1, 11, 12))
    return b
