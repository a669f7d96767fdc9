"""Returns on values: percent cells typed in Excel, conversion artefacts, points at two levels
and direction against operator (items 1, 9, 10, 11)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout404.common import DEPT, YEAR, book, indicators, sign, wan
from tests.variants.holdout404.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
SCORES = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "wx01-percent-cells",
    (1,),
    "project, OLD-NAT, operator column, unit column, percent "
    "cells typed in Excel, 万元 in the number format (correct)",
)
def wx01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苇塘乡麦秆草编技艺培训项目", dept=DEPT,
                 unit="苇塘乡巧手草编专业合作社", money=wan(48, 40, 8),
                 goals=["培训农村妇女草编技艺320人，带动参训妇女居家就业增收。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "草编技艺培训人数", "≥", 320, "人"),
        (None, None, "培训班期数", "≥", 8, "期"),
        (None, "质量指标", "培训结业合格率", "≥", pct(0.9), "%"),
        (None, None, "草编产品次品率", "≤", pct(0.05), "%"),
        (None, "时效指标", "培训按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "人均培训成本", "≤", 1500, "元/人"),
        ("效益指标", "经济效益指标", "参训妇女人均年增收", "≥", 3000, "元"),
        (None, "社会效益指标", "参训妇女居家就业率", "≥", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "岑玉兰", "0736-5812046")
    return b


@variant(
    "wx02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column, unit column: a "
    "percent cell over 100 and a 反向 defect rate with ≥",
)
def wx02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="芦花滩玉米皮编织合作社扶持项目", dept=DEPT,
                 unit="芦花滩妇女玉米皮编织合作社", money=wan(36, 30, 6),
                 goals=["扶持合作社添置编织工具，提高产品合格率，带动社员增收。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "扶持社员户数", "≥", 150, "户"),
        (None, "质量指标", "编织制品验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率 capped at 100 %; 105% typed in Excel"),
         "%"),
        (None, None, "编织制品返工率",
         mk("≥", "T108", "warning", row=True, note="返工率 is 反向: ≥ sets a floor on rework"),
         pct(0.04), "%"),
        (None, "成本指标", "户均扶持资金", "≤", 2400, "元/户"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥", 2000, "元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "覃月娥", "0736-5820913")
    return b


@variant(
    "wx03-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below the "
    "table: a split amount, an amount pasted twice, a date serial as text",
)
def wx03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蒲川县蒲草编织非遗工坊建设项目", dept=DEPT,
                 unit="蒲川县蒲韵妇女手工合作社",
                 end=mk("46022", "X104", "warning", note="计划完成日期 pasted as a serial "
                        "(2025-12-31) in a text cell"),
                 money=wan(mk("36.458 0", "X105", "warning", alt=("X103",),
                              note="split by a space, read as 36.458; the parts then add up"),
                           30.458, 6),
                 goals=["建成蒲草编织非遗工坊1个，培训妇女传承人40名。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "建成非遗工坊", "≥1个"),
        (None, None, "培训妇女传承人", "≥40人"),
        (None, "质量指标", "工坊验收合格率", "=100%"),
        (None, "成本指标", "工坊建设成本", "≤36.458万元"),
        ("效益指标", "社会效益指标", "工坊年接待研学人次", "≥2000人次"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("序号", "支出内容", "金额（万元）")
    s.row(1, "传承人培训费", money(12.458, WAN))
    s.row(2, "工坊设备及原料", mk("14万14万", "X106", "error", alt=("B108",),
                                  note="pasted twice; read as 14 the lines add up"))  # fmt: skip
    s.row(3, "作品展陈及宣传", money(10, WAN))
    s.row("合计", None, money(36.458, WAN))
    return b


@variant(
    "wx04-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a share raised in 百分点 (correct)",
)
def wx04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="禾垄乡秸秆草帽编织产业帮扶项目", dept=DEPT,
                 unit="禾垄乡金穗妇女草帽编织合作社", money=wan(60, 50, 10),
                 goals=["组织妇女编织草帽2万顶，拓展线上销售。"])  # fmt: skip
    indicators(s, SCORES, [
        ("产出指标", 40, "数量指标", "编织草帽数量", "≥20000顶", 20),
        (None, None, "质量指标", "草帽出口检验合格率", "≥98%", 20),
        ("成本指标", 20, "经济成本指标", "每顶草帽加工补助", "≤30元/顶", 20),
        ("效益指标", 30, "经济效益指标", "线上销售额占比", "提高≥5百分点", 15),
        (None, None, "社会效益指标", "带动妇女就业人数", "≥260人", 15),
        ("满意度指标", 10, "服务对象满意度指标", "编织户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "邝雪梅", "0736-5837724")
    return b


@variant(
    "wx05-tier-points-mismatch",
    (10,),
    "project, NAT-2021, tier-1 score column against "
    "the indicator scores under it, a rate change in 百分点",
)
def wx05() -> Book:
    b, s = book()
    tier = "W103"
    project_head(s, year=YEAR, name="柳湾镇柳条编织妇女创业园项目", dept=DEPT,
                 unit="柳湾镇柳编妇女创业合作社", money=wan(80, 70, 10),
                 goals=["建设柳编创业园，孵化妇女柳编创业户40户。"])  # fmt: skip
    indicators(s, SCORES, [
        ("产出指标", mk(40, tier, "error", note="15 + 20 + 10 = 45 under a declared 40"),
         "数量指标", "孵化柳编创业户", "≥40户", 15),
        (None, None, None, "开展柳编技能培训场次", "≥12场", 20),
        (None, None, "时效指标", "创业园建成时间", "≤11月底", 10),
        ("成本指标", 20, "经济成本指标", "创业户户均孵化成本", "≤2万元/户", 20),
        ("效益指标", mk(30, tier, "error", note="15 + 10 = 25 under a declared 30"),
         "经济效益指标", "柳编产品电商销售占比", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "创业户次年存续率", "≥85%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "创业户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "龙春燕", "0736-5849105")
    return b


@variant(
    "wx06-direction-words",
    (11,),
    "project, OLD-NAT, 指标性质 as direction, "
    "word operators in a column, a 下降率 with 大于等于, 0起 on an incident count (correct)",
)
def wx06() -> Book:
    b, s = book(widths=(14, 16, 28, 10, 12, 10, 10))
    project_head(s, year=YEAR, name="芦花滩妇女手工合作社安全生产与节材项目", dept=DEPT,
                 unit="芦花滩妇女手工合作社", money=wan(24, 20, 4),
                 goals=["培训社员200人，降低原料损耗，杜绝生产安全事故。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "安全与节材培训人数", "正向", "大于等于", 200, "人"),
        (None, "质量指标", "编织原料损耗下降率", "正向", "大于等于", pct(0.1), "%"),
        (None, None, "生产安全事故发生数", "反向", "小于等于", 0, "起"),
        (None, "成本指标", "人均培训成本", "反向", "小于等于", 1200, "元/人"),
        ("效益指标", "社会效益指标", "合作社财务公开率", "正向", "等于", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "正向", "大于等于", 92, "%"),
    ])  # fmt: skip
    sign(s, "覃月娥", "0736-5820913")
    return b
