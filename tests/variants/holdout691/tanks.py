"""Largemouth bass (鲈鱼) grown out in recirculating tanks (hy01–hy06): tank workshops, tail-water
treatment, a budget-system export, stacked projects and multi-year projects."""

from __future__ import annotations

from tests.variants.holdout691.common import (
    STATION,
    notes,
    one_year,
    periods,
    project,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout691.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
ONE = ("一级指标", "二级指标", "三级指标", "指标值", "备注")

HY01 = [
    ("产出指标", "数量指标", "改造循环水养殖池", "≥", 48, "个"),
    (None, None, "其中：育成池", "≥", 36, "个"),
    (None, None, "商品鲈鱼产量", "≥", 90, "吨"),
    (None, "质量指标", "养殖成活率", "≥", pct(0.92), "%"),
    (None, None, "养殖尾水排放达标率", "=", pct(1), "%"),
    (None, "时效指标", "改造工程完工时间", "≤", day(2025, 9, 30, CN_DATE), None),
    (None, "成本指标", "单池改造成本", "≤", 1.8, "万元/个"),
    ("效益指标", "经济效益指标", "带动养殖户户均增收", "≥", 3000, "元/户"),
    (None, "社会效益指标", "带动周边养殖户", "≥", 60, "户"),
    (None, "生态效益指标", "养殖用水循环利用率", "≥", pct(0.85), "%"),
    (None, "可持续影响指标", "养殖水质安全事故", "=", 0, "起"),
    ("满意度指标", "服务对象满意度指标", "示范养殖户满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant("hy01-tank-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal count with its part in brackets, 0起 on incidents (correct)")  # fmt: skip
def hy01() -> Book:
    b, s = start()
    project(s, name="泓川县鲈鱼工厂化循环水养殖示范项目", unit=STATION,
            money=one_year(150, 120, 30),
            goals=("改造循环水养殖池48个（其中育成池36个、暂养池12个），配套微滤机和生物"
                   "滤池，年产商品鲈鱼90吨以上，带动周边养殖户60户。",))  # fmt: skip
    table(s, OP6, HY01)
    notes(s, "注：单池改造成本含池体、管路和增氧设备，48个池合计不超过86.4万元。")
    sign(s, "韦嘉禾", "0768-5824361", day(2024, 11, 26))
    return b


HY02 = [
    ("成本指标", "经济成本指标", "示范车间建设单价", "≤120万元/个", "≤120万元/个", None),
    ("产出指标", "数量指标", "建成循环水示范车间", "≥3个", "≥1个", "逐年建设"),
    (None, None, "新增养殖水体", "≥3600立方米", "≥1200立方米", None),
    (None, None, "商品鲈鱼产量", "≥300吨", "≥80吨", "累计"),
    (None, "质量指标", "养殖成活率", "≥90%", "≥90%", None),
    (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前", None),
    ("效益指标", "经济效益指标", "单方水体年产值", "≥1500元/立方米", "≥1500元/立方米", None),
    (None, "生态效益指标", "养殖尾水达标排放率", "100%", "100%", None),
    (None, "可持续影响指标", "培训养殖技术骨干", "≥90人", "≥30人", "累计"),
    ("满意度指标", "服务对象满意度指标", "参与养殖户满意度", "≥90%", "≥90%", None),
]  # fmt: skip


@variant("hy02-tank-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside smaller annual "
         "ones, equal rates and unit costs, a later year the work prepares for "
         "(correct)")  # fmt: skip
def hy02() -> Book:
    b, s = start("绩效目标表")
    project(s, name="泓川县鲈鱼循环水养殖示范车间建设（2025—2027年）", unit=STATION,
            years=3, attr="新增项目", money=periods((450, 380, 70), (150, 120, 30)),
            goals=("三年建成鲈鱼循环水养殖示范车间3个，新增养殖水体3600立方米，累计产商品"
                   "鲈鱼300吨以上，形成可复制的尾水处理模式，为2028年全县推广积累技术数据。",
                   "2025年建成示范车间1个，新增养殖水体1200立方米，产商品鲈鱼80吨以上，"
                   "培训养殖技术骨干30人。"))  # fmt: skip
    table(s, TWO, HY02)
    sign(s, "莫晓川", "0768-5820147", day(2024, 12, 3), boss="覃立峰")
    return b


HY03 = [
    ("产出指标", "数量指标", "改造循环水养殖车间",
     mk("≥3个", "D104", "warning", row=True, note="年度目标写改造车间2个")),
    (None, None, "新增养殖水体", "≥1200立方米"),
    (None, None, "商品鲈鱼产量",
     mk("≥50吨", "D104", "warning", row=True, note="年度目标写年产商品鲈鱼60吨")),
    (None, "质量指标", "养殖成活率", "≥90%"),
    (None, "时效指标", "设备安装调试完成时间",
     mk("2026年9月30日前", "Y102", "error", row=True, alt=("D104", "Y103"),
        note="一年期2025年项目，年度目标写9月底前完成，期限却落在2026年")),
    (None, "成本指标", "单个车间改造成本", "≤30万元/个"),
    ("效益指标", "经济效益指标", "新增商品鱼产值", "≥150万元"),
    (None, "生态效益指标", "养殖尾水达标排放率", "100%"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
]  # fmt: skip


@variant("hy03-tank-goal-against-indicators", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: two counts and a deadline that the "
         "年度目标 states otherwise")  # fmt: skip
def hy03() -> Book:
    b, s = start()
    project(s, name="砚溪镇鲈鱼循环水养殖车间改造", unit="砚溪镇农业综合服务中心",
            money=one_year(100, 85, 15),
            goals=("改造鲈鱼循环水养殖车间2个，新增养殖水体1200立方米，年产商品鲈鱼60吨，"
                   "9月底前完成设备安装调试。",))  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), HY03)
    sign(s, "黎若溪", "0768-6613025", day(2024, 11, 15))
    return b


HY04A = [
    ("产出指标", "数量指标", "更新循环水处理设备", "≥20台套", None),
    (None, "质量指标", "设备验收合格率", "100%", None),
    (None, "时效指标", "设备安装完成时间", "2025年6月30日前", None),
    (None, "成本指标", "单台套设备更新成本", "≤3.5万元/台套", "20台套合计≤70万元"),
    ("效益指标", "经济效益指标", "单位产量电耗下降率", "≥10%", None),
    (None, "可持续影响指标", "设备正常运行率", "≥95%", None),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", None),
]  # fmt: skip

HY04B = [
    ("产出指标", "数量指标", "建设尾水处理池", "≥4个", None),
    (None, "质量指标", "尾水处理达标率", "≥95%", None),
    (None, None, "尾水处理后达标率",
     mk("≥95%", "D103", "warning", row=True, alt=("D101",),
        note="与上一行“尾水处理达标率”多一个“后”字，是同一指标")),
    (None, "时效指标", "处理池建成时间", "2025年10月31日前", None),
    (None, "成本指标", "单池建设成本",
     mk("≤25万元/个", "B107", "warning", row=True,
        note="25万元×4个=100万元，超过年度资金95万元（拨款与其他资金合计仅90万元）"), None),
    ("效益指标", "生态效益指标", "尾水化学需氧量削减率", "≥30%", None),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%", None),
]  # fmt: skip


@variant("hy04-tank-stacked-money", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "total is not its parts, its unit cost × count exceeds it, a near-duplicate "
         "rate")  # fmt: skip
def hy04() -> Book:
    b, s = start("项目表")
    project(
        s,
        name="泓川县鲈鱼循环水养殖设备更新",
        unit=STATION,
        money=one_year(80, 60, 20),
        goals=("更新微滤机、增氧和水质在线监测设备20台套，6月底前安装完毕。",),
    )
    table(s, ONE, HY04A)
    s.skip()
    total = mk(wan(95), "B101", "error", note="财政拨款70+其他资金20=90，不是95")
    project(
        s,
        name="砚溪镇鲈鱼养殖尾水处理池建设",
        unit="砚溪镇农业综合服务中心",
        money=one_year(total, 70, 20),
        title="",
        goals=("建设鲈鱼养殖尾水处理池4个，尾水达标排放。",),
    )
    table(s, ONE, HY04B)
    sign(s, "韦嘉禾", "0768-5824361", day(2024, 11, 28))
    return b


HY05 = [
    ("311002-25-0007", "鲈鱼循环水养殖尾水生态净化示范", "产出指标", "数量指标",
     "建设尾水三级净化池", "大于等于", 1, "处"),
    (None, None, None, None, "净化面积", "大于等于", 12, "亩"),
    (None, None, None, "质量指标", "尾水回用率", "大于等于", 60, "%"),
    (None, None, None, None, "饲料系数", "小于等于", 1.3, None),
    (None, None, None, None, "商品鱼规格达标率较上年提高", "大于等于", 3, "百分点"),
    (None, None, None, "时效指标", "净化池建成时间", "小于等于", day(2025, 8, 31), None),
    (None, None, None, "成本指标", "净化池单亩建设成本", "小于等于", 6, "万元/亩"),
    (None, None, "效益指标", "生态效益指标", "单位产量能耗下降率", "大于等于", 8, "%"),
    (None, None, None, None, "尾水化学需氧量", "小于等于", 20, "毫克/升"),
    (None, None, None, "经济效益指标", "年节约养殖用水", "大于等于", 5, "万立方米"),
    (None, None, "满意度指标", "服务对象满意度指标", "周边养殖户满意度", "大于等于", 90, "%"),
]  # fmt: skip


@variant("hy05-tank-system-export", (7,),
         "budget-system export, OLD-NAT: money on sheet 05-1, the indicator table on sheet 05-2 "
         "under header 绩效目标值 on the third row, codes in the first columns, operators in "
         "words, a 下降率 with 大于等于, a ratio with 小于等于, a rise in 百分点 "
         "(correct)")  # fmt: skip
def hy05() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (16, 26, 12, 14, 14, 14, 40))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位名称：泓川县水产技术推广站", None, None, None, None, None, "金额单位：万元",
          merge=[(1, 3)])  # fmt: skip
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row("311002-25-0007", "鲈鱼循环水养殖尾水生态净化示范", "延续项目", wan(88), wan(80),
          wan(8), "建设尾水三级净化池（沉淀、曝气、人工湿地）1处，净化面积12亩，尾水回用率"
          "60%以上，饲料系数控制在1.3以内，8月底前建成。")  # fmt: skip
    s.row("合计", None, None, wan(88), wan(80), wan(8), None)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 28, 12, 12, 12))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：泓川县水产技术推广站", merge=[(1, 4)])
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
              "绩效目标值", "计量单位"), HY05, merged=(1, 2, 3, 4))  # fmt: skip
    return b


HY06 = [
    ("成本指标", "经济成本指标", "单套养殖单元建设成本", "≤6万元/套", "≤6万元/套", None),
    ("产出指标", "数量指标", "建设循环水养殖单元", "≥16套",
     mk("≥20套", "D201", "error", alt=("D104",), note="年度20套大于实施期16套"), None),
    (None, None, "商品鲈鱼产量", "≥160吨",
     mk("≥160吨", "D202", "warning", note="两年期项目，累计产量的年度值照抄实施期"), "累计"),
    (None, "质量指标", "养殖成活率", "≥90%", "≥90%", None),
    (None, "时效指标", "养殖单元投产时间", "2026年6月30日前", "2025年12月31日前", None),
    ("效益指标", "经济效益指标", "纯氧增氧节电率", "≥15%", "≥15%", None),
    (None, "生态效益指标", "养殖尾水达标排放率", "100%", "100%", None),
    ("满意度指标", "服务对象满意度指标", "合作养殖户满意度", "≥90%", "≥90%", None),
]  # fmt: skip

HY06_GOAL = ("建设鲈鱼循环水养殖单元16套，配套纯氧增氧和尾水处理系统，产商品鲈鱼160吨"
             "以上，尾水达标排放。")  # fmt: skip


@variant("hy06-tank-two-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an "
         "annual count above the period's, a cumulative count copied")  # fmt: skip
def hy06() -> Book:
    b, s = start()
    year_goal = mk(HY06_GOAL, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project(s, name="泓川县鲈鱼集装箱式循环水养殖单元建设", unit=STATION, years=2,
            attr="新增项目", money=periods((260, 220, 40), (140, 120, 20)),
            goals=(HY06_GOAL, year_goal))  # fmt: skip
    table(s, TWO, HY06)
    sign(s, "莫晓川", "0768-5820147", day(2024, 12, 9))
    return b
