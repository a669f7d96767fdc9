"""廊桥 repair: percent cells, multi-year columns, directions and points (za01–za06)."""

from __future__ import annotations

from tests.variants.holdout459.common import (
    funds,
    lines,
    new,
    period_funds,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout459.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "棠岭县文物保护所"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")

ZA01 = [
    ("产出指标", "数量指标", "修缮廊桥座数", "≥", 2, "座"),
    (None, None, "更换糟朽木构件", "≥", 140, "根"),
    (None, "质量指标", "修缮工程验收合格率", "=", pct(1), "%"),
    (None, None, "木构件防腐处理达标率", "≥", pct(0.95), "%"),
    (None, None, "施工安全事故", "≤", 0, "起"),
    (None, "时效指标", "主体修缮完成时间", "≤", day(2026, 10, 31, CN_DATE), None),
    (None, "成本指标", "单座廊桥修缮成本", "≤", 45, "万元/座"),
    ("效益指标", "社会效益指标", "廊桥开放接待游客", "≥", 3.5, "万人次"),
    (None, "可持续影响指标", "修缮档案建档率", "=", pct(1), "%"),
    ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant("za01-bridge-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format, a date cell as deadline, 0起 on an incident count (correct)")  # fmt: skip
def za01() -> Book:
    b, s = new()
    project(s, "鹊溪桥、云垟桥木构件修缮", UNIT, funds(96, 80, 16),
            ["修缮鹊溪桥、云垟桥2座廊桥木构件和屋面，施工安全零事故。"])  # fmt: skip
    table(s, OP_HEAD, ZA01)
    sign(s, "柯文岳", "0591-7736 2410")
    return b


ZA02 = [
    ("产出指标", "数量指标", "加固石砌桥墩", "≥", 6, "个"),
    (None, "质量指标", "加固工程验收合格率", "≥",
     mk(pct(1.05), "T106", "error", note="105% typed in Excel on a capped 合格率")),
    (None, None, "桥面防滑处理完成率", "≥",
     mk(12, "T105", "error", row=True, note="a 完成率 given as 12 处, not a percentage"), "处"),
    (None, "时效指标", "桥墩加固完工时间", "≤", day(2026, 9, 30, CN_DATE), None),
    (None, "成本指标", "桥墩加固单价", "≤", 18, "万元/个"),
    ("效益指标", "社会效益指标", "汛期廊桥结构险情", "≤", 0, "起"),
    (None, "可持续影响指标", "桥墩设计使用年限", "≥", 30, "年"),
    ("满意度指标", "服务对象满意度指标", "过桥游客满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant("za02-bridge-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: 105% typed on a 合格率, a 完成率 given "
         "in 处, 资金总额 not the sum of its sources")  # fmt: skip
def za02() -> Book:
    b, s = new()
    total = mk(wan(150), "B101", "error", row=True,
               note="150 ≠ 财政拨款 120 + 其他资金 20")  # fmt: skip
    money_rows = [["资金总额", total, "其中：财政拨款", wan(120)],
                  ["其他资金", wan(20), None, None]]  # fmt: skip
    project(s, "双涧廊桥石砌桥墩加固", UNIT, money_rows,
            ["加固双涧廊桥6个石砌桥墩，消除汛期结构隐患。"])  # fmt: skip
    table(s, OP_HEAD, ZA02)
    sign(s, "柯文岳", "0591-7736 2410")
    return b


ZA03 = [
    ("产出指标", "数量指标", "修缮廊桥座数", "≥6座", "≥2座"),
    (None, None, "安装结构监测点位", "≥48个", "≥16个"),
    (None, "质量指标", "修缮验收合格率", "=100%", "=100%"),
    (None, "时效指标", "年度修缮任务按期完成率", "≥95%", "≥95%"),
    ("成本指标", "经济成本指标", "单座廊桥局部修缮成本", "≤75万元/座", "≤75万元/座"),
    ("效益指标", "社会效益指标", "廊桥开放接待游客", "≥12万人次", "≥3.5万人次"),
    (None, "可持续影响指标", "监测数据保存年限", "≥10年", "≥10年"),
    ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant("za03-bridge-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: counts split by year, "
         "rates, unit costs and a retention period legitimately equal (correct)")  # fmt: skip
def za03() -> Book:
    b, s = new()
    project(s, "双涧流域廊桥群保护修缮三年行动", UNIT,
            period_funds((540, 480, 60), (180, 160, 20)),
            ["三年完成双涧流域6座廊桥局部修缮，建成廊桥结构监测平台。",
             "2026年完成2座廊桥局部修缮和监测平台一期16个点位。"],
            years=3, attr="新增项目")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), ZA03)
    sign(s, "柯文岳", "0591-7736 2410")
    return b


GOAL04 = "两年完成枫坳桥、龙井桥白蚁防治和屋面瓦件更换，木构件保存完好。"
ZA04 = [
    ("产出指标", "数量指标", "白蚁防治处理面积", "≥3600平方米",
     mk("≥3600平方米", "D202", "warning", note="cumulative area copied from the 中期 column")),
    (None, None, "屋面瓦件更换", "≥1.2万片", "≥0.6万片"),
    (None, "质量指标", "防治后白蚁复发率", "≤5%",
     mk("≥5%", "T108", "warning", row=True, alt=("D203",), note="反向 rate with ≥")),
    (None, "时效指标", "年度防治任务按期完成率", "≥95%", "≥95%"),
    ("成本指标", "经济成本指标", "白蚁防治单价", "≤60元/平方米", "≤60元/平方米"),
    ("效益指标", "社会效益指标", "廊桥木构件保存完好率", "≥95%", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "过桥群众满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant("za04-bridge-multi-year-copied", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative area copied, a 反向 rate with ≥ in the annual column")  # fmt: skip
def za04() -> Book:
    b, s = new()
    annual = mk(GOAL04, "D204", "warning", note="年度目标 identical to 中期目标")
    project(s, "枫坳桥、龙井桥白蚁防治及屋面修缮", UNIT,
            period_funds((220, 200, 20), (130, 120, 10)), [GOAL04, annual],
            years=2, attr="新增项目")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), ZA04)
    sign(s, "柯文岳", "0591-7736 2410")
    return b


ZA05 = [
    ("产出指标", "数量指标", "日常巡护频次", "正向", "≥", 52, "次"),
    (None, None, "安装水位预警装置", "正向", "≥", 5, "套"),
    (None, "质量指标", "巡护记录完整率", "正向", "≥", pct(0.98), "%"),
    (None, "时效指标", "汛期险情响应时间", "反向", "≤", 2, "小时"),
    (None, "成本指标", "预警装置单价", "反向", "≤", 3.2, "万元/套"),
    ("效益指标", "社会效益指标", "廊桥结构险情发生次数", "反向", "≤", 0, "起"),
    (None, None, "虫蛀构件比例下降率", "正向", "≥", 20, "%"),
    (None, "可持续影响指标", "巡护员持证上岗率提高", "正向", "≥", 5, "百分点"),
    ("满意度指标", "服务对象满意度指标", "过桥群众满意度", "正向", "≥", 90, "%"),
]  # fmt: skip


@variant("za05-bridge-direction", (10, 11),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers with a "
         "unit column: a 下降率 with ≥, 0起, a rate raised in 百分点 (correct)")  # fmt: skip
def za05() -> Book:
    b, s = new(widths=(16, 16, 30, 12, 12, 14, 14))
    project(s, "廊桥防汛预警及日常巡护", UNIT, funds(64, 64, 0),
            ["全年巡护全县廊桥52次，5座临水廊桥装设水位预警，汛期无结构险情。"],
            attr="常年项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    table(s, head, ZA05)
    lines(s, "注：指标性质填正向或反向，指标方向填比较符。", width=7)
    sign(s, "柯文岳", "0591-7736 2410")
    return b


ZA06 = [
    ("产出指标", 40, "数量指标", "铺设游客步道", "≥600平方米", 10),
    (None, None, None, "设置解说牌", "≥36块", 10),
    (None, None, "质量指标", "解说牌二维码覆盖率",
     mk("36块", "T105", "error", note="a 覆盖率 given as a count"), 10),
    (None, None, "时效指标", "步道完工时间", "2026年8月31日前", 10),
    ("成本指标", 20, "经济成本指标", "步道铺设单价", "≤450元/平方米", 10),
    (None, None, None, "解说牌制作单价", "≤2500元/块", 10),
    ("效益指标", mk(30, "W103", "error", alt=("W101",), note="10 + 10 + 5 = 25 ≠ 30"),
     "社会效益指标", "步道接待游客", "≥4万人次", 10),
    (None, None, None, "步道平整度合格率提高", "≥3百分点", 10),
    (None, None, "可持续影响指标", "解说内容年度更新次数", "≥1次", 5),
    ("满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
]  # fmt: skip


@variant("za06-bridge-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column: 效益 scores 25 "
         "against its 30, a 覆盖率 given as a count, a rate raised in 百分点")  # fmt: skip
def za06() -> Book:
    b, s = new(widths=(14, 8, 18, 28, 18, 8))
    project(s, "鹊溪廊桥游客步道及解说系统", UNIT, funds(48, 40, 8),
            ["建成鹊溪廊桥两岸游客步道600平方米和解说牌36块。"])  # fmt: skip
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), ZA06,
          merged=(1, 2, 3))  # fmt: skip
    sign(s, "柯文岳", "0591-7736 2410")
    return b
