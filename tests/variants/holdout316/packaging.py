"""Returns tn07–tn12: pesticide packaging waste recovery (农药包装废弃物回收) in department
returns, flat lists and project returns."""

from __future__ import annotations

from tests.variants.holdout316.common import (
    CITY_DEPT,
    HEAD4,
    book,
    department,
    funds,
    indicators,
    project,
    signature,
    wan,
)
from tests.variants.holdout316.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

DISTRICT = "澄垣区农业农村局"


def department_table(s: Sheet) -> None:
    """The NAT-2021 indicator table both department returns share (all values consistent)."""
    indicators(s, HEAD4, [
        ["成本指标", "经济成本指标", "农药包装废弃物回收处置补助标准", "≤1.2万元/吨"],
        ["产出指标", "数量指标", "农药包装废弃物回收处置量", "≥260吨"],
        [None, None, "新建乡镇回收站", "≥4个"],
        [None, None, "新建村级回收点", "≥52个"],
        [None, "质量指标", "回收包装废弃物无害化处置率", "=100%"],
        [None, "时效指标", "处置费用结算及时率", "≥95%"],
        ["效益指标", "生态效益指标", "农药包装废弃物回收率", "≥80%"],
        [None, "社会效益指标", "田间农药包装随意丢弃现象", "明显减少"],
        ["满意度指标", "服务对象满意度指标", "农药使用者满意度", "≥90%"],
    ])  # fmt: skip


@variant("tn07-pack-department", (12,),
         "department, NAT-2021: budget amounts with their shares, key tasks adding up to the "
         "金额合计 = 项目支出, one value column (correct)")  # fmt: skip
def pack_department() -> Book:
    b, s = book()
    department(s, DISTRICT, [
        [wan(1250), wan(1100), wan(150), wan(480), wan(770)],
        [pct(1), pct(0.88), pct(0.12), pct(0.384, "0.0%"), pct(0.616, "0.0%")],
    ], "全区回收处置农药包装废弃物260吨以上，新建乡镇回收站4个、村级回收点52个。", [
        ["农药包装废弃物回收处置", "回收网点收集补助及集中处置费用", wan(320),
         "回收处置农药包装废弃物≥260吨"],
        ["农膜和农药包装回收体系建设", "新建乡镇回收站4个、村级回收点52个", wan(260),
         "回收网点覆盖全部涉农村"],
        ["农业面源污染监测", "残膜和农药包装废弃物监测", wan(190), "完成年度监测任务"],
        ["金额合计", "", wan(770), ""],
    ])  # fmt: skip
    department_table(s)
    return b


@variant("tn08-pack-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, the 其他资金 share not matching "
         "its amount, tasks not adding up to 金额合计")  # fmt: skip
def pack_department_money() -> Book:
    b, s = book()
    total = mk(1000, "B101", "error", row=True,
               note="财政拨款 880 + 其他资金 120 = 1000，"
                    "但基本支出 400 + 项目支出 580 = 980")  # fmt: skip
    share = mk(pct(0.15), "B111", "error", note="其他资金 120 ÷ 1000 = 12%，不是 15%")
    wrong = mk(580, "B102", "error", note="任务金额 330 + 140 + 90 = 560，不是 580")
    department(s, DISTRICT, [
        [total, 880, 120, 400, 580],
        [pct(1), pct(0.88), share, pct(0.4), pct(0.58)],
    ], "全区回收处置农药包装废弃物260吨以上，新建乡镇回收站4个、村级回收点52个。", [
        ["农药包装废弃物回收处置", "回收网点收集补助及集中处置费用", 330,
         "回收处置农药包装废弃物≥260吨"],
        ["农膜和农药包装回收体系建设", "新建乡镇回收站4个、村级回收点52个", 140,
         "回收网点覆盖全部涉农村"],
        ["农业面源污染监测", "残膜和农药包装废弃物监测", 90, "完成年度监测任务"],
        ["金额合计", "", wrong, ""],
    ])  # fmt: skip
    department_table(s)
    return b


@variant("tn09-pack-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights adding up to 100 with a 合计 row (correct)")  # fmt: skip
def pack_flat() -> Book:
    b, s = book()
    department(s, "栖苇县农业生态与资源保护站", [[600, 540, 60, 210, 390]],
               "全县回收农药包装废弃物180吨，村级回收点覆盖全部种植大村，"
               "回收率达到82%以上。")  # fmt: skip
    rows = [
        ["农药包装废弃物回收量", 15, "吨", "≥", 180],
        ["村级农药包装废弃物回收点数量", 10, "个", "≥", 64],
        ["农药包装废弃物回收率", 15, "%", "≥", pct(0.82)],
        ["回收包装废弃物无害化处置率", 10, "%", "=", pct(1)],
        ["回收补助资金兑付及时率", 10, "%", "≥", pct(0.95)],
        ["回收点贮存安全事故", 10, "起", "≤", 0],
        ["农药经营门店回收台账建立率", 10, "%", "≥", pct(0.9)],
        ["农药包装废弃物回收补助标准", 10, "元/公斤", "≤", 8],
        ["种植户和农药经营者满意度", 10, "%", "≥", pct(0.9)],
        ["合计", 100, "", "", ""],
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    signature(s, "庞立舟", "管若禾", "0779-6615027")
    return b


@variant("tn10-pack-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, "
         "weights adding up to 95")  # fmt: skip
def pack_flat_defects() -> Book:
    b, s = book()
    department(s, "砚岭市农药检定所", [[420, 380, 40, 150, 270]],
               "全市回收农药包装废弃物120吨以上，回收网点覆盖85%以上的行政村。")  # fmt: skip
    unit = mk("≥120万件", "T112", "error",
              note="指标值的单位“万件”与计量单位列“吨”不一致")  # fmt: skip
    burn = mk("≥3%", "T108", "warning", row=True,
              note="焚烧掩埋发生率声明为反向，比较符却是 ≥")  # fmt: skip
    rows = [
        ["农药包装废弃物回收量", unit, "正向", "吨", 15],
        ["行政村回收网点覆盖率", "≥85%", "正向", "%", 15],
        ["回收处置单位成本", "≤9", "反向", "元/公斤", 10],
        ["农药包装废弃物焚烧掩埋发生率", burn, "反向", "%", 10],
        ["回收包装废弃物无害化处置率", "=100%", "正向", "%", 15],
        ["回收点台账规范率", "≥95%", "正向", "%", 10],
        ["处置费用结算及时率", "≥90%", "正向", "%", 10],
        ["农户满意度", "≥90%", "正向", "%", 10],
    ]
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), rows, merged=())
    b.file_mark("W101", "error", note="权重合计 15+15+10+10+15+10+10+10 = 95，应为 100")
    return b


@variant("tn11-pack-template", (6, 13),
         "project, NAT-2021, header 预期目标: a template tier-2 left without indicator and "
         "value, a value whose indicator name is empty")  # fmt: skip
def pack_template() -> Book:
    b, s = book()
    project(s, "栖苇县农药包装废弃物回收处置项目", "栖苇县植保植检站",
            funds(120, 100, 20),
            ["回收农药包装废弃物150吨，新建乡镇集中贮存点6个、村级回收点48个。"])  # fmt: skip
    empty_tier2 = mk("社会成本指标", "F109", "warning", row=True,
                     note="模板留下的二级指标，没有三级指标和指标值")  # fmt: skip
    no_name = mk(None, "F110", "error", note="填了 ≥48个，三级指标名称却是空的")
    rows = [
        ["成本指标", "经济成本指标", "农药包装废弃物回收补助标准", "≤6元/公斤"],
        [None, empty_tier2, None, None],
        ["产出指标", "数量指标", "农药包装废弃物回收量", "≥150吨"],
        [None, None, "新建乡镇集中贮存点", "≥6个"],
        [None, None, no_name, "≥48个"],
        [None, "质量指标", "回收包装废弃物无害化处置率", "=100%"],
        [None, "时效指标", "回收补助兑付完成时间", "2025年12月31日前"],
        ["效益指标", "生态效益指标", "农药包装废弃物回收率", "≥80%"],
        [None, "社会效益指标", "农户农药包装回收知晓率", "≥85%"],
        ["满意度指标", "服务对象满意度指标", "农药使用者满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    return b


@variant("tn12-pack-direction-words", (7, 11),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）, 指标性质 as direction, 指标方向 "
         "as word operators, bare numbers with a unit column, a 下降率 with 大于等于 "
         "(correct)")  # fmt: skip
def pack_direction_words() -> Book:
    b, s = book()
    project(s, "砚岭市农药包装废弃物集中处置项目", "砚岭市农药检定所",
            funds(130, 115, 15),
            ["回收农药包装废弃物95吨，依托农药经营门店设回收点38个，实现规范贮存、及时转运。"],
            dept=CITY_DEPT)  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "农药包装废弃物回收量", "正向", "大于等于", 95, "吨"],
        [None, None, "农药经营门店回收点", "正向", "大于等于", 38, "个"],
        [None, "质量指标", "回收包装废弃物规范贮存率", "正向", "大于等于", 95, "%"],
        [None, "时效指标", "集中转运间隔", "反向", "小于等于", 30, "天"],
        [None, "成本指标", "回收处置单位成本", "反向", "小于等于", 1.1, "万元/吨"],
        ["效益指标", "生态效益指标", "农田农药包装乱丢弃点位下降率", "正向", "大于等于", 40, "%"],
        [None, "社会效益指标", "农药包装废弃物非法处置案件", "反向", "小于等于", 0, "起"],
        [None, "可持续影响指标", "回收处置工作机制", "定性", "", "健全", ""],
        ["满意度指标", "服务对象满意度指标", "农药经营者满意度", "正向", "大于等于", 90, "%"],
    ]
    head = ("一级指标", "二级指标", "考核指标", "指标性质", "指标方向", "目标值（年度）",
            "计量单位")  # fmt: skip
    indicators(s, head, rows)
    signature(s, "邝书远", "盛晚晴", "0779-6207735")
    return b
