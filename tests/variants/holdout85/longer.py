"""Long projects with weights and a 年度 column that goes wrong: filled-down tiers with 权重,
money and counts of the year above the period's (kq17–kq18)."""

from __future__ import annotations

from tests.variants.holdout85.forms import footer, head, w
from tests.variants.holdout85.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant(
    "kq17-water-supply-weights",
    (8, 10),
    "水利 five-year project, NAT-2021, tiers filled down, columns 计量单位 · 比较符 · "
    "实施期目标值 · 年度目标值 · 权重 adding up to 100",
)
def kq17() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 12, 8, 16, 16, 8))
    head(
        s,
        name="城乡供水一体化工程",
        dept="临川县水利局（214）",
        unit="临川县供水总公司",
        mid=(8500, 6500, 2000),
        ann=(1800, 1400, 400),
        years=5,
        goals=(
            "2026年—2030年新建改造供水管网420公里，新建（扩建）水厂3座，农村自来水普及率"
            "达到98%，实现城乡供水同源、同网、同质。",
            "2026年新建改造供水管网90公里，建成1座水厂，农村自来水普及率达到93%。",
        ),
    )
    s.row(
        "一级指标",
        "二级指标",
        "三级指标",
        "计量单位",
        "比较符",
        "实施期目标值",
        "年度目标值",
        "权重",
    )
    s.table(
        [
            ("产出指标", "数量指标", "新建改造供水管网", "公里", "≥", 420, 90, 10),
            ("产出指标", "数量指标", "新建（扩建）水厂", "座", "≥", 3, 1, 8),
            ("产出指标", "数量指标", "安装智能水表", "户", "≥", 38000, 8000, 7),
            ("产出指标", "质量指标", "出厂水水质达标率", "%", "=", pct(1), pct(1), 10),
            ("产出指标", "质量指标", "管网漏损率", "%", "≤", pct(0.09), pct(0.12), 8),
            ("产出指标", "时效指标", "年度建设任务完成率", "%", "≥", pct(0.95), pct(0.95), 7),
            ("成本指标", "经济成本指标", "供水管网单位造价", "万元/公里", "≤", 15, 15, 10),
            ("效益指标", "社会效益指标", "农村自来水普及率", "%", "≥", pct(0.98), pct(0.93), 10),
            ("效益指标", "社会效益指标", "受益人口", "万人", "≥", 12.5, 2.8, 8),
            ("效益指标", "生态效益指标", "水源地保护区划定完成率", "%", "=", pct(1), pct(1), 5),
            ("效益指标", "可持续影响指标", "供水工程县级统管率", "%", "≥", pct(0.9), pct(0.6), 7),
            ("满意度指标", "服务对象满意度指标", "用水户满意度", "%", "≥", pct(0.9), pct(0.9), 10),
            ("合计", None, None, None, None, None, None, 100),
        ]
    )
    footer(s, "符建明", "0794-8862317", "2025年11月25日", leader="吴承志")
    return b


@variant(
    "kq18-highway-annual-above-copied",
    (8, 12),
    "交通 three-year project, OLD-NAT, operators inside the values and a unit column: "
    "年度资金总额 above 中期资金总额, two cumulative counts copied from 中期 into 年度",
)
def kq18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 16, 16, 12))
    head(
        s,
        name="国省干线公路大中修养护工程",
        dept="澄江市交通运输局（120）",
        unit="澄江市公路养护中心",
        mid=(2600, 2200, 400),
        ann=(
            mk(w(2750), "B103", "error", row=True, note="年度 2750 above the period's 2600"),
            ok(w(2750), "error", note="follows from the same slip"),
            w(0),
        ),
        attr="延续项目",
        goals=(
            "2026年—2028年完成国省干线公路大中修180公里，桥梁预防性养护36座，优良路率"
            "保持在90%以上。",
            ok("2026年完成国省干线大中修60公里，桥梁预防性养护12座，增设安全设施30公里。"),
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "干线公路大中修里程",
                "≥180",
                mk(
                    "≥180",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="copied from 中期; the text says 60",
                ),
                "公里",
            ),
            (
                None,
                None,
                "桥梁预防性养护",
                "≥36",
                mk(
                    "≥36",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="copied from 中期; the text says 12",
                ),
                "座",
            ),
            (None, None, "增设交通安全设施里程", "≥90", "≥30", "公里"),
            (None, "质量指标", "大中修工程交工验收合格率", "=100%", "=100%", "%"),
            (None, None, "国省干线优良路率", "≥90%", "≥90%", "%"),
            (None, "时效指标", "年度养护计划完成率", "≥95%", "≥95%", "%"),
            (None, "成本指标", "大中修每公里平均造价", "≤12", "≤12", "万元/公里"),
            ("效益指标", "社会效益指标", "路面技术状况指数（PQI）", "≥85", "≥83", "分"),
            (None, None, "因路况原因导致的交通事故", "≤3", "≤1", "起"),
            (None, "可持续影响指标", "养护长效管理机制", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "公众出行满意度", "≥90%", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "石建林", "0730-8231174", "2025年11月21日")
    return b
