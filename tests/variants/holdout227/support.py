"""特困供养 and 临时救助: multi-year projects with 中期 and 年度 columns, an operator column with
a 设定依据 column, a 测算依据 block, a transfer-payment 区域 table and a department table with
shares and key tasks (qc07–qc12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout227.common import (
    ONE,
    OPS,
    TWO,
    basis,
    book,
    indicators,
    notes,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout227.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, ok, pct


@variant("qc07-destitute-three-years", (8, 11, 12, 1), "three-year project, NAT-2021, 中期 and "
         "年度 columns: 年均 counts equal in both, standards and rates repeated, a cap on the "
         "average cost equal to the standard × 12 (correct)")  # fmt: skip
def qc07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="特困人员救助供养", dept="石桥县民政局（402）",
        unit="石桥县社会福利中心", attr="延续项目",
        money=period_money((wan(6240.00), wan(6000.00), wan(240.00)),
                           (wan(2080.00), wan(2000.00), wan(80.00))),
        goals=["2026—2028年对全县特困人员应养尽养，年均集中供养320人、分散供养1050人，完成失能"
               "特困人员照护床位改造180张，生活不能自理特困人员集中供养率达到60%以上。",
               "2026年按月足额发放特困人员基本生活费，完成照护床位改造60张，生活不能自理特困"
               "人员集中供养率达到50%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "年均集中供养特困人员", "≥320人", "≥320人"),
        (None, None, "年均分散供养特困人员", "≥1050人", "≥1050人"),
        (None, None, "失能特困人员照护床位改造", "≥180张", "≥60张"),
        (None, "质量指标", "供养资金发放差错率", "≤0.5%", "≤0.5%"),
        (None, None, "生活不能自理特困人员集中供养率", "≥60%", "≥50%"),
        (None, "时效指标", "供养金按月发放及时率", pct(1), pct(1)),
        ("成本指标", "经济成本指标", "集中供养基本生活标准", "≤1200元/人·月", "≤1200元/人·月"),
        (None, None, "分散供养基本生活标准", "≤980元/人·月", "≤980元/人·月"),
        (None, None, "集中供养人均年基本生活成本", "≤1.44万元/人·年", "≤1.44万元/人·年"),
        ("效益指标", "社会效益指标", "特困人员应养尽养率", "100%", "100%"),
        (None, "可持续影响指标", "特困供养服务机构运行管理", "规范", "规范"),
        ("满意度指标", "服务对象满意度指标", "特困供养对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑晓岚", "彭立新", "0739-5216083")
    return b


@variant("qc08-relief-two-years-period", (8, 12), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度资金总额 above 中期资金总额, an annual count above its period count, a "
         "cumulative count copied from 中期 to 年度")  # fmt: skip
def qc08() -> Book:
    b, s = book("Sheet1")
    above = mk(wan(430.00), "B103", "error", row=True, note="年度 430.00 > 中期 420.00")
    grant = mk(wan(410.00), "B103", "error", row=True, required=False, note="the same slip")
    project_head(
        s, year=2026, years=2, name="临时救助资金", dept="鹤鸣区民政局（227）",
        unit="鹤鸣区社会救助服务中心",
        money=period_money((wan(420.00), wan(400.00), wan(20.00)), (above, grant, wan(20.00))),
        goals=["2026—2027年对遭遇急难或支出型困难的家庭及时实施临时救助，两年救助不少于2400"
               "人次，急难型救助24小时内先行救助。",
               "2026年实施临时救助不少于2600人次，开展救助政策宣传不少于24场。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "临时救助人次", "≥2400人次",
         mk("≥2600人次", "D201", "error", note="2600 > 2400 over two years")),
        (None, None, "困难群众救助政策宣传场次", "≥24场",
         mk("≥24场", "D202", "warning", note="a cumulative count copied from 中期")),
        (None, None, "急难型临时救助人次", "≥1000人次", "≥500人次"),
        (None, "质量指标", "救助资金发放差错率", "≤0.5%", "≤0.5%"),
        (None, None, "救助对象入户核查率", "100%", "100%"),
        (None, "时效指标", "急难型救助审批时限", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "临时救助人均救助金额", "≤1500元/人次", "≤1500元/人次"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障率", "100%", "100%"),
        (None, "可持续影响指标", "临时救助“一事一议”机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "葛明远", "吴丽萍", "0739-8817342")
    return b


@variant("qc09-relief-basis-column", (9, 11, 12, 1), "one-year project, NAT-2021, operator, "
         "unit and 指标值设定依据 columns: 人均救助金额 × 人次 equal to the money, 其他资金 with a "
         "note in brackets, =100% on a 冒领 追回率, a 下降率 with ≥ (correct)")  # fmt: skip
def qc09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 12, 14))
    other = ok("40万(其中慈善捐赠15万元)", note="a note in brackets: read as 40")
    project_head(
        s, year=2026, name="临时救助", dept="青岚市江岸区民政局（209）", unit="江岸区民政局",
        money=one_year_money(wan(300.00), wan(260.00), other),
        goals=["2026年对遭遇急难或支出型困难的家庭实施临时救助不少于2000人次，急难型救助48小时"
               "内审批到位，防止因病因灾致贫返贫。"],
    )  # fmt: skip
    indicators(s, (*OPS, "指标值设定依据"), [
        ("产出指标", "数量指标", "临时救助人次", "≥", 2000, "人次", "历史标准"),
        (None, "质量指标", "救助资金发放差错率", "≤", 0.5, "%", "计划标准"),
        (None, None, "救助对象家庭经济状况核对率", "=", pct(1), "%", "计划标准"),
        (None, "时效指标", "急难型临时救助审批时限", "≤", 48, "小时", "行业标准"),
        ("成本指标", "经济成本指标", "临时救助人均救助金额", "≤", 1500, "元/人次", "历史标准"),
        ("效益指标", "社会效益指标", "冒领救助资金追回率", "=", 100, "%", "计划标准"),
        (None, None, "因病因灾致贫返贫户数下降率", "≥", 5, "%", "历史标准"),
        (None, "可持续影响指标", "临时救助备用金制度", "定性", "健全", None, "其他标准"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", pct(0.9), "%", "行业标准"),
    ])  # fmt: skip
    notes(s, "注：人均救助金额按上年实际救助水平测算；本表指标值均为年度目标。")
    sign(s, "申立群", "骆晓帆", "0739-8026537")
    return b


@variant("qc10-relief-decimal-lost", (9, 11, 12), "one-year project, OLD-NAT, one value column "
         "and a 测算依据 block: one line typed in 元 (10 000×), a 审批时限 with ≥")  # fmt: skip
def qc10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="城乡困难群众临时救助", dept="桂阳县民政局（417）", unit="桂阳县民政局",
        money=one_year_money(wan(356.00), wan(320.00), wan(36.00)),
        goals=["2026年实施临时救助不少于2000人次，其中急难型1200人次、支出型800人次，在8个乡镇"
               "设立临时救助备用金。"],
    )  # fmt: skip
    slow = mk("≥24小时", "T108", "warning", row=True, note="a time limit takes ≤")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "临时救助人次", "≥2000人次"),
        (None, None, "急难型临时救助人次", "≥1200人次"),
        (None, None, "支出型临时救助人次", "≥800人次"),
        (None, "质量指标", "救助资金发放准确率", "≥99%"),
        (None, "时效指标", "急难型救助审批办理时限", slow),
        (None, "成本指标", "急难型临时救助人均救助金额", "≤1500元/人次"),
        (None, None, "支出型临时救助人均救助金额", "≤2000元/人次"),
        ("效益指标", "社会效益指标", "困难群众临时救助应救尽救率", "100%"),
        (None, "可持续影响指标", "乡镇临时救助备用金制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
    ])  # fmt: skip
    lost = mk(money(160000), "B110", "error", note="16.00万元 typed in 元")
    basis(s, [
        (1, "急难型临时救助", "1500元/人次×1200人次", money(180.00)),
        (2, "支出型临时救助", "2000元/人次×800人次", money(160.00)),
        (3, "乡镇临时救助备用金", "8个乡镇×2万元", lost),
    ], money(356.00))  # fmt: skip
    b.file_mark("B102", "error", required=False, note="the 元 line breaks the sum")
    sign(s, "伍健", "欧阳慧", "0735-4417286")
    return b


@variant("qc11-destitute-regional-transfer", (5, 11, 12), "transfer-payment 区域绩效目标表: "
         "中央补助 + 地方资金, numbered goals, numbered OLD-NAT tiers, ★ core indicators, care "
         "standards in three grades splitting one count (correct)")  # fmt: skip
def qc11() -> Book:
    b, s = book("区域绩效目标")
    s.title("2026年度困难群众救助补助资金区域绩效目标表", 6)
    s.row("专项名称", "困难群众救助补助资金（特困人员救助供养）", None, "省级主管部门", "省民政厅",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("地区", "青岚市", None, "市级财政部门", "青岚市财政局", merge=[(2, 3), (5, 6)])
    s.row("资金情况（万元）", "年度资金总额", wan(2800.00), None, None, None)
    s.row(None, "其中：中央补助", wan(1960.00), "地方资金", wan(840.00))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", "目标1：全市1700名特困人员基本生活费按月足额发放；目标2：按全护理、"
          "半护理、全自理三档发放照料护理补贴；目标3：供养对象满意度达到90%以上。",
          merge=[(2, 6)])  # fmt: skip
    _regional_rows(s)
    notes(s, "注：标★的为核心指标，不得删除；照料护理标准按自理能力分三档执行。")
    return b


def _regional_rows(s: Sheet) -> None:
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "★特困人员救助供养人数", "≥1700人"),
        (None, None, "全护理特困人员照料护理人数", "≥210人"),
        (None, None, "半护理特困人员照料护理人数", "≥340人"),
        (None, None, "全自理特困人员照料护理人数", "≥1150人"),
        (None, "2.质量指标", "★救助供养资金发放差错率", "≤0.5%"),
        (None, "3.时效指标", "供养资金按月发放及时率", "≥98%"),
        (None, "4.成本指标", "特困人员基本生活标准", "≤1050元/人·月"),
        (None, None, "全护理照料护理标准", "≤1100元/人·月"),
        (None, None, "半护理照料护理标准", "≤450元/人·月"),
        (None, None, "全自理照料护理标准", "≤120元/人·月"),
        ("二、效益指标", "1.社会效益指标", "★特困人员基本生活保障率", "100%"),
        (None, "2.可持续影响指标", "特困供养对象动态管理机制", "健全"),
        ("三、满意度指标", "1.服务对象满意度指标", "★特困供养对象满意度", "≥90%"),
    ])  # fmt: skip


def _civil_money(s: Sheet) -> None:
    s.title("2026年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", "白鹭湖区民政局", None, "填报日期", day(2025, 11, 18),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算", "资金构成", "金额（万元）", "占比")
    s.table([
        (None, "资金总额", wan(3612.40), pct(1, "0.00%")),
        (None, "其中：财政拨款", wan(3420.00), pct(0.9467, "0.00%")),
        (None, "其他资金", wan(192.40), pct(0.0533, "0.00%")),
        (None, "基本支出", wan(862.40),
         mk(pct(0.2887, "0.00%"), "B111", "error", note="862.40 ÷ 3612.40 = 23.87%")),
        (None, "项目支出", wan(2750.00), pct(0.7613, "0.00%")),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 5, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标")
    s.table([
        (None, "特困人员救助供养", "集中和分散供养特困人员", wan(1480.00), "应养尽养"),
        (None, "临时救助", "急难型、支出型临时救助", wan(320.00), "及时救助"),
        (None, "高龄津贴发放", "80周岁以上老人按月发放", wan(680.00), "按月足额"),
        (None, "残疾人两项补贴", "生活补贴和护理补贴", wan(290.00), "应补尽补"),
        (None, "金额合计", None, mk(wan(2750.00), "B102", "error", row=True,
                                      note="tasks add to 2770.00")),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 5, start_column=1, end_row=s.r, end_column=1)


@variant("qc12-civil-affairs-department", (12, 1), "department, NAT-2021, budget lines with "
         "shares, key tasks with 金额合计: one share that does not match its amount, tasks "
         "that do not add up to 金额合计")  # fmt: skip
def qc12() -> Book:
    b, s = book("部门整体")
    _civil_money(s)
    s.row("年度总体目标", "保障全区困难群众基本生活，特困人员应养尽养，临时救助及时到位，各项"
          "补贴按月足额发放。", merge=[(2, 6)])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "特困人员救助供养人数", "≥1240人"),
        (None, None, "临时救助人次", "≥2100人次"),
        (None, None, "高龄津贴发放人数", "≥5200人"),
        (None, "质量指标", "社会救助资金发放差错率", "≤0.5%"),
        (None, "时效指标", "各项补贴按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "临时救助人均救助金额", "≤1500元/人次"),
        (None, None, "高龄津贴标准", "≤100元/人·月"),
        ("效益指标", "社会效益指标", "困难群众应保尽保率", "100%"),
        (None, "可持续影响指标", "社会救助家庭经济状况核对机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "任思远", "贺青", "0739-6639014")
    return b
