"""National defence education, 双拥共建 and defence mobilisation returns: tq13–tq18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout319.common import (
    TIERED,
    YEAR,
    book,
    grid,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout319.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

CONTENT = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant("tq13-education-footnotes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准; a 注 row between tiers, a footnote "
         "explaining the money total, 填表说明, signature and a fill date in the year before "
         "(correct)")  # fmt: skip
def tq13() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="全民国防教育日系列宣传活动", unit="澄岭县国防教育讲师团",
                 dept="澄岭县国防教育委员会办公室（0502）", money=one_year(30, 28, 2),
                 goals=["围绕全民国防教育日开展国防教育进校园、主题展览等活动，增强"
                        "全民国防观念。"])  # fmt: skip
    grid(s, CONTENT, [
        ("产出指标", "数量指标", "国防教育进校园专题讲座", "≥40场"),
        (None, None, "国防教育主题展览", "≥6期"),
        (None, "质量指标", "中小学生国防知识测试合格率", "≥90%"),
        (None, "时效指标", "全民国防教育日活动完成时间", f"{YEAR}年9月30日前"),
        (None, "成本指标", "专题讲座场均费用", "≤0.3万元/场"),
    ])  # fmt: skip
    notes(s, "注：讲座场次含线上直播场次，展览按期数计。", width=4)
    s.table([
        ("效益指标", "社会效益指标", "受教育群众国防知识知晓率", "≥85%"),
        (None, "可持续影响指标", "国防教育基地常态化开放", "持续开放"),
        ("满意度指标", "服务对象满意度指标", "参与师生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：年度资金总额30万元 = 财政拨款28万元 + 其他资金（社会捐赠）2万元。",
          "填表说明：1.指标值应细化量化；2.时效指标填写完成时限；3.本表一式两份。",
          width=4)  # fmt: skip
    sign(s, "覃素云", "0739-6610328", day(YEAR - 1, 12, 10))
    return b


WEIGHTED = (*TIERED, "权重")


@variant("tq14-education-page-break", (4,),
         "department, NAT-2021, weight column: a subtotal row under every tier-1, the header row "
         "repeated after a page break, a 合计 row; a 开设率 given as a count of schools, a "
         "satisfaction with =")  # fmt: skip
def tq14() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="苇川市淞湾区国防教育和双拥工作办公室",
                    budget=[(210, 200, 10, 96, 114)], tasks=[
                        ("国防教育进课堂", "中小学国防教育课程和讲座", 40, "授课≥120课时"),
                        ("全民国防教育日", "主题活动和展览", 30, "活动≥15场"),
                        ("双拥共建活动", "军地共建和走访慰问", 44, "共建项目落实"),
                        ("金额合计", None, 114, None)],
                    goal="推进国防教育进课堂，办好全民国防教育日，深化军地共建。")  # fmt: skip
    s.row(*WEIGHTED)
    rate = mk("60所", "T105", "error", note="开设率应为百分比，不是学校数")
    s.table([
        ("产出指标", "数量指标", "国防教育进课堂授课课时", "≥120课时", 10),
        (None, None, "全民国防教育日主题活动场次", "≥15场", 10),
        (None, "质量指标", "中小学国防教育课程开设率", rate, 10),
        (None, "时效指标", "主题活动按时完成率", "≥95%", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, 45, merge=[(1, 4)])
    s.skip()
    s.row(*WEIGHTED)
    s.table([("成本指标", "经济成本指标", "讲课补贴标准", "≤300元/课时", 15)])
    s.row("小计", None, None, None, 15, merge=[(1, 4)])
    s.table([
        ("效益指标", "社会效益指标", "青少年国防知识知晓率", "≥85%", 15),
        (None, "可持续影响指标", "军地共建长效机制运行", "有效", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 25, merge=[(1, 4)])
    eq = mk("=90%", "T107", "warning", note="满意度写成“=”，应为 ≥90%")
    s.table([("满意度指标", "服务对象满意度指标", "参与师生满意度", eq, 15)])
    s.row("小计", None, None, None, 15, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


SUPPORT_ROWS = [
    ("产出指标", "数量指标", "走访慰问驻军部队和优抚对象", "≥1600户次"),
    (None, "质量指标", "慰问金发放准确率", "=100%"),
    (None, "时效指标", "春节走访慰问完成时间", f"{YEAR}年2月15日前"),
    ("成本指标", "经济成本指标", "优抚对象慰问标准", "≤500元/户次"),
    ("效益指标", "社会效益指标", "军地共建项目落实率", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "驻军官兵及优抚对象满意度", "≥92%"),
]  # fmt: skip


@variant("tq15-double-support-money", (12,),
         "department, NAT-2021: budget with a row of shares typed as percents, key tasks "
         "adding to 金额合计 = 项目支出, a footnote explaining the total, all consistent "
         "(correct)")  # fmt: skip
def tq15() -> Book:
    b, s = book()
    shares = (pct(1), pct(0.9375, "0.00%"), pct(0.0625, "0.00%"), pct(0.4), pct(0.6))
    department_head(s, year=YEAR, dept="澄岭县双拥工作领导小组办公室",
                    budget=[tuple(wan(v) for v in (320, 300, 20, 128, 192)), shares], tasks=[
                        ("春节八一走访慰问", "走访驻军部队、慰问优抚对象", wan(96),
                         "走访慰问≥1600户次"),
                        ("双拥模范县创建", "创建迎检、典型宣传", wan(40), "创建工作达标"),
                        ("军地共建项目", "共建文化、教育和医疗项目", wan(56), "落实率≥95%"),
                        ("金额合计", None, wan(192), None)],
                    goal="做好走访慰问，推进双拥模范县创建，深化军地共建。")  # fmt: skip
    grid(s, TIERED, SUPPORT_ROWS)
    notes(s, "注：金额合计192万元即项目支出；基本支出128万元为人员经费和日常公用经费。")
    sign(s, "蓝启铭", "0739-6633071", day(YEAR - 1, 11, 20))
    return b


@variant("tq16-double-support-money-wrong", (12, 9),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, task amounts not adding to "
         "金额合计, the fill date left as an Excel serial in a text cell")  # fmt: skip
def tq16() -> Book:
    b, s = book()
    total = mk(money(250), "B101", "error", row=True, note="基本支出 110 + 项目支出 150 = 260")
    summed = mk(money(150), "B102", "error", row=True, note="70 + 30 + 40 = 140，不是 150")
    filled = mk("45981", "X104", "warning", note="2025-11-20 的日期序列号存成了文本")
    department_head(s, year=YEAR, dept="苇川市双拥工作办公室", filled=filled,
                    budget=[(total, *map(money, (236, 14, 110, 150)))], tasks=[
                        ("拥军优属慰问", "节日走访慰问驻军和优抚对象", money(70), "慰问≥1200户次"),
                        ("军人子女教育帮扶", "军人子女入学、助学", money(30), "应助尽助"),
                        ("军民共建文化活动", "共建文艺演出和国防讲座", money(40), "活动≥24场"),
                        ("金额合计", None, summed, None)],
                    goal="落实拥军优属政策，开展军民共建，巩固双拥模范城成果。")  # fmt: skip
    grid(s, TIERED, [
        ("产出指标", "数量指标", "拥军优属走访慰问户次", "≥1200户次"),
        (None, None, "军民共建文化活动场次", "≥24场"),
        (None, "质量指标", "军人子女教育帮扶政策落实率", "=100%"),
        (None, "时效指标", "节日慰问完成时间", f"{YEAR}年8月1日前"),
        ("成本指标", "经济成本指标", "单场共建文化活动费用", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "军人军属优待政策知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "军人军属满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("tq17-mobilisation-second-sheet", (7, 5),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值, tier labels abbreviated and starred (*产出, 数量, *成本, 经济成本) "
         "(correct)")  # fmt: skip
def tq17() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="国防动员潜力统计调查", unit="苇川市国防动员潜力调查中心",
                 dept="苇川市国防动员办公室（0710）", money=one_year(26, 26, 0),
                 goals=["完成全市经济、交通运输等国防动员潜力数据采集与年度更新，"
                        "为动员需求对接提供数据支撑。"])  # fmt: skip
    s.row("绩效指标", "见“绩效指标”工作表", merge=[(2, 6)])
    t = b.sheet("绩效指标", (12, 14, 32, 18))
    t.title(f"{YEAR}年度国防动员潜力统计调查绩效指标", 4)
    grid(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("*产出", "数量", "潜力调查覆盖企事业单位", "≥860家"),
        (None, None, "交通运输动员潜力数据采集车辆", "≥2400台"),
        (None, "质量", "调查数据核查准确率", "≥98%"),
        (None, "时效", "潜力数据年度更新完成时间", f"{YEAR}年10月31日前"),
        ("*成本", "经济成本", "单家单位调查费用", "≤200元/家"),
        ("*效益", "社会效益", "动员需求对接响应时间", "≤24小时"),
        ("*满意度", "服务对象满意度", "需求部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


ARTEFACT_ROWS = [
    ("产出指标", "数量指标", "专业保障队伍组建数", "≥", 4, "支"),
    (None, None, "集训队员人数", "≥", 160, "人"),
    (None, "质量指标", "集训考核合格率", "≥", pct(0.95), "%"),
    (None, "时效指标", "演练预案修订时限", "≤", 30, "天"),
    (None, "成本指标", "人均集训伙食保障费", "≤", 1100, "元/人"),
    ("效益指标", "社会效益指标", "动员队伍遂行任务到位率", "≥", pct(0.95), "%"),
    ("满意度指标", "服务对象满意度指标", "参训队员满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant("tq18-mobilisation-artefacts", (9, 1),
         "project, OLD-NAT, operator and unit columns with percent cells, detail lines under the "
         "table: an amount split by a space, an amount pasted twice")  # fmt: skip
def tq18() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="国防动员专业保障队伍组建训练", unit="澄岭县国防动员办公室",
                 dept="澄岭县国防动员委员会（0505）", money=one_year(55, 50, 5),
                 goals=["组建交通运输、医疗救护等专业保障队伍并集中训练，开展动员"
                        "演练。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"),
         ARTEFACT_ROWS)  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", merge=[(1, 6)])
    s.row("明细项目", "金额", "说明", merge=[(3, 6)])
    split = mk("24.6 8", "X105", "warning", alt=("X103",), note="24.68 被空格断开，存成文本")
    twice = mk("18万18万", "X106", "error", alt=("B108",), note="18万 粘贴了两次，应为 18")
    s.row("保障装备器材购置", split, "担架、通信和照明器材", merge=[(3, 6)])
    s.row("集训伙食及保障", twice, "160人集训伙食、住宿", merge=[(3, 6)])
    s.row("动员演练组织", 12.32, "演练场地、车辆", merge=[(3, 6)])
    s.row("明细合计", 55, None, merge=[(3, 6)])
    return b
