"""部门整体 tables from the budget system: a department table with key tasks and an export
footer, and one with a flat indicator list (everything invented)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout102.common import BEN, OUT, SAT, filled
from tests.variants.holdout102.exports import _footer
from tests.variants.holdout102.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant(
    "lh17-department-export",
    (4, 12),
    "部门整体支出绩效目标表 exported: 部门预算编码 line, "
    "budget block, key tasks with 金额合计, NAT-2021 tiers filled down, 打印时间 footer",
)
def lh17() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标")
    department_head(
        s,
        year=2026,
        dept="霁川市档案馆",
        budget=[
            (money(780, WAN), money(740, WAN), money(40, WAN), money(560, WAN), money(220, WAN)),
        ],
        tasks=[
            ("馆藏档案数字化", "完成馆藏档案数字化扫描及著录", money(120, WAN), "数字化档案40万页"),
            ("档案安全保管", "库房温湿度监控及消防设施维护", money(60, WAN), "库房安全无事故"),
            ("档案利用服务", "查档接待及编研出版", money(40, WAN), "接待查档1.5万人次"),
            ("金额合计", None, money(220, WAN), None),
        ],
        goal="完成馆藏档案数字化40万页，确保档案实体和信息安全，提升档案利用服务水平。",
    )
    s.row("部门预算编码", "431202", None, "单位名称", "霁川市档案馆", None, merge=[(2, 3), (5, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table(
        filled(
            [
                ("成本指标", "经济成本指标", "档案数字化单价", "≤3元/页"),
                (OUT, "数量指标", "档案数字化页数", "≥40万页"),
                (None, None, "接待查档利用", "≥1.5万人次"),
                (None, None, "编研出版成果", "≥2部"),
                (None, "质量指标", "数字化成果质检合格率", "≥99%"),
                (None, "时效指标", "查档申请办结时限", "≤5个工作日"),
                (BEN, "社会效益指标", "档案信息网上查询覆盖率", "≥60%"),
                (None, "可持续影响指标", "档案安全管理制度", "健全"),
                (SAT, "服务对象满意度指标", "查档群众满意度", "≥90%"),
            ]
        )
    )
    _footer(s)
    return b


@variant(
    "lh18-department-flat-money",
    (3, 12),
    "部门整体 table with a flat indicator list "
    "(指标名称 · 比较符 · 指标值 · 计量单位): 基本 + 项目 ≠ 资金总额, satisfaction over 100 %",
)
def lh18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2026,
        dept="澜溪区退役军人事务局",
        budget=[
            (
                mk(money(1960, WAN), "B101", "error", note="1320 + 580 = 1900 ≠ 1960"),
                money(1800, WAN),
                money(160, WAN),
                money(1320, WAN),
                money(580, WAN),
            ),
        ],
        tasks=[
            ("优抚对象抚恤补助", "按标准发放定期抚恤补助", money(200, WAN), "按时足额发放"),
            ("退役士兵就业培训", "组织职业技能培训和招聘会", money(180, WAN), "培训400人"),
            ("光荣院运行保障", "保障集中供养对象生活照料", money(200, WAN), "供养对象安全稳定"),
            ("金额合计", None, money(580, WAN), None),
        ],
        goal="落实优抚政策，做好退役士兵就业培训和光荣院运行保障。",
    )
    s.row("序号", "指标名称", "比较符", "指标值", "计量单位", "备注")
    s.table(
        [
            (1, "定期抚恤补助发放人数", "≥", 860, "人", None),
            (2, "抚恤补助按时发放率", "=", pct(1), "%", None),
            (3, "退役士兵技能培训人数", "≥", 400, "人", None),
            (4, "培训后就业率", "≥", pct(0.7), "%", None),
            (5, "光荣院集中供养人数", "≥", 45, "人", None),
            (6, "光荣院安全责任事故", "=", 0, "起", None),
            (7, "人均培训成本", "≤", 4500, "元/人", None),
            (
                8,
                "优抚对象满意度",
                "≥",
                mk(pct(1.05), "T106", "error", note="a satisfaction of 105 %"),
                "%",
                None,
            ),
        ]
    )
    s.row("单位负责人：", "任志刚", "填报人：", "葛晓", None, None)
    return b
