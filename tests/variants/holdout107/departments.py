"""Two 部门整体 returns: 水务局 (tiered, correct), 园林局 (flat list, money wrong): lm17, lm18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout107.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant(
    "lm17-shuiwu-bumen",
    (12,),
    "department, NAT-2021, budget and key tasks adding up, 比较符 and 计量单位 columns, "
    "merged tiers",
)
def lm17() -> Book:
    b = Book()
    s = b.sheet("部门整体", (18, 18, 30, 14, 16, 12))
    department_head(
        s,
        year=2027,
        dept="汀岸市水务局",
        filled=day(2026, 11, 16),
        budget=[
            (
                money(8600, WAN),
                money(8200, WAN),
                money(400, WAN),
                money(3100, WAN),
                money(5500, WAN),
            ),
        ],
        tasks=[
            (
                "防汛抗旱",
                "山洪灾害监测预警、防汛物资储备、水旱灾害防御",
                money(1200, WAN),
                "汛期不发生因灾责任性死亡事故",
            ),
            (
                "供排水设施运维",
                "城区供水管网、泵站及排水管网日常运维",
                money(2600, WAN),
                "城区供水保证率98%以上",
            ),
            (
                "水资源保护",
                "饮用水水源地保护、取水许可监管",
                money(900, WAN),
                "集中式饮用水水源地水质达标率100%",
            ),
            (
                "河湖长制",
                "河湖巡查、“清四乱”整治、河湖健康评价",
                money(800, WAN),
                "河湖“四乱”问题整改销号",
            ),
            ("金额合计", None, money(5500, WAN), None),
        ],
        goal="全面落实防汛抗旱、供排水保障、水资源保护和河湖长制各项任务，保障全市水安全。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "城区排水管网单位养护成本", "≤", 1.6, "万元/公里"),
            ("产出指标", "数量指标", "城区排水管网养护长度", "≥", 420, "公里"),
            (None, None, "开展河湖巡查", "≥", 2400, "次"),
            (None, None, "储备防汛物资品类", "≥", 25, "类"),
            (None, None, "饮用水水源地水质监测", "≥", 12, "次"),
            (None, "质量指标", "城区供水保证率", "≥", pct(0.98), "%"),
            (None, None, "集中式饮用水水源地水质达标率", "=", pct(1), "%"),
            (None, None, "河湖“四乱”问题整改销号率", "≥", pct(0.95), "%"),
            (None, "时效指标", "山洪灾害预警信息发布时限", "≤", 30, "分钟"),
            ("效益指标", "社会效益指标", "汛期因灾责任性死亡人数", "=", 0, "人"),
            (None, "生态效益指标", "重点河湖水质优良比例", "≥", pct(0.85), "%"),
            (None, "可持续影响指标", "河湖长制工作机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "群众对城区供水服务满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("部门负责人：尹建国", None, "财务负责人：柯莉", None, "填报人：方亮")
    return b


@variant(
    "lm18-yuanlin-bumen-flat",
    (3, 12),
    "department, flat list (指标名称 · 比较符 · 指标值 · 计量单位); "
    "资金总额 ≠ 基本支出 + 项目支出, tasks not adding up to 金额合计",
)
def lm18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 14, 16, 12))
    department_head(
        s,
        year=2027,
        dept="汀岸市园林局",
        filled=day(2026, 11, 17),
        budget=[
            (
                mk(money(4200, WAN), "B101", "error", note="基本 1500 + 项目 2600 = 4100"),
                money(4000, WAN),
                money(200, WAN),
                money(1500, WAN),
                money(2600, WAN),
            ),
        ],
        tasks=[
            ("城区绿地养护", "公共绿地、行道树日常养护", money(1800, WAN), "养护质量达标率95%以上"),
            ("公园管理", "市级公园日常管理及设施维护", money(450, WAN), "公园设施完好率95%以上"),
            ("古树名木保护", "古树名木普查建档及复壮", money(120, WAN), "古树名木挂牌保护率100%"),
            ("园林绿化提升", "城区节点绿化提升改造", money(300, WAN), "完成绿化提升节点10个"),
            (
                "金额合计",
                None,
                mk(money(2600, WAN), "B102", "error", note="1800 + 450 + 120 + 300 = 2670"),
                None,
            ),
        ],
        goal="做好城区公共绿地养护和公园管理，保护古树名木，推进城区节点绿化提升，改善城市人居环境。",
    )
    s.row("年度绩效指标", "指标名称", None, "比较符", "指标值", "计量单位", merge=[(2, 3)])
    top = s.r
    rows = [
        ("养护公共绿地面积", "≥", 280, "万平方米"),
        ("管理市级公园", "≥", 9, "个"),
        ("古树名木普查建档", "≥", 360, "株"),
        ("完成绿化提升节点", "≥", 10, "个"),
        ("绿地养护质量达标率", "≥", pct(0.95), "%"),
        ("公园设施完好率", "≥", pct(0.95), "%"),
        ("古树名木挂牌保护率", "=", pct(1), "%"),
        ("绿化提升工程完工时间", "≤", "2027年10月31日", None),
        ("城区绿化覆盖率", "≥", pct(0.42), "%"),
        ("人均公园绿地面积", "≥", 14.5, "平方米"),
        ("市民满意度", "≥", pct(0.9), "%"),
    ]
    for r in rows:
        s.row(None, r[0], None, *r[1:], merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("填报人：庞雪", None, "联系电话：0771-5839127")
    return b
