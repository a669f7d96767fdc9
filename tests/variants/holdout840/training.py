"""IP protection training: enterprise, law-enforcement, school, market and volunteer training
projects (kfr13–kfr18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout840.common import (
    BUREAU,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout840.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("kfr13-enterprise-second-sheet", (7, 4),
         "project, OLD-NAT: head on the first sheet, the table on a second sheet under 预期实现值, "
         "a 注 row between tiers, 填表说明 and a signature dated the year before "
         "(correct)")  # fmt: skip
def kfr13() -> Book:
    b, s = start("项目基本信息")
    project_head(
        s, year=2025, name="企业知识产权保护能力提升培训", dept=f"{BUREAU} 317001",
        unit="淞岭市知识产权保护中心", money=one_year(wan(90), wan(80), wan(10)),
        goals=["面向规上企业开展保护培训24期（含海外维权专题4期）、培训2400人次，"
               "推动参训企业建立知识产权管理制度。"],
    )  # fmt: skip
    sign(s, "滕嘉禾", "0571-6613 2476", (2024, 11, 15))
    t = b.sheet("绩效指标")
    t.title("2025年度企业知识产权保护能力提升培训绩效指标", 4)
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(t, [
        ("产出指标", "数量指标", "保护培训期数", "≥24期"),
        (None, None, "其中：海外维权专题培训期数", "≥4期"),
        (None, None, "培训人次", "≥2400人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "年度培训计划完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均培训成本", "≤300元/人次"),
    ])  # fmt: skip
    notes(t, "注：人均培训成本含场地、师资和教材费用。", width=4)
    indicators(t, [
        ("效益指标", "社会效益指标", "参训企业知识产权管理制度建立率", "≥60%"),
        (None, "可持续影响指标", "培训课程资源库", "建立并持续更新"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "填表说明：1.预期实现值须量化；", "2.培训人次按签到表统计。", width=4)
    return b


@variant("kfr14-enforcement-operator-words", (11, 1),
         "project, NAT-2021, operators in words in a 指标性质 column, a unit column, one typed "
         "percent, 反向 rates with 小于等于 and a 下降率 with 大于等于 (correct)")  # fmt: skip
def kfr14() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="知识产权行政执法人员业务培训", dept=f"{BUREAU} 317001",
        unit="淞岭市市场监管综合行政执法队", money=one_year(wan(60), wan(60), wan(0)),
        goals=["培训知识产权执法人员300人，开展案例研讨会8场，提升侵权案件办理质量。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "执法人员培训人数", "大于等于", 300, "人"),
        (None, None, "案例研讨会场次", "大于等于", 8, "场"),
        (None, "质量指标", "结业考试通过率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "培训结束后案例汇编印发时限", "小于等于", 20, "个工作日"),
        ("成本指标", "经济成本指标", "人均培训费", "小于等于", 1500, "元/人"),
        ("效益指标", "社会效益指标", "侵权案件办结率", "大于等于", 95, "%"),
        (None, None, "执法文书差错率", "小于等于", 2, "%"),
        (None, None, "知识产权侵权投诉下降率", "大于等于", 10, "%"),
        (None, "可持续影响指标", "执法培训师资库入库人数", "大于等于", 30, "人"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kfr15-school-two-years", (8,),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: counts halved per year, "
         "a part in brackets in the goal, the next year named within the period "
         "(correct)")  # fmt: skip
def kfr15() -> Book:
    b, s = start()
    project_head(
        s, year=2025, years=2, name="中小学知识产权普及教育培训", dept=f"{BUREAU} 317001",
        unit="淞岭市教育科学研究院", attr="新增项目",
        money=multi_year((wan(160), wan(150), wan(10)), (wan(80), wan(75), wan(5))),
        goals=["两年培训中小学教师600人次（其中骨干教师120人次），建成知识产权教育示范校20所。",
               "2025年培训教师300人次，新建示范校10所，为2026年全市推广课程积累教案。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "教师培训人次", "≥600人次", "≥300人次"),
        (None, None, "骨干教师培训人次", "≥120人次", "≥60人次"),
        (None, None, "知识产权教育示范校建设数", "≥20所", "≥10所"),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "培训任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "人均培训成本", "≤0.2万元/人次", "≤0.2万元/人次"),
        ("效益指标", "社会效益指标", "示范校学生知识产权知晓率", "≥80%", "≥70%"),
        (None, "可持续影响指标", "知识产权校本课程", "形成并推广", "形成初稿"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfr16-market-training-wrong", (11, 12),
         "project, NAT-2021, operator column (指标方向) and unit column: the goal's count against "
         "the indicator, a unit cost × count above the money, a 反向 rate with ≥")  # fmt: skip
def kfr16() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="知识产权保护进市场培训", dept=f"{BUREAU} 317001",
        unit="淞岭市消费品市场服务中心", money=one_year(wan(100), wan(100), wan(0)),
        goals=["在全市商品交易市场举办知识产权保护培训20期，培训商户3000人次。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "市场保护培训期数", "≥",
         mk(16, "D104", "warning", row=True, note="the goal says 20期"), "期"),
        (None, None, "培训商户人次", "≥", 3000, "人次"),
        (None, "质量指标", "培训签到核验合格率", "≥", 95, "%"),
        (None, "时效指标", "年度培训完成时间", "≤", "2025年11月30日", "日期"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤",
         mk(400, "B107", "warning", row=True,
            note="400元 × 3000人次 = 120万元, above the 100万元 年度资金"), "元/人次"),
        ("效益指标", "社会效益指标", "市场商户知识产权侵权投诉率",
         mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"), 3, "%"),
        (None, "可持续影响指标", "市场知识产权保护工作站", "=", 12, "个"),
        ("满意度指标", "服务对象满意度指标", "参训商户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kfr17-campus-duplicates", (5,),
         "project, OLD-NAT, tier labels numbered (1.数量指标): the same indicator under two "
         "tier-2s, a count under 质量")  # fmt: skip
def kfr17() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="高校知识产权保护能力培训", dept=f"{BUREAU} 317001",
        unit="淞岭市高校知识产权联盟", money=one_year(wan(70), wan(60), wan(10)),
        goals=["为高校及合作企业开展保护培训，覆盖企业500家，举办专题讲座12场。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("一、产出指标", "1.数量指标", "培训覆盖企业数", "≥500家"),
        (None, None, "高校技术转移人员培训人数", "≥200人"),
        (None, "2.质量指标", mk("专题讲座场次", "F201", "warning", row=True,
                                note="a count under 质量指标"), "≥12场"),
        (None, None, "培训考核合格率", "≥90%"),
        (None, "3.时效指标", "培训完成时间", "2025年12月15日前"),
        (None, "4.成本指标", "单场讲座费用", "≤2万元/场"),
        ("二、效益指标", "1.社会效益指标",
         mk("培训覆盖企业数量", "D101", "warning", row=True, alt=("D103",),
            note="the 数量 indicator again with a word more"), "≥500家"),
        (None, "2.可持续影响指标", "高校知识产权保护工作机制", "建立并执行"),
        ("三、满意度指标", "1.服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfr18-volunteer-copied", (8, 12),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: cumulative counts "
         "copied from 中期, the year's money above the period's")  # fmt: skip
def kfr18() -> Book:
    b, s = start()
    annual = mk(wan(360), "B103", "error", note="年度资金 360 above the 中期资金 300")
    project_head(
        s, year=2025, years=3, name="知识产权保护志愿服务培训", dept=f"{BUREAU} 317001",
        unit="淞岭市知识产权志愿服务总队", attr="新增项目",
        money=multi_year((wan(300), wan(270), wan(30)), (annual, wan(320), wan(40))),
        goals=["三年培训知识产权保护志愿者900人，建成志愿服务站点30个。",
               "2025年启动志愿者培训和站点建设，形成志愿服务工作规范。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "志愿者培训人数", "≥900人",
         mk("≥900人", "D202", "warning", note="the period's cumulative count copied")),
        (None, None, "志愿服务站点建设数", "≥30个",
         mk("≥30个", "D202", "warning", note="the period's cumulative count copied")),
        (None, "质量指标", "志愿者培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "站点挂牌完成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.1万元/人", "≤0.1万元/人"),
        ("效益指标", "社会效益指标", "志愿服务覆盖社区数", "≥90个", "≥30个"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
