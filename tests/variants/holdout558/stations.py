"""Sorting stations: village collection points, transfer runs and a county sorting centre."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout558.common import (
    COUNTY,
    YEAR,
    amt,
    annual_rows,
    cn,
    indicators,
    money_rows,
    new_book,
    notes,
    sign,
)
from tests.variants.holdout558.registry import variant
from tests.variants.kit import WAN, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("cv01-station-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, "
         "percent cells, 万元 only in the number format (correct)")  # fmt: skip
def cv01() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="檀溪镇生活垃圾分类收集站建设", unit="檀溪镇人民政府",
                 dept=f"{COUNTY}住房和城乡建设局 317", money=money_rows(
                     (50, 42, 8), (50, 42, 8), WAN),
                 goals=["新建分类收集站12个，全镇14个行政村分类收集全覆盖，分类投放准确率"
                        "达到90%以上。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新建分类收集站", "≥", 12, "个"),
        (None, None, "配置四分类收集容器", "≥", 480, "组"),
        (None, "质量指标", "收集站竣工验收合格率", "=", pct(1), "%"),
        (None, None, "分类投放准确率", "≥", pct(0.9), "%"),
        (None, "时效指标", "收集站建成投用时间", "≤", cn(YEAR, 10, 31), None),
        (None, "成本指标", "单站建设成本", "≤", 3.5, "万元/个"),
        ("效益指标", "社会效益指标", "行政村分类收集覆盖率", "=", pct(1), "%"),
        (None, "生态效益指标", "进入填埋场的生活垃圾减量", "≥", 1800, "吨"),
        (None, "可持续影响指标", "收集站保洁管护制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：收集站建设成本含站房、地坪和雨棚，不含收集容器（容器由其他资金购置）。")
    sign(s, "邬景澄")
    return b


@variant("cv02-station-percent-wrong", (1, 12), "project, OLD-NAT, operator and unit columns: "
         "a percent cell over 100, a rate given in 户, "
         "a 年度资金总额 that is not its parts")  # fmt: skip
def cv02() -> Book:
    b, s = new_book()
    total = mk(60, "B101", "error", note="45 + 12 = 57, not 60")
    project_head(s, year=YEAR, name="鹭原镇垃圾分类收集设施提升", unit="鹭原镇人民政府",
                 dept=f"{COUNTY}农业农村局 322", money=annual_rows(total, 45, 12),
                 goals=["改造收集站9个，更新收集容器300组，农户分类知晓率明显提高。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "改造提升分类收集站", "≥", 9, "个"),
        (None, None, "更新四分类收集容器", "≥", 300, "组"),
        (None, "质量指标", "收集设施完好率", "≥",
         mk(pct(1.05), "T106", "error", note="a 完好率 is capped at 100 %"), "%"),
        (None, "时效指标", "改造完成时间", "≤", cn(YEAR, 9, 30), None),
        (None, "成本指标", "单站改造成本", "≤", 4, "万元/个"),
        ("效益指标", "社会效益指标", "农户分类知晓率", "≥",
         mk(3200, "T105", "error", note="a 知晓率 given as a count of households"), "户"),
        (None, "生态效益指标", "收集点周边积存垃圾清零率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    sign(s, "范砚秋")
    return b


@variant("cv03-station-direction", (11,), "project, NAT-2021, operators inside the values: a "
         "反向 accident rate with ≥ and a transfer cost cap with =")  # fmt: skip
def cv03() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="苇塘乡生活垃圾收运服务", unit="苇塘乡人民政府",
                 dept=f"{COUNTY}城市管理局 305", attr="常年项目",
                 money=money_rows((55, 50, 5), (55, 50, 5)),
                 goals=["全乡生活垃圾日产日清，全年转运2600吨，收运车辆安全运行。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "生活垃圾转运量", "≥2600吨"),
        (None, None, "收运覆盖行政村", "≥11个"),
        (None, "质量指标", "垃圾日产日清率", "≥98%"),
        (None, "时效指标", "群众报修收运响应时间", "≤24小时"),
        ("成本指标", "经济成本指标", "单吨转运费用",
         mk("=185元/吨", "T108", "warning", row=True, note="= on a cost cap; ≤ meant")),
        (None, "生态环境成本指标", "渗滤液外溢事件", "≤0起"),
        ("效益指标", "社会效益指标", "收运车辆交通事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="反向 rate with ≥")),
        (None, "生态效益指标", "原生垃圾填埋量下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：单吨转运费用按2600吨测算，合计48.1万元，其余用于车辆保险和维修。")
    sign(s, "卢岫白")
    return b


@variant("cv04-station-direction-column", (11,), "project, OLD-NAT, 指标性质 as direction "
         "(正向/反向), 指标方向 as operator, "
         "bare numbers with a unit column (correct)")  # fmt: skip
def cv04() -> Book:
    b, s = new_book(widths=(14, 14, 28, 10, 10, 12, 12))
    project_head(s, year=YEAR, name="枫岭片区垃圾分拣站运行", unit="枫岭片区管理服务中心",
                 dept=f"{COUNTY}城市管理局 305", attr="常年项目",
                 money=annual_rows(60, 54, 6), goals=["分拣站全年稳定运行，可回收物分出率逐年"
                                                      "提高，投诉及时处理。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "分拣站在岗分拣员", "正向", "≥", 16, "人"),
        (None, None, "年分拣可回收物", "正向", "≥", 650, "吨"),
        (None, "质量指标", "可回收物分出率", "正向", "≥", 18, "%"),
        (None, "时效指标", "投诉处理时限", "反向", "≤", 48, "小时"),
        (None, "成本指标", "分拣员补助标准", "反向", "≤", 2400, "元/人·月"),
        ("效益指标", "社会效益指标", "混投投诉率", "反向", "≤", 3, "%"),
        (None, "生态效益指标", "其他垃圾产生量下降率", "正向", "≥", 10, "%"),
        (None, None, "露天焚烧垃圾事件", "反向", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    notes(s, "说明：分拣员补助16人×2400元×12个月=46.08万元，其余为水电和耗材。")
    sign(s, "卢岫白")
    return b


@variant("cv05-station-second-sheet", (7,), "project: head on 项目信息, the indicator table on "
         "a second sheet under 考核指标 and 预期实现值, 填表说明 below (correct)")  # fmt: skip
def cv05() -> Book:
    b, s = new_book("项目信息")
    project_head(s, year=YEAR, name="澄野片区再生资源回收点建设", unit="澄野镇人民政府",
                 dept=f"{COUNTY}供销合作社联合社 341", money=money_rows(
                     (24, 20, 4), (24, 20, 4)),
                 goals=["建成再生资源回收点8个，与分类收集站配套运行。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 14, 30, 16, 24))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "建成再生资源回收点", "≥8个", None),
        (None, "质量指标", "回收点验收合格率", "=100%", None),
        (None, "时效指标", "回收点投用时间", "11月30日前", None),
        (None, "成本指标", "单点建设成本", "≤3万元/个", "8个共24万元"),
        ("效益指标", "经济效益指标", "年回收可再生资源", "≥300吨", None),
        (None, "社会效益指标", "回收点服务行政村", "≥20个", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", None),
    ])  # fmt: skip
    notes(t, "填表说明：1.预期实现值须写明比较符和单位；2.定性指标写明等级。", width=5)
    sign(t, "谭渡舟")
    return b


@variant("cv06-station-export", (7, 9), "budget-system export: 05-1 budget sheet with codes and a "
         "date serial stored as text, 05-2 goal sheet with the header on the third row and a "
         "deadline after the one-year project ends")  # fmt: skip
def cv06() -> Book:
    b, s = new_book("项目支出预算05-1", (12, 22, 16, 28, 14, 14, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "计划开始日期", "计划完成日期",
          "年度预算")  # fmt: skip
    s.row("305001", f"{COUNTY}城市管理局", "52330526T000031", "县域生活垃圾分拣中心改造",
          mk("46023", "X104", "warning", note="the serial of 2026-01-01 typed as text"),
          day(YEAR, 12, 31), amt(85))  # fmt: skip
    g = b.sheet("项目支出绩效目标05-2", (12, 22, 28, 14, 16, 26, 16))
    g.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    g.row("单位：万元")
    code = ("305001", f"{COUNTY}城市管理局", "县域生活垃圾分拣中心改造")
    rows = [
        ("产出指标", "数量指标", "改造分拣流水线", "≥2条"),
        ("产出指标", "质量指标", "分拣设备验收合格率", "=100%"),
        ("产出指标", "时效指标", "分拣中心改造完成投运时间",
         mk("2027年6月30日前", "Y102", "error", note="one-year 2026 project")),
        ("产出指标", "成本指标", "单条流水线改造成本", "≤40万元/条"),
        ("效益指标", "生态效益指标", "可回收物回收利用率", "≥35%"),
        ("效益指标", "可持续影响指标", "分拣设备设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "乡镇收运单位满意度", "≥90%"),
    ]  # fmt: skip
    g.row("单位编码", "单位名称", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for r in rows:
        g.row(*code, *r)
    return b
