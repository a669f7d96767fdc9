"""Returns ld13–ld18: 区民政局, 区城管局 and 区文旅局 projects, and three 部门整体 tables (区教育局,
区卫健局, a 街道办事处) with their budget blocks."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout98.common import DISTRICT, YEAR, footer, indicators
from tests.variants.holdout98.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant(
    "ld13-civil-relief-word-ops",
    (1, 3),
    "project, OLD-NAT, 比较符 in words (大于等于/小于等于) and a 计量单位 column, percent cells",
)
def ld13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 12, 12, 14))
    project_head(
        s, year=YEAR, name="困难群众临时救助资金", dept=f"{DISTRICT}民政局",
        unit=f"{DISTRICT}民政局", attr="常年项目",
        money=[("中期资金总额", money(380, WAN), "年度资金总额", money(380, WAN)),
               ("其中：财政拨款", money(380, WAN), "其中：财政拨款", money(380, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["对遭遇突发性、紧迫性困难的家庭及时给予临时救助，做到应救尽救。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "临时救助人次", "大于等于", 1800, "人次"),
        (None, None, "急难型救助先行办理件数", "大于等于", 120, "件"),
        (None, "质量指标", "救助对象认定准确率", "大于等于", pct(0.98), "%"),
        (None, None, "救助档案规范率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "一般救助审批办结时限", "小于等于", 10, "个工作日"),
        (None, "成本指标", "人均救助金额", "小于等于", 2000, "元/人次"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障率", "等于", pct(1), "%"),
        (None, "可持续影响指标", "“一门受理、协同办理”机制", "定性", "有效运行", None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    footer(s, "彭丽", "0571-86390251", "钱永刚", (2026, 11, 10))
    return b


@variant(
    "ld14-city-cleaning-year-direction",
    (1, 11),
    "project, NAT-2021, values inline, tiers merged; ≥ on a 反向 rate, a 2026 "
    "deadline in the 2027 annual goal",
)
def ld14() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 16, 12))
    goal = mk("完成主次干道机械化清扫保洁，道路机扫率达到90%以上，2026年底前完成全部背街小巷"
              "保洁作业市场化。", "Y101", "error", alt=("Y103", "Y102"),
              note="the 2027 annual goal sets a 2026 deadline")  # fmt: skip
    project_head(
        s, year=YEAR, name="城区道路清扫保洁服务", dept=f"{DISTRICT}城市管理局",
        unit=f"{DISTRICT}环境卫生管理所", attr="常年项目",
        money=[("中期资金总额", money(1260, WAN), "年度资金总额", money(1260, WAN)),
               ("其中：财政拨款", money(1260, WAN), "其中：财政拨款", money(1260, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=[goal],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("产出指标", "数量指标", "清扫保洁道路面积", "≥520万平方米", None),
        (None, None, "背街小巷保洁条数", "≥160条", None),
        (None, "质量指标", "主次干道机扫率", "≥90%", None),
        (None, None, "道路保洁质量考核达标率", "≥95%", "月度考核"),
        (None, "时效指标", "路面积水清理时限", "≤2小时", "雨停后"),
        ("成本指标", "经济成本指标", "单位面积年保洁成本", "≤2.3元/平方米", None),
        ("效益指标", "社会效益指标", mk("道路扬尘投诉率", "T108", "warning", row=True,
                                         note="a 反向 rate with ≥"), "≥3%", None),
        (None, "生态效益指标", "道路积尘负荷下降", "≥10%", "与上年相比"),
        (None, "可持续影响指标", "保洁作业监管考核机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥88%", None),
    ])  # fmt: skip
    footer(s, "何俊", "0571-86502371", "冯志强", (2026, 11, 16))
    return b


@variant(
    "ld15-culture-relic-patrol",
    (1, 7),
    "project, NAT-2021, 比较符 · 指标值 · 计量单位 · 指标解释 columns, tiers merged, percent cells",
)
def ld15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 8, 12, 12, 26))
    project_head(
        s, year=YEAR, name="不可移动文物日常巡查保护", dept=f"{DISTRICT}文化和旅游局",
        unit=f"{DISTRICT}文物保护管理所", attr="常年项目",
        money=[("中期资金总额", money(64.5, WAN), "年度资金总额", money(64.5, WAN)),
               ("其中：财政拨款", money(64.5, WAN), "其中：财政拨款", money(64.5, WAN)),
               ("其他资金", money(0, WAN), "其他资金", money(0, WAN))],
        goals=["对全区86处不可移动文物开展日常巡查和小型修缮，确保文物本体安全。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标解释")
    indicators(s, head, [
        ("产出指标", "数量指标", "巡查文物点数量", "≥", 86, "处", "区级以上及登记文物点"),
        (None, None, "全年巡查次数", "≥", 1032, "次", "每处每月1次"),
        (None, None, "小型修缮文物点", "≥", 6, "处", None),
        (None, "质量指标", "巡查记录完整率", "≥", pct(0.95), "%", None),
        (None, "时效指标", "险情发现后报告时限", "≤", 24, "小时", None),
        ("成本指标", "经济成本指标", "单处修缮平均成本", "≤", 6.5, "万元/处", None),
        ("效益指标", "社会效益指标", "文物安全事故发生数", "=", 0, "起", None),
        (None, "可持续影响指标", "文物安全巡查责任制", "定性", "落实到位", None, None),
        ("满意度指标", "服务对象满意度指标", "文物所在村（社区）满意度", "≥", pct(0.9), "%", None),
    ])  # fmt: skip
    footer(s, "唐雅琪", "0571-86728862", "蒋文博", (2026, 11, 19))
    return b


NAT_DEPT = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ld16-edu-department",
    (3, 12),
    "部门整体, NAT-2021: budget block, key tasks adding to 项目支出, indicators with tiers merged",
)
def ld16() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 18, 30, 18, 16, 16))
    w = WAN
    department_head(
        s, year=YEAR, dept=f"{DISTRICT}教育局（本级）",
        budget=[(money(3860.5, w), money(3790.5, w), money(70, w), money(2420.5, w),
                 money(1440, w))],
        tasks=[("学前教育普惠保障", "普惠性幼儿园生均补助", money(620, w), "普惠园覆盖率≥90%"),
               ("义务教育课后服务", "课后服务补助", money(420, w), "覆盖学生≥2.1万人"),
               ("校舍维修改造", "中小学校舍维修", money(400, w), "消除安全隐患"),
               ("金额合计", None, money(1440, w), None)],
        goal="保障全区学前教育普惠发展和义务教育优质均衡，完成校舍维修，提升办学条件。",
    )  # fmt: skip
    indicators(s, NAT_DEPT, [
        ("产出指标", "数量指标", "普惠性幼儿园生均补助覆盖幼儿数", "≥9800人"),
        (None, None, "课后服务覆盖学生人数", "≥21000人"),
        (None, None, "维修改造校舍面积", "≥1.2万平方米"),
        (None, "质量指标", "普惠性幼儿园覆盖率", "≥90%"),
        (None, None, "维修工程验收合格率", "100%"),
        (None, "时效指标", "生均补助资金拨付时间", "2027年6月30日前"),
        ("成本指标", "经济成本指标", "普惠园生均补助标准", "≤600元/生·年"),
        ("效益指标", "社会效益指标", "义务教育巩固率", "≥99%"),
        (None, "可持续影响指标", "教育经费保障机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "刘思雨", "0571-86233105", "郑国华", (2026, 11, 25))
    return b


@variant(
    "ld17-health-department-money",
    (3, 12),
    "部门整体, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def ld17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 18, 16, 16))
    w = WAN
    department_head(
        s, year=YEAR, dept=f"{DISTRICT}卫生健康局（本级）",
        budget=[(mk(money(2460, w), "B101", "error", note="1780.5 + 690 = 2470.5 ≠ 2460"),
                 money(2400, w), money(60, w), money(1780.5, w), money(690, w))],
        tasks=[("家庭医生签约服务", "重点人群签约服务补助", money(150, w), "签约5.2万人"),
               ("基本公共卫生服务", "区级配套资金", money(380, w), "规范管理率≥70%"),
               ("院前急救能力建设", "急救站点运行", money(150, w), "平均反应时间≤12分钟"),
               ("金额合计", None, mk(money(690, w), "B102", "error",
                                     note="150 + 380 + 150 = 680 ≠ 690"), None)],
        goal="做实家庭医生签约和基本公共卫生服务，提升院前急救能力，保障群众健康。",
    )  # fmt: skip
    indicators(s, NAT_DEPT, [
        ("产出指标", "数量指标", "重点人群家庭医生签约人数", "≥52000人"),
        (None, None, "院前急救站点", "≥9个"),
        (None, "质量指标", "高血压患者规范管理率", "≥70%"),
        (None, None, "孕产妇系统管理率", "≥95%"),
        (None, "时效指标", "院前急救平均反应时间", "≤12分钟"),
        ("成本指标", "经济成本指标", "签约服务人均补助标准", "≤12元/人"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥32%"),
        (None, "可持续影响指标", "医防融合工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "吴佳颖", "0571-86451266", "孙立新", (2026, 11, 25))
    return b


@variant(
    "ld18-street-department-columns",
    (3, 12),
    "部门整体 of a 街道办事处, NAT-2021, tiers filled down, 比较符 · 指标值 · "
    "计量单位 columns, percent cells",
)
def ld18() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", (18, 18, 30, 10, 14, 14))
    w = WAN
    department_head(
        s, year=YEAR, dept=f"{DISTRICT}柳岸街道办事处",
        budget=[(money(2146.8, w), money(2106.8, w), money(40, w), money(1568.3, w),
                 money(578.5, w))],
        tasks=[("老旧小区微更新", "4个小区道路、门禁、照明改造", money(86.5, w), "受益居民≥680户"),
               ("社区治理与服务", "社区服务项目和邻里微服务", money(212, w), "服务居民≥2万人次"),
               ("城市管理与环境整治", "背街小巷整治、垃圾分类督导", money(280, w), "环境投诉下降"),
               ("金额合计", None, money(578.5, w), None)],
        goal="推进老旧小区微更新，做实社区治理服务，保持辖区环境整洁有序。",
    )  # fmt: skip
    t = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
         ("成本指标", "经济成本指标"), ("效益指标", "社会效益指标"),
         ("效益指标", "可持续影响指标"), ("满意度指标", "服务对象满意度指标")]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        (*t[0], "微更新改造小区数量", "≥", 4, "个"),
        (*t[0], "社区服务居民人次", "≥", 20000, "人次"),
        (*t[0], "整治背街小巷", "≥", 15, "条"),
        (*t[1], "改造工程验收合格率", "=", pct(1), "%"),
        (*t[1], "垃圾分类准确率", "≥", pct(0.85), "%"),
        (*t[2], "12345工单按时办结率", "≥", pct(0.95), "%"),
        (*t[3], "小区平均改造成本", "≤", 21, "万元/个"),
        (*t[4], "辖区环境类投诉下降幅度", "≥", pct(0.1), "%"),
        (*t[5], "网格化治理机制", "定性", "健全", None),
        (*t[6], "辖区居民满意度", "≥", pct(0.9), "%"),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    footer(s, "陈晓岚", "0571-86120417", "周明远", (2026, 11, 26))
    return b
