"""Tables with more columns: an operator and a unit column (qy07, qy08), 中期 and 年度 value
columns of multi-year projects (qy09, qy10), a direction column with points at two levels
(qy11), a flat department list without tiers (qy12) and a department table whose budget has
an amount and a 占比 row (qy13)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout249.common import (
    ONE,
    OPS,
    TWO,
    book,
    dept_budget,
    indicators,
    one_year_money,
    period_money,
    sign,
    tasks,
    wan,
)
from tests.variants.holdout249.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("qy07-elderly-operator-column", (1, 10, 11), "one-year project, NAT-2021, operator and "
         "unit columns: words and symbols, 72% typed in Excel, 0起 with =, 65岁 in a name, "
         "a 百分点 unit, 定性 (correct)")  # fmt: skip
def qy07() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 14, 14))
    project_head(
        s, year=2026, name="老年人健康管理服务项目", dept="泗川县卫生健康局（126）",
        unit="泗川县人民医院医共体总院", money=one_year_money(wan(400), wan(360), wan(40)),
        goals=["2026年为辖区65岁及以上老年人提供健康管理服务3.6万人，老年人健康管理率达到72%以上，"
               "全年不发生健康体检医疗安全事故。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "大于等于", 3.6, "万人"),
        (None, None, "老年人中医药健康管理服务人数", "≥", 2.2, "万人"),
        (None, "质量指标", "老年人健康管理率", "≥", pct(0.72), "%"),
        (None, None, "体检异常结果告知率", "≥", 98, "%"),
        (None, "时效指标", "体检报告反馈时间", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "老年人健康体检人均成本", "小于等于", 95, "元/人"),
        ("效益指标", "社会效益指标", "健康体检医疗安全事故", "=", 0, "起"),
        (None, None, "老年人高血压早期发现率较上年提高", "≥", 1, "个百分点"),
        (None, "可持续影响指标", "老年人健康档案动态管理", "定性", "规范", None),
        ("满意度指标", "服务对象满意度指标", "老年人健康管理服务满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "钟以宁", "杜秋实", "0817-4352170")
    return b


@variant("qy08-tb-operator-column-mistakes", (11,), "one-year project, NAT-2021, operator and "
         "unit columns: a head count in %, = on a 服药率, ≥ on a 治疗失败率")  # fmt: skip
def qy08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 14, 14))
    project_head(
        s, year=2026, name="肺结核患者健康管理项目", dept="汶溪县卫生健康局（233）",
        unit="汶溪县疾病预防控制中心", money=one_year_money(wan(128), wan(118), wan(10)),
        goals=["2026年对辖区肺结核患者开展规范治疗和全程健康管理，患者规范服药率达到90%以上，"
               "病原学阳性患者密切接触者筛查率达到95%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "肺结核患者健康管理人数", "≥",
         mk(85, "T120", "warning", row=True, note="a head count given as 85%"), "%"),
        (None, None, "密切接触者筛查人次", "≥", 2600, "人次"),
        (None, "质量指标", "肺结核患者规范服药率",
         mk("=", "T107", "warning", row=True, alt=("T108",), note="≥90% meant"), 90, "%"),
        (None, None, "病原学阳性患者密切接触者筛查率", "≥", 95, "%"),
        (None, "时效指标", "疑似患者转诊到位时间", "≤", 7, "天"),
        ("成本指标", "经济成本指标", "患者年人均健康管理成本", "≤", 220, "元/人"),
        ("效益指标", "社会效益指标", "肺结核患者治疗失败率",
         mk("≥", "T108", "warning", row=True, note="a 失败率 is 反向: ≤5% meant"), 5, "%"),
        (None, None, "肺结核报告发病率", "≤", 38, "/10万"),
        (None, "可持续影响指标", "结核病防治医防协作机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥", 88, "%"),
    ])  # fmt: skip
    sign(s, "罗一帆", "田嘉禾", "0856-5723319")
    return b


@variant("qy09-chronic-zone-period-lookalikes", (8, 10, 11), "three-year project, NAT-2021, "
         "中期 and 年度 columns: counts smaller in the year, equal rates and costs, a 过早死亡率 "
         "cap looser in the first year, 百分点 (correct)")  # fmt: skip
def qy09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 14))
    project_head(
        s, year=2026, years=3, name="慢性病综合防控示范区建设项目", attr="新增项目",
        dept="峪南区卫生健康局（406）", unit="峪南区疾病预防控制中心",
        money=period_money((wan(900), wan(780), wan(120)), (wan(320), wan(280), wan(40))),
        goals=["到2028年建成省级慢性病综合防控示范区，建设健康支持性环境60个，重大慢性病过早死亡率"
               "降至15%以下，居民健康素养水平提高到30%以上。",
               "2026年建设健康支持性环境20个，开展慢性病高危人群筛查2.5万人，重大慢性病过早死亡率"
               "控制在15.5%以下，居民健康素养水平达到27%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "健康支持性环境建设数", "≥60个", "≥20个"),
        (None, None, "慢性病高危人群筛查人数", "≥7.5万人", "≥2.5万人"),
        (None, "质量指标", "高危人群干预管理率", "≥80%", "≥80%"),
        (None, "时效指标", "示范区建设阶段任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "高危人群人均筛查成本", "≤40元/人", "≤40元/人"),
        ("效益指标", "社会效益指标", "重大慢性病过早死亡率", "≤15%", "≤15.5%"),
        (None, None, "居民健康素养水平", "≥30%", "≥27%"),
        (None, None, "成人吸烟率较基线下降", "≥3个百分点", "≥1个百分点"),
        (None, "可持续影响指标", "慢性病综合防控工作机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "居民对慢性病防控服务满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "袁知秋", "邵晨曦", "0851-8724603")
    return b


@variant("qy10-vaccine-clinics-annual-over-period", (8,), "two-year project, NAT-2021, 中期 and "
         "年度 columns: an annual count above the period, a training count equal in "
         "both")  # fmt: skip
def qy10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 14))
    project_head(
        s, year=2026, years=2, name="预防接种门诊数字化改造项目", attr="新增项目",
        dept="岑江县卫生健康局（315）", unit="岑江县疾病预防控制中心",
        money=period_money((wan(460), wan(400), wan(60)), (wan(250), wan(220), wan(30))),
        goals=["到2027年完成全县预防接种门诊数字化改造，建立覆盖疫苗出入库和接种全流程的追溯体系，"
               "基层接种人员全员轮训。",
               "2026年推进预防接种门诊数字化改造，配置冷链温度监测设备，疫苗出入库扫码追溯率达到"
               "100%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "预防接种门诊数字化改造数", "≥30个",
         mk("≥36个", "D201", "error", note="the year's count exceeds the two-year count")),
        (None, None, "基层接种人员培训人次", "≥1200人次",
         mk("≥1200人次", "D202", "warning", row=True, note="cumulative count copied")),
        (None, None, "冷链温度监测设备配置数", "≥60台", "≥32台"),
        (None, "质量指标", "疫苗出入库扫码追溯率", "100%", "100%"),
        (None, "时效指标", "改造任务完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个门诊数字化改造成本", "≤6.5万元/个", "≤6.5万元/个"),
        ("效益指标", "社会效益指标", "疫苗针对传染病报告发病率", "≤10/10万", "≤10/10万"),
        (None, None, "预约接种率提高", "≥10个百分点", "≥5个百分点"),
        (None, "可持续影响指标", "数字化门诊运维管理机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受种者监护人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘露", "农志远", "0776-6283145")
    return b


@variant("qy11-mental-health-points-two-levels", (4, 5, 10, 11), "one-year project, NAT-2021, "
         "direction, unit and 分值 columns: tier-1 points in the labels and indicator points "
         "that add to 100 once, 反向 with ≤, 百分点 in the unit column, a 注 row "
         "(correct)")  # fmt: skip
def qy11() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 10, 12, 12, 8))
    project_head(
        s, year=2026, name="严重精神障碍患者健康管理项目", dept="鸬溪县卫生健康局（127）",
        unit="鸬溪县精神卫生中心", money=one_year_money(wan(96), wan(88), wan(8)),
        goals=["2026年对在册严重精神障碍患者开展规范管理和定期随访，规范管理率达到85%以上，"
               "患者服药率达到80%以上，降低肇事肇祸风险。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "分值")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "在册严重精神障碍患者管理人数", "正向", "≥1850", "人",
         10),
        (None, None, "患者随访服务人次", "正向", "≥7400", "人次", 10),
        (None, "质量指标", "严重精神障碍患者规范管理率", "正向", "≥85", "%", 10),
        (None, None, "在册患者服药率", "正向", "≥80", "%", 10),
        (None, "时效指标", "新发现患者建档时间", "反向", "≤10", "个工作日", 10),
        ("成本指标（10分）", "经济成本指标", "患者年人均随访管理成本", "反向", "≤300", "元/人",
         10),
        ("效益指标（30分）", "社会效益指标", "患者肇事肇祸发生率", "反向", "≤0.5", "%", 10),
        (None, None, "患者病情稳定率较上年提高", "正向", "≥2", "百分点", 10),
        (None, "可持续影响指标", "精神卫生综合管理小组工作机制", "定性", "健全", None, 10),
        ("满意度指标（10分）", "服务对象满意度指标", "患者家属满意度", "正向", "≥90", "%", 10),
    ])  # fmt: skip
    s.row("注：分值合计100分，一级指标括号内为该类指标分值小计。", merge=[(1, 7)])
    sign(s, "黄思远", "陆佩文", "0771-7562308")
    return b


@variant("qy12-department-flat-list-weights", (3, 11), "department table with a flat list "
         "(指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): weights add to 95, a 反向 漏报率 "
         "with ≥, a 反向 感染发生率 without operator")  # fmt: skip
def qy12() -> Book:
    b, s = book("Sheet1", (26, 10, 12, 12, 14, 14))
    department_head(
        s, year=2026, dept="白崖区卫生健康局", filled=day(2025, 12, 3),
        budget=[(wan(5200), wan(4680), wan(520), wan(2080), wan(3120))],
        goal="推进基本公共卫生服务均等化，巩固免疫规划成果，加强传染病防控和妇幼健康服务，"
             "群众就医满意度保持在90%以上。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("适龄儿童免疫规划疫苗接种率", 10, "%", "正向", "≥95"),
        ("居民电子健康档案建档率", 10, "%", "正向", "≥90"),
        ("65岁及以上老年人健康管理率", 10, "%", "正向", "≥70"),
        ("高血压患者规范管理率", 10, "%", "正向", "≥65"),
        ("孕产妇系统管理率", 10, "%", "正向", "≥90"),
        ("传染病疫情报告漏报率", 10, "%", "反向",
         mk("≥2", "T108", "warning", row=True, note="a 漏报率 is 反向: ≤2% meant")),
        ("医院感染发生率", 10, "%", "反向",
         mk("1.5", "T117", "warning", row=True, alt=("T103",), note="≤1.5% meant")),
        ("人均预期寿命", 10, "岁", "正向", "≥80.5"),
        ("医疗救助资金及时拨付率", 5, "%", "正向", "≥95"),
        ("群众就医满意度", 10, "%", "正向", "≥90"),
    ])  # fmt: skip
    s.row("说明：指标值均为2026年度目标。", merge=[(1, 5)])
    b.file_mark("W101", "error", note="the weights add up to 95, not 100")
    sign(s, "林嘉树", "温若琳", "0898-6627135")
    return b


@variant("qy13-health-bureau-shares-numbered-tiers", (1, 4, 5, 12), "department table: amounts "
         "and 占比 typed in Excel, tasks adding to 项目支出, numbered tier labels, /10万 and "
         "百分点, a 注 row (correct)")  # fmt: skip
def qy13() -> Book:
    b, s = book("部门整体绩效目标")
    dept_budget(
        s, year=2026, dept="枫亭县卫生健康局",
        amounts=(wan(3680), wan(3312), wan(368), wan(1472), wan(2208)),
        shares=(pct(1), pct(0.9), pct(0.1), pct(0.4), pct(0.6)),
        goal="目标1：为辖区常住人口提供基本公共卫生服务，居民电子健康档案建档率达到90%以上；"
             "目标2：适龄儿童免疫规划疫苗接种率保持在95%以上；目标3：做好困难群众医疗救助。",
    )  # fmt: skip
    tasks(s, [
        ("基本公共卫生服务", "为辖区常住人口提供基本公共卫生服务", wan(1380), "建档率≥90%"),
        ("免疫规划", "适龄儿童免疫规划疫苗接种", wan(236), "接种率≥95%"),
        ("医疗救助", "困难群众住院和门诊救助", wan(412), "救助资金及时拨付"),
        ("妇幼健康", "孕产期保健和儿童健康管理", wan(180), "系统管理率≥90%"),
    ], wan(2208))  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "居民电子健康档案建档人数", "≥38万人"),
        (None, None, "适龄儿童免疫规划疫苗接种剂次", "≥9.6万剂次"),
        (None, "2.质量指标", "居民电子健康档案建档率", "≥90%"),
        (None, None, "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, None, "孕产妇系统管理率", "≥90%"),
        (None, "3.时效指标", "医疗救助资金拨付时限", "≤15个工作日"),
        ("二、成本指标", "经济成本指标", "居民健康档案人均维护成本", "≤8元/人"),
        ("三、效益指标", "社会效益指标", "甲乙类传染病报告发病率", "≤180/10万"),
        (None, None, "重点人群家庭医生签约率较上年提高", "≥3个百分点"),
        (None, "可持续影响指标", "基层医疗卫生服务体系", "健全"),
        ("四、满意度指标", "服务对象满意度指标", "群众对基本公共卫生服务满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：本表指标值均为年度目标，金额单位为万元。", merge=[(1, 6)])
    sign(s, "吴曼青", "施宏远", "0594-7386215")
    return b
