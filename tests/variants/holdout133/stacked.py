"""Stacked projects and two-line headers with 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout133.common import footer, two_line_header, wan
from tests.variants.holdout133.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, mk, money, pct


def _school_a(s: Sheet) -> None:
    s.table(
        [
            ("产出指标", "数量指标", "参与课后服务学生人数", "≥3.6万人"),
            (None, None, "开展课后服务学校数", "≥85所"),
            (None, "质量指标", "有需求学生课后服务覆盖率", pct(1)),
            (None, None, "课后服务安全责任事故发生率", "≤0.1%"),
            (None, "时效指标", "补助资金拨付时间", "2026年7月31日前"),
            (None, "成本指标", "生均课后服务补助标准", "≤130元/生·年"),
            ("效益指标", "社会效益指标", "家长接送难问题", "明显缓解"),
            (None, None, "学生自愿参与率", "≥80%"),
            (None, "可持续影响指标", "课后服务长效机制", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
            (None, None, "学生满意度", "≥90%"),
        ],
        merged=(1, 2),
    )


@variant(
    "mm13-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
    "with different values in the two projects; correct",
)
def mm13() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s,
        year=2026,
        name="沅汀市义务教育学校课后服务补助项目",
        dept="沅汀市教育局",
        unit="沅汀市教育局基础教育科",
        attr="常年项目",
        money=[
            ("年度资金总额", wan(480.00), "其中：财政拨款", wan(450.00)),
            ("其他资金", wan(30.00), None, None),
        ],
        goals=["为3.6万名学生提供课后服务，覆盖85所义务教育学校，家长满意度90%以上。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    _school_a(s)
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="沅汀市中小学教师能力提升培训项目",
        dept="沅汀市教育局",
        unit="沅汀市教师发展中心",
        money=[
            ("年度资金总额", wan(150.00), "其中：财政拨款", wan(150.00)),
            ("其他资金", wan(0.00), None, None),
        ],
        goals=["开展教师培训3000人次、25个班次，培训考核合格率95%以上。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "教师培训人次", "≥3000人次"),
            (None, None, "举办培训班次", "≥25个"),
            (None, "质量指标", "培训考核合格率", "≥95%"),
            (None, "时效指标", "培训任务完成时间", "2026年12月20日前"),
            (None, "成本指标", "人均培训成本", "≤480元/人次"),
            ("效益指标", "社会效益指标", "参训教师教学能力", "明显提升"),
            (None, "可持续影响指标", "培训成果校本化应用率", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
            (None, None, "学生满意度", "≥85%"),
        ],
        merged=(1, 2),
    )
    footer(s, "滕文若", "0736-4452190", "2025年11月11日")
    return b


@variant(
    "mm14-stacked-yuan-no-value",
    (2, 1, 6),
    "two projects stacked, OLD-NAT: the first has an indicator name with no value, the second "
    "its 其他资金 in 元 inside a 万元 block",
)
def mm14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="澄岭县动物疫病强制免疫项目",
        dept="澄岭县农业农村局",
        unit="澄岭县动物疫病预防控制中心",
        attr="常年项目",
        money=[
            ("年度资金总额", wan(96.00), "其中：财政拨款", wan(96.00)),
            ("其他资金", wan(0.00), None, None),
        ],
        goals=["完成口蹄疫、高致病性禽流感等重大动物疫病强制免疫，应免畜禽免疫密度达到90%以上。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "猪口蹄疫免疫数量", "≥18万头"),
            (None, None, "禽流感免疫数量", "≥120万羽"),
            (
                None,
                None,
                "开展免疫抗体监测样品数",
                mk(None, "T101", "error", row=True, note="the name has no value"),
            ),
            (None, "质量指标", "应免畜禽免疫密度", "≥90%"),
            (None, None, "免疫抗体合格率", "≥70%"),
            (None, "时效指标", "春秋两季集中免疫完成时间", "2026年11月30日前"),
            (None, "成本指标", "疫苗冷链运输损耗率", "≤2%"),
            ("效益指标", "社会效益指标", "区域性重大动物疫情发生数", "0起"),
            (None, "可持续影响指标", "村级防疫员队伍稳定率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="澄岭县耕地地力保护补贴项目",
        dept="澄岭县农业农村局",
        unit="澄岭县农业技术推广中心",
        attr="常年项目",
        money=[
            ("年度资金总额", wan(1260.00), "其中：财政拨款", wan(1220.00)),
            (
                "其他资金",
                mk(
                    money(400000, YUAN),
                    "B105",
                    "error",
                    alt=("B110", "B101"),
                    note="40万元 typed as 400,000.00元 among 万元 amounts",
                ),
                None,
                None,
            ),
        ],
        goals=["按时足额发放耕地地力保护补贴，补贴面积12万亩，惠及农户2.6万户。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "补贴耕地面积", "≥12万亩"),
            (None, None, "补贴惠及农户", "≥2.6万户"),
            (None, "质量指标", "补贴面积核实准确率", pct(1)),
            (None, None, "补贴资金“一卡通”发放率", pct(1)),
            (None, "时效指标", "补贴资金发放时间", "2026年6月30日前"),
            (None, "成本指标", "亩均补贴标准", "≤105元/亩"),
            ("效益指标", "经济效益指标", "户均增收", "≥480元"),
            (None, "社会效益指标", "耕地撂荒面积", "较上年下降"),
            (None, "可持续影响指标", "耕地地力保护意识", "不断增强"),
            ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "莫清川", "0742-7730512", "2025年11月25日")
    return b


@variant(
    "mm15-two-line-header",
    (8,),
    "two-year project, NAT-2021, 指标值 over 中期 and 年度 on a second header row; correct",
)
def mm15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        years=2,
        name="栖梧县城乡供水一体化管网改造项目",
        dept="栖梧县水利局",
        unit="栖梧县城乡供水服务中心",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(1600.00), "年度资金总额", wan(900.00)),
            ("其中：财政拨款", wan(1400.00), "其中：财政拨款", wan(800.00)),
            ("其他资金", wan(200.00), "其他资金", wan(100.00)),
        ],
        goals=[
            "2026—2027年改造供水管网36公里，新增受益人口4.2万人，农村自来水普及率达到95%以上。",
            "2026年改造供水管网20公里，新增受益人口2.4万人，农村自来水普及率达到92%以上。",
        ],
    )
    two_line_header(s, "中期（2026—2027年）", "年度（2026年）")
    s.table(
        [
            ("成本指标", "经济成本指标", "管网改造单位成本", "≤40万元/公里", "≤40万元/公里"),
            ("产出指标", "数量指标", "改造供水管网长度", "≥36公里", "≥20公里"),
            (None, None, "新增受益人口", "≥4.2万人", "≥2.4万人"),
            (None, None, "新建加压泵站", "≥4座", "≥2座"),
            (None, "质量指标", "管网工程验收合格率", pct(1), pct(1)),
            (None, None, "出厂水水质达标率", pct(1), pct(1)),
            (None, "时效指标", "改造任务完工时间", "2027年12月31日前", "2026年12月31日前"),
            ("效益指标", "社会效益指标", "农村自来水普及率", "≥95%", "≥92%"),
            (None, None, "供水管网漏损率", "≤10%", "≤12%"),
            (None, "生态效益指标", "减少地下水开采量", "≥60万立方米", "≥30万立方米"),
            (None, "可持续影响指标", "供水设施运行管护机制", "健全", "建立"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "柏云舟", "0745-3319627", "2025年11月15日")
    return b


@variant(
    "mm16-duplicate-period-below",
    (8, 2),
    "three-year project, NAT-2021, two-line header (中期 · 年度): one indicator twice with "
    "different targets in different tier-2s, a 中期 count below its 年度 one",
)
def mm16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        years=3,
        name="霁川市中小河流综合治理项目",
        dept="霁川市水利局",
        unit="霁川市河道管理处",
        attr="延续项目",
        money=[
            ("中期资金总额", wan(4500.00), "年度资金总额", wan(1500.00)),
            ("其中：财政拨款", wan(4000.00), "其中：财政拨款", wan(1350.00)),
            ("其他资金", wan(500.00), "其他资金", wan(150.00)),
        ],
        goals=[
            "2026—2028年综合治理中小河流15公里，新建护岸24公里，沿河受保护人口6.5万人。",
            "2026年综合治理中小河流5公里，新建护岸8公里，沿河受保护人口2万人。",
        ],
    )
    two_line_header(s, "中期（2026—2028年）", "年度（2026年）")
    s.table(
        [
            ("成本指标", "经济成本指标", "河道综合治理单位成本", "≤300万元/公里", "≤300万元/公里"),
            ("产出指标", "数量指标", "综合治理河道长度", "≥15公里", "≥5公里"),
            (None, None, "新建护岸长度", "≥24公里", "≥8公里"),
            (
                None,
                None,
                "清淤疏浚土方量",
                "≥30万立方米",
                mk("≥36万立方米", "D201", "error", note="中期 30 below 年度 36"),
            ),
            (None, "质量指标", "工程质量验收合格率", pct(1), pct(1)),
            (
                None,
                None,
                mk(
                    "河道断面水质达标率",
                    "D102",
                    "error",
                    row=True,
                    required=False,
                    alt=("D103", "D101"),
                    note="first of the two",
                ),
                "≥80%",
                "≥75%",
            ),
            (None, "时效指标", "年度治理任务完工时间", "2028年11月30日前", "2026年11月30日前"),
            ("效益指标", "社会效益指标", "沿河受保护人口", "≥6.5万人", "≥2万人"),
            (
                None,
                "生态效益指标",
                mk(
                    "河道断面水质达标率",
                    "D102",
                    "error",
                    row=True,
                    alt=("D103", "D101"),
                    note="the same indicator as under 质量指标 with other targets",
                ),
                "≥85%",
                "≥80%",
            ),
            (None, "可持续影响指标", "河长制巡河管护机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "庄远帆", "0739-6527183", "2025年11月9日")
    return b
