"""Returns cq13–cq18: township department budgets, stacked projects and budget-system exports
covering shelters and flood-season duty."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout553.common import (
    BUREAU,
    HEAD_INLINE,
    YEAR,
    department,
    indicators,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout553.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标")


def township_table(s: Sheet) -> None:
    """A correct NAT-2021 table of a township's shelters and flood-season duty."""
    indicators(s, HEAD_INLINE, [
        ("成本指标", "经济成本指标", "汛期值班补助人均标准", "≤2500元/人"),
        ("产出指标", "数量指标", "镇村两级值班人员", "≥560人"),
        (None, None, "运维应急避难场所", "≥4处"),
        (None, "质量指标", "值班到岗率", pct(0.98)),
        (None, "时效指标", "防汛物资补充完成时间", "2025年5月31日前"),
        ("效益指标", "社会效益指标", "汛期因灾死亡失踪人数", "≤0人"),
        ("满意度指标", "服务对象满意度指标", "辖区群众满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip


@variant("cq13-township-department", (12, 1),
         "department (township government), NAT-2021: budget adding both ways, tasks adding to "
         "金额合计 = 项目支出, a typed percent value (correct)")  # fmt: skip
def township_department() -> Book:
    b, s = department(dept="澄岭县枫埠镇人民政府", budget=[(980, 820, 160, 560, 420)],
                      tasks=[("应急避难场所运维", "4处场所管护、物资补充", 200, "场所全年可用"),
                             ("汛期值班值守", "镇村两级24小时值班", 140, "值班到岗率≥98%"),
                             ("防汛物资储备", "沙袋、救生衣补充", 80, "物资储备达标"),
                             ("金额合计", None, 420, None)],
                      goal="目标1：避难场所全年可用；目标2：汛期值班不断档、不脱岗。")  # fmt: skip
    township_table(s)
    sign(s, "吴楚言", "0739-6611058")
    return b


@variant("cq14-township-department-money", (12,),
         "department (township government), NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not "
         "adding to 金额合计")  # fmt: skip
def township_department_money() -> Book:
    total = mk(860, "B101", "error", row=True, note="基本支出520+项目支出330=850≠860")
    b, s = department(dept="澄岭县柏渡镇人民政府", budget=[(total, 700, 160, 520, 330)],
                      tasks=[("应急避难场所运维", "3处场所管护", 150, "场所全年可用"),
                             ("汛期值班值守", "镇村两级轮值", 110, "值班到岗率≥98%"),
                             ("防汛物资储备", "救生衣、冲锋舟维护", 60, "物资储备达标"),
                             ("金额合计", None, mk(330, "B102", "error", row=True,
                                                   note="150+110+60=320≠330"), None)],
                      goal="目标1：避难场所全年可用；目标2：汛期值班不断档、不脱岗。")  # fmt: skip
    township_table(s)
    sign(s, "邝明远", "0739-6693317")
    return b


def stacked(s: Sheet, name: str, unit: str, money: Any, goal: str, rows: Any,
            end: Any = None) -> None:  # fmt: skip
    """One project of a stacked sheet: its own head and indicator table."""
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=unit, money=money, goals=[goal],
                 end=end)  # fmt: skip
    indicators(s, HEAD_INLINE, rows)
    s.skip(2)


SHELTER_ROWS = [
    ("产出指标", "数量指标", "更新消防设施的避难场所", "≥4处"),
    (None, None, "应急疏散演练次数", "≥2次"),
    (None, "成本指标", "单处消防设施更新成本", "≤7万元"),
    ("效益指标", "社会效益指标", "场所消防检查合格率", "=100%"),
    ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
]  # fmt: skip


@variant("cq15-stacked-shelter-roster", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def stacked_shelter_roster() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    stacked(s, "柏渡镇避难场所消防设施更新", "澄岭县柏渡镇人民政府", one_year(28, 28, 0),
            "更新4处避难场所消防设施，组织2次疏散演练。", SHELTER_ROWS)  # fmt: skip
    stacked(s, "柏渡镇汛期值班值守", "澄岭县柏渡镇人民政府", one_year(36, 30, 6),
            "汛期镇村两级轮值3000人·天，组织4次应急疏散演练。", [
                ("产出指标", "数量指标", "镇村值班人天数", "≥3000人·天"),
                (None, None, "应急疏散演练次数", "≥4次"),
                (None, "成本指标", "值班补助标准", "≤120元/人·天"),
                ("效益指标", "社会效益指标", "汛情信息报送及时率", "≥95%"),
                ("满意度指标", "服务对象满意度指标", "值班人员满意度", "≥90%"),
            ])  # fmt: skip
    sign(s, "覃晓岚", "0739-6681142")
    return b


@variant("cq16-stacked-defects", (2, 9),
         "two projects stacked, OLD-NAT: the second's 年度资金总额 ≠ 财政拨款 + 其他资金 and its "
         "planned end date pasted as an Excel serial in a text cell")  # fmt: skip
def stacked_defects() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    stacked(s, "浒塘乡避难场所消防设施更新", "澄岭县浒塘乡人民政府", one_year(28, 28, 0),
            "更新4处避难场所消防设施，组织2次疏散演练。", SHELTER_ROWS)  # fmt: skip
    total = mk(96, "B101", "error", row=True, note="财政拨款80+其他资金12=92≠96")
    serial = mk("46022", "X104", "warning", note="2025-12-31的日期序列号存成了文本")
    stacked(s, "浒塘乡汛期值班值守", "澄岭县浒塘乡人民政府", one_year(total, 80, 12),
            "汛期乡村两级轮值4000人·天，险情30分钟内上报。", [
                ("产出指标", "数量指标", "乡村值班人天数", "≥4000人·天"),
                (None, "时效指标", "险情上报时限", "≤30分钟"),
                (None, "成本指标", "值班补助标准", "≤200元/人·天"),
                ("效益指标", "社会效益指标", "汛情信息报送及时率", "≥95%"),
                ("满意度指标", "服务对象满意度指标", "值班人员满意度", "≥90%"),
            ], end=serial)  # fmt: skip
    sign(s, "梁问渠", "0739-6624409")
    return b


def budget_sheet(b: Book, total: Any, grant: float, other: float) -> None:
    """The export's first sheet: codes in the first columns, amounts in 万元."""
    s = b.sheet("部门项目支出预算05-1", (12, 22, 18, 26, 12, 12, 12))
    s.title(f"{YEAR}年度部门项目支出预算表", 7)
    s.row("金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("413001", "澄岭县应急管理局本级", "41300125A0017", "乡镇防汛值班值守能力提升",
          total, grant, other)  # fmt: skip
    s.row("合计", None, None, None, grant + other, grant, other)


def goal_sheet(b: Book, head: tuple[str, str], rows: Any) -> Sheet:
    """The export's second sheet: title, unit line, header on the third row, codes merged."""
    s = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 16, 26, 16))
    s.title(f"{YEAR}年度部门项目支出绩效目标表", 6)
    s.row("单位：澄岭县应急管理局本级")
    s.row(*EXPORT, *head)
    first = ("41300125A0017", "乡镇防汛值班值守能力提升")
    s.table([(*first, *rows[0]), *[(None, None, *r) for r in rows[1:]]], merged=(1, 2, 3, 4))
    return s


@variant("cq17-export-second-sheet", (5, 7),
         "budget-system export, OLD-NAT: money on a first sheet with codes, the table on a second "
         "sheet under 指标内容 / 绩效标准 with abbreviated and *-marked tier labels "
         "(correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b = Book()
    budget_sheet(b, 84, 70, 14)
    s = goal_sheet(b, ("指标内容", "绩效标准"), [
        ("*产出", "数量", "镇村值班员轮训", "≥600人次"),
        (None, None, "配备乡镇卫星电话", "≥14部"),
        (None, "质量", "值班设备完好率", "≥95%"),
        (None, "时效", "值班表报送时间", "5月20日前"),
        (None, "成本", "卫星电话采购单价", "≤1.2万元/部"),
        ("*效益", "社会效益", "汛情信息报送及时率", "≥98%"),
        (None, "可持续影响", "值班值守制度执行", "健全"),
        ("*满意度", "服务对象满意度", "乡镇值班人员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：带*的为必填一级指标。")
    return b


@variant("cq18-export-defects", (5, 9),
         "budget-system export, NAT-2021: an amount split by a space, 时效指标 under 效益指标, a "
         "placeholder value left in")  # fmt: skip
def export_defects() -> Book:
    b = Book()
    split = mk("126.8 4", "X105", "warning", alt=("X103",), note="数字被空格断开，应为126.84")
    budget_sheet(b, split, 106.84, 20)
    goal_sheet(b, ("三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "卫星电话采购单价", "≤1.2万元/部"),
        ("产出指标", "数量指标", "配备乡镇卫星电话", "≥14部"),
        (None, None, "防汛避险宣传场次",
         mk("≥XX场次", "X101", "error", alt=("T116",), note="残留占位符")),
        (None, "质量指标", "值班设备完好率", "≥95%"),
        ("效益指标", mk("时效指标", "F105", "error", note="时效指标属于产出指标"),
         "险情信息上报时限", "≤30分钟"),
        (None, "社会效益指标", "汛情信息报送及时率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "乡镇值班人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
