"""Faecal sludge collection, treatment and reuse (厕所粪污处理): khn07–khn12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout888.common import (
    PERIOD,
    indicators,
    multi_year,
    notes,
    one_year,  # fmt: skip
    signature,
    start,
)
from tests.variants.holdout888.registry import variant
from tests.variants.kit import DATE, Book, C, day, mk, money, pct

POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("khn07-sludge-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates equal in both, a later year the work prepares for (correct)")  # fmt: skip
def khn07() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="桐坪县厕所粪污集中处理设施建设",
                 dept="桐坪县农业农村局 116", unit="桐坪县农村人居环境整治中心",
                 money=multi_year((900, 800, 100), (300, 260, 40)),
                 goals=["2025—2027年在全县12个乡镇各建成厕所粪污集中处理站1座，配套吸粪车24辆，"
                        "粪污无害化处理率达到90%以上，为2028年全县推广积累运维经验。",
                        "2025年建成粪污处理站4座，配置吸粪车8辆，"
                        "粪污无害化处理率达到85%以上。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "粪污集中处理站建成数", "≥12座", "≥4座"),
        (None, None, "吸粪车配置数", "≥24辆", "≥8辆"),
        (None, "质量指标", "处理站出水达标率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单座处理站建设成本", "≤55万元/座", "≤55万元/座"),
        (None, None, "吸粪车购置单价", "≤8万元/辆", "≤8万元/辆"),
        ("效益指标", "生态效益指标", "厕所粪污无害化处理率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "处理站运维管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "桐坪县农业农村局", "庹明远", "0738-5520196", day(2024, 11, 28))
    return b


@variant("khn08-sludge-period-defects", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period's, "
         "a count copied from 中期, last year's task left in the 年度目标")  # fmt: skip
def khn08() -> Book:
    b, s = start()
    annual = mk(
        "2025年建设村级粪污暂存池30个、粪渣堆肥点2处，并完成2024年度改厕户粪污清运任务。",
        "Y103",
        "warning",
        note="去年的任务留在今年的年度目标里",
    )
    project_head(s, year=2025, years=2, name="柘口县粪污暂存与资源化利用项目",
                 dept="柘口县农业农村局 233", unit="柘口县农业生态站",
                 money=multi_year((400, 360, 40), (220, 200, 20)),
                 goals=["2025—2026年建设村级粪污暂存池60个，建成粪渣堆肥点4处，粪渣资源化利用率"
                        "达到80%以上。", annual])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "村级粪污暂存池建设数", "≥60个",
         mk("≥70个", "D201", "error", alt=("D104",),
            note="年度70个超过实施期60个，年度目标只写30个")),
        (None, None, "粪渣堆肥点建成数", "≥4处",
         mk("≥4处", "D202", "warning", alt=("D104",),
            note="两年期累计数照抄中期值，年度目标写2处")),
        (None, "时效指标", "建设任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "暂存池单个建设成本", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "生态效益指标", "粪渣资源化利用率", "≥80%", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "项目村农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khn09-sludge-truck-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to "
    "100, a clean-out rate raised in 百分点, cost × count within the money (correct)",
)
def khn09() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 18, 8))
    project_head(s, year=2025, name="霞洲县改厕户粪污清掏服务能力建设",
                 dept="霞洲县农业农村局 207", unit="霞洲县农村环境服务中心",
                 money=one_year(160, 150, 10),
                 goals=["购置吸粪车5辆（单价不超过30万元），为6000户以上改厕农户提供定期清掏服务，"
                        "粪污无害化处理率达到90%以上。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "吸粪车购置数", "≥5辆", 15),
        (None, None, None, "定期清掏服务户数", "≥6000户", 10),
        (None, None, "质量指标", "车辆验收合格率", "=100%", 15),
        (None, None, "时效指标", "车辆交付使用时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "吸粪车购置单价", "≤30万元/辆", 10),
        ("效益指标", 30, "社会效益指标", "粪污清掏及时率", "提高≥10百分点", 10),
        (None, None, "生态效益指标", "粪污无害化处理率", "≥90%", 10),
        (None, None, "可持续影响指标", "清掏服务运行机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "清掏服务农户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "注：一级指标分值与三级指标分值分别合计为100分，不重复计算。")
    return b


@variant(
    "khn10-points-lines-defects",
    (10, 12),
    "project, NAT-2021, tier-1 and indicator score columns, detail lines under the table: "
    "a tier score against its indicators, lines against their total, unit cost × count",
)
def khn10() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 18, 8))
    project_head(s, year=2025, name="蒲垟县粪污收运体系建设", dept="蒲垟县农业农村局 141",
                 unit="蒲垟县农村改厕服务站", money=one_year(200, 180, 20),
                 goals=["购置吸粪车6辆，建设乡镇粪污中转点4处，培训清掏人员60人次。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="产出多出的5分也使指标分值合计为105")
    indicators(s, POINTS, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值15+15+15+10 = 55"),
         "数量指标", "吸粪车购置数", "≥6辆", 15),
        (None, None, None, "乡镇粪污中转点建设数", "≥4处", 15),
        (None, None, "质量指标", "中转点验收合格率", "≥95%", 15),
        (None, None, "时效指标", "设备交付时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "吸粪车购置单价",
         mk("≤35万元/辆", "B107", "warning", row=True,
            note="35万元 × 6辆 = 210万元，超过年度资金200万元和购置明细150万元"), 10),
        ("效益指标", 30, "社会效益指标", "清掏人员培训人次", "≥60人次", 10),
        (None, None, "生态效益指标", "粪污无害化处理率", "≥90%", 20),
        ("满意度指标", 10, "服务对象满意度指标", "改厕农户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for item, amount in (("吸粪车购置", 150), ("粪污中转点建设", 40), ("清掏人员培训", 8)):
        s.row(None, item, None, money(amount), merge=[(2, 3)])
    s.row(None, "合计", None, mk(money(200), "B102", "error", note="150 + 40 + 8 = 198"),
          merge=[(2, 3)])  # fmt: skip
    return b


@variant("khn11-sludge-export", (4, 7),
         "budget-system export: money on 「部门项目支出预算05-1」, indicators on "
         "「部门项目支出绩效目标05-2」 with codes in the first columns, header 绩效目标值 on the "
         "third row, a repeated header after a page break, 说明 rows (correct)")  # fmt: skip
def khn11() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 16, 26, 12, 10, 10, 10))
    s.title("2026年度部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row("309012", "鸬湾镇人民政府", "厕所粪污资源化利用项目", "一次性项目",
          money(85), money(80), money(5))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 22, 12, 14, 26, 10, 12, 10))
    t.title("2026年度部门项目支出绩效目标表", 8)
    t.row("单位：鸬湾镇人民政府", None, None, None, None, None, "金额单位：万元")
    code, proj = "309012", "厕所粪污资源化利用项目"
    header = ("单位编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
              "绩效目标值", "计量单位")  # fmt: skip
    indicators(t, header, [
        (code, proj, "产出指标", "数量指标", "粪污资源化利用站点建成数", "≥", 3, "处"),
        (code, proj, None, None, "粪渣有机肥产量", "≥", 1200, "吨"),
        (code, proj, None, "质量指标", "有机肥检测达标率", "≥", 95, "%"),
        (code, proj, None, "时效指标", "站点投入运行时间", "≤", day(2026, 10, 31, DATE), ""),
        (code, proj, None, "成本指标", "单个站点建设补助", "≤", 25, "万元/处"),
    ], merged=(3, 4))  # fmt: skip
    t.row("（续表）")
    t.table([header,
              (code, proj, "效益指标", "生态效益指标", "厕所粪污资源化利用率", "≥", 80, "%"),
              (code, proj, None, "经济效益指标", "有机肥替代化肥节约支出", "≥", 30, "万元"),
              (code, proj, "满意度指标", "服务对象满意度指标", "周边农户满意度", "≥", 90, "%")],
             merged=(3, 4))  # fmt: skip
    notes(t, "说明：1. 本表由预算管理一体化系统导出；2. 有机肥产量按堆肥后干重计。", width=8)
    notes(t, "填表说明：指标性质填写≥、≤、=或定性。", width=8)
    return b


@variant(
    "khn12-second-sheet-defects",
    (7, 9),
    "project head on 基本信息, indicators on 绩效指标 under 考核指标 / 预期实现值: plan dates "
    "from another year, a date serial as text, a satisfaction rate under 社会效益",
)
def khn12() -> Book:
    b, s = start("基本信息")
    project_head(s, year=2025, name="柘口县厕所粪污收运处理项目", dept="柘口县农业农村局 233",
                 unit="柘口县农村改厕服务站", money=one_year(90, 90, 0),
                 start=mk(day(2024, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="标题2025年度，计划起止日期却是2024年（去年的表未改）"),
                 end=day(2024, 12, 31),
                 goals=["2025年为全县3200户改厕农户提供粪污收运服务，"
                        "建成粪污处理点3处。"])  # fmt: skip
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "粪污收运服务户数", "≥3200户"),
        (None, None, "粪污处理点建成数", "≥3处"),
        (None, "质量指标", "粪污收运规范率", pct(0.95)),
        (None, "时效指标", "处理点建成时间",
         mk(C("45930"), "X104", "warning", note="文本单元格里的日期序列号（2025-09-30）")),
        (None, "成本指标", "单户年收运成本", "≤200元/户"),
        ("效益指标", "社会效益指标", "改厕户收运服务满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度指标填在社会效益指标下")),
        (None, "生态效益指标", "粪污无害化处理率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "处理点周边群众满意度", "≥85%"),
    ])  # fmt: skip
    return b
