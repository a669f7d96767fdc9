"""Science and industry projects (科技局, 工信局, 商务局): multi-year 科技计划 with 中期/年度
values, years and duplicates, tiers left from the template, stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout29.common import header, indicators, signature
from tests.variants.holdout29.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

PERIOD6 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant(
    "im05-keji-plan-ok",
    (8,),
    "three-year 科技计划 project, NAT-2021, 中期 and 年度 value "
    "columns, counts a third of the period, rates and caps equal in both",
)
def im05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="重点研发计划（2025—2027年）",
        dept="江屿市科学技术局",
        unit="江屿市科技计划项目管理中心",
        money=[
            ("中期资金总额", money(4500), "年度资金总额", money(1500)),
            ("中期财政拨款", money(4500), "年度财政拨款", money(1500)),
        ],
        goals=[
            "三年支持重点研发项目45项以上，新认定高新技术企业60家以上，专利申请300件以上。",
            "2025年支持重点研发项目15项以上，新认定高新技术企业20家以上，专利申请100件以上。",
        ],
    )
    header(s, *PERIOD6)
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单个项目资助上限", "≤100", "≤100", "万元"),
            ("产出指标", "数量指标", "立项支持重点研发项目", "≥45", "≥15", "项"),
            (None, None, "专利申请量", "≥300", "≥100", "件"),
            (None, None, "新认定高新技术企业数", "≥60", "≥20", "家"),
            (None, "质量指标", "项目结题验收通过率", pct(0.9), pct(0.9), "%"),
            (None, None, "发明专利占专利申请量比例", "≥30%", "≥30%", "%"),
            (None, "时效指标", "年度项目立项完成时间", "每年6月30日前", "2025年6月30日前", None),
            ("效益指标", "经济效益指标", "项目新增销售收入", "≥12", "≥3", "亿元"),
            (None, None, "全社会研发投入增长率", "≥10%", "≥10%", "%"),
            (None, "社会效益指标", "培养科技人才", "≥450", "≥150", "人"),
            (None, "可持续影响指标", "新建产学研合作平台", "≥9", "≥3", "个"),
            ("满意度指标", "服务对象满意度指标", "项目承担单位满意度", pct(0.9), pct(0.9), "%"),
        ],
    )
    signature(s, day(2024, 11, 12))
    return b


@variant(
    "im06-keji-midterm-wrong",
    (8,),
    "three-year 成果转化 project, NAT-2021, 中期 and 年度 "
    "columns: two cumulative counts copied from 中期 into 年度, one annual count above its "
    "period count",
)
def im06() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s,
        year=2025,
        years=3,
        attr="新增项目",
        name="科技成果转化和技术转移体系建设",
        dept="石冈市科学技术局",
        unit="石冈市技术转移中心",
        money=[
            ("中期资金总额", money(2400), "年度资金总额", money(800)),
            ("中期财政拨款", money(2400), "年度财政拨款", money(800)),
        ],
        goals=[
            "三年内登记技术合同600项以上，孵化科技型企业90家，转化科技成果30项。",
            "2025年登记技术合同200项以上，孵化科技型企业30家，转化科技成果10项。",
        ],
    )
    header(s, *PERIOD6)
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单项成果转化补助上限", "≤15", "≤15", "万元"),
            (
                "产出指标",
                "数量指标",
                "登记技术合同",
                "≥600",
                mk("≥600", "D202", "warning", alt=("D104",), note="三年累计数照抄进年度"),
                "项",
            ),
            (
                None,
                None,
                "孵化科技型企业",
                "≥90",
                mk("≥90", "D202", "warning", alt=("D104",), note="三年累计数照抄进年度"),
                "家",
            ),
            (
                None,
                None,
                "转化科技成果",
                "≥30",
                mk("≥45", "D201", "error", alt=("D104",), note="年度大于三年总数"),
                "项",
            ),
            (None, "质量指标", "技术合同认定登记准确率", "100%", "100%", "%"),
            (None, "时效指标", "补助资金拨付时限", "≤30", "≤30", "个工作日"),
            ("效益指标", "经济效益指标", "技术合同成交额", "≥36", "≥12", "亿元"),
            (None, "社会效益指标", "培训技术经纪人", "≥300", "≥100", "人"),
            ("满意度指标", "服务对象满意度指标", "服务企业满意度", "≥90%", "≥90%", "%"),
        ],
    )
    return b


@variant(
    "im13-years-dup-wrong",
    (12,),
    "project, OLD-NAT, one value column: a start date two "
    "years before the budget year, one indicator twice with different values",
)
def im13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="科技创新券补助资金",
        dept="安禾县科学技术局",
        unit="安禾县生产力促进中心",
        start=mk(
            day(2023, 1, 1),
            "Y102",
            "error",
            row=True,
            alt=("Y101",),
            note="2025年度的表，开始日期写成2023年",
        ),
        money=[("年度资金总额", money(300)), ("其中：财政拨款", money(300), "其他资金", money(0))],
        goals=["向200家以上科技型中小企业发放创新券，支持购买检验检测、研发设计服务。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "发放科技创新券企业数", "≥200家"),
            (None, None, "兑付创新券服务合同", "≥260份"),
            (None, "质量指标", "创新券兑付审核合规率", "100%"),
            (None, "时效指标", "创新券兑付时限", "≤20个工作日"),
            (None, "成本指标", "单家企业年度创新券额度", "≤1.5万元"),
            ("效益指标", "经济效益指标", "带动企业研发服务支出", "≥900万元"),
            (
                None,
                "社会效益指标",
                mk(
                    "发放科技创新券企业数",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101",),
                    note="同一指标写了两次，值不同",
                ),
                "≥150家",
            ),
            ("满意度指标", "服务对象满意度指标", "用券企业满意度", "≥90%"),
        ],
    )
    signature(s, day(2024, 11, 20))
    return b


@variant(
    "im14-tiers-wrong",
    (5, 6, 13),
    "project, NAT-2021, operator and unit columns: a tier-2 "
    "under the wrong tier-1, a template tier-2 left empty, a value without a name",
)
def im14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="制造业单项冠军培育资金",
        dept="北埭县经济和信息化局",
        unit="北埭县经济和信息化局",
        money=[("年度资金总额", money(500)), ("其中：财政拨款", money(500), "其他资金", money(0))],
        goals=["培育制造业单项冠军企业5家，支持企业开展核心技术攻关。"],
    )
    header(s, *("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"))
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "单家企业奖补上限", "≤", 100, "万元"),
            ("产出指标", "数量指标", "培育单项冠军企业", "≥", 5, "家"),
            (None, None, mk(None, "F110", "error", note="有指标值没有名称"), "≥", 3, "项"),
            (None, "质量指标", "奖补对象审核合规率", "=", pct(1), "%"),
            (
                None,
                mk("时效指标", "F109", "warning", row=True, note="模板行未填"),
                None,
                None,
                None,
                None,
            ),
            (
                None,
                mk("社会效益指标", "F105", "error", note="社会效益指标放在产出指标下"),
                "带动就业人数",
                "≥",
                300,
                "人",
            ),
            ("效益指标", "经济效益指标", "培育企业主营业务收入增长率", "≥", pct(0.1), "%"),
            ("满意度指标", "服务对象满意度指标", "培育企业满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


@variant(
    "im15-stacked-ok",
    (2,),
    "two 科技局 projects stacked in one sheet, OLD-NAT, one value "
    "column; the same satisfaction indicator in both with different values",
)
def im15() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="科技型中小企业研发费用补助",
        dept="桐泽区科学技术局",
        unit="桐泽区科学技术局",
        money=[("年度资金总额", money(650)), ("其中：财政拨款", money(650), "其他资金", money(0))],
        goals=["按研发费用增量的10%给予补助，惠及130家以上科技型中小企业。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "补助科技型中小企业数", "≥130家"),
            (None, "质量指标", "补助资金审核准确率", "100%"),
            (None, "时效指标", "补助资金拨付时间", "2025年8月31日前"),
            (None, "成本指标", "单家企业补助上限", "≤5万元"),
            ("效益指标", "经济效益指标", "受补助企业研发费用增长率", "≥15%"),
            ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%"),
        ],
    )
    s.skip(2)
    project_head(
        s,
        year=2025,
        name="专利资助和知识产权质押融资补贴",
        dept="桐泽区科学技术局",
        unit="桐泽区知识产权服务中心",
        money=[("年度资金总额", money(220)), ("其中：财政拨款", money(220), "其他资金", money(0))],
        goals=["资助发明专利授权600件，支持知识产权质押融资3亿元。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "资助发明专利授权", "≥600件"),
            (None, None, "知识产权质押融资额", "≥3亿元"),
            (None, "质量指标", "专利资助审核合规率", "100%"),
            (None, "时效指标", "资助资金兑付时限", "60日内"),
            (None, "成本指标", "单件发明专利资助标准", "≤3000元/件"),
            ("效益指标", "社会效益指标", "每万人口发明专利拥有量", "≥28件"),
            ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥85%"),
        ],
    )
    return b
