"""部门整体 tables (nq02–nq04, nq14, nq15)."""
# ruff: noqa: E501

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout163.common import HEAD_DEPT, indicators, signature
from tests.variants.holdout163.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok


@variant(
    "nq02-dept-basic-project-over",
    (12, 1),
    "department, NAT-2021, one value column: 基本支出 + 项目支出 ≠ 资金总额, a 满意度 ≥100%",
)
def nq02() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(s, year=2026, dept="青岚市人力资源和社会保障局",
                    budget=[(mk(1260, "B101", "error", row=True,
                                note="830 + 460 = 1290 ≠ 1260"),
                             1180, 80, ok(830, "error"), ok(460, "error"))],
                    tasks=[("职业技能提升行动", "组织企业职工和城乡劳动者技能培训", 150,
                            "培训8000人次"),
                           ("就业见习补贴", "发放高校毕业生就业见习补贴", 120, "见习岗位≥600个"),
                           ("劳动保障监察", "开展欠薪专项治理和日常巡查", 110,
                            "欠薪案件结案率≥95%"),
                           ("人事考试组织", "组织事业单位公开招聘等考试", 80, "考试零差错"),
                           ("金额合计", None, 460, None)],
                    goal="完成职业技能培训8000人次，新增城镇就业1.1万人，欠薪案件依法按时办结。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "职业技能培训人次", "≥8000人次"),
        (None, None, "提供就业见习岗位", "≥600个"),
        (None, "质量指标", "欠薪案件结案率", "≥95%"),
        (None, "时效指标", "劳动保障投诉处理时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "人均技能培训成本", "≤180元/人次"),
        ("效益指标", "社会效益指标", "城镇新增就业人数", "≥1.1万人"),
        (None, "可持续影响指标", "就业服务信息化水平", "提升"),
        ("满意度指标", "服务对象满意度指标", "参训劳动者满意度",
         mk("≥100%", "T106", "error", note="a 满意度 cannot exceed 100 %")),
    ], label="年度绩效指标")  # fmt: skip
    signature(s, "高敏", "孔德胜", 2026)
    return b


@variant(
    "nq03-dept-equal-columns",
    (12, 8),
    "department, NAT-2021, 实施周期 and 年度 columns equal for a one-year budget, =100% 完成率, amounts in the number format; correct",
)
def nq03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 18))
    department_head(s, year=2026, dept="临溪县统计局",
                    budget=[(money(386, WAN), money(386, WAN), money(0, WAN),
                             money(278, WAN), money(108, WAN))],
                    tasks=[("农业普查后续工作", "普查资料开发与成果发布", money(46, WAN),
                            "发布普查公报2期"),
                           ("统计调查与监测", "住户调查、价格调查和月度监测", money(62, WAN),
                            "按期报送调查数据"),
                           ("金额合计", None, money(108, WAN), None)],
                    goal="按期完成各项统计调查任务，数据质量稳步提升，统计服务水平不断提高。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "发布统计公报和分析报告", "≥24篇", "≥24篇"),
        (None, None, "维护住户调查样本户", "≥420户", "≥420户"),
        (None, "质量指标", "统计调查任务完成率", "=100%", "=100%"),
        (None, "时效指标", "统计数据报送及时率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "住户调查记账补贴标准", "≤600元/户·年", "≤600元/户·年"),
        ("效益指标", "社会效益指标", "统计数据公开查询人次", "≥3万人次", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "统计用户满意度", "≥90%", "≥90%"),
    ], head=HEAD_DEPT, label="年度绩效指标")  # fmt: skip
    signature(
        s,
        "苏佳怡",
        "孟岩",
        2026,
        note="注：本表实施周期为2026年度，实施周期指标值与年度指标值相同。",
    )
    return b


@variant(
    "nq04-dept-tasks-over-project",
    (12, 1),
    "department, NAT-2021, one value column: key tasks adding to more than the 项目支出 their 金额合计 states, a count given as a percentage",
)
def nq04() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=2026, dept="白沙河区商务局",
                    budget=[(980, 900, 80, 610, 370)],
                    tasks=[("消费促进活动", "举办季度促消费活动和商贸展会", 120, "活动≥8场"),
                           ("外贸稳增长", "组织企业参加境内外展会", 95, "参展企业≥60家"),
                           ("县域商业体系建设", "改造乡镇商贸中心和村级便民店", 88,
                            "改造网点≥40个"),
                           ("招商引资服务", "开展产业链招商和项目跟踪服务", 90, "签约项目≥12个"),
                           ("金额合计", None, mk(370, "B102", "error", alt=("B101",),
                                                note="120 + 95 + 88 + 90 = 393 > 370"),
                            None)],
                    goal="举办促消费活动不少于8场，改造商贸网点40个，新签约招商项目12个。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "举办促消费活动场次",
         mk("≥95%", "T105", "error", alt=("T120", "T116", "T112", "T104"),
            note="a count of events given as a percentage; the goal says 8场")),
        (None, None, "改造乡镇商贸网点", "≥40个"),
        (None, None, "新签约招商项目", "≥12个"),
        (None, "质量指标", "改造网点验收合格率", "≥95%"),
        (None, "时效指标", "展会补贴兑付时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "单个网点改造补助", "≤2万元/个"),
        ("效益指标", "经济效益指标", "社会消费品零售总额增长率", "≥6%"),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    signature(s, "韩子墨", "曹静", 2026)
    return b


@variant(
    "nq14-dept-duplicate-cost-count",
    (11, 5),
    "department, NAT-2021, 实施周期 and 年度 columns: one indicator twice with the same value under two tier-2s, a count under 经济成本指标",
)
def nq14() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 18))
    department_head(s, year=2026, dept="青岚市政务服务管理局",
                    budget=[(640, 610, 30, 455, 185)],
                    tasks=[("政务服务平台运维", "一体化政务服务平台运行维护", 110,
                            "平台可用率≥99%"),
                           ("基层便民服务", "镇村便民服务站点巡回指导", 75, "巡回服务≥48场"),
                           ("金额合计", None, 185, None)],
                    goal="政务服务事项网上可办率达到95%以上，基层便民服务站点规范运行。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "镇村便民服务站点巡回指导", "≥48场", "≥48场"),
        (None, None, "新增可网办政务服务事项", "≥120项", "≥120项"),
        (None, "质量指标", "政务服务事项网上可办率", "≥95%", "≥95%"),
        (None, "时效指标", "群众诉求办结时限", "≤5个工作日", "≤5个工作日"),
        ("成本指标", "经济成本指标", "平台年度运维费用", "≤110万元", "≤110万元"),
        (None, None, mk("窗口人员业务培训场次", "F201", "warning", row=True,
                        note="a count, no money, under 经济成本指标"), "≥12场", "≥12场"),
        ("效益指标", "社会效益指标", "一次办结率", "≥90%", "≥90%"),
        (None, "可持续影响指标",
         mk("政务服务事项网上可办率", "D101", "warning", row=True,
            note="the 质量指标 row again with the same values"), "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "办事群众好评率", "≥95%", "≥95%"),
    ], head=HEAD_DEPT, label="年度绩效指标")  # fmt: skip
    signature(s, "陆一鸣", "甘露", 2026)
    return b


@variant(
    "nq15-dept-tasks-other-line",
    (12,),
    "department, NAT-2021, one value column: key tasks adding up exactly with a 其他 line, ≤0元 超支; correct",
)
def nq15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(s, year=2026, dept="临溪县交通运输局",
                    budget=[(2150, 1990, 160, 1600, 550)],
                    tasks=[("农村公路养护", "县乡道日常养护和路况检测", 220, "优良中等路率≥85%"),
                           ("客运站安全改造", "城乡客运站安检和监控设施改造", 180,
                            "改造客运站6座"),
                           ("危桥改造", "完成3座农村公路危桥改造", 96, "危桥改造3座"),
                           ("其他工作经费", "运输执法、应急值守等", 54, "保障工作正常运转"),
                           ("金额合计", None, 550, None)],
                    goal="农村公路优良中等路率保持在85%以上，完成危桥改造3座，客运安全形势稳定。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥1350公里"),
        (None, None, "改造危桥数量", "≥3座"),
        (None, "质量指标", "农村公路优良中等路率", "≥85%"),
        (None, "时效指标", "危桥改造完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每公里年度养护成本", "≤1600元/公里"),
        (None, None, "超预算支出金额", "≤0元"),
        ("效益指标", "社会效益指标", "道路运输较大及以上安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥88%"),
    ], label="年度绩效指标")  # fmt: skip
    signature(s, "付国庆", "严秋", 2026)
    return b
