"""Returns gg01–gg06: 党参与黄芪道地药材基地 (project, multi-year and department forms)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout647.common import (
    HEAD4,
    HEAD5,
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout647.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("gg01-dangshen-base", (1, 5, 12),
         "project, NAT-2021, numbered tier labels, typed percent cells, a goal area with its "
         "core area in brackets, a 下降率 with ≥, a footnote explaining the total "
         "(correct)")  # fmt: skip
def gg01() -> Book:
    b, s = new()
    project_head(s, year=2025, name="鹤原县党参道地药材标准化种植基地建设项目",
                 dept="鹤原县农业农村局（306）", unit="鹤原县中药材产业发展服务中心",
                 money=one_year(w(80), w(70), w(10)),
                 goals=["在槐坪乡、石沟镇新建党参标准化种植基地1200亩（其中核心示范区300亩），推广"
                        "种子包衣和测土配方施肥，化学农药使用量比上年下降10%以上，为2026年申报"
                        "道地药材基地认定积累数据。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "党参标准化种植基地面积", "≥1200亩"),
        (None, None, "其中：核心示范区面积", "≥300亩"),
        (None, None, "种植技术培训人次", "≥400人次"),
        (None, "（二）质量指标", "种苗移栽成活率", pct(0.9)),
        (None, None, "基地农事记录建档率", pct(1)),
        (None, "（三）时效指标", "种苗移栽完成时间", "2025年5月31日前"),
        ("二、成本指标", "（一）经济成本指标", "种苗补助标准", "≤500元/亩"),
        ("三、效益指标", "（一）经济效益指标", "基地亩均增收", "≥800元/亩"),
        (None, "（二）生态效益指标", "化学农药使用量下降率", "≥10%"),
        (None, "（三）可持续影响指标", "带动种植户数", "≥350户"),
        ("四、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：种苗补助60万元（1200亩×500元/亩），其余20万元用于技术培训和土壤检测。")
    sign(s, "苏振川", "0938-6217405", (2024, 12, 6))
    return b


@variant("gg02-huangqi-goal-year",
         (5,), "project, OLD-NAT, tier labels with * and ★: the indicator area below the goal's, "
         "a deadline left from last season, a satisfaction rate under 社会效益")  # fmt: skip
def gg02() -> Book:
    b, s = new()
    project_head(s, year=2025, name="雾溪县黄芪仿野生种植基地建设项目",
                 dept="雾溪县农业农村局（412）", unit="雾溪县特色产业发展中心",
                 money=one_year(w(120), w(100), w(20)),
                 goals=[ok("在北坡村、榆树沟新建黄芪仿野生种植基地2000亩，统一供种、统一技术规程，"
                           "带动脱贫户和监测户稳定增收。", "warning",
                           note="the goal side of the D104 marked at the indicator")])  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出指标", "★数量指标", "黄芪仿野生种植面积",
         mk("≥1500亩", "D104", "warning", row=True,
            note="the goal states 2000亩 for the same base; the indicator gives 1500亩")),
        (None, None, "统一供种覆盖户数", "≥260户"),
        (None, "★质量指标", "种苗合格率", "≥95%"),
        (None, "时效指标", "种苗移栽完成时间",
         mk("2024年4月30日前", "Y102", "error", row=True, alt=("Y103", "Y101"),
            note="a deadline before the 2025 budget year: last season's date left in")),
        (None, "成本指标", "种苗补助标准", "≤400元/亩"),
        ("*效益指标", "经济效益指标", "户均增收", "≥1500元"),
        (None, "社会效益指标", "带动脱贫户和监测户数", "≥120户"),
        (None, None, mk("种植户满意度", "F201", "warning", row=True,
                        note="a satisfaction rate under 社会效益, not under 满意度"), "≥90%"),
        ("*满意度指标", "服务对象满意度指标", "收购企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gg03-seed-base-three-years", (5, 8, 10),
         "three-year project, NAT-2021, abbreviated tier labels, 中期 and 年度 columns: "
         "period counts beside smaller annual counts, equal rates, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def gg03() -> Book:
    b, s = new()
    project_head(s, year=2025, years=3, name="鹤原县党参黄芪良种繁育基地建设项目",
                 dept="鹤原县农业农村局（306）", unit="鹤原县种子管理站", attr="新增项目",
                 money=multi_year((w(360), w(300), w(60)), (w(120), w(100), w(20))),
                 goals=["三年建成党参、黄芪良种繁育基地共600亩，累计供应良种种苗1500万株，"
                        "良种覆盖率提高15个百分点。",
                        "2025年建成繁育基地200亩，供应良种种苗500万株，"
                        "良种覆盖率提高5个百分点。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出", "数量", "良种繁育基地面积", "≥600亩", "≥200亩"),
        (None, None, "良种种苗供应量", "≥1500万株", "≥500万株"),
        (None, "质量", "种苗质量合格率", "≥95%", "≥95%"),
        (None, "时效", "年度繁育基地建成时间", "各年10月31日前", "2025年10月31日前"),
        ("成本", "经济成本", "繁育基地建设补助标准", "≤1500元/亩", "≤1500元/亩"),
        ("效益", "经济效益", "种苗销售收入", "≥180万元", "≥60万元"),
        (None, "可持续影响", "良种覆盖率", "提高≥15百分点", "提高≥5百分点"),
        ("满意度", "服务对象满意度", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gg04-huangqi-upgrade-period", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
         "annual area above the period's, a cumulative area copied into 年度")  # fmt: skip
def gg04() -> Book:
    b, s = new()
    goal = ("完成黄芪基地提质改造，推广有机肥替代化肥，建立基地质量追溯体系，提升道地黄芪品质和"
            "种植效益。")  # fmt: skip
    project_head(s, year=2025, years=2, name="雾溪县黄芪道地药材基地提质增效项目",
                 dept="雾溪县农业农村局（412）", unit="雾溪县特色产业发展中心",
                 money=multi_year((w(200), w(170), w(30)), (w(110), w(95), w(15))),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标 repeats 中期目标")])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "基地提质改造面积", "≥3000亩",
         mk("≥3200亩", "D201", "error", note="a year's area above the two-year period's")),
        (None, None, "有机肥替代化肥面积", "≥2000亩",
         mk("≥2000亩", "D202", "warning", note="a cumulative area copied from 中期 into 年度")),
        (None, "质量指标", "基地产品抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度改造任务完成时间", "各年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "提质改造补助标准", "≤300元/亩", "≤300元/亩"),
        ("效益指标", "经济效益指标", "基地黄芪亩均产值增加", "≥500元", "≥300元"),
        (None, "可持续影响指标", "纳入质量追溯的基地经营主体", "≥30家", "≥15家"),
        ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gg05-bureau-department", (4, 12),
         "department, NAT-2021, tasks adding to 金额合计 = 项目支出, a goal total with its "
         "parts in brackets, a 注 row inside the table, signature and a fill date in the "
         "prior year (correct)")  # fmt: skip
def gg05() -> Book:
    b, s = new("部门整体")
    department_head(s, year=2025, dept="岭阳县中药材产业发展中心",
                    budget=[(w(460), w(420), w(40), w(180), w(280))],
                    tasks=[("党参基地管护", "基地巡查、病虫害统防统治", w(120), "管护基地5200亩"),
                           ("黄芪基地管护", "仿野生基地围栏和管护", w(90), "管护基地3400亩"),
                           ("初加工技术推广", "培训和示范", w(70), "培训加工户300户"),
                           ("金额合计", None, w(280), None)],
                    goal="管护党参、黄芪道地药材基地8600亩（其中党参5200亩、黄芪3400亩），培训初加工户"
                         "300户，保障基地药材质量稳定。")  # fmt: skip
    indicators(s, (*HEAD4, "备注"), [
        ("产出指标", "数量指标", "道地药材基地管护面积", "≥8600亩", "党参、黄芪合计"),
        (None, None, "初加工户培训户数", "≥300户", None),
        (None, "质量指标", "基地药材抽检合格率", "≥98%", None),
        (None, "时效指标", "病虫害统防统治完成时间", "2025年9月30日前", None),
        ("注：管护面积以乡镇验收台账为准。", None, None, None, None),
        ("成本指标", "经济成本指标", "基地管护经费标准", "≤240元/亩", "8600亩×240元≈206.4万元"),
        ("效益指标", "经济效益指标", "基地药材产值", "≥9000万元", None),
        (None, "社会效益指标", "带动就业人数", "≥500人", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", None),
    ])  # fmt: skip
    notes(s, "填表说明：指标值应可量化、可考核。")
    sign(s, "韩立秋", "0935-4418260", (2024, 11, 20))
    return b


@variant("gg06-service-station-department", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, last year's figures left in "
         "the goal, the same area indicator twice with a word more and another value")  # fmt: skip
def gg06() -> Book:
    b, s = new("部门整体")
    department_head(s, year=2025, dept="雾溪县药材产业服务站",
                    budget=[(w(350), w(310), w(40), w(150), w(200))],
                    tasks=[("党参基地管护", "基地巡查和技术指导", w(60), "管护基地2600亩"),
                           ("黄芪基地管护", "仿野生基地管护", w(80), "管护基地1400亩"),
                           ("质量检测", "药材抽检", w(50), "抽检批次120批"),
                           ("金额合计", None, mk(w(200), "B102", "error",
                                                note="60 + 80 + 50 = 190, not 200"), None)],
                    goal=mk("2024年度完成党参、黄芪基地管护4000亩，抽检药材120批次。", "Y103",
                            "warning", alt=("Y101",),
                            note="a 2025 goal naming 2024: last year's text"))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "道地药材基地管护面积", ok("≥4000亩", "error",
                                                          note="first of the duplicate pair")),
        (None, None, "药材抽检批次", "≥120批次"),
        (None, None, "道地药材种植基地管护面积",
         mk("≥4500亩", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="the same indicator with a word more and another value")),
        (None, "质量指标", "抽检合格率", "≥98%"),
        (None, "时效指标", "抽检结果报送时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单批次检测费用", "≤4000元"),
        ("效益指标", "社会效益指标", "药材质量安全事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
