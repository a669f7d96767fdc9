"""Returns sc01–sc06: 供销社综合改革 (基层社恢复重建) and 农资保供 (淡储, 应急储备, 配送)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout279.common import (
    book,
    budget,
    funds,
    funds_period,
    indicators,
    notes,
    signature,
    tasks,
)
from tests.variants.holdout279.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("sc01-rebuild-percent", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 only in the "
         "number format (correct)")  # fmt: skip
def rebuild_percent() -> Book:
    b, s = book()
    project_head(s, year=2025, name="柘塘县基层供销社恢复重建试点项目",
                 dept="柘塘县供销合作社联合社 318001", unit="柘塘县供销合作社联合社",
                 money=funds(180, 150, 30),
                 goals=["恢复重建基层供销社6个，领办农民专业合作社12家，带动社员1500户以上，"
                        "基层社经营服务收入增长8%以上。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "恢复重建基层供销社数量", "≥", 6, "个"),
        (None, None, "领办农民专业合作社数量", "≥", 12, "家"),
        (None, "质量指标", "基层社规范化验收合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2025, 11, 30), None),
        ("成本指标", "经济成本指标", "单个基层社改造补助标准", "≤", 25, "万元/个"),
        ("效益指标", "经济效益指标", "基层社经营服务收入增长率", "≥", pct(0.08), "%"),
        (None, "社会效益指标", "带动社员户数", "≥", 1500, "户"),
        (None, "可持续影响指标", "为农服务中心持续运营年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OP_HEAD, rows)
    signature(s, "贺兰舟", "0731-6215408", day(2024, 12, 6))
    return b


SUPPLY_A = [
    ("产出指标", "数量指标", "化肥淡季储备规模", "≥3万吨"),
    (None, None, "农药淡季储备规模", "≥500吨"),
    (None, "质量指标", "储备农资抽检合格率", "≥98%"),
    (None, "时效指标", "储备到库时间", "2025年3月31日前"),
    (None, "成本指标", "化肥储备贴息标准", "≤100元/吨"),
    ("效益指标", "社会效益指标", "春耕期间主要化肥零售价格涨幅", "≤5%"),
    (None, "可持续影响指标", "农资应急保供机制", "健全"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
]
SUPPLY_B = [
    ("产出指标", "数量指标", "补助农资保供服务网点数量", "≥40个"),
    (None, "质量指标", "网点农资进销台账建档率",
     mk("40个", "T105", "error", note="a 建档率 given as a count of outlets")),
    (None, "时效指标", "补助资金拨付时间", "2025年9月30日前"),
    (None, "成本指标", "单个网点补助标准", "≤1.5万元"),
    ("效益指标", "社会效益指标", "保供网点覆盖行政村比例", "≥85%"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
]  # fmt: skip


@variant("sc02-supply-stacked", (2, 12),
         "two 农资保供 projects stacked in one sheet, OLD-NAT, one value column: the second "
         "project's total is not its parts and one rate is a count")  # fmt: skip
def supply_stacked() -> Book:
    b, s = book("农资保供")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2025, name="2025年化肥农药淡季商业储备",
                 dept="栖梧市供销合作社 402", unit="栖梧市农资集团有限公司",
                 money=funds(320, 320, 0),
                 goals=["淡季储备化肥3万吨、农药500吨，保障春耕旺季农资供应和价格基本稳定。"],
                 title="2025年度项目支出绩效目标申报表（农资保供）")  # fmt: skip
    indicators(s, head, SUPPLY_A)
    s.skip()
    total = mk(money(86, WAN), "B101", "error", note="年度资金总额 86 ≠ 财政拨款 60 + 其他资金 20")
    project_head(s, year=2025, name="2025年农资保供服务网点补助",
                 dept="栖梧市供销合作社 402", unit="栖梧市供销合作社基层工作科",
                 money=funds(total, 60, 20),
                 goals=["补助农资保供服务网点40个，网点覆盖行政村85%以上。"], title="")  # fmt: skip
    indicators(s, head, SUPPLY_B)
    signature(s, "滕秋实", "0739-5182260", day(2024, 11, 28))
    return b


RESERVE = [
    ("一、产出指标（50分）", "（一）数量指标", "应急储备化肥规模", "≥2万吨", 10),
    (None, None, "应急储备农作物种子", "≥150吨", 10),
    (None, "（二）质量指标", "储备农资质量抽检合格率", "=100%", 10),
    (None, "（三）时效指标", "应急调运响应时间", "≤48小时", 10),
    (None, None, "储备轮换完成时间", "2025年10月31日前", 10),
    ("二、成本指标（10分）", "（一）经济成本指标", "化肥储备费用补贴标准", "≤150元/吨", 10),
    ("三、效益指标（30分）", "（一）社会效益指标", "重要农时农资应急需求满足率", "≥95%", 10),
    (None, None, "重要农时主要农资断供事件", "0起", 10),
    (None, "（二）可持续影响指标", "应急储备轮换机制", "健全", 10),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "承储企业和种植户满意度", "≥90%",
     10),
    ("合计", None, None, None, 100),
]  # fmt: skip


@variant("sc03-reserve-points", (5, 10),
         "project, NAT-2021, numbered tier labels carrying points (一、产出指标（50分）, "
         "（一）数量指标) and an indicator points column, 100 both ways (correct)")  # fmt: skip
def reserve_points() -> Book:
    b, s = book("绩效目标")
    project_head(s, year=2025, name="晏川市农资应急保供储备项目",
                 dept="晏川市供销合作社联合社 207003", unit="晏川市农资储备有限公司",
                 money=funds(450, 400, 50),
                 goals=["储备化肥2万吨、种子150吨，重要农时应急调运48小时内到位，"
                        "全年不发生主要农资断供。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, RESERVE)
    notes(s, "注：一级指标后括号内为该级分值，各三级指标分值之和与之相等；预算执行率另行评价。")
    signature(s, "卢既明", "0745-3306172", day(2024, 12, 2))
    return b


@variant("sc04-flat-department", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 in words · 指标值), "
         "a 0起 incident target and a typed percent, weights add to 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="柘塘县供销合作社联合社",
                    budget=budget(640, 600, 40, 380, 260),
                    tasks=tasks(("基层社恢复重建", "改造基层社经营服务设施", 150, "恢复重建6个"),
                                ("农资保供网点补助", "补助农资保供服务网点", 60, "补助网点40个"),
                                ("回收网点建设", "新建改造再生资源回收网点", 50, "建成网点25个")),
                    goal="深化供销社综合改革，健全农资保供和再生资源回收网络，"
                         "服务社员1500户以上。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("恢复重建基层供销社数量", 15, "个", "大于等于", 6),
        ("补助农资保供服务网点数量", 15, "个", "大于等于", 40),
        ("新建改造再生资源回收网点数量", 10, "个", "大于等于", 25),
        ("基层社规范化验收合格率", 10, "%", "大于等于", 95),
        ("农资质量安全事故发生数", 10, "起", "小于等于", 0),
        ("单个保供网点补助标准", 10, "万元/个", "小于等于", 1.5),
        ("带动社员户数", 10, "户", "大于等于", 1500),
        ("再生资源回收量增长率", 10, "%", "大于等于", pct(0.1)),
        ("服务对象满意度", 10, "%", "大于等于", 90),
    ])  # fmt: skip
    signature(s, "贺兰舟", "0731-6215408", day(2024, 11, 20))
    return b


@variant("sc05-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a 反向 rate with ≥, a money value under a count unit, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="栖梧市供销合作社",
                    budget=budget(520, 480, 40, 300, 220),
                    tasks=tasks(("化肥淡储贴息", "承储企业淡季储备贴息", 140, "储备化肥3万吨"),
                                ("电商服务站运营补助", "电商服务站运营补助", 80, "补助80个")),
                    goal="保障春耕农资供应，稳定村级电商服务站运营，"
                         "带动农产品网络销售。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("化肥淡季储备量", "≥3", "正向", "万吨", 15),
        ("储备化肥抽检合格率", "≥98", "正向", "%", 10),
        ("农资抽检不合格率", mk("≥2", "T108", "warning", row=True,
                                note="反向 rate with ≥: should be ≤2%"), "反向", "%", 10),
        ("运营补助电商服务站数量", "≥80", "正向", "个", 15),
        ("单站运营补助标准", mk("≤1万元", "T112", "error",
                                note="万元 in the value, 个 in the unit column"),
         "反向", "个", 10),
        ("农资价格投诉处理及时率", "≥95", "正向", "%", 10),
        ("农产品网络销售额增长率", "≥10", "正向", "%", 10),
        ("服务对象满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+10+10+15+10+10+10+15 = 95, not 100")
    signature(s, "滕秋实", "0739-5182260", day(2024, 11, 26))
    return b


DEPOT = [
    ("产出指标", "数量指标", "建成乡镇农资配送站数量", "≥18个",
     mk("≥18个", "D202", "warning", note="cumulative count copied from 中期 (annual: 6)")),
    (None, None, "配送车辆购置数量", "≥12辆",
     mk("≥12辆", "D202", "warning", note="cumulative count copied from 中期")),
    (None, None, "培训配送站管理人员", "≥60人次",
     mk("≥80人次", "D201", "error", note="annual 80 above the three-year 60")),
    (None, None, "区级配送中心仓储面积", "≥6000平方米", "≥2500平方米"),
    (None, "质量指标", "配送站建设验收合格率", "≥95%", "≥95%"),
    (None, "时效指标", "配送中心主体工程完工时间", "2027年6月30日前", "2025年12月31日前"),
    ("成本指标", "经济成本指标", "乡镇配送站建设补助标准", "≤20万元/个", "≤20万元/个"),
    ("效益指标", "经济效益指标", "农资配送成本下降率", "≥15%", "≥5%"),
    (None, "社会效益指标", "行政村农资配送覆盖率", "100%", "≥40%"),
    (None, "可持续影响指标", "配送网络运营机制", "健全", "初步建立"),
    ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant("sc06-depot-period", (8,),
         "three-year 农资配送 project, NAT-2021, 中期 and 年度 columns: two cumulative counts "
         "copied, one annual count above its period value")  # fmt: skip
def depot_period() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, attr="新增项目", name="芦湾区县域农资配送中心建设项目",
                 dept="芦湾区供销合作社联合社 511002", unit="芦湾区农资配送有限公司",
                 money=funds_period((900, 800, 100), (360, 320, 40)),
                 goals=["2025—2027年建成区级农资配送中心1个、乡镇配送站18个，配送覆盖全部行政村。",
                        "2025年完成配送中心主体工程，建成乡镇配送站6个，配送覆盖率"
                        "达到40%。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, DEPOT)
    signature(s, "霍屿青", "0577-8861034", day(2024, 12, 9))
    return b
