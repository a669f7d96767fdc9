"""Rural drinking water (农村饮水安全) and river chiefs (河长制): project tables (§3.1) with an
operator column or operators inside the values, percent cells as Excel stores them, footnotes and
signature lines. Each return says whether it is correct."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout34.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
AMT = "#,##0.00"


def indicators(s: Sheet, head: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    s.row("绩效指标", merge=[(1, len(head))])
    s.row(*head)
    s.table(rows, merged=(1, 2))


@variant("ir01-water-supply-ok", (1, 5), "project, NAT-2021, 比较符 and unit columns, % cells")
def ir01() -> Book:
    """Correct: pipe network and supply stations; unit cost × length within the money; a
    completion date typed as a date."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="苍岭县农村饮水安全巩固提升工程", dept="苍岭县水利局 118",
        unit="苍岭县农村供水管理站",
        money=[("年度资金总额", money(385.6, AMT), "其中：财政拨款", money(360, AMT)),
               ("其他资金", money(25.6, AMT), None, None)],
        goals=["新建改造供水管网42公里，新建集中供水站3处，农村集中供水率达到92%以上，"
               "农村供水水质达标率不低于90%，巩固提升3.6万农村人口饮水安全保障水平。"])  # fmt: skip
    indicators(
        s,
        OP_HEAD,
        [
            ("成本指标", "经济成本指标", "供水管网单位造价", "≤", 6.5, "万元/公里"),
            ("产出指标", "数量指标", "新建改造供水管网长度", "≥", 42, "公里"),
            (None, None, "新建集中供水站", "≥", 3, "处"),
            (None, "质量指标", "农村集中供水率", "≥", pct(0.92), "%"),
            (None, None, "农村供水水质达标率", "≥", pct(0.9), "%"),
            (None, "时效指标", "工程完工时间", "≤", day(2025, 11, 30, CN_DATE), None),
            ("效益指标", "社会效益指标", "巩固提升受益农村人口", "≥", 3.6, "万人"),
            (None, "可持续影响指标", "工程运行管护机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


@variant("ir02-water-unit-swap", (1, 7), "project, OLD-NAT, 比较符 and unit columns")
def ir02() -> Book:
    """Three slips: the unit typed in the value column and the number in the unit column, a
    quality rate above 100 %, a coverage rate given as a count of households."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="溪口县农村供水管网延伸工程", dept="溪口县水利局 205",
        unit="溪口县城乡供水服务中心",
        money=[("年度资金总额", money(236, AMT), "其中：财政拨款", money(210, AMT)),
               ("其他资金", money(26, AMT), None, None)],
        goals=["将城区供水管网延伸至东岙、西岭两个片区，新铺设管网28公里，新增入户水表1800户，"
               "实现片区农户自来水入户。"])  # fmt: skip
    swap = mk("公里", "T112", "error", row=True, alt=("T101", "T116", "T104", "T102", "T103"),
              note="value and unit typed into each other's columns")  # fmt: skip
    indicators(
        s,
        OP_HEAD,
        [
            ("产出指标", "数量指标", "新铺设供水管网长度", "≥", swap, 28),
            (None, None, "新增入户水表", "≥", 1800, "户"),
            (None, "质量指标", "管网水质达标率", "≥", mk(pct(1.05), "T106", "error"), "%"),
            (None, None, "片区入户水表安装率", "≥", mk(1800, "T105", "error", row=True), "户"),
            (None, "时效指标", "管网铺设完成时限", "≤", 10, "个月"),
            (None, "成本指标", "管网铺设单位成本", "≤", 7.5, "万元/公里"),
            ("效益指标", "社会效益指标", "新增自来水入户人口", "≥", 5400, "人"),
            (None, "可持续影响指标", "供水设施使用年限", "≥", 20, "年"),
            ("满意度指标", "服务对象满意度指标", "片区农户满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


RIVER_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")


@variant("ir03-river-chief-ok", (4, 11), "project, NAT-2021, direction, operator, unit columns")
def ir03() -> Book:
    """Correct: patrol counts, a qualitative 应改尽改 under a 定性 operator, a 反向 time limit
    with ≤; footnotes, 填表人/审核人/联系电话/填报日期 lines below the table."""
    b = Book()
    s = b.sheet("河长制经费", widths=(14, 16, 28, 10, 10, 14, 14))
    project_head(
        s, year=2025, name="桐溪县河长制工作经费", dept="桐溪县水利局 311",
        unit="桐溪县河长制办公室",
        money=[("年度资金总额", money(260, AMT), "其中：财政拨款", money(260, AMT)),
               ("其他资金", money(0, AMT), None, None)],
        goals=["落实县乡村三级河长巡河制度，全年各级河长巡河不少于2400次，完成160公里河道日常保洁，"
               "河湖“清四乱”问题应改尽改，县控以上断面水质达标率不低于90%。"])  # fmt: skip
    indicators(
        s,
        RIVER_HEAD,
        [
            ("产出指标", "数量指标", "各级河长年度巡河次数", "正向", "≥", 2400, "次"),
            (None, None, "河道日常保洁长度", "正向", "≥", 160, "公里"),
            (None, None, "河长公示牌更新维护", "正向", "≥", 86, "块"),
            (None, None, "河湖“清四乱”问题整改", "定性", "定性", "应改尽改", None),
            (None, "质量指标", "巡河发现问题整改销号率", "正向", "≥", pct(0.95), "%"),
            (None, "时效指标", "群众投诉问题办结时限", "反向", "≤", 30, "个工作日"),
            ("成本指标", "经济成本指标", "河道保洁单位成本", "反向", "≤", 1.2, "万元/公里"),
            ("效益指标", "生态效益指标", "县控以上断面水质达标率", "正向", "≥", pct(0.9), "%"),
            (None, "社会效益指标", "河湖管理保护公众知晓率", "正向", "≥", pct(0.85), "%"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "正向", "≥", pct(0.9), "%"),
        ],
    )
    s.row("注：1.巡河次数含县级、乡级、村级河长巡河，以河长制信息系统记录为准。", merge=[(1, 7)])
    s.row("2.水质达标率按县控以上断面年均值计算。", merge=[(1, 7)])
    s.skip()
    s.row("填表人：", "周敏", "审核人：", "林国栋", "联系电话：", "0577-6612345")
    s.row("填报日期：", day(2024, 11, 18, CN_DATE), None, None, "单位（盖章）")
    return b


@variant("ir04-river-chief-defects", (1, 11), "project, OLD-NAT, operators inside the values")
def ir04() -> Book:
    """Three slips: a coverage rate given as a patrol count, a complaint rate with ≥, an operator
    pair ≥≤ that cannot be read."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="云崖县河湖管护专项经费",
        dept="云崖县水利局 402",
        unit="云崖县河湖管护中心",
        money=[
            ("年度资金总额", money(148, AMT), "其中：财政拨款", money(148, AMT)),
            ("其他资金", money(0, AMT), None, None),
        ],
        goals=["开展全县38条河道巡查和保洁，问题30日内交办整改，河湖面貌逐步改善。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "巡查河道条数", "≥38条"),
            (None, None, "河湖巡查覆盖率", mk("120次", "T105", "error")),
            (None, "质量指标", "河湖水质达标率", mk("≥≤90%", "T116", "warning", alt=("T108",))),
            (None, None, "保洁作业合格率", "95%以上"),
            (None, "时效指标", "问题交办整改时限", "30日内"),
            (None, "成本指标", "河道保洁经费", "≤148万元"),
            ("效益指标", "生态效益指标", "河湖面貌", "逐步改善"),
            (None, "社会效益指标", "涉河群众投诉率", mk("≥5%", "T108", "warning", row=True)),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "不低于90%"),
        ],
    )
    return b
