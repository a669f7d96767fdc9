"""档案馆 returns: digitisation in 万页 with a cost per 页 against the money, a department table
with points in the tier labels on a second sheet, and a three-year transfer project."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout41.forms import detail_lines, head_at, signatures
from tests.variants.holdout41.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

ZERO_OK = "an incident count of 0 on a 反向 indicator is the target itself; = and ≤ coincide at 0"


@variant(
    "iy14-digitisation-ok",
    (1, 4, 12),
    "project, OLD-NAT, table in column B, tier-1 labels marked *, 比较符 and 计量单位 columns, "
    "万页 with a unit cost in 元/页 inside the money, percent cells, detail lines and signature "
    "lines",
)
def iy14() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(3, 14, 16, 30, 10, 18, 12))
    head_at(
        s,
        2,
        year=2027,
        title="青禾县2027年度项目支出绩效目标表",
        name="馆藏档案数字化加工项目",
        dept="青禾县档案馆",
        unit="青禾县档案馆",
        money=[
            ("年度资金总额", money(52, "#,##0.00"), "其中：财政拨款", money(52, "#,##0.00")),
            (None, None, "其他资金", money(0, "#,##0.00")),
        ],
        goal="完成馆藏纸质档案数字化扫描120万页、目录著录18万条，图像质检合格率99%以上，"
        "加工单价不超过0.38元/页，于11月底前完成全部加工任务并通过验收。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", col=2)
    zero = mk("=", "*", "warning", required=False, row=True, note=ZERO_OK)
    s.table(
        [
            ("*产出指标", "数量指标", "馆藏纸质档案数字化扫描", "≥", 120, "万页"),
            (None, None, "档案目录著录条目", "≥", 18, "万条"),
            (None, "质量指标", "数字化图像质检合格率", "≥", pct(0.99), None),
            (None, None, "著录数据差错率", "≤", pct(0.005, "0.0%"), None),
            (None, "时效指标", "数字化加工完成时间", None, "2027年11月30日前", None),
            (None, "成本指标", "档案数字化加工单价", "≤", 0.38, "元/页"),
            ("*效益指标", "社会效益指标", "档案查阅利用服务人次", "≥", 3500, "人次"),
            (None, None, "档案实体安全事故", zero, 0, "起"),
            (None, "可持续影响指标", "数字档案馆建设水平", "定性", "稳步提升", None),
            ("*满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥", pct(0.92), None),
        ],
        merged=(1, 2),
        col=2,
    )
    detail_lines(
        s,
        2,
        "预算明细",
        [
            ("数字化加工费", money(45.6, "#,##0.00"), "120万页×0.38元/页"),
            ("数据质检及监理", money(4.4, "#,##0.00"), None),
            ("存储介质购置", money(2, "#,##0.00"), "蓝光光盘及移动硬盘"),
            ("合计", money(52, "#,##0.00"), None),
        ],
    )
    signatures(s, 2, ("陈晓岚", "吴国栋", "杨立"), "0739-5523316", day(2026, 9, 28, CN_DATE))
    return b


@variant(
    "iy15-rescue-scanning-wrong",
    (9, 12),
    "project, OLD-NAT, header 预期指标值: a cost per 页 × 万页 far above the year's money, "
    "an amount pasted twice in the detail lines, no 满意度指标",
)
def iy15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 32, 18, 14, 14))
    project_head(
        s,
        year=2027,
        name="重点档案抢救性数字化项目",
        dept="石岭县档案馆",
        unit="石岭县档案馆",
        money=[
            ("年度资金总额", money(80), "其中：财政拨款", money(80)),
            (None, None, "其他资金", money(0)),
        ],
        goals=["完成重点档案抢救性扫描200万页，修复破损档案3000卷，年底前全部完成。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "预期指标值", "备注", None)
    s.table(
        [
            ("产出指标", "数量指标", "重点档案抢救性扫描", "≥200万页", None),
            (None, None, "破损档案修复", "≥3000卷", None),
            (None, "质量指标", "数字化图像质检合格率", "≥99%", None),
            (None, None, "修复档案验收合格率", "≥98%", None),
            (None, "时效指标", "项目完成时间", "2027年12月31日前", None),
            (
                None,
                "成本指标",
                "档案数字化加工单价",
                mk(
                    "≤0.60元/页",
                    "B107",
                    "warning",
                    row=True,
                    note="0.60元/页 × 200万页 = 120万元 > 80万元",
                ),
                None,
            ),
            ("效益指标", "社会效益指标", "重点档案安全保管水平", "显著提升", None),
            (None, "可持续影响指标", "档案数字资源长期保存能力", "持续增强", None),
        ],
        merged=(1, 2),
    )
    b.file_mark("F106", "error", note="no 满意度指标: archives have users")
    b.file_mark("B102", "error", required=False, note="lines short if 35万35万 is not read as 35")
    detail_lines(
        s,
        1,
        "项目资金测算明细",
        [
            ("扫描加工", mk("35万35万", "X106", "error", alt=("B108",)), "外包加工"),
            ("档案修复", money(25), "3000卷"),
            ("质检及监理", money(12), None),
            ("设备购置", money(8), "高速扫描仪2台"),
        ],
    )
    return b


@variant(
    "iy16-archives-department-ok",
    (4, 5, 7, 10),
    "department, NAT-2021, head on one sheet and indicators on a second: points in the "
    "tier-1 labels matching the indicator points, header repeated, 填报说明",
)
def iy16() -> Book:
    b = Book()
    s = b.sheet("部门基本情况", widths=(16, 18, 30, 16, 16, 14))
    department_head(
        s,
        year=2027,
        dept="柘川市档案馆",
        budget=[(money(1580), money(1500), money(80), money(1120), money(460))],
        tasks=[
            ("档案接收征集", "接收到期档案进馆、征集散存档案", money(60), "接收进馆1.2万卷"),
            ("档案数字化", "馆藏档案数字化加工", money(220), "数字化150万页"),
            ("档案安全保管", "库房设施维护、消防安防", money(130), "档案实体安全"),
            ("档案编研利用", "查阅利用服务、编研出版", money(50), "利用服务6000人次"),
            ("金额合计", None, money(460), None),
        ],
        goal="目标1：接收进馆档案1.2万卷以上，数字化馆藏档案150万页；目标2：确保馆藏档案实体"
        "和信息安全；目标3：提供档案查阅利用服务6000人次以上，利用者满意度达到90%以上。",
    )
    t = b.sheet("绩效指标", widths=(18, 16, 30, 16, 10, 16))
    t.title("柘川市档案馆2027年度部门整体绩效指标", 6)
    header = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    t.row(*header)
    t.table(
        [
            ("产出指标（50分）", "数量指标", "接收进馆档案", "≥1.2万卷", 10, None),
            (None, None, "馆藏档案数字化", "≥150万页", 10, None),
            (None, "质量指标", "数字化成果验收合格率", "98%以上", 10, None),
            (None, None, "档案著录数据差错率", "≤0.5%", 10, None),
            (None, "时效指标", "档案查阅利用办理时限", "≤1个工作日", 10, "当场或次日"),
            ("成本指标（10分）", "经济成本指标", "档案数字化加工单价", "≤0.4元/页", 10, None),
        ],
        merged=(1, 2),
    )
    t.row(*header)  # repeated at the top of the second printed page
    t.table(
        [
            ("效益指标（30分）", "社会效益指标", "档案查阅利用服务人次", "≥6000人次", 10, None),
            (None, None, "档案资政服务作用", "有效发挥", 10, None),
            (
                None,
                "可持续影响指标",
                "馆藏档案安全事故",
                mk("0起", "*", "warning", required=False, row=True, note=ZERO_OK),
                10,
                None,
            ),
            ("满意度指标（10分）", "服务对象满意度指标", "档案利用者满意度", "≥90%", 10, None),
        ],
        merged=(1, 2),
    )
    t.row(
        "填报说明：1.一级指标后括号内为该指标分值，各项分值合计100分；2.指标值均为年度目标值。",
        merge=[(1, 6)],
    )
    return b


@variant(
    "iy17-transfer-three-years-wrong",
    (8, 13),
    "three-year project, NAT-2021, 中期 and 年度 columns: an annual count above its period "
    "count, a completion date from another year, a 完成率 given in 万页",
)
def iy17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 30, 18, 18, 14))
    project_head(
        s,
        year=2027,
        years=3,
        name="新馆档案整体移交进馆及数字化项目",
        dept="鹤湾县档案馆",
        unit="鹤湾县档案馆",
        attr="新增项目",
        money=[
            ("中期资金总额", money(360), "年度资金总额", money(120)),
            ("其中：财政拨款", money(360), "其中：财政拨款", money(120)),
            ("其他资金", money(0), "其他资金", money(0)),
        ],
        goals=[
            "三年内接收各立档单位移交档案10万卷，完成进馆档案数字化300万页，建成新馆数字档案"
            "管理系统。",
            "做好立档单位档案接收进馆，完成数字化100万页，年底前完成新馆库房搬迁。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "接收立档单位移交档案",
                "≥10万卷",
                mk("≥12万卷", "D201", "error", note="annual above the period"),
            ),
            (None, None, "进馆档案数字化", "≥300万页", "≥100万页"),
            (
                None,
                "质量指标",
                "档案数字化完成率",
                "300万页",
                mk("100万页", "T105", "error", row=True, note="a rate given as a count"),
            ),
            (None, None, "移交档案完整率", "≥98%", "≥98%"),
            (
                None,
                "时效指标",
                "新馆库房搬迁完成时间",
                "2027年12月31日前",
                mk(
                    "2025年12月31日前",
                    "Y102",
                    "error",
                    alt=("Y103", "Y101"),
                    note="a date before the project starts",
                ),
            ),
            ("成本指标", "经济成本指标", "档案数字化加工单价", "≤0.4元/页", "≤0.4元/页"),
            ("效益指标", "社会效益指标", "档案查阅利用服务能力", "显著提升", "逐步提升"),
            (None, "可持续影响指标", "档案安全保管条件", "持续改善", "逐步改善"),
            ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b
