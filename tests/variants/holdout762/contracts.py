"""Family-doctor contract services (家庭医生签约): kcr01–kcr06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout762.common import (
    COMMISSION,
    book,
    first,
    header,
    indicators,
    multi_year,
    note,
    one_year,
    signature,
    w,
)
from tests.variants.holdout762.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kcr01-signing-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format, a goal count with its parts (correct)")  # fmt: skip
def kcr01() -> Book:
    b = book()
    s = first(b)
    project_head(s, year=2025, name="家庭医生签约服务补助项目", dept=COMMISSION,
                 unit="澄川市枫渚区社区卫生服务管理中心", money=one_year(w(360), w(300), w(60)),
                 goals=["全年为辖区重点人群新增签约1.2万人（其中65岁及以上老年人0.8万人、高血压"
                        "和糖尿病患者0.4万人），重点人群签约覆盖率达到75%，签约居民满意度不低于"
                        "90%。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "重点人群新增签约人数", "≥", 12000, "人"),
        (None, None, "65岁及以上老年人新增签约人数", "≥", 8000, "人"),
        (None, "质量指标", "签约服务履约率", "≥", pct(0.9), "%"),
        (None, None, "签约居民健康档案规范建档率", "≥", pct(0.95), "%"),
        (None, "时效指标", "签约服务费拨付完成时间", "≤", day(2025, 12, 15, CN_DATE), None),
        (None, "成本指标", "签约服务费补助标准", "≤", 120, "元/人·年"),
        ("效益指标", "社会效益指标", "重点人群家庭医生签约覆盖率", "≥", pct(0.75), "%"),
        (None, None, "签约高血压患者血压控制率", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "家庭医生签约服务长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "韦思琪", "0739-6628154", (2024, 11, 18))
    return b


@variant("kcr02-home-visits-goal-vs-table", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: the signing count, the deadline and "
         "the unit cost disagree with the goal text and the money")  # fmt: skip
def kcr02() -> Book:
    b = book()
    s = first(b)
    project_head(s, year=2025, name="家庭医生上门巡诊服务项目", dept=COMMISSION,
                 unit="澄川市柘溪区卫生健康局", money=one_year(w(200), w(180), w(20)),
                 goals=["组织家庭医生团队为辖区签约居民提供签约服务，全年签约居民3.5万人，开展"
                        "失能老人上门巡诊1200人次，年度考核于2025年12月底前完成。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "年度签约居民人数",
         mk("≥3万人", "D104", "warning", row=True,
            note="年度目标写全年签约居民3.5万人，指标只有3万人")),
        (None, None, "失能老人上门巡诊人次", "≥1200人次"),
        (None, "质量指标", "巡诊服务记录完整率", "≥95%"),
        (None, "时效指标", "年度签约服务考核完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="一年期项目（2025年）的期限落在2026年，年度目标写2025年12月底前")),
        (None, "成本指标", "签约服务补助标准",
         mk("≤80元/人", "B107", "warning",
            note="80元×3.5万人=280万元（按指标3万人也有240万元），超过年度资金200万元")),
        ("效益指标", "社会效益指标", "失能老人居家医疗服务可及性", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "覃立帆", "0739-6641730", (2024, 11, 25), width=5)
    return b


@variant("kcr03-signing-and-training-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column; the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def kcr03() -> Book:
    b = book(widths=(16, 16, 32, 18, 18, 14))
    s = first(b)
    project_head(s, year=2025, name="家庭医生签约服务费补助", dept=COMMISSION,
                 unit="澄川市芦湾区卫生健康局", money=one_year(w(240), w(240), w(0)),
                 goals=["为辖区重点人群签约2万人，签约服务费按每人每年100元"
                        "标准补助。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "重点人群签约人数", "≥2万人"),
        (None, "质量指标", "签约服务履约率", "≥90%"),
        (None, "时效指标", "补助资金拨付时间", "2025年12月20日前"),
        (None, "成本指标", "签约服务费补助标准", "≤100元/人·年"),
        ("效益指标", "社会效益指标", "重点人群签约覆盖率", "≥72%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="家庭医生团队骨干培训", dept=COMMISSION, title="",
                 unit="澄川市芦湾区卫生健康局", money=one_year(w(40), w(36), w(4)),
                 goals=["培训家庭医生团队骨干240人（其中乡村医生90人），每人完成不少于40学时的"
                        "全科业务培训。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "家庭医生团队骨干培训人数", "≥240人"),
        (None, None, "乡村医生培训人数", "≥90人"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训补助标准", "≤1500元/人"),
        ("效益指标", "社会效益指标", "参训人员岗位胜任能力", "提高"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥88%"),
    ])  # fmt: skip
    signature(s, "蒙佳禾", "0739-6653208", (2024, 11, 20), width=4)
    return b


@variant("kcr04-chronic-care-decorated-tiers", (5,),
         "project, NAT-2021, numbered tier labels with points and a ★: an indicator repeated "
         "with its words swapped, a satisfaction rate under 社会效益指标")  # fmt: skip
def kcr04() -> Book:
    b = book()
    s = first(b)
    project_head(s, year=2025, name="慢病患者家庭医生签约管理项目", dept=COMMISSION,
                 unit="澄川市鸣泉区社区卫生服务中心", money=one_year(w(150), w(130), w(20)),
                 goals=["对辖区高血压、糖尿病签约患者开展规范管理，全年管理签约慢病患者1.5万人，"
                        "规范管理率达到70%以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "签约慢病患者管理人数", "≥1.5万人"),
        (None, None, mk("慢病签约患者管理人数", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行是同一指标，只是词序不同（1.5万人 = 15000人）"),
         "≥15000人"),
        (None, "（二）★质量指标", "慢病患者规范管理率", "≥70%"),
        (None, "（三）时效指标", "季度随访完成及时率", "≥95%"),
        ("二、成本指标（10分）", "经济成本指标", "慢病签约管理补助标准", "≤80元/人·年"),
        ("三、效益指标（30分）", "社会效益指标", "签约糖尿病患者血糖控制率", "≥55%"),
        (None, None, mk("签约慢病患者满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益指标下，应属服务对象满意度指标"), "≥90%"),
        ("四、满意度指标（10分）", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "黎清远", "0739-6672015", (2024, 11, 26), width=5)
    return b


@variant("kcr05-community-centre-department", (4, 12),
         "department, NAT-2021: budget and key tasks adding up, a note row under the header, "
         "footnotes explaining the task total, 填表说明 and signature lines (correct)")  # fmt: skip
def kcr05() -> Book:
    b = book()
    s = first(b)
    department_head(s, year=2025, dept="澄川市枫渚区社区卫生服务中心",
                    budget=[(w(1860), w(1620), w(240), w(1140), w(720))],
                    tasks=[("家庭医生签约服务", "重点人群签约及履约服务", w(420), "签约3.6万人"),
                           ("老年人健康体检", "65岁及以上老年人年度体检", w(210), "体检1.4万人"),
                           ("社区心理健康筛查", "居民心理健康筛查与转介", w(90), "筛查1.2万人次"),
                           ("金额合计", None, w(720), None)],
                    goal="围绕基本公共卫生服务，完成家庭医生签约、老年人健康体检和社区心理健康"
                         "筛查三项重点任务，重点人群签约覆盖率不低于75%。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    note(s, "说明：指标值含比较符和计量单位，百分比按2025年度计算。", 5)
    indicators(s, [
        ("产出指标", "数量指标", "重点人群签约人数", "≥3.6万人"),
        (None, None, "老年人健康体检人数", "≥1.4万人"),
        (None, None, "心理健康筛查人次", "≥1.2万人次"),
        (None, "质量指标", "签约服务履约率", "≥90%"),
        (None, None, "体检报告反馈率", "100%"),
        (None, "时效指标", "老年人体检完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "签约服务补助标准", "≤100元/人"),
        (None, None, "老年人体检经费标准", "≤150元/人"),
        (None, None, "心理健康筛查补助标准", "≤60元/人次"),
        ("效益指标", "社会效益指标", "重点人群签约覆盖率", "≥75%"),
        (None, None, "签约高血压患者急诊就诊下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.金额合计720万元为项目支出合计，基本支出1140万元未列入年度主要任务；", 5)
    note(s, "2.老年人体检经费标准按每人150元测算，共210万元。", 5)
    note(s, "填表说明：时效指标填写完成时限，成本指标填写单位成本上限。", 5)
    signature(s, "韩书宁", "0739-6610472", (2024, 11, 15), width=5)
    return b


@variant(
    "kcr06-signing-three-years-points",
    (8, 10),
    "three-year project, NAT-2021, tier-1 and indicator score columns, 中期 and 年度 "
    "columns: a year's count above the period's, a count copied, tier points not adding up",
)
def kcr06() -> Book:  # fmt: skip
    b = book(widths=(14, 8, 16, 30, 8, 16, 16))
    s = first(b)
    project_head(s, year=2025, years=3, name="家庭医生签约服务提质扩面项目", dept=COMMISSION,
                 unit="澄川市卫生健康委员会基层卫生处", money=multi_year(w(900), w(300), w(260),
                 w(40)), goals=["2025—2027年累计签约重点人群4.5万人，培训家庭医生团队成员300人，"
                 "重点人群签约覆盖率提高8个百分点。", "2025年签约重点人群1.5万人，培训家庭医生"
                 "团队成员100人，签约覆盖率提高3个百分点。"])  # fmt: skip
    header(s, "一级指标", "分值", "二级指标", "三级指标", "分值", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值15+10+10+10=45，不是50"),
         "数量指标", "累计签约重点人群人数", 15, "≥4.5万人",
         mk("≥5.2万人", "D201", "error", alt=("D104",),
            note="年度值大于三年的中期值4.5万人；年度目标写1.5万人")),
        (None, None, None, "家庭医生团队成员培训人数", 10, "≥300人",
         mk("≥300人", "D202", "warning", alt=("D104",),
            note="三年累计数照抄到年度列；年度目标写培训100人")),
        (None, None, "质量指标", "签约服务履约率", 10, "≥90%", "≥90%"),
        (None, None, "时效指标", "签约服务费拨付及时率", 10, "≥95%", "≥95%"),
        ("成本指标", 10, "经济成本指标", "签约服务费补助标准", 10, "≤50元/人·年",
         "≤50元/人·年"),
        ("效益指标", 30, "社会效益指标", "重点人群签约覆盖率", 15, "提高≥8百分点",
         "提高≥3百分点"),
        (None, None, "可持续影响指标", "家庭医生签约服务长效机制", 15, "健全", "健全"),
        ("满意度指标", 10, "服务对象满意度指标", "签约居民满意度", 10, "≥90%", "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="指标分值合计95而非100：与B列产出指标分值的不符是同一问题")  # fmt: skip
    signature(s, "付晓岚", "0739-6602391", (2024, 11, 28), width=7)
    return b
