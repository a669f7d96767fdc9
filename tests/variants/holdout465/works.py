"""Fire-protection works on stilt houses: wiring, detectors, hydrants, water tanks, fire breaks
(zg01-zg06: percent cells, conversion artefacts, points at two levels, money blocks)."""

from __future__ import annotations

from tests.variants.holdout465.common import FIRE, indicators, project, sign, start, w
from tests.variants.holdout465.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("zg01-wiring-percent-cells", (1, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, typed percents, 万元 "
         "in the number format (correct)")  # fmt: skip
def zg01() -> Book:
    b, s = start()
    project(s, "吊脚楼民居电气线路改造及火灾报警器安装", FIRE, 120, 100, 20,
            "完成岩脚寨等6个村寨400户吊脚楼电气线路改造，安装独立式感烟报警器800个。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "完成电气线路改造的吊脚楼户数", "≥", 400, "户"),
        (None, None, "安装独立式感烟火灾探测报警器", "≥", 800, "个"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, None, "报警器联网在线率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2025, 10, 31, CN_DATE), "日期"),
        (None, "成本指标", "每户电气线路改造补助标准", "≤", 0.25, "万元/户"),
        ("效益指标", "社会效益指标", "改造村寨电气火灾隐患下降率", "≥", pct(0.6), "%"),
        (None, None, "因电气原因引发的吊脚楼火灾", "≤", 0, "起"),
        (None, "可持续影响指标", "改造线路安全使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
    ], head=OPS)  # fmt: skip
    sign(s, "龙秀芝", "0855-3716248")
    return b


@variant("zg02-hydrant-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column and unit column: a typed percent over 100, a 反向 "
         "rate with ≥, = on a satisfaction rate")  # fmt: skip
def zg02() -> Book:
    b, s = start()
    project(s, "传统村落室外消火栓及消防管网建设", FIRE, 86, 70, 16,
            "在高坳、梨木坪等4个吊脚楼村寨新建室外消火栓48个、消防管网3.2公里。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建室外消火栓", "≥", 48, "个"),
        (None, None, "铺设消防供水管网长度", "≥", 3.2, "公里"),
        (None, "质量指标", "消火栓安装验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 is capped at 100%: 105% cannot be"), "%"),
        (None, "时效指标", "管网通水时间", "≤", day(2025, 9, 30, CN_DATE), "日期"),
        (None, "成本指标", "每个消火栓建设成本", "≤", 0.6, "万元/个"),
        ("效益指标", "社会效益指标", "消火栓保护半径覆盖率", "≥", pct(0.9), "%"),
        (None, None, "村寨火灾发生率",
         mk("≥", "T108", "warning", row=True, note="发生率 is 反向: should be ≤"), pct(0.02), "%"),
        (None, "可持续影响指标", "消火栓维护责任落实到寨", "定性", "是", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度",
         mk("=", "T107", "warning", row=True, note="= 95% on a satisfaction rate means ≥"),
         pct(0.95), "%"),
    ], head=OPS)  # fmt: skip
    sign(s, "杨再福", "0855-3716377")
    return b


@variant("zg03-water-tank-artefacts", (9, 12),
         "project, NAT-2021, one value column, detail lines below the table: an amount split by "
         "a space, the completion date pasted as a date serial in text")  # fmt: skip
def zg03() -> Book:
    b, s = start()
    serial = mk("46022", "X104", "warning", note="2025-12-31 pasted as a serial in a text cell")
    project(s, "吊脚楼村寨消防水池及消防通道建设", "枫峒县岩脚镇人民政府", 120, 120, 0,
            "新建200立方米消防水池3座，拓宽寨内消防通道1.8公里。", end=serial)  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新建消防水池（200立方米）", "≥3座"),
        (None, None, "拓宽寨内消防通道", "≥1.8公里"),
        (None, "质量指标", "水池及通道工程验收合格率", "100%"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每座消防水池建设成本", "≤14.2万元/座"),
        ("效益指标", "社会效益指标", "消防车可通达的吊脚楼户数", "≥260户"),
        (None, "可持续影响指标", "消防水源常年有水率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "寨民满意度", "≥90%"),
    ])  # fmt: skip
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    s.row(None, "新建消防水池3座", None,
          mk("42.37 5", "X105", "warning", alt=("X103",), note="42.375 split by a space"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "消防通道拓宽1.8公里", None, w(50), merge=[(2, 3)])
    s.row(None, "水泵及配套管网", None, w(27.625), merge=[(2, 3)])
    s.row(None, "合计", None, w(120), merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    sign(s, "吴德明", "0855-3921450")
    return b


POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("zg04-outreach-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), a "
         "know-how rate raised in 百分点 (correct)")  # fmt: skip
def zg04() -> Book:
    b, s = start(widths=(14, 8, 18, 30, 18, 10))
    project(s, "吊脚楼村寨消防安全宣传教育", "枫峒县应急管理局", 30, 30, 0,
            "在全县38个吊脚楼村寨开展120场双语消防宣讲，提高村民用火用电安全知识。")  # fmt: skip
    indicators(s, [
        ("产出指标", 40, "数量指标", "开展苗汉双语消防宣讲", "≥120场", 20),
        (None, None, None, "发放防火明白卡", "≥6000份", 10),
        (None, None, "时效指标", "秋冬防火期前完成宣讲", "2025年10月31日前", 10),
        ("成本指标", 20, "经济成本指标", "每场宣讲活动经费", "≤0.15万元/场", 20),
        ("效益指标", 30, "社会效益指标", "村民消防安全知识知晓率", "提高≥10百分点", 15),
        (None, None, "可持续影响指标", "村寨防火公约修订覆盖率", "100%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训村民满意度", "≥90%", 10),
    ], head=POINTS, merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "麻成芳", "0855-3925106")
    return b


@variant("zg05-firebreak-points-mismatch", (10,),
         "project, NAT-2021, tier-1 and indicator score columns: two tier scores the indicators "
         "under them do not add up to, a completion rate given as a length")  # fmt: skip
def zg05() -> Book:
    b, s = start(widths=(14, 8, 18, 30, 18, 10))
    project(s, "吊脚楼村寨防火隔离带建设", "枫峒县林业局", 54, 50, 4,
            "在9个林寨交界的吊脚楼村寨外围清理建设防火隔离带12公里。")  # fmt: skip
    rate = mk("12公里", "T105", "error", note="a 完成率 given as a length")
    over = "indicators under 产出 add up to 35, not 40"
    under = "indicators under 效益 add up to 35, not 30"
    indicators(s, [
        ("产出指标", mk(40, "W103", "error", note=over), "数量指标", "新建防火隔离带", "≥12公里",
         15),
        (None, None, None, "隔离带植被清理完成率", rate, 10),
        (None, None, "时效指标", "隔离带建成时间", "2025年11月15日前", 10),
        ("成本指标", 20, "经济成本指标", "每公里隔离带建设成本", "≤4.5万元/公里", 20),
        ("效益指标", mk(30, "W103", "error", note=under), "生态效益指标", "林火蔓延入寨次数",
         "≤0次", 20),
        (None, None, "可持续影响指标", "隔离带年度维护次数", "≥2次", 15),
        ("满意度指标", 10, "服务对象满意度指标", "周边寨民满意度", "≥90%", 10),
    ], head=POINTS, merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "田光荣", "0855-3930482")
    return b


@variant("zg06-contiguous-money-wrong", (12,),
         "project, OLD-NAT, operator column: 资金总额 ≠ 财政拨款 + 其他资金, a unit cost × count "
         "above the money")  # fmt: skip
def zg06() -> Book:
    b, s = start()
    total = mk(150, "B101", "error", note="120 + 20 = 140, not 150")
    project(s, "集中连片吊脚楼村寨消防综合改造", FIRE, total, 120, 20,
            "对坡头、枫木湾两个连片村寨400户吊脚楼实施防火分隔和电气改造。")  # fmt: skip
    cost = mk(0.4, "B107", "warning", row=True, note="0.4万元 × 400户 = 160 > 150 (and > 140)")
    indicators(s, [
        ("产出指标", "数量指标", "实施防火分隔改造的吊脚楼户数", "≥", 400, "户"),
        (None, None, "设置木结构防火封堵墙", "≥", 120, "处"),
        (None, "质量指标", "改造工程验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2025, 11, 30, CN_DATE), "日期"),
        (None, "成本指标", "每户综合改造补助标准", "≤", cost, "万元/户"),
        ("效益指标", "社会效益指标", "连片村寨火灾蔓延风险等级", "定性", "降低一级", None),
        (None, "可持续影响指标", "防火分隔设施完好率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥", pct(0.9), "%"),
    ], head=OPS)  # fmt: skip
    sign(s, "石永清", "0855-3716512")
    return b
