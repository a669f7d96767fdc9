"""Wage-arrears mediation for migrant workers (农民工欠薪调处): kdm13–kdm18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout783.common import (
    DEPT,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,  # fmt: skip
    wan,
)
from tests.variants.holdout783.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT_NAME = "江渚市人力资源和社会保障局"
UNIT = "江渚市劳动保障监察支队"
H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kdm13-arrears-mediation-marks", (5,),
         "project, OLD-NAT, tier labels with * and ★ and abbreviations, 0起 on an incident "
         "count, a 下降率 with ≥, a later year the work prepares for (correct)")  # fmt: skip
def arrears_mediation_marks() -> Book:
    b, s = start()
    project_head(s, year=2025, name="农民工欠薪案件调处", dept=DEPT, unit=UNIT,
                 money=one_year(wan(120), wan(100), wan(20)),
                 goals=["2025年调处农民工欠薪案件3000件（其中集体欠薪案件不少于200件），结案率"
                        "不低于95%，全年不发生因欠薪引发的群体性事件，为2026年推行欠薪预警平台"
                        "全覆盖积累经验。"])  # fmt: skip
    indicators(s, ("*一级指标", "*二级指标", "*三级指标", "*指标值"), [
        ("*产出指标", "数量", "调处欠薪案件数", "≥3000件"),
        (None, None, "其中：集体欠薪案件数", "≥200件"),
        (None, "质量", "★欠薪案件结案率", "≥95%"),
        (None, None, "调解协议履行率", "≥90%"),
        (None, "时效", "案件受理后调处时限", "≤30天"),
        (None, "成本", "调解员办案补贴标准", "≤400元/件"),
        ("*效益指标", "社会效益", "为农民工追回工资金额", "≥5000万元"),
        (None, None, "因欠薪引发群体性事件发生起数", "0起"),
        (None, "可持续影响", "欠薪投诉案件同比下降率", "≥10%"),
        ("*满意度指标", "服务对象满意度", "★农民工满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "填表说明：带*的为必填项，带★的为核心指标，不得删除。")
    return b


@variant("kdm14-arrears-money-wrong", (12,),
         "project, OLD-NAT: the total is not the sum of its sources, the case standard × "
         "count exceeds the money")  # fmt: skip
def arrears_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(180), "B101", "error", note="财政拨款150 + 其他资金20 = 170，不是180")
    project_head(s, year=2025, name="欠薪争议调解员办案补贴", dept=DEPT, unit=UNIT,
                 money=one_year(total, wan(150), wan(20)),
                 goals=["2025年调处欠薪争议案件2500件，调解成功率不低于80%。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "调处欠薪争议案件数", "≥2500件"),
        (None, "质量指标", "调解成功率", "≥80%"),
        (None, "时效指标", "案件调处时限", "≤30天"),
        (None, "成本指标", "调解员办案补贴标准",
         mk("≤800元/件", "B107", "warning", row=True,
            note="800元/件 × 2500件 = 200万元，超过项目资金（180万或170万）")),
        ("效益指标", "社会效益指标", "追回欠薪金额", "≥4000万元"),
        ("满意度指标", "服务对象满意度指标", "当事农民工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卢柏川", "0737-6625018", day(2024, 11, 26))
    return b


@variant("kdm15-warning-platform-three-year", (1, 8),
         "three-year project, NAT-2021, operator column, 中期 and 年度 value columns and a unit "
         "column, typed percent cells equal in both columns, counts smaller in the year "
         "(correct)")  # fmt: skip
def warning_platform_three_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="农民工工资支付监控预警平台建设", dept=DEPT,
                 unit=UNIT, attr="新增项目",
                 money=multi_year((wan(600), wan(540), wan(60)), (wan(200), wan(180), wan(20))),
                 goals=["2025—2027年将1500个在建工程项目纳入工资支付监控，建成劳动争议调解"
                        "工作室30个，欠薪案件数累计下降30%。",
                        "2025年将600个在建工程项目纳入监控，建成调解工作室10个，欠薪案件数"
                        "下降10%。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "纳入监控的在建工程项目数", "≥", 1500, 600, "个"),
        (None, None, "建成劳动争议调解工作室", "≥", 30, 10, "个"),
        (None, "质量指标", "预警信息核查处置率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "预警信息核查时限", "≤", 3, 3, "个工作日"),
        ("成本指标", "经济成本指标", "平台运维费用", "≤", 150, 50, "万元"),
        ("效益指标", "社会效益指标", "欠薪案件数下降率", "≥", pct(0.3), pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "农民工满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kdm16-mediation-rooms-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: title year left from last season, "
         "年度目标 copied from 中期目标, a cumulative count copied into 年度")  # fmt: skip
def mediation_rooms_copied() -> Book:
    b, s = start()
    goal = (
        "2025—2027年在工业园区和重点工地建成劳动争议调解工作室45个，培训基层调解员900人"
        "次，欠薪争议调解成功率达到80%以上。"
    )
    project_head(s, year=2025, years=3, name="基层劳动争议调解能力提升", dept=DEPT, unit=UNIT,
                 attr="新增项目",
                 title=mk("2024年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102",),
                          note="标题写2024年度，项目期与计划日期为2025—2027年"),
                 money=multi_year((wan(540), wan(540), wan(0)), (wan(180), wan(180), wan(0))),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成劳动争议调解工作室", "≥45个",
         mk("≥45个", "D202", "warning", note="三年累计数抄进年度列")),
        (None, None, "培训基层调解员人次", "≥900人次", "≥300人次"),
        (None, "质量指标", "欠薪争议调解成功率", "≥80%", "≥80%"),
        (None, "时效指标", "争议受理后调解时限", "≤15天", "≤15天"),
        ("成本指标", "经济成本指标", "单个调解工作室建设补助", "≤4万元/个", "≤4万元/个"),
        ("效益指标", "社会效益指标", "欠薪争议仲裁前化解率", "≥60%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdm17-arrears-department-second-sheet", (7, 12),
         "department head with key tasks on the first sheet, the indicator table on a second "
         "sheet, a footnote: 金额合计 is the project spending (correct)")  # fmt: skip
def arrears_department_second_sheet() -> Book:
    b, s = start("基本信息")
    department_head(s, year=2025, dept="江渚市劳动保障监察支队",
                    budget=[(wan(2000), wan(1800), wan(200), wan(1500), wan(500))],
                    tasks=[("根治欠薪专项行动", "工程建设领域欠薪排查和集中调处", wan(240),
                            "调处欠薪案件2000件"),
                           ("劳动保障监察执法", "日常巡查和举报投诉处理", wan(160),
                            "检查用人单位1200户"),
                           ("劳动人事争议调解", "基层调解组织建设和调解员培训", wan(100),
                            "培训调解员400人次"),
                           ("金额合计", None, wan(500), None)],
                    goal="2025年调处欠薪案件2000件，检查用人单位1200户，培训调解员400人次，"
                         "欠薪案件结案率不低于95%。")  # fmt: skip
    note(s, "注：金额合计为项目支出合计，不含基本支出1500万元。")
    t = b.sheet("绩效指标")
    t.title("2025年度部门整体支出绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "调处欠薪案件数", "≥2000件"),
        (None, None, "检查用人单位户数", "≥1200户"),
        (None, None, "培训基层调解员人次", "≥400人次"),
        (None, "质量指标", "欠薪案件结案率", "≥95%"),
        (None, "时效指标", "举报投诉受理时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "项目支出预算控制数", "≤500万元"),
        ("效益指标", "社会效益指标", "在建工程项目工资专户开设率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "举报投诉人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdm18-arrears-department-wrong", (12,),
         "department, NAT-2021: key tasks not adding to 金额合计, the goal's case count against "
         "the indicator, a deadline in the next year")  # fmt: skip
def arrears_department_wrong() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="江渚市欠薪治理工作服务中心",
                    budget=[(wan(900), wan(850), wan(50), wan(660), wan(240))],
                    tasks=[("欠薪案件调处", "集中调处工程建设领域欠薪案件", wan(120),
                            "调处欠薪案件1500件"),
                           ("农民工法律援助", "为欠薪农民工提供法律援助", wan(80),
                            "法律援助600件"),
                           ("根治欠薪宣传", "“安薪江渚”宣传进工地", wan(40), "宣传活动30场"),
                           ("金额合计", None,
                            mk(wan(250), "B102", "error", alt=("B101",),
                               note="120 + 80 + 40 = 240，金额合计写250（项目支出为240）"),
                            None)],
                    goal="全年调处欠薪案件1500件，为农民工追回工资不少于8000万元，"
                         "年底前实现欠薪案件动态清零。")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "调处欠薪案件数",
         mk("≥1200件", "D104", "warning", note="总体目标和任务写1500件，指标为1200件")),
        (None, None, "提供法律援助件数", "≥600件"),
        (None, "质量指标", "欠薪案件结案率", "≥95%"),
        (None, "时效指标", "欠薪案件动态清零时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
            note="2025年度部门表的期限落在2026年，超出预算年度")),
        ("成本指标", "经济成本指标", "项目支出预算控制数", "≤240万元"),
        ("效益指标", "社会效益指标", "为农民工追回工资金额", "≥8000万元"),
        ("满意度指标", "服务对象满意度指标", "农民工满意度", "≥90%"),
    ])  # fmt: skip
    return b
