"""Returns dv13–dv18 in the harder layouts offices send, over both halves of the theme:
budget-system exports, three stacked plantation projects, a two-year programme with 中期 and 年度
columns, template rows left empty and a department table broken over two pages."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout584.common import (
    YEAR,
    book,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout584.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, ok, pct

EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")


def export_money(s: Sheet, code: str, name: str, amounts: tuple[float, float, float]) -> None:
    """The 05-1 budget sheet of a budget-system export (header on the third row)."""
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, *(money(v, WAN) for v in amounts))


def export_goal(s: Sheet, goal: str) -> None:
    """The top of the 05-2 goal sheet: title, goal line, header on the third row."""
    s.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    s.row("年度绩效目标", goal, merge=[(2, 7)])
    s.row(*EXPORT)


@variant("dv13-export-ripening", (7, 1), "budget-system export, two sheets 05-1 and 05-2, "
         "project code and name in the first columns, header on the third row, OLD-NAT, `=100%` "
         "typed as text and a typed percent cell (correct)")  # fmt: skip
def dv13() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    code, name = "317-2026-0041", "香蕉催熟保鲜技术示范项目"
    export_money(s, code, name, (75, 60, 15))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 28, 14, 10))
    export_goal(t, "建成催熟保鲜示范点5个，示范催熟香蕉3000吨，示范点设备全部验收合格。")
    indicators(t, [
        (code, name, "产出指标", "数量指标", "催熟保鲜示范点", "≥5", "个"),
        (None, None, None, None, "示范催熟香蕉量", "≥3000", "吨"),
        (None, None, None, "质量指标", "示范点设备验收合格率", "=100%", "%"),
        (None, None, None, None, "示范果品货架期达标率", pct(0.92), "%"),
        (None, None, None, "时效指标", "示范点建成时间", "≤2026年8月31日", None),
        (None, None, None, "成本指标", "单个示范点建设补助", "≤15", "万元/个"),
        (None, None, "效益指标", "经济效益指标", "示范果品每公斤增值", "≥0.3", "元"),
        (None, None, None, "可持续影响指标", "示范技术推广催熟房", "≥40", "间"),
        (None, None, "满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("dv14-export-disease", (9,), "budget-system export, two sheets, OLD-NAT: an HTML tag "
         "in an indicator name, a completion date exported as a 5-digit serial, a rate given "
         "as a count")  # fmt: skip
def dv14() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    code, name = "317-2026-0058", "香蕉枯萎病抗病品种种苗补助项目"
    export_money(s, code, name, (84, 84, 0))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 28, 14, 10))
    export_goal(t, "补助抗病品种种苗42万株，在枯萎病疫区替代种植2800亩，5月底前完成定植。")
    tag = mk("<p>抗病品种种苗补助数量", "X102", "warning", note="名称里留有<p>标签")
    serial = mk("46173", "X104", "warning", note="定植完成时间导出成了日期序列号（2026-05-31）")
    rate = mk("≥40000", "T105", "error", row=True, note="成活率写成了株数")
    indicators(t, [
        (code, name, "产出指标", "数量指标", tag, "≥42", "万株"),
        (None, None, None, None, "替代种植面积", "≥2800", "亩"),
        (None, None, None, "质量指标", "抗病品种定植成活率", rate, "株"),
        (None, None, None, "时效指标", "种苗定植完成时间", serial, None),
        (None, None, None, "成本指标", "每株种苗补助", "≤2", "元/株"),
        (None, None, "效益指标", "经济效益指标", "替代区亩均挽回损失", "≥500", "元/亩"),
        (None, None, "满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


def plantation(s: Sheet, name: str, unit: str, amounts: tuple[float, float, float], goal: str,
               rows: list[tuple[Any, ...]], title: str | None = "") -> None:  # fmt: skip
    """One project of a stacked sheet: its head and its OLD-NAT indicator table."""
    project_head(s, year=YEAR, name=name, dept="椰坪县农业农村局（317）", unit=unit,
                 money=one_year(*amounts), goals=[goal], title=title)  # fmt: skip
    header(s)
    indicators(s, rows)
    s.skip()


@variant("dv15-stacked-plantations", (2,), "three plantation disease projects stacked in one "
         "sheet, OLD-NAT, one value column, the same indicator names with different values in "
         "different projects (correct)")  # fmt: skip
def dv15() -> Book:
    b, s = book()
    plantation(s, "椰坪县蕉园叶斑病统防项目", "椰坪县植保植检站", (60, 60, 0),
               "统防叶斑病蕉园1万亩，培训蕉农400人次。", [
        ("产出指标", "数量指标", "统防面积", "≥1万亩"),
        (None, None, "防治技术培训人次", "≥400人次"),
        (None, "成本指标", "统防作业补助", "≤60元/亩"),
        ("效益指标", "经济效益指标", "亩均挽回损失", "≥150元/亩"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], title=None)  # fmt: skip
    plantation(s, "芭溪镇枯萎病病株清除项目", "芭溪镇农业服务中心", (32, 25, 7),
               "清除处置枯萎病病株400亩，培训蕉农150人次。", [
        ("产出指标", "数量指标", "病株清除处置面积", "≥400亩"),
        (None, None, "防治技术培训人次", "≥150人次"),
        (None, "成本指标", "病株清除处置补助", "≤800元/亩"),
        ("效益指标", "生态效益指标", "疫情扩散起数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    plantation(s, "蕉湾农场排水改良防病项目", "蕉湾农场", (45, 30, 15),
               "疏浚蕉园排水沟18公里，降低积水诱发的枯萎病。", [
        ("产出指标", "数量指标", "疏浚排水沟长度", "≥18公里"),
        (None, "质量指标", "排水沟验收合格率", "100%"),
        (None, "成本指标", "每公里疏浚费用", "≤2.5万元/公里"),
        ("效益指标", "可持续影响指标", "排水沟维护年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dv16-two-year-copied", (8,), "two-year project 2026–2027, NAT-2021, 中期 and 年度 "
         "columns: two cumulative counts copied into the annual column, the 年度目标 a copy of "
         "the 中期目标; rates legitimately equal")  # fmt: skip
def dv16() -> Book:
    b, s = book()
    text = "建成香蕉催熟果冷链配送网点40个，配置冷藏车16辆，催熟果损耗率控制在3%以内。"
    same = mk(text, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, years=2, name="椰坪县香蕉催熟果冷链配送网络建设项目",
                 dept="椰坪县商务局（326）", unit="椰坪县农产品冷链物流公司",
                 money=multi_year((400, 320, 80), (220, 180, 40)), goals=[text, same])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    points = mk("≥40个", "D202", "warning", note="累计网点数照抄实施期值")
    trucks = mk("≥16辆", "D202", "warning", note="累计冷藏车数照抄实施期值")
    indicators(s, [
        ("产出指标", "数量指标", "冷链配送网点", "≥40个", points),
        (None, None, "配置冷藏车", "≥16辆", trucks),
        (None, None, "培训冷链操作人员", "≥400人次", "≥200人次"),
        (None, "质量指标", "配送途中温控达标率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个网点建设成本", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "经济效益指标", "催熟果配送损耗率", "≤3%", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "收购商满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dv17-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 left from "
         "the template, a value without a name, a placeholder count")  # fmt: skip
def dv17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蕉湾农场香蕉束顶病虫媒防控项目", dept="滨湾市农垦总局（233）",
                 unit="蕉湾农场", money=one_year(38, 38, 0),
                 goals=["防治传毒蚜虫8000亩，拔除束顶病病株，减少病害传播。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, [
        ("产出指标", "数量指标", "传毒蚜虫防治面积", "≥8000亩"),
        (None, None, "病株拔除巡查", mk("≥**次", "X101", "error", note="占位符未填")),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值而无三级指标名称"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板留下的空二级指标")),
        ("成本指标", "经济成本指标", "亩均蚜虫防治成本", "≤40元/亩"),
        ("效益指标", "生态效益指标", "束顶病新发病株率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dv18-pages-and-subtotals", (4, 12), "department, NAT-2021, weight column: a 说明 row, "
         "subtotal rows, the header repeated after a page break, a total row, 填表说明 and a "
         "signature line (correct)")  # fmt: skip
def dv18() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="滨湾市香蕉催熟市场监测站",
                    budget=[tuple(money(v, WAN) for v in (310, 310, 0, 190, 120))],
                    tasks=[("催熟果品监测", "批发市场催熟果抽检", money(70, WAN), "抽检800批次"),
                           ("价格信息发布", "每周发布催熟香蕉价格", money(50, WAN), "发布52期"),
                           ("金额合计", None, money(120, WAN), None)],
                    goal="抽检催熟香蕉800批次，每周发布价格信息，全年52期。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, [
        ("产出指标", "数量指标", "催熟香蕉抽检批次", "≥800批次", 20),
        (None, None, "价格信息发布期数", "≥52期", 15),
        (None, "质量指标", "抽检结果复核一致率", "≥98%", 15),
        ("产出指标小计", None, None, None, ok(50, "warning", note="小计，不是指标")),
    ])  # fmt: skip
    notes(s, "说明：抽检批次含节假日加密抽检。", width=5)
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, [
        ("成本指标", "经济成本指标", "每批次抽检费用", "≤800元/批次", 10),
        ("效益指标", "社会效益指标", "催熟剂违规使用查处率", "100%", 15),
        (None, "可持续影响指标", "监测数据归档率", "≥95%", 10),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥90%", 15),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "填表说明：权重按指标填写，小计与合计行不计入指标。", width=5)
    signature(s, "梁婉珍", "0898-6621 5307", (YEAR - 1, 11, 25))
    return b
