"""Returns cp01–cp06: drying sheds, drying yards and processing of 笋干 (the first half of the
theme): percent cells, flat lists and stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout552.common import (
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    w,
)
from tests.variants.holdout552.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("cp01-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 only in the number format, a 霉变率 with ≤ (correct)")  # fmt: skip
def cp01() -> Book:
    b, s = project(name="荪坞县笋干烘干房改造项目", unit="翠篁乡笋干专业合作社联合社",
                   money=one_year(w(85), w(70), w(15)),
                   goals=["改造12座柴火烘干房为竹废料热风烘干房，"
                          "干笋一级品率达到85%以上。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "改造烘干房", "≥", 12, "座"),
        (None, None, "新建竹制晾晒架", "≥", 400, "平方米"),
        (None, "质量指标", "干笋一级品率", "≥", pct(0.85), "%"),
        (None, None, "干笋霉变率", "≤", pct(0.02), "%"),
        (None, "时效指标", "烘干房改造完成时限", "≤", 9, "个月"),
        (None, "成本指标", "每座烘干房改造补助", "≤", 5, "万元"),
        ("效益指标", "经济效益指标", "入社笋农户均增收", "≥", 1500, "元"),
        (None, "生态效益指标", "烘干燃料中竹废料利用率", "≥", pct(0.6), "%"),
        (None, "可持续影响指标", "烘干房使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "入社笋农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蒋秋禾", "0579-6613208")
    return b


@variant("cp02-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns: a typed "
         "105% on a 一级品率, ≥ on a unit cost, a percent on a completion date")  # fmt: skip
def cp02() -> Book:
    b, s = project(name="石笋干标准化加工补助项目", unit="竹峤镇乌箨村笋干合作社",
                   money=one_year(w(60), w(45), w(15)),
                   goals=["建成石笋干标准化加工线1条，年加工干笋50吨以上。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "年加工干笋", "≥", 50, "吨"),
        (None, None, "标准化加工线", "=", 1, "条"),
        (None, "质量指标", "干笋一级品率", "≥",
         mk(pct(1.05), "T106", "error", note="一级品率 capped at 100%: 105% cannot be"), "%"),
        (None, "时效指标", "加工设备安装完成时间", "=",
         mk(pct(1), "T113", "warning", note="a completion date given as a percentage"), None),
        (None, "成本指标", "每吨干笋加工成本",
         mk("≥", "T108", "warning", row=True, note="a cost is a cap: ≤, not ≥"), 800, "元"),
        ("效益指标", "经济效益指标", "合作社加工增值收入", "≥", 30, "万元"),
        (None, "社会效益指标", "带动笋农户数", "≥", 120, "户"),
        ("满意度指标", "服务对象满意度指标", "入社笋农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "黄栎", "0579-6620415")
    return b


@variant("cp03-flat-department", (3, 1), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), typed percents, "
         "weights 100 (correct)")  # fmt: skip
def cp03() -> Book:
    b, s = department(dept="翠篁乡农业综合服务中心",
                      budget=[(w(210), w(180), w(30), w(95), w(115))],
                      tasks=[("合作社技术服务", "指导14家合作社改进烘干工艺", w(40), "烘干规范"),
                             ("笋竹林抚育指导", "抚育笋竹林3000亩", w(45), "鲜笋稳产"),
                             ("笋干质量抽检", "抽检笋干60批次", w(30), "合格率96%以上"),
                             ("金额合计", None, w(115), None)],
                      goal="服务全乡笋干合作社，笋干抽检合格率96%以上。")  # fmt: skip
    indicators(s, FLAT, [
        ("指导合作社数量", 20, "个", "≥", 14),
        ("笋干抽检批次", 15, "批次", "≥", 60),
        ("笋干抽检合格率", 15, "%", "≥", pct(0.96)),
        ("技术服务响应时间", 10, "小时", "≤", 48),
        ("笋竹林抚育面积", 15, "亩", "≥", 3000),
        ("笋干农残超标率", 10, "%", "≤", pct(0.01)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    s.row("合计", 100)
    notes(s, "注：权重合计100分；指标性质填写比较符。", width=5)
    return b


@variant("cp04-flat-defects", (3,), "department, flat list in another order (指标名称 · "
         "指标值 · 计量单位 · 权重 · 指标性质 as direction): weights add to 95, "
         "a rate given in 人")  # fmt: skip
def cp04() -> Book:
    b, s = department(dept="竹峤镇农业服务中心",
                      budget=[(w(160), w(140), w(20), w(70), w(90))],
                      tasks=[("笋农培训", "开展笋干加工技术培训", w(25), "培训笋农260人"),
                             ("晾晒场维护", "维护村级晾晒场9处", w(65), "晾晒场正常使用"),
                             ("金额合计", None, w(90), None)],
                      goal="提升笋农加工技能，保障晾晒场正常运转。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "计量单位", "权重", "指标性质")
    s.row("培训笋农人数", "≥260", "人", 20, "正向")
    s.row("笋农培训覆盖率", mk(260, "T105", "error", note="a 覆盖率 given as a count of 人"),
          "人", 15, "正向")  # fmt: skip
    s.row("维护晾晒场", "≥9", "处", 20, "正向")
    s.row("晾晒场完好率", "≥95", "%", 15, "正向")
    s.row("晾晒场安全事故", "0", "起", 10, "反向")
    s.row("笋农满意度", "≥90", "%", 15, "正向")
    b.file_mark("W101", "error", note="weights 20+15+20+15+10+15 = 95, not 100")
    sign(s, "钟岚笛", "0579-6637120")
    return b


VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("cp05-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, one 满意度 name with different values in each project (correct)")  # fmt: skip
def cp05() -> Book:
    b, s = project(name="乌箨村笋干晾晒场建设项目", unit="竹峤镇乌箨村笋干合作社",
                   money=one_year(w(30), w(30), w(0)),
                   goals=["建成水泥晾晒场1200平方米，雨季配套遮雨棚。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "新建晾晒场面积", "≥1200平方米"),
        (None, "质量指标", "晾晒场验收合格率", "=100%"),
        (None, "时效指标", "晾晒场完工时间", "2025年8月31日前"),
        (None, "成本指标", "晾晒场每平方米造价", "≤220元"),
        ("效益指标", "社会效益指标", "受益笋农户数", "≥85户"),
        ("满意度指标", "服务对象满意度指标", "受益笋农满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, name="笋岭村笋干合作社品牌包装项目", dept="荪坞县农业农村局",
                 unit="翠篁乡笋岭村笋干合作社", money=one_year(w(18), w(12), w(6)),
                 goals=["设计“笋岭乌衣”笋干包装3款，年包装销售干笋20吨。"], title="")  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "设计包装款式", "≥3款"),
        (None, None, "包装销售干笋", "≥20吨"),
        (None, "质量指标", "包装抽检合格率", "≥98%"),
        (None, "时效指标", "包装上市时间", "2025年10月31日前"),
        (None, "成本指标", "每款包装设计费", "≤2万元"),
        ("效益指标", "经济效益指标", "合作社笋干销售额增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "受益笋农满意度", "≥92%"),
    ], label="绩效指标")  # fmt: skip
    return b


@variant("cp06-stacked-defects", (2, 12, 11), "two projects stacked, OLD-NAT, one value column: "
         "the second project's money does not add up, a 破损率 with ≥")  # fmt: skip
def cp06() -> Book:
    b, s = project(name="篁口村笋干烘干棚修缮项目", unit="翠篁乡篁口村笋干合作社",
                   money=one_year(w(24), w(20), w(4)),
                   goals=["修缮烘干棚6座，延长烘干季节20天。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "修缮烘干棚", "≥6座"),
        (None, "质量指标", "修缮验收合格率", "=100%"),
        (None, "时效指标", "修缮完成时间", "2025年3月31日前"),
        (None, "成本指标", "每座烘干棚修缮费", "≤4万元"),
        ("效益指标", "经济效益指标", "烘干季节延长天数", "≥20天"),
        ("满意度指标", "服务对象满意度指标", "受益笋农满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    s.skip(2)
    total = mk(w(40), "B101", "error", note="40 ≠ 财政拨款 25 + 其他资金 10 = 35")
    project_head(s, year=2025, name="乌箨村笋干分拣包装线项目", dept="荪坞县农业农村局",
                 unit="竹峤镇乌箨村笋干合作社", money=one_year(total, w(25), w(10)),
                 goals=["建成笋干分拣包装线1条，降低运输破损。"], title="")  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "分拣包装线", "=1条"),
        (None, "质量指标", "笋干运输破损率",
         mk("≥3%", "T108", "warning", row=True, note="a 破损率 is 反向: ≤3%")),
        (None, "时效指标", "包装线投产时间", "2025年9月30日前"),
        (None, "成本指标", "包装线购置安装费", "≤35万元"),
        ("效益指标", "经济效益指标", "干笋分级销售溢价", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "入社笋农满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    return b
