"""Multi-year returns (梧岭市, invented): a university's 三年滚动 project with 2026/2027/2028
columns, a forestry institute's 三年滚动 project with three defects, and a university's two-year
project with 中期 and 年度 columns and three defects."""

from __future__ import annotations

from tests.variants.heads import project_head as plain_head
from tests.variants.holdout10.forms import (
    WAN2,
    cn_day,
    indicators,
    labelled,
    line,
    signatures,
    title,
)
from tests.variants.holdout10.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

EDU = "梧岭市教育局（代码 302001）"
FOREST = "梧岭市林业局（代码 318001）"


@variant(
    "u06-university-rolling-ok",
    (8, 12),
    "三年滚动 project 2026—2028, NAT-2021, money and indicator values in 2026/2027/2028 "
    "columns with a 合计 column, rising annual counts, equal annual rates, a milestone "
    "'—' in the year it is not due",
)
def university_rolling_ok() -> Book:
    b = Book()
    s = b.sheet("三年滚动绩效目标", (14, 16, 30, 16, 16, 16, 40))
    title(s, "梧岭学院2026—2028年项目支出绩效目标表（三年滚动）", 1, 7)
    s.row(
        "项目名称",
        "化学工程一流学科建设项目",
        None,
        "主管部门",
        EDU,
        None,
        None,
        merge=[(2, 3), (5, 7)],
    )
    s.row("实施单位", "梧岭学院", None, "项目属性", "延续项目", None, None, merge=[(2, 3), (5, 7)])
    s.row("项目期", "3年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2028, 12, 31))
    s.row("项目资金（万元）", "资金来源", "三年合计", "2026年", "2027年", "2028年")
    top = s.r
    s.row(None, "资金总额", money(1850, WAN2), money(650, WAN2), money(600, WAN2), money(600, WAN2))
    s.row(
        None,
        "其中：财政拨款",
        money(1500, WAN2),
        money(550, WAN2),
        money(475, WAN2),
        money(475, WAN2),
    )
    s.row(None, "其他资金", money(350, WAN2), money(100, WAN2), money(125, WAN2), money(125, WAN2))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    labelled(
        s,
        1,
        7,
        "三年总体目标",
        "三年内化学工程学科进入省一流学科建设序列，发表高水平论文135篇以上，引进博士17人，"
        "完成博士学位授权点申报。",
    )
    labelled(
        s,
        1,
        7,
        "2026年度目标",
        "发表高水平论文40篇以上，引进博士6人，为地方企业解决技术难题15项以上。",
    )
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "2026年", "2027年", "2028年", "指标解释"),
        [
            (
                "成本指标",
                "经济成本指标",
                "大型仪器设备年维护成本",
                "≤85万元",
                "≤85万元",
                "≤85万元",
                "反映学科平台大型仪器当年维护、校准费用。",
            ),
            (
                None,
                "生态环境成本指标",
                "实验室危险废物规范处置率",
                pct(1.0),
                pct(1.0),
                pct(1.0),
                "反映交由有资质单位处置的危险废物比例。",
            ),
            (
                "产出指标",
                "数量指标",
                "发表高水平论文",
                "≥40篇",
                "≥45篇",
                "≥50篇",
                "反映当年以学院为第一单位发表的SCI一区、二区及中文核心论文篇数。",
            ),
            (None, None, "引进博士", "≥6人", "≥6人", "≥5人", "反映当年引进到岗的博士人数。"),
            (
                None,
                "质量指标",
                "学位论文抽检合格率",
                "≥95%",
                "≥95%",
                "≥95%",
                "反映省学位办抽检中合格论文的比例。",
            ),
            (
                None,
                "时效指标",
                "年度建设任务完成时间",
                "12月31日前",
                "12月31日前",
                "12月31日前",
                "反映当年建设任务完成的时间。",
            ),
            (
                "效益指标",
                "经济效益指标",
                "横向科研合同到账经费",
                "≥800万元",
                "≥900万元",
                "≥1000万元",
                "反映当年与企业签订的技术开发、服务合同到账经费。",
            ),
            (
                None,
                "社会效益指标",
                "为地方企业解决技术难题",
                "≥15项",
                "≥18项",
                "≥20项",
                "反映当年形成验收或应用证明的技术难题数量。",
            ),
            (
                None,
                "可持续影响指标",
                "博士学位授权点申报",
                "—",
                "完成申报",
                "通过评审",
                "2027年提交申报材料，2028年接受评审；2026年不设目标。",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "研究生满意度",
                "≥90%",
                "≥90%",
                "≥90%",
                "反映研究生培养质量问卷中满意的比例。",
            ),
        ],
    )
    line(s, 1, 7, "注：各年度指标值为当年数，不是累计数。")
    return b


@variant(
    "u07-university-period-defects",
    (6, 8, 13),
    "two-year project, OLD-NAT, 中期 and 年度 columns: a cumulative count copied into 年度, a "
    "可持续影响指标 under 产出指标, a row with values and no name",
)
def university_defects() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    plain_head(
        s,
        year=2026,
        years=2,
        name="实验教学示范中心运行项目",
        dept=EDU,
        unit="梧岭学院",
        attr="延续项目",
        money=[
            ("中期资金总额", money(460, WAN2), "年度资金总额", money(230, WAN2)),
            ("其中：财政拨款", money(400, WAN2), "其中：财政拨款", money(200, WAN2)),
            ("其他资金", money(60, WAN2), "其他资金", money(30, WAN2)),
        ],
        goals=(
            "两年内开设实验项目320项，实验教学人时数达到80万人时，向6所中小学和兄弟院校开放共享。",
            "开设实验项目160项，实验教学人时数达到40万人时，向3所学校开放共享。",
        ),
    )
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"),
        [
            (
                "产出指标",
                "数量指标",
                "开设实验项目",
                "≥320项",
                mk(
                    "≥320项",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="the two-year count copied into 年度 (the 年度目标 says 160)",
                ),
                None,
            ),
            (None, None, "实验教学人时数", "≥80万人时", "≥40万人时", None),
            (None, "质量指标", "实验设备完好率", "≥95%", "≥95%", None),
            (
                None,
                None,
                mk("", "F110", "error", note="values without an indicator name"),
                "≥95%",
                "≥95%",
                None,
            ),
            (None, "时效指标", "设备故障维修响应时间", "≤24小时", "≤24小时", None),
            (None, "成本指标", "实验耗材生均成本", "≤260元/人", "≤260元/人", None),
            (
                None,
                mk("可持续影响指标", "F105", "error", note="a 效益 tier-2 under 产出指标"),
                "实验室开放共享机制",
                "健全",
                "健全",
                None,
            ),
            ("效益指标", "社会效益指标", "学生实验技能考核合格率", "≥90%", "≥90%", None),
            (None, "可持续影响指标", "示范中心对外服务学校", "≥6所", "≥3所", None),
            ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%", None),
        ],
    )
    signatures(s, 1, "吴涛", "孙立", "0739-8851022", cn_day(2025, 11, 18))
    return b


@variant(
    "u15-forestry-rolling-defects",
    (1, 8, 11, 12),
    "三年滚动 project 2026—2028, NAT-2021: 三年合计 ≠ the years, 95 typed before the "
    "percent format (9500% shown as 950%), a 发生率 with ≥",
)
def forestry_rolling() -> Book:
    b = Book()
    s = b.sheet("滚动项目", (14, 16, 30, 16, 16, 16, 30))
    title(s, "梧岭市林业科学研究所2026—2028年项目支出绩效目标表（三年滚动）", 1, 7)
    s.row(
        "项目名称",
        "林木良种基地建设项目",
        None,
        "主管部门",
        FOREST,
        None,
        None,
        merge=[(2, 3), (5, 7)],
    )
    s.row(
        "实施单位",
        "梧岭市林业科学研究所",
        None,
        "项目属性",
        "延续项目",
        None,
        None,
        merge=[(2, 3), (5, 7)],
    )
    s.row("项目期", "3年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2028, 12, 31))
    s.row("项目资金（万元）", "资金来源", "三年合计", "2026年", "2027年", "2028年")
    top = s.r
    s.row(
        None,
        "资金总额",
        mk(money(960, WAN2), "B101", "error", note="320 + 300 + 300 = 920"),
        money(320, WAN2),
        money(300, WAN2),
        money(300, WAN2),
    )
    s.row(
        None,
        "其中：财政拨款",
        money(920, WAN2),
        money(320, WAN2),
        money(300, WAN2),
        money(300, WAN2),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    labelled(s, 1, 7, "三年总体目标", "建成杉木、油茶良种采穗圃300亩，三年出圃良种苗木300万株。")
    labelled(s, 1, 7, "2026年度目标", "新建采穗圃100亩，出圃良种苗木80万株。")
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "2026年", "2027年", "2028年", "指标解释"),
        [
            (
                "成本指标",
                "经济成本指标",
                "采穗圃每亩建设成本",
                "≤0.9万元/亩",
                "≤0.9万元/亩",
                "≤0.9万元/亩",
                "反映采穗圃整地、定植、灌溉设施亩均投入。",
            ),
            (
                "产出指标",
                "数量指标",
                "新建良种采穗圃",
                "≥100亩",
                "≥100亩",
                "≥100亩",
                "当年新建面积。",
            ),
            (None, None, "出圃良种苗木", "≥80万株", "≥100万株", "≥120万株", "当年出圃株数。"),
            (
                None,
                "质量指标",
                "良种苗木出圃合格率",
                mk(
                    pct(9.5),
                    "T106",
                    "error",
                    note="shows 950%: 95 typed, then the % format applied",
                ),
                pct(0.95),
                pct(0.95),
                "按国家苗木质量分级标准抽检合格的比例。",
            ),
            (
                None,
                "时效指标",
                "苗木出圃时间",
                "3月31日前",
                "3月31日前",
                "3月31日前",
                "当年造林季前。",
            ),
            (
                "效益指标",
                "生态效益指标",
                "良种造林成活率",
                "≥90%",
                "≥90%",
                "≥90%",
                "次年春季调查。",
            ),
            (
                None,
                None,
                "苗木病虫害发生率",
                mk("≥5%", "T108", "warning", row=True, note="a 发生率 is 反向: ≤ meant"),
                "≤5%",
                "≤5%",
                "圃地病虫害发生面积比例。",
            ),
            (
                None,
                "可持续影响指标",
                "良种繁育技术规程",
                "制定",
                "修订完善",
                "推广应用",
                "逐年推进。",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "造林单位满意度",
                "≥90%",
                "≥90%",
                "≥90%",
                "问卷调查。",
            ),
        ],
    )
    return b
