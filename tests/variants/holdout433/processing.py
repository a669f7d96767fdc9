"""Fibre processing returns (ya07–ya12): stacked projects, flat lists, notes, a second sheet."""

from __future__ import annotations

from tests.variants.holdout433.common import (
    TIERS,
    YEAR,
    department,
    indicators,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout433.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

FACTORY = "椰塘垦区东岸剑麻纤维厂"


def scraping_line(s: Sheet) -> None:
    """The first stacked project: a decorticating line, money 220 = 180 + 40."""
    project(s, name="刮麻生产线改造项目", unit=FACTORY, rows=one_year(220, 180, 40),
            goals=["改造刮麻机组6台，鲜叶日处理能力提高20%以上。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "改造刮麻机组", "≥6台"),
        (None, "质量指标", "设备完好率", "≥95%"),
        (None, None, "纤维一级品率", "≥85%"),
        (None, "时效指标", "改造完工时间", "8月31日前"),
        (None, "成本指标", "单台机组改造成本", "≤30万元/台"),
        ("效益指标", "经济效益指标", "鲜叶日处理能力提高", "≥20%"),
        (None, "社会效益指标", "新增就业岗位", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "一线职工满意度", "≥90%"),
    ])  # fmt: skip


@variant("ya07-processing-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same name 设备完好率 "
         "with different values in the two projects, a 下降率 with ≥ (correct)")  # fmt: skip
def ya07() -> Book:
    b, s = start("绩效目标表")
    scraping_line(s)
    s.skip()
    project(s, name="烘干车间设备更新项目", unit=FACTORY, rows=one_year(95, 80, 15),
            goals=["更新纤维烘干设备2套，烘干能耗下降10%以上。"], title="")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "更新烘干设备", "≥2套"),
        (None, "质量指标", "设备完好率", "≥98%"),
        (None, None, "烘干后纤维含水率", "≤12%"),
        (None, "时效指标", "设备安装调试完成时间", "10月31日前"),
        (None, "成本指标", "单套烘干设备购置成本", "≤40万元/套"),
        ("效益指标", "生态效益指标", "烘干能耗下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "车间职工满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "郑可栋", "8635 0217", day(YEAR - 1, 11, 25))
    return b


@variant("ya08-processing-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its sources' sum and its 合格率 is given in 吨")  # fmt: skip
def ya08() -> Book:
    b, s = start("绩效目标表")
    project(s, name="麻渣综合利用项目", unit=FACTORY, rows=one_year(60, 50, 10),
            goals=["堆沤麻渣制有机肥3000吨，麻渣资源化利用率达到90%以上。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "麻渣堆沤有机肥产量", "≥3000吨"),
        (None, "质量指标", "有机肥抽检合格率", "≥95%"),
        (None, "成本指标", "每吨有机肥加工成本", "≤150元/吨"),
        ("效益指标", "生态效益指标", "麻渣资源化利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "用肥职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(260), "B101", "error", note="财政拨款 200 + 其他资金 40 = 240, not 260")
    project(s, name="纤维打包线更新项目", unit=FACTORY, title="",
            rows=[["年度资金总额", total, "其中：财政拨款", wan(200)],
                  ["其他资金", wan(40), None, None]],
            goals=["更新纤维打包线2条，年加工打包纤维800吨。"])  # fmt: skip
    count = mk("≥800吨", "T105", "error", note="a 合格率 given as a tonnage")
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "更新纤维打包线", "≥2条"),
        (None, "质量指标", "纤维加工合格率", count),
        (None, "时效指标", "打包线投产时间", "9月30日前"),
        (None, "成本指标", "单条打包线更新成本", "≤95万元/条"),
        ("效益指标", "经济效益指标", "打包纤维运输损耗下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "收购企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ya09-processing-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, 0起 on accidents, weights add to 100 (correct)")  # fmt: skip
def ya09() -> Book:
    b, s = start()
    department(s, dept=FACTORY, budget=(820, 600, 220, 300, 520),
               goal="更新老园400亩，加工干纤维1800吨以上，设备完好率95%以上。",
               tasks=[("老园更新种植", "更新剑麻老园400亩", wan(320), "成活率95%以上"),
                      ("纤维加工线维护", "刮麻机组和烘干线检修", wan(200), "完好率95%以上"),
                      ("金额合计", None, wan(520), None)])  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("剑麻老园更新面积", 20, "亩", "≥", 400),
        ("干纤维加工量", 20, "吨", "≥", 1800),
        ("纤维一级品率", 15, "%", "≥", pct(0.85)),
        ("加工设备完好率", 15, "%", "≥", pct(0.95)),
        ("每吨纤维加工成本", 10, "万元/吨", "≤", 0.1),
        ("生产安全事故", 5, "起", "≤", 0),
        ("职工满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    s.row("合计", 100)
    return b


@variant("ya10-processing-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a 万元 value against a 吨 unit, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def ya10() -> Book:
    b, s = start()
    department(s, dept="椰塘垦区剑麻产业服务中心", budget=(460, 360, 100, 180, 280),
               goal="收购加工麻纤维1500吨，培训职工300人次，纤维检测合格率95%以上。")  # fmt: skip
    s.skip()
    b.file_mark("W101", "error", note="weights 20+15+15+20+15+10 = 95, not 100")
    unit = mk("≥12万元", "T112", "error", note="万元 in the value, 吨 in the unit column")
    impure = mk("≥2%", "T108", "warning", row=True, note="含杂率 is 反向: ≤ expected")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("麻纤维收购加工量", unit, "正向", "吨", 20),
        ("纤维含杂率", impure, "反向", "%", 15),
        ("技术培训职工", "≥300", "正向", "人次", 15),
        ("更新种苗供应量", "≥80", "正向", "万株", 20),
        ("纤维检测合格率", "≥95%", "正向", "%", 15),
        ("服务对象满意度", "≥90%", "正向", "%", 10),
    ], merged=())  # fmt: skip
    return b


@variant("ya11-processing-notes", (4,),
         "project, OLD-NAT, one value column: an instruction row, a note row between tiers, "
         "footnotes, 填表说明, stamp, signature, a prior-year fill date (correct)")  # fmt: skip
def ya11() -> Book:
    b, s = start()
    project(s, name="刮麻废水循环利用项目", unit=FACTORY, rows=one_year(130, 100, 30),
            goals=["新建循环池2座，年处理刮麻废水3.6万吨，外排量下降60%以上。"])  # fmt: skip
    s.row(*TIERS)
    notes(s, "（定量指标须写明比较符和计量单位，定性指标填写等级）", width=4)
    s.table([
        ("产出指标", "数量指标", "新建废水循环池", "≥2座"),
        (None, None, "年循环处理刮麻废水", "≥3.6万吨"),
        (None, "质量指标", "回用水水质达标率", "≥95%"),
        (None, "时效指标", "设施投入运行时间", "11月30日前"),
        (None, "成本指标", "设施建设总成本", "≤110万元"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：以下效益指标按设施运行满一年测算", width=4)
    s.table([
        ("效益指标", "生态效益指标", "刮麻废水外排量下降率", "≥60%"),
        (None, "可持续影响指标", "设施设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    notes(s, "注：1.回用水达标率按厂化验室月度检测结果计算；2.建设总成本含土建和设备。",
          "填表说明：本表金额单位为万元，定性指标按好、较好、一般、差填写。",
          "单位负责人：韦振邦（签章）")  # fmt: skip
    signature(s, "潘晓岚", "8635 7742", day(YEAR - 1, 11, 28))
    return b


@variant("ya12-processing-second-sheet", (7, 6),
         "project: head on 基本信息, the table on a second sheet under 预期实现值; a 合格率 "
         "given in 吨 and a 时效指标 template row left empty")  # fmt: skip
def ya12() -> Book:
    b, s = start("基本信息")
    project(s, name="剑麻纤维分级包装线建设项目", unit=FACTORY, rows=one_year(75, 60, 15),
            goals=["建成纤维分级包装线1条，年分级包装纤维2000吨。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 20, 30, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    count = mk("1950吨", "T105", "error", note="a 合格率 given as a tonnage")
    empty = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left unfilled")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "建成分级包装线", "≥1条"),
        (None, None, "年分级包装纤维", "≥2000吨"),
        (None, "质量指标", "分级纤维合格率", count),
        (None, empty, None, None),
        (None, "成本指标", "包装线建设成本", "≤60万元"),
        ("效益指标", "经济效益指标", "分级纤维销售均价提高", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "收购客户满意度", "≥90%"),
    ])  # fmt: skip
    return b
