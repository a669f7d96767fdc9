"""Returns on disposing of the sludge of the township plants."""

from __future__ import annotations

from tests.variants.holdout720.common import (
    footer,
    notes,
    one_year,
    project,
    table,
    w,
)
from tests.variants.holdout720.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

UNIT = "澄岭县乡镇污水处理运营管理站"
CODES = ("312004", "3120042025PS07")


@variant(
    "kbb13-sludge-disposal",
    (7, 5),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, tier labels with * and abbreviated (correct)",
)
def sludge_disposal() -> Book:
    goal = ("将蒲口、鹤湾、石埠3座乡镇污水处理厂的脱水污泥2600吨（其中蒲口厂1500吨、鹤湾厂700吨、"
            "石埠厂400吨）全部外运至县生活垃圾焚烧厂协同处置。")  # fmt: skip
    b, s = project("乡镇污水处理厂污泥外运处置", one_year(w(96), w(90), w(6)), [goal], unit=UNIT)
    rows = [
        ("*产出指标", "数量", "污泥外运处置量", "≥2600吨"),
        (None, None, "转运联单填报份数", "≥260份"),
        (None, "质量", "污泥无害化处置率", pct(1)),
        (None, None, "出厂污泥含水率", "≤60%"),
        (None, "时效", "污泥厂内暂存时间", "≤7天"),
        (None, "成本", "污泥运输及处置单价", "≤320元/吨"),
        ("*效益指标", "生态效益", "污泥乱堆乱放事件", "≤0起"),
        (None, "可持续影响", "污泥转运处置长效机制", "建立并执行"),
        ("*满意度指标", "服务对象满意度", "污水处理厂运营单位满意度", pct(0.9)),
    ]
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    notes(s, "注：标*的为必填一级指标。")
    footer(s, "贺立川", "0736-5512047")
    return b


@variant(
    "kbb14-sludge-wrong",
    (7, 6),
    "project, NAT-2021, headers 考核指标 · 目标值（年度） · 评价标准: goal tonnage, example row",
)
def sludge_wrong() -> Book:
    goal = "全年外运处置乡镇污水处理厂脱水污泥3200吨，无害化处置率100%。"
    b, s = project("乡镇污泥无害化处置", one_year(w(110), w(100), w(10)), [goal], unit=UNIT)
    rows = [
        ("产出指标", "数量指标", "脱水污泥外运处置量",
         mk("≥2300吨", "D104", "warning", row=True, note="年度目标写3200吨"), "按处置联单核定"),
        (None, None, "（示例）开展业务培训",
         mk("≥XX人次", "X101", "error", note="模板示例行未删除"), "按签到表"),
        (None, "质量指标", "污泥无害化处置率", "=100%", "按处置单位回执"),
        (None, "时效指标", "污泥清运及时率", "≥95%", "按转运台账"),
        ("成本指标", "经济成本指标", "污泥处置单价", "≤300元/吨", "按结算单"),
        ("效益指标", "生态效益指标", "污泥进入填埋场数量", "≤0吨", "按县填埋场台账"),
        ("满意度指标", "服务对象满意度指标", "运营单位满意度", "≥90%", "问卷调查"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), rows)
    footer(s, "贺立川", "0736-5512047")
    return b


def export_budget(b: Book, lines: list[tuple[str, object]], total: object, goal: str) -> None:
    """The first sheet of a budget-system export: codes, detail lines, total and goal."""
    s = b.sheet("部门项目支出预算05-1", (12, 18, 20, 22, 16, 16))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "明细事项", "金额")
    for label, amount in lines:
        s.row(*CODES, "乡镇污泥无害化处置", label, amount)
    s.row(None, None, None, "合计", total)
    s.row("年度绩效目标", goal, merge=[(2, 5)])


def export_targets(b: Book, rows: list[tuple[object, ...]]) -> Sheet:
    """The second sheet: the indicator table with codes in its first columns, header on row 3."""
    s = b.sheet("部门项目支出绩效目标05-2", (12, 18, 14, 16, 26, 16, 12))
    s.title("2025年部门项目支出绩效目标表", 7)
    s.row("单位名称：澄岭县水务局", None, None, None, "项目名称：乡镇污泥无害化处置")
    s.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    for r in rows:
        s.row(*CODES, *r)
    return s


@variant(
    "kbb15-sludge-export",
    (7, 12),
    "budget-system export, detail lines on 05-1, codes and header on row 3 of 05-2 (correct)",
)
def sludge_export() -> Book:
    b = Book()
    lines = [("污泥运输费", w(38)), ("污泥焚烧协同处置费", w(46)), ("污泥泥质检测费", w(6))]
    goal = "全年无害化处置乡镇污水处理厂脱水污泥2800吨，污泥泥质每季度检测1次。"
    export_budget(b, lines, w(90), goal)
    rows = [
        ("产出指标", "数量指标", "污泥无害化处置量", "≥2800", "吨"),
        ("产出指标", "数量指标", "污泥泥质检测次数", "≥4", "次"),
        ("产出指标", "质量指标", "污泥无害化处置率", pct(1), "%"),
        ("产出指标", "时效指标", "季度检测报告出具时限", "≤15", "工作日"),
        ("成本指标", "经济成本指标", "污泥运输及处置单价", "≤300", "元/吨"),
        ("效益指标", "生态效益指标", "污泥二次污染事件", "≤0", "起"),
        ("满意度指标", "服务对象满意度指标", "运营单位满意度", pct(0.9), "%"),
    ]
    export_targets(b, rows)
    return b


@variant(
    "kbb16-sludge-export-wrong",
    (7, 12),
    "budget-system export: detail lines against 合计, a cost under 数量, a 2026 deadline",
)
def sludge_export_wrong() -> Book:
    b = Book()
    lines = [("污泥运输费", w(40)), ("污泥焚烧协同处置费", w(48)), ("污泥泥质检测费", w(8))]
    total = mk(w(106), "B102", "error", note="40 + 48 + 8 = 96，不是106")
    goal = "全年无害化处置乡镇污水处理厂脱水污泥3000吨，年内完成全部处置任务。"
    export_budget(b, lines, total, goal)
    rows = [
        ("产出指标", "数量指标", "污泥无害化处置量", "≥3000", "吨"),
        ("产出指标", "数量指标", "污泥运输单价",
         mk("≤130", "F201", "warning", row=True, note="单价是成本，填在数量指标下"), "元/吨"),
        ("产出指标", "质量指标", "污泥无害化处置率", "=100%", "%"),
        ("产出指标", "时效指标", "年度处置任务完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("D104", "Y103"),
            note="2025年度一年期项目，年度目标写年内完成"), "日期"),
        ("成本指标", "经济成本指标", "污泥焚烧处置单价", "≤160", "元/吨"),
        ("效益指标", "生态效益指标", "污泥二次污染事件", "≤0", "起"),
        ("满意度指标", "服务对象满意度指标", "运营单位满意度", "≥90", "%"),
    ]  # fmt: skip
    export_targets(b, rows)
    return b


@variant(
    "kbb17-sludge-page-break",
    (4,),
    "project, OLD-NAT, weight column, header repeated after a page break, subtotals (correct)",
)
def sludge_page_break() -> Book:
    goal = "运维3座乡镇污水处理厂污泥浓缩脱水设备6台，全年脱水污泥2600吨，出厂含水率不高于60%。"
    b, s = project("污泥脱水设备运维", one_year(w(68), w(60), w(8)), [goal], unit=UNIT)
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重", "备注")
    rows = [
        ("产出指标", "数量指标", "运维污泥脱水设备", "=6台", 10, None),
        (None, None, "全年脱水污泥量", "≥2600吨", 10, None),
        (None, "质量指标", "出厂污泥含水率", "≤60%", 10, "反向指标"),
        (None, None, "设备完好率", "≥95%", 10, None),
        (None, "时效指标", "设备故障修复时限", "≤48小时", 10, None),
        (None, "成本指标", "设备运维单价", "≤10万元/台", 10, "6台合计≤60万元"),
    ]
    table(s, header, rows)
    s.row(None, None, "产出指标小计", None, 60, None)
    s.skip()
    rows = [
        ("效益指标", "生态效益指标", "污泥含水率超标外运次数", "≤0次", 15, None),
        (None, "可持续影响指标", "设备运维档案完整率", "=100%", 15, None),
        ("满意度指标", "服务对象满意度指标", "运营单位满意度", "≥90%", 10, None),
    ]
    table(s, header, rows)
    s.row(None, None, "合计", None, 100, None)
    notes(s, "填表说明：权重合计100；“小计”“合计”行不是指标。")
    footer(s, "贺立川", "0736-5512047")
    return b


@variant(
    "kbb18-sludge-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template tier-2 left empty, a value without a name",
)
def sludge_template_rows() -> Book:
    goal = "对3座乡镇污水处理厂污泥开展泥质检测和无害化处置，全年处置污泥2500吨。"
    b, s = project("污泥泥质检测与处置", one_year(w(82), w(75), w(7)), [goal], unit=UNIT)
    rows = [
        ("成本指标", "经济成本指标", "污泥处置单价", "≤300元/吨"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行，无指标无值"), None,
         None),
        ("产出指标", "数量指标", "污泥无害化处置量", "≥2500吨"),
        (None, "质量指标", "污泥无害化处置率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有值无名称"), "≥95%"),
        (None, "时效指标", "泥质检测报告出具时限", "≤15个工作日"),
        ("效益指标", "生态效益指标", "污泥二次污染事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "运营单位满意度", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    footer(s, "贺立川", "0736-5512047")
    return b
