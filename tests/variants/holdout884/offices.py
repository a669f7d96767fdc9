"""Returns khj13–khj18: department returns, budget-system exports and template rows."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout884.common import (
    DEPT,
    UNIT,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout884.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("khj13-department-lighting", (4, 12),
         "department, NAT-2021, budget and key tasks consistent, a note explaining the 金额合计, "
         "0 accidents, signature and date lines (correct)")  # fmt: skip
def department_lighting() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="澄湾市泗亭区城市管理局",
                    budget=[(w(2460), w(2300), w(160), w(860), w(1600))],
                    goal="保障全区18500盏路灯正常运行，完成老旧路灯节能改造2600盏，"
                         "主次干道亮灯率保持98%以上。",
                    tasks=[("路灯日常维护", "18500盏路灯巡查、维修及电费", w(620), "亮灯率98%以上"),
                           ("老旧路灯节能改造", "2600盏高压钠灯更换LED", w(780), "年内完工"),
                           ("照明监控平台运维", "平台软硬件运行维护", w(200), "全年稳定运行"),
                           ("金额合计", None, w(1600), None)])  # fmt: skip
    notes(s, "注：金额合计为项目支出，不含基本支出860万元。")
    indicators(s, H4, [
        ("产出指标", "数量指标", "路灯设施维护数量", "≥18500盏"),
        (None, None, "老旧路灯节能改造数量", "≥2600盏"),
        (None, "质量指标", "主次干道亮灯率", "≥98%"),
        (None, "时效指标", "故障路灯修复时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单盏路灯节能改造成本", "≤0.3万元/盏"),
        ("效益指标", "经济效益指标", "年节约电费", "≥210万元"),
        (None, "社会效益指标", "夜间道路照明安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "陆知秋", "0573-62419925", day(2025, 11, 20))
    return b


@variant("khj14-department-tasks-wrong", (12,),
         "department, NAT-2021: key tasks not adding up to the 金额合计, a task's target count "
         "above the indicator's")  # fmt: skip
def department_tasks_wrong() -> Book:
    b, s = book()
    total = mk(w(1380), "B102", "error", note="520 + 640 + 180 = 1340，不是1380")
    department_head(s, year=2026, dept="澄湾市鹤屿区市政设施管理处",
                    budget=[(w(1900), w(1800), w(100), w(520), w(1380))],
                    goal="保障辖区路灯正常运行，推进老旧路灯节能改造。",
                    tasks=[("路灯运行维护", "路灯巡查维修及电费", w(520), "亮灯率98%以上"),
                           ("老旧路灯节能改造", "高压钠灯更换LED", w(640), "改造路灯1500盏"),
                           ("景观照明维护", "沿河景观照明维护", w(180), "完好率95%以上"),
                           ("金额合计", None, total, None)])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "老旧路灯改造数量", mk(
            "≥1200盏", "D104", "warning", row=True,
            note="年度主要任务写改造路灯1500盏，指标写1200盏")),
        (None, "质量指标", "路灯亮灯率", "≥98%"),
        (None, None, "景观照明设施完好率", "≥95%"),
        (None, "时效指标", "故障路灯修复时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单盏路灯改造成本", "≤0.4万元/盏"),
        ("效益指标", "经济效益指标", "年节约电费", "≥120万元"),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


def export_budget(s: Sheet, lines: list[tuple[str, str, float, float, float, str]]) -> None:
    """The 05-1 sheet of a budget-system export: codes first, a total row at the bottom."""
    s.title("2026年部门项目支出预算", 6)
    s.row("单位：澄湾市泗亭区城市管理局", None, None, None, None, "金额单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    for code, name, total, fiscal, other, goal in lines:
        s.row(code, name, w(total), w(fiscal), w(other), goal)
    s.row("合计", None, *(w(sum(x[i] for x in lines)) for i in (2, 3, 4)), None)


@variant("khj15-export-two-sheets", (4, 7),
         "budget-system export: budget on sheet 05-1, indicators on sheet 05-2 under a header on "
         "the third row with codes in the first columns, header repeated after a page break "
         "(correct)")  # fmt: skip
def export_two_sheets() -> Book:
    b, s = book("部门项目支出预算05-1", (18, 24, 14, 14, 14, 40))
    export_budget(s, [
        ("417002260001", "路灯能耗监测平台建设", 150, 150, 0,
         "建成路灯能耗监测平台，接入监测终端300台。"),
        ("417002260002", "隧道照明节能改造", 210, 180, 30,
         "完成4座隧道照明LED改造，更换灯具1600套。"),
    ])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 22, 14, 18, 30, 18))
    t.title("2026年部门项目支出绩效目标", 6)
    t.row("单位：澄湾市泗亭区城市管理局", None, None, None, None, None)
    indicators(t, EXPORT, [
        ("417002260001", "路灯能耗监测平台建设", "产出指标", "数量指标",
         "能耗监测终端安装数量", "≥300台"),
        (None, None, None, "质量指标", "平台数据采集准确率", "≥98%"),
        (None, None, None, "时效指标", "平台上线时间", "2026年9月30日前"),
        (None, None, None, "成本指标", "平台建设总成本", "≤150万元"),
        (None, None, "效益指标", "社会效益指标", "路灯能耗在线监测覆盖率", "≥95%"),
        (None, None, "满意度指标", "服务对象满意度指标", "管理人员满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    t.skip()
    indicators(t, EXPORT, [
        ("417002260002", "隧道照明节能改造", "产出指标", "数量指标", "改造隧道数量", "≥4座"),
        (None, None, None, None, "隧道照明灯具更换数量", "≥1600套"),
        (None, None, None, "质量指标", "验收合格率", pct(1)),
        (None, None, None, "成本指标", "单套灯具更换成本", "≤0.12万元/套"),
        (None, None, "效益指标", "生态效益指标", "隧道照明节电率", "≥35%"),
        (None, None, "满意度指标", "服务对象满意度指标", "通行驾驶人满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("khj16-export-leftovers", (7, 9),
         "budget-system export on one sheet, header on the third row: a template example row "
         "left in, last year's indicator, a deadline stored as a date serial in text")  # fmt: skip
def export_leftovers() -> Book:
    b, s = book("部门项目支出绩效目标05-2", (18, 22, 14, 18, 30, 18))
    s.title("2026年部门项目支出绩效目标", 6)
    s.row("单位：澄湾市泗亭区城市管理局", None, None, None, None, "年度目标：9月底前完成改造")
    indicators(s, EXPORT, [
        ("417002260003", "背街小巷路灯补盲改造", "产出指标", "数量指标", "新增背街小巷路灯数量",
         "≥850盏"),
        (None, None, None, None, "（示例）路灯改造数量", mk(
            "≥**盏", "X101", "error", note="模板示例行未删除，残留占位符")),
        (None, None, None, "质量指标", "新装路灯验收合格率", "=100%"),
        (None, None, None, "时效指标", "改造完成时间", mk(
            "46326", "X104", "warning", alt=("D104",),
            note="文本中的日期序列号（2026-10-31），也晚于目标所写9月底")),
        (None, None, "效益指标", "社会效益指标", "2025年背街小巷亮灯率", mk(
            "≥95%", "Y103", "warning", row=True, alt=("Y101",),
            note="2026年表中的指标写2025年，上年遗留")),
        (None, None, "满意度指标", "服务对象满意度指标", "背街小巷居民满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


H2 = ("一级指标", "二级指标", "三级指标", "指标值", None)


@variant("khj17-two-row-header", (4, 7, 8),
         "two-year project, OLD-NAT, two-row header (指标值 over 中期 and 年度), "
         "a 说明 row between tiers and a 填表说明 under the table (correct)")  # fmt: skip
def two_row_header() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="老城区架空路灯线路入地及灯具改造项目", dept=DEPT,
                 unit=UNIT, money=multi_year((640, 600, 40), (320, 300, 20)),
                 goals=["两年完成老城区24公里架空路灯线路入地，更换LED灯具2000盏。",
                        "2026年完成线路入地12公里，更换LED灯具1000盏。"])  # fmt: skip
    s.row(*H2, merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "架空线路入地长度", "≥24公里", "≥12公里"),
        (None, None, "LED灯具更换数量", "≥2000盏", "≥1000盏"),
        (None, "质量指标", "工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "工程完成时间", "2027年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "每公里线路入地成本", "≤20万元/公里", "≤20万元/公里"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：数量指标按竣工验收数统计。", width=5)
    s.table([
        ("效益指标", "社会效益指标", "线路故障率较改造前下降", "≥30%", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.中期指标值填写项目实施期累计值；2.年度指标值填写2026年度值。", width=5)
    return b


@variant("khj18-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, one indicator repeated under a second tier-2")  # fmt: skip
def template_rows() -> Book:
    b, s = book()
    project_head(s, year=2026, name="社区道路太阳能路灯安装项目", dept=DEPT, unit=UNIT,
                 money=one_year(136, 120, 16),
                 goals=["在8个老旧社区安装太阳能LED路灯800盏，"
                        "解决社区道路夜间无照明问题。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "太阳能LED路灯安装数量", "≥800盏"),
        (None, None, "覆盖老旧社区数量", "≥8个"),
        (None, "质量指标", "太阳能LED路灯安装数量", mk(
            "≥800盏", "D101", "warning", row=True, alt=("F201", "D103"),
            note="与数量指标下同名同值，重复且放错二级指标")),
        (None, None, mk(None, "F110", "error", note="填了指标值，三级指标名称为空"), "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "单盏太阳能路灯安装成本", "≤0.17万元/盏"),
        ("效益指标", "社会效益指标", "社区道路夜间照明覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
