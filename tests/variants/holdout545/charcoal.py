"""Returns ci07–ci12: bamboo charcoal (竹炭) projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout545.common import (
    YEAR,
    detail,
    indicators,
    notes,
    one_year,
    period_money,
    signature,
    start,
)
from tests.variants.holdout545.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

DEPT = "筠岙县林业局（217011）"
COOP = "筠岙县炭岙乡竹炭产业专业合作社"
CODE = "330327251000000417"
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ci07-charcoal-three-year", (7, 8), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns under header 绩效目标值, counts lower in the year (correct)")  # fmt: skip
def ci07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="炭岙乡竹炭窑炉标准化改造", dept=DEPT, unit=COOP,
                 attr="新增项目", money=period_money((300, 240, 60), (100, 80, 20)),
                 goals=["三年改造竹炭窑炉18座，培训烧炭工540人次，竹炭年产能达到1200吨。",
                        "本年改造窑炉6座，培训烧炭工180人次，新增竹炭产能400吨。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效目标值", None, merge=[(1, 3), (4, 5)])
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "改造竹炭窑炉数量", "≥18座", "≥6座"),
        (None, None, "烧炭工培训人次", "≥540人次", "≥180人次"),
        (None, "质量指标", "改造窑炉验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每座窑炉改造补助", "≤12万元/座", "≤12万元/座"),
        ("效益指标", "经济效益指标", "新增竹炭产能", "≥1200吨", "≥400吨"),
        (None, "生态效益指标", "窑烟颗粒物排放达标率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "烧炭户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "祁永强", "0577-6833 5102")
    return b


@variant("ci08-charcoal-period-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def ci08() -> Book:
    b, s = start()
    goal = "建设竹醋液提取车间2处，新建机制竹炭生产线4条，培训竹农900人次。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to the three-year 中期目标")
    project_head(s, year=YEAR, years=3, name="竹炭竹醋液综合利用示范", dept=DEPT,
                 unit="筠岙县篁湾竹炭加工厂", money=period_money((450, 360, 90), (150, 120, 30)),
                 goals=[goal, copied])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "新建机制竹炭生产线", "≥4条",
         mk("≥4条", "D202", "warning", note="three-year count copied into the year")),
        (None, None, "竹农培训人次", "≥900人次",
         mk("≥900人次", "D202", "warning", note="three-year count copied into the year")),
        (None, "质量指标", "竹醋液精制合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "每吨竹炭加工成本", "≤2800元/吨", "≤2800元/吨"),
        ("效益指标", "经济效益指标", "竹醋液销售收入", "≥120万元", "≥40万元"),
        (None, "生态效益指标", "竹加工剩余物利用率", "≥85%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "竹农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "祁永强", "0577-6833 5102")
    return b


@variant("ci09-charcoal-pdf-artefacts", (9,), "project, OLD-NAT, one value column, detail lines "
         "below the table: an amount split by a space, an amount pasted twice")  # fmt: skip
def ci09() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="炭岙乡竹炭烘干房建设", dept=DEPT, unit=COOP,
                 money=one_year(90.56, 80, 10.56),
                 goals=["建成竹炭烘干房3座，年烘干竹炭600吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "竹炭烘干房建设数量", "≥3座"),
        (None, "质量指标", "烘干房竣工验收合格率", "=100%"),
        (None, "时效指标", "烘干房投用时间", "2025年9月30日前"),
        (None, "成本指标", "每座烘干房建设成本", "≤25万元/座"),
        ("效益指标", "经济效益指标", "年烘干竹炭量", "≥600吨"),
        ("满意度指标", "服务对象满意度指标", "入社烧炭户满意度", "≥90%"),
    ])  # fmt: skip
    detail(s, "资金明细", [
        ("烘干房土建", mk("42.5 6", "X105", "warning", alt=("X103",),
                       note="42.56 split by a space in the PDF copy")),
        ("热风炉及风机", mk("28万28万", "X106", "error", alt=("B108",),
                        note="28万 pasted twice; 42.56 + 28 + 20 = 90.56")),
        ("温湿度监控设备", 20),
    ], 90.56)  # fmt: skip
    signature(s, "彭桂兰", "0577-6833 7716")
    return b


@variant("ci10-charcoal-footnotes", (4,), "project, OLD-NAT, one value column: an "
         "instruction row inside the table, 注 and 填表说明 under it, signature and prior-year "
         "date (correct)")  # fmt: skip
def ci10() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="竹炭工艺品加工技能提升", dept=DEPT, unit=COOP,
                 money=one_year(55, 50, 5),
                 goals=["开展竹炭雕刻与包装技能培训10期，开发竹炭工艺品新品12款。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    notes(s, ["（三级指标请填写可量化的内容，定性指标按“好、较好、一般、差”填写）"], 4)
    s.table([
        ("产出指标", "数量指标", "技能培训期数", "≥10期"),
        (None, None, "竹炭工艺品新品开发数", "≥12款"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "每期培训经费", "≤4万元/期"),
        ("效益指标", "经济效益指标", "工艺品销售收入", "≥80万元"),
        (None, "社会效益指标", "带动就业人数", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.年度资金总额55万元含合作社自筹5万元，列入其他资金。",
              "2.新品开发数以县市场监管部门备案的款式计。",
              "填表说明：本表一式三份，报县财政局、县林业局各一份，合作社留存一份。"])  # fmt: skip
    s.skip()
    s.row("合作社负责人（签字）：", "彭桂兰", "财务负责人（签字）：", "邬小军")
    s.row("填报日期：", day(YEAR - 1, 12, 18, CN_DATE), None, "（合作社盖章）")
    return b


@variant("ci11-charcoal-export-direction", (11,), "budget-system export (05-1 and 05-2 "
         "sheets, codes in the first columns, header on row 3): ≥ on a 投诉率, ≤ on a 成品率, "
         "= on a cost cap")  # fmt: skip
def ci11() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 26, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(CODE, "竹炭窑烟净化与提质", 70, 60, 10)
    t = b.sheet("部门项目支出绩效目标05-2", (20, 20, 14, 16, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：筠岙县炭岙乡竹炭产业专业合作社")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (CODE, "竹炭窑烟净化与提质", "产出指标", "数量指标", "净化设备安装数量", "≥10台"),
        (None, None, None, "质量指标", "炭化成品率",
         mk("≤85%", "T108", "warning", row=True, note="成品率 is 正向: ≥ meant")),
        (None, None, None, "时效指标", "设备安装完成时间", "2025年8月31日前"),
        (None, None, None, "成本指标", "每台净化设备购置成本",
         mk("=4.5万元/台", "T108", "warning", row=True, note="= on a cost cap: ≤ meant")),
        (None, None, "效益指标", "生态效益指标", "周边居民窑烟投诉率",
         mk("≥2%", "T108", "warning", row=True, note="投诉率 is 反向: ≤ meant")),
        (None, None, None, "经济效益指标", "优等竹炭销售收入", "≥60万元"),
        (None, None, "满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("ci12-charcoal-two-level-points", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator score column both adding to 100, a rate raised in 百分点, ≥ on a 下降率, "
         "0起 on an accident count (correct)")  # fmt: skip
def ci12() -> Book:
    b, s = start("绩效目标", (14, 8, 16, 26, 16, 10))
    goal = "收购社员竹炭500吨，优等炭率提高3个百分点，全年无窑炉安全事故。"
    project_head(s, year=YEAR, name="竹炭收购与品质提升补贴", dept=DEPT, unit=COOP,
                 money=one_year(65, 55, 10), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", 40, "数量指标", "竹炭收购量", "≥500吨", 15),
        (None, None, None, "品质检测批次", "≥50批次", 10),
        (None, None, "质量指标", "优等炭率提高幅度", "≥3百分点", 15),
        ("成本指标", 20, "经济成本指标", "竹炭收购补贴标准", "≤0.6元/公斤", 10),
        (None, None, "社会成本指标", "窑炉安全生产事故", "≤0起", 10),
        ("效益指标", 30, "经济效益指标", "社员竹炭销售收入增长率", "≥8%", 10),
        (None, None, "生态效益指标", "竹材加工损耗下降率", "≥5%", 10),
        (None, None, "可持续影响指标", "签订长期收购协议户数", "≥80户", 10),
        ("满意度指标", 10, "服务对象满意度指标", "社员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])
    signature(s, "祁永强", "0577-6833 5102", day(YEAR, 1, 15))
    return b
