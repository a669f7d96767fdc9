"""Grain reserve warehouse upkeep: roof, wall, door and fire-safety repairs (kdq01–kdq06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout787.common import (
    YEAR,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout787.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP6 = [("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")]
H4 = [("一级指标", "二级指标", "三级指标", "指标值")]
H5 = [("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")]


@variant("kdq01-roof-wall-repair", (1, 4, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format, "
         "footnotes and a signature line (correct)")  # fmt: skip
def roof_wall_repair() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="禾丰县中心粮库平房仓维修改造项目",
                 dept="禾丰县粮食和物资储备局（207）", unit="禾丰县中心粮库",
                 money=one_year(360, 300, 60),
                 goals=["完成12栋平房仓维修（屋面防水6栋、墙体及门窗6栋），维修后仓房气密性达标，"
                        "确保地方储备粮储存安全。"])  # fmt: skip
    table(s, OP6, [
        ("产出指标", "数量指标", "屋面防水维修仓房", "≥", 6, "栋"),
        (None, None, "墙体及门窗维修仓房", "≥", 6, "栋"),
        (None, "质量指标", "维修工程验收合格率", "=", pct(1), "%"),
        (None, None, "维修后仓房气密性达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "维修工程完工时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单栋仓房平均维修成本", "≤", 30, "万元/栋"),
        ("效益指标", "社会效益指标", "维修期间储粮安全事故", "=", 0, "起"),
        (None, "可持续影响指标", "维修后仓房使用年限延长", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：单栋维修成本按12栋仓房平均测算，12栋×30万元=360万元，未超过年度资金。",
          "填表说明：比较符填“≥、≤、=”；百分比直接录入数值。")  # fmt: skip
    sign(s, "韦知秋", "0739-6218405", day(YEAR - 1, 11, 18))
    return b


@variant("kdq02-bureau-upkeep-points", (5, 10, 12),
         "department, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "1.数量指标), an indicator points column adding to the same 100, key tasks with "
         "金额合计 (correct)")  # fmt: skip
def bureau_upkeep_points() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept="穗宁市粮食和物资储备局",
                    budget=[(wan(1240), wan(1100), wan(140), wan(760), wan(480))],
                    tasks=[("市级储备粮仓房维修", "维修仓房屋面、墙体及附属设施", wan(200),
                            "完成9栋仓房维修"),
                           ("粮食质量安全监测", "收购、库存粮食质量抽检", wan(180),
                            "抽检样品不少于1300份"),
                           ("绿色储粮技术推广", "低温、气调储粮示范", wan(100),
                            "新增绿色储粮仓容2万吨"),
                           ("金额合计", None, wan(480), None)],
                    goal="维修储备粮仓房9栋，完成粮食质量抽检1300份以上，新增绿色储粮仓容2万吨，"
                         "确保市级储备粮数量真实、质量良好、储存安全。")  # fmt: skip
    table(s, [("一级指标", "二级指标", "三级指标", "指标值", "分值")], [
        ("一、产出指标（40分）", "1.数量指标", "维修储备粮仓房", "≥9栋", 10),
        (None, None, "粮食质量抽检样品", "≥1300份", 10),
        (None, "2.质量指标", "仓房维修验收合格率", "=100%", 10),
        (None, "3.时效指标", "仓房维修完工时间", "11月30日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "单栋仓房维修成本", "≤22万元/栋", 10),
        (None, None, "单份样品抽检成本", "≤1350元/份", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "储备粮质量宜存率", "≥95%", 15),
        (None, "2.可持续影响指标", "绿色储粮仓容占比", "提高≥5百分点", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "承储企业满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值合计100分，三级指标分值合计100分，两者为同一口径的不同层级。")
    return b


@variant("kdq03-depot-three-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns, the period's counts "
         "above the year's, a later year the work prepares for (correct)")  # fmt: skip
def depot_three_year() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, attr="新增项目",
                 name="东垄区粮食储备中心仓储设施维护提升项目",
                 dept="东垄区发展和改革局（粮食）", unit="东垄区粮食储备中心",
                 money=multi_year(900, 320, 280, 40),
                 goals=["2025—2027年完成24栋仓房屋面、墙体维修，更换门窗120樘，仓房完好率达到95%"
                        "以上，为2028年库区整体提质改造积累经验。",
                        "2025年完成8栋仓房屋面、墙体维修，更换门窗40樘，"
                        "仓房完好率达到92%以上。"])  # fmt: skip
    table(s, H5, [
        ("产出指标", "数量指标", "维修仓房数量", "≥24栋", "≥8栋"),
        (None, None, "更换仓房门窗", "≥120樘", "≥40樘"),
        (None, "质量指标", "维修工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "维修任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单栋仓房维修成本", "≤37.5万元/栋", "≤37.5万元/栋"),
        ("效益指标", "社会效益指标", "仓房完好率", "≥95%", "≥92%"),
        (None, "可持续影响指标", "仓房维修后安全使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "库区职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdq04-repair-goal-mismatch", (12,),
         "project, OLD-NAT, one value column: the goal's 8 仓房 against 10 in the indicator, a "
         "deadline in the year before, a unit cost × count above the year's money")  # fmt: skip
def repair_goal_mismatch() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="北塬市禾丰中心粮库高大平房仓屋面维修项目",
                 dept="北塬市粮食和物资储备局（311）", unit="北塬市禾丰中心粮库",
                 money=one_year(400, 350, 50),
                 goals=["完成8栋高大平房仓屋面防水及保温层维修，2025年10月底前全部完工，"
                        "消除仓顶渗漏隐患。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标",
         "屋面维修仓房数量", mk("≥10栋", "D104", "warning", row=True,
                              note="年度目标写维修8栋，指标写10栋")),
        (None, None, "屋面保温层更换面积", "≥9600平方米"),
        (None, "质量指标", "维修工程验收合格率", "=100%"),
        (None, "时效指标",
         "维修工程完工时间", mk("2024年10月31日前", "Y102", "error", row=True,
                              alt=("Y101", "Y103"),
                              note="2025年度项目的完工期限写成2024年，早于项目开始")),
        (None, "成本指标",
         "单栋仓房屋面维修成本", mk("≤50万元/栋", "B107", "warning", row=True,
                                note="50万元×10栋=500万元，超过年度资金400万元")),
        ("效益指标", "社会效益指标", "仓顶渗漏导致的储粮损失", "=0吨"),
        ("满意度指标", "服务对象满意度指标", "保管员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdq05-two-year-copied-goal", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: the 中期目标 text copied "
         "into 年度目标, one annual area above the period's")  # fmt: skip
def two_year_copied_goal() -> Book:
    b, s = start()
    goal = "完成16栋仓房维修及库区晒场、道路整修6000平方米，改善储粮条件，提升库区安全水平。"
    project_head(s, year=YEAR, years=2, name="仓坪镇粮库仓储设施维修整治项目",
                 dept="禾丰县粮食和物资储备局（207）", unit="仓坪镇国有粮库",
                 money=multi_year(600, 300, 260, 40),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    table(s, H5, [
        ("产出指标", "数量指标", "维修仓房数量", "≥16栋", "≥8栋"),
        (None, None, "整修晒场及库区道路面积", "≥6000平方米",
         mk("≥7500平方米", "D201", "error", note="年度7500平方米大于中期6000平方米")),
        (None, "质量指标", "维修工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度维修任务完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单栋仓房维修成本", "≤30万元/栋", "≤30万元/栋"),
        ("效益指标", "社会效益指标", "库区安全事故", "=0起", "=0起"),
        ("满意度指标", "服务对象满意度指标", "库区职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdq06-stacked-fire-wiring", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money does not add up and one of its indicators is listed twice")  # fmt: skip
def stacked_fire_wiring() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="汀垣县储备库仓房屋面维修项目", dept="汀垣县粮食局（105）",
                 unit="汀垣县粮食储备库", money=one_year(120, 120, 0),
                 goals=["完成4栋仓房屋面维修，消除渗漏隐患。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "屋面维修仓房数量", "≥4栋"),
        (None, "质量指标", "维修工程验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "10月31日前"),
        (None, "成本指标", "单栋仓房维修成本", "≤30万元/栋"),
        ("效益指标", "社会效益指标", "储粮安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "保管员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    funds = one_year(
        mk(
            wan(180),
            "B101",
            "error",
            row=True,
            note="年度资金总额180万元≠财政拨款150万元+其他资金20万元",
        ),
        150,
        20,
    )
    project_head(s, year=YEAR, title="", name="汀垣县储备库消防及电气线路改造项目",
                 dept="汀垣县粮食局（105）", unit="汀垣县粮食储备库", money=funds,
                 goals=["改造库区消防设施点位60个、电气线路3.2公里，"
                        "消除消防及用电隐患。"])  # fmt: skip
    table(s, H4, [
        ("产出指标", "数量指标", "消防设施改造点位", "≥60个"),
        (None, None, "电气线路改造长度", "≥3.2公里"),
        (None, None, mk("消防设施改造点位", "D101", "warning", row=True, alt=("D102", "D103"),
                        note="同一项目的同一指标填了两次"), "≥60个"),
        (None, "质量指标", "消防验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", "9月30日前"),
        ("效益指标", "社会效益指标", "库区火灾事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "库区职工满意度", "≥90%"),
    ])  # fmt: skip
    return b
