"""Returns bq01–bq06: cistanche (肉苁蓉) inoculated under 梭梭 on desert shelterbelts."""

from __future__ import annotations

from tests.variants.holdout527.common import (
    annual,
    indicators,
    notes,
    period,
    project,
    signature,
    stacked,
    wan,
)
from tests.variants.holdout527.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("bq01-cistanche-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, 0起 on a fire count (correct)")  # fmt: skip
def bq01() -> Book:
    b = Book()
    s = project(b, "红柳滩防护林带梭梭林下肉苁蓉接种项目", "沙泉旗红柳滩国有林场",
                annual(320, 280, 40),
                ("在红柳滩防护林带梭梭林下接种肉苁蓉5000亩，"
                 "补植梭梭1200亩，带动周边农牧户增收。",))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "肉苁蓉接种面积", "≥", 5000, "亩"),
        (None, None, "防护林带梭梭补植面积", "≥", 1200, "亩"),
        (None, "质量指标", "肉苁蓉接种成活率", "≥", pct(0.85), "%"),
        (None, None, "梭梭补植成活率", "≥", pct(0.8), None),
        (None, "时效指标", "春季接种完成时间", "≤", day(2025, 5, 31), None),
        (None, "成本指标", "肉苁蓉接种补助标准", "≤", 500, "元/亩"),
        (None, None, "梭梭补植补助标准", "≤", 250, "元/亩"),
        ("效益指标", "经济效益指标", "参与农牧户户均增收", "≥", 3000, "元"),
        (None, "社会效益指标", "森林草原火灾发生次数", "=", 0, "起"),
        (None, "生态效益指标", "防护林带梭梭保存率", "≥", pct(0.9), None),
        (None, None, "林带鼠兔害发生率", "≤", pct(0.05), None),
        (None, "可持续影响指标", "接种林地后续管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "参与农牧户满意度", "≥", pct(0.9), None),
    ], head=OP_HEAD)  # fmt: skip
    signature(s, "乌兰图雅", "0477-6213058")
    return b


@variant("bq02-cistanche-stacked", (2,),
         "two cistanche projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values in each project (correct)")  # fmt: skip
def bq02() -> Book:
    b = Book()
    s = project(b, "肉苁蓉良种采种园建设项目", "沙泉旗治沙林业工作站", annual(80, 70, 10),
                ("建设肉苁蓉良种采种园30亩，年采收种子150公斤以上。",))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "采种园建设面积", "≥30亩"),
        (None, "质量指标", "种子发芽率", "≥60%"),
        (None, "时效指标", "种子采收完成时间", "9月30日前"),
        (None, "成本指标", "采种园建设补助标准", "≤2万元/亩"),
        ("效益指标", "经济效益指标", "年采收肉苁蓉种子", "≥150公斤"),
        (None, "可持续影响指标", "旗内接种种源自给率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, "肉苁蓉采挖期林地巡护项目", "沙泉旗红柳滩国有林场", annual(60, 50, 10),
            "采挖期巡护梭梭接种林地8000亩，杜绝乱采滥挖破坏寄主梭梭。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "巡护接种林地面积", "≥8000亩"),
        (None, "质量指标", "巡护网格覆盖率", "=100%"),
        (None, "时效指标", "采挖期巡护完成时间", "5月31日前"),
        (None, "成本指标", "巡护补助标准", "≤60元/亩"),
        ("效益指标", "生态效益指标", "寄主梭梭保存率", "≥90%"),
        (None, "社会效益指标", "乱采滥挖案件查处率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("bq03-cistanche-rate-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percent cells: a rate above 100 %, "
         "a rate given in 亩, a 反向 rate with ≥")  # fmt: skip
def bq03() -> Book:
    b = Book()
    s = project(b, "梭梭湾沙化土地肉苁蓉扩繁项目", "沙泉旗梭梭湾治沙站", annual(200, 180, 20),
                ("在梭梭湾固沙林带接种肉苁蓉4000亩，巩固防护林带治沙成果。",))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "肉苁蓉接种面积", "≥", 4000, "亩"),
        (None, None, "肉苁蓉接种任务完成率", "≥",
         mk(4000, "T105", "error", row=True, note="a 完成率 given as 4000 亩"), "亩"),
        (None, "质量指标", "接种成活率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105%: a 成活率 cannot exceed 100%"), None),
        (None, "时效指标", "接种完成时间", "≤", day(2025, 6, 15), None),
        (None, "成本指标", "接种补助标准", "≤", 400, "元/亩"),
        ("效益指标", "生态效益指标", "固沙林带梭梭保存率", "≥", pct(0.9), None),
        (None, None, "梭梭林鼠兔害发生率",
         mk("≥", "T108", "warning", row=True, note="发生率 is 反向, ≥ sets a floor"),
         pct(0.05), None),
        (None, "经济效益指标", "林场肉苁蓉鲜品产量", "≥", 40, "吨"),
        ("满意度指标", "服务对象满意度指标", "承包农牧户满意度", "≥", pct(0.9), None),
    ], head=OP_HEAD)  # fmt: skip
    signature(s, "巴特尔", "0477-6215527")
    return b


@variant("bq04-cistanche-three-year", (8,),
         "three-year project, OLD-NAT, two-row header with 中期 and 年度 value columns, annual "
         "counts below the period, rates and unit costs equal (correct)")  # fmt: skip
def bq04() -> Book:
    b = Book()
    s = project(b, "黑沙窝防护林带肉苁蓉产业带建设项目", "沙泉旗黑沙窝国有林场",
                period((900, 800, 100), (300, 260, 40)),
                ("2025—2027年在黑沙窝防护林带接种肉苁蓉15000亩，营造梭梭林带3000亩，"
                 "培育林下经济经营主体12个。",
                 "2025年接种肉苁蓉5000亩，营造梭梭林带1000亩，培育经营主体4个。"),
                years=3)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None)
    s.row(None, None, None, "中期（2025—2027年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r - 1, end_column=5)
    s.table([
        ("产出指标", "数量指标", "肉苁蓉接种面积", "≥15000亩", "≥5000亩"),
        (None, None, "梭梭防护林带营造面积", "≥3000亩", "≥1000亩"),
        (None, "质量指标", "接种成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度接种完成时间", "每年5月31日前", "2025年5月31日前"),
        (None, "成本指标", "接种补助标准", "≤500元/亩", "≤500元/亩"),
        ("效益指标", "经济效益指标", "肉苁蓉鲜品产量", "≥600吨", "≥100吨"),
        (None, "生态效益指标", "防护林带梭梭保存率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "林下经济经营主体", "≥12个", "≥4个"),
        ("满意度指标", "服务对象满意度指标", "参与农牧户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "其木格", "0477-6219104")
    return b


@variant("bq05-cistanche-copied-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, two "
         "cumulative areas copied into the annual column")  # fmt: skip
def bq05() -> Book:
    b = Book()
    goal = "三年内在驼铃湾防护林带梭梭林下接种肉苁蓉12000亩，补植梭梭2400亩。"
    s = project(b, "驼铃湾防护林带肉苁蓉接种三年行动", "沙泉旗驼铃湾治沙站",
                period((600, 540, 60), (200, 180, 20)),
                (goal, mk(goal, "D204", "warning", note="年度目标 word for word the 中期目标")),
                years=3)  # fmt: skip
    copied = "the 中期 cumulative area copied into the 年度 column of a three-year project"
    indicators(s, [
        ("产出指标", "数量指标", "肉苁蓉接种面积", "≥12000亩",
         mk("≥12000亩", "D202", "warning", note=copied)),
        (None, None, "梭梭补植面积", "≥2400亩", mk("≥2400亩", "D202", "warning", note=copied)),
        (None, "质量指标", "接种成活率", "≥85%", "≥85%"),
        (None, "时效指标", "春季接种完成时间", "每年5月31日前", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "亩均接种成本", "≤150元/亩", "≤150元/亩"),
        ("效益指标", "生态效益指标", "梭梭林带保存率", "≥90%", "≥90%"),
        (None, "经济效益指标", "带动农牧户增收户数", "≥200户", "≥80户"),
        ("满意度指标", "服务对象满意度指标", "农牧户满意度", "≥90%", "≥90%"),
    ], head=PERIOD_HEAD)  # fmt: skip
    return b


@variant("bq06-cistanche-money-wrong", (12,),
         "project, OLD-NAT, detail lines under the table: total ≠ 财政拨款 + 其他资金, lines "
         "not adding to their 合计, unit cost × area above the money")  # fmt: skip
def bq06() -> Book:
    b = Book()
    money_rows = [
        ("年度资金总额", mk(wan(250), "B101", "error", row=True, note="250 ≠ 200 + 30"),
         "其中：财政拨款", wan(200)),
        ("其他资金", wan(30), None, None),
    ]  # fmt: skip
    s = project(b, "沙泉旗北部防护林带肉苁蓉接种项目", "沙泉旗北沙梁国有林场", money_rows,
                ("在北沙梁防护林带接种肉苁蓉5000亩，接种成活率85%以上。",))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "肉苁蓉接种面积", "≥5000亩"),
        (None, "质量指标", "接种成活率", "≥85%"),
        (None, "时效指标", "接种完成时间", "5月31日前"),
        (None, "成本指标", "接种补助标准",
         mk("≤600元/亩", "B107", "warning", row=True, note="600元/亩 × 5000亩 = 300万 > 250万")),
        ("效益指标", "生态效益指标", "防护林带梭梭保存率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "农牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", None, None, None, None, None, merge=[(1, 6)])
    s.row("序号", "支出内容", None, "金额", "测算依据", None, merge=[(2, 3), (5, 6)])
    for i, (what, amount, basis) in enumerate([
        ("肉苁蓉种子采购", 60, "种子1200公斤×500元/公斤"),
        ("接种人工及机械", 90, "5000亩×180元/亩"),
        ("梭梭补植", 40, "1600亩×250元/亩"),
        ("采挖期管护巡查", 30, "巡护员25人×1.2万元"),
    ], start=1):  # fmt: skip
        s.row(i, what, None, wan(amount), basis, None, merge=[(2, 3), (5, 6)])
    s.row("合计", None, None, mk(wan(250), "B102", "error", note="lines add to 220, not 250"),
          None, None, merge=[(1, 3)])  # fmt: skip
    notes(s, "注：其他资金为林场自筹。")
    return b
