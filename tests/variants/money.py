"""Item 12: money in every block (tasks against the total, prior-year columns, 基本支出 +
项目支出 = 合计, shares against amounts)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.kit import Book, mk, pct, variant

ONE = ["一级指标", "二级指标", "三级指标", "指标值"]


def _shares(amounts: tuple[float, ...]) -> tuple[object, ...]:
    return tuple(pct(round(a / amounts[0], 4), "0.00%") for a in amounts)


@variant("m01-department-money", (12,), "department, NAT-2021: budget with shares, key tasks "
         "with a 金额合计, all consistent")  # fmt: skip
def m01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    amounts = (3600.0, 3200.0, 400.0, 1400.0, 2200.0)
    department_head(
        s, year=2025, dept="青岚市教育局", budget=[amounts, _shares(amounts)],
        tasks=[("学前教育普惠保障", "普惠性幼儿园生均补助", 900, "普惠性幼儿园覆盖率达到90%"),
               ("义务教育薄弱环节改善", "12所学校校舍维修和设备更新", 800, "改善办学条件"),
               ("教师队伍建设", "教师全员培训和乡村教师补助", 500, "培训教师3000人次"),
               ("金额合计", None, 2200, None)],
        goal="巩固义务教育基本均衡成果，扩大普惠性学前教育资源，提升教师队伍素质。",
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "改善办学条件学校数", "≥12所"],
        [None, None, "教师培训人次", "≥3000人次"],
        [None, "质量指标", "校舍维修工程验收合格率", "=100%"],
        [None, "时效指标", "生均补助资金拨付及时率", "≥95%"],
        ["成本指标", "经济成本指标", "人均教师培训费用", "≤1500元/人次"],
        ["效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥90%"],
        [None, "可持续影响指标", "教师培训长效机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "m02-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share that does not match its amount, tasks not adding to 金额合计",
)
def m02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="临溪县林业局",
        budget=[(mk(3000, "B101", "error", note="1200 + 1700 = 2900"), 2600, 400, 1200, 1700),
                (pct(1), mk(pct(0.8), "B111", "error", note="2600 / 3000 = 86.67%"),
                 pct(0.1333, "0.00%"), pct(0.4, "0.00%"), pct(0.5667, "0.00%"))],
        tasks=[("森林防火", "防火物资和巡护队伍", 600, "全年不发生重大森林火灾"),
               ("国土绿化", "新造林和退化林修复", 500, "完成造林1.2万亩"),
               ("林业有害生物防治", "松材线虫病监测和除治", 700, "成灾率控制在指标内"),
               ("金额合计", None, mk(1700, "B102", "error", note="600 + 500 + 700 = 1800"),
                None)],
        goal="加强森林资源保护，推进国土绿化，防控林业有害生物。",
    )  # fmt: skip
    s.table([
        ONE,
        ["产出指标", "数量指标", "完成新造林面积", "≥1.2万亩"],
        [None, None, "松材线虫病疫木除治株数", "≥30000株"],
        [None, "质量指标", "造林成活率", "≥85%"],
        [None, "时效指标", "造林任务完成时间", "2025年6月30日前"],
        ["成本指标", "经济成本指标", "亩均造林补助", "≤300元/亩"],
        ["效益指标", "生态效益指标", "森林覆盖率", "≥62%"],
        [None, None, "林业有害生物成灾率", "≤3‰"],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("m03-prior-year-block", (12,), "project, OLD-NAT: a prior-year block with one column "
         "per year, one year's total wrong; detail lines consistent")  # fmt: skip
def m03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="城市数字化管理平台运行维护", dept="青岚市城市管理局",
        unit="青岚市数字化城市管理中心",
        money=[("年度资金总额", 360, "其中：财政拨款", 340), (None, None, "其他资金", 20)],
        goals=["保障数字化城管平台全年稳定运行，案件按期结案率不低于95%。"],
    )  # fmt: skip
    s.row("以前年度资金情况（万元）", "项目", "2022年", "2023年", "2024年", None)
    s.row(None, "预算数合计", 300, 320, mk(350, "B101", "error", note="310 + 30 = 340"), None)
    s.row(None, "其中：财政拨款", 280, 300, 310, None)
    s.row(None, "其他资金", 20, 20, 30, None)
    s.row(None, "执行数", 296, 318, 339, None)
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    s.row("支出明细", "信息采集外包服务", 210, None, None, None)
    s.row(None, "平台软件运维", 90, None, None, None)
    s.row(None, "视频监控点位租赁", 60, None, None, None)
    s.row(None, "合计", 360, None, None, None)
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    s.table([
        ONE,
        ["产出指标", "数量指标", "城市管理问题采集案件数", "≥150000件"],
        [None, None, "视频监控点位", "≥800个"],
        [None, "质量指标", "案件按期结案率", "≥95%"],
        [None, "时效指标", "平台故障修复时限", "≤4小时"],
        [None, "成本指标", "每件案件采集成本", "≤14元/件"],
        ["效益指标", "社会效益指标", "城市管理问题发现率", "≥90%"],
        [None, "可持续影响指标", "平台运行维护制度", "健全"],
        ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b
