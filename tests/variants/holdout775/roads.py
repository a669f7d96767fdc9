"""Rural-road upkeep (农村公路养护): kde01–kde06."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout775.common import (
    notes,
    one_year,
    period,
    project,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout775.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "岩湾县农村公路养护中心"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kde01-upkeep-percent", (1, 12), "project, OLD-NAT, operator and unit columns, "
         "typed percent cells, 万元 in the number format (correct)")  # fmt: skip
def upkeep_percent() -> Book:
    b, s = start()
    goal = (
        "对全县农村公路1260公里（县道320公里、乡道940公里）实施日常养护，"
        "优良中等路率达到85%以上，路面病害及时处治。"
    )
    project(s, "岩湾县农村公路日常养护项目", [goal], one_year(480, 400, 80), unit=UNIT)
    rows = [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥", 1260, "公里"),
        (None, None, "其中：县道日常养护里程", "≥", 320, "公里"),
        (None, "质量指标", "优良中等路率", "≥", pct(0.85), "%"),
        (None, None, "路面病害处治合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "路面病害处治时限", "≤", 72, "小时"),
        (None, "成本指标", "每公里日常养护费用", "≤", 0.35, "万元/公里"),
        ("效益指标", "社会效益指标", "农村公路列养率", "=", pct(1), "%"),
        (None, "可持续影响指标", "护路员在岗率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ]
    table(s, OPS, rows)
    sign(s, "覃立川", "0771-6283415", day(2024, 11, 18))
    return b


@variant("kde02-repair-goal", (7, 12), "project, OLD-NAT, headers 指标内容 and 绩效目标值: "
         "the goal's kilometres against the indicator, a deadline after the one-year project, "
         "a unit cost × length above the money")  # fmt: skip
def repair_goal() -> Book:
    b, s = start()
    goal = "完成栗坪镇至枫垭村等5条乡道路面修复85公里，2025年11月底前全部交工验收。"
    project(s, "栗坪片区乡道路面修复工程", [goal], one_year(600, 520, 80), unit=UNIT)
    km = mk("≥58公里", "D104", "warning", row=True,
            note="年度目标写修复85公里，指标只有58公里")  # fmt: skip
    due = mk(day(2026, 3, 31), "Y102", "error", row=True,
             note="一年期项目（2025年）的交工时间落在2026年，目标却写11月底前")  # fmt: skip
    cost = mk("≤12万元/公里", "B107", "warning", row=True,
              note="12万元 × 58公里 = 696万元（按85公里更多），超过年度资金600万元")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "乡道路面修复里程", km),
        (None, None, "修复路段条数", "=5条"),
        (None, "质量指标", "交工验收合格率", "≥98%"),
        (None, "时效指标", "交工验收完成时间", due),
        (None, "成本指标", "每公里路面修复成本", cost),
        ("效益指标", "社会效益指标", "沿线村民出行时间缩短", "≥15分钟"),
        (None, "可持续影响指标", "修复路面设计使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "指标内容", "绩效目标值"), rows)
    sign(s, "蒙晓岚", "0771-6283422", day(2024, 12, 2))
    return b


@variant("kde03-three-year", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns, "
         "period counts above the year's, a later year the work prepares for "
         "(correct)")  # fmt: skip
def three_year() -> Book:
    b, s = start()
    goals = (
        "2025年—2027年完成全县农村公路安全生命防护工程210公里，消除临水临崖路段隐患。",
        "2025年完成安全生命防护工程75公里，为2028年申报省级“四好农村路”示范县积累经验。",
    )
    funds = period((1650, 1400, 250), (560, 480, 80))
    project(s, "岩湾县农村公路安全生命防护工程", goals, funds, unit=UNIT, years=3,
            attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "安全生命防护工程里程", "≥210公里", "≥75公里"),
        (None, None, "波形护栏安装长度", "≥180公里", "≥60公里"),
        (None, "质量指标", "工程交工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度工程完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "每公里防护工程造价", "≤7.4万元/公里", "≤7.4万元/公里"),
        ("效益指标", "社会效益指标", "临水临崖路段事故死亡人数下降率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ]
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    table(s, head, rows)
    notes(s, "注：中期指标值为2025—2027年累计数，年度指标值为2025年数。")
    return b


@variant("kde04-period-copied", (8, 11), "two-year project, OLD-NAT, 中期 and 年度 columns: "
         "年度目标 copied from 中期目标, a year's count above the period's, "
         "≥ on a 反向 rate")  # fmt: skip
def period_copied() -> Book:
    b, s = start()
    text = "两年内完成乡村公路路面改善120公里，新建养护站点6个，路况水平明显提升。"
    goals = (text, mk(text, "D204", "warning", note="年度目标逐字照抄中期目标"))
    funds = period((900, 800, 100), (450, 400, 50))
    project(s, "乡村公路路面改善及养护站点建设", goals, funds, unit=UNIT, years=2)
    sites = mk("≥8个", "D201", "error", note="年度8个超过两年合计6个")
    gripe = mk("≥2%", "T108", "warning", row=True, alt=("D203",),
               note="投诉率是反向指标，年度却写≥；中期写≤3%")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "路面改善里程", "≥120公里", "≥60公里"),
        (None, None, "养护站点建设数量", "≥6个", sites),
        (None, "质量指标", "路面改善工程合格率", "≥95%", "≥95%"),
        (None, "时效指标", "路面改善完成时间", "2026年10月底前", "2025年12月底前"),
        (None, "成本指标", "每公里路面改善成本", "≤7万元/公里", "≤7万元/公里"),
        ("效益指标", "社会效益指标", "路面破损投诉率", "≤3%", gripe),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant("kde05-department", (12, 4), "department, NAT-2021: budget, three road tasks adding "
         "to 金额合计, a footnote explaining the total, signature lines (correct)")  # fmt: skip
def department() -> Book:
    b, s = start("部门整体")
    tasks = [
        ("农村公路日常养护", "县乡道日常养护及小修", wan(980), "列养里程3150公里"),
        ("安全生命防护工程", "临水临崖路段护栏", wan(560), "完成防护75公里"),
        ("候车亭维护", "镇村公交候车亭维修", wan(160), "维修候车亭120座"),
        ("金额合计", None, wan(1700), None),
    ]
    goal = "全县农村公路列养率保持100%，优良中等路率不低于82%，镇村公交候车亭完好运行。"
    department_head(s, year=2025, dept="岩湾县交通运输局", goal=goal, tasks=tasks,
                    budget=[(wan(2860), wan(2600), wan(260), wan(1160), wan(1700))])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "列养农村公路里程", "≥3150公里"),
        (None, "质量指标", "优良中等路率", pct(0.82)),
        (None, "时效指标", "路面病害处治及时率", "≥95%"),
        ("成本指标", "经济成本指标", "农村公路日常养护定额", "≤0.3万元/公里"),
        ("效益指标", "社会效益指标", "通客车建制村比例", "=100%"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), rows)
    notes(s, "注：金额合计1700万元即项目支出，为三项任务金额之和；基本支出1160万元另列。",
          "说明：优良中等路率按2024年路况评定结果测算。")  # fmt: skip
    sign(s, "韦思源", "0771-6280130", day(2024, 11, 20))
    s.row("单位负责人（签字）：", None, "单位（盖章）")
    return b


@variant("kde06-department-money", (12, 3), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, the same indicator twice "
         "with a word more")  # fmt: skip
def department_money() -> Book:
    b, s = start("部门整体")
    tasks = [
        ("农村公路日常养护", "县乡道日常养护", wan(420), "列养里程2100公里"),
        ("危旧桥涵整治", "小型桥涵维修", wan(510), "整治桥涵24处"),
        ("路域环境整治", "边沟清理及绿化", wan(290), "整治路段60公里"),
        ("金额合计", None, mk(wan(1180), "B102", "error",
                              note="420 + 510 + 290 = 1220，不是1180")),
    ]  # fmt: skip
    total = mk(wan(1980), "B101", "error", note="基本支出760 + 项目支出1180 = 1940，不是1980")
    goal = "完成农村公路日常养护2100公里，整治危旧桥涵24处，路域环境整治60公里。"
    department_head(s, year=2025, dept="梓川县交通运输局", goal=goal, tasks=tasks,
                    budget=[(total, wan(1800), wan(180), wan(760), wan(1180))])  # fmt: skip
    twice = mk("农村公路日常养护里程", "D103", "warning", row=True, alt=("D101", "F201"),
               note="与上一行“农村公路养护里程”是同一指标，只多“日常”二字")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "农村公路养护里程", "≥2100公里"),
        (None, None, "危旧桥涵整治数量", "≥24处"),
        (None, "质量指标", twice, "≥2100公里"),
        (None, None, "桥涵整治验收合格率", "≥95%"),
        (None, "时效指标", "整治工程完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每处桥涵整治费用", "≤21万元/处"),
        ("效益指标", "社会效益指标", "农村公路通行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), rows)
    return b
