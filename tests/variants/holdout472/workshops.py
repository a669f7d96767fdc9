"""Village tofu workshop (豆腐坊) hygiene upgrades: decorated tier labels, flat department lists,
notes under the table and template rows left empty."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout472.common import (
    OP_HEAD,
    PLAIN_HEAD,
    department_book,
    indicators,
    notes,
    one_year_money,
    project_book,
    signature,
    wan,
)
from tests.variants.holdout472.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("zn07-tofu-decorated-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）), a * mark, "
         "short tier-2s, 0起 on an incident count, cost × count = money (correct)")  # fmt: skip
def zn07() -> Book:
    b, s = project_book(
        year=2025, name="豆坪镇村级豆腐坊卫生提升", dept="豆坪镇人民政府 318052",
        unit="豆坪镇市场监管所", money=one_year_money(60, 50, 10),
        goals=["改造24家村级豆腐坊，实现生熟分区、废水收集和持证上岗。"])  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("一、产出指标（40分）", "（一）数量", "完成卫生改造的豆腐坊数量", "≥24家"),
        (None, None, "从业人员食品安全培训人次", "≥96人次"),
        (None, "（二）质量", "改造验收合格率", "≥95%"),
        (None, "（三）时效", "改造完成时间", "2025年10月31日前"),
        ("二、成本指标（20分）", "（一）经济成本", "每家改造补助标准", "≤2.5万元/家"),
        ("三、效益指标（30分）", "（一）社会效益", "豆制品抽检合格率", "≥98%"),
        (None, None, "豆腐坊食品安全事故", "0起"),
        (None, "（二）生态效益", "豆渣废水收集处理率", "≥90%"),
        ("*四、满意度指标（10分）", "（一）服务对象满意度", "村民对豆制品卫生满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "闻秋禾", "0571-6352 7780", day(2025, 1, 15, CN_DATE))
    return b


@variant("zn08-tofu-wrong-parent", (5, 11),
         "project, NAT-2021, numbered labels: 时效 under 效益, a reverse rate with ≥, a cost cap "
         "written with =")  # fmt: skip
def zn08() -> Book:
    b, s = project_book(
        year=2025, name="磨溪乡豆腐坊生熟分区改造", dept="磨溪乡人民政府 318064",
        unit="磨溪乡农业综合服务中心", money=one_year_money(45, 40, 5),
        goals=["完成15家豆腐坊生熟分区和排水改造，抽检不合格率控制在3%以内。"])  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("一、成本指标", "1.经济成本指标", "每家改造成本",
         mk("=3万元/家", "T108", "warning", row=True, note="a cost cap written with =")),
        ("二、产出指标", "1.数量指标", "完成生熟分区改造豆腐坊", "≥15家"),
        (None, "2.质量指标", "改造验收合格率", "≥95%"),
        (None, None, "豆制品微生物抽检不合格率",
         mk("≥3%", "T108", "warning", row=True, note="不合格率 is a reverse rate")),
        ("三、效益指标", "1.社会效益指标", "持证上岗从业人员比例", "≥95%"),
        (None, mk("2.时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "改造完成时间", "2025年9月30日前"),
        (None, "3.生态效益指标", "豆渣综合利用率", "≥85%"),
        ("四、满意度指标", "1.服务对象满意度指标", "经营户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _flat_head(year: int, dept: str, budget: tuple[float, ...],
               tasks: list[tuple[Any, ...]]) -> tuple[Book, Sheet]:  # fmt: skip
    """A department book for a flat list: budget (总额, 财政, 其他, 基本, 项目), tasks."""
    return department_book(
        year=year, dept=dept, budget=[[wan(v) for v in budget]],
        tasks=tasks, goal="推进村级豆腐坊卫生提升，豆制品抽检合格率稳步提高。")  # fmt: skip


@variant("zn09-tofu-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights add to 100 (correct)")  # fmt: skip
def zn09() -> Book:
    b, s = _flat_head(2025, "桑溪县市场监督管理局", (850, 800, 50, 520, 330), [
        ("豆腐坊卫生提升", "改造豆腐坊40家", wan(200), "生熟分区、持证上岗"),
        ("豆制品抽检", "抽检豆制品批次", wan(80), "抽检合格率≥98%"),
        ("从业人员培训", "食品安全培训", wan(50), "培训覆盖全部经营户"),
        ("金额合计", None, wan(330), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT_HEAD, [
        ("完成卫生提升的豆腐坊数量", 25, "家", "≥", 40),
        ("豆制品抽检批次", 20, "批次", "≥", 600),
        ("豆制品抽检合格率", 20, "%", "≥", pct(0.98)),
        ("豆腐坊抽检不合格率", 10, "%", "≤", pct(0.02)),
        ("从业人员健康证持证率", 15, "%", "≥", pct(0.98)),
        ("经营户满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("zn10-tofu-flat-wrong", (3,),
         "department, flat list with a weight column: weights add to 95, a value in 万元 "
         "against a unit column in 家")  # fmt: skip
def zn10() -> Book:
    b, s = _flat_head(2025, "石臼县市场监督管理局", (640, 600, 40, 420, 220), [
        ("小作坊提质", "豆腐坊等小作坊改造30家", wan(150), "改造验收合格率≥95%"),
        ("快检能力建设", "乡镇快检室设备", wan(70), "快检室覆盖全部乡镇"),
        ("金额合计", None, wan(220), None),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 25+20+20+15+15 = 95, not 100")
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT_HEAD, [
        ("完成提质改造的小作坊数量", 25, "家", "≥",
         mk("12万元", "T112", "error", note="万元 in the value, 家 in the unit column")),
        ("改造验收合格率", 20, "%", "≥", pct(0.95)),
        ("乡镇快检室覆盖率", 20, "%", "=", pct(1)),
        ("豆制品抽检不合格率", 15, "%", "≤", pct(0.03)),
        ("经营户满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("zn11-tofu-notes", (4,),
         "project, OLD-NAT, operator and unit columns: a 注 row inside the table, the header "
         "repeated after a page break, 填表说明, signature and a fill date in the prior year "
         "(correct)")  # fmt: skip
def zn11() -> Book:
    b, s = project_book(
        year=2025, name="槐岙村集体豆腐坊改扩建", dept="槐岙镇人民政府 318077",
        unit="槐岙村股份经济合作社", money=one_year_money(35, 30, 5), attr="新增项目",
        goals=["改扩建村集体豆腐坊1处，新增日加工黄豆1吨能力，达到小作坊登记条件。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "改扩建豆腐坊数量", "=", 1, "处"),
        (None, None, "新增日加工黄豆能力", "≥", 1, "吨"),
        (None, "质量指标", "工程验收合格率", "=", pct(1), "%"),
        ("注：三级指标可根据项目实际增减行数。", None, None, None, None, None),
    ])  # fmt: skip
    s.skip()
    indicators(s, OP_HEAD, [
        ("产出指标", "时效指标", "改扩建工期", "≤", 8, "个月"),
        (None, "成本指标", "改扩建工程成本", "≤", 35, "万元"),
        ("效益指标", "经济效益指标", "村集体年增收", "≥", 6, "万元"),
        (None, "社会效益指标", "带动就业人数", "≥", 5, "人"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：1.指标值以县级验收报告为准。2.工程成本含设备购置。",
          "填表说明：指标性质填写≥、≤或=；计量单位与指标值分列填写。")  # fmt: skip
    signature(s, "郁青苗", "0571-6368 1402", day(2024, 12, 10))
    return b


@variant("zn12-tofu-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template with no indicator, "
         "a value without a name")  # fmt: skip
def zn12() -> Book:
    b, s = project_book(
        year=2025, name="云杵乡豆腐坊废水收集改造", dept="云杵乡人民政府 318089",
        unit="云杵乡农业综合服务中心", money=one_year_money(28, 25, 3),
        goals=["为20家豆腐坊建设豆渣废水收集池，废水收集率达到90%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每家收集池建设成本", "≤1.2万元/家"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator"), None, None),
        ("产出指标", "数量指标", "建成废水收集池数量", "≥20个"),
        (None, "质量指标", mk(None, "F110", "error", note="a value without an indicator name"),
         "≥95%"),
        (None, "时效指标", "收集池完工时间", "2025年8月31日前"),
        ("效益指标", "生态效益指标", "豆腐坊废水收集率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
