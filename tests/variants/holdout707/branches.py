"""County library branch network: department returns, a renovation project, a pilot on a second
sheet and a budget-system export (kao01-kao06)."""

from __future__ import annotations

from tests.variants.holdout707.common import (
    HEAD4,
    department_book,
    indicators,
    notes,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout707.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "榆岭县图书馆"


@variant("kao01-branch-department", (5, 12),
         "department, NAT-2021, numbered tiers, tasks adding to 项目支出 (correct)")  # fmt: skip
def branch_department() -> Book:
    tasks = [
        ("乡镇分馆建设", "新建3个乡镇分馆", wan(150), "分馆年内开放"),
        ("流动服务", "书车巡回与服务点配送", wan(110), "覆盖全部乡镇"),
        ("少儿阅读推广", "暑期阅读营与绘本共读", wan(80), "少儿借阅量提升"),
        ("金额合计", None, wan(340), None),
    ]
    b, s = department_book(
        year=2025,
        dept=DEPT,
        budget=[(wan(860), wan(800), wan(60), wan(520), wan(340))],
        tasks=tasks,
        goal="新建乡镇分馆3个（其中2个设在中心村），建成覆盖全县的总分馆通借通还体系。",
    )
    rows = [
        ("一、产出指标", "（一）数量指标", "新建乡镇分馆数量", "≥3个"),
        (None, None, "中心村分馆数量", "≥2个"),
        (None, "（二）质量指标", "新增图书编目合格率", pct(0.98)),
        (None, "（三）时效指标", "分馆按期开放率", "≥95%"),
        ("二、成本指标", "（一）经济成本指标", "单个分馆建设成本", "≤50万元/个"),
        ("三、效益指标", "（一）社会效益指标", "图书破损率下降率", "≥10%"),
        (None, "（二）可持续影响指标", "总分馆通借通还机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "分馆读者满意度", pct(0.92)),
    ]
    indicators(s, HEAD4, rows)
    sign(s, "柏若岚", "0571-6603118", day(2024, 11, 26))
    return b


@variant("kao02-branch-department-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, goal count against indicator, "
         "one indicator twice with two values")  # fmt: skip
def branch_department_wrong() -> Book:
    total = mk(wan(270), "B102", "error", note="120 + 90 + 50 = 260, not 270")
    tasks = [
        ("分馆运行保障", "14个乡镇分馆日常运行", wan(120), "分馆正常开放"),
        ("数字资源建设", "电子书与有声读物采购", wan(90), "数字资源可用"),
        ("阅读推广", "全民阅读月活动", wan(50), "活动覆盖全县"),
        ("金额合计", None, total, None),
    ]
    b, s = department_book(
        year=2025,
        dept=DEPT,
        budget=[(wan(720), wan(680), wan(40), wan(450), wan(270))],
        tasks=tasks,
        goal="全年新建村级图书服务点12个，通借通还服务点覆盖全县14个乡镇。",
    )
    goal_gap = mk("≥10个", "D104", "warning", row=True, note="年度总体目标写新建12个")
    twice = mk("≥12个", "D102", "error", row=True, alt=("D103", "D101"),
               note="与数量指标中的“通借通还服务点覆盖乡镇数”（≥14个）是同一指标")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "村级图书服务点新建数量", goal_gap),
        (None, None, "通借通还服务点覆盖乡镇数", "≥14个"),
        (None, "质量指标", "数字资源可用率", "≥98%"),
        (None, "时效指标", "新书上架周期", "≤15个工作日"),
        ("成本指标", "经济成本指标", "单个服务点配书成本", "≤2万元/个"),
        ("效益指标", "社会效益指标", "全县年到馆人次", "≥45万人次"),
        (None, "可持续影响指标", "通借通还服务点覆盖乡镇数量", twice),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    sign(s, "郁承瑾", "0571-6603120", day(2024, 11, 28))
    return b


@variant("kao03-branch-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights adding to 100 (correct)")  # fmt: skip
def branch_flat() -> Book:
    b, s = department_book(
        year=2025,
        dept="榆岭县图书馆东溪分馆",
        budget=[(wan(540), wan(540), wan(0), wan(390), wan(150))],
        goal="保障分馆全年开放，提升外借与数字服务水平。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("分馆年接待读者人次", 20, "万人次", "≥", 35),
        ("图书外借册次", 20, "万册次", "≥", 28),
        ("数字资源访问量", 10, "万次", "≥", 60),
        ("图书采编差错率", 10, "%", "≤", 1),
        ("读者满意度", 15, "%", "≥", pct(0.9)),
        ("单册图书加工成本", 10, "元/册", "≤", 8),
        ("服务网点开放达标率", 15, "%", "≥", 95),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "裘望舒", "0571-6603125", day(2024, 12, 3))
    return b


@variant("kao04-branch-renovation-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a unit cost beyond the money, a deadline "
         "from last year, a satisfaction rate under 社会效益")  # fmt: skip
def branch_renovation_wrong() -> Book:
    b, s = project_book(
        year=2025,
        name="乡镇分馆空间改造提升",
        dept="榆岭县文化和旅游局 318",
        unit=DEPT,
        money=[("资金总额", wan(60), "其中：财政拨款", wan(60)), ("其他资金", wan(0), None, None)],
        goals=["完成6个乡镇分馆的空间改造和设备更新，10月底前全部重新开放。"],
    )
    cost = mk(12, "B107", "warning", row=True, note="12万元/个 × 6个 = 72万元，超过资金总额60万元")
    late = mk(day(2024, 10, 31), "Y102", "error", row=True, alt=("Y101",),
              note="一年期项目的完成期限落在上一年度，沿用了上年表格")  # fmt: skip
    misplaced = mk("≥", "F201", "warning", row=True, note="满意度指标填在社会效益指标下")
    rows = [
        ("产出指标", "数量指标", "改造分馆数量", "≥", 6, "个"),
        (None, None, "更新阅览座椅", "≥", 240, "套"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "改造完成时间", "≤", late, None),
        (None, "成本指标", "单个分馆改造成本", "≤", cost, "万元/个"),
        ("效益指标", "社会效益指标", "改造分馆日均到馆人次", "≥", 80, "人次"),
        (None, None, "到馆读者满意度", misplaced, 90, "%"),
        (None, "可持续影响指标", "改造设施使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "乡镇文化站满意度", "≥", 90, "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    sign(s, "沈既白", "0571-6603131", day(2024, 11, 15))
    return b


@variant("kao05-branch-second-sheet", (7, 4),
         "project, OLD-NAT: head on the first sheet, indicators on a second sheet under "
         "指标内容 / 绩效标准, 注 and 填表说明 rows below (correct)")  # fmt: skip
def branch_second_sheet() -> Book:
    b, _ = project_book(
        sheet="项目基本信息",
        year=2026,
        name="分馆自助借还试点",
        dept="榆岭县文化和旅游局 318",
        unit=DEPT,
        attr="新增项目",
        money=[("资金总额", wan(45), "其中：财政拨款", wan(45)), ("其他资金", wan(0), None, None)],
        goals=["在3个乡镇分馆试点自助借还，为2027年全县推广积累经验。"],
    )
    s = b.sheet("绩效指标")
    s.title("2026年度项目绩效指标", 4)
    rows = [
        ("产出指标", "数量指标", "试点分馆数量", "3个"),
        (None, None, "自助借还机配置数量", "≥3台"),
        (None, "质量指标", "设备验收合格率", "100%"),
        (None, "时效指标", "设备安装完成时间", "2026年6月30日前"),
        (None, "成本指标", "自助借还机单价", "≤15万元/台"),
        ("效益指标", "社会效益指标", "试点分馆自助借还占比", "≥40%"),
        (None, "可持续影响指标", "自助借还运维制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "试点分馆读者满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    notes(s, "注：自助借还机按每个试点分馆1台配置，单价含三年维保。",
          "填表说明：绩效标准应可量化，定性指标写明等级。", width=4)  # fmt: skip
    sign(s, "沈既白", "0571-6603131", day(2025, 11, 18))
    return b


@variant("kao06-branch-export-wrong", (7,),
         "budget-system export: sheets 05-1 and 05-2, codes in the first columns, header on the "
         "third row; plan dates left from last year, an error rate under 数量")  # fmt: skip
def branch_export_wrong() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (16, 24, 12, 12, 12, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：榆岭县图书馆", None, None, None, None, None, "金额单位：万元")
    s.row(
        "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "计划开始日期", "计划完成日期"
    )
    s.row("330521250017", "县图书馆数字资源建设", wan(38), wan(38), wan(0),
          day(2024, 1, 1), day(2024, 12, 31))  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",), note="标题2025年，计划起止日期却是2024年全年")
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：榆岭县图书馆", None, None, None, None, None)
    misplaced = mk("≤0.5%", "F201", "warning", row=True, note="差错率是质量指标，填在数量指标下")
    code, name = "330521250017", "县图书馆数字资源建设"
    rows = [
        (code, name, "产出指标", "数量指标", "新增电子图书", "≥2万册"),
        (code, name, None, None, "数字资源编目差错率", misplaced),
        (code, name, None, "质量指标", "数字资源平台可用率", "≥99%"),
        (code, name, None, "时效指标", "资源上线完成时间", "2025年9月30日前"),
        (code, name, None, "成本指标", "电子图书单册采购成本", "≤12元/册"),
        (code, name, "效益指标", "社会效益指标", "数字资源年访问量", "≥50万次"),
        (code, name, "满意度指标", "服务对象满意度指标", "数字阅读用户满意度", "≥90%"),
    ]
    indicators(t, ("项目编码", "项目名称", *HEAD4), rows, merged=(3, 4))
    return b
