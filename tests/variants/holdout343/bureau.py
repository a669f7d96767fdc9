"""Returns uo13–uo18: bureau-level returns, notes and template rows, budget-system exports."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout343.common import (
    BEN,
    COST,
    ECO,
    ENV,
    NUM,
    OUT,
    QUA,
    SAT,
    SATS,
    SOC,
    SUS,
    TIM,
    YEAR,
    book,
    note,
    one_year,
    signatures,
    tiered,
    w,
)
from tests.variants.holdout343.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, pct

IND5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("uo13-bureau-department", (12, 5),
         "department, NAT-2021, budget and key tasks adding up, tier labels with ★ and "
         "abbreviated (数量, 社会效益) (correct)")  # fmt: skip
def uo13() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="岩屏县自然资源局", tasks=[
        ("监测预警体系运行", "380处专业监测点运维", w(260), "设备稳定在线"),
        ("隐患工程治理", "5处滑坡隐患治理", w(420), "工程验收合格"),
        ("避险搬迁配套", "60户搬迁补助", w(150), "搬迁户按期入住"),
        ("金额合计", None, w(830), None)],
        budget=[(w(1260), w(1180), w(80), w(430), w(830))],
        goal="健全监测预警体系，治理重大隐患，搬迁高风险区群众，全年不发生因灾伤亡。")  # fmt: skip
    tiered(s, IND5, [
        ("★产出指标", "数量", "运行专业监测点", "≥380处", None),
        (None, None, "完成隐患点治理工程", "≥5处", None),
        (None, None, "完成避险搬迁", "≥60户", None),
        (None, "质量", "监测设备在线率", "≥95%", None),
        (None, "时效", "汛期预警信息发布时限", "≤30分钟", None),
        ("★成本指标", "经济成本", "户均避险搬迁补助标准", "≤2.5万元/户", None),
        ("效益", "社会效益", "因地质灾害造成人员伤亡事件", "0起", "零伤亡目标"),
        (None, "生态效益", "治理区植被恢复率", "≥85%", None),
        ("满意度", "服务对象满意度", "受威胁群众满意度", "≥90%", None),
    ])  # fmt: skip
    signatures(s, "彭书砚", "0871-6632 4215", day(YEAR - 1, 11, 20))
    return b


@variant("uo14-bureau-department-wrong", (12, 11),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "≥ on a 误报率")  # fmt: skip
def uo14() -> Book:
    b, s = book()
    total = mk(w(980), "B101", "error", row=True, note="基本支出 360 + 项目支出 600 = 960")
    department_head(s, year=YEAR, dept="雾岭市自然资源和规划局", tasks=[
        ("监测预警", "普适型监测设备运维", w(210), "设备稳定在线"),
        ("排危除险", "城区危岩体清除", w(260), "工程验收合格"),
        ("避险搬迁", "崩塌威胁户搬迁", w(150), "按期入住"),
        ("金额合计", None, mk(w(600), "B102", "error", note="210+260+150 = 620"), None)],
        budget=[(total, w(940), w(40), w(360), w(600))],
        goal="监测预警稳定运行，完成城区排危除险和威胁户搬迁。")  # fmt: skip
    tiered(s, IND5, [
        (OUT, NUM, "运维普适型监测设备", "≥240台", None),
        (None, None, "清除崩塌危岩体", "≥8处", None),
        (None, QUA, "排危工程验收合格率", "=100%", None),
        (None, TIM, "排危工程完工时间", "2025年11月30日前", None),
        (COST, ECO, "单处排危除险平均成本", "≤30万元/处", None),
        (BEN, SOC, mk("隐患点监测预警误报率", "T108", "warning", row=True,
                      note="误报率是反向指标，却写“≥5%”"), "≥5%", None),
        (None, SUS, "监测设备运维制度", "健全", None),
        (SAT, SATS, "受威胁群众满意度", "≥90%", None),
    ])  # fmt: skip
    signatures(s, "葛云舟", "0874-3125 6620", day(YEAR - 1, 11, 26))
    return b


def two_row_header(s: Sheet) -> None:
    """考核指标 over 一级/二级/三级, 目标值（年度） and 备注 merged down over both rows."""
    s.row("考核指标", None, None, "目标值（年度）", "备注", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None)
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant("uo15-notes-pagebreak", (4, 7),
         "project, OLD-NAT, two-row header 考核指标 / 目标值（年度）, a 说明 row inside the table, "
         "the header repeated after a page break, 注 and 填表说明 lines, signatures "
         "(correct)")  # fmt: skip
def uo15() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="汛期地质灾害隐患巡查排查", dept="岩屏县自然资源局（312008）",
                 unit="岩屏县地质灾害防治中心", money=one_year(w(66), w(60), w(6)),
                 goals=["汛期完成隐患点巡查1380点次，险情2小时内上报。"])  # fmt: skip
    two_row_header(s)
    s.table([
        (OUT, NUM, "汛期隐患点巡查", "≥1380点次", None),
        (None, None, "汛期驻县技术服务", "≥150人天", None),
        (None, QUA, "巡查记录规范率", "≥95%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：巡查点次按汛期5月至9月计算。", width=5)
    s.skip()
    two_row_header(s)
    s.table([
        (OUT, TIM, "险情报告时限", "≤2小时", "自接报起"),
        (None, COST, "驻县技术服务人天成本", "≤0.4万元/人天", None),
        (BEN, SOC, "汛期成功避险转移群众", "≥300人次", None),
        (None, SUS, "隐患点动态更新机制", "建立并执行", None),
        (SAT, SATS, "受威胁群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.目标值均为年度值；2.人天成本含交通和食宿。", width=5)
    note(s, "填表说明：本表由项目实施单位填写，主管部门审核后报财政局。", width=5)
    signatures(s, "罗清远", "0871-6632 4180", day(YEAR - 1, 12, 6))
    return b


@variant("uo16-notes-template", (6, 13, 4),
         "project, NAT-2021, 备注 column and a 说明 line: a value without an indicator name, "
         "a template tier-2 left without indicator")  # fmt: skip
def uo16() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="群测群防监测点建设", dept="雾岭市自然资源和规划局（205011）",
                 unit="雾岭市地质环境监测站", money=one_year(w(40), w(40), w(0)),
                 goals=["新建45处群测群防监测点，覆盖2700名受威胁群众。"])  # fmt: skip
    tiered(s, IND5, [
        (OUT, NUM, "新建群测群防监测点", "≥45处", None),
        (None, QUA, mk(None, "F110", "error", note="有指标值 ≥95% 却没有三级指标名称"),
         "≥95%", None),
        (None, TIM, "监测点建设完成时间", "2025年5月31日前", None),
        (COST, ECO, "单个监测点建设成本", "≤0.8万元/处", None),
        (BEN, SOC, "受监测覆盖群众", "≥2700人", None),
        (None, mk(ENV, "F109", "warning", row=True, note="模板留下的二级指标，没有指标和值"),
         None, None, None),
        (SAT, SATS, "受威胁群众满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "说明：监测点名单见附件。", width=5)
    signatures(s, "钟慕岚", "0874-3125 6097", day(YEAR - 1, 12, 2))
    return b


EXPORT = ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值", "度量单位")


def export(b: Book, code: str, name: str, amounts: tuple[float, float, float]) -> Sheet:
    """A budget-system export: the budget sheet, then the indicator sheet with its header on
    the third row (returned, header written)."""
    s = b.sheet("部门项目支出预算05-1", (16, 26, 10, 24, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "单位代码", "单位名称", "年度资金总额", "财政拨款", "其他资金")
    s.row(code, name, "205011", "雾岭市地质灾害防治中心", *(money(a) for a in amounts))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 28, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位名称：雾岭市地质灾害防治中心")
    t.row(*EXPORT)
    return t


@variant("uo17-export-second-sheet", (7, 1),
         "budget-system export: budget sheet 05-1, indicator table on sheet 05-2 with codes in the "
         "first columns, header 预期实现值 on the third row, tiers repeated (correct)")  # fmt: skip
def uo17() -> Book:
    b = Book()
    code, name = "53-2025-0417", "地质灾害隐患点应急排危"
    t = export(b, code, name, (210, 190, 20))
    for row in (
        (OUT, NUM, "应急排危处置隐患点", "≥15", "处"),
        (OUT, NUM, "应急调查报告编制", "≥15", "份"),
        (OUT, QUA, "排危工程验收合格率", "=100%", "%"),
        (OUT, QUA, "应急调查成果审查通过率", pct(0.92), "%"),
        (OUT, TIM, "险情应急调查响应时限", "≤24", "小时"),
        (COST, ECO, "单处应急排危平均成本", "≤12", "万元/处"),
        (BEN, SOC, "受保护群众人数", "≥900", "人"),
        (BEN, SUS, "应急排危技术支撑队伍", "稳定运行", None),
        (SAT, SATS, "受威胁群众满意度", "≥90", "%"),
    ):  # fmt: skip
        t.row(code, name, *row)
    return b


@variant("uo18-export-wrong", (7, 1),
         "budget-system export as uo17, another project: a 覆盖率 given as a count of people, a "
         "deadline given as a typed percent")  # fmt: skip
def uo18() -> Book:
    b = Book()
    code, name = "53-2025-0422", "地质灾害风险调查评价"
    t = export(b, code, name, (100, 100, 0))
    for row in (
        (OUT, NUM, "风险调查评价报告", "≥6", "份"),
        (OUT, QUA, "受威胁群众避险转移覆盖率",
         mk("≥860", "T105", "error", note="覆盖率写成 860 人"), "人"),
        (OUT, TIM, "调查报告提交时限",
         mk(pct(1), "T113", "warning", note="期限写成 100%"), "%"),
        (COST, ECO, "单份调查报告编制成本", "≤15", "万元/份"),
        (BEN, SOC, "新识别隐患点纳入监测", "≥20", "处"),
        (BEN, SUS, "风险调查成果应用机制", "建立并执行", None),
        (SAT, SATS, "乡镇使用单位满意度", "≥90", "%"),
    ):  # fmt: skip
        t.row(code, name, *row)
    return b
