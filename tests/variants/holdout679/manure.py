"""Manure treatment on duck farms: a second-sheet table, footnotes and page breaks, budget-system
exports (hm13–hm18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout679.common import DEPT, HEAD4, YEAR, book, grid, notes, one_year, sign, w
from tests.variants.holdout679.registry import variant
from tests.variants.kit import Book, Sheet, day, mk

EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "计量单位")  # fmt: skip


@variant("hm13-manure-centre-second-sheet", (7,),
         "project: head on 基本信息, the indicator table on a second sheet under header "
         "预期实现值, OLD-NAT; a 下降率 with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def manure_centre() -> Book:
    b, s = book("基本信息")
    project_head(s, year=YEAR, name="汊湖乡番鸭养殖粪污集中处理中心建设项目", dept=DEPT,
                 unit="汊湖乡农业综合服务站", money=one_year(150, 120, 30),
                 goals=["建设粪污集中处理中心1处，年处理鸭粪及垫料1.2万吨，粪污资源化利用率达到"
                        "90%以上，周边沟渠氨氮浓度下降15%。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 20))
    t.title("绩效指标", 4)
    grid(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "建设粪污集中处理中心", "≥1处"),
        (None, None, "年处理鸭粪及垫料", "≥1.2万吨"),
        (None, None, "生产商品有机肥", "≥4000吨"),
        (None, "质量指标", "有机肥产品检测合格率", "≥95%"),
        (None, "时效指标", "处理中心建成投运时间", "2026年10月31日前"),
        (None, "成本指标", "处理中心建设投资", "≤140万元"),
        ("效益指标", "生态效益指标", "粪污资源化利用率", "≥90%"),
        (None, None, "周边沟渠氨氮浓度下降率", "≥15%"),
        (None, "社会效益指标", "粪污直排环境事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hm14-manure-bed-second-sheet", (7,),
         "project: head on the first sheet, the table on a second sheet under header 绩效目标值, "
         "OLD-NAT: the goal's utilisation rate against the indicator, a completion date in the "
         "next year")  # fmt: skip
def manure_bed() -> Book:
    b, s = book("基本信息")
    project_head(
        s,
        year=YEAR,
        name="芦湾镇肉鸭养殖场异位发酵床改造项目",
        dept=DEPT,
        unit="芦湾镇农业综合服务站",
        money=one_year(90, 75, 15),
        goals=["为18个肉鸭养殖场改造异位发酵床，年内完工，粪污资源化利用率达到95%以上。"],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 20))
    grid(t, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "改造异位发酵床养殖场", "≥18个"),
        (None, "质量指标", "发酵床改造验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", mk(
            "2027年6月30日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="一年期项目（2026年），年度目标写年内完工")),
        (None, "成本指标", "单场改造补助标准", "≤5万元/个"),
        ("效益指标", "生态效益指标", "粪污资源化利用率", mk(
            "≥85%", "D104", "warning", row=True, note="年度目标写95%以上，指标只有85%")),
        (None, "可持续影响指标", "发酵床设施使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _page_break(s: Any, header: Sequence[str]) -> None:
    """A blank line where the page breaks, then the header row again."""
    s.skip()
    s.row(*header)


@variant("hm15-manure-footnotes", (4, 12),
         "project, OLD-NAT, one value column: 说明 row inside the table, header repeated after a "
         "page break, footnote explaining the total (上年结转), 填表说明, signature and date lines "
         "(correct)")  # fmt: skip
def manure_notes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄岗县鸭场粪污资源化利用整县推进项目（第二批）", dept=DEPT,
                 unit="澄岗县畜牧兽医服务中心",
                 money=[("资金总额", w(96), "其中：当年财政拨款", w(70)),
                        ("上年结转", w(16), "其他资金", w(10))],
                 goals=["为全县26个规模鸭场（其中肉鸭场18个、番鸭场8个）配套粪污处理设施，规模鸭场"
                        "粪污处理设施装备配套率达到100%，畜禽粪污综合利用率达到"
                        "92%以上。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "配套粪污处理设施规模鸭场", "≥26个"),
        (None, None, "其中配套设施番鸭场", "≥8个"),
        (None, "质量指标", "规模鸭场粪污处理设施装备配套率", "=100%"),
    ])  # fmt: skip
    notes(s, "说明：配套率按县畜牧兽医服务中心2025年底规模鸭场备案名录核定。", width=4)
    _page_break(s, HEAD4)
    s.table([
        ("产出指标", "时效指标", "设施配套完成时间", "2026年11月30日前"),
        (None, "成本指标", "单场设施补助标准", "≤3.5万元/个"),
        ("效益指标", "生态效益指标", "畜禽粪污综合利用率", "≥92%"),
        (None, "可持续影响指标", "设施长效运行管护制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "注：1.资金总额96万元含上年结转资金16万元；2.补助标准按设施建设清单据实核定。",
        "填表说明：指标值应量化，定性指标填写“建立并执行”等等级。",
        width=4,
    )
    sign(s, "蓝启舟", "0771-6632955", day(YEAR - 1, 12, 5))
    return b


@variant("hm16-manure-footnotes-wrong", (4, 12),
         "project, OLD-NAT, one value column, footnotes and signature lines: plan dates in the "
         "year before the title's, 资金总额 not the sum of its parts, one count twice with "
         "different values")  # fmt: skip
def manure_notes_wrong() -> Book:
    b, s = book()
    total = mk(w(85), "B101", "error", note="资金总额85 ≠ 财政拨款60 + 其他资金20")
    project_head(
        s,
        year=YEAR,
        name="蒲溪乡鸭场雨污分流改造项目",
        dept=DEPT,
        unit="蒲溪乡农业综合服务站",
        money=one_year(total, 60, 20),
        start=day(YEAR - 1, 1, 1),
        end=day(YEAR - 1, 12, 31),
        goals=["为20个鸭场完成雨污分流改造，新建污水暂存池20座，粪污综合利用率达到90%以上。"],
    )
    b.file_mark("Y101", "error", alt=("Y102",),
                note="标题为2026年度，计划开始、完成日期却在2025年")  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "完成雨污分流改造鸭场", "≥20个"),
        (None, None, "新建污水暂存池", "≥20座"),
        (None, None, "雨污分流改造完成鸭场", mk(
            "≥18个", "D102", "error", row=True, alt=("D103", "D101"),
            note="与第一行是同一指标（词序不同），指标值却不同")),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2026年10月31日前"),
        (None, "成本指标", "单场改造补助标准", "≤3.5万元/个"),
        ("效益指标", "生态效益指标", "粪污综合利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：补助标准按改造清单据实核定。", width=4)
    sign(s, "黎望川", "0771-6633184")
    return b


def _export(s: Sheet, t: Sheet, projects: Sequence[Sequence[Any]],
            rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A budget-system export: sheet 05-1 with the money (header on the third row, a 合计 row),
    sheet 05-2 with the indicators, code and project name repeated in every row."""
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：澄岗县农业农村局", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    for code, name, total, fiscal, other, goal in projects:
        s.row(code, name, w(total), w(fiscal), w(other), goal)
    s.row("合计", None, *(w(sum(p[i] for p in projects)) for i in (2, 3, 4)))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：澄岗县农业农村局")
    t.row(*EXPORT)
    for i, code, name in ((0, *projects[0][:2]), (1, *projects[1][:2])):
        for r in rows[i]:
            t.row(code, name, *r)


P1 = "52110126T000000417"
P2 = "52110126T000000452"
WIDTHS = (20, 24, 12, 16, 28, 10, 14, 10)


@variant("hm17-manure-export", (7, 9),
         "budget-system export: sheet 部门项目支出预算05-1 (header on the third row, 合计 row) and "
         "sheet 部门项目支出绩效目标05-2 with codes in the first columns, two projects, operator "
         "and unit columns, the same indicator name in both projects (correct)")  # fmt: skip
def manure_export() -> Book:
    b, s = book("部门项目支出预算05-1", (20, 24, 12, 12, 12, 40))
    t = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    projects = [
        (P1, "番鸭养殖场粪污处理设备购置补助", 48, 40, 8,
         "为16个番鸭养殖场补助固液分离机16台，粪污综合利用率达到90%以上。"),
        (P2, "肉鸭养殖尾水生态处理示范", 36, 36, 0,
         "建设尾水三级生态塘3处，处理肉鸭养殖尾水3万吨，出水化学需氧量下降30%以上。"),
    ]  # fmt: skip
    rows = [[
        ("产出指标", "数量指标", "补助固液分离机", "≥", 16, "台"),
        ("产出指标", "质量指标", "设备安装验收合格率", "=", 100, "%"),
        ("产出指标", "时效指标", "设备安装完成时间", "≤", "2026年9月30日", None),
        ("产出指标", "成本指标", "单台设备补助标准", "≤", 2.8, "万元/台"),
        ("效益指标", "生态效益指标", "粪污综合利用率", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", 90, "%"),
    ], [
        ("产出指标", "数量指标", "建设尾水三级生态塘", "≥", 3, "处"),
        ("产出指标", "数量指标", "处理肉鸭养殖尾水", "≥", 3, "万吨"),
        ("产出指标", "时效指标", "生态塘建成时间", "≤", "2026年8月31日", None),
        ("产出指标", "成本指标", "单处生态塘建设成本", "≤", 12, "万元/处"),
        ("效益指标", "生态效益指标", "出水化学需氧量下降率", "≥", 30, "%"),
        ("效益指标", "生态效益指标", "粪污综合利用率", "≥", 85, "%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", 90, "%"),
    ]]  # fmt: skip
    _export(s, t, projects, rows)
    return b


@variant("hm18-manure-export-wrong", (7, 9, 11),
         "budget-system export, two sheets, codes in the first columns, operator column: a 反向 "
         "rate with ≥, a date stored as a serial in a text cell, unit price × count above the "
         "project's money")  # fmt: skip
def manure_export_wrong() -> Book:
    b, s = book("部门项目支出预算05-1", (20, 24, 12, 12, 12, 40))
    t = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    projects = [
        (P1, "鸭场粪污处理设备购置补助", 60, 50, 10,
         "为12个鸭场补助粪污处理设备12台，杜绝粪污直排。"),
        (P2, "番鸭养殖场臭气治理试点", 30, 30, 0,
         "在4个番鸭养殖场试点生物除臭，场界臭气浓度达标率达到95%以上。"),
    ]  # fmt: skip
    rows = [[
        ("产出指标", "数量指标", "补助粪污处理设备", "≥", 12, "台"),
        ("产出指标", "时效指标", "设备安装完成时间", "≤", mk(
            "46326", "X104", "warning", note="文本单元格里的日期序列号（2026-10-31）"), None),
        ("产出指标", "成本指标", "单台设备补助标准", mk(
            "≤", "B107", "warning", row=True, note="6万元/台 × 12台 = 72万元，超过资金60万元"),
         6, "万元/台"),
        ("效益指标", "生态效益指标", "鸭场粪污直排发生率", mk(
            "≥", "T108", "warning", row=True, note="发生率是反向指标，比较符应为≤"), 5, "%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", 90, "%"),
    ], [
        ("产出指标", "数量指标", "生物除臭试点养殖场", "≥", 4, "个"),
        ("产出指标", "质量指标", "场界臭气浓度达标率", "≥", 95, "%"),
        ("产出指标", "成本指标", "单场试点成本", "≤", 7, "万元/个"),
        ("效益指标", "社会效益指标", "臭气投诉件数下降率", "≥", 50, "%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", 90, "%"),
    ]]  # fmt: skip
    _export(s, t, projects, rows)
    return b
