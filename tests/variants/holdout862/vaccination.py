"""Livestock vaccination returns (kgn01–kgn06): 强制免疫, 免疫效果监测, 防疫员."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout862.common import details, first, funds, header, indicators, note, sign
from tests.variants.holdout862.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok, pct

DEPT = "梧坪县农业农村局（312004）"


@variant(
    "kgn01-vaccine-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
    "format, detail lines adding to the total (correct)",
)
def vaccine_percent() -> Book:
    b, s = first()
    project_head(s, year=2026, name="梧坪县2026年重大动物疫病强制免疫", dept=DEPT,
                 unit="梧坪县动物疫病预防控制中心", money=funds(180, 150, 30),
                 goals=["完成春秋两季口蹄疫、高致病性禽流感等强制免疫，免疫畜禽120万头只（其中"
                        "猪牛羊80万头只、家禽40万羽），群体免疫密度常年保持在90%以上。"],
                 )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "强制免疫畜禽数量", "≥", 120, "万头只"),
        (None, None, "免疫抗体监测样品数", "≥", 6000, "份"),
        (None, "质量指标", "群体免疫密度", "≥", pct(0.9), None),
        (None, None, "免疫抗体合格率", "≥", pct(0.7), None),
        (None, "时效指标", "春防集中免疫完成时间", "≤", day(2026, 5, 31, CN_DATE), None),
        (None, "成本指标", "疫苗采购单价", "≤", 0.8, "元/头份"),
        ("效益指标", "社会效益指标", "重大动物疫情发生次数", "=", 0, "起"),
        (None, None, "免疫副反应发生率", "≤", pct(0.005, "0.0%"), None),
        (None, "可持续影响指标", "强制免疫工作机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    details(s, [("疫苗采购", 96), ("免疫耗材及防护用品", 24), ("村级防疫员劳务补助", 48),
                ("免疫抗体监测", 12)], 180, "资金明细")  # fmt: skip
    sign(s, "贺青禾", "0736-5820417", (2025, 10, 28))
    return b


@variant("kgn02-vaccine-goal-mismatch", (1, 11),
         "project, NAT-2021, operators inside the values: the goal's 免疫85万只 against an "
         "indicator of 58万只, a deadline in the year before the budget year")  # fmt: skip
def vaccine_goal_mismatch() -> Book:
    b, s = first()
    project_head(s, year=2026, name="桑滩县羊布鲁氏菌病免疫防控", dept="桑滩县农业农村局",
                 unit="桑滩县畜牧兽医服务中心", money=funds(130, 110, 20),
                 goals=["全年完成羊布鲁氏菌病免疫85万只，免疫密度达到90%以上，布病阳性检出率比上"
                        "年下降10%以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    indicators(s, [
        ("产出指标", "数量指标",
         "羊布病免疫数量", mk("≥58万只", "D104", "warning", row=True,
                              note="年度目标写免疫85万只，指标只有58万只"), "万只", None),
        (None, "质量指标", "羊布病免疫密度", pct(0.9), "%", "不低于"),
        (None, "时效指标", "秋季集中免疫完成时间",
         mk("2025年11月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2026年度的项目，完成时间却在2025年：上一季留下的日期"), None, None),
        ("成本指标", "经济成本指标", "布病疫苗采购单价", "≤1.2元/头份", "元/头份", None),
        ("效益指标", "社会效益指标", "布病阳性检出率下降率", "≥10%", "%", "比上年"),
        (None, "可持续影响指标", "布病免疫档案完整率", "≥95%", "%", None),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "%", None),
    ])  # fmt: skip
    sign(s, "甘露生", "0917-3328065", (2025, 11, 6))
    return b


@variant(
    "kgn03-multi-year-vaccination",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 columns: period counts three times the "
    "year's, equal rates and unit costs, a later year the work prepares for (correct)",
)
def multi_year_vaccination() -> Book:
    b, s = first()
    project_head(s, year=2026, years=3, name="栗川市家禽禽流感免疫提质行动",
                 dept="栗川市农业农村局",
                 unit="栗川市动物疫病预防控制中心", money=funds(540, 450, 90, annual=180),
                 attr="新增项目",
                 goals=["2026—2028年累计完成家禽禽流感免疫1500万羽，建成3个区域性免疫效果监测点，"
                        "为2029年申报无规定动物疫病区评估积累监测数据。",
                        "2026年完成家禽禽流感免疫500万羽，建成1个免疫效果监测点，群体免疫密度保持"
                        "在90%以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "禽流感免疫数量", "≥1500", "≥500", "万羽"),
        (None, None, "免疫效果监测点建设数量", "3", "1", "个"),
        (None, "质量指标", "群体免疫密度", pct(0.9), pct(0.9), None),
        (None, None, "免疫抗体合格率", pct(0.7), pct(0.7), None),
        (None, "时效指标", "年度免疫计划完成时间", "2028年12月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "禽流感疫苗单价", "≤0.25", "≤0.25", "元/羽"),
        ("效益指标", "社会效益指标", "禽流感疫情发生次数", "0",
         ok("0", "warning", note="零发生的上限，两列相同并非照抄"), "起"),
        (None, "可持续影响指标", "区域免疫效果监测网络", "建成", "建设中", None),
        ("满意度指标", "服务对象满意度指标", "养禽场户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    note(s, "说明：中期指标值为2026—2028年累计数，年度指标值为2026年当年数。")
    sign(s, "龙素秋", "0745-6652039", (2025, 12, 3))
    return b


@variant("kgn04-period-copied", (8, 12),
         "three-year project, OLD-NAT, 中期 and 年度 columns: a year's training count above the "
         "period's, a cumulative count copied, 年度资金 above the period's total")  # fmt: skip
def period_copied() -> Book:
    b, s = first()
    annual = mk(
        money(320, '0.00"万元"'),
        "B103",
        "error",
        note="三年期项目的年度资金320万元大于中期资金总额300万元",
    )
    project_head(s, year=2026, years=3, name="鹤岭区村级动物防疫员能力提升",
                 dept="鹤岭区农业农村局",
                 unit="鹤岭区畜牧兽医站", money=funds(300, 270, 30, annual=annual),
                 goals=["2026—2028年培训村级动物防疫员1200人次，强制免疫牲畜900万头只，防疫员持证"
                        "上岗率达到95%。",
                        "2026年培训村级动物防疫员400人次，强制免疫牲畜300万头只。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "防疫员培训人次", "≥1200",
         mk("≥1500", "D201", "error", note="一年的培训人次大于三年合计"), "人次"),
        (None, None, "强制免疫牲畜数量", "≥900",
         mk("≥900", "D202", "warning", alt=("D104",),
            note="三年累计数照抄到年度列；年度目标写300万头只"), "万头只"),
        (None, "质量指标", "防疫员持证上岗率", "≥95%", "≥90%", None),
        (None, "时效指标", "年度培训完成时间", "2028年11月30日前", "2026年11月30日前", None),
        (None, "成本指标", "人均培训费用", "≤600", "≤600", "元/人次"),
        ("效益指标", "社会效益指标", "免疫操作差错率", "≤1%", "≤1%", None),
        (None, "可持续影响指标", "村级防疫队伍稳定率", "≥90%", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "参训防疫员满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "钟汀兰", "0833-7140926", (2025, 11, 14))
    return b


@variant(
    "kgn05-vaccine-department",
    (12, 5, 10),
    "department, NAT-2021, numbered tier labels with points and an indicator score column, "
    "both adding to 100, tasks adding to 项目支出, a rate raised in 百分点 (correct)",
)
def vaccine_department() -> Book:
    b, s = first("部门整体")
    department_head(s, year=2026, dept="栗川市动物疫病预防控制中心",
                    budget=[(money(860), money(800), money(60), money(520), money(340))],
                    tasks=[("强制免疫疫苗采购", "口蹄疫、禽流感、小反刍兽疫疫苗", money(180),
                            "应免尽免"),
                           ("免疫效果监测", "抗体监测样品采集与检测", money(60), "抽检全覆盖"),
                           ("防疫员劳务补助", "全市村级防疫员免疫劳务", money(100), "补助到人"),
                           ("金额合计", None, money(340), None)],
                    goal="目标1：强制免疫病种群体免疫密度保持在90%以上；目标2：全年采集检测免疫"
                         "抗体样品1.2万份（其中猪牛羊8000份、家禽4000份）。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "1.免疫抗体监测样品数", "≥1.2万份", 15),
        (None, None, "2.强制免疫病种覆盖数", "≥3种", 10),
        (None, "（二）质量指标", "3.群体免疫密度", "≥90%", 15),
        (None, "（三）时效指标", "4.秋防集中免疫完成时间", "2026年11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.抗体检测单样成本", "≤50元/份", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.免疫抗体合格率比上年提高",
         "≥2百分点", 15),
        (None, "（二）可持续影响指标", "7.免疫效果监测网络运行", "持续稳定", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.养殖场户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "邬晴川", "0745-6652188", (2025, 11, 25))
    return b


@variant("kgn06-duplicate-wrong-tier", (7, 5),
         "project, NAT-2021, abbreviated tier labels, headers 考核指标 · 目标值（年度） · "
         "评价标准: the same density twice under two tier-2s, an antibody rate under "
         "时效")  # fmt: skip
def duplicate_wrong_tier() -> Book:
    b, s = first()
    project_head(s, year=2026, name="苇塘乡小反刍兽疫免疫", dept="苇塘乡人民政府",
                 unit="苇塘乡农业综合服务站", money=funds(42, 42, 0),
                 goals=["全年免疫山羊、绵羊6.5万只，应免畜禽免疫密度不低于90%，抗体合格率不低于"
                        "70%。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, [
        ("产出", "数量", "小反刍兽疫免疫数量", "≥6.5万只", "每少1000只扣1分"),
        (None, "质量", "强制免疫应免密度", "≥90%", "未达到不得分"),
        (None, "时效", mk("免疫抗体合格率", "F201", "warning", row=True, alt=("F105",),
                          note="合格率是质量指标，填在时效下"), "≥70%", "按抽检结果计分"),
        (None, None, "春防免疫完成时间", "2026年5月31日前", "逾期不得分"),
        ("成本", "经济成本", "疫苗采购单价", "≤0.6元/头份", "超标准不得分"),
        ("效益", "社会效益", mk("强制免疫应免畜禽免疫密度", "D103", "warning", row=True,
                                 alt=("D101", "D102", "F201"),
                                 note="与质量指标下的应免密度是同一指标"), "≥90%", "未达到不得分"),
        (None, None, "小反刍兽疫疫情发生次数", "0起", "发生即不得分"),
        ("满意度", "服务对象满意度", "养羊户满意度", "≥90%", "按问卷计分"),
    ])  # fmt: skip
    sign(s, "晏松林", "0918-4471302", (2025, 12, 9))
    return b
