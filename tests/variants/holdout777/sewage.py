"""Rural sewage-treatment stations: kdg01 to kdg06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout777.common import (
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout777.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "柘岭县生态环境局（305）"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kdg01-station-build", (1, 12), "project, NAT-2021, operator and unit columns, "
         "typed percents, 万元 in the number format, cost × count = money (correct)")  # fmt: skip
def station_build() -> Book:
    b, s = book()
    goal = ("新建农村生活污水处理站点12座（其中苇塘镇5座、石坳乡7座），新增处理能力600吨/日，"
            "出水达标率不低于90%。")  # fmt: skip
    project_head(s, year=2025, name="柘岭县农村生活污水处理站点新建工程", dept=DEPT,
                 unit="柘岭县农村环境整治服务中心", attr="新增项目",
                 money=one_year(wan(264), wan(240), wan(24)), goals=[goal])  # fmt: skip
    indicators(s, OPS, [
        ("成本指标", "经济成本指标", "单座站点建设成本", "≤", 22, "万元/座"),
        (None, "生态环境成本指标", "施工期环境投诉件数", "≤", 0, "件"),
        ("产出指标", "数量指标", "新建污水处理站点数", "≥", 12, "座"),
        (None, None, "新增日处理能力", "≥", 600, "吨/日"),
        (None, "质量指标", "出水水质达标率", "≥", pct(0.9), "%"),
        (None, "时效指标", "站点竣工验收时间", "≤", day(2025, 11, 30), "日期"),
        ("效益指标", "生态效益指标", "化学需氧量削减量", "≥", 150, "吨/年"),
        (None, "可持续影响指标", "站点运行故障发生率", "≤", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龚晓岚", "0731-6628 4417", day(2024, 10, 28))
    return b


@variant("kdg02-upgrade-goal-money", (7, 12), "project, OLD-NAT, header 绩效目标值: goal's "
         "station count differs, money sources exceed the total, 运维 standard × "
         "stations above the money")  # fmt: skip
def upgrade_goal_money() -> Book:
    b, s = book()
    goal = "完成北片区18座污水处理站点提标改造，出水达到一级A标准，全年纳入运维站点60座。"
    total = mk(wan(150), "B101", "error", note="财政拨款 120 + 其他资金 40 = 160 ≠ 150")
    project_head(s, year=2025, name="砚川市北片区农村污水处理设施提标改造", dept="砚川市生态环境局",
                 unit="砚川市水环境治理中心", money=one_year(total, wan(120), wan(40)),
                 goals=[goal])  # fmt: skip
    count = mk("≥15座", "D104", "warning", row=True, alt=("D103",),
               note="年度目标写18座提标改造，指标只有15座")  # fmt: skip
    cost = mk("≤3万元/座·年", "B107", "warning", row=True,
              note="3万元 × 60座 = 180万元，超过年度资金150万元")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "站点提标改造数量", count),
        (None, None, "纳入运维站点数", "≥60座"),
        (None, "质量指标", "出水一级A达标率", "≥90%"),
        (None, "时效指标", "提标改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "站点运维费用标准", cost),
        ("效益指标", "生态效益指标", "氨氮削减量", "≥20吨/年"),
        (None, "社会效益指标", "受益农村人口", "≥2.1万人"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdg03-platform-three-years", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: a year's count above the period's, a count copied, a deadline year before the "
         "project")  # fmt: skip
def platform_three_years() -> Book:
    b, s = book()
    period = "建成覆盖全县的站点智慧运维平台，累计接入站点150座、安装在线监测设备150套。"
    annual = mk("完成平台一期建设，2025年接入站点50座，2024年底前完成平台验收。", "Y103",
                "warning", alt=("Y102", "Y101"),
                note="项目2025年开始，年度目标的2024年是上一轮方案的残留")  # fmt: skip
    project_head(s, year=2025, years=3, name="柘岭县农村污水站点智慧运维平台", dept=DEPT,
                 unit="柘岭县农村环境整治服务中心", attr="新增项目",
                 money=multi_year(wan(900), wan(300), wan(270), wan(30)),
                 goals=[period, annual])  # fmt: skip
    above = mk("≥180座", "D201", "error", alt=("D104",), note="年度180座超过中期150座")
    copied = mk("≥150套", "D202", "warning", note="三年累计的套数原样抄到年度")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "单站点年运维成本", "≤2万元/座", "≤2万元/座"),
        ("产出指标", "数量指标", "接入智慧平台站点数", "≥150座", above),
        (None, None, "在线监测设备安装数", "≥150套", copied),
        (None, "质量指标", "出水达标率", "≥90%", "≥90%"),
        (None, "时效指标", "故障响应时间", "≤24小时", "≤24小时"),
        ("效益指标", "生态效益指标", "化学需氧量削减量", "≥450吨", "≥150吨"),
        (None, "可持续影响指标", "站点运维制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdg04-stacked-two", (2,), "two projects stacked, OLD-NAT, one value column, the "
         "same satisfaction name with different values, a 百分点 rise (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = book()
    project_head(s, year=2025, name="苇塘镇污水管网接户工程", dept=DEPT, unit="苇塘镇人民政府",
                 money=one_year(wan(80), wan(80), wan(0)),
                 goals=["完成苇塘镇接户管网12公里，接入农户1200户。"])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "新建接户管网长度", "≥12公里"),
        (None, None, "接入农户数", "≥1200户"),
        (None, "质量指标", "管网闭水试验合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年11月30日前"),
        (None, "成本指标", "接户补助标准", "≤600元/户"),
        ("效益指标", "生态效益指标", "生活污水收集率提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, name="石坳乡污水站点委托运维补助", dept=DEPT, title="",
                 unit="石坳乡人民政府", money=one_year(wan(45), wan(40), wan(5)),
                 goals=["对石坳乡30座站点实施委托运维，站点正常运行率不低于95%。"])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "委托运维站点数", "≥30座"),
        (None, "质量指标", "站点正常运行率", "≥95%"),
        (None, "时效指标", "故障处置时限", "≤48小时"),
        (None, "成本指标", "单站运维补助标准", "≤1.5万元/座"),
        ("效益指标", "生态效益指标", "出水达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kdg05-bureau-department", (4, 12), "department, NAT-2021: budget and tasks adding "
         "up, a 说明 row in the table, 注 lines, signature lines (correct)")  # fmt: skip
def bureau_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="柘岭县生态环境局",
                    budget=[(wan(1860), wan(1700), wan(160), wan(1100), wan(760))],
                    tasks=[("站点运维", "农村污水处理站点第三方运维", wan(425), "85座站点稳定运行"),
                           ("土壤调查", "耕地土壤污染状况调查", wan(215), "完成600个点位"),
                           ("噪声监测", "学校周边声环境监测", wan(120), "覆盖24所学校"),
                           ("金额合计", None, wan(760), None)],
                    goal="目标1：85座农村污水站点稳定运行；目标2：完成600个耕地点位调查；"
                    "目标3：监测24所学校周边噪声。")  # fmt: skip
    indicators(s, FOUR, [
        ("成本指标", "经济成本指标", "站点年运维成本", "≤5万元/座"),
        ("产出指标", "数量指标", "运维污水处理站点数", "≥85座"),
        (None, None, "耕地土壤调查点位数", "≥600个"),
        (None, None, "噪声监测覆盖学校数", "≥24所"),
        (None, "质量指标", "监测数据有效率", "≥90%"),
        (None, "时效指标", "调查报告提交时间", "2025年12月15日前"),
        ("说明：满意度由第三方抽样调查，样本不少于300户。", None, None, None),
        ("效益指标", "生态效益指标", "站点出水达标率", "≥90%"),
        (None, "社会效益指标", "环境噪声投诉办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥88%"),
    ])  # fmt: skip
    notes(s, "注：1.站点运维成本按85座、每座不超过5万元测算，合计不超过425万元。",
          "2.指标值均为年度目标值。")  # fmt: skip
    sign(s, "潘若琳", "0731-6628 4409", day(2024, 11, 18))
    return b


@variant("kdg06-numbered-duplicates", (5, 11), "project, NAT-2021, numbered labels with points, "
         "operators in words: a near-duplicate under another tier-2, a rate under 时效, a 反向 "
         "rate with 大于等于")  # fmt: skip
def numbered_duplicates() -> Book:
    b, s = book()
    project_head(s, year=2025, name="柘岭县已建污水站点运行维护", dept=DEPT,
                 unit="柘岭县农村环境整治服务中心", money=one_year(wan(200), wan(200), wan(0)),
                 goals=["对已建40座农村污水处理站点实施运行维护，出水稳定达标。"])  # fmt: skip
    dup = mk("站点运行维护数量", "D103", "warning", row=True, alt=("D101", "F201"),
             note="与数量指标下的“已建站点运行维护数”是同一指标")  # fmt: skip
    late = mk("站点出水达标率", "F201", "warning", row=True, note="达标率是质量指标，填在时效下")
    fault = mk("大于等于", "T108", "warning", row=True, note="故障率是反向指标")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("一、成本指标（10分）", "（一）经济成本指标", "单站年运维费用", "小于等于", 5, "万元/座"),
        ("二、产出指标（50分）", "（一）数量指标", "已建站点运行维护数", "大于等于", 40, "座"),
        (None, "（二）质量指标", "设施故障率", fault, 5, "%"),
        (None, "（三）时效指标", late, "大于等于", 90, "%"),
        ("三、效益指标（30分）", "（一）生态效益指标", "化学需氧量削减量", "大于等于", 100, "吨"),
        (None, "（二）可持续影响指标", dup, "大于等于", 40, "座"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "村民满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b
