"""Returns on the mountain-village e-commerce point selling wild vegetables: fo13 to fo18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout629.common import header, one_year, sign, start, tiers, w
from tests.variants.holdout629.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

DEPT = "柘川县商务局（415）"
CENTRE = "柘川县电子商务服务中心"
EXPORT = ("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
          "比较符", "指标值", "度量单位")  # fmt: skip
WIDTHS = (10, 22, 20, 22, 12, 16, 26, 8, 10, 10)


@variant("fo13-ecommerce-department", (12,),
         "department, NAT-2021: budget lines that add up both ways, key tasks adding to 金额合计, "
         "a goal total with its parts in brackets, a cost equal to its task (correct)")  # fmt: skip
def ecommerce_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept=CENTRE,
                    budget=[[w(320), w(300), w(20), w(140), w(180)]],
                    tasks=[("村级电商服务点运营", "18个服务点运营补助", w(90), "服务点正常运营"),
                           ("野菜网店培训", "网店开设与运营培训", w(40), "培训600人次"),
                           ("冷链物流补贴", "野菜冷链快递补贴", w(50), "冷链到村"),
                           ("金额合计", None, w(180), None)],
                    goal="建成并运营村级电商服务点18个（其中新建6个、提升12个），开展网店培训"
                         "600人次，野菜线上销售额800万元以上。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "村级电商服务点运营数", "≥18个"),
        (None, None, "网店运营培训", "≥600人次"),
        (None, None, "野菜类网货上线款数", "≥40款"),
        (None, "质量指标", "网货抽检合格率", pct(0.97)),
        (None, "时效指标", "订单物流响应时间", "≤48小时"),
        ("成本指标", "经济成本指标", "服务点运营补助标准", "≤5万元/个"),
        ("效益指标", "经济效益指标", "野菜线上销售额", "≥800万元"),
        (None, "社会效益指标", "带动脱贫户网销", "≥260户"),
        (None, "可持续影响指标", "服务点持续运营", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "网店经营户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯见山", "0719-6603317", day(2024, 11, 22))
    return b


@variant("fo14-ecommerce-department-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's 15个 against 12个, a "
         "satisfaction rate under 社会效益")  # fmt: skip
def ecommerce_department_wrong() -> Book:
    b, s = start()
    total = mk(w(90), "B102", "error", note="45 + 20 + 30 = 95 ≠ 90")
    department_head(s, year=2025, dept="鹊坪乡电子商务服务站",
                    budget=[[w(150), w(140), w(10), w(60), w(90)]],
                    tasks=[("服务点建设", "新建村级电商服务点", w(45), "新建15个"),
                           ("直播带货培训", "山货直播带货培训", w(20), "培训300人次"),
                           ("快递进村补贴", "快递进村末端补贴", w(30), "快递到村"),
                           ("金额合计", None, total, None)],
                    goal="新建村级电商服务点15个，开展直播带货培训300人次，野菜网销额达到"
                         "350万元。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "新建村级电商服务点",
         mk("≥12个", "D104", "warning", row=True, note="年度目标和任务都写新建15个")),
        (None, None, "直播带货培训", "≥300人次"),
        (None, "质量指标", "服务点验收合格率", "≥95%"),
        (None, "时效指标", "服务点建成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "服务点建设补助标准", "≤3万元/个"),
        ("效益指标", "经济效益指标", "野菜网销额", "≥350万元"),
        (None, "社会效益指标", "网店经营户满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下")),
        ("满意度指标", "服务对象满意度指标", "快递进村服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "聂寒枝", "0719-6619046", day(2024, 11, 20))
    return b


def export_budget(b: Book, row: tuple[Any, ...]) -> None:
    """The budget sheet of a budget-system export: title, unit line, header on the third row."""
    s = b.sheet("部门项目支出预算05-1", (10, 22, 20, 22, 12, 10, 10, 10))
    s.row("2025年部门项目支出预算表")
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    s.row(*row)


def export_table(s: Sheet, code: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """The indicator sheet of the export: the unit and project codes repeated in every row."""
    s.row("2025年部门项目支出绩效目标表")
    s.row(f"单位：{code[1]}")
    s.row(*EXPORT)
    for r in rows:
        s.row(*code, *r)


@variant("fo15-ecommerce-export", (7,),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "header on the third row, unit and project codes in the first columns, operator and "
         "unit columns (correct)")  # fmt: skip
def ecommerce_export() -> Book:
    b = Book()
    code = ("415003", CENTRE, "41500325T000000118", "山区野菜电商直供链建设")
    export_budget(b, (*code, "延续性项目", money(88), money(80), money(8)))
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    export_table(s, code, [
        ("产出指标", "数量指标", "野菜网货供应基地", "≥", 5, "个"),
        ("产出指标", "数量指标", "野菜直供订单", "≥", 12000, "单"),
        ("产出指标", "质量指标", "网货抽检合格率", "≥", 96, "%"),
        ("产出指标", "时效指标", "订单发货时长", "≤", 48, "小时"),
        ("成本指标", "经济成本指标", "单件快递补贴", "≤", 2, "元/件"),
        ("效益指标", "经济效益指标", "野菜线上销售额", "≥", 600, "万元"),
        ("效益指标", "社会效益指标", "带动农户增收", "≥", 220, "户"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥", 92, "%"),
    ])  # fmt: skip
    return b


@variant("fo16-ecommerce-export-wrong", (7, 9),
         "budget-system export on two sheets: an indicator named after last year, a deadline "
         "stored as a date serial in text, studio cost × count above the money")  # fmt: skip
def ecommerce_export_wrong() -> Book:
    b = Book()
    code = ("415007", "雾溪镇电子商务服务站", "41500725T000000204", "雾溪镇山货直播间建设")
    export_budget(b, (*code, "新增项目", money(30), money(25), money(5)))
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    export_table(s, code, [
        ("产出指标", "数量指标", "村级直播间建设", "≥", 12, "个"),
        ("产出指标", "质量指标", "直播间验收合格率", "≥", 95, "%"),
        ("产出指标", "时效指标", "直播间建成时间", "≤",
         mk("45961", "X104", "warning", note="日期序列号存成文本（2025-10-31）"), None),
        ("成本指标", "经济成本指标", "直播间搭建补助标准", "≤",
         mk(3, "B107", "warning", row=True, note="12个 × 3万元 = 36万元，超过项目资金30万元"),
         "万元/个"),
        ("效益指标", "经济效益指标",
         mk("2024年野菜网销额", "Y103", "warning", row=True, alt=("Y101",),
            note="上年表格留下的年份，预算年度是2025年"), "≥", 200, "万元"),
        ("效益指标", "社会效益指标", "带动农户直播销售", "≥", 80, "户"),
        ("满意度指标", "服务对象满意度指标", "直播培训学员满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("fo17-ecommerce-stacked-wrong", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its indicators is given twice with different values")  # fmt: skip
def ecommerce_stacked_wrong() -> Book:
    b, s = start()
    s.title("2025年度项目支出绩效目标申报表", 6)
    s.row("一、村级电商服务点运营")
    project_head(
        s,
        year=2025,
        name="村级电商服务点运营",
        dept=DEPT,
        title="",
        unit=CENTRE,
        money=one_year(w(40), w(35), w(5)),
        goals=["运营村级电商服务点10个。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "电商服务点运营数", "≥10个"),
        (None, "质量指标", "服务点考核达标率", "≥90%"),
        (None, "时效指标", "订单揽收时长", "≤24小时"),
        (None, "成本指标", "服务点运营补助标准", "≤4万元/个"),
        ("效益指标", "经济效益指标", "野菜网销额", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("二、山货直播带货培训")
    total = mk(w(25), "B101", "error", note="20 + 8 = 28 ≠ 25")
    project_head(
        s,
        year=2025,
        name="山货直播带货培训",
        dept=DEPT,
        title="",
        unit=CENTRE,
        money=one_year(total, w(20), w(8)),
        goals=["开展直播带货培训200人次。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    tiers(s, [
        ("产出指标", "数量指标", "直播带货培训人次", "≥200人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年8月31日前"),
        (None, "成本指标", "人均培训费", "≤800元/人次"),
        ("效益指标", "社会效益指标", "直播带货培训人次",
         mk("≥150人次", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标在数量指标下为≥200人次")),
        (None, "经济效益指标", "学员直播销售额", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯见山", "0719-6603317", day(2024, 11, 22))
    return b


@variant("fo18-ecommerce-directions", (11, 1),
         "project, NAT-2021, 指标性质 as direction (正向/反向) and 比较方式 in words, unit column, "
         "a 下降率 with 大于等于, typed percent cells (correct)")  # fmt: skip
def ecommerce_directions() -> Book:
    b, s = start(widths=(14, 16, 24, 10, 12, 12, 10))
    project_head(
        s,
        year=2025,
        name="柘川野菜网销物流提升",
        dept=DEPT,
        unit=CENTRE,
        money=one_year(w(50), w(42), w(8)),
        goals=["2025年野菜网销订单不少于30000单，网销额400万元，物流破损率控制在2%以内。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "比较方式", "指标值", "计量单位")
    tiers(s, [
        ("产出指标", "数量指标", "野菜网销订单", "正向", "大于等于", 30000, "单"),
        (None, None, "野菜网货上架品类", "正向", "大于等于", 30, "款"),
        (None, "质量指标", "物流破损率", "反向", "小于等于", 2, "%"),
        (None, None, "退货率下降率", "正向", "大于等于", 10, "%"),
        (None, "时效指标", "订单平均发货时长", "反向", "小于等于", 36, "小时"),
        ("成本指标", "经济成本指标", "单件物流成本", "反向", "小于等于", 6, "元/件"),
        ("效益指标", "经济效益指标", "野菜网销额", "正向", "大于等于", 400, "万元"),
        (None, "社会效益指标", "客户投诉率", "反向", "小于", pct(0.01), "%"),
        (None, "生态效益指标", "可降解包装使用率", "正向", "大于等于", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "正向", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "柯见山", "0719-6603317", day(2024, 11, 22))
    return b
