"""Returns sc13–sc18: 冷链物流 (产地冷藏保鲜, 共同配送, 集配中心) and 再生资源回收."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout279.common import (
    book,
    budget,
    funds,
    funds_period,
    indicators,
    notes,
    page_break,
    signature,
    tasks,
)
from tests.variants.holdout279.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

COLD = [
    ("*产出指标", "*数量指标", "新建产地冷藏保鲜库", "座", "≥24", "≥14"),
    (None, None, "新增冷藏库容", "吨", "≥12000", "≥7000"),
    (None, None, "购置冷藏运输车辆", "辆", "≥10", "≥6"),
    (None, "*质量指标", "冷库建设验收合格率", "%", pct(0.95), pct(0.95)),
    (None, "*时效指标", "冷库投入使用时间", None, "2026年10月31日前", "2025年12月31日前"),
    ("*成本指标", "*经济成本指标", "冷库建设补助标准", "元/吨", "≤800", "≤800"),
    ("*效益指标", "*经济效益指标", "果蔬产后损耗率降低", "百分点", "≥5", "≥3"),
    (None, "*社会效益指标", "服务带动农户数", "户", "≥2400", "≥1400"),
    ("*满意度指标", "*服务对象满意度指标", "使用冷库的合作社和农户满意度", "%", pct(0.9),
     pct(0.9)),
]  # fmt: skip


@variant("sc13-cold-storage-period", (8, 1, 5),
         "two-year project, NAT-2021, tier labels marked *, unit column, 中期 and 年度 "
         "columns with typed percents, rates equal and counts rising (correct)")  # fmt: skip
def cold_storage_period() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, attr="新增项目",
                 name="柘塘县农产品产地冷藏保鲜设施建设项目",
                 dept="柘塘县供销合作社联合社 318001", unit="柘塘县供销冷链物流有限公司",
                 money=funds_period((1200, 1000, 200), (700, 600, 100)),
                 goals=["2025—2026年建成产地冷藏保鲜库24座、新增库容1.2万吨，果蔬产后损耗率"
                        "降低5个百分点。",
                        "2025年建成冷藏保鲜库14座、新增库容7000吨，损耗率降低3个"
                        "百分点。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值")
    indicators(s, head, COLD)
    notes(s, "填表说明：带*的指标为必填项；“百分点”指损耗率较项目实施前降低的百分点数。")
    signature(s, "贺兰舟", "0731-6215408", day(2024, 12, 10))
    return b


RECYCLE = [
    ("产出指标", "数量指标", "新建改造社区回收站点", "≥60个"),
    (None, None, "建成区级分拣中心", "≥1个"),
    (None, "质量指标", "分拣中心环保验收合格率", "100%"),
    (None, "时效指标", "分拣中心投入运营时间", "2025年11月30日前"),
    (None, "成本指标", "回收站点改造补助标准", "≤2万元/个"),
    ("效益指标", "经济效益指标", "再生资源年回收量", "≥3.5万吨"),
    (None, "生态效益指标", "废旧农膜回收率", "≥85%"),
    ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
]  # fmt: skip


@variant("sc14-recycle-artefacts", (9, 12),
         "project, OLD-NAT, one value column, 资金明细 lines below the table: a total split by "
         "a space, a date serial in a text cell, an amount pasted twice")  # fmt: skip
def recycle_artefacts() -> Book:
    b, s = book()
    total = mk("260.5 0", "X105", "warning", alt=("X103",), note="read as 260.50 = 200 + 60.5")
    start = mk("45658", "X104", "warning", note="2025-01-01 as a serial in a text cell")
    project_head(s, year=2025, name="芦湾区再生资源回收网络建设项目",
                 dept="芦湾区供销合作社联合社 511002", unit="芦湾区再生资源回收利用有限公司",
                 money=funds(total, 200, 60.5), start=start,
                 goals=["新建改造社区回收站点60个，建成分拣中心1个，再生资源年回收量"
                        "3.5万吨以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), RECYCLE)
    s.skip()
    s.row("资金明细", merge=[(1, 4)])
    s.row("序号", "明细项目", "金额（万元）", "测算依据")
    s.table([
        (1, "回收站点改造补助", money(120, WAN), "60个×2万元"),
        (2, "分拣中心设备购置", mk("80万80万", "X106", "error", alt=("B108",),
                                   note="80万 pasted twice; read as 80 the lines add up"),
         "打包机、破碎线等"),
        (3, "运营及人员培训补贴", money(60.5, WAN), "按运营方案测算"),
        ("合计", None, money(260.5, WAN), None),
    ])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="only if the split total is misread")
    b.file_mark("B102", "error", required=False, note="only if 80万80万 is read as 8080")
    signature(s, "霍屿青", "0577-8861034", day(2024, 12, 9))
    return b


CHAIN = [
    ("产出指标", "数量指标", "冷链共同配送线路", "正向", "≥", 8, "条"),
    (None, None, "冷链配送覆盖乡镇", "正向", "≥", 14, "个"),
    (None, None, "投入冷藏配送车辆", "正向", "≥", 10, "辆"),
    (None, "质量指标", "全程温控达标率", "正向", "≥", 98, "%"),
    (None, None, "果蔬冷链流通损耗率", "反向", "≤", 8, "%"),
    (None, "时效指标", "乡镇订单配送时长", "反向", "≤", 24, "小时"),
    (None, "成本指标", "冷藏车辆租赁补贴标准", "反向", "≤", 15, "万元/辆"),
    ("效益指标", "经济效益指标", "冷链断链损耗下降率", "正向", "≥", 10, "%"),
    (None, "社会效益指标", "冷链运输安全事故发生数", "反向", "≤", 0, "起"),
    (None, "可持续影响指标", "共同配送运营机制", "定性", None, "健全", None),
    ("满意度指标", "服务对象满意度指标", "合作社及商户满意度", "正向", "≥", 90, "%"),
]  # fmt: skip


@variant("sc15-chain-direction-column", (11, 7),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers with a "
         "unit column, a 下降率 with ≥ and a 0起 incident count, a 说明 row inside "
         "(correct)")  # fmt: skip
def chain_direction_column() -> Book:
    b, s = book("Sheet1", (16, 16, 28, 12, 12, 14, 12))
    project_head(s, year=2025, name="鹤岙县县域冷链物流共同配送项目",
                 dept="鹤岙县商务局 604", unit="鹤岙县供销冷链物流有限公司",
                 money=funds(210, 180, 30),
                 goals=["开通冷链共同配送线路8条，覆盖全县14个乡镇，果蔬冷链流通损耗率控制在8%"
                        "以内。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 7)])
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    s.row("说明：指标性质填正向、反向或定性；指标方向填≥或≤，定性指标不填。", merge=[(1, 7)])
    s.table(CHAIN, merged=(1, 2))
    signature(s, "谷怀远", "0576-7720918", day(2024, 12, 13))
    return b


HUB = [
    ("产出指标", "数量指标", "新建冷库建筑面积", "≥1500平方米"),
    (None, None, "新增冷库库容", "≥5000吨"),
    (None, None, "配备冷藏运输车辆", "≥8辆"),
    (None, "质量指标", "冷库工程验收合格率", "≥95%"),
    (None, None, "冷藏运输温控超标率",
     mk("≥1%", "T108", "warning", row=True, note="反向 rate with ≥: should be ≤1%")),
    (None, "时效指标", "冷库主体工程完工时间",
     mk("100%", "T113", "warning", note="a completion deadline given as a percentage")),
    ("成本指标", "经济成本指标", "冷库建设单位造价",
     mk("=2800元/平方米", "T108", "warning", row=True, note="= on a cost cap: should be ≤")),
    ("效益指标", "经济效益指标", "集配中心年冷链吞吐量", "≥3万吨"),
    (None, "社会效益指标", "服务带动农民合作社数量", "≥40家"),
    ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥90%"),
]  # fmt: skip


@variant("sc16-hub-direction", (11,),
         "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a cost cap with "
         "=, a completion deadline given as 100%")  # fmt: skip
def hub_direction() -> Book:
    b, s = book()
    project_head(s, year=2025, name="栖梧市农产品冷链集配中心建设项目",
                 dept="栖梧市供销合作社 402", unit="栖梧市供销冷链集配有限公司",
                 money=funds(560, 500, 60), attr="一次性项目",
                 goals=["建成冷链集配中心1个、冷库1500平方米，年冷链吞吐量3万吨"
                        "以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), HUB)
    signature(s, "滕秋实", "0739-5182260", day(2024, 11, 29))
    return b


NETWORK_OUT = [
    ("产出指标", "数量指标", "补助再生资源回收网点数量", "≥45个", 10),
    (None, None, "废旧农膜回收量", "≥1200吨", 10),
    (None, "质量指标", "回收网点规范化达标率", "≥90%", 10),
    (None, "时效指标", "农膜回收处置补贴发放时间", "2025年12月15日前", 5),
    ("小计", None, None, None, 35),
]
NETWORK_REST = [
    ("成本指标", "经济成本指标", "单个回收网点运营补助", "≤2万元", 10),
    (None, None, "废旧农膜回收处置补贴标准", "≤500元/吨", 5),
    ("效益指标", "生态效益指标", "废旧农膜回收率", "≥85%", 15),
    (None, "经济效益指标", "再生资源回收交易额增长率", "≥8%", 10),
    (None, "社会效益指标", "回收环节安全生产事故", "0起", 5),
    (None, "可持续影响指标", "接入回收信息平台的网点占比", "≥90%", 10),
    ("满意度指标", "服务对象满意度指标", "回收网点经营户满意度", "≥90%", 10),
    ("小计", None, None, None, 65),
    ("合计", None, None, None, 100),
]  # fmt: skip


@variant("sc17-network-page-break", (4, 12),
         "department, NAT-2021, weight column: column-code row, header repeated after a page "
         "break, 小计 and 合计 rows, 注 and signature lines (correct)")  # fmt: skip
def network_page_break() -> Book:
    b, s = book("部门整体支出")
    department_head(s, year=2025, dept="芦湾区供销合作社联合社",
                    budget=budget(388, 348, 40, 208, 180),
                    tasks=tasks(("回收网点运营补助", "补助网点日常运营", 90, "补助网点45个"),
                                ("废旧农膜回收处置", "废旧农膜回收处置补贴", 60, "回收1200吨"),
                                ("回收信息平台运维", "回收体系信息平台运维", 30, "网点接入90%")),
                    goal="健全再生资源回收网络，废旧农膜回收率85%以上，回收环节不发生安全事故。",
                    filled=day(2024, 12, 3))  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*head)
    s.row("甲", "乙", "丙", "1", "2")
    s.table(NETWORK_OUT, merged=(1, 2))
    page_break(s)
    s.row(*head)
    s.table(NETWORK_REST, merged=(1, 2))
    notes(s, "注：权重合计100分；预算执行率另行评价，未列入本表。", width=5)
    signature(s, "霍屿青", "0577-8861034", day(2024, 12, 3))
    return b


UNIT = ("318006", "柘塘县供销合作社联合社")
PROJECTS = (
    ("2025-318006-001", "再生资源回收网点升级", 96, 96, 0),
    ("2025-318006-002", "废旧家电回收拆解补助", 54, 40, 14),
    ("2025-318006-003", "报废农机回收补贴", 30, 30, 0),
)
GOALS = {
    "2025-318006-001": [
        ("产出指标", "数量指标", "升级回收网点数量", "≥40个"),
        ("产出指标", "质量指标", "网点标准化达标率", "≥95%"),
        ("成本指标", "经济成本指标", "单个网点升级补助", "≤2.4万元"),
        ("效益指标", "生态效益指标", "再生资源回收量增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ],
    "2025-318006-002": [
        ("产出指标", "数量指标", "回收拆解废旧家电", "≥2.7万台"),
        ("产出指标", "质量指标", "拆解产物规范处置率",
         mk(pct(1.05), "T106", "error", note="a 处置率 of 105% (typed percent)")),
        ("成本指标", "经济成本指标", "单台拆解补助标准", "≤20元/台"),
        ("效益指标", "生态效益指标", "废旧家电规范回收率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "交售居民满意度", "≥90%"),
    ],
    "2025-318006-003": [
        ("产出指标", "数量指标", "回收报废农机", "≥300台"),
        ("成本指标", "经济成本指标", "单台报废农机回收补贴", "≤1000元"),
        ("效益指标", "生态效益指标", "报废农机回收再利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "农机户满意度", "≥90%"),
    ],
}  # fmt: skip


@variant("sc18-export-codes", (12, 7),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "header on the third row after unit and project codes; the project lines do not add "
         "to the 合计, one typed percent above 100%")  # fmt: skip
def export_codes() -> Book:
    b, s = book("部门项目支出预算05-1", (10, 24, 18, 26, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元", merge=[(1, 7)])
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    for code, name, total, fiscal, other in PROJECTS:
        s.row(*UNIT, code, name, money(total), money(fiscal), money(other))
    s.row("合计", None, None, None,
          mk(money(190), "B102", "error", alt=("B101",),
             note="96 + 54 + 30 = 180, and 166 + 14 = 180"),
          money(166), money(14))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 22, 12, 18, 26, 14))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row(f"单位名称：{UNIT[1]}", merge=[(1, 7)])
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for code, name, *_ in PROJECTS:
        for row in GOALS[code]:
            t.row(UNIT[0], code, name, *row)
    return b
