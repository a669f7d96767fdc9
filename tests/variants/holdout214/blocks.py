"""Multi-year tables with 中期 and 年度 columns, 部门整体 tables and stacked projects (pp10,
pp11, pp12, pp13, pp14, pp15)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout214.common import (
    ONE,
    TWO,
    book,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout214.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("pp10-chronic-control-rates", (8, 11), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 控制率 ≥ (twice), a 发生率降低率 ≥, a cost per 人次 ≤ (correct)")  # fmt: skip
def pp10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="基层慢性病综合防控项目", dept="白沙河区卫生健康局（305）",
        unit="白沙河区慢性病防治院",
        money=period_money((wan(540), wan(480), wan(60)), (wan(180), wan(160), wan(20))),
        goals=["2026年至2028年累计开展慢性病健康讲座180场，高血压、糖尿病患者控制水平稳步"
               "提高，慢性病并发症发生率逐年降低。",
               "2026年开展慢性病健康讲座60场，筛查慢性病高危人群15000人次。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "慢性病健康讲座场次", "≥180场", "≥60场"),
        (None, None, "慢性病高危人群筛查人次", "≥45000人次", "≥15000人次"),
        (None, "质量指标", "高血压患者血压控制率", "≥60%", "≥58%"),
        (None, None, "糖尿病患者血糖控制率", "≥55%", "≥52%"),
        (None, "时效指标", "筛查异常结果告知时限", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "高危人群人均筛查成本", "≤80元/人次", "≤80元/人次"),
        ("效益指标", "社会效益指标", "慢性病并发症发生率降低率", "≥5%", "≥2%"),
        (None, "可持续影响指标", "医防融合慢性病管理机制", "建立并完善", "建立"),
        ("满意度指标", "服务对象满意度指标", "慢性病患者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pp11-drainage-duration-ge", (5, 8, 11), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: a 完成时间 under 数量指标, a 平均排除时长 with ≥ in both columns")  # fmt: skip
def pp11() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="城市排水防涝能力提升项目",
        dept="青岚市住房和城乡建设局（402）", unit="青岚市排水管理处",
        money=period_money((wan(1500), wan(1200), wan(300)), (wan(600), wan(500), wan(100))),
        goals=["2026年至2028年改造雨污管网36公里，整治易涝积水点45处，城市内涝防治能力"
               "明显提升。",
               "2026年改造雨污管网12公里，整治易涝积水点15处。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "雨污管网改造长度", "≥36公里", "≥12公里"),
        (None, None, "整治易涝积水点", "≥45处", "≥15处"),
        (None, None,
         mk("雨污管网改造完成时间", "F201", "warning", row=True,
            note="a deadline under 数量指标, belongs under 时效指标"),
         "2028年10月31日前", "2026年11月30日前"),
        (None, "质量指标", "管网工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "汛期积水点平均排除时长",
         mk("≥2小时", "T108", "warning", row=True, note="a duration is 反向: ≤2小时 meant"),
         "≥2小时"),
        ("成本指标", "经济成本指标", "单公里管网改造成本", "≤28万元/公里", "≤28万元/公里"),
        ("效益指标", "社会效益指标", "受益居民人数", "≥12万人", "≥4万人"),
        (None, "可持续影响指标", "排水设施智慧化监测运维机制", "建立并运行", "建立"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pp12-health-department-lookalikes", (11, 12), "department, NAT-2021, budget and tasks "
         "that add up: a 成本增长率 ≤3% (a cap on cost growth), 达标率 ≥, 平均调处时长 ≤, "
         "0起 with = (correct)")  # fmt: skip
def pp12() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="临溪县卫生健康局", filled=day(2025, 11, 18),
        budget=[(wan(4800), wan(4500), wan(300), wan(3200), wan(1600))],
        tasks=[
            ("基本公共卫生服务", "为城乡居民提供国家基本公共卫生服务", wan(900),
             "服务覆盖全县常住人口"),
            ("医疗质量安全管理", "医疗机构质量安全督查和医疗纠纷调处", wan(300),
             "医疗质量安全水平提升"),
            ("妇幼健康服务", "孕产妇和学龄前儿童健康管理", wan(400), "孕产妇系统管理率90%以上"),
            ("金额合计", None, wan(1600), None),
        ],
        goal="全年为城乡居民提供基本公共卫生服务，孕产妇系统管理率达到90%以上，全县不发生"
             "重大医疗质量安全事件，行政运行成本增长率控制在3%以内。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "医疗质量安全督查机构数", "≥60家"),
        (None, None, "学龄前儿童健康管理人数", "≥21000人"),
        (None, "质量指标", "孕产妇系统管理率", "≥90%"),
        (None, None, "督查问题整改达标率", "≥95%"),
        (None, "时效指标", "医疗纠纷平均调处时长", "≤30日"),
        ("成本指标", "经济成本指标", "行政运行成本增长率", "≤3%"),
        ("效益指标", "社会效益指标", "重大医疗质量安全事件", "=0起"),
        (None, None, "居民电子健康档案建档率", pct(0.9)),
        (None, "可持续影响指标", "医疗质量控制体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pp13-education-department-three", (5, 11, 12), "department, NAT-2021, budget and "
         "tasks that add up: a 巩固率 with ≤, a 事故发生率 with ≥, 家长满意度 under "
         "质量指标")  # fmt: skip
def pp13() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="白沙河区教育局", filled=day(2025, 11, 25),
        budget=[(wan(12600), wan(12000), wan(600), wan(9800), wan(2800))],
        tasks=[
            ("学生资助", "落实家庭经济困难学生资助政策", wan(800), "应助尽助"),
            ("校园安全建设", "校园安防设施改造和安全教育", wan(1200), "校园安全防控能力提升"),
            ("教师培训", "中小学教师全员培训", wan(800), "培训教师3000人次"),
            ("金额合计", None, wan(2800), None),
        ],
        goal="落实学生资助政策，完成中小学教师全员培训3000人次，改造校园安防设施，巩固"
             "义务教育发展成果。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "资助家庭经济困难学生人数", "≥4500人"),
        (None, None, "中小学教师培训人次", "≥3000人次"),
        (None, "质量指标", "学生资助对象认定准确率", "≥98%"),
        (None, None,
         mk("家长满意度", "F201", "warning", row=True,
            note="a satisfaction indicator under 质量指标, belongs under 服务对象满意度指标"),
         "≥90%"),
        (None, "时效指标", "资助资金发放时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "教师人均培训成本", "≤2000元/人次"),
        ("效益指标", "社会效益指标", "义务教育巩固率",
         mk("≤97%", "T108", "warning", row=True, note="a 巩固率 is 正向: ≥97% meant")),
        (None, None, "学生校园意外伤害事故发生率",
         mk("≥0.5%", "T108", "warning", row=True, note="a 发生率 is 反向: ≤0.5% meant")),
        (None, "可持续影响指标", "校园安全风险防控体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "在校学生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pp14-stacked-environment-lookalikes", (2, 11), "two one-year projects stacked, "
         "NAT-2021, one value column: a 浓度下降率 ≥5%, 重污染天数 ≤5天, a 处置达标率 ≥, a cost "
         "per 吨 ≤, 0起 with = (correct)")  # fmt: skip
def pp14() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="大气污染防治专项项目", dept="青岚市生态环境局（501）",
        unit="青岚市大气环境管理中心", title="2026年度项目支出绩效目标表（汇总）",
        money=one_year_money(wan(260), wan(240), wan(20)),
        goals=["完成50家涉气企业深度治理，全市细颗粒物年均浓度较上年下降5%以上，重污染天数"
               "控制在5天以内。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "涉气企业深度治理家数", "≥50家"),
        (None, None, "扬尘在线监测点位建设数", "≥30个"),
        (None, "质量指标", "治理设施验收达标率", "≥95%"),
        (None, "时效指标", "深度治理任务完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单家企业治理补助标准", "≤4万元/家"),
        ("效益指标", "生态效益指标", "细颗粒物年均浓度下降率", "≥5%"),
        (None, None, "重污染天数", "≤5天"),
        ("满意度指标", "服务对象满意度指标", "公众对空气质量满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="危险废物规范化环境管理项目", dept="青岚市生态环境局（501）",
        unit="青岚市固体废物管理中心", title="",
        money=one_year_money(wan(140), wan(120), wan(20)),
        goals=["对80家危险废物产生单位开展规范化环境管理评估，危险废物规范化处置达标率95%"
               "以上，全年不发生重大突发环境事件。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "规范化环境管理评估单位数", "≥80家"),
        (None, "质量指标", "危险废物规范化处置达标率", "≥95%"),
        (None, "时效指标", "评估报告完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单家单位评估成本", "≤0.6万元/家"),
        (None, None, "小微企业危险废物收运处置成本", "≤2800元/吨"),
        ("效益指标", "生态效益指标", "重大突发环境事件", "=0起"),
        (None, "社会效益指标", "危险废物环境风险隐患整改率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受评估单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "周景行", "许若兰", "0596-87501326")
    return b


@variant("pp15-stacked-floor-wrong-parent", (2, 5, 11), "two one-year projects stacked, "
         "NAT-2021, one value column: a 计划完成率 =95% in the first, 时效指标 under 效益指标 "
         "in the second")  # fmt: skip
def pp15() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="动物疫病强制免疫项目", dept="临溪县农业农村局（402）",
        unit="临溪县动物疫病预防控制中心", title="2026年度项目支出绩效目标表",
        money=one_year_money(wan(120), wan(100), wan(20)),
        goals=["2026年春秋两季对全县应免畜禽实施强制免疫，免疫畜禽120万头（只），全年不发生"
               "区域性重大动物疫情。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "强制免疫畜禽数量", "≥120万头（只）"),
        (None, "质量指标", "春秋两季强制免疫计划完成率",
         mk("=95%", "T107", "warning", row=True, alt=("T108",),
            note="a completion floor: ≥95% meant")),
        (None, None, "免疫抗体合格率", "≥70%"),
        (None, "时效指标", "春季集中免疫完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "免疫注射劳务补助标准", "≤0.8元/头（只）"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情", "=0起"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农产品质量安全监测项目", dept="临溪县农业农村局（402）",
        unit="临溪县农产品质量安全检测站", title="",
        money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["全年开展农产品质量安全定量检测1500批次，检测结果按时公布。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农产品定量检测批次", "≥1500批次"),
        (None, "质量指标", "定量检测结果准确率", "≥98%"),
        ("成本指标", "经济成本指标", "单批次定量检测成本", "≤350元/批次"),
        ("效益指标", "社会效益指标", "主要农产品质量安全监测合格率", "≥98%"),
        (None, mk("时效指标", "F105", "error", row=True,
                  note="a tier-2 of 产出指标 written under 效益指标"),
         "检测结果公布时间", "2026年12月15日前"),
        ("满意度指标", "服务对象满意度指标", "农业生产经营主体满意度", "≥90%"),
    ])  # fmt: skip
    return b
