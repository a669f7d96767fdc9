"""Returns kda01–kda06: family-doctor contracted services (家庭医生签约服务)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout771.common import (
    CODE,
    COMMISSION,
    HEAD4,
    indicators,
    notes,
    one_year,
    periods,
    sign,
    start,
    wan,
)
from tests.variants.holdout771.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "栖枫县基层卫生指导中心"


@variant("kda01-contract-percent", (1, 12), "project, OLD-NAT, operator and unit columns, "
         "typed percent cells, 万元 in the number format (correct)")  # fmt: skip
def contract_percent() -> Book:
    b, s = start()
    project_head(s, year=2025, name="家庭医生签约服务补助", dept=CODE, unit=UNIT,
                 money=one_year(300, 255, 45),
                 goals=["为全县重点人群提供家庭医生签约服务，签约重点人群4.2万人（其中65岁以上"
                        "老年人2.3万人、慢病患者1.9万人），重点人群签约覆盖率达到75%以上，"
                        "签约服务补助按每人每年60元执行。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "重点人群签约人数", "≥", 4.2, "万人"),
        (None, None, "家庭医生签约团队数", "≥", 31, "个"),
        (None, "质量指标", "重点人群签约覆盖率", "≥", pct(0.75), "%"),
        (None, None, "签约居民续约率", "≥", pct(0.85), "%"),
        (None, "时效指标", "签约服务补助拨付完成时间", "≤", day(2025, 12, 20, CN_DATE), None),
        (None, "成本指标", "签约服务补助标准", "≤", 60, "元/人·年"),
        ("效益指标", "社会效益指标", "重点人群规范化健康管理率", "≥", pct(0.7), "%"),
        (None, None, "高血压患者规范管理率较上年提高", "≥", 2, "百分点"),
        (None, "可持续影响指标", "签约服务长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "钟晓岚", "0736-5182034", (2024, 11, 22))
    return b


@variant(
    "kda02-contract-goal-mismatch",
    (11, 12),
    "project, NAT-2021, one value column: a team "
    "count below the goal's, a cost standard × count above the money, last year's deadline",
)
def contract_goal_mismatch() -> Book:
    b, s = start()
    project_head(s, year=2025, name="家庭医生签约服务费补助", dept=CODE, unit=UNIT,
                 money=one_year(300, 270, 30),
                 goals=["组建家庭医生签约团队28个，签约服务覆盖全县14个乡镇，重点人群签约9万人，"
                        "2025年11月30日前完成年度履约评估。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "家庭医生签约团队数",
         mk("≥26个", "D104", "warning", row=True, note="年度目标写组建签约团队28个")),
        (None, None, "重点人群签约人数", "≥9万人"),
        (None, None, "签约服务覆盖乡镇数", "=14个"),
        (None, "质量指标", "重点人群签约覆盖率", "≥70%"),
        (None, "时效指标", "年度履约评估完成时间", "2025年11月30日前"),
        (None, None, "签约服务费拨付完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="上年申报表留下的期限，早于2025年预算年度")),
        ("成本指标", "经济成本指标", "签约服务费补助标准",
         mk("≤40元/人", "B107", "warning", row=True,
            note="40元/人 × 9万人 = 360万元，超过年度资金300万元")),
        ("效益指标", "社会效益指标", "签约居民健康档案动态使用率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟晓岚", "0736-5182034", (2024, 11, 22))
    return b


@variant("kda03-contract-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same satisfaction name with different values (correct)")  # fmt: skip
def contract_stacked() -> Book:
    b, s = start()
    project_head(s, year=2025, name="家庭医生签约服务补助", dept=CODE, unit=UNIT,
                 money=one_year(180, 160, 20),
                 goals=["签约服务重点人群5.5万人，补助标准每人30元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "重点人群签约人数", "≥5.5万人"),
        (None, "质量指标", "重点人群签约覆盖率", "≥72%"),
        (None, "时效指标", "补助资金拨付时间", "2025年12月31日前"),
        (None, "成本指标", "签约服务补助标准", "≤30元/人"),
        ("效益指标", "社会效益指标", "慢病患者规范管理率", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="家庭医生团队能力培训", dept=CODE, unit=UNIT, title="",
                 money=one_year(36, 36, 0),
                 goals=["培训家庭医生团队骨干300人次（其中乡村医生180人次），"
                        "人均培训费用不超过1200元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "培训家庭医生团队骨干人次", "≥300人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训费用", "≤1200元/人次"),
        ("效益指标", "社会效益指标", "团队常见病规范诊治能力", "有所提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "kda04-contract-multiyear",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "中期 count below the 中期目标, a year count copied, a year count above the period",
)
def contract_multiyear() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="家庭医生能力提升三年行动",
        dept=CODE,
        unit=UNIT,
        money=periods((450, 420, 30), (150, 140, 10)),
        goals=[
            "2025—2027年累计培训家庭医生600人次，选派签约团队骨干进修90人，"
            "下沉带教专家累计120人次。",
            "2025年培训家庭医生200人次，选派骨干进修30人，下沉带教专家40人次。",
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）"), [
        ("产出指标", "数量指标", "家庭医生培训人次",
         mk("≥500人次", "D104", "warning", row=True, note="中期目标写累计培训600人次"),
         "≥200人次"),
        (None, None, "签约团队骨干进修人数", "≥90人",
         mk("≥90人", "D202", "warning", alt=("D104",), note="年度目标写30人，照抄了中期值")),
        (None, None, "下沉带教专家人次", "≥120人次",
         mk("≥150人次", "D201", "error", alt=("D104",), note="一年150人次超过三年累计120人次")),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培训完成时间", "每年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤2000元/人次", "≤2000元/人次"),
        ("效益指标", "社会效益指标", "家庭医生常见病诊治能力", "明显提升", "有所提升"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kda05-contract-department", (4, 12), "department, NAT-2021: budget and tasks adding "
         "up, a note row inside the table, footnotes and a signature line (correct)")  # fmt: skip
def contract_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept=COMMISSION,
                    budget=[(wan(1250), wan(1180), wan(70), wan(830), wan(420))],
                    tasks=[("家庭医生签约服务", "重点人群签约及履约", wan(260), "签约4.2万人"),
                           ("村卫生室设备配置", "配置基本诊疗设备", wan(100), "配置25个村卫生室"),
                           ("农村妇女两癌筛查", "宫颈癌、乳腺癌筛查", wan(60), "筛查4000人"),
                           ("金额合计", None, wan(420), None)],
                    goal="签约重点人群4.2万人，配置25个村卫生室基本设备，完成两癌筛查4000人，"
                         "为2026年全县推开“互联网+签约服务”积累经验。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "重点人群签约人数", "≥4.2万人"),
        (None, None, "村卫生室设备配置数", "≥25个"),
        (None, None, "两癌筛查人数", "≥4000人"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        ("注：村卫生室设备按县级配置清单执行，不含房屋改造。", "", None, None),
        ("成本指标", "经济成本指标", "两癌筛查人均补助", "≤150元/人"),
        ("效益指标", "社会效益指标", "两癌早诊率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r - 3, end_column=4)
    notes(s, "说明：1.人数为年度累计数；2.两癌筛查人均补助含宫颈癌、乳腺癌两项检查。")
    sign(s, "钟晓岚", "0736-5182034", (2024, 11, 20))
    return b


@variant(
    "kda06-contract-dup-tier",
    (5, 10, 11),
    "project, OLD-NAT, numbered tier labels with "
    "points: a near-duplicate rate, a satisfaction rate under 社会效益, a 投诉率 with ≥",
)
def contract_dup_tier() -> Book:
    b, s = start()
    project_head(s, year=2025, name="家庭医生签约服务质量提升", dept=CODE, unit=UNIT,
                 money=one_year(180, 150, 30),
                 goals=["签约重点人群3.6万人，组建签约团队24个，签约率不低于70%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "分值", "指标值"), [
        ("一、产出指标（60分）", "（一）数量指标", "重点人群签约人数", 10, "≥3.6万人"),
        (None, None, "家庭医生签约团队数", 10, "≥24个"),
        (None, None, "重点人群家庭医生签约率", 10,
         mk("≥70%", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与质量指标下的重点人群签约率是同一指标，多了“家庭医生”四字")),
        (None, "（二）质量指标", "重点人群签约率", 10, "≥70%"),
        (None, None, "签约居民投诉率", 10,
         mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为≤")),
        (None, "（三）时效指标", "签约服务费拨付及时率", 10, "≥95%"),
        ("二、效益指标（30分）", "（一）社会效益指标", "慢病患者规范管理率", 15, "≥65%"),
        (None, None, "签约居民满意度", 15,
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下")),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "乡村医生满意度", 10, "≥85%"),
    ])  # fmt: skip
    return b
