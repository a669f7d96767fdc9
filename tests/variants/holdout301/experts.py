"""院士专家工作站 and 全民科学素质: sy13–sy18 (three correct, three with planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout301.common import (
    SEVEN,
    book,
    department,
    indicators,
    notes,
    one_year,
    periods,
    sign,
    wan,
)
from tests.variants.holdout301.registry import variant
from tests.variants.kit import Book, day, mk, pct

TWO_HEAD = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "sy13-literacy-department",
    (12,),
    "department, NAT-2021, budget and key tasks adding up, 实施周期 and 年度 value columns "
    "legitimately equal for a one-year department, a 比例 raised in 百分点 (correct)",
)
def sy13() -> Book:
    b, s = book()
    department(s, 2025, "蓼湾区科学技术协会", (1250, 1150, 100, 750, 500), [
        ("全民科学素质提升行动", "科普讲座、科普日和科技活动周", 210, "开展科普讲座120场"),
        ("科普场馆免费开放", "区科普馆免费开放运行补助", 160, "全年开放300天以上"),
        ("院士专家工作站建设", "新建院士专家工作站并给予建站补助", 90, "新建工作站2家"),
        ("基层科普行动计划", "创建基层科普示范社区", 40, "创建示范社区5个"),
        ("金额合计", None, 500, None),
    ], "实施全民科学素质提升行动，开展科普讲座120场，科普馆开放300天以上，新建院士专家"
       "工作站2家，创建基层科普示范社区5个，公民具备科学素质比例提高0.8个百分点。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "科普讲座及报告会场次", "≥120场", "≥120场"),
        (None, None, "科普馆免费开放天数", "≥300天", "≥300天"),
        (None, None, "新建院士专家工作站", "≥2家", "≥2家"),
        (None, None, "基层科普示范社区创建数", "≥5个", "≥5个"),
        (None, "质量指标", "科普阵地年度考核达标率", "≥90%", "≥90%"),
        (None, "时效指标", "全国科普日活动完成时间", "9月30日前", "9月30日前"),
        ("成本指标", "经济成本指标", "院士专家工作站建站补助标准", "≤30万元/家", "≤30万元/家"),
        ("效益指标", "社会效益指标", "公民具备科学素质比例提高幅度", "≥0.8百分点",
         "≥0.8百分点"),
        (None, "可持续影响指标", "社区科普大学常态化办学覆盖率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "群众对科普服务满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sy14-workstation-multi-year",
    (8,),
    "three-year 院士专家工作站 project, NAT-2021, 中期 and 年度 columns: counts smaller in the "
    "year, rates and unit costs equal, a period date in the last year of the project (correct)",
)
def sy14() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=3, name="澄渚市新材料产业院士专家工作站建设",
        dept="澄渚市科学技术协会（417001）", unit="澄渚市院士专家服务中心", attr="新增项目",
        money=periods((wan(450), wan(400), wan(50)), (wan(150), wan(130), wan(20))),
        goals=("三年内引进院士及专家团队6个，开展联合攻关项目9项，培养企业技术骨干180人。",
               "2025年引进院士及专家团队2个，开展联合攻关项目3项，培养企业技术骨干60人。"),
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "引进院士专家团队数", "≥6个", "≥2个"),
        (None, None, "联合攻关项目数", "≥9项", "≥3项"),
        (None, None, "培养企业技术骨干人数", "≥180人", "≥60人"),
        (None, None, "新增发明专利授权数", "≥15件", "≥4件"),
        (None, "质量指标", "攻关项目中期评估通过率", "≥90%", "≥90%"),
        (None, "时效指标", "工作站建设验收时间", "2027年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "院士专家团队经费补助标准", "≤60万元/个", "≤60万元/个"),
        ("效益指标", "经济效益指标", "带动入站企业新增产值", "≥12000万元", "≥3000万元"),
        (None, "可持续影响指标", "工作站合作协议期限", "≥3年", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "入站企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sy15-workstation-page-break",
    (4, 7),
    "department, NAT-2021, header 绩效目标值 and a 权重 column, a unit-code line, 小计 rows "
    "after each tier-1, the header repeated after a page break, a 合计 row and a 说明 (correct)",
)
def sy15() -> Book:
    b, s = book()
    department(s, 2026, "柘原县科学技术协会", (680, 640, 40, 455, 225), [
        ("院士专家工作站服务", "服务县内院士专家工作站5家", 85, "工作站评估合格"),
        ("全民科学素质行动", "科学素质宣讲进村入户", 95, "宣讲80场"),
        ("科普大篷车下乡", "大篷车进乡镇、进学校", 45, "下乡36场"),
        ("金额合计", None, 225, None),
    ], "服务院士专家工作站5家，开展科学素质宣讲80场、科普大篷车下乡36场，"
       "服务对象满意度90%以上。")  # fmt: skip
    notes(s, "单位代码：425001　　　　金额单位：万元　　　　权重单位：分", width=5)
    head = ("一级指标", "二级指标", "三级指标", "绩效目标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "服务院士专家工作站数量", "≥5家", 10),
        (None, None, "科学素质宣讲活动场次", "≥80场", 10),
        (None, None, "科普大篷车下乡场次", "≥36场", 10),
        (None, "质量指标", "工作站年度绩效评估合格率", "≥90%", 10),
        (None, "时效指标", "全国科普日活动完成时间", "9月30日前", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.table([("成本指标", "经济成本指标", "大篷车单场下乡成本", "≤1.2万元/场", 10)], merged=(1, 2))
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "公民具备科学素质比例", "≥13.5%", 15),
        (None, "可持续影响指标", "基层科普组织覆盖率", "≥85%", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 10)], merged=(1, 2))
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "说明：权重合计100分；小计行为各一级指标权重之和，不另计分。", width=5)
    sign(s, "阚玉洁", "0913-5172036", day(2025, 11, 20))
    return b


@variant(
    "sy16-literacy-money-wrong",
    (12,),
    "department, NAT-2021, one value column: 基本支出 + 项目支出 ≠ 资金总额, key tasks not "
    "adding up to 金额合计, a deadline given as a percentage",
)
def sy16() -> Book:
    b, s = book()
    total = mk(wan(540), "B101", "error", note="基本支出 330 + 项目支出 200 = 530 ≠ 540")
    summed = mk(wan(200), "B102", "error", note="88 + 62 + 45 = 195 ≠ 200")
    department(s, 2025, "栾屿县科学技术协会", (total, 500, 40, 330, 200), [
        ("全民科学素质纲要实施", "科普日、科技活动周及科普宣传", 88, "开展科普宣传活动60场"),
        ("科普阵地建设", "创建科普示范村（社区）", 62, "创建6个"),
        ("青少年科技教育", "青少年科技创新大赛和科技辅导员培训", 45, "参赛作品200件以上"),
        ("金额合计", None, summed, None),
    ], "开展科普宣传活动60场，创建科普示范村（社区）6个，群众满意度90%以上。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    late = mk("100%", "T113", "warning", note="完成时限写成了百分比")
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "科普宣传活动场次", "≥60场"),
        (None, None, "科普示范村（社区）创建数", "≥6个"),
        (None, None, "青少年科技创新大赛参赛作品数", "≥200件"),
        (None, "质量指标", "科普阵地年度考核达标率", "≥90%"),
        (None, "时效指标", "全国科普日系列活动完成时限", late),
        ("成本指标", "经济成本指标", "科普示范村（社区）创建补助标准", "≤5万元/个"),
        ("效益指标", "社会效益指标", "公民具备科学素质比例", "≥12%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "sy17-workstation-direction",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare numbers "
    "and percent cells with a unit column: a 正向 count with ≤, a 反向 rate with ≥, a 合格率 "
    "typed as 120%",
)
def sy17() -> Book:
    b, s = book(widths=SEVEN)
    project_head(
        s, year=2025, name="柘原县农业科技院士专家工作站运行", dept="柘原县科学技术协会（425003）",
        unit="柘原县农业技术推广中心", money=one_year(wan(75), wan(70), wan(5)),
        goals=("院士专家来站指导24次，培训农技人员300人次，示范基地农户满意度90%以上。",),
    )  # fmt: skip
    low = mk("≤", "T108", "warning", row=True, note="培训人次是正向指标，应为 ≥")
    high = mk("≥", "T108", "warning", row=True, note="损失率是反向指标，应为 ≤")
    over = mk(pct(1.2), "T106", "error", note="合格率 ≥120% 超过 100% 上限")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "院士专家来站指导次数", "正向", "≥", 24, "次"),
        (None, None, "培训农技人员人次", "正向", low, 300, "人次"),
        (None, "质量指标", "示范基地验收合格率", "正向", "≥", over, "%"),
        (None, "时效指标", "技术问题响应时间", "反向", "≤", 48, "小时"),
        (None, "成本指标", "专家来站指导单次补助", "反向", "≤", 1.5, "万元/次"),
        ("效益指标", "经济效益指标", "示范基地亩均增收", "正向", "≥", 300, "元/亩"),
        (None, "社会效益指标", "示范基地病虫害损失率", "反向", high, 5, "%"),
        (None, "可持续影响指标", "技术成果持续应用年限", "正向", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "示范基地农户满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "sy18-literacy-stacked-wrong",
    (2, 9),
    "two 全民科学素质 projects stacked in one sheet, OLD-NAT, one value column: the first's "
    "计划完成日期 a date serial typed as text, the second's money not adding up and a 完成率 "
    "given in 课时",
)
def sy18() -> Book:
    b, s = book()
    dept = "鹭汀区科学技术协会（442001）"
    serial = mk("46022", "X104", "warning", note="Excel 日期序列号（2025-12-31）存成了文本")
    project_head(
        s, year=2025, name="鹭汀区全民科学素质提升行动（社区科普）", dept=dept,
        unit="鹭汀区科普服务中心", money=one_year(wan(64), wan(60), wan(4)), end=serial,
        goals=("开展社区科普讲座48场，更新科普宣传栏12期，社区居民满意度90%以上。",),
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "社区科普讲座场次", "≥48场"),
        (None, None, "科普宣传栏更新期数", "≥12期"),
        (None, "质量指标", "科普讲座内容审核合格率", "=100%"),
        (None, "时效指标", "科普讲座完成时限", "12月20日前"),
        (None, "成本指标", "单场讲座成本", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "社区居民科普知识知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(38), "B101", "error", note="财政拨款 30 + 其他资金 6 = 36 ≠ 38")
    project_head(
        s, year=2025, name="鹭汀区老年人数字素养与科学素质培训", dept=dept, title="",
        unit="鹭汀区科普服务中心", money=one_year(total, wan(30), wan(6)),
        goals=("培训老年人1500人次，参训老年人满意度90%以上。",),
    )  # fmt: skip
    hours = mk("24课时", "T105", "error", note="完成率的指标值是课时数，不是百分比")
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "培训老年人人次", "≥1500人次"),
        (None, "质量指标", "培训课程完成率", hours),
        (None, "时效指标", "培训完成时限", "11月30日前"),
        (None, "成本指标", "人均培训成本", "≤200元/人次"),
        ("效益指标", "社会效益指标", "参训老年人防范电信诈骗知识知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训老年人满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：两个项目均由区科普服务中心实施，资金分别核算。")
    return b
