"""Returns ho01–ho06: 蛋鸡 egg farms of the invented 栖枫县 (house upgrades, vaccination,
cage-free pilots, feed subsidies, the livestock centre's department table, manure treatment)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout681.common import indicators, notes, project, sign, start, wan
from tests.variants.holdout681.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "栖枫县农业农村局（318）"
CENTRE = "栖枫县畜牧兽医服务中心"


@variant(
    "ho01-layer-house-upgrade",
    (1, 7, 11),
    "project, NAT-2021, operator and unit columns, header 绩效标准, typed percent cells, "
    "=100% on a rate, 死淘率降幅 in 百分点 with ≥, cost × count equal to the money (correct)",
)
def layer_house() -> Book:
    b, s = start()
    goal = (
        "改造标准化蛋鸡舍12栋（其中层叠式笼养舍8栋、通风降温改造4栋），新增存栏能力9.6万羽，"
        "蛋鸡死淘率下降2个百分点。"
    )
    project(s, (60, 60, 0), [goal], year=2025, name="标准化蛋鸡舍改造提升", dept=DEPT,
            unit=CENTRE)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效标准", "计量单位")
    rows = [
        ["产出指标", "数量指标", "改造标准化蛋鸡舍数量", "=", 12, "栋"],
        [None, None, "新增蛋鸡存栏能力", "≥", 9.6, "万羽"],
        [None, "质量指标", "改造鸡舍验收合格率", "=", pct(1)],
        [None, "时效指标", "改造工程完工时间", "≤", day(2025, 10, 31, CN_DATE)],
        ["成本指标", "经济成本指标", "鸡舍改造补助标准", "≤", 5, "万元/栋"],
        ["效益指标", "经济效益指标", "年增产鲜蛋", "≥", 580, "吨"],
        [None, "社会效益指标", "带动周边养殖户", "≥", 35, "户"],
        [None, "可持续影响指标", "蛋鸡死淘率降幅", "≥", 2, "百分点"],
        ["满意度指标", "服务对象满意度指标", "受益养殖场户满意度", "≥", pct(0.9)],
    ]
    indicators(s, head, rows)
    notes(s, "注：死淘率降幅以2024年全县监测均值为基数，按百分点计。")
    sign(s, "严佩芸", "0736-6518204", day(2024, 11, 18))
    return b


@variant(
    "ho02-vaccination-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: period count below the goal's, a "
    "sampling count above its period, a deadline left from last season",
)
def vaccination() -> Book:
    b, s = start()
    period = (
        "2025—2027年累计为全县蛋鸡免疫禽流感疫苗1800万羽次，免疫抗体合格率保持在70%以上，"
        "不发生区域性重大动物疫情。"
    )
    year = "2025年免疫蛋鸡600万羽次，监测采样3600份，9月底前完成秋季集中免疫。"
    project(s, (90, 90, 0, 270), [period, year], year=2025, years=3, dept=DEPT, unit=CENTRE,
            name="蛋鸡重大疫病强制免疫及监测", attr="常年项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")
    rows = [
        ["产出指标", "数量指标", "禽流感疫苗免疫蛋鸡数量",
         mk("≥1500万羽次", "D104", "warning", row=True,
            note="中期目标写三年累计1800万羽次，实施期指标只有1500万羽次"),
         "≥600万羽次"],
        [None, None, "免疫抗体监测采样数量", "≥10800份",
         mk("≥12000份", "D201", "error",
            note="年度12000份超过实施期10800份；年度目标写3600份")],
        [None, "质量指标", "免疫抗体合格率", "≥70%", "≥70%"],
        [None, "时效指标", "秋季集中免疫完成时间", "每年9月30日前",
         mk("2024年9月30日前", "Y102", "error", alt=("Y103", "D104"),
            note="上一季的日期未改：预算年度2025年，年度目标写9月底前")],
        ["成本指标", "经济成本指标", "每羽次免疫成本", "≤0.15元", "≤0.15元"],
        ["效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0次", "0次"],
        [None, "可持续影响指标", "免疫档案规范建档率", "≥95%", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", "≥90%"],
    ]  # fmt: skip
    indicators(s, head, rows)
    sign(s, "严佩芸", "0736-6518204", day(2024, 11, 18))
    return b


@variant(
    "ho03-cage-free-pilot",
    (8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns with a unit column: period counts "
    "above the year's, a later year the pilot prepares for, 产蛋率 raised in 百分点 (correct)",
)
def cage_free() -> Book:
    b, s = start()
    period = (
        "2025—2026年建成蛋鸡散养示范场5个（2025年3个、2026年2个），"
        "为2027年在全县推广积累技术规程和成本数据。"
    )
    year = "2025年建成散养示范场3个，示范场产蛋率较笼养对照提高不低于3个百分点。"
    project(s, (80, 70, 10, 150), [period, year], year=2025, years=2, dept=DEPT,
            unit=CENTRE, name="蛋鸡福利化散养示范试点", attr="新增项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    rows = [
        ["产出指标", "数量指标", "建成散养示范场", "≥5", "≥3", "个"],
        [None, None, "培训散养技术人员", "≥200", "≥120", "人次"],
        [None, "质量指标", "示范场验收合格率", "≥95", "≥95", "%"],
        [None, "时效指标", "年度建设任务完成时间", "2026年11月30日前", "2025年11月30日前"],
        ["成本指标", "经济成本指标", "示范场建设补助标准", "≤25", "≤25", "万元/个"],
        ["效益指标", "经济效益指标", "示范场产蛋率提高", "≥3", "≥3", "百分点"],
        [None, "可持续影响指标", "散养技术规程编制", "发布实施", "完成初稿"],
        ["满意度指标", "服务对象满意度指标", "示范场户满意度", "≥90", "≥90", "%"],
    ]
    indicators(s, head, rows)
    notes(s, "说明：补助标准按每个示范场计，培训等费用在其余资金中列支。")
    return b


@variant(
    "ho04-feed-and-purification-stacked",
    (2, 12),
    "two projects stacked in one sheet, NAT-2021: a duplicate indicator in the first, the "
    "second's total not its sources, its subsidy standard × count above its money",
)
def feed_stacked() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    goal = "对40家蛋鸡养殖场推广低蛋白日粮，按每家1.2万元给予饲料节粮补贴，豆粕用量下降8%以上。"
    project(s, (48, 48, 0), [goal], year=2025, name="蛋鸡养殖场饲料节粮补贴", dept=DEPT,
            unit=CENTRE, title="2025年度项目支出绩效目标申报表（饲料节粮、疫病净化）")  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "享受补贴蛋鸡养殖场数量", "≥40家"],
        [None, "质量指标", "补贴资金发放准确率", "100%"],
        [None, "时效指标", "补贴资金兑付时间", "2025年12月15日前"],
        ["成本指标", "经济成本指标", "单场节粮补贴标准", "≤1.2万元/家"],
        ["效益指标", "经济效益指标", "豆粕用量下降率", "≥8%"],
        [None, "社会效益指标",
         mk("享受补贴的蛋鸡养殖场数", "D101", "warning", row=True, alt=("D103",),
            note="与数量指标“享受补贴蛋鸡养殖场数量 ≥40家”是同一指标"),
         "≥40家"],
        ["满意度指标", "服务对象满意度指标", "受补贴养殖场满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="蛋鸡场疫病净化场创建", dept=DEPT, unit=CENTRE, title="",
                 money=[["中期资金总额", wan(75), "年度资金总额",
                         mk(wan(75), "B101", "error", note="财政拨款50 + 其他资金20 = 70，不是75")],
                        ["其中：财政拨款", wan(50), "其他资金", wan(20)]],
                 goals=["创建禽白血病、沙门氏菌净化场3个，种源带毒率降至1%以下。"])  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "创建疫病净化场", "≥3个"],
        [None, "质量指标", "净化场评估验收通过率", "100%"],
        ["成本指标", "经济成本指标",
         mk("净化场创建补助标准", "B107", "warning", row=True,
            note="30万元/个 × 3个 = 90万元，超过项目资金"),
         "≤30万元/个"],
        ["效益指标", "社会效益指标", "净化场种源带毒率", "≤1%"],
        ["满意度指标", "服务对象满意度指标", "创建场满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "ho05-livestock-centre-department",
    (5, 10, 12),
    "department, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）数量指标) "
    "and indicator points adding to them, tasks adding to 金额合计, a goal count with its parts "
    "(correct)",
)
def centre_department() -> Book:
    b, s = start("部门整体")
    goal = (
        "全年完成蛋鸡强制免疫600万羽次，抽检鲜蛋样品1200批次（其中兽药残留800批次、微生物"
        "400批次），不发生区域性重大动物疫情。"
    )
    department_head(s, year=2025, dept=CENTRE, goal=goal, filled=day(2024, 11, 22),
                    budget=[[wan(520), wan(480), wan(40), wan(310), wan(210)]],
                    tasks=[["蛋鸡疫病防控", "强制免疫、抗体监测", wan(90), "免疫600万羽次"],
                           ["饲料节粮推广", "低蛋白日粮补贴", wan(48), "40家养殖场"],
                           ["蛋品质量抽检", "兽药残留、微生物检测", wan(72), "1200批次"],
                           ["金额合计", None, wan(210), None]])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ["一、产出指标（50分）", "（一）数量指标", "1.蛋鸡强制免疫数量", "≥600万羽次", 15],
        [None, None, "2.鲜蛋样品抽检批次", "≥1200批次", 15],
        [None, "（二）质量指标", "3.免疫抗体合格率", "≥70%", 10],
        [None, "（三）时效指标", "4.抽检结果报送时限", "≤5个工作日", 10],
        ["二、成本指标（10分）", "（一）经济成本指标", "5.每批次抽检费用", "≤600元", 10],
        ["三、效益指标（30分）", "（一）社会效益指标", "6.区域性重大动物疫情", "0起", 10],
        [None, None, "7.鲜蛋抽检合格率提升", "≥1百分点", 10],
        [None, "（二）可持续影响指标", "8.疫病净化场累计创建数", "≥6个", 10],
        ["四、满意度指标（10分）", "（一）服务对象满意度指标", "9.养殖场户满意度", pct(0.92), 10],
        ["合计", None, None, None, 100],
    ])  # fmt: skip
    return b


@variant(
    "ho06-manure-treatment",
    (5, 11),
    "project, NAT-2021, abbreviated tier labels (产出, 数量, 成本…): a facility count below the "
    "goal's, a utilisation rate under 时效; 投诉次数 with ≤ (look-alike)",
)
def manure() -> Book:
    b, s = start()
    goal = "建设蛋鸡场粪污处理设施8处，粪污综合利用率达到90%以上，年产有机肥1.2万吨。"
    project(s, (96, 80, 16), [goal], year=2025, name="蛋鸡场粪污资源化利用设施建设",
            dept=DEPT, unit=CENTRE)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ["产出", "数量", "建设粪污处理设施",
         mk("≥6处", "D104", "warning", row=True, note="年度目标写建设8处，补助资金也按8处")],
        [None, "质量", "设施建设验收合格率", "≥95%"],
        [None, "时效", "设施建成投用时间", "2025年11月30日前"],
        [None, None,
         mk("粪污综合利用率", "F201", "warning", row=True,
            note="利用率是效益（生态效益）或质量指标，不是时效指标"),
         "≥90%"],
        ["成本", "经济成本", "单处设施建设补助", "≤12万元"],
        ["效益", "生态效益", "年产有机肥", "≥1.2万吨"],
        [None, "社会效益", "周边群众臭气投诉次数", "≤3次"],
        ["满意度", "服务对象满意度", "周边群众满意度", "≥85%"],
    ])  # fmt: skip
    return b
