"""Layouts: stacked projects, flat lists, notes and a repeated header, a table on a second
sheet (ck07–ck12), on the boat-repair half of the theme (木船修理、补助、培训)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout547.common import (
    YEAR,
    first_sheet,
    indicators,
    note,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout547.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")


def stacked(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]], goal: str,
            rows: Sequence[Sequence[Any]], title: str | None = None) -> None:  # fmt: skip
    """One project of a stacked sheet: its head, then its own indicator table."""
    project(s, name, unit, money_rows, [goal], title=title)
    indicators(s, TIERS4, rows)


@variant("ck07-stacked-village-docks", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator names with different values (correct)")  # fmt: skip
def ck07() -> Book:
    b, s = first_sheet()
    stacked(s, "菱湾村渔村船坞维修项目", "澄渚县菱湾乡人民政府", one_year(wan(42), wan(40), wan(2)),
            "维修菱湾村木船修理船坞2座。", [
        ("产出指标", "数量指标", "维修木船修理船坞", "≥2座"),
        (None, "质量指标", "船坞维修验收合格率", "≥95%"),
        (None, "时效指标", "维修完成时间", "2026年8月31日前"),
        (None, "成本指标", "每座船坞维修成本", "≤20万元/座"),
        ("效益指标", "社会效益指标", "可上坞修理木船", "≥120艘"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%"),
    ], title="2026年度项目支出绩效目标表（乡镇船坞维修）")  # fmt: skip
    s.skip()
    stacked(s, "苇塘村渔村船坞维修项目", "澄渚县蒹葭镇人民政府",
            one_year(wan(28.5), wan(25), wan(3.5)), "维修苇塘村木船修理船坞1座。", [
        ("产出指标", "数量指标", "维修木船修理船坞", "≥1座"),
        (None, "质量指标", "船坞维修验收合格率", "≥95%"),
        (None, "时效指标", "维修完成时间", "2026年9月30日前"),
        (None, "成本指标", "每座船坞维修成本", "≤26万元/座"),
        ("效益指标", "社会效益指标", "可上坞修理木船", "≥70艘"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥92%"),
    ], title="")  # fmt: skip
    return b


@variant("ck08-stacked-repair-defects", (2,), "two projects stacked, OLD-NAT, one value column: "
         "the first gives a 完成率 as a count, the second's money does not add up")  # fmt: skip
def ck08() -> Book:
    b, s = first_sheet()
    count = mk("≥40艘", "T105", "error", note="a 完成率 given as a count of boats")
    stacked(s, "芦汊村木船上坞修复项目", "澄渚县菱湾乡人民政府", one_year(wan(18), wan(16), wan(2)),
            "修复芦汊村木质渔船40艘。", [
        ("产出指标", "数量指标", "修复木质渔船", "≥40艘"),
        (None, "质量指标", "木船上坞修复完成率", count),
        (None, "时效指标", "修复完成时间", "2026年5月31日前"),
        (None, "成本指标", "每艘木船修复补助", "≤0.4万元/艘"),
        ("效益指标", "社会效益指标", "修复后木船安全出湖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%"),
    ], title="2026年度项目支出绩效目标表（木船修理）")  # fmt: skip
    s.skip()
    total = mk(wan(35), "B101", "error", note="35 ≠ 财政拨款 30 + 其他资金 4")
    stacked(s, "北嘴村船坞修船平台改造项目", "澄渚县蒹葭镇人民政府",
            one_year(total, wan(30), wan(4)), "改造北嘴村船坞修船平台1座。", [
        ("产出指标", "数量指标", "改造船坞修船平台", "≥1座"),
        (None, "质量指标", "平台改造验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2026年10月31日前"),
        (None, "成本指标", "修船平台改造成本", "≤30万元/座"),
        ("效益指标", "社会效益指标", "平台年承接修理木船", "≥90艘次"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%"),
    ], title="")  # fmt: skip
    return b


def service_department(s: Sheet, dept: str, budget: Sequence[Any], goal: str,
                       tasks: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A department head with one budget line and its key tasks."""
    department_head(s, year=YEAR, dept=dept, budget=[[money(v) for v in budget]], goal=goal,
                    tasks=tasks)  # fmt: skip


@variant("ck09-flat-repair-service", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights and a 合计 row "
         "of 100 (correct)")  # fmt: skip
def ck09() -> Book:
    b, s = first_sheet()
    service_department(s, "澄渚县渔业服务中心", (420, 390, 30, 260, 160),
                       "巡检维护湖区渔村船坞，补助修理木质渔船，培训修船技术人员。", [
        ("船坞巡检维护", "巡检维护湖区渔村木船修理船坞", money(60), "船坞完好可用"),
        ("木船修理补助", "补助渔户修理木质渔船", money(70), "修理木船≥300艘次"),
        ("修船技术培训", "举办修船技术培训班", money(30), "培训≥150人次"),
        ("金额合计", None, money(160), None),
    ])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("船坞巡检", 10, "次", "≥", 24),
        ("木船修理服务", 15, "艘次", "≥", 300),
        ("渔船安全检验覆盖率", 15, "%", "≥", pct(0.98)),
        ("修船技术培训", 10, "人次", "≥", 150),
        ("船坞设施完好率", 15, "%", "≥", pct(0.95)),
        ("修船服务投诉率", 10, "%", "≤", pct(0.02)),
        ("单艘木船平均维修补助", 10, "万元/艘", "≤", 0.2),
        ("渔民满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("ck10-flat-repair-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, "
         "weights adding to 90")  # fmt: skip
def ck10() -> Book:
    b, s = first_sheet()
    service_department(s, "澄渚县蒹葭镇农业综合服务中心", (186, 170, 16, 96, 90),
                       "维修镇内渔村船坞，补助修理木质渔船，开展修船技术培训。", [
        ("渔村船坞维修", "维修镇内渔村木船修理船坞3座", money(54), "3座船坞通过验收"),
        ("木船修理补助", "补助渔户修理木质渔船", money(24), "修理木船≥120艘"),
        ("修船技术培训", "举办修船技术培训班", money(12), "培训≥80人次"),
        ("金额合计", None, money(90), None),
    ])  # fmt: skip
    unit = mk("≥120万元", "T112", "error", note="万元 in the value, 艘 in the unit column")
    up = mk("≥1%", "T108", "warning", row=True, note="a 反向 发生率 with ≥")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重（满分100）")
    s.table([
        ("渔村船坞维修", "≥3", "正向", "座", 15),
        ("木船修理补助", unit, "正向", "艘", 15),
        ("船坞维修验收合格率", "≥95%", "正向", "%", 15),
        ("修船作业安全事故发生率", up, "反向", "%", 10),
        ("修船技术培训", "≥80人次", "正向", "人次", 10),
        ("报修响应时间", "≤48小时", "反向", "小时", 10),
        ("渔户满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+10+10+10+15 = 90, the header says 100")
    return b


@variant("ck11-dredging-notes-page-break", (4,), "project, OLD-NAT, one value column and a weight "
         "column; an instruction row inside, a header repeated after a page break, a 合计 row, "
         "footnotes, 填表说明, signature and a prior-year date (correct)")  # fmt: skip
def ck11() -> Book:
    b, s = first_sheet()
    project(s, "澄渚县芦汊渔村避风船坞清淤修缮项目", "澄渚县菱湾乡人民政府",
            one_year(wan(74), wan(70), wan(4)),
            ["清淤芦汊避风船坞港池3200立方米，修缮护岸180米，木船避风上坞修理。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    s.row(*head)
    note(s, "（三级指标可按项目实际增减，指标值应尽量量化，不得删除一级指标）", 5)
    s.table([
        ("产出指标", "数量指标", "船坞港池清淤", "≥3200立方米", 15),
        (None, None, "修缮船坞护岸", "≥180米", 10),
        (None, "质量指标", "清淤后港池水深达标率", "≥95%", 10),
        (None, "时效指标", "清淤修缮完成时间", "2026年4月30日前", 5),
        (None, "成本指标", "港池清淤单价", "≤0.012万元/立方米", 5),
        (None, None, "护岸修缮单价", "≤0.18万元/米", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "可避风上坞修理的木船", "≥260艘", 15),
        (None, "生态效益指标", "清淤淤泥无害化处置率", "=100%", 10),
        (None, "可持续影响指标", "清淤后港池维持年限", "≥5年", 10),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "注：1. 权重合计100分，为产出、效益、满意度三类指标权重之和。")
    note(s, "2. 清淤量以竣工测量为准。")
    note(s, "填表说明：指标值含比较符和计量单位；时效指标填写完成时间。")
    signature(s, "钟雁秋", "0738-5216473", day(YEAR - 1, 11, 26))
    return b


@variant("ck12-anticorrosion-second-sheet", (7,), "project: head on the first sheet, indicator "
         "table on a second sheet under 指标内容 / 预期实现值 / 评价标准: a 达标率 above 100%, a "
         "completion time given as a percentage")  # fmt: skip
def ck12() -> Book:
    b, s = first_sheet("项目情况")
    project(s, "澄渚县鹭汀湖渔村木船修理船坞防腐加固项目", "澄渚县渔业服务中心",
            one_year(wan(52), wan(48), wan(4)),
            ["对渔村船坞木构件防腐处理860平方米，加固立柱36根。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18, 30))
    t.title("项目绩效指标", 5)
    over = mk("≥102%", "T106", "error", note="a 达标率 above 100%")
    when = mk(pct(1), "T113", "warning", note="a completion time given as 100%")
    full = "达到目标值得满分，未达到按比例扣分"
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期实现值", "评价标准"), [
        ("产出指标", "数量指标", "船坞木构件防腐处理", "≥860平方米", full),
        (None, None, "加固船坞立柱", "≥36根", full),
        (None, "质量指标", "防腐处理达标率", over, full),
        (None, "时效指标", "加固工程完工时间", when, "按期完工得满分"),
        (None, "成本指标", "防腐处理单价", "≤0.045万元/平方米", "不超过得满分"),
        (None, None, "立柱加固单价", "≤0.25万元/根", "不超过得满分"),
        ("效益指标", "社会效益指标", "船坞可安全承接上坞木船", "≥200艘次", full),
        (None, "可持续影响指标", "防腐处理后木构件使用年限", "≥8年", full),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%", full),
    ])  # fmt: skip
    return b
