"""Returns of the 区属学校: a canteen refit with a two-line header and points, equipment for a
primary school whose money does not add up, a three-year after-school service project."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout78.common import note, project_money, signatures
from tests.variants.holdout78.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


def _two_line(
    s: Sheet, top: tuple, below: tuple, merge: list[tuple[int, int]], down: tuple[int, ...]
) -> None:
    """A two-line header: ``top`` with its spans merged across, ``down`` columns merged over
    both lines."""
    s.row(*top, merge=merge)
    s.row(*below)
    for c in down:
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant(
    "kj03-sanzhong-canteen",
    (7, 10),
    "one-year project, NAT-2021, two-line header (绩效指标 over three tier columns, "
    "年度指标值 over 比较符 and 目标值), a 分值 column adding to 100, merged tiers",
)
def kj03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 10))
    s.title("2027年度项目支出绩效目标申报表", 6)
    note(s, "填报说明：请按附件格式填写，指标分值合计为100分，金额单位：万元。")
    project_head(
        s,
        year=2027,
        name="蓝桥区第三中学食堂提升改造",
        dept="蓝桥区教育局（318020）",
        unit="蓝桥区第三中学",
        attr="一次性项目",
        title="",
        money=project_money(158.0, 150.0, 8.0),
        goals=[
            "完成学校食堂就餐区和操作间改造，更新厨房设备，实现明厨亮灶，"
            "保障学生用餐安全，改善就餐环境。"
        ],
    )
    _two_line(
        s,
        ("绩效指标", None, None, "年度指标值", None, "分值"),
        ("一级指标", "二级指标", "三级指标", "比较符", "目标值", None),
        merge=[(1, 3), (4, 5)],
        down=(6,),
    )
    s.table(
        [
            ("产出指标", "数量指标", "食堂改造面积", "≥", "1200平方米", 10),
            (None, None, "更新厨房设备数量", "≥", "35台（套）", 10),
            (None, "质量指标", "改造工程验收合格率", "=", pct(1), 10),
            (None, "时效指标", "改造工程完工时间", None, "2027年8月20日前", 10),
            ("成本指标", "经济成本指标", "每平方米改造成本", "≤", "1000元/平方米", 10),
            ("效益指标", "社会效益指标", "学校食堂食品安全量化等级", None, "A级", 10),
            (None, None, "学生就餐环境", None, "明显改善", 10),
            (None, "可持续影响指标", "明厨亮灶监管机制", None, "建立并执行", 10),
            ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.85), 10),
            (None, None, "家长满意度", "≥", pct(0.85), 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    signatures(s, "林国栋", "高雅琴", "0579-86240118", (2026, 11, 12))
    return b


@variant(
    "kj04-shiyan-equipment",
    (1, 12),
    "one-year project, OLD-NAT, merged tiers, operators inside the values, a 计量单位 and a "
    "指标值设定依据 column: 财政拨款 + 其他资金 ≠ 资金总额, a rate given in 台",
)
def kj04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 14, 12, 14))
    project_head(
        s,
        year=2027,
        name="蓝桥区实验小学教学设备更新",
        dept="蓝桥区教育局（318020）",
        unit="蓝桥区实验小学",
        attr="一次性项目",
        money=project_money(85.0, 70.0, 10.0),
        goals=["更新交互式教学一体机、实验室仪器和录播设备，满足信息化教学和科学实验需要。"],
    )
    b.file_mark("B101", "error", note="资金总额 85 ≠ 财政拨款 70 + 其他资金 10, in both columns")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "采购交互式教学一体机数量", "≥48", "台", "计划标准"),
            (None, None, "更新科学实验室仪器套数", "≥6", "套", "计划标准"),
            (None, None, "建设录播教室数量", "≥2", "间", "计划标准"),
            (
                None,
                "质量指标",
                "设备安装调试合格率",
                mk("≥40", "T105", "error", note="a rate given as a count in 台"),
                "台",
                "行业标准",
            ),
            (None, None, "政府采购程序合规率", "=100", "%", "计划标准"),
            (None, "时效指标", "设备到货安装完成时间", "≤2027年8月31日", None, "计划标准"),
            (None, "成本指标", "一体机单台采购价格", "≤1.2", "万元/台", "历史标准"),
            ("效益指标", "社会效益指标", "信息化教学课时占比", "≥60", "%", "历史标准"),
            (None, "可持续影响指标", "设备正常使用年限", "≥6", "年", "行业标准"),
            ("满意度指标", "服务对象满意度指标", "任课教师满意度", "≥90", "%", "历史标准"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("校长：蒋文斌", None, "经办人：潘悦", None, "联系电话：0579-86241026")
    return b


@variant(
    "kj18-houke-three-years",
    (8,),
    "three-year project, NAT-2021, two-line header (指标值 over 中期 and 年度), unit column, "
    "merged tiers: two cumulative counts of the 中期 column copied into 年度",
)
def kj18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 12))
    project_head(
        s,
        year=2027,
        years=3,
        name="蓝桥区义务教育学校课后服务提质",
        dept="蓝桥区教育局（318020）",
        unit="蓝桥区教育局",
        money=project_money(270.0, 240.0, 30.0, annual=(90.0, 80.0, 10.0)),
        goals=[
            "三年内实现全区义务教育学校课后服务提质扩面，引入校外优质资源，"
            "形成课程丰富、管理规范的课后服务体系。",
            "本年度全区义务教育学校全部开展课后服务，引入校外专业机构课程，"
            "培训课后服务教师，家长满意度不低于90%。",
        ],
    )
    _two_line(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位"),
        (None, None, None, "中期指标值", "年度指标值", None),
        merge=[(4, 5)],
        down=(1, 2, 3, 6),
    )
    copied = "the period count copied into the annual column"
    s.table(
        [
            ("产出指标", "数量指标", "参与课后服务学生人次", "≥360000", "≥120000", "人次"),
            (
                None,
                None,
                "校外专业机构服务课时",
                "≥9000",
                mk("≥9000", "D202", "warning", note=copied),
                "课时",
            ),
            (
                None,
                None,
                "培训课后服务教师人次",
                "≥600",
                mk("≥600", "D202", "warning", note=copied),
                "人次",
            ),
            (None, None, "新建学生社团个数", "≥45", "≥15", "个"),
            (None, "质量指标", "课后服务学校覆盖率", "=100", "=100", "%"),
            (None, None, "校外机构课程审核通过率", "=100", "=100", "%"),
            (None, "时效指标", "服务经费拨付及时率", "≥95", "≥95", "%"),
            ("成本指标", "经济成本指标", "校外机构服务课时单价", "≤80", "≤80", "元/课时"),
            ("效益指标", "社会效益指标", "学生综合素质", "有效提升", "有效提升", None),
            (None, "可持续影响指标", "课后服务长效机制", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90", "≥90", "%"),
        ],
        merged=(1, 2),
    )
    signatures(s, "沈立群", "黄晓东", "0579-86240233", (2026, 11, 19))
    return b
