"""Returns of vocational schools (梧岭市, invented): a WPS table starting in column C with a
two-line header, operator, unit and direction columns and an empty spacer column; and a
defective sibling with long 指标解释 and 设定依据 columns."""

from __future__ import annotations

from tests.variants.holdout10.forms import (
    WAN2,
    cn_day,
    indicators,
    labelled,
    line,
    project_head,
    signatures,
    title,
)
from tests.variants.holdout10.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, pct

EDU = "梧岭市教育局（代码 302001）"


def two_line_header(s: Sheet) -> None:
    """The header of u04, two lines: 指标值 split into 比较符 / 目标值 / 计量单位; column I is
    an empty spacer."""
    s.row(
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        None,
        None,
        None,
        "指标方向",
        "分值",
        col=3,
        merge=[(6, 8)],
    )
    s.row(None, None, None, "比较符", "目标值", "计量单位", col=3)
    for c in (3, 4, 5, 10, 11):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant(
    "u04-vocational-two-line-header-ok",
    (1, 4, 5, 7, 10),
    "project, NAT-2021 in 产出-成本-效益-满意度 order, table from column C with a spacer "
    "column, two-line header repeated after a page break, numbered tier labels with points, "
    "比较符/目标值/计量单位/指标方向 columns, a percent cell beside a % unit, a date target",
)
def vocational_ok() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (2, 2, 18, 14, 26, 8, 12, 10, 2, 10, 8))
    title(s, "梧岭市2026年部门预算项目支出绩效目标表", 3, 9)
    project_head(
        s,
        col=3,
        width=9,
        name="汽车运用与维修专业实训基地设备更新项目",
        dept=EDU,
        unit="梧岭市交通职业技术学校",
        attr="一次性项目",
        period="1年",
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        money=[
            (
                "年度资金总额",
                money(350, WAN2),
                "其中：财政拨款",
                money(300, WAN2),
                "其他资金",
                money(50, WAN2),
            )
        ],
    )
    labelled(
        s,
        3,
        9,
        "年度绩效目标",
        "更新新能源汽车实训设备，建成24个实训工位，全年承担学生实训1200人次以上，"
        "学生职业技能等级证书获取率达到85%以上。",
    )
    two_line_header(s)
    s.table(
        [
            (
                "一、产出指标（50分）",
                "（一）数量指标",
                "新能源汽车实训工位",
                "≥",
                24,
                "个",
                None,
                "正向",
                10,
            ),
            (None, None, "年实训学生", "≥", 1200, "人次", None, "正向", 10),
            (None, "（二）质量指标", "设备验收合格率", "=", 100, "%", None, "正向", 10),
            (
                None,
                None,
                "学生职业技能等级证书获取率",
                "≥",
                pct(0.85, "0.0%"),
                "%",
                None,
                "正向",
                10,
            ),
            (
                None,
                "（三）时效指标",
                "设备采购安装完成时间",
                "≤",
                day(2026, 8, 31, CN_DATE),
                None,
                None,
                "反向",
                10,
            ),
            (
                "二、成本指标（10分）",
                "经济成本指标",
                "单个实训工位设备购置成本",
                "≤",
                12.5,
                "万元/个",
                None,
                "反向",
                10,
            ),
        ],
        merged=(1, 2),
        col=3,
    )
    two_line_header(s)  # the page break: WPS repeats the header rows
    s.table(
        [
            (
                "三、效益指标（30分）",
                "社会效益指标",
                "毕业生对口就业率",
                "≥",
                80,
                "%",
                None,
                "正向",
                10,
            ),
            (None, None, "为区域汽修企业输送技能人才", "≥", 300, "人", None, "正向", 10),
            (None, "可持续影响指标", "实训基地对外开放共享", "定性", "好", None, None, "定性", 10),
            (
                "四、满意度指标（10分）",
                "服务对象满意度指标",
                "学生满意度",
                "≥",
                90,
                "%",
                None,
                "正向",
                10,
            ),
        ],
        merged=(1, 2),
        col=3,
    )
    line(s, 3, 9, "注：定性指标按“好、较好、一般、差”四档填写；分值合计100分。")
    signatures(s, 3, "林小雨", "黄建国", "0739-8826115", cn_day(2025, 11, 12))
    return b


@variant(
    "u05-vocational-defects",
    (1, 9, 11),
    "project, NAT-2021, WPS from column B with 指标解释 and 设定依据: a percent cell at 105%, "
    "≥≤90%, one indicator twice with different values, a date two years before the budget year",
)
def vocational_defects() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 14, 16, 30, 16, 36, 30))
    title(s, "2026年度项目支出绩效目标表", 2, 6)
    project_head(
        s,
        col=2,
        width=6,
        name="护理专业实训中心建设项目",
        dept=EDU,
        unit="梧岭市卫生职业技术学校",
        attr="新增项目",
        period="1年",
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        money=[
            ("年度资金总额", money(420, WAN2), None, None),
            ("其中：财政拨款", money(420, WAN2), "其他资金", money(0, WAN2)),
        ],
    )
    labelled(
        s,
        2,
        6,
        "年度绩效目标",
        "建成模拟病房、急救技能和母婴护理实训室，满足护理专业学生校内实训需要，"
        "提高护士执业资格考试通过率。",
    )
    indicators(
        s,
        2,
        ("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "指标值设定依据"),
        [
            (
                "产出指标",
                "数量指标",
                "模拟病房床单位设备购置",
                "≥40套",
                "反映购置的模拟病房床单位套数。",
                "计划标准：建设方案。",
            ),
            (
                None,
                None,
                "急救技能实训模型",
                "≥25台",
                "反映购置的心肺复苏等急救模型台数。",
                "计划标准：建设方案。",
            ),
            (
                None,
                "质量指标",
                "实训课程开出率",
                mk(pct(1.05), "T106", "error", note="105% on a rate that cannot exceed 100%"),
                "反映开出的实训课程占教学计划实训课程的比例。",
                "计划标准：人才培养方案。",
            ),
            (
                None,
                None,
                "设备验收合格率",
                pct(1.0),
                "反映验收合格设备占购置设备的比例。",
                "计划标准：合同约定。",
            ),
            (
                None,
                "时效指标",
                "实训中心投入使用时间",
                mk(
                    "2024年9月1日前",
                    "Y102",
                    "error",
                    row=True,
                    alt=("Y101",),
                    note="a 2024 date in a 2026 one-year project",
                ),
                "反映实训中心建成并开始承担教学的时间。",
                "计划标准：学校工作计划。",
            ),
            (
                None,
                None,
                "模拟病房床单位设备购置",
                mk(
                    "≥60套",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101",),
                    note="the same indicator as row 1 of the table with another value",
                ),
                "反映购置的模拟病房床单位套数。",
                "计划标准：建设方案。",
            ),
            (
                "成本指标",
                "经济成本指标",
                "模拟病房床单位设备单价",
                "≤3.8万元/套",
                "反映每套床单位（含床、监护模拟、治疗车）的购置单价。",
                "历史标准：同类设备采购价。",
            ),
            (
                "效益指标",
                "社会效益指标",
                "护士执业资格考试通过率",
                mk("≥≤90%", "T116", "warning", note="two opposite operators"),
                "反映应届毕业生参加护士执业资格考试的通过率。",
                "历史标准：近三年平均86%。",
            ),
            (
                None,
                "可持续影响指标",
                "实训中心服务年限",
                "≥8年",
                "反映设备正常使用年限。",
                "行业标准。",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "学生满意度",
                "≥90%",
                "反映实训学生问卷满意比例。",
                "历史标准。",
            ),
        ],
    )
    signatures(s, 2, "刘芳", "周立新", "0739-8826301", cn_day(2025, 11, 6))
    return b
