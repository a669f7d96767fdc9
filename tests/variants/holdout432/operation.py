"""Returns on the ropeway's operation (xz07–xz12): header words, notes, points, artefacts."""

from __future__ import annotations

from tests.variants.holdout432.common import funds, indicators, new, note, project, sign
from tests.variants.holdout432.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant("xz07-operation-two-row-header", (7, 11),
         "project, OLD-NAT, two-row header 考核指标 / 预期目标 (比较方式 · 目标值) with "
         "operators in words and a unit column; a 投诉下降率 with 大于等于 (correct)")  # fmt: skip
def operation_two_row_header() -> Book:
    b, s = new()
    project(s, 2025, "鹤岫山客运索道年度运营维护", funds(380, 200, 180),
            ["索道全年安全运行300天以上，定期检验合格，乘客投诉较上年下降10%以上。"],
            attr="常年项目")  # fmt: skip
    top = s.row("一级指标", "二级指标", "考核指标", "预期目标", None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, "比较方式", "目标值", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    rows = [
        ("产出指标", "数量指标", "索道安全运行天数", "大于等于", 300, "天"),
        (None, None, "设备日常巡检", "大于等于", 1800, "次"),
        (None, "质量指标", "设备年度定期检验合格率", "等于", 100, "%"),
        (None, "时效指标", "故障抢修响应时间", "小于等于", 30, "分钟"),
        (None, "成本指标", "年度运营维护费用", "小于等于", 380, "万元"),
        ("效益指标", "社会效益指标", "乘客投诉下降率", "大于等于", 10, "%"),
        (None, "经济效益指标", "索道客运收入", "大于等于", 2100, "万元"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "大于等于", 90, "%"),
    ]
    s.table(rows, merged=(1, 2))
    sign(s, "祁文澜", "0739-5526418", (2024, 11, 18))
    return b


@variant("xz08-operation-second-sheet", (7, 1),
         "project head on the first sheet, the indicator table on a second sheet under 预期实现值 "
         "with percent cells: a 完好率 given as a count, a satisfaction rate with =")  # fmt: skip
def operation_second_sheet() -> Book:
    b, s = new("项目信息")
    project(s, 2025, "栖鹭峡观光缆车运营安全管理", funds(230, 150, 80),
            ["缆车设备完好，安全管理制度落实，乘客满意度90%以上。"], attr="常年项目",
            unit="檀峪县栖鹭峡景区服务中心", dept="檀峪县文化旅游体育局（207）")  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title("栖鹭峡观光缆车运营安全管理绩效指标", 4)
    count = mk("≥98台", "T105", "error", note="完好率 is a rate; 98台 is a count")
    equal = mk("=95%", "T107", "warning", note="=95% on a satisfaction rate means ≥95%")
    rows = [
        ("产出指标", "数量指标", "缆车安全运行天数", "≥320天"),
        (None, None, "开展安全应急演练", "≥4次"),
        (None, "质量指标", "缆车设备完好率", count),
        (None, None, "特种设备作业人员持证上岗率", pct(1)),
        (None, "时效指标", "故障处置及时率", pct(0.98)),
        (None, "成本指标", "缆车年度维保费用", "≤120万元"),
        ("效益指标", "社会效益指标", "缆车安全责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", equal),
    ]
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)
    return b


@variant("xz09-operation-system-export", (4,),
         "budget-system export: project code and name in the first columns, header on the third "
         "row, a 注 row between tiers, 填表说明, signature and a prior-year date "
         "below (correct)")  # fmt: skip
def operation_system_export() -> Book:
    b, s = new("部门项目支出绩效目标05-2", (16, 24, 12, 16, 28, 16))
    s.title("2025年部门项目支出绩效目标表", 6)
    s.row("单位：苍麓市鹤岫山风景区管理委员会", None, None, None, "金额单位：万元", None,
          merge=[(1, 4), (5, 6)])  # fmt: skip
    code, name = "431102250017", "鹤岫山索道乘客应急救援保障"
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    rows = [
        (code, name, "产出指标", "数量指标", "开展索道滞留乘客救援演练", "≥4次"),
        (None, None, None, None, "配备垂直救援装备", "≥12套"),
        (None, None, None, "质量指标", "救援人员持证率", "100%"),
        (None, None, None, "时效指标", "救援装备配备完成时间", "2025年6月30日前"),
        (None, None, None, "成本指标", "垂直救援装备单价", "≤2.5万元/套"),
    ]
    s.table(rows, merged=(1, 2, 3, 4))
    s.row(None, None, "注：救援演练含夜间演练1次，由市特种设备检验机构现场评估。",
          merge=[(3, 6)])  # fmt: skip
    rows = [
        (code, name, "效益指标", "社会效益指标", "滞留乘客全部疏散时间", "≤3小时"),
        (None, None, "满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ]
    s.table(rows, merged=(1, 2, 3, 4))
    s.row("项目资金", name, "资金总额", money(65), "其中：财政拨款", money(65))
    s.skip()
    s.row("填表说明：1.指标值须含比较符和计量单位；2.本表由预算管理一体化系统导出。",
          merge=[(1, 6)])  # fmt: skip
    sign(s, "祁文澜", "0739-5526418", (2024, 12, 10))
    return b


@variant("xz10-operation-notes-defects", (4, 11),
         "project, OLD-NAT, operator column, a 说明 row between tiers and a stamp line: a 反向 "
         "waiting time with ≥, a drill count of 0, a satisfaction rate of ≥100%")  # fmt: skip
def operation_notes_defects() -> Book:
    b, s = new()
    project(s, 2025, "雁回坪索道客运服务提升", funds(150, 100, 50),
            ["缩短游客候乘时间，开展应急演练，提升乘客满意度。"], attr="延续项目",
            unit="檀峪县雁回坪景区管理所", dept="檀峪县文化旅游体育局（207）")  # fmt: skip
    wait = mk("≥", "T108", "warning", row=True, note="候乘时间 is 反向: ≤ expected")
    zero = mk(0, "T115", "error", row=True, note="a drill count target of 0 is no target")
    full = mk(pct(1), "T106", "error", row=True, alt=("T114",), note="satisfaction ≥100%")
    rows = [
        ("产出指标", "数量指标", "增设候乘遮阳棚", "≥", 6, "座"),
        (None, None, "开展索道应急救援演练", "≥", zero, "次"),
        (None, "质量指标", "候乘区设施验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "高峰时段平均候乘时间", wait, 40, "分钟"),
        (None, "成本指标", "遮阳棚单座造价", "≤", 8, "万元/座"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    note(s, "说明：候乘时间以售票系统排队记录为准。")
    rows = [
        ("效益指标", "社会效益指标", "候乘区游客安全事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", full, "%"),
    ]
    s.table(rows, merged=(1, 2))
    s.skip()
    s.row("（单位盖章）", None, None, None, "审核人：莫俞安")
    return b


@variant("xz11-operation-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (both adding to 100), "
         "a share raised in 百分点 (correct)")  # fmt: skip
def operation_points_two_levels() -> Book:
    b, s = new()
    project(s, 2025, "鹤岫山索道运营安全保障", funds(300, 120, 180),
            ["安全运送乘客150万人次以上，索道客流占景区游客比例提高3个百分点。"],
            attr="常年项目")  # fmt: skip
    rows = [
        ("产出指标", 50, "数量指标", "年度安全运送乘客", "≥150万人次", 10),
        (None, None, None, "索道安全运行天数", "≥320天", 10),
        (None, None, "质量指标", "设备年度定期检验合格率", "100%", 15),
        (None, None, "时效指标", "故障抢修响应时间", "≤20分钟", 15),
        ("成本指标", 10, "经济成本指标", "单位乘客运营维护成本", "≤1.6元/人次", 10),
        ("效益指标", 30, "社会效益指标", "索道客流占景区游客比例", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "索道安全管理制度", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "乘客满意度", "≥92%", 10),
    ]
    header = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, header, rows, merged=(1, 2, 3))
    sign(s, "祁文澜", "0739-5526418", (2024, 11, 20))
    return b


@variant("xz12-operation-points-serial", (10, 9),
         "project, NAT-2021, tier-1 score column: 产出 and 效益 scores not matching their "
         "indicators, a deadline pasted as a date serial in a text cell")  # fmt: skip
def operation_points_serial() -> Book:
    b, s = new("绩效目标")
    project(s, 2025, "栖鹭峡缆车站房及候车区安全整治", funds(180, 130, 50),
            ["完成站房防雷接地和候车区护栏整治，缆车全年安全运行。"],
            unit="檀峪县栖鹭峡景区服务中心", dept="檀峪县文化旅游体育局（207）")  # fmt: skip
    out = mk(50, "W103", "error", note="产出 indicators add to 45, not 50")
    eff = mk(30, "W103", "error", note="效益 indicators add to 35, not 30")
    serial = mk("45930", "X104", "warning", note="a date serial (2025-09-30) stored as text")
    rows = [
        ("产出指标", out, "数量指标", "整治候车区护栏", "≥260米", 15),
        (None, None, "质量指标", "防雷接地检测合格率", "100%", 15),
        (None, None, "时效指标", "整治工程完工时间", serial, 15),
        ("成本指标", 10, "经济成本指标", "护栏整治单价", "≤0.12万元/米", 10),
        ("效益指标", eff, "社会效益指标", "站房雷击安全事故", "0起", 20),
        (None, None, "可持续影响指标", "护栏设计使用年限", "≥10年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "乘客满意度", "≥90%", 10),
    ]
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, header, rows, merged=(1, 2, 3))
    sign(s, "韦照临", "0739-8830152", (2024, 12, 4))
    return b
