"""Tea garden upgrades: ecological gardens, old gardens, water-and-fertiliser works, the
county tea centre and the extension station (kff01–kff06)."""

from __future__ import annotations

from tests.variants.holdout828.common import (
    COUNTY,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    two_levels,
    wan,
)
from tests.variants.holdout828.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kff01-eco-garden", (1, 5, 11),
         "project, NAT-2021, operator and unit columns, typed percent cells, a 下降率 with ≥, "
         "0起 on an incident count, cost × area equal to the money (correct)")  # fmt: skip
def eco_garden() -> Book:
    b, s = project(2026, f"{COUNTY}生态茶园提升改造项目", f"{COUNTY}茶叶产业发展中心",
                   one_year(120, 100, 20),
                   ["完成生态茶园提升改造800亩（其中有机转换茶园300亩），培训茶农400人次，"
                    "推广绿色防控技术，带动项目区茶农增收。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ["一、产出指标", "1.数量指标", "生态茶园提升改造面积", "≥", 800, "亩"],
        [None, None, "有机转换茶园面积", "≥", 300, "亩"],
        [None, None, "绿色防控技术培训茶农", "≥", 400, "人次"],
        [None, "2.质量指标", "改造茶园验收合格率", "≥", pct(0.95), "%"],
        [None, "3.时效指标", "改造任务完成时间", "≤", day(2026, 11, 30, CN_DATE), None],
        ["二、成本指标", "1.经济成本指标", "每亩提升改造补助标准", "≤", 1500, "元/亩"],
        [None, "2.社会成本指标", "茶园改造生产安全事故", "=", 0, "起"],
        ["三、效益指标", "1.经济效益指标", "项目区茶农亩均增收", "≥", 300, "元/亩"],
        [None, "2.生态效益指标", "化学农药使用量下降率", "≥", 10, "%"],
        [None, "3.社会效益指标", "带动茶农户数", "≥", 350, "户"],
        ["四、满意度指标", "服务对象满意度指标", "项目区茶农满意度", "≥", pct(0.9), "%"],
    ])  # fmt: skip
    notes(s, "注：补助标准1500元/亩 × 800亩 = 120万元，与年度资金总额一致。")
    sign(s, "温岚", "0571-6832415", (2025, 11, 18))
    return b


@variant("kff02-old-garden-goal", (5,),
         "project, NAT-2021, one value column: goal area above the indicator, last year's "
         "deadline, a near-duplicate under another tier-2")  # fmt: skip
def old_garden() -> Book:
    b, s = project(2026, "雾峰乡低产老茶园改造项目", "雾峰乡农业综合服务中心",
                   one_year(90, 90),
                   ["2026年完成低产老茶园改造1200亩，修建茶园生产便道6公里，"
                    "推广测土配方施肥，改造茶园亩产提高15%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标",
         "低产老茶园改造面积", mk("≥1000亩", "D104", "warning", row=True,
                                  note="年度目标写改造1200亩，指标只有1000亩")],
        [None, None, "茶园生产便道修建长度", "≥6公里"],
        [None, None, "测土配方施肥覆盖率", "≥90%"],
        [None, "质量指标", "改造茶园茶苗成活率", "≥92%"],
        [None, None, "茶园测土配方施肥覆盖率",
         mk("≥85%", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与数量指标下的测土配方施肥覆盖率是同一指标，值不同")],
        [None, "时效指标", "改造任务完成时间",
         mk("2025年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2026年项目的期限写在2025年：上一季留下的日期")],
        ["成本指标", "经济成本指标", "每亩改造补助标准", "≤750元/亩"],
        ["效益指标", "经济效益指标", "改造茶园亩产提高", "≥15%"],
        [None, "社会效益指标", "带动茶农户数", "≥260户"],
        ["满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "蒋雨禾", "0571-6850932", (2025, 11, 25))
    return b


@variant("kff03-demo-garden-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
         "rates and unit costs equal, a later year the work prepares for (correct)")  # fmt: skip
def demo_garden() -> Book:
    b, s = project(2026, f"{COUNTY}茶叶绿色高效示范茶园建设项目", f"{COUNTY}茶叶产业发展中心",
                   two_levels(wan(450), wan(150)),
                   ["2026—2028年建设绿色高效示范茶园3000亩，建成茶园物联网监测点30个，"
                    "为2029年全县茶园绿色食品认证积累技术和数据。",
                    "2026年建设示范茶园1000亩，建成茶园物联网监测点10个。"],
                   years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ["产出指标", "数量指标", "示范茶园建设面积", "≥3000亩", "≥1000亩"],
        [None, None, "茶园物联网监测点", "≥30个", "≥10个"],
        [None, "质量指标", "示范茶园验收合格率", "≥95%", "≥95%"],
        [None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "示范茶园亩均建设成本", "≤1500元/亩", "≤1500元/亩"],
        ["效益指标", "经济效益指标", "示范区茶叶亩均产值增长率", "≥8%", "≥3%"],
        [None, "生态效益指标", "示范区化肥使用量减少率", "≥15%", "≥5%"],
        ["满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    notes(s, "说明：中期指标值为2026—2028年累计值，年度指标值为2026年当年值。")
    return b


@variant("kff04-fertigation-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "year's count above the period's, a cumulative count copied")  # fmt: skip
def fertigation() -> Book:
    goal = "2026—2028年建设茶园水肥一体化设施2400亩，新建蓄水池24座，培训茶农900人次。"
    b, s = project(2026, "石枫镇茶园水肥一体化建设项目", "石枫镇农业综合服务中心",
                   two_levels(wan(600), wan(200)),
                   [goal, mk(goal, "D204", "warning",
                             note="年度目标与中期目标逐字相同")],
                   years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ["产出指标", "数量指标", "水肥一体化设施建设面积", "≥2400亩", "≥800亩"],
        [None, None, "新建蓄水池",
         "≥24座", mk("≥30座", "D201", "error", note="一年的座数多于三年的")],
        [None, None, "培训茶农",
         "≥900人次", mk("≥900人次", "D202", "warning", note="三年累计人次照抄到年度")],
        [None, "质量指标", "设施验收合格率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "亩均设施建设成本", "≤2500元/亩", "≤2500元/亩"],
        ["效益指标", "生态效益指标", "茶园灌溉节水率", "≥30%", "≥30%"],
        ["满意度指标", "服务对象满意度指标", "受益茶农满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kff05-tea-centre-flat", (1, 3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), a typed percent, "
         "weights add to 100, budget and tasks consistent (correct)")  # fmt: skip
def tea_centre() -> Book:
    b, s = department(2026, f"{COUNTY}茶叶产业发展中心",
                      [wan(380), wan(340), wan(40), wan(130), wan(250)],
                      "完成茶园提升改造1500亩（含茶树良种换种200亩），抽检茶样300批次，"
                      "培训茶农1200人次。",
                      [["茶园提升改造", "老茶园改造、良种换种", wan(150), "改造茶园1500亩"],
                       ["茶叶质量安全监管", "茶样抽检、农残检测", wan(60), "抽检茶样300批次"],
                       ["茶农技术培训", "春茶、夏秋茶管理培训", wan(40), "培训1200人次"],
                       ["金额合计", None, wan(250), None]])  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ["茶园提升改造面积", 20, "亩", "≥", 1500],
        ["茶树良种换种面积", 10, "亩", "≥", 200],
        ["茶样抽检批次", 15, "批次", "≥", 300],
        ["茶叶质量安全抽检合格率", 15, "%", "≥", pct(0.98)],
        ["茶农技术培训人次", 10, "人次", "≥", 1200],
        ["茶园病虫害发生率", 10, "%", "≤", 5],
        ["茶农亩均增收", 10, "元/亩", "≥", 300],
        ["服务茶农满意度", 10, "%", "≥", 90],
    ])  # fmt: skip
    sign(s, "吕青禾", "0571-6821147", (2025, 11, 20))
    return b


@variant("kff06-extension-station", (5, 12),
         "department, NAT-2021, numbered tier labels: tasks not adding to 金额合计, a count "
         "under 质量指标")  # fmt: skip
def extension_station() -> Book:
    b, s = department(2026, f"{COUNTY}茶叶技术推广站",
                      [wan(260), wan(260), wan(0), wan(90), wan(170)],
                      "新建高标准茶园500亩，开展茶树病虫害统防统治3000亩，培训茶农600人次。",
                      [["高标准茶园建设", "新建高标准茶园", wan(100), "新建500亩"],
                       ["病虫害统防统治", "统防统治、绿色防控", wan(45), "覆盖3000亩"],
                       ["茶叶技术培训", "田间课堂、现场指导", wan(30), "培训600人次"],
                       ["金额合计", None,
                        mk(wan(170), "B102", "error",
                           note="100 + 45 + 30 = 175，合计却是170"), None]])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["一、产出指标", "（一）数量指标", "新建高标准茶园面积", "≥500亩"],
        [None, None, "病虫害统防统治面积", "≥3000亩"],
        [None, "（二）质量指标", "培训茶农人次",
         mk("≥600人次", "F201", "warning", row=True, note="人次是数量，不是质量")],
        [None, None, "统防统治病虫害防治效果", "≥85%"],
        [None, "（三）时效指标", "病虫害防治及时率", "≥95%"],
        ["二、成本指标", "（一）经济成本指标", "高标准茶园亩均建设成本", "≤2000元/亩"],
        ["三、效益指标", "（一）经济效益指标", "项目区茶叶亩均产值增长率", "≥5%"],
        [None, "（二）生态效益指标", "化学农药使用量减少率", "≥8%"],
        ["四、满意度指标", "（一）服务对象满意度指标", "茶农满意度", "≥90%"],
    ])  # fmt: skip
    return b
