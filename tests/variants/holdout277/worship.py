"""Returns sa07–sa12: 宗教活动场所消防安全 (flat lists, stacked projects, notes, an export)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout277.common import (
    department,
    indicators,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout277.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "sa07-fire-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), a 下降率 with ≥, 0起, weights add to 100 (correct)",
)
def sa07() -> Book:
    b, s = start()
    department(s, "鹭汀区民族宗教事务局", [(180, 170, 10, 95, 85)],
               "督促全区宗教活动场所落实消防安全主体责任，消除火灾隐患，"
               "杜绝较大以上火灾事故。")  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("宗教活动场所消防安全检查覆盖场所数", 20, "处", "≥", 46),
        ("场所消防设施配备达标率", 15, "%", "≥", pct(0.95)),
        ("场所火灾隐患数量下降率", 15, "%", "≥", 20),
        ("场所消防安全培训人次", 15, "人次", "≥", 600),
        ("火灾隐患整改平均时限", 10, "工作日", "≤", 15),
        ("宗教活动场所较大以上火灾事故", 15, "起", "=", 0),
        ("场所管理人员满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    return b


@variant(
    "sa08-fire-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 "
    "as direction · 计量单位 · 权重): a 反向 rate with ≥, a unit conflict, weights 90",
)
def sa08() -> Book:
    b, s = start()
    department(s, "云岙县民族宗教事务局", [(126, 120, 6, 78, 48)],
               "完成宗教活动场所消防设施检测和电气线路改造，"
               "提升场所消防安全管理水平。")  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重（100分）"), [
        ("宗教活动场所消防设施检测数", "≥38", "正向", "处", 20),
        ("场所电气线路改造完成率", "≥95", "正向", "%", 15),
        ("场所火灾事故发生率", mk("≥0.5", "T108", "warning", row=True,
                                  note="反向 rate with ≥"), "反向", "%", 15),
        ("场所消防安全培训人次", mk("≥600人次", "T112", "error", alt=("T119",),
                                    note="value in 人次, unit column 处"), "正向", "处", 15),
        ("火灾隐患整改平均时限", "≤10", "反向", "工作日", 10),
        ("场所管理人员满意度", "≥90", "正向", "%", 15),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+10+15 = 90, header says 100分")
    return b


def fire_block(s: Sheet, head: Sequence[Any], rows: Sequence[Sequence[Any]],
               header: Sequence[Any] = HEAD) -> None:  # fmt: skip
    """One stacked project: its head (name, dept, unit, money, goal) and its OLD-NAT table."""
    name, dept, unit, money_rows, goal, title = head
    project(s, name, dept, unit, money_rows, [goal], title=title)
    indicators(s, header, rows)
    s.skip()


@variant(
    "sa09-fire-stacked",
    (2,),
    "three projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction name with different values (correct)",
)
def sa09() -> Book:
    b, s = start()
    dept = "雁溪州民族宗教事务委员会（417001）"
    fire_block(s, ("宗教活动场所消防设施改造项目", dept, "雁溪州宗教事务服务中心",
                   one_year(120, 110, 10), "完成一批宗教活动场所消防设施改造。", None), [
        ("产出指标", "数量指标", "消防设施改造场所数", "≥24处"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "改造完工时间", "2025年10月31日前"),
        (None, "成本指标", "单处改造补助标准", "≤4.5万元/处"),
        ("效益指标", "社会效益指标", "改造场所火灾隐患整改率", "≥95%"),
        (None, "可持续影响指标", "消防设施维护保养制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "场所管理人员满意度", "≥90%"),
    ])  # fmt: skip
    fire_block(s, ("宗教活动场所电气火灾监测预警项目", dept, "雁溪州宗教事务服务中心",
                   one_year(64, 64, 0), "为重点场所安装电气火灾监测终端并接入平台。", ""), [
        ("产出指标", "数量指标", "安装监测终端场所数", "≥40处"),
        (None, "质量指标", "监测终端在线率", "≥98%"),
        (None, "时效指标", "终端安装完成时间", "2025年8月31日前"),
        (None, "成本指标", "单处终端安装费用", "≤1.5万元/处"),
        ("效益指标", "社会效益指标", "电气火灾预警处置及时率", "≥95%"),
        (None, "可持续影响指标", "监测平台持续运行年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "场所管理人员满意度", "≥92%"),
    ])  # fmt: skip
    fire_block(s, ("宗教教职人员消防安全培训项目", dept, "雁溪州宗教团体联合会",
                   one_year(18, 15, 3), "组织宗教教职人员消防安全轮训。", ""), [
        ("产出指标", "数量指标", "培训教职人员", "≥450人次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "轮训完成时间", "2025年6月30日前"),
        (None, "成本指标", "人均培训成本", "≤350元/人次"),
        ("效益指标", "社会效益指标", "教职人员消防技能掌握率", "≥90%"),
        (None, "可持续影响指标", "场所消防培训常态化机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sa10-fire-stacked-defects",
    (1, 2),
    "two projects stacked, OLD-NAT, operator and "
    "unit columns with typed percents: the second project's money and a percent over 100",
)
def sa10() -> Book:
    b, s = start()
    dept = "澄川县民族宗教事务局（205003）"
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    fire_block(s, ("宗教活动场所消防通道整治项目", dept, "澄川县宗教事务服务站",
                   one_year(50, 45, 5), "清理整治场所消防通道，确保通道畅通。", None), [
        ("产出指标", "数量指标", "消防通道整治场所数", "≥", 20, "处"),
        (None, "质量指标", "整治验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "整治完成时间", "≤", "2025年9月30日", None),
        (None, "成本指标", "单处整治费用", "≤", 2.4, "万元/处"),
        ("效益指标", "社会效益指标", "场所消防通道畅通率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "信教群众满意度", "≥", pct(0.9), "%"),
    ], header)  # fmt: skip
    total = mk(wan(150), "B101", "error", row=True,
               note="财政拨款 120 + 其他资金 20 = 140 ≠ 150")  # fmt: skip
    fire_block(s, ("寺观教堂文物建筑消防安全提升项目", dept, "澄川县宗教事务服务站",
                   one_year(total, 120, 20), "提升文物建筑类宗教场所消防安全水平。", ""), [
        ("产出指标", "数量指标", "文物建筑场所消防提升数", "≥", 12, "处"),
        (None, "质量指标", "消防设施检测合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a 合格率"), "%"),
        (None, "时效指标", "提升工程完工时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "单处提升费用", "≤", 10, "万元/处"),
        ("效益指标", "社会效益指标", "文物建筑火灾隐患消除率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "信教群众满意度", "≥", pct(0.9), "%"),
    ], header)  # fmt: skip
    return b


@variant(
    "sa11-fire-notes",
    (4,),
    "project, OLD-NAT, one value column: an instruction row inside "
    "the table, a header repeated after a page break, footnotes, signature lines (correct)",
)
def sa11() -> Book:
    b, s = start()
    project(s, "澄川县宗教活动场所消防安全网格化管理项目", "澄川县民族宗教事务局（205003）",
            "澄川县宗教事务服务站", one_year(36, 36, 0),
            ["对全县宗教活动场所实行消防安全网格化巡查，隐患及时发现、及时整改。"])  # fmt: skip
    s.row(*HEAD)
    s.row("（一级、二级指标不得修改，三级指标及指标值由项目实施单位填写）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "网格化巡查覆盖场所数", "≥52处"),
        (None, None, "消防安全巡查次数", "≥624次"),
        (None, "质量指标", "巡查记录规范率", "≥95%"),
        (None, "时效指标", "隐患整改反馈时限", "≤7个工作日"),
        (None, "成本指标", "网格员巡查补贴标准", "≤300元/人·月"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*HEAD)
    s.table([
        ("效益指标", "社会效益指标", "宗教活动场所火灾事故", "0起"),
        (None, "可持续影响指标", "网格化消防管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "场所管理人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.巡查次数按每处场所每月巡查1次计算，52处×12个月＝624次。",
              "2.网格员补贴按52名网格员全年发放测算，共18.72万元，其余用于巡查设备和培训。",
              "填表说明：指标值应量化，定性指标填写“健全”“良好”等等级。"], width=4)  # fmt: skip
    signature(s, "韦晓岚", "0736-5281947", "覃正康")
    return b


@variant(
    "sa12-fire-export",
    (7, 9),
    "budget-system export, codes and money in the first "
    "columns, header on the third row: a date serial left as text, an amount split by a space",
)
def sa12() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标06-3", (20, 26, 12, 12, 10, 12, 14, 26, 16))
    s.title("2025年度项目支出绩效目标表", 9)
    s.row("预算单位：[418003]枫渡市宗教事务服务中心", None, None, None, None, None, None, None,
          "单位：万元", merge=[(1, 4)])  # fmt: skip
    serial = mk("46022", "X104", "warning", note="the serial of 2025-12-31 typed as text")
    split = mk("86.5 4", "X105", "warning", alt=("X103",),
               note="86.54 split by a space; 80.54 + 6 = 86.54")  # fmt: skip
    indicators(s, ("项目编码", "项目名称", "资金总额", "其中：财政拨款", "其他资金", "一级指标",
                   "二级指标", "三级指标", "指标值"), [
        ("41800325000000012", "宗教活动场所消防器材更新项目", split, 80.54, 6, "产出指标",
         "数量指标", "消防器材更新场所数", "≥35处"),
        (None, None, None, None, None, None, "质量指标", "消防器材检测合格率", "100%"),
        (None, None, None, None, None, None, "时效指标", "器材更新完成时间", serial),
        (None, None, None, None, None, None, "成本指标", "单处器材更新费用", "≤2.2万元/处"),
        (None, None, None, None, None, "效益指标", "社会效益指标", "场所初起火灾处置达标率",
         "≥90%"),
        (None, None, None, None, None, None, "可持续影响指标", "器材维护保养制度", "健全"),
        (None, None, None, None, None, "满意度指标", "服务对象满意度指标",
         "场所管理人员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5, 6, 7))  # fmt: skip
    return b
