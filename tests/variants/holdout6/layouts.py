"""Layouts as WPS users leave them: a table starting in column B with an empty spacer column, a
header repeated after a page break, 注/填报说明 and signature lines (b17); and a project table
whose years disagree (b18), from 潆州市 bureaus.
"""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout6.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money

HEADER = ("一级指标", "二级指标", "三级指标", None, "指标值", "备注")


@variant(
    "b17-column-b-footer-ok",
    (4, 7, 1),
    "project, OLD-NAT, table from column B with an "
    "empty spacer column, header repeated after a page break, 注/填报说明, signature and "
    "date lines; 95%以上, 不低于90%, 30日内, 90%-95%",
)
def b17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (3, 16, 18, 28, 8, 18, 14))
    r = s.row("潆州市2025年度项目支出绩效目标表", col=2)
    s.ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
    s.row(
        "填报单位（盖章）：潆州市生态环境局",
        None,
        None,
        None,
        "金额单位：万元",
        col=2,
        merge=[(2, 4), (6, 7)],
    )
    s.row(
        "项目名称",
        "大气污染防治网格化监测",
        None,
        "主管部门",
        "潆州市生态环境局",
        None,
        col=2,
        merge=[(3, 4), (6, 7)],
    )
    s.row(
        "实施单位",
        "潆州市生态环境监测站",
        None,
        "项目属性",
        "常年项目",
        None,
        col=2,
        merge=[(3, 4), (6, 7)],
    )
    s.row(
        "项目期", "1年", "计划开始日期", None, day(2025, 1, 1, CN_DATE), None, col=2, merge=[(4, 5)]
    )
    s.row(None, None, "计划完成日期", None, day(2025, 12, 31, CN_DATE), None, col=2, merge=[(4, 5)])
    s.row(
        "项目资金（万元）",
        "资金总额",
        money(315, WAN),
        "其中：财政拨款",
        money(300, WAN),
        None,
        col=2,
    )
    s.row(None, None, None, "其他资金", money(15, WAN), None, col=2)
    s.ws.merge_cells(start_row=s.r - 1, start_column=2, end_row=s.r, end_column=2)
    s.row(
        "年度绩效目标",
        "完成全市180个网格化空气质量监测站点运维，数据有效获取率95%以上，"
        "为大气污染精准溯源提供支撑。",
        col=2,
        merge=[(3, 7)],
    )
    s.row(*HEADER, col=2)
    s.table(
        [
            ("产出指标", "数量指标", "网格化监测站点运维数", None, "≥180个"),
            (None, None, "监测分析报告编制", None, "≥12期", "月报"),
            (None, "质量指标", "监测数据有效获取率", None, "95%以上"),
            (None, None, "站点设备完好率", None, "不低于90%"),
            (None, "时效指标", "问题点位整改时限", None, "30日内"),
            (None, "成本指标", "单站点年运维成本", None, "≤1.6万元/个"),
        ],
        merged=(1, 2),
        col=2,
    )
    s.row("第 1 页，共 2 页", col=2, merge=[(2, 7)])
    s.row(*HEADER, col=2)
    s.table(
        [
            ("效益指标", "生态效益指标", "空气质量优良天数比率", None, "90%-95%", "视气象条件"),
            (None, "社会效益指标", "污染源精准溯源能力", None, "有效提升"),
            (None, "可持续影响指标", "网格化监测体系", None, "逐步完善"),
            ("满意度指标", "服务对象满意度指标", "属地街道满意度", None, "≥90%"),
        ],
        merged=(1, 2),
        col=2,
    )
    s.row("注：1.本表金额单位为万元；2.指标值应细化、量化。", col=2, merge=[(2, 7)])
    s.row("填报说明：定性指标填写“有效提升”“逐步完善”等。", col=2, merge=[(2, 7)])
    s.row(
        "填表人：周以宁",
        "审核人：许岑",
        "联系电话：0759-2276413",
        None,
        "填报日期：",
        day(2024, 12, 10),
        col=2,
    )
    s.row("第 2 页，共 2 页", col=2, merge=[(2, 7)])
    return b


@variant(
    "b18-years-defects",
    (8,),
    "project, NAT-2021: 计划完成日期 before the start, a 2023 "
    "date in the indicators, a rate as a bare number, 95%%",
)
def b18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    end = mk(day(2024, 12, 31), "Y104", "error", alt=("Y102",), note="ends before it starts")
    project_head(
        s,
        year=2025,
        name="科技型中小企业研发费用补助",
        dept="潆州市科学技术局（250）",
        unit="潆州市科学技术局",
        end=end,
        money=[
            ("资金总额", money(900, WAN), "其中：财政拨款", money(900, WAN)),
            (None, None, "其他资金", money(0, WAN)),
        ],
        goals=["对不少于300家科技型中小企业给予研发费用补助，带动企业研发投入增长。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "获得补助企业数", "≥300家"),
            (None, "质量指标", "补助对象审核合规率", "100%"),
            (
                None,
                None,
                "研发项目验收通过率",
                mk(85, "T105", "error", alt=("T104",), note="a rate with no %"),
            ),
            (
                None,
                "时效指标",
                "补助资金拨付时间",
                mk("2023年9月底前", "Y102", "error", alt=("Y101",), note="2023 in a 2025 table"),
            ),
            ("成本指标", "经济成本指标", "单家企业平均补助", "≤3万元/家"),
            ("效益指标", "经济效益指标", "受补助企业研发投入增长率", "≥10%"),
            (None, "可持续影响指标", "企业创新主体地位", "逐步增强"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "受补助企业满意度",
                mk("95%%", "T116", "warning", alt=("T102",), note="percent sign typed twice"),
            ),
        ],
        merged=(1, 2),
    )
    return b
