"""County-level returns: stacked projects, flat department lists, department money and pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout558.common import (
    COUNTY,
    YEAR,
    annual_rows,
    cn,
    indicators,
    new_book,
    notes,
    sign,
)
from tests.variants.holdout558.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

TIERED = ("一级指标", "二级指标", "三级指标", "指标值")


def stacked(s: Sheet, name: str, unit: str, money: Sequence[Sequence[Any]], goal: str,
            rows: Sequence[Sequence[Any]], first: bool = False) -> None:  # fmt: skip
    """One project of a stacked sheet: its head block and its indicator table."""
    if not first:
        s.skip()
    project_head(s, year=YEAR, name=name, unit=unit, dept=f"{COUNTY}农业农村局 322",
                 money=money, goals=[goal], title=None if first else "")  # fmt: skip
    indicators(s, TIERED, rows)


@variant("cv13-stacked-three", (2,), "three projects stacked in one sheet, OLD-NAT, one value "
         "column; the same indicator names with different values "
         "per project (correct)")  # fmt: skip
def cv13() -> Book:
    b, s = new_book("绩效目标表")
    stacked(s, "檀溪镇分类收集站运维", "檀溪镇人民政府", annual_rows(18, 18, 0),
            "14个收集站全年正常运行。", [
        ("产出指标", "数量指标", "正常运行收集站", "≥14个"),
        (None, "质量指标", "分类投放准确率", "≥85%"),
        (None, "时效指标", "收集站每日开放时长", "≥6小时"),
        (None, "成本指标", "单站年运维费用", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "行政村分类覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ], first=True)  # fmt: skip
    stacked(s, "鹭原镇分类收集站运维", "鹭原镇人民政府", annual_rows(12, 10, 2),
            "9个收集站全年正常运行。", [
        ("产出指标", "数量指标", "正常运行收集站", "≥9个"),
        (None, "质量指标", "分类投放准确率", "≥80%"),
        (None, "时效指标", "收集站每日开放时长", "≥4小时"),
        (None, "成本指标", "单站年运维费用", "≤1.3万元/个"),
        ("效益指标", "社会效益指标", "行政村分类覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥88%"),
    ])  # fmt: skip
    stacked(s, "苇塘乡堆肥房运维", "苇塘乡人民政府", annual_rows(9, 9, 0),
            "5座堆肥房全年正常运行。", [
        ("产出指标", "数量指标", "正常运行堆肥房", "≥5座"),
        (None, "质量指标", "堆肥产品有机质达标率", "≥90%"),
        (None, "时效指标", "翻堆周期", "≤15天"),
        (None, "成本指标", "单座年运维费用", "≤1.8万元/座"),
        ("效益指标", "生态效益指标", "易腐垃圾就地处理量", "≥400吨"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "邵听澜")
    return b


@variant("cv14-stacked-defects", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "first has a 分出率 in 吨, the second's money does not add and its cost × count "
         "exceeds it")  # fmt: skip
def cv14() -> Book:
    b, s = new_book("绩效目标表")
    stacked(s, "澄野镇易腐垃圾分出", "澄野镇人民政府", annual_rows(20, 20, 0),
            "易腐垃圾源头分出，配套收集桶。", [
        ("产出指标", "数量指标", "配发易腐垃圾收集桶", "≥2000个"),
        (None, "质量指标", "易腐垃圾分出率",
         mk("≥450吨", "T105", "error", note="a 分出率 given in tonnes")),
        (None, "时效指标", "收集桶配发完成时间", "6月30日前"),
        (None, "成本指标", "收集桶单价", "≤80元/个"),
        ("效益指标", "生态效益指标", "易腐垃圾资源化利用量", "≥400吨"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ], first=True)  # fmt: skip
    total = mk(36, "B101", "error", note="30 + 4 = 34, not 36")
    stacked(s, "枫岭片区堆肥房建设", "枫岭片区管理服务中心", annual_rows(total, 30, 4),
            "建成堆肥房8座。", [
        ("产出指标", "数量指标", "新建堆肥房", "≥8座"),
        (None, "质量指标", "堆肥房验收合格率", "=100%"),
        (None, "时效指标", "堆肥房建成时间", "10月31日前"),
        (None, "成本指标", "单座堆肥房建设成本",
         mk("≤6万元/座", "B107", "warning", row=True, note="8 × 6 = 48 > 36")),
        ("效益指标", "生态效益指标", "易腐垃圾就地处理量", "≥600吨"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵听澜")
    return b


ENV = f"{COUNTY}环境卫生服务中心"
TASKS = [
    ("分类收集站运行", "全县收集站保洁与运维", 120, "收集站正常运行"),
    ("阳光堆肥房管护", "堆肥房菌剂与管护", 80, "易腐垃圾就地处理"),
    ("分类宣传督导", "入户宣传与督导员补助", 40, "知晓率提高"),
    ("金额合计", None, 240, None),
]


@variant("cv15-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, "
         "weights adding to 100 (correct)")  # fmt: skip
def cv15() -> Book:
    b, s = new_book()
    department_head(s, year=YEAR, dept=ENV, budget=[(420, 400, 20, 180, 240)], tasks=TASKS,
                    goal="全县生活垃圾分类收集全覆盖，易腐垃圾就地资源化处理。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("运行分类收集站", 15, "个", "≥", 86),
        ("运行阳光堆肥房", 15, "座", "≥", 40),
        ("分类投放准确率", 15, "%", "≥", pct(0.85)),
        ("入户宣传覆盖率", 10, "%", "=", pct(1)),
        ("收集站保洁费用标准", 10, "万元/个·年", "≤", 1.3),
        ("易腐垃圾资源化利用率", 15, "%", "≥", pct(0.5)),
        ("其他垃圾填埋量下降率", 10, "%", "≥", pct(0.08)),
        ("群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：86个收集站×1.3万元=111.8万元，在收集站运行120万元以内。")
    sign(s, "汤砚青")
    return b


@variant("cv16-flat-defects", (3, 11), "department, flat list in another order (指标名称 · 指标值 "
         "· 指标性质 as direction · 计量单位 · 权重): "
         "unit, direction and weight defects")  # fmt: skip
def cv16() -> Book:
    b, s = new_book()
    department_head(s, year=YEAR, dept=ENV, budget=[(420, 400, 20, 180, 240)], tasks=TASKS,
                    goal="收集站、堆肥房稳定运行，群众投诉下降。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+10+10+15+15 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("运行分类收集站", "≥86", "正向", "个", 15),
        ("易腐垃圾日处理能力", mk("≥35吨", "T112", "error", alt=("T119",),
                                  note="tonnes in the value, 座 in the unit column"),
         "正向", "座", 15),
        ("分类投放准确率", "≥85", "正向", "%", 15),
        ("收运投诉率", mk("≥2", "T108", "warning", row=True, note="反向 with ≥"),
         "反向", "%", 10),
        ("收集站保洁费用标准", "≤1.3", "反向", "万元/个·年", 10),
        ("易腐垃圾资源化利用率", "≥50", "正向", "%", 15),
        ("群众满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    sign(s, "汤砚青")
    return b


@variant("cv17-department-template", (12, 6, 13), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, a tier-2 left from the template, a value without a name")  # fmt: skip
def cv17() -> Book:
    b, s = new_book()
    total = mk(300, "B101", "error", note="基本支出 120 + 项目支出 170 = 290")
    tasks = [
        ("收运车辆购置", "购置压缩式收运车2辆", 100, "收运能力提高"),
        ("转运站维护", "3座转运站设备维护", 50, "转运站正常运行"),
        ("督导员培训", "分类督导员轮训", 20, "督导员持证上岗"),
        ("金额合计", None, 170, None),
    ]  # fmt: skip
    department_head(s, year=YEAR, dept=f"{COUNTY}城乡环境卫生所", tasks=tasks,
                    budget=[(total, 280, 20, 120, 170)],
                    goal="全县生活垃圾收运处置体系稳定运行。")  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "购置压缩式收运车", "≥2辆"),
        (None, None, "轮训分类督导员", "≥150人"),
        (None, "质量指标", mk(None, "F110", "error", note="value ≥95% with no name"), "≥95%"),
        (None, "时效指标", "收运车辆到位时间", "6月30日前"),
        ("成本指标", "经济成本指标", "单辆收运车购置成本", "≤48万元/辆"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator"), None, None),
        ("效益指标", "社会效益指标", "乡镇垃圾收运覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "乡镇满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "汤砚青")
    return b


def _cv18_rows(s: Sheet) -> None:
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "运行分类收集站", "≥86个", 10),
        (None, None, "运行阳光堆肥房", "≥40座", 10),
        (None, "质量指标", "分类投放准确率", "≥85%", 10),
        (None, "时效指标", "群众报修响应时间", "≤24小时", 10),
        ("产出指标小计", "", None, None, 40),
        ("成本指标", "经济成本指标", "单站年运维费用", "≤1.3万元/个", 10),
    ])  # fmt: skip
    notes(s, "（接下页）", width=5)
    s.skip()
    indicators(s, head, [
        ("效益指标", "生态效益指标", "易腐垃圾资源化利用率", "≥50%", 10),
        (None, None, "其他垃圾填埋量下降率", "≥8%", 10),
        (None, "社会效益指标", "分类知晓率", "≥95%", 10),
        ("效益指标小计", "", None, None, 30),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 10),
        (None, None, "乡镇收运单位满意度", "≥85%", 10),
        ("合计", "", None, None, 100),
    ])  # fmt: skip


@variant("cv18-page-break", (4,), "department, NAT-2021, weight column: unit line, header "
         "repeated after a page break, subtotal and total rows, "
         "notes and signature (correct)")  # fmt: skip
def cv18() -> Book:
    b, s = new_book()
    department_head(s, year=YEAR, dept=ENV, budget=[(420, 400, 20, 180, 240)], tasks=TASKS,
                    goal="全县生活垃圾分类收集全覆盖，易腐垃圾就地资源化处理。")  # fmt: skip
    s.row("年度绩效指标", None, None, "单位：个、座、%", None)
    _cv18_rows(s)
    notes(s, "注：小计行为该一级指标的权重合计，不另计分；合计100分。",
          "说明：单站年运维费用按86个测算为111.8万元，在收集站运行经费120万元以内。",
          width=5)  # fmt: skip
    sign(s, "汤砚青", cn(YEAR - 1, 11, 12))
    return b
