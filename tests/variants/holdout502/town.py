"""The river town's department returns, flat lists, a table with notes under other header words
and a budget-system export (ar13–ar18): the mills' and the boatyards' offices."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout502.common import (
    BOAT,
    ONE,
    YEAR,
    book,
    funds,
    indicators,
    note,
    signed,
    wan,
)
from tests.variants.holdout502.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
FLAT_B = ("指标名称", "指标值", "指标性质", "计量单位", "权重")


def m(value: float) -> Any:
    return money(value)


@variant("ar13-oil-department-money", (12,),
         "department, NAT-2021: budget, key tasks adding to a 金额合计 equal to 项目支出, a "
         "unit standard × area equal to its task money, a footnote explaining the total "
         "(correct)")  # fmt: skip
def oil_department_money() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="槐渡县林业和桐油产业发展中心",
                    budget=[(m(420), m(380), m(40), m(150), m(270))],
                    tasks=[("油桐林抚育", "抚育油桐林3000亩", m(120), "抚育面积≥3000亩"),
                           ("压榨作坊提质", "改造古法作坊6家", m(90), "作坊≥6家"),
                           ("桐油质量检测", "抽检桐油批次", m(60), "抽检≥40批次"),
                           ("金额合计", None, m(270), None)],
                    goal="抚育油桐林3000亩，提质作坊6家，抽检合格率95%以上。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "油桐林抚育面积", "≥3000亩"),
        (None, None, "提质压榨作坊", "≥6家"),
        (None, None, "桐油抽检批次", "≥40批次"),
        (None, "质量指标", "桐油抽检合格率", "≥95%"),
        (None, "时效指标", "抚育作业完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "每亩油桐林抚育补助", "≤0.04万元/亩"),
        ("效益指标", "经济效益指标", "桐籽亩均增产", "≥15公斤"),
        (None, "可持续影响指标", "油桐林保存率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "桐农满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：金额合计270万元为项目支出，不含基本支出150万元；抚育补助0.04万元/亩×3000亩"
            "=120万元。")  # fmt: skip
    signed(s, "覃秋禾", "0745-6213408")
    return b


@variant("ar14-boat-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to their "
         "金额合计")  # fmt: skip
def boat_department_money() -> Book:
    b, s = book()
    total = mk(m(300), "B101", "error", note="120 + 170 = 290 (260 + 40 = 300)")
    department_head(s, year=YEAR, dept="槐渡县船舶修造服务站",
                    budget=[(total, m(260), m(40), m(120), m(170))],
                    tasks=[("木质渡船捻缝", "渡船捻缝修补40艘", m(90), "捻缝≥40艘"),
                           ("渔船防腐", "渔船桐油防腐60艘", m(70), "防腐≥60艘"),
                           ("金额合计", None,
                            mk(m(170), "B102", "error", note="90 + 70 = 160"), None)],
                    goal="全年完成木质船舶捻缝防腐100艘，船舶渗漏事故不超过1起。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "木质船舶捻缝防腐", "≥100艘"),
        (None, "质量指标", "捻缝验收合格率", "≥98%"),
        (None, "时效指标", "渡船捻缝汛前完成", "5月31日前"),
        ("成本指标", "经济成本指标", "单船捻缝防腐费用", "≤1.5万元/艘"),
        ("效益指标", "社会效益指标", "船舶渗漏事故", "≤1起"),
        ("满意度指标", "服务对象满意度指标", "船主满意度", "≥90%"),
    ])  # fmt: skip
    signed(s, "梁水生", "0745-6231190")
    return b


@variant("ar15-oil-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator in words · "
         "指标值), a typed percent, a 下降率 with 大于等于, 0 起 accidents (correct)")  # fmt: skip
def oil_flat_list() -> Book:
    b, s = book(widths=(30, 10, 12, 14, 14, 16))
    department_head(s, year=YEAR, dept="油坊滩镇农业综合服务中心",
                    budget=[(m(180), m(160), m(20), m(95), m(85))],
                    goal="收储桐籽500吨，桐油抽检合格率96%以上，掺假投诉明显下降。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("桐籽收储量", 20, "吨", "大于等于", 500),
        ("桐油抽检批次", 15, "批次", "大于等于", 24),
        ("桐油抽检合格率", 15, "%", "大于等于", pct(0.96)),
        ("桐油掺假投诉下降率", 10, "%", "大于等于", 20),
        ("压榨作坊安全事故", 10, "起", "小于等于", 0),
        ("每吨桐籽收储补贴", 10, "元/吨", "小于等于", 300),
        ("带动桐农户数", 10, "户", "大于等于", 420),
        ("桐农满意度", 10, "%", "大于等于", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    note(s, "说明：掺假投诉下降率以上年投诉件数为基数，按降幅填写。", 5)
    signed(s, "黎桂芬", "0745-6217725")
    return b


@variant("ar16-boat-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "反向 rate with ≥, a 万元 value over a 艘 unit column, weights adding to 95")  # fmt: skip
def boat_flat_defects() -> Book:
    b, s = book(widths=(30, 14, 12, 12, 10, 16))
    department_head(s, year=YEAR, dept="槐渡县渡运管理站",
                    budget=[(m(150), m(130), m(20), m(60), m(90))],
                    goal="修缮渡船30艘，渡口全年安全运营，乘客满意度90%以上。")  # fmt: skip
    s.row(*FLAT_B)
    s.table([
        ("修缮木质渡船", "≥30", "正向", "艘", 20),
        ("渡船捻缝返修率",
         mk("≥3", "T108", "warning", row=True, note="a 返修率 is 反向: ≤ expected"),
         "反向", "%", 15),
        ("单船修缮费用",
         mk("≤1.2万元", "T112", "error", note="value in 万元, unit column 艘"),
         "反向", "艘", 15),
        ("渡口安全巡查", "≥48", "正向", "次", 10),
        ("渡船年检合格率", "≥98", "正向", "%", 15),
        ("渡工安全培训", "≥60", "正向", "人次", 10),
        ("乘客满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 15 + 15 + 10 + 15 + 10 + 10 = 95, not 100")
    signed(s, "韦春桃", "0745-6238841")
    return b


def ferry_table(s: Sheet) -> None:
    """ar17's table: 指标内容 / 绩效标准 with a unit column, a note row, a repeated header."""
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "计量单位", "备注")
    s.row(*head)
    s.table([
        ("产出指标", "数量指标", "修缮官渡渡船", "≥8", "艘", None),
        (None, None, "捻缝用桐油", "≥1.6", "吨", "熬制桐油灰"),
        (None, "质量指标", "修缮验收合格率", "=100%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：以下时效、成本指标按县渡运管理站年度计划填写。")
    s.row(*head)
    s.table([
        ("产出指标", "时效指标", "汛前完工时间", "5月31日前", None, None),
        (None, "成本指标", "单艘修缮成本", "≤2.5", "万元/艘", "8艘×2.5万元=20万元"),
        ("效益指标", "社会效益指标", "渡运中断天数", "≤3", "天", "含汛期停渡"),
        (None, "可持续影响指标", "修缮渡船延长使用", "≥5", "年", None),
        ("满意度指标", "服务对象满意度指标", "过渡群众满意度", "≥92", "%", None),
    ], merged=(1, 2))  # fmt: skip


@variant("ar17-ferry-notes-headers", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a unit column, a 注 row and "
         "a header repeated after a page break inside the table, 填表说明 and "
         "signature lines (correct)")  # fmt: skip
def ferry_notes_headers() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="官渡口木质渡船修缮项目", dept=BOAT,
                 unit="槐渡县渡运管理站", money=funds(wan(20), wan(18), wan(2)),
                 goals=["修缮官渡口木质渡船8艘，汛前完工，全年安全过渡。"])  # fmt: skip
    ferry_table(s)
    note(s, "填表说明：1.绩效标准列只填数值和比较符，单位见计量单位列；2.本表一式两份。")
    signed(s, "潘远舟", "0745-6230517")
    s.row("单位负责人（签字）：", "蓝德厚", None, "审核日期", day(YEAR - 1, 12, 16))
    return b


@variant("ar18-oil-system-export", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1, the indicator table on a "
         "second sheet 部门项目支出绩效目标05-2 with the header on row 3 and project codes in "
         "the first columns, a typed percent (correct)")  # fmt: skip
def oil_system_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (16, 30, 14, 14, 14, 16))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("部门：槐渡县林业和桐油产业发展中心", None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row("431027250011", "桐油仓储保鲜改造", m(35), m(30), m(5), "1年")
    s.row("431027250012", "压榨废水沉淀池建设", m(22), m(22), m(0), "1年")
    s.row("合计", None, m(57), m(52), m(5), None)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 14, 18, 26, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("部门：槐渡县林业和桐油产业发展中心", merge=[(1, 6)])
    indicators(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("431027250011", "桐油仓储保鲜改造", "产出指标", "数量指标", "改造保鲜储油库", "≥2座"),
        (None, None, None, "质量指标", "储存桐油酸值达标率", pct(0.97)),
        (None, None, "成本指标", "经济成本指标", "每座储油库改造费", "≤15万元/座"),
        (None, None, "效益指标", "经济效益指标", "桐油储存损耗率", "≤1.5%"),
        (None, None, "满意度指标", "服务对象满意度指标", "压榨户满意度", "≥90%"),
        ("431027250012", "压榨废水沉淀池建设", "产出指标", "数量指标", "建成沉淀池", "≥3座"),
        (None, None, None, "时效指标", "沉淀池完工时间", "8月31日前"),
        (None, None, "成本指标", "经济成本指标", "每座沉淀池造价", "≤7万元/座"),
        (None, None, "效益指标", "生态效益指标", "压榨废水直排作坊", "≤0家"),
        (None, None, "满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    signed(t, "覃秋禾", "0745-6213408")
    return b
