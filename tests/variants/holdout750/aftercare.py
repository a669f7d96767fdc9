"""After-school services (课后服务) subsidies: kcf01–kcf06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout750.common import BUREAU, funds, indicators, notes, sign, start, wan
from tests.variants.holdout750.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kcf01-aftercare-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 0起 incident count (correct)")  # fmt: skip
def kcf01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澜湾区义务教育学校课后服务补助", dept=BUREAU,
                 unit="澄岩市澜湾区教育局", money=funds(360, 300, 60),
                 goals=["对澜湾区42所义务教育学校开展课后服务给予补助，按每生每学期300元标准"
                        "补助，惠及学生6000人，缓解家长接送难。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "补助学校数", "≥", 42, "所"),
        (None, None, "受益学生人数", "≥", 6000, "人"),
        (None, "质量指标", "课后服务学生参与率", "≥", pct(0.85), "%"),
        (None, "时效指标", "补助资金拨付时间", "≤", day(2025, 10, 31, CN_DATE), "日期"),
        (None, "成本指标", "生均课后服务补助标准", "≤", 300, "元/生·学期"),
        ("效益指标", "社会效益指标", "课后服务安全责任事故", "=", 0, "起"),
        (None, None, "家长接送难问题缓解程度", "定性", "明显缓解", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：补助经费300元/生·学期×6000人×2学期=360万元，与年度资金总额一致。")
    sign(s, "邬启明", "(0589)6623071", day(2024, 11, 18))
    return b


@variant("kcf02-aftercare-goal-against-values", (1, 12),
         "project, OLD-NAT, operator column: goal's school count and subsidy standard differ "
         "from the indicators, cost × count over the money, a deadline of last year")  # fmt: skip
def kcf02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="栖凤区课后服务经费补助", dept=BUREAU,
                 unit="澄岩市栖凤区教育局", money=funds(480, 480, 0),
                 goals=["对全区35所中小学课后服务给予补助，按每生每学期300元标准补助，"
                        "受益学生8000人。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "补助学校数", "≥",
         mk(32, "D104", "warning", row=True, note="goal says 35 schools"), "所"),
        (None, None, "受益学生人数", "≥", 8000, "人"),
        (None, "质量指标", "课后服务学校覆盖率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金拨付完成时间", "≤",
         mk(day(2024, 9, 30, CN_DATE), "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="a 2025 one-year project with a deadline in 2024: last season's date"), "日期"),
        (None, "成本指标", "生均补助标准", "≤",
         mk(350, "B107", "warning", row=True, alt=("D104",),
            note="350元×8000人×2学期=560万元 > 480万元; the goal says 300元"), "元/生·学期"),
        ("效益指标", "社会效益指标", "参加课后服务学生比例", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "傅晓岚", "(0589)6627340", day(2024, 11, 25))
    return b


V_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("kcf03-aftercare-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each; goal totals with parts in brackets "
         "(correct)")  # fmt: skip
def kcf03() -> Book:
    b, s = start("课后服务")
    project_head(s, year=2025, name="城区学校课后服务补助", dept=BUREAU, unit="澄岩市教育局",
                 money=funds(240, 200, 40),
                 goals=["补助城区28所学校课后服务，惠及学生4000人（其中小学3100人、"
                        "初中900人），每生每学期300元。"])  # fmt: skip
    indicators(s, V_HEAD, [
        ("产出指标", "数量指标", "补助小学生人数", "≥3100人", None),
        (None, None, "补助学校数", "≥28所", None),
        (None, "质量指标", "课后服务时长达标率", "≥95%", "每日不少于2小时"),
        (None, "成本指标", "生均补助标准", "≤300元/生·学期", None),
        ("效益指标", "社会效益指标", "学生作业校内完成率", "≥80%", None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="课后服务教师劳务补助", dept=BUREAU, unit="澄岩市教育局",
                 money=funds(96, 96, 0), title="",
                 goals=["对参与课后服务的1600名教师按每人每学期300元发放劳务补助。"])  # fmt: skip
    indicators(s, V_HEAD, [
        ("产出指标", "数量指标", "发放劳务补助教师人数", "≥1600人", None),
        (None, "时效指标", "劳务补助发放时间", "每学期结束后1个月内", None),
        (None, "成本指标", "教师劳务补助标准", "≤300元/人·学期", None),
        ("效益指标", "可持续影响指标", "教师参与课后服务积极性", "提高", None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥85%", "教师满意度另行调查"),
    ])  # fmt: skip
    notes(s, "说明：1600人×300元×2学期=96万元。")
    return b


@variant("kcf04-aftercare-stacked-wrong", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not add "
         "up and carries the same indicator twice with two values")  # fmt: skip
def kcf04() -> Book:
    b, s = start("课后服务")
    project_head(s, year=2025, name="乡镇学校课后服务补助", dept=BUREAU, unit="澄岩市教育局",
                 money=funds(180, 150, 30),
                 goals=["补助乡镇21所学校开展课后服务，受益学生3000人。"])  # fmt: skip
    indicators(s, V_HEAD, [
        ("产出指标", "数量指标", "补助学校数", "≥21所", None),
        (None, None, "受益学生人数", "≥3000人", None),
        (None, "质量指标", "课后服务时长达标率", "≥95%", None),
        (None, "成本指标", "生均补助标准", "≤300元/生·学期", None),
        ("效益指标", "社会效益指标", "留守儿童课后看护覆盖率", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="课后服务素质拓展课程购买", dept=BUREAU,
                 unit="澄岩市教育局", title="",
                 money=[("年度资金总额", mk(wan(130), "B101", "error", note="120 + 20 ≠ 130"),
                         "其中：财政拨款", wan(120)),
                        ("其他资金", wan(20), None, None)],
                 goals=["向社会机构购买素质拓展课程，服务学生5200人次。"])  # fmt: skip
    indicators(s, V_HEAD, [
        ("产出指标", "数量指标", "购买课程服务学生人次", "≥5200人次", None),
        (None, None, "开设拓展课程门类", "≥12类", None),
        (None, "质量指标", "购买课程服务学生数",
         mk("≥4800人次", "D102", "error", row=True, alt=("D103", "D101", "F201"),
            note="the count above again, with another value, and a count under 质量"), None),
        (None, "成本指标", "每课时购买单价", "≤150元/课时", None),
        ("效益指标", "社会效益指标", "学生兴趣特长培养", "有效提升", None),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("kcf05-aftercare-flat-department", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, a 下降率 with ≥, weights add to 100, tasks add to 项目支出 (correct)")  # fmt: skip
def kcf05() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="澄岩市澜湾区教育局",
                    budget=[(wan(2860), wan(2600), wan(260), wan(1900), wan(960))],
                    tasks=[("课后服务补助", "义务教育学校课后服务经费补助", wan(360), "42所学校"),
                           ("校车安全管理", "校车运营补贴与安全检查", wan(420), "零责任事故"),
                           ("幼儿园教师培训", "园长及专任教师轮训", wan(180), "培训900人次"),
                           ("金额合计", None, wan(960), None)],
                    goal="保障课后服务全覆盖，校车运行安全，幼儿园教师专业能力提升。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("课后服务覆盖学校数", 15, "所", "≥", 42),
        ("课后服务受益学生人数", 15, "人", "≥", 6000),
        ("校车安全检查覆盖率", 10, "%", "=", pct(1)),
        ("幼儿园教师培训人次", 10, "人次", "≥", 900),
        ("课后服务投诉率", 10, "%", "≤", pct(0.02)),
        ("校车交通事故发生起数下降率", 10, "%", "≥", pct(0.1)),
        ("补助资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("学生家长满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "包振宇", "(0589)6630152", day(2024, 11, 20))
    return b


@variant("kcf06-aftercare-two-years", (8, 12),
         "two-year project, OLD-NAT, 中期 and 年度 columns: annual money above the period's, a "
         "year's count above the period's, last year's year in the 年度目标")  # fmt: skip
def kcf06() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, attr="新增项目", name="课后延时托管服务推广",
                 dept=BUREAU, unit="澄岩市栖凤区教育局",
                 money=[("中期资金总额", wan(500), "年度资金总额",
                         mk(wan(520), "B103", "error", note="annual 520 > period 500"))],
                 goals=["2025—2026年在全区60所学校推行课后延时托管，累计服务学生9000人。",
                        mk("2024年完成30所学校延时托管全覆盖。", "Y103", "warning",
                           alt=("Y101",), note="last season")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "延时托管学校数", "≥60所", "≥30所", None),
        (None, None, "托管服务学生人数", "≥9000人",
         mk("≥9500人", "D201", "error", note="one year's count above the period's"), None),
        (None, "质量指标", "托管服务时长达标率", "≥95%", "≥95%", None),
        (None, "成本指标", "生均托管补助标准", "≤200元/生·学期", "≤200元/生·学期", None),
        ("效益指标", "社会效益指标", "双职工家庭接送压力", "有效缓解", "有效缓解", None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b
