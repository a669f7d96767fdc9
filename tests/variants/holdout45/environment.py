"""农村人居环境整治 projects (户厕改造, 生活垃圾收运, 卫生厕所普及率) (jc17–jc18)."""

from __future__ import annotations

from tests.variants.holdout45.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct


@variant(
    "jc17-sanitation-ok", (1, 4, 7, 12), "project, OLD-NAT, table from column C, 2-line header"
)
def sanitation_ok() -> Book:
    """农村人居环境整治 of 沅丰县: the form starts in column C after two empty columns, amounts
    carry 万元 only in the number format, a 2-line header (指标值 over 比较符 · 数值 · 单位), a
    资金测算 line pasted as text `1,250`, rates typed as 0.92 under `0%`, a footnote and a fill
    date in the year before."""
    b = Book()
    s = b.sheet("人居环境", widths=(2, 2, 14, 16, 30, 8, 10, 10, 16))
    s.row(None, None, "附件3", None)
    s.row(None, None, "2025年农村人居环境整治提升项目绩效目标表", merge=[(3, 9)])
    s.row(
        None,
        None,
        "项目名称",
        "农村人居环境整治提升",
        None,
        "主管部门",
        None,
        "沅丰县农业农村局",
        None,
        merge=[(4, 5), (6, 7), (8, 9)],
    )
    s.row(
        None,
        None,
        "实施单位",
        "沅丰县乡村建设服务中心",
        None,
        "项目属性",
        None,
        "延续项目",
        None,
        merge=[(4, 5), (6, 7), (8, 9)],
    )
    s.row(
        None,
        None,
        "项目期",
        "1年",
        "计划开始日期",
        day(2025, 1, 1),
        None,
        "计划完成日期",
        day(2025, 12, 31),
        merge=[(6, 7)],
    )
    top = s.r + 1
    s.row(
        None,
        None,
        "项目资金",
        "年度资金总额",
        money(1680, WAN),
        "其中：财政拨款",
        None,
        money(1560, WAN),
        None,
        merge=[(6, 7), (8, 9)],
    )
    s.row(
        None,
        None,
        None,
        "上年结转",
        money(0, WAN),
        "其他资金",
        None,
        money(120, WAN),
        None,
        merge=[(6, 7), (8, 9)],
    )
    s.ws.merge_cells(start_row=top, start_column=3, end_row=s.r, end_column=3)
    s.row(
        None,
        None,
        "资金测算",
        "户厕改造：2500户×0.5万元/户",
        None,
        None,
        None,
        ok("1,250", note="a figure pasted as text with a separator"),
        None,
        merge=[(4, 7), (8, 9)],
    )
    s.row(
        None,
        None,
        None,
        "垃圾收运设备及转运站：2座×215万元",
        None,
        None,
        None,
        money(430, WAN),
        None,
        merge=[(4, 7), (8, 9)],
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=3, end_row=s.r, end_column=3)
    s.row(
        None,
        None,
        "年度绩效目标",
        "完成农村户厕改造2500户，新建乡镇垃圾转运站2座，全县农村卫生"
        "厕所普及率达到92%以上，村庄环境基本实现干净整洁有序。",
        merge=[(4, 9)],
    )
    h = s.r + 1
    s.row(
        None, None, "一级指标", "二级指标", "三级指标", "指标值", None, None, "备注", merge=[(6, 8)]
    )
    s.row(None, None, None, None, None, "比较符", "数值", "单位", None)
    for c in (3, 4, 5, 9):
        s.ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "农村户厕改造", "≥", 2500, "户", None),
            (None, None, "新建乡镇垃圾转运站", "=", 2, "座", None),
            (None, "质量指标", "改厕验收合格率", "≥", pct(0.95), None, "抽查"),
            (None, None, "农村卫生厕所普及率", "≥", pct(0.92), None, None),
            (
                None,
                "时效指标",
                "户厕改造完成时间",
                "≤",
                day(2025, 11, 30, 'yyyy"年"m"月"d"日"'),
                None,
                None,
            ),
            (None, "成本指标", "户均改厕补助", "≤", 0.5, "万元/户", None),
            (
                "效益指标",
                "社会效益指标",
                "农村生活垃圾收运处置体系覆盖自然村比例",
                "≥",
                pct(0.9),
                None,
                None,
            ),
            (
                None,
                "生态效益指标",
                "农村生活污水治理率",
                "≥",
                pct(0.42),
                None,
                "较上年提高3个百分点",
            ),
            (None, "可持续影响指标", "农村改厕长效管护机制", "定性", "建立并执行", None, None),
            ("满意度指标", "服务对象满意度指标", "农户满意度", "≥", pct(0.9), None, None),
        ],
        merged=(1, 2),
        col=3,
    )
    s.row(None, None, "注：本表金额单位为万元；资金测算按省定补助标准。", merge=[(3, 9)])
    s.row(
        None,
        None,
        "填报日期：",
        day(2024, 12, 16, 'yyyy"年"m"月"d"日"'),
        None,
        "填报人：",
        None,
        "唐欣",
        None,
    )
    return b


@variant("jc18-sanitation-wrong", (1, 11), "project, OLD-NAT, 指标方向 and 计量单位 columns")
def sanitation_wrong() -> Book:
    """农村人居环境整治 of 黎川县: a deadline given as 100 %, a coverage rate with ≤ on a 正向
    row, and an amount in 万元 under the 户 unit column."""
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 10, 12, 10, 16))
    s.title("2025年度项目支出绩效目标申报表", 7)
    s.row(
        "项目名称",
        "黎川县农村厕所革命整村推进",
        None,
        "主管部门",
        "黎川县农业农村局",
        None,
        None,
        merge=[(2, 3), (5, 7)],
    )
    s.row(
        "实施单位",
        "黎川县农业农村局",
        None,
        "项目属性",
        "新增项目",
        None,
        None,
        merge=[(2, 3), (5, 7)],
    )
    s.row("项目期", "1年", "计划开始日期", day(2025, 1, 1), "计划完成日期", day(2025, 12, 31), None)
    top = s.r + 1
    s.row("项目资金（万元）", "年度资金总额", money(760), "其中：财政拨款", money(760), None, None)
    s.row(None, "上年结转", money(0), "其他资金", money(0), None, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标", "在12个行政村整村推进户厕改造1600户，配套建设粪污收运体系。", merge=[(2, 7)]
    )
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "整村推进行政村", "正向", "≥12", "个", None),
            (None, None, "户厕改造", "正向", mk("≥760万元", "T112", "error"), "户", None),
            (None, "质量指标", "改厕质量验收合格率", "正向", "≥95", "%", None),
            (
                None,
                "时效指标",
                "改厕任务完成时限",
                "反向",
                mk(pct(1), "T113", "warning", alt=("T116", "T102")),
                None,
                None,
            ),
            (None, "成本指标", "户均改厕成本", "反向", "≤0.45", "万元/户", None),
            (
                "效益指标",
                "社会效益指标",
                mk("粪污收运体系覆盖率", "T108", "warning", row=True),
                "正向",
                "≤80",
                "%",
                None,
            ),
            (None, "可持续影响指标", "改厕后续管护", "定性", "有效", None, None),
            ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "正向", "≥90", "%", None),
        ],
        merged=(1, 2),
    )
    s.row("填表人：", "江敏", "联系电话：", "0794-7321604", None, None, None)
    return b
