"""Village legal advisers: one adviser for every village or community, their subsidies, training,
法治体检 visits and the budget-system export of the adviser project (keh07–keh12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout804.common import indicators, notes, project_book, sign, wan
from tests.variants.holdout804.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("keh07-advisers-points", (5, 10), "project, OLD-NAT, numbered tier labels with points "
         "(一、产出指标（50分）, （一）, 1.) and an indicator points column, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def advisers_points() -> Book:
    b, s = project_book(
        year=2025, name="村（居）法律顾问全覆盖", dept="栎川县司法局（318006）",
        unit="栎川县司法局基层工作股",
        money=[("年度资金总额", wan(96), "其中：财政拨款", wan(90)),
               ("其他资金", wan(6), None, None)],
        goals=["为全县160个村（居）聘请法律顾问，每村每月服务不少于1次，群众满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.聘请法律顾问的村（居）数", "≥160个", 10),
        (None, None, "2.法律顾问驻村服务次数", "≥1920次", 10),
        (None, "（二）质量指标", "3.服务台账规范率", "≥95%", 10),
        (None, "（三）时效指标", "4.顾问合同签订完成时间", "2025年3月31日前", 10),
        (None, "（四）成本指标", "5.每村法律顾问补贴标准", "≤5500元/村·年", 10),
        ("二、效益指标（30分）", "（一）社会效益指标", "6.村级矛盾纠纷调解成功率",
         "提高≥2百分点", 15),
        (None, "（二）可持续影响指标", "7.法律顾问履职考核机制", "建立并执行", 15),
        ("三、满意度指标（20分）", "（一）服务对象满意度指标", "8.村（居）群众满意度", "≥90%", 20),
        ("合计（100分）", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：驻村服务次数按160个村（居）× 每月1次 × 12个月计算。")
    sign(s, "尹澄", "0731-6623390", day(2025, 1, 6))
    return b


@variant("keh08-advisers-last-year", (7, 4), "project, OLD-NAT, headers 考核指标 · "
         "目标值（年度） · 评价标准, notes and signature below: a goal and a "
         "deadline left from last year, a template example row")  # fmt: skip
def advisers_last_year() -> Book:
    b, s = project_book(
        year=2025, name="村（居）法律顾问服务提升", dept="苇塘区司法局（207011）",
        unit="苇塘区司法局",
        money=[("年度资金总额", wan(48), "其中：财政拨款", wan(45)),
               ("其他资金", wan(3), None, None)],
        goals=[mk("2024年实现全区48个村（居）法律顾问服务全覆盖，开展“法治体检”48次。", "Y103",
                  "warning", alt=("Y101",),
                  note="2025年度的目标写2024年，是上一年度申报表的遗留")],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准", "备注"), [
        ("产出指标", "数量指标", "法律顾问服务覆盖村（居）数", "≥48个", "达到得满分，每少1个扣1分"),
        (None, None, "开展“法治体检”次数", "≥48次", "按比例得分"),
        (None, None, "XX村法律顾问专题讲座",
         mk("≥**场", "X101", "error", row=True, note="模板示例行未改，名称和指标值都是占位符")),
        (None, "质量指标", "法律意见书采纳率", "≥85%", "按比例得分"),
        (None, "时效指标", "服务全覆盖完成时限",
         mk("2024年12月31日前", "Y102", "error", row=True, alt=("Y101",),
            note="一年期项目的预算年度为2025年，期限落在上一年"), "逾期不得分"),
        (None, "成本指标", "每村年度顾问经费", "≤9000元/村", "超支不得分"),
        ("效益指标", "社会效益指标", "村规民约合法性审查率", "=100%", "未审查的每个扣1分"),
        ("满意度指标", "服务对象满意度指标", "村（居）民满意度", "≥90%", "抽样调查"),
    ])  # fmt: skip
    notes(s, "说明：目标值依据区司法局2025年工作要点确定。",
          "填表说明：1.指标值须含比较符和计量单位；2.评价标准写明扣分办法。")  # fmt: skip
    sign(s, "裴拾遗", "0736-5510472", day(2024, 12, 5))
    return b


@variant("keh09-advisers-two-year", (8,), "two-year project, OLD-NAT, 中期 and 年度 value "
         "columns and a unit column: period counts above the year's, a later year the work "
         "prepares for (correct)")  # fmt: skip
def advisers_two_year() -> Book:
    b, s = project_book(
        year=2025, years=2, name="“法律顾问+网格”试点", dept="鹤汀市司法局（401002）",
        unit="鹤汀市司法局基层科", attr="新增项目",
        money=[("中期资金总额", wan(240), "年度资金总额", wan(120)),
               ("其中：财政拨款", wan(220), "其中：财政拨款", wan(110)),
               ("其他资金", wan(20), "其他资金", wan(10))],
        goals=["2025—2026年为全市240个村（居）配备法律顾问，开展法治体检480次，为2027年在全省推广"
               "“法律顾问+网格”模式积累经验。",
               "2025年为120个村（居）配备法律顾问，开展法治体检240次。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "配备法律顾问的村（居）数", "≥240", "≥120", "个"),
        (None, None, "法治体检次数", "≥480", "≥240", "次"),
        (None, "质量指标", "法律顾问持证执业率", "=100%", "=100%", "%"),
        (None, "时效指标", "法律顾问到岗时间", "2026年3月31日前", "2025年3月31日前", None),
        (None, "成本指标", "每村年度顾问补贴", "≤5000", "≤5000", "元/村·年"),
        ("效益指标", "社会效益指标", "涉村矛盾纠纷化解率", "≥95%", "≥93%", "%"),
        ("满意度指标", "服务对象满意度指标", "村（居）群众满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    sign(s, "詹予舟", "0733-8867415", day(2024, 11, 18))
    return b


@variant("keh10-advisers-wrong-tier", (5, 11), "project, NAT-2021, abbreviated tier labels (成本, "
         "产出, 数量…): a count under 质量, a satisfaction rate under 社会效益, a village count "
         "below the goal's")  # fmt: skip
def advisers_wrong_tier() -> Book:
    b, s = project_book(
        year=2025, name="村（居）法律顾问履职保障", dept="鹤汀市司法局（401002）",
        unit="鹤汀市司法局基层科",
        money=[("年度资金总额", wan(190), "其中：财政拨款", wan(180)),
               ("其他资金", wan(10), None, None)],
        goals=["为全市186个村（居）配备法律顾问，全年提供法律咨询5000人次，审核村级合同1000份。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("成本", "经济成本", "每村法律顾问补贴", "≤9000元/村"),
        ("产出", "数量", "配备法律顾问的村（居）数",
         mk("≥168个", "D104", "warning", row=True, note="年度目标写186个村（居）")),
        (None, None, "法律咨询人次", "≥5000人次"),
        (None, "质量", "审核村级合同份数",
         mk("≥1000份", "F201", "warning", row=True, note="合同份数是数量指标，填在质量下")),
        (None, None, "合同审核差错率", "≤1%"),
        (None, "时效", "法律咨询答复时限", "≤3个工作日"),
        ("效益", "社会效益", "村民对法律顾问服务满意度",
         mk("≥90%", "F201", "warning", row=True,
            note="满意度应在服务对象满意度指标下，填在社会效益下")),
        (None, "可持续影响", "法律顾问微信群在线答复率", "≥95%"),
        ("满意度", "服务对象满意度", "村干部满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹予舟", "0733-8867415", day(2024, 11, 26))
    return b


@variant("keh11-advisers-export", (7, 12), "project head and budget lines on the first sheet, "
         "budget-system export on a second sheet with unit and project codes in the first "
         "columns and the header on the third row (correct)")  # fmt: skip
def advisers_export() -> Book:
    b, s = project_book(
        year=2025, name="村（居）法律顾问服务", dept="栎川县司法局（318006）",
        unit="栎川县司法局", sheet="部门项目支出预算05-1",
        money=[("年度资金总额", wan(120), "其中：财政拨款", wan(114)),
               ("其他资金", wan(6), None, None)],
        goals=["为160个村（居）聘请法律顾问，培训顾问320人次，年度考核全覆盖。"],
    )  # fmt: skip
    s.row("预算明细", "支出内容", "测算依据", "金额（万元）", None, None, merge=[(4, 6)])
    top = s.r
    s.table([
        (None, "法律顾问补贴", "160个村（居）× 6000元", wan(96)),
        (None, "业务培训", "4期 × 3.5万元", wan(14)),
        (None, "履职考核评估", "第三方评估", wan(10)),
        (None, "合计", None, wan(120)),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 12, 14, 28, 10, 10, 10))
    t.title("项目支出绩效目标表", 8)
    t.row("单位：栎川县司法局", None, None, None, None, None, None, "金额单位：万元")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    code, proj = "318006", "51032225A0000001"
    for row in (
        ("产出指标", "数量指标", "聘请法律顾问的村（居）数", "≥", 160, "个"),
        ("产出指标", "数量指标", "法律顾问业务培训人次", "≥", 320, "人次"),
        ("产出指标", "质量指标", "服务记录合格率", "≥", pct(0.95), "%"),
        ("产出指标", "时效指标", "季度履职考核及时率", "=", pct(1), "%"),
        ("产出指标", "成本指标", "每村法律顾问补贴标准", "≤", 6000, "元/村·年"),
        ("效益指标", "社会效益指标", "村级重大决策法律审核率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "村（居）群众满意度", "≥", pct(0.9), "%"),
    ):
        t.row(code, proj, *row)
    return b


@variant("keh12-advisers-stacked-wrong", (2, 12, 9), "two projects stacked, OLD-NAT, one "
         "value column: the second project's money does not add up, its trainee count is ten "
         "times its goal's, its deadline a date serial typed as text")  # fmt: skip
def advisers_stacked_wrong() -> Book:
    b, s = project_book(
        year=2025, name="村（居）法律顾问补贴", dept="苇塘区司法局（207011）", unit="苇塘区司法局",
        money=[("年度资金总额", wan(40), "其中：财政拨款", wan(40)),
               ("其他资金", wan(0), None, None)],
        goals=["为全区48个村（居）法律顾问发放补贴，每村每月驻村服务不少于2次。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "发放补贴的村（居）数", "≥48个"),
        (None, None, "驻村服务次数", "≥1152次"),
        (None, "质量指标", "驻村服务台账完整率", "≥95%"),
        (None, "时效指标", "补贴发放时间", "每季度末前"),
        (None, "成本指标", "每村法律顾问补贴标准", "≤8000元/村·年"),
        ("效益指标", "社会效益指标", "村级矛盾纠纷化解率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="法律顾问业务培训", dept="苇塘区司法局（207011）",
        unit="苇塘区司法局",
        money=[("年度资金总额", mk(wan(30), "B101", "error", row=True,
                                   note="财政拨款 25 + 其他资金 8 = 33 ≠ 30"),
                "其中：财政拨款", wan(25)),
               ("其他资金", wan(8), None, None)],
        goals=["举办法律顾问业务培训6期，培训300人次。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "培训期数", "≥6期"),
        (None, None, "培训人次",
         mk("≥3000人次", "D104", "warning", row=True, note="年度目标写培训300人次")),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间",
         mk("45961", "X104", "warning", note="日期粘贴成文本序列号（2025-10-31）")),
        (None, "成本指标", "每期培训费用", "≤4.5万元/期"),
        ("效益指标", "可持续影响指标", "培训课件入库数", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "参训顾问满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "裴拾遗", "0736-5510472", day(2024, 12, 3))
    return b
