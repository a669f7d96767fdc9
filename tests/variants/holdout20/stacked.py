"""Several projects stacked in one sheet (3–4 a sheet): county 教育, 科技 and 农业 bureaus, each
project with its own 项目名称, money rows, 年度目标 and indicator table; the tier header repeated
over every project or written only over the first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout20.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, ok, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "指标性质", "实施期指标值", "年度指标值")


def tiers(s: Sheet, head: Sequence[str] | None, rows: Sequence[Sequence[Any]]) -> None:
    """An indicator table under a project; ``head`` None when the sheet gives it only once."""
    if head is not None:
        s.row(*head)
    s.table(rows, merged=(1, 2))


def one_year(total: float, grant: float, other: float, fmt: str = WAN) -> list[tuple[Any, ...]]:
    return [
        ("年度资金总额", money(total, fmt), "其中：财政拨款", money(grant, fmt)),
        ("其他资金", money(other, fmt), None, None),
    ]


@variant("id01-stacked-education-ok", (2, 1), "three 教育 projects stacked, header repeated")
def id01() -> Book:
    """Correct: three education projects in one sheet, each with its tier header; the same
    indicator name (资金拨付及时率) with different values in two projects is not a duplicate."""
    b = Book()
    s = b.sheet("2025年项目绩效目标")
    common = {"year": 2025, "dept": "澄阳县教育局 204001"}
    project_head(s, name="家庭经济困难学生资助", unit="澄阳县学生资助管理中心",
                 money=one_year(186.4, 186.4, 0),
                 goals=["落实普通高中国家助学金和学前教育幼儿资助政策，资助家庭经济困难学生"
                        "不少于620人、幼儿不少于410人，做到应助尽助。"], **common)  # fmt: skip
    tiers(s, ONE, [
        ("产出指标", "数量指标", "资助普通高中家庭经济困难学生人数", "≥620人"),
        (None, None, "资助学前教育家庭经济困难幼儿人数", "≥410人"),
        (None, "质量指标", "资助对象认定准确率", pct(1)),
        (None, "时效指标", "资金拨付及时率", "≥95%"),
        (None, "成本指标", "普通高中国家助学金资助标准",
         ok("2000元/生·年", note="政策规定的固定标准，不写比较符可以")),
        ("效益指标", "社会效益指标", "家庭经济困难学生因贫失学辍学人数",
         ok("0人", note="反向指标以零为目标，正确")),
        ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, name="义务教育学校校舍维修改造", unit="澄阳县教育局基建股", title="",
                 money=one_year(320, 280, 40),
                 goals=["完成城关一小、石桥中学等6所学校校舍维修改造4800平方米，消除安全隐患。"],
                 **common)  # fmt: skip
    tiers(s, ONE, [
        ("产出指标", "数量指标", "维修改造校舍面积", "≥4800平方米"),
        (None, None, "维修改造学校数", "6所"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "项目完工时间", "2025年10月31日前"),
        (None, "成本指标", "每平方米维修改造成本", "≤650元"),
        ("效益指标", "社会效益指标", "学校办学条件", "有效改善"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", pct(0.9)),
    ])  # fmt: skip
    s.skip()
    project_head(s, name="乡村教师生活补助", unit="澄阳县教育局人事股", title="",
                 money=one_year(146.88, 146.88, 0),
                 goals=["按每人每月300元标准为408名乡村学校在岗教师发放生活补助，稳定乡村教师队伍。"],
                 **common)  # fmt: skip
    tiers(s, ONE, [
        ("产出指标", "数量指标", "享受生活补助乡村教师人数", "≥408人"),
        (None, "质量指标", "补助发放准确率", "100%"),
        (None, "时效指标", "资金拨付及时率", "100%"),
        (None, "成本指标", "乡村教师生活补助标准", "≤300元/人·月"),
        ("效益指标", "可持续影响指标", "乡村教师队伍稳定性", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "乡村教师满意度", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("id02-stacked-science-ok", (2, 5), "four 科技 projects stacked, NAT-2021, header once")
def id02() -> Book:
    """Correct: four science projects; the tier header and the title only above the first;
    比较符 and 计量单位 columns; a cost cap × count equal to the budget is not exceeding it."""
    b = Book()
    s = b.sheet("Sheet1")
    common = {"year": 2025, "dept": "澄阳县科学技术局 212"}
    project_head(s, name="科技创新券补助", unit="澄阳县科学技术局", money=one_year(80, 80, 0),
                 goals=["向不少于16家科技型中小企业发放创新券，撬动企业研发投入400万元以上。"],
                 **common)  # fmt: skip
    tiers(s, OPS, [
        ("成本指标", "经济成本指标", "单家企业创新券补助上限", "≤", 5, "万元"),
        ("产出指标", "数量指标", "发放创新券企业数", "≥", 16, "家"),
        (None, "质量指标", "创新券兑付审核合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "创新券兑付完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        ("效益指标", "经济效益指标", "带动企业研发投入", "≥", 400, "万元"),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    project_head(s, name="农业科技特派员服务", unit="澄阳县农业科技服务中心", title="",
                 money=one_year(42, 42, 0),
                 goals=["选派科技特派员28人，服务农户1200户以上，推广新技术新品种15项。"],
                 **common)  # fmt: skip
    tiers(s, None, [
        ("成本指标", "经济成本指标", "特派员工作补助标准", "≤", 1.5, "万元/人·年"),
        ("产出指标", "数量指标", "选派科技特派员人数", "≥", 28, "人"),
        (None, None, "服务农户数", "≥", 1200, "户"),
        (None, "质量指标", "技术服务到位率", "≥", pct(0.9), "%"),
        ("效益指标", "社会效益指标", "推广新技术新品种", "≥", 15, "项"),
        ("满意度指标", "服务对象满意度指标", "服务农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    project_head(s, name="县级科技计划项目", unit="澄阳县科学技术局", title="",
                 money=one_year(150, 120, 30),
                 goals=["支持县级科技计划项目15项，申请专利12件以上，发表论文8篇以上，"
                        "转化科技成果3项。"], **common)  # fmt: skip
    tiers(s, None, [
        ("成本指标", "经济成本指标", "项目平均资助强度", "≤", 10, "万元/项"),
        ("产出指标", "数量指标", "立项支持科技项目数", "≥", 15, "项"),
        (None, None, "申请专利数", "≥", 12, "件"),
        (None, None, "发表科技论文数", "≥", 8, "篇"),
        (None, "质量指标", "项目按期结题率", "≥", pct(0.85), "%"),
        ("效益指标", "经济效益指标", "科技成果转化项目数", "≥", 3, "项"),
        (None, "可持续影响指标", "产学研合作机制", "定性", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "项目承担单位满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    project_head(s, name="科学技术普及活动经费", unit="澄阳县科学技术协会", title="",
                 money=one_year(18.5, 18.5, 0), goals=["开展科技活动周等科普活动24场，"
                 "受众1.2万人次，提升公民科学素质。"], **common)  # fmt: skip
    tiers(s, None, [
        ("成本指标", "经济成本指标", "每场科普活动平均成本", "≤", 0.75, "万元"),
        ("产出指标", "数量指标", "举办科普活动场次", "≥", 24, "场"),
        (None, None, "科普活动受众", "≥", 1.2, "万人次"),
        (None, "时效指标", "科技活动周活动完成时间", "≤", "5月31日前", None),
        ("效益指标", "社会效益指标", "公民具备科学素质比例", "≥", pct(0.135, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("id03-stacked-farmland-defects", (2, 12), "three 农业 projects stacked, OLD-NAT")
def id03() -> Book:
    """Three farm projects: a 验收合格率 of 105 %, the second project's money not adding up, the
    third with no 满意度指标 and a coverage rate given as a head count."""
    b = Book()
    s = b.sheet("绩效目标")
    common = {"year": 2025, "dept": "青禾县农业农村局 118"}
    project_head(s, name="高标准农田建设", unit="青禾县农田建设服务中心", attr="新增项目",
                 money=one_year(1350, 1200, 150),
                 goals=["新建高标准农田15000亩，耕地质量平均提升0.5个等级。"],
                 **common)  # fmt: skip
    tiers(s, ONE, [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥15000亩"),
        (None, "质量指标", "工程验收合格率",
         mk(pct(1.05), "T106", "error", note="合格率不能超过100%")),
        (None, "时效指标", "项目完工时间", "2025年12月31日前"),
        (None, "成本指标", "亩均建设成本", "≤900元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤"),
        (None, "可持续影响指标", "耕地质量等级提升", "≥0.5个等级"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, name="耕地地力保护补贴", unit="青禾县农业农村局", title="",
                 money=[("年度资金总额", mk(money(2860, WAN), "B101", "error",
                                          note="2680 + 150 = 2830 ≠ 2860")),
                        ("其中：财政拨款", money(2680, WAN), "其他资金", money(150, WAN))],
                 goals=["按每亩110元标准向种粮农户发放耕地地力保护补贴，补贴面积26万亩。"],
                 **common)  # fmt: skip
    tiers(s, ONE, [
        ("产出指标", "数量指标", "补贴耕地面积", "≥26万亩"),
        (None, "质量指标", "补贴资金兑付准确率", "100%"),
        (None, "时效指标", "补贴资金发放时间", "6月30日前"),
        (None, "成本指标", "耕地地力保护补贴标准", "≤110元/亩"),
        ("效益指标", "社会效益指标", "耕地撂荒现象", "逐步减少"),
        ("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, name="基层农业技术推广体系建设", unit="青禾县农业技术推广站", title="",
                 money=one_year(96, 96, 0),
                 goals=["培训基层农技人员86人，建设农业科技示范基地5个，推广主导品种和主推技术。"],
                 **common)  # fmt: skip
    tiers(s, ONE, [
        ("产出指标", "数量指标", "建设农业科技示范基地", "≥5个"),
        (None, "质量指标", "基层农技人员培训覆盖率",
         mk("86人", "T105", "error", note="覆盖率给了人数")),
        (None, "时效指标", "培训完成时间", "2025年9月30日前"),
        (None, "成本指标", "示范基地建设补助标准", "≤8万元/个"),
        ("效益指标", "经济效益指标", "示范基地亩均节本增效", "≥80元/亩"),
        (None, "社会效益指标", "农户科学种田水平", "明显提高"),
    ])  # fmt: skip
    b.file_mark("F106", "error", note="第三个项目没有满意度指标，服务对象（农户）明确")
    return b
