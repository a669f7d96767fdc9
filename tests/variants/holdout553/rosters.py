"""Returns cq07–cq12: flood-season duty rosters (汛期值班值守) of township governments."""

from __future__ import annotations

from tests.variants.holdout553.common import (
    HEAD_INLINE,
    HEAD_OP,
    YEAR,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout553.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
OFFICE = "澄岭县防汛抗旱指挥部办公室"


@variant("cq07-roster-flat-list", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, weights adding to 100, a 下降率 with ≥ and 0起 on "
         "incidents (correct)")  # fmt: skip
def roster_flat_list() -> Book:
    b, s = department(dept=OFFICE, budget=[(420, 360, 60, 300, 120)],
                      goal="督促全县14个乡镇落实汛期24小时值班，不发生脱岗漏岗。")  # fmt: skip
    indicators(s, FLAT, [
        ("汛期24小时值班到岗率", 20, "%", "≥", pct(0.98)),
        ("乡镇防汛值班表报备数量", 15, "个", "≥", 14),
        ("汛情信息报送及时率", 15, "%", "≥", pct(0.95)),
        ("值班电话响应时间", 10, "分钟", "≤", 5),
        ("值班期间脱岗事件", 10, "起", "≤", 0),
        ("防汛值班人员培训人次", 10, "人次", "≥", 420),
        ("城镇内涝积水点下降率", 10, "%", "≥", pct(0.2)),
        ("受影响群众满意度", 10, "%", "≥", pct(0.9)),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    sign(s, "甘若澜", "0739-6620913")
    return b


@variant("cq08-roster-flat-defects", (3, 11),
         "department, flat list: weights adding to 95, a 迟报率 with ≥, a value unit against the "
         "unit column")  # fmt: skip
def roster_flat_defects() -> Book:
    b, s = department(dept="澄岭县浒塘乡人民政府", budget=[(310, 280, 30, 250, 60)],
                      goal="落实浒塘乡汛期镇村两级值班，汛情信息零迟报。")  # fmt: skip
    late = mk("≥", "T108", "warning", row=True, note="迟报率是反向指标，应为≤")
    indicators(s, FLAT, [
        ("镇村两级值班到岗率", 20, "%", "≥", pct(0.98)),
        ("汛情信息迟报率", 15, "%", late, 2),
        ("镇村值班人员轮训", 15, "人次", "≥",
         mk("360场", "T112", "error", note="值中的单位“场”与计量单位“人次”不符")),
        ("值班日志填写完整率", 15, "%", "≥", pct(0.95)),
        ("险情报告响应时间", 10, "分钟", "≤", 30),
        ("值班室设备完好率", 10, "%", "≥", pct(0.95)),
        ("辖区群众满意度", 10, "%", "≥", pct(0.9)),
    ], merged=(), label="年度绩效指标")  # fmt: skip
    b.file_mark("W101", "error", note="权重20+15+15+15+10+10+10=95，不是100")
    sign(s, "岑立夏", "0739-6641176")
    return b


@variant("cq09-roster-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, bare numbers "
         "with a unit column, a 下降率 正向 with ≥ and ≤0起 (correct)")  # fmt: skip
def roster_direction_column() -> Book:
    b, s = project(name="汛期乡镇防汛值班值守补助", unit=OFFICE, dept="澄岭县水利局（415）",
                   money=one_year(72, 60, 12),
                   goals=["全县14个乡镇汛期值班补助按标准发放。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "值班补助发放人天数", "正向", "≥", 4000, "人·天"),
        (None, "质量指标", "值班记录完整率", "正向", "≥", 98, "%"),
        (None, "时效指标", "险情报告响应时间", "反向", "≤", 30, "分钟"),
        (None, "成本指标", "值班补助标准", "反向", "≤", 150, "元/人·天"),
        ("效益指标", "社会效益指标", "防汛安全责任事故", "反向", "≤", 0, "起"),
        (None, None, "群众转移不及时投诉下降率", "正向", "≥", 20, "%"),
        ("满意度指标", "服务对象满意度指标", "值班联络对象满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "卢望舒", "0739-6617702")
    return b


@variant("cq10-roster-assessment-header", (7, 11),
         "project, OLD-NAT, headers 考核指标 / 目标值（年度） / 评价标准: a 接通率 with ≤, "
         "=95% on a rate, a subsidy standard × days above the budget")  # fmt: skip
def roster_assessment_header() -> Book:
    b, s = project(name="汛期村级巡查值守", unit="澄岭县柘港镇人民政府",
                   money=one_year(45, 40, 5),
                   goals=["汛期组织沿河8个村开展巡查值守，险情早发现、早报告。"])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    cost = mk("≤150元/人·天", "B107", "warning", row=True,
              note="150元/人·天×4000人·天=60万元，超过年度资金45万元")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "村级巡查值守人天数", "≥4000人·天", "每少100人·天扣1分"),
        (None, "质量指标", "巡查记录规范率", mk("=95%", "T107", "warning"), "达到得满分"),
        (None, None, "值班电话接通率",
         mk("≤95%", "T108", "warning", row=True, note="接通率是正向指标"), "达到得满分"),
        (None, "时效指标", "险情上报时限", "≤30分钟", "超时一次扣2分"),
        (None, "成本指标", "巡查值守补助标准", cost, "不超标准得满分"),
        ("效益指标", "社会效益指标", "汛期巡查责任事故", "≤0起", "发生即不得分"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "按问卷结果计分"),
    ])  # fmt: skip
    sign(s, "韩述白", "0739-6659348")
    return b


@variant("cq11-roster-notes-page-break", (4,),
         "project, OLD-NAT, operator and unit columns: a 注 row inside the table, the header "
         "repeated after a page break, 说明 explaining the total, 填表说明, signature and a fill "
         "date in the year before (correct)")  # fmt: skip
def roster_notes_page_break() -> Book:
    b, s = project(name="枫埠镇汛期值班值守保障", unit="澄岭县枫埠镇人民政府",
                   money=one_year(96, 80, 16),
                   goals=["汛期（6月1日至10月31日）镇村两级320人轮值。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "值班表编制数量", "≥", 14, "个"),
        (None, None, "汛期在岗值班人员", "≥", 320, "人"),
        (None, None, "汛期值班天数", "≥", 153, "天"),
        (None, "质量指标", "值班人员到岗率", "≥", 98, "%"),
        (None, "时效指标", "值班表报备时间", "≤", day(YEAR, 5, 20), None),
        (None, "成本指标", "值班补助人均标准", "≤", 2400, "元/人"),
    ])  # fmt: skip
    notes(s, "注：值班人员含镇机关干部、村（社区）两委成员及水库巡查员。")
    s.skip()
    s.row(*HEAD_OP)
    s.table([
        ("效益指标", "社会效益指标", "汛情信息漏报次数", "≤", 0, "次"),
        (None, "可持续影响指标", "值班值守制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "基层群众满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：年度资金总额96万元中，其他资金16万元为上年结转资金。",
          "填表说明：1.比较符填在“指标性质”列；2.定性指标填“定性”。")  # fmt: skip
    sign(s, "覃望川", "0739-6603365")
    return b


@variant("cq12-roster-template-rows", (6, 13),
         "project, NAT-2021, values inline: a tier-2 left from the template with nothing, a "
         "value without a name")  # fmt: skip
def roster_template_rows() -> Book:
    b, s = project(name="乡镇防汛值班室标准化改造", unit="澄岭县栖梧乡人民政府",
                   money=one_year(30, 26, 4),
                   goals=["完成栖梧乡6间镇村值班室标准化改造，配齐通讯和照明设备。"])  # fmt: skip
    indicators(s, HEAD_INLINE, [
        ("成本指标", "经济成本指标", "值班室改造单价", "≤4万元/间"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True, note="模板行未填写")),
        ("产出指标", "数量指标", "改造值班室数量", "≥6间"),
        (None, "质量指标", "值班设备验收合格率", "≥98%"),
        (None, "时效指标", mk(None, "F110", "error", note="有指标值，没有指标名称"),
         "2025年5月31日前"),
        ("效益指标", "社会效益指标", "汛情信息上报及时率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "值班人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蓝知秋", "0739-6672290")
    return b
