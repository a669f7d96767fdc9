"""Heritage display returns (渡槽 and 水车 shown to the public): department money, an export,
conversion artefacts, points at two levels and a two-year project."""

from __future__ import annotations

from tests.variants.holdout531.common import (
    HERITAGE,
    YEAR,
    department,
    funds,
    funds2,
    indicators,
    project,
    sign,
)
from tests.variants.holdout531.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")


def _tasks(amounts: tuple[float, float, float], total: object) -> list[tuple[object, ...]]:
    names = (("渡槽遗产本体保护", "石罅、鹤汀渡槽监测与小修", "本体完好"),
             ("水车展示馆运营", "展馆开放、讲解与设备维护", "全年开放"),
             ("灌溉遗产研学推广", "研学课程、巡展与宣传", "研学人次增加"))  # fmt: skip
    rows: list[tuple[object, ...]] = [
        (n, c, money(a, WAN), g) for (n, c, g), a in zip(names, amounts, strict=True)
    ]
    rows.append(("金额合计", None, total, None))
    return rows


@variant("bu13-display-department-money", (12,), "department, NAT-2021: budget with typed "
         "shares, key tasks adding to 金额合计 = 项目支出, a 下降率 with ≥ (correct)")  # fmt: skip
def bu13() -> Book:
    budget = [tuple(money(v, WAN) for v in (1200, 1080, 120, 700, 500)),
              (pct(1), pct(0.9), pct(0.1), pct(0.5833, "0.00%"), pct(0.4167, "0.00%"))]  # fmt: skip
    b, s = department("Sheet1", HERITAGE, budget, "保护渡槽水车遗产本体，办好展馆和研学。",
                      _tasks((220, 180, 100), money(500, WAN)))  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "渡槽本体监测次数", "≥12次"),
        (None, None, "展示馆开放天数", "≥300天"),
        (None, "质量指标", "监测数据完整率", "≥98%"),
        (None, "时效指标", "险情处置响应时间", "≤24小时"),
        ("成本指标", "经济成本指标", "展示馆运营费用", "≤180万元"),
        ("效益指标", "社会效益指标", "研学参观人次", "≥25000人次"),
        (None, "可持续影响指标", "渡槽病害发生下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bu14-display-department-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to 金额合计")  # fmt: skip
def bu14() -> Book:
    total = mk(money(900, WAN), "B101", "error", row=True, note="基本 560 + 项目 330 = 890")
    budget = [(total, *(money(v, WAN) for v in (820, 80, 560, 330)))]
    tasks = _tasks((150, 120, 70), mk(money(330, WAN), "B102", "error", row=True,
                                      note="150 + 120 + 70 = 340，不是 330"))  # fmt: skip
    b, s = department("Sheet1", "澄岭县麓川灌区遗产展示中心", budget,
                      "守护麓川灌区渡槽和水车，全年开放展示中心。", tasks)  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "遗产点巡查次数", "≥52次"),
        (None, "质量指标", "展品完好率", "≥98%"),
        (None, "时效指标", "游客咨询回复时间", "≤2个工作日"),
        ("成本指标", "经济成本指标", "展示中心运营费用", "≤120万元"),
        ("效益指标", "社会效益指标", "年接待参观人次", "≥18000人次"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bu15-display-budget-export", (7,), "budget-system export: 部门项目支出预算05-1 and "
         "部门项目支出绩效目标05-2, codes in the first columns, header on the third row, "
         "operators in words, a unit column (correct)")  # fmt: skip
def bu15() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (12, 16, 28, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：澄岭县文物保护中心", None, None, None, None, "金额单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code = "41208625A0031"
    s.row("412086", code, "沅桥渡槽文化展示长廊建设", money(88), money(80), money(8))
    s.row("合计", None, None, money(88), money(80), money(8))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 22, 12, 16, 22, 10, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 9)
    t.row("单位名称：澄岭县文物保护中心")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "度量单位")  # fmt: skip
    name = "沅桥渡槽文化展示长廊建设"
    for row in (
        ("产出指标", "数量指标", "展示长廊建设长度", "大于等于", 120, "米"),
        ("产出指标", "数量指标", "渡槽历史展板制作数量", "大于等于", 40, "块"),
        ("产出指标", "质量指标", "工程验收合格率", "等于", 100, "%"),
        ("产出指标", "时效指标", "建设工期", "小于等于", 210, "天"),
        ("成本指标", "经济成本指标", "长廊单位造价", "小于等于", 0.6, "万元/米"),
        ("效益指标", "社会效益指标", "年参观人次", "大于等于", 15000, "人次"),
        ("效益指标", "可持续影响指标", "展示设施使用年限", "大于等于", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "大于等于", 90, "%"),
    ):
        t.row("412086", code, name, *row)  # fmt: skip
    return b


@variant("bu16-display-artefacts", (9,), "project, OLD-NAT, one value column, detail lines "
         "below the table: split total, date serial as text, amount pasted twice")  # fmt: skip
def bu16() -> Book:
    split = mk("64.245 8", "X105", "warning", alt=("X103",), note="读作 64.2458 = 60 + 4.2458")
    serial = mk("46022", "X104", "warning", note="文本 46022 是日期序列号 2025-12-31")
    b, s = project("Sheet1", "鹤汀水车陈列点大修", "鹤汀灌区管理所", funds(split, 60, 4.2458),
                   ["大修鹤汀陈列点水车2架，疏浚引水渠300米，恢复380亩提水灌溉。"],
                   end=serial)  # fmt: skip
    b.file_mark("B102", "error", required=False, note="28万28万 读不成 28：X106 的后果")
    b.file_mark("B101", "error", required=False, note="断开的总额读不出时：X105 的后果")
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "水车大修数量", "≥2架"),
        (None, None, "引水渠疏浚长度", "≥300米"),
        (None, "质量指标", "大修验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "12月31日前"),
        (None, "成本指标", "单架水车大修费用", "≤14万元/架"),
        ("效益指标", "社会效益指标", "恢复提水灌溉面积", "≥380亩"),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    twice = mk("28万28万", "X106", "error", alt=("B108",), note="金额粘贴两次，读作 28")
    s.row("资金明细（万元）", merge=[(1, 4)])
    s.row("序号", "明细项目", "金额（万元）", "备注")
    s.row(1, "水车轮辐及刮板更换", twice, "两架")
    s.row(2, "引水渠疏浚", money(22), None)
    s.row(3, "木构件防腐处理", money(4.2458, "0.0000"), None)
    s.row(4, "陈列点解说设施", money(10), None)
    s.row("合计", None, money(64.2458, "0.0000"), None)
    return b


@variant("bu17-display-points-percent", (10, 1), "project, NAT-2021, tier-1 score column and "
         "indicator scores (100 both ways), a rate raised in 百分点, typed percent cells "
         "(correct)")  # fmt: skip
def bu17() -> Book:
    b, s = project("Sheet1", "石埠水车博物馆展陈更新", HERITAGE.split()[0], funds(48, 42, 6),
                   ["新增水车模型6套，讲解120场，研学团体复游率提高3个百分点。"],
                   dept=HERITAGE)  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", 40, "数量指标", "水车模型展陈数量", "≥6套", 10),
        (None, None, None, "遗产讲解场次", "≥120场", 10),
        (None, None, "质量指标", "展陈设施验收合格率", pct(1), 10),
        (None, None, "时效指标", "展陈更新完成时间", "6月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单套模型制作费用", "≤3.5万元/套", 20),
        ("效益指标", 30, "社会效益指标", "研学团体复游率", "提高≥3百分点", 10),
        (None, None, None, "青少年研学人次", "≥6000人次", 10),
        (None, None, "可持续影响指标", "水车模型数字建档率", pct(1), 10),
        ("满意度指标", 10, "服务对象满意度指标", "参观者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "蒲文樾", "0736-5219403")
    return b


@variant("bu18-display-two-years", (8, 1), "two-year project, NAT-2021, 实施期 and 年度 columns: "
         "an annual count above its period count, a deadline given as a typed 100%")  # fmt: skip
def bu18() -> Book:
    b, s = project("Sheet1", "麓川水车博物园展陈提升（2025—2026年）", "麓川灌区管理所",
                   funds2((160, 150, 10), (90, 85, 5)),
                   ["两年复原展示水车5架，设解说点40个，2026年9月底全园开放。",
                    "当年复原水车3架，设解说点25个，10月底开放一期展区。"],
                   years=2, attr="新增项目")  # fmt: skip
    above = mk("≥7架", "D201", "error", note="年度 7 架超过两年合计 5 架")
    due = mk(pct(1), "T113", "warning", note="开放时间是期限，写成了 100%")
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "复原展示水车数量", "≥5架", above),
        (None, None, "遗产解说点设置数量", "≥40个", "≥25个"),
        (None, "质量指标", "展陈工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "展区开放时间", "2026年9月30日前", due),
        ("成本指标", "经济成本指标", "单架水车复原费用", "≤12万元/架", "≤12万元/架"),
        ("效益指标", "社会效益指标", "年参观人次", "≥30000人次", "≥12000人次"),
        (None, "可持续影响指标", "展园运维管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
