"""部门整体 tables of 街道 offices, township health centres and small 医保 units: flat lists
(one with weights), numbered tier labels, a 栏次 row, 实施周期 and 年度 columns (pf05, pf08, pf11,
pf18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout204.common import (
    book,
    dept_block,
    indicators,
    notes,
    signatures,
    top,
    wan,
)
from tests.variants.holdout204.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("pf05-street-elderly-flat-weights", (3, 12), "街道 office, department, flat list "
         "(指标名称 · 指标值 · 计量单位 · 权重) with weights adding to 100; budget and tasks add "
         "up, 5000元/户 × 150户 equals its task, a 0起 accident target (correct)")  # fmt: skip
def pf05() -> Book:
    b, s = book("Sheet1", (30, 16, 16, 18, 16, 14))
    department_head(
        s, year=2026, dept="青岚市枫桥街道办事处", filled=day(2025, 11, 16),
        budget=[(wan(1260), wan(1180), wan(80), wan(860), wan(400))],
        tasks=[
            ("居家养老服务站运营补助", "8个居家养老服务站日常运营", wan(160), "服务站正常运营"),
            ("老年助餐服务", "6个老年助餐点助餐补助", wan(120), "助餐36000人次以上"),
            ("困难老年人家庭适老化改造", "完成150户适老化改造", wan(75), "改造验收合格"),
            ("老年健康宣教", "组织老年健康讲座和义诊活动", wan(45), "开展活动24场"),
            ("金额合计", None, wan(400), None),
        ],
        goal="全年运营居家养老服务站8个，开设老年助餐点6个，提供助餐服务不少于36000人次，完成困难"
             "老年人家庭适老化改造150户，开展老年健康讲座和义诊活动24场，老年人满意度达到90%以上。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, ("指标名称", "指标值", "计量单位", "权重（分）"), [
        ("运营居家养老服务站数", "≥8", "个", 10),
        ("开设老年助餐点数", "≥6", "个", 10),
        ("助餐服务人次", "≥36000", "人次", 10),
        ("完成困难老年人家庭适老化改造户数", "≥150", "户", 10),
        ("老年健康讲座和义诊活动场次", "≥24", "场", 10),
        ("适老化改造验收合格率", pct(1), "%", 10),
        ("助餐服务补助标准", "≤5", "元/人次", 10),
        ("户均适老化改造费用", "≤5000", "元/户", 10),
        ("服务站安全责任事故", 0, "起", 10),
        ("老年人满意度", "≥90", "%", 10),
    ], merged=())  # fmt: skip
    s.row("合计", None, None, 100)
    signatures(s, "贺建军", "马玉洁", "0591-87435016", day(2025, 11, 16), compact=True)
    return b


@variant("pf08-medical-aid-numbered-tiers", (5, 12), "医保 small unit, department, NAT-2021 "
         "with numbered tier labels (一、产出指标, 1.数量指标, 1.服务对象满意度); budget and tasks "
         "add up, 400元/人 × 13000人 equals its task (correct)")  # fmt: skip
def pf08() -> Book:
    b, s = book("Sheet1", (16, 20, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="云岫县医疗保障事务中心", filled=day(2025, 11, 8),
        budget=[(wan(2480), wan(2400), wan(80), wan(380), wan(2100))],
        tasks=[
            ("城乡居民医疗救助", "对特困、低保等救助对象住院及门诊费用给予救助", wan(1500),
             "救助对象应救尽救"),
            ("困难群众参保资助", "资助特困、低保对象参加城乡居民医保", wan(520), "资助参保全覆盖"),
            ("医疗救助经办服务", "“一站式”结算系统运维及经办服务", wan(80), "一站式结算率100%"),
            ("金额合计", None, wan(2100), None),
        ],
        goal="全年实施城乡居民医疗救助不少于9000人次，资助困难群众参保13000人、参保资助全覆盖，"
             "政策范围内住院费用救助比例不低于70%，救助对象满意度90%以上。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("一、产出指标", "1.数量指标", "医疗救助人次", "≥9000人次"),
        (None, None, "资助困难群众参保人数", "≥13000人"),
        (None, "2.质量指标", "困难群众参保资助覆盖率", pct(1)),
        (None, None, "政策范围内住院费用救助比例", "≥70%"),
        (None, None, "医疗救助“一站式”结算率", pct(1)),
        (None, "3.时效指标", "救助资金拨付时限", "审批后10个工作日以内"),
        ("二、成本指标", "1.经济成本指标", "参保资助标准", "≤400元/人"),
        (None, None, "“一站式”结算系统运维费用", "≤80万元"),
        ("三、效益指标", "1.社会效益指标", "困难群众因病返贫致贫发生率", "≤1%"),
        (None, "2.可持续影响指标", "防范化解因病返贫致贫长效机制", "健全"),
        ("四、满意度指标", "1.服务对象满意度", "救助对象满意度", "≥90%"),
    ])  # fmt: skip
    signatures(s, "石永康", "柯蓉", "0596-3208841", day(2025, 11, 8))
    return b


@variant("pf11-street-tasks-and-next-year-date", (3, 4, 12), "街道 office, department, flat "
         "list (指标名称 · 计量单位 · 指标值): key tasks 150 + 95 + 60 = 305 against a 金额合计 "
         "of 320, a deadline in 2027 in a 2026 table")  # fmt: skip
def pf11() -> Book:
    b, s = book("Sheet1", (16, 20, 30, 18, 18, 14))
    department_head(
        s, year=2026, dept="云岫县凤鸣街道办事处",
        budget=[(wan(930), wan(870), wan(60), wan(610), wan(320))],
        tasks=[
            ("居家养老服务补贴", "为特殊困难老年人购买居家养老服务", wan(150), "补贴对象600人"),
            ("高龄津贴发放", "为辖区80周岁以上老年人按月发放高龄津贴", wan(95), "按月足额发放"),
            ("老年活动中心运行", "3个社区老年活动中心运行维护", wan(60), "中心正常开放"),
            ("金额合计", None,
             mk(wan(320), "B102", "error", alt=("B101",), note="150 + 95 + 60 = 305"), None),
        ],
        goal="为特殊困难老年人提供居家养老服务补贴600人，按月足额发放高龄津贴720人，运行社区老年"
             "活动中心3个，服务对象满意度90%以上。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 3)])
    indicators(s, ("指标名称", "计量单位", "指标值"), [
        ("居家养老服务补贴对象人数", "人", "≥600"),
        ("高龄津贴发放人数", "人", "≥720"),
        ("运行社区老年活动中心数", "个", "≥3"),
        ("补贴对象资格审核准确率", "%", pct(1)),
        ("高龄津贴按月发放时间", None, "每月15日前"),
        ("年度居家养老服务补贴结算时间", None,
         mk("2027年3月31日前", "Y102", "error", alt=("Y103",),
            note="a 2026 department table: the date lies in the next year")),
        ("居家养老服务补贴标准", "元/人·年", "≤2500"),
        ("高龄津贴发放标准", "元/人·月", "≤100"),
        ("特殊困难老年人居家养老服务覆盖率", "%", "≥95"),
        ("服务对象满意度", "%", "≥90"),
    ], merged=())  # fmt: skip
    notes(s, ["金额单位：万元。", "高龄津贴标准按县民政局文件执行。"])
    signatures(s, "周启明", "庞慧", "0596-3267105", day(2025, 11, 20))
    return b


@variant("pf18-health-centre-two-columns", (4, 8, 9, 10), "township health centre, department, "
         "NAT-2021, title and unit rows, a 绩效指标 column merged down, a 栏次 row, 实施周期 and "
         "年度 columns equal in a one-year table, fullwidth ％, 提高≥2百分点 "
         "(correct)")  # fmt: skip
def pf18() -> Book:
    b, s = book("Sheet1", (14, 14, 16, 30, 16, 16))
    top(s, "2026年度部门整体支出绩效目标表", "青岚市江口镇卫生院")
    dept_block(
        s, dept="青岚市江口镇卫生院", filled=day(2025, 11, 25),
        budget=(wan(1650), wan(1320), wan(330), wan(1180), wan(470)),
        tasks=[
            ("基本公共卫生服务", "居民健康档案、慢病及老年人健康管理", wan(280),
             "服务项目全面落实"),
            ("家庭医生签约服务", "组建家庭医生团队开展签约服务", wan(90), "重点人群签约率75%"),
            ("预防接种门诊运行", "免疫规划疫苗接种及冷链运行", wan(100), "接种率95%以上"),
            ("金额合计", None, wan(470), None),
        ],
        goal="全年为辖区常住居民提供基本公共卫生服务，居民电子健康档案建档率达到90%以上，65岁及"
             "以上老年人健康管理率不低于70%，重点人群家庭医生签约率达到75%，适龄儿童免疫规划疫苗"
             "接种率保持在95%以上，辖区居民满意度90%以上。",
    )  # fmt: skip
    indicators(s, ("绩效指标", "一级指标", "二级指标", "三级指标", "实施周期指标值",
                   "年度指标值"), [
        ("栏次", 1, 2, 3, 4, 5),
        ("年度绩效指标", "产出指标", "数量指标", "管理高血压患者人数", "≥2100人", "≥2100人"),
        (None, None, None, "免疫规划疫苗接种剂次", "≥15000剂次", "≥15000剂次"),
        (None, None, "质量指标", "居民电子健康档案建档率", "≥90%", "≥90%"),
        (None, None, None, "65岁及以上老年人健康管理率", "≥70%", "≥70%"),
        (None, None, None, "重点人群家庭医生签约率", pct(0.75), pct(0.75)),
        (None, None, None, "适龄儿童免疫规划疫苗接种率", "≥９５％", "≥９５％"),
        (None, None, "时效指标", "疑似预防接种异常反应报告及时率", pct(1), pct(1)),
        (None, "成本指标", "经济成本指标", "基本公共卫生服务项目支出", "≤280万元", "≤280万元"),
        (None, "效益指标", "社会效益指标", "居民健康素养水平", "提高≥2百分点", "提高≥2百分点"),
        (None, None, "可持续影响指标", "基层首诊制度", "有效运行", "有效运行"),
        (None, "满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, ["本单位预算为一年期，实施周期指标值与年度指标值相同。", "百分比指标填写目标下限。"])
    signatures(s, "严国华", "宋佳音", "0598-7716620", day(2025, 11, 25))
    return b
