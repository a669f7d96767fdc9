"""Township comprehensive law enforcement (乡镇综合执法): returns sv13 to sv18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout298.common import indicators, notes, one_year, sign, start, wan
from tests.variants.holdout298.registry import variant
from tests.variants.kit import Book, mk, money, pct

YEAR = 2026
SCORED = ("一级指标", "分值", "二级指标", "考核指标", "目标值（年度）", "分值")


@variant("sv13-enforcement-points", (7, 10),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）, a tier-1 score column and an "
         "indicator score column both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def enforcement_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="棠岙镇综合行政执法队伍规范化建设",
                 dept="苇塘县司法局（131002）", unit="棠岙镇综合行政执法队",
                 money=one_year(wan(52), wan(48), wan(4)), attr="延续项目",
                 goals=["轮训执法人员40人，推行执法全过程记录，案卷评查优良率比上年提高"
                        "3个百分点以上。"])  # fmt: skip
    indicators(s, SCORED, [
        ("成本指标", 10, "经济成本指标", "执法人员人均培训成本", "≤0.3万元/人", 10),
        ("产出指标", 40, "数量指标", "执法人员轮训人数", "≥40人", 10),
        (None, None, None, "开展联合执法检查", "≥24次", 10),
        (None, None, "质量指标", "行政执法案卷评查合格率", "≥95%", 10),
        (None, None, "时效指标", "一般程序案件办结时限", "≤60日", 10),
        ("效益指标", 30, "社会效益指标", "案卷评查优良率较上年提高", "≥3百分点", 15),
        (None, None, None, "执法行政复议纠错率", "≤2%", 5),
        (None, None, "可持续影响指标", "执法全过程记录制度", "建立并执行", 10),
        ("满意度指标", 20, "服务对象满意度指标", "执法对象满意度", "≥85%", 10),
        (None, None, None, "群众对乡镇执法满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, YEAR, "唐若溪", "0739-6672019")
    return b


@variant("sv14-enforcement-points-wrong", (10, 11),
         "project, NAT-2021, tier-1 and indicator score columns: two tier scores that their "
         "indicators do not add up to (both totals 100), a 反向 rate with ≥")  # fmt: skip
def enforcement_points_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀镇综合执法协辅人员经费",
                 dept="苇塘县司法局（131002）", unit="鹭汀镇综合行政执法队",
                 money=one_year(wan(62.4), wan(60), wan(2.4)), attr="常年项目",
                 goals=["保障26名执法协辅人员劳务报酬，配合开展执法巡查和案件办理。"])  # fmt: skip
    out = mk(40, "W103", "error", note="15 + 10 + 10 + 10 = 45 under 产出 (40)")
    gain = mk(30, "W103", "error", note="10 + 10 + 5 = 25 under 效益 (30)")
    indicators(s, SCORED, [
        ("成本指标", 10, "经济成本指标", "协辅人员人均劳务报酬", "≤2.4万元/人·年", 10),
        ("产出指标", out, "数量指标", "保障协辅人员人数", "≥26人", 15),
        (None, None, None, "配合开展执法巡查", "≥300次", 10),
        (None, None, "质量指标", "巡查记录完整率", "≥95%", 10),
        (None, None, "时效指标", "劳务报酬按月发放及时率", "≥98%", 10),
        ("效益指标", gain, "社会效益指标", "占道经营问题整改率", "≥90%", 10),
        (None, None, None, "执法过错案件发生率",
         mk("≥1%", "T108", "warning", row=True, note="a 发生率 is 反向: ≤ expected"), 10),
        (None, None, "可持续影响指标", "协辅人员管理制度", "健全", 5),
        ("满意度指标", 20, "服务对象满意度指标", "辖区商户满意度", "≥85%", 10),
        (None, None, None, "群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, YEAR, "唐若溪", "0739-6672019")
    return b


@variant("sv15-system-export", (7, 12),
         "budget-system export: project budget lines with codes on sheet 05-1, the indicator "
         "table on sheet 05-2 with codes in the first columns and the header on the third row, "
         "a unit cost times the count equal to the budget (correct)")  # fmt: skip
def system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 20, 24, 12, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：棠岙镇人民政府", None, None, None, None, "金额单位：万元", merge=[(1, 4)])
    s.row("单位代码", "项目代码", "项目名称", "功能科目", "资金总额", "财政拨款", "其他资金")
    s.table([
        ("406001", "43112326T000001", "乡镇综合执法办案经费", "2040699",
         money(36), money(34), money(2)),
        ("406001", "43112326T000002", "综合执法装备购置", "2040699",
         money(24.5), money(24.5), money(0)),
        ("406001", "43112326T000003", "执法协辅人员劳务费", "2040699",
         money(31.2), money(28), money(3.2)),
        ("合计", None, None, None, money(91.7), money(86.5), money(5.2)),
    ])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 20, 12, 16, 26, 12, 12))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：棠岙镇人民政府", None, None, None, None, "项目：乡镇综合执法办案经费",
          merge=[(1, 4), (6, 8)])  # fmt: skip
    code = ("406001", "43112326T000001", "乡镇综合执法办案经费")
    t.row("单位代码", "项目代码", "项目名称", *("一级指标", "二级指标", "三级指标"),
          "指标值", "度量单位")  # fmt: skip
    t.table([
        (*code, "产出指标", "数量指标", "办理行政处罚案件", "≥120", "件"),
        (*code, "产出指标", "质量指标", "案件法制审核率", "=100", "%"),
        (*code, "产出指标", "时效指标", "简易程序案件当场办结率", "≥95", "%"),
        (*code, "产出指标", "成本指标", "单件案件办案成本", "≤0.3", "万元/件"),
        (*code, "效益指标", "社会效益指标", "重复投诉件下降率", "≥10", "%"),
        (*code, "效益指标", "可持续影响指标", "执法办案规范化机制", "健全", None),
        (*code, "满意度指标", "服务对象满意度指标", "当事人满意度", "≥85", "%"),
    ])  # fmt: skip
    return b


@variant("sv16-conversion-artefacts", (9, 12),
         "project, OLD-NAT, one value column, money lines below the table: a number split by a "
         "space, a date serial typed as text, a placeholder left in a value")  # fmt: skip
def conversion_artefacts() -> Book:
    b, s = start()
    fmt = '0.000"万元"'
    end = mk("46387", "X104", "warning", alt=("Y106",), note="2026-12-31 as a serial in text")
    project_head(s, year=YEAR, name="棠岙镇综合执法装备配置及人员培训",
                 dept="苇塘县司法局（131002）", unit="棠岙镇综合行政执法队", end=end,
                 money=one_year(money(56.365, fmt), money(52.365, fmt), money(4, fmt)),
                 attr="一次性项目",
                 goals=["为执法人员配备执法记录仪等装备，培训执法人员60人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "执法记录仪配备数量",
         mk("≥**台", "X101", "error", note="placeholder left from the template")),
        (None, None, "执法人员培训人次", "≥60人次"),
        (None, "质量指标", "装备验收合格率", "=100%"),
        (None, "时效指标", "装备采购完成时间", "2026年8月31日前"),
        (None, "成本指标", "执法记录仪单价", "≤0.35万元/台"),
        ("效益指标", "社会效益指标", "执法全过程记录覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "执法人员对装备满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细", None, None, "金额（万元）", merge=[(1, 3)])
    s.row("执法装备购置", None, None, money(24, fmt), merge=[(1, 3)])
    s.row("执法人员培训", None, None,
          mk("10.36 5", "X105", "warning", alt=("X103",), note="10.365 split by a space"),
          merge=[(1, 3)])  # fmt: skip
    s.row("案件办理及法律顾问", None, None, money(22, fmt), merge=[(1, 3)])
    s.row("合计", None, None, money(56.365, fmt), merge=[(1, 3)])
    return b


@variant("sv17-enforcement-page-break", (4, 11),
         "department, NAT-2021, weight column: subtotal rows, a header row repeated after a page "
         "break, a 合计 row, a 下降率 with ≥ and 0起 on an accident count (correct)")  # fmt: skip
def enforcement_page_break() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept="棠岙镇综合行政执法队",
                    budget=[(wan(212.6), wan(205.6), wan(7), wan(148.2), wan(64.4))],
                    tasks=[
                        ("执法办案", "行政处罚案件办理", wan(30.4), "案件依法办结"),
                        ("执法装备", "记录仪、执法车辆维护", wan(22), "装备保障到位"),
                        ("协辅人员培训", "法律知识和文明执法", wan(12), "轮训全覆盖"),
                        ("金额合计", None, wan(64.4), None),
                    ],
                    goal="依法办理行政处罚案件，遏制新增违法建设，确保执法安全。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单件案件平均办案成本", "≤0.25万元/件", 10),
        ("小计", "", "", None, 10),
        ("产出指标", "数量指标", "办理行政处罚案件", "≥120件", 10),
        (None, None, "开展联合执法检查", "≥24次", 10),
        (None, "质量指标", "行政执法案卷评查合格率", "≥95%", 10),
        (None, "时效指标", "投诉举报受理后处置时限", "≤2个工作日", 10),
        ("小计", "", "", None, 40),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "新增违法建设下降率", "≥15%", 10),
        (None, None, "重大执法安全责任事故", "0起", 10),
        (None, "可持续影响指标", "乡镇综合执法协调机制", "健全", 10),
        ("小计", "", "", None, 30),
        ("满意度指标", "服务对象满意度指标", "执法对象满意度", "≥85%", 10),
        (None, None, "辖区群众满意度", "≥90%", 10),
        ("小计", "", "", None, 20),
        ("合计", "", "", None, 100),
    ])  # fmt: skip
    sign(s, YEAR, "唐若溪", "0739-6672019", month=12, d=5)
    return b


@variant("sv18-enforcement-notes-wrong", (1, 4, 11),
         "project, OLD-NAT, operator and unit columns with typed percent cells, a note row "
         "between tiers and a stamp line: ≤ on a 正向 count, a rate given as a count, = on a "
         "satisfaction rate")  # fmt: skip
def enforcement_notes_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="梅垄乡综合行政执法专项经费",
                 dept="苇塘县司法局（131002）", unit="梅垄乡综合行政执法队",
                 money=one_year(wan(40), wan(36), wan(4)), attr="延续项目",
                 goals=["办理行政处罚案件110件以上，检查市场主体320家以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "办理行政处罚案件", "≥", 110, "件"),
        (None, None, "执法检查覆盖市场主体",
         mk("≤", "T108", "warning", row=True, note="a 正向 count with ≤"), 320, "家"),
        (None, "质量指标", "行政处罚决定法制审核率", "≥",
         mk(56, "T105", "error", row=True, note="a 审核率 given as 56件"), "件"),
        (None, "时效指标", "一般程序案件办结时限", "≤", 60, "日"),
        (None, "成本指标", "单件案件办案成本", "≤", 0.3, "万元/件"),
    ])  # fmt: skip
    notes(s, ["说明：以下效益、满意度指标由乡党委政府年终统一考核。"])
    s.table([
        ("效益指标", "社会效益指标", "执法过错案件发生率", "≤", pct(0.01), "%"),
        (None, "可持续影响指标", "执法公示制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "当事人满意度",
         mk("=", "T107", "warning", row=True, note="= 95% on a satisfaction rate means ≥"),
         pct(0.95), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("（单位盖章）", None, None, None, "2025年11月26日", None)
    return b
