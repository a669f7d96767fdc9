"""Stacked projects, a budget-system export, artefacts, notes and repeated headers."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout464.common import (
    indicators,
    notes,
    one_year,
    project_book,
    signature,
    wan,
)
from tests.variants.holdout464.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("zf13-post-stacked-two", (2,),
         "two post-road projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in each (correct)")  # fmt: skip
def zf13() -> Book:
    b, s = project_book(
        year=2025, name="鹊桥驿古驿道排水沟整治项目", dept="岫川县交通运输局 306002",
        unit="岫川县农村公路养护站", money=one_year(96, 96, 0),
        goals=["疏通整治鹊桥驿古驿道排水沟6000米，消除雨季冲毁隐患。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "排水沟疏通整治长度", "≥6000米"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "完工时间", "2025年5月31日前"),
        (None, "成本指标", "排水沟整治单位成本", "≤150元/米"),
        ("效益指标", "社会效益指标", "雨季驿道冲毁点数量", "≤2处"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="鹊桥驿驿站遗址标识系统项目", dept="岫川县文化和旅游局 306011",
        unit="岫川县文化馆", money=one_year(58, 50, 8), title="",
        goals=["为鹊桥驿驿站遗址设置标识牌80块，完善遗址导览。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "标识牌设置", "≥80块"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "完工时间", "2025年9月30日前"),
        (None, "成本指标", "标识牌单位成本", "≤5000元/块"),
        ("效益指标", "社会效益指标", "遗址导览服务人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥85%"),
    ])  # fmt: skip
    signature(s, "韦青禾", "0776-3318920", day(2024, 10, 9))
    return b


@variant("zf14-post-stacked-defects", (2, 12),
         "two post-road projects stacked, OLD-NAT, one value column: the second project's "
         "total is not its parts, a 完成率 given as a count")  # fmt: skip
def zf14() -> Book:
    b, s = project_book(
        year=2025, name="雁背坡驿道古桥加固项目", dept="澜屏县交通运输局 208004",
        unit="澜屏县公路事业发展中心", money=one_year(180, 160, 20),
        goals=["加固雁背坡驿道古桥3座，保障驿道通行安全。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "古桥加固", "≥3座"),
        (None, "质量指标", "加固工程验收合格率", "100%"),
        (None, "时效指标", "加固完工时间", "2025年10月31日前"),
        (None, "成本指标", "古桥加固单位成本", "≤55万元/座"),
        ("效益指标", "社会效益指标", "古桥通行安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "通行群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(140, WAN), "B101", "error", note="110 + 20 = 130, not 140")
    project_head(
        s, year=2025, name="雁背坡驿道沿线驿亭修缮项目", dept="澜屏县文化和旅游局 208011",
        unit="澜屏县文物管理所", money=one_year(total, 110, 20), title="",
        goals=["修缮雁背坡驿道沿线驿亭5座，设置驿道标识30块。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "驿亭修缮", "≥5座"),
        (None, None, "驿道标识设置完成率",
         mk("≥30块", "T105", "error", note="a 完成率 given as a count")),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "时效指标", "修缮完工时间", "2025年11月30日前"),
        (None, "成本指标", "驿亭修缮单位成本", "≤20万元/座"),
        ("效益指标", "社会效益指标", "驿亭歇脚服务人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "徒步游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT_HEAD = ("单位编码", "单位名称", "项目名称", "一级指标", "二级指标", "三级指标",
               "指标方向", "绩效目标值", "度量单位")  # fmt: skip


@variant("zf15-post-road-export", (7, 9),
         "budget-system export: 部门项目支出预算05-1 with codes in the first columns, the "
         "indicators on 部门项目支出绩效目标05-2 under 绩效目标值 on the third row, operators "
         "in words, bare numbers with a unit column (correct)")  # fmt: skip
def zf15() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (12, 20, 16, 26, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    unit, name = "栈云州文物保护中心", "古驿道沿线驿亭修缮项目"
    s.row("417003001", unit, "53250025P0041", name, wan(186), wan(166), wan(20))
    s.row("合计", None, None, None, wan(186), wan(166), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 20, 24, 12, 16, 26, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 9)
    t.row(f"单位：{unit}")
    t.row(*EXPORT_HEAD)
    rows = [
        ("产出指标", "数量指标", "驿亭修缮数量", "大于等于", 8, "座"),
        ("产出指标", "数量指标", "古道护栏更换长度", "大于等于", 1.2, "公里"),
        ("产出指标", "质量指标", "修缮工程验收合格率", "等于", 100, "%"),
        ("产出指标", "时效指标", "修缮任务按期完成率", "大于等于", 95, "%"),
        ("产出指标", "成本指标", "驿亭修缮单位成本", "小于等于", 18, "万元/座"),
        ("效益指标", "社会效益指标", "驿亭歇脚服务人次", "大于等于", 20000, "人次"),
        ("效益指标", "可持续影响指标", "驿亭日常管护制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "徒步游客满意度", "大于等于", 90, "%"),
    ]
    for r in rows:
        t.row("417003001", unit, name, *r)
    return b


@variant("zf16-post-road-artefacts", (9,),
         "project, OLD-NAT, one value column: the planned end date pasted as a serial in a text "
         "cell, a placeholder left in a value")  # fmt: skip
def zf16() -> Book:
    b, s = project_book(
        year=2025, name="石鼓塘古驿道铺舍遗址清理项目", dept="岫川县文化和旅游局 306011",
        unit="岫川县文化馆", money=one_year(74, 64, 10),
        end=mk("46022", "X104", "warning", note="2025-12-31 pasted as a serial in a text cell"),
        goals=["清理石鼓塘古驿道铺舍遗址，完成遗址测绘和保护围挡。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "铺舍遗址清理",
         mk("≥**处", "X101", "error", note="placeholder ** left in the value")),
        (None, None, "遗址保护围挡长度", "≥600米"),
        (None, "质量指标", "遗址测绘成果验收合格率", "100%"),
        (None, "时效指标", "清理工作完成时间", "2025年9月30日前"),
        (None, "成本指标", "保护围挡单位成本", "≤800元/米"),
        ("效益指标", "社会效益指标", "遗址开放参观人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


NOTE_HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准", "权重")


@variant("zf17-tea-footnotes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准 with weights: an instruction row, "
         "subtotal rows, a header repeated after a page break, 注 and 填表说明, signature "
         "(correct)")  # fmt: skip
def zf17() -> Book:
    b, s = project_book(
        year=2025, name="霁岭茶马古道石阶修复项目", dept="澜屏县文化和旅游局 208011",
        unit="澜屏县文物管理所", money=one_year(150, 150, 0),
        goals=["修复霁岭茶马古道石阶10公里，恢复古道通行，带动沿线村落文旅接待。"],
    )  # fmt: skip
    s.row(*NOTE_HEAD)
    s.row("（指标内容应细化量化，绩效标准写明比较符和计量单位）", merge=[(1, 5)])
    s.table([
        ("产出指标", "数量指标", "古道石阶修复长度", "≥10公里", 15),
        (None, None, "古道排水明沟修复", "≥2000米", 10),
        (None, "质量指标", "修复工程验收合格率", "100%", 10),
        (None, "时效指标", "修复工程完工时间", "2025年10月31日前", 5),
        (None, "成本指标", "古道石阶修复单位成本", "≤12万元/公里", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("产出指标小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    s.row(*NOTE_HEAD)
    s.table([
        ("效益指标", "社会效益指标", "沿线村落文旅接待人次", "≥20000人次", 15),
        (None, "可持续影响指标", "修复路段管护责任落实率", "100%", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("效益指标小计", None, None, None, 30, merge=[(1, 4)])
    s.table([
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%", 10),
        (None, None, "徒步游客满意度", "≥88%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("满意度指标小计", None, None, None, 20, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：1.权重合计100分，小计行不重复计分；2.“≥”表示不低于。",
          "填表说明：本表由项目实施单位填报，主管部门审核后报财政部门。", width=5)  # fmt: skip
    signature(s, "段清越", "0887-6620315", day(2024, 11, 20))
    return b


@variant("zf18-tea-notes-and-defects", (4, 6),
         "project, NAT-2021, one value column, a 说明 row between tiers and a stamp line: a "
         "tier-2 left empty from the template, a completion time given as 100%")  # fmt: skip
def zf18() -> Book:
    b, s = project_book(
        year=2025, name="枫隐镇马帮驿站遗址修复项目", dept="栈云州文化广电和旅游局 417003",
        unit="枫隐镇文化服务中心", money=one_year(210, 190, 20),
        goals=["修复枫隐镇马帮驿站遗址5处，建成马帮文化陈列点1个。"],
    )  # fmt: skip
    s.row(*ONE_HEAD)
    s.table([
        ("产出指标", "数量指标", "马帮驿站遗址修复", "≥5处"),
        (None, None, "马帮文化陈列点建设", "≥1个"),
        (None, "质量指标", "修复工程验收合格率", "100%"),
        (None, "时效指标", "遗址修复完工时间",
         mk("100%", "T113", "warning", note="a deadline given as a percentage")),
        ("成本指标", "经济成本指标", "驿站遗址修复单位成本", "≤36万元/处"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="left empty"), None, None),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：以下效益指标按年度监测数据考核。", merge=[(1, 4)])
    s.table([
        ("效益指标", "社会效益指标", "陈列点参观人次", "≥10000人次"),
        (None, "可持续影响指标", "遗址日常管护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("（单位盖章）", None, None, "2024年11月", merge=[(1, 3)])
    return b
