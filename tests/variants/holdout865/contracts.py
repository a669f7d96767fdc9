"""Family doctor contracts (家庭医生签约服务): kgq01–kgq06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout865.common import (
    ONE_VALUE,
    PERIOD,
    PROJECT_OP,
    indicators,
    money_period,
    money_year,
    new_book,
    note,
    sign,
    wan,
)
from tests.variants.holdout865.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct


@variant(
    "kgq01-signing-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed "
    "percent cells, 万元 in the number format (correct)",
)
def signing_percent() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="澄岭县重点人群家庭医生签约服务补助",
        dept="澄岭县卫生健康局 418",
        unit="澄岭县基层卫生指导中心",
        money=money_year(wan(156), wan(136), wan(20)),
        goals=[
            "为全县16个乡镇的重点人群提供家庭医生签约服务，签约重点人群2.4万人（其中"
            "65岁以上老年人1.1万人、高血压及糖尿病患者0.9万人），年内完成签约居民健康评估。"
        ],
    )
    indicators(s, PROJECT_OP, [
        ("产出指标", "数量指标", "重点人群签约人数", "≥", 24000, "人"),
        (None, None, "65岁以上老年人签约人数", "≥", 11000, "人"),
        (None, None, "组建家庭医生团队数", "≥", 48, "个"),
        (None, "质量指标", "重点人群签约覆盖率", "≥", pct(0.75), "%"),
        (None, None, "签约居民年度健康评估完成率", "≥", pct(0.9), "%"),
        (None, "时效指标", "签约服务补助拨付完成时间", "≤", day(2026, 11, 30, CN_DATE), None),
        (None, "成本指标", "签约服务补助标准", "≤", 60, "元/人·年"),
        ("效益指标", "社会效益指标", "重点人群健康管理率较上年提高", "≥", 3, "百分点"),
        (None, "可持续影响指标", "家庭医生签约服务长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬晓岚", "0739-6258147")
    return b


@variant(
    "kgq02-signing-goal-money",
    (7, 12),
    "project, NAT-2021, headers 考核指标 and 绩效目标值: "
    "team count against the goal, money parts, subsidy × count above the money",
)
def signing_goal_money() -> Book:
    b, s = new_book()
    total = mk(wan(180), "B101", "error", note="财政拨款 150 + 其他资金 20 = 170，不是 180")
    project_head(
        s,
        year=2026,
        name="柘川县家庭医生签约服务能力提升项目",
        dept="柘川县卫生健康局 302",
        unit="柘川县卫生健康局",
        money=money_year(total, wan(150), wan(20)),
        goals=[
            "组建家庭医生团队46个，为柘川县重点人群3.5万人提供签约服务，签约居民"
            "年度健康体检完成率达到85%以上。"
        ],
    )
    team = mk("≥40个", "D104", "warning", row=True, note="年度目标写组建团队46个，指标只有40个")
    cost = mk(
        "≤60元/人·年",
        "B107",
        "warning",
        row=True,
        note="60元 × 35000人 = 210万元，超过年度资金 180万元（拨款与其他资金合计仅170万元）",
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "绩效目标值"), [
        ("产出指标", "数量指标", "家庭医生团队组建数", team),
        (None, None, "重点人群签约人数", "≥35000人"),
        (None, "质量指标", "签约居民年度健康体检完成率", "≥85%"),
        (None, "时效指标", "签约服务费结算及时率", "≥95%"),
        ("成本指标", "经济成本指标", "签约服务补助标准", cost),
        ("效益指标", "社会效益指标", "签约居民基层就诊率", "≥60%"),
        (None, "可持续影响指标", "家庭医生团队绩效考核机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgq03-contract-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 value "
    "columns, period counts above the year's, a later year the pilot prepares for (correct)",
)
def contract_two_years() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        years=2,
        attr="新增项目",
        name="澄岭县“家医签约+智慧随访”试点",
        dept="澄岭县卫生健康局 418",
        unit="澄岭县基层卫生指导中心",
        money=money_period((wan(240), wan(200), wan(40)), (wan(130), wan(110), wan(20))),
        goals=[
            "2026年—2027年在榆埠、鹤汀等9个乡镇开展家庭医生签约试点，累计签约功能社区"
            "居民6万人，为2028年在全县推开积累经验。",
            "2026年在5个乡镇先行开展，签约居民3.2万人，完成签约团队全员培训。",
        ],
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "签约居民人数", "≥60000人", "≥32000人"),
        (None, None, "试点乡镇数", "9个", "5个"),
        (None, None, "家庭医生团队培训人次", "≥400人次", "≥220人次"),
        (None, "质量指标", "签约居民电子健康档案建档率", "≥95%", "≥95%"),
        (None, "时效指标", "签约服务费季度结算及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "签约服务补助标准", "≤35元/人·年", "≤35元/人·年"),
        ("效益指标", "社会效益指标", "签约居民基层首诊比例较上年提高", "≥5百分点", "≥3百分点"),
        (None, "可持续影响指标", "试点经验形成可推广工作规范", "形成规范", "形成初稿"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgq04-home-visit-years",
    (8, 11),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: title year behind the plan, a year's count above the period's, a 反向 rate with ≥",
)
def home_visit_years() -> Book:
    b, s = new_book()
    title = "2025年度项目支出绩效目标申报表"
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        title=title,
        name="梧塘县失能老人家庭医生上门签约服务",
        dept="梧塘县卫生健康局 215",
        unit="梧塘县人民医院医共体总院",
        money=money_period((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
        goals=[
            "2026年—2028年为辖区失能老人及重度残疾人累计提供家庭医生上门签约服务9000人次，"
            "建立家庭病床300张。",
            "2026年提供上门签约服务3500人次，建立家庭病床120张。",
        ],
    )
    b.file_mark("Y101", "error", alt=("Y102",), note="标题写2025年度，项目期自2026年1月1日起")
    beds = mk(
        "≥360张",
        "D201",
        "error",
        row=True,
        alt=("D104",),
        note="年度家庭病床360张超过三年累计300张",
    )
    lost = mk("≥5%", "T108", "warning", row=True, alt=("D203",), note="失访率是反向指标，应为≤")
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "上门签约服务人次", "≥9000人次", "≥3500人次"),
        (None, None, "家庭病床建床数", "≥300张", beds),
        (None, "质量指标", "签约对象随访失访率", "≥5%", lost),
        (None, "时效指标", "上门服务预约响应时间", "≤48小时", "≤48小时"),
        ("成本指标", "经济成本指标", "上门服务补助标准", "≤100元/人次", "≤100元/人次"),
        ("效益指标", "社会效益指标", "失能老人健康管理率", "≥80%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "失能老人家属满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgq05-stacked-teams",
    (2, 4),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator with different values, note, signature lines (correct)",
)
def stacked_teams() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="鹤汀乡家庭医生签约服务经费",
        dept="梧塘县卫生健康局 215",
        unit="梧塘县鹤汀乡中心卫生院",
        money=money_year(wan(48), wan(40), wan(8)),
        goals=[
            "组建家庭医生团队8个，签约重点人群4200人（其中0—6岁儿童900人），"
            "签约居民满意度达到90%以上。"
        ],
    )
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "重点人群签约人数", "≥4200人"),
        (None, None, "家庭医生团队数", "≥8个"),
        (None, "质量指标", "签约居民健康档案动态使用率", "≥60%"),
        (None, "时效指标", "季度签约数据上报及时率", "≥95%"),
        (None, "成本指标", "签约服务补助标准", "≤80元/人·年"),
        ("说明：数量指标按12月31日系统统计数填报", "", None, None),
        ("效益指标", "社会效益指标", "重点人群规范健康管理率", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="鹤汀乡签约居民健康小屋建设",
        dept="梧塘县卫生健康局 215",
        unit="梧塘县鹤汀乡中心卫生院",
        money=money_year(wan(36), wan(36), wan(0)),
        attr="一次性项目",
        goals=["在6个行政村建成签约居民健康小屋，每个小屋配置自助检测设备一套。"],
    )
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "建成健康小屋数", "6个"),
        (None, "质量指标", "自助检测设备验收合格率", "100%"),
        (None, "时效指标", "健康小屋投入使用时间", "2026年9月30日前"),
        (None, "成本指标", "单个健康小屋设备配置费用", "≤6万元/个"),
        ("效益指标", "社会效益指标", "签约居民健康自我管理能力", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥85%"),
    ])  # fmt: skip
    note(s, "注：两个项目的签约居民满意度分别按各自服务对象抽样调查。")
    sign(s, "荀立舟", "0739-6604132")
    return b


@variant(
    "kgq06-stacked-near-duplicate",
    (2,),
    "two projects stacked, OLD-NAT: in the second a "
    "near-duplicate with another value, last year's deadline, satisfaction under 社会效益",
)
def stacked_near_duplicate() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="榆埠镇家庭医生签约服务包推广",
        dept="柘川县卫生健康局 302",
        unit="柘川县榆埠镇卫生院",
        money=money_year(wan(30), wan(30), money(0, '0"万元"')),
        goals=["推广个性化签约服务包4类，签约个性化服务包居民1500人。"],
    )
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "个性化签约服务包种类", "4类"),
        (None, None, "签约个性化服务包居民数", "≥1500人"),
        (None, "质量指标", "服务包履约率", "≥90%"),
        (None, "时效指标", "服务包上线时间", "2026年4月30日前"),
        (None, "成本指标", "服务包补助标准", "≤200元/人"),
        ("效益指标", "社会效益指标", "签约居民续签率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="榆埠镇签约慢病患者长处方服务",
        dept="柘川县卫生健康局 302",
        unit="柘川县榆埠镇卫生院",
        money=money_year(wan(24), wan(24), money(0, '0"万元"')),
        goals=["为签约高血压、糖尿病患者开具长处方，服务3000人，长处方覆盖率达到60%。"],
    )
    dup = mk(
        "≥50%",
        "D102",
        "error",
        row=True,
        alt=("D103", "D101"),
        note="与质量指标下“签约慢病患者长处方覆盖率 ≥60%”是同一指标，多两个字，值不同",
    )
    late = mk(
        "2025年12月31日前",
        "Y102",
        "error",
        row=True,
        alt=("Y103",),
        note="2026年项目的期限写成2025年，上年表格留下的",
    )
    sat = mk("签约慢病患者满意度", "F201", "warning", row=True, note="满意度填在社会效益下")
    indicators(s, ONE_VALUE, [
        ("产出指标", "数量指标", "开具长处方签约患者人数", "≥3000人"),
        (None, "质量指标", "签约慢病患者长处方覆盖率", "≥60%"),
        (None, None, "长处方用药规范率", "≥95%"),
        (None, "时效指标", "长处方服务落地时间", late),
        (None, "成本指标", "长处方药品配送补助", "≤80元/人"),
        ("效益指标", "社会效益指标", "签约慢病患者长处方服务覆盖率", dup),
        (None, None, sat, "≥90%"),
        ("满意度指标", "服务对象满意度指标", "家庭医生团队对长处方流程满意度", "≥85%"),
    ])  # fmt: skip
    return b
