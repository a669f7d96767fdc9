"""Subsidy projects of a county 农业农村局 and its 农机站: 耕地地力保护补贴 paid per 亩 over the
declared area, 农机购置补贴 paid per 台 (jc01–jc04)."""

from __future__ import annotations

from tests.variants.holdout45.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, pct

_YUAN_MU = '0.00"元/亩"'


def _fixed(name: str) -> C:
    """A subsidy standard is a fixed amount per 亩: `=` or no operator is right, a reviewer
    shrugs at a warning asking for ≤ (a cost cap) on that row."""
    return mk(name, "*", "warning", row=True, required=False, note="fixed subsidy standard")


@variant("jc01-cultivated-subsidy-ok", (1, 4, 12), "project, OLD-NAT, table from column B")
def cultivated_ok() -> Book:
    """耕地地力保护补贴 of 石湾县: 105 元/亩 over 42.6 万亩 = 4473 万元, the 年度资金; the form
    starts in column B, an empty column A, a 填报说明 and a signature line below."""
    b = Book()
    s = b.sheet("绩效目标", widths=(3, 14, 14, 30, 20, 14, 14))
    s.row(None, "2025年度项目支出绩效目标申报表", merge=[(2, 7)])
    s.row(None, "填报单位（盖章）：石湾县农业农村局", None, None, "单位：万元", merge=[(2, 4)])
    s.row(
        None,
        "项目名称",
        "2025年耕地地力保护补贴",
        None,
        "主管部门",
        "石湾县农业农村局",
        None,
        merge=[(3, 4), (6, 7)],
    )
    s.row(
        None,
        "实施单位",
        "石湾县农业农村局（各乡镇农业综合服务站）",
        None,
        "项目属性",
        "常年项目",
        None,
        merge=[(3, 4), (6, 7)],
    )
    s.row(None, "项目期", "1年", "计划开始日期", day(2025, 1, 1), "计划完成日期", day(2025, 12, 31))
    top = s.r + 1
    s.row(None, "项目资金", "年度资金总额", money(4473, WAN), "其中：财政拨款", money(4473, WAN))
    s.row(None, None, "上年结转", money(0, WAN), "其他资金", money(0, WAN))
    s.ws.merge_cells(start_row=top, start_column=2, end_row=s.r, end_column=2)
    s.row(
        None,
        "年度绩效目标",
        "按照105元/亩的标准，对全县42.6万亩耕地的承包农户发放耕地地力保护补贴，"
        "资金通过“一卡通”直接兑付到户，鼓励农民保护耕地、提升地力。",
        merge=[(3, 7)],
    )
    s.row(None, "一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(6, 7)])
    s.table(
        [
            ("产出指标", "数量指标", "补贴耕地面积", "≥42.6万亩", "以确权面积为准"),
            (None, None, "补贴农户数", "≥5.8万户", None),
            (None, "质量指标", "补贴资金兑付准确率", pct(1), None),
            (None, None, "补贴面积核实公示率", pct(1), "乡村两级公示"),
            (None, "时效指标", "补贴资金兑付时间", "6月30日前", None),
            (None, "成本指标", _fixed("亩均补贴标准"), money(105, _YUAN_MU), None),
            ("效益指标", "经济效益指标", "种粮农户亩均增收", "≥105元", None),
            (None, "社会效益指标", "耕地撂荒面积", "较上年减少", None),
            (None, "可持续影响指标", "耕地地力等级", "稳中有升", None),
            ("满意度指标", "服务对象满意度指标", "补贴农户满意度", pct(0.92), None),
        ],
        merged=(1, 2),
        col=2,
    )
    s.row(
        None,
        "填报说明：1.指标值为比率的请填写百分比；2.补贴面积以2025年乡镇核实公示数据为准。",
        merge=[(2, 7)],
    )
    s.row(
        None,
        "填表人：罗晓梅",
        None,
        "审核人：韦建国",
        "联系电话：0771-5382216",
        "填报日期：",
        day(2024, 11, 26, 'yyyy"年"m"月"d"日"'),
    )
    return b


@variant("jc02-cultivated-subsidy-wrong", (1, 11, 12), "project, OLD-NAT, operator column")
def cultivated_wrong() -> Book:
    """耕地地力保护补贴 of 桐溪县, operator in its own column (指标性质 ≥ ≤ =) and a unit column:
    the 资金总额 does not add up, a 兑付率 given as a bare 98 with 户 in the unit column, a
    complaint rate with ≥."""
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 28, 10, 12, 10))
    s.title("2025年度项目支出绩效目标表", 6)
    s.row(
        "项目名称",
        "桐溪县2025年耕地地力保护补贴",
        None,
        "主管部门及代码",
        "桐溪县农业农村局 [216]",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "实施单位", "桐溪县农业农村局", None, "项目属性", "常年项目", None, merge=[(2, 3), (5, 6)]
    )
    s.row("项目期", "1年", "计划开始日期", day(2025, 1, 1), "计划完成日期", day(2025, 12, 31))
    top = s.r + 1
    s.row(
        "项目资金（万元）",
        "资金总额",
        mk(money(3380.5, "#,##0.00"), "B101", "error", alt=("B102",)),
        None,
        None,
        None,
    )
    s.row(None, "其中：财政拨款", money(3120.5, "#,##0.00"), None, None, None)
    s.row(None, "其他资金", money(200, "#,##0.00"), None, None, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标",
        "对全县32.5万亩耕地按104元/亩发放补贴，确保补贴资金足额、及时兑付到户。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "补贴面积", "≥", 32.5, "万亩"),
            (None, None, "发放补贴农户", "≥", 4.1, "万户"),
            (
                None,
                "质量指标",
                "补贴资金兑付到户率",
                "≥",
                mk(98, "T105", "error", note="a rate with 户 in the unit column"),
                "户",
            ),
            (None, "时效指标", "补贴资金兑付时限", "≤", 30, "个工作日"),
            (None, "成本指标", _fixed("每亩补贴标准"), "=", 104, "元/亩"),
            ("效益指标", "社会效益指标", "补贴政策知晓率", "≥", 95, "%"),
            (None, None, mk("补贴发放群众投诉率", "T108", "warning", row=True), "≥", 5, "%"),
            (None, "可持续影响指标", "耕地保护长效机制", "=", "健全", None),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    s.row("填表人：", "杜文", "联系电话：", "13907715520", "填报日期：", day(2024, 12, 3))
    return b


@variant("jc03-machinery-subsidy-ok", (1, 11), "project, NAT-2021, 比较符/单位/方向 columns")
def machinery_ok() -> Book:
    """农机购置补贴 of 沅丰县农机服务站, NAT-2021 with 成本指标 first, separate 比较符, 计量单位
    and 指标方向 columns, bare numbers, a 2-line header."""
    b = Book()
    s = b.sheet("项目绩效目标", widths=(12, 14, 28, 8, 10, 10, 10))
    s.title("沅丰县2025年农机购置与应用补贴项目绩效目标表", 7)
    s.row(
        "项目名称",
        "2025年农机购置与应用补贴",
        None,
        "主管部门",
        "沅丰县农业农村局",
        None,
        None,
        merge=[(2, 3), (5, 7)],
    )
    s.row(
        "实施单位",
        "沅丰县农机服务站",
        None,
        "项目属性",
        "延续项目",
        None,
        None,
        merge=[(2, 3), (5, 7)],
    )
    s.row(
        "项目期",
        "1年",
        "计划开始日期",
        day(2025, 1, 1),
        "计划完成日期",
        day(2025, 12, 31),
        None,
        merge=[(6, 7)],
    )
    top = s.r + 1
    s.row(
        "项目资金（万元）",
        "年度资金总额",
        money(1860, "#,##0.00"),
        "其中：中央资金",
        money(1650, "#,##0.00"),
        "省级资金",
        money(210, "#,##0.00"),
    )
    s.row(
        None,
        "其中：财政拨款",
        money(1860, "#,##0.00"),
        "其他资金",
        money(0, "#,##0.00"),
        None,
        None,
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标",
        "补贴各类农业机械不少于1300台（套），其中烘干、植保等薄弱环节机具不少于260台，"
        "主要农作物耕种收综合机械化率达到76%以上。",
        merge=[(2, 7)],
    )
    s.row("绩效指标", None, None, None, None, None, None, merge=[(1, 7)])
    h = s.r + 1
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, "指标方向", merge=[(4, 6)])
    s.row(None, None, None, "比较符", "数值", "计量单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    s.table(
        [
            ("成本指标", "经济成本指标", "单台（套）平均补贴额", "≤", 1.43, "万元/台", "反向"),
            ("产出指标", "数量指标", "补贴机具数量", "≥", 1300, "台（套）", "正向"),
            (None, None, "薄弱环节机具补贴数量", "≥", 260, "台", "正向"),
            (None, "质量指标", "补贴机具核验合格率", "=", 100, "%", "正向"),
            (None, "时效指标", "补贴资金兑付时限", "≤", 30, "个工作日", "反向"),
            ("效益指标", "经济效益指标", "购机农户作业服务增收", "≥", 5000, "元/户", "正向"),
            (None, "社会效益指标", "主要农作物耕种收综合机械化率", "≥", 76, "%", "正向"),
            (None, "可持续影响指标", "农机化水平", "=", "稳步提升", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥", 90, "%", "正向"),
        ],
        merged=(1, 2),
    )
    s.row("注：机具数量以“农机购置与应用补贴辅助管理系统”结算数据为准。", merge=[(1, 7)])
    return b


@variant("jc04-machinery-subsidy-wrong", (9, 11), "project, NAT-2021, operators in the values")
def machinery_wrong() -> Book:
    """农机购置补贴 of 岚口县: thresholds mistyped (`≥≤90%`, `95%%`), a satisfaction written
    `>=95` without %, and one indicator entered twice."""
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 18, 18, 18))
    s.title("2025年度项目支出绩效目标申报表", 6)
    s.row(
        "项目名称",
        "岚口县农机购置与应用补贴",
        None,
        "主管部门及代码",
        "岚口县农业农村局",
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "实施单位", "岚口县农业机械化服务中心", None, "项目属性", "延续项目", merge=[(2, 3), (5, 6)]
    )
    s.row("项目期", "1年", "计划开始日期", day(2025, 1, 1), "计划完成日期", day(2025, 12, 31))
    top = s.r + 1
    s.row("项目资金（万元）", "年度资金总额", money(960), "其中：财政拨款", money(960), None)
    s.row(None, "上年结转", money(0), "其他资金", money(0), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", "全年补贴购置农业机械约700台，提升水稻机插秧和机收水平。", merge=[(2, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "补贴机具数量", "≥700台", None),
            (None, None, "受益农户（合作社）数量", "≥520户", None),
            (None, "质量指标", "补贴机具抽查合格率", mk("≥≤90%", "T116", "warning"), None),
            (
                None,
                None,
                "补贴机具数量",
                mk(
                    mk("≥700台", "D101", "warning", row=True, alt=("D102", "D103")),
                    "F201",
                    "warning",
                    row=True,
                    required=False,
                    note="a count under 质量指标",
                ),
                None,
            ),
            (None, "时效指标", "补贴申请办结时限", "≤20个工作日", None),
            ("成本指标", "经济成本指标", "单台平均补贴", "≤1.37万元", None),
            ("效益指标", "社会效益指标", "水稻机插秧率", mk("95%%", "T116", "warning"), None),
            (None, "可持续影响指标", "农机社会化服务能力", "有效提升", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "购机户满意度",
                mk(">=95", "T105", "error", alt=("T104", "T116")),
                None,
            ),
        ],
        merged=(1, 2),
    )
    return b
