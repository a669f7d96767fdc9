"""Department returns, budget-system exports and conversion artefacts of the fishery offices
(bh13–bh18)."""

from __future__ import annotations

from tests.variants.holdout518.common import (
    YEAR,
    dept_head,
    head,
    note,
    one_year,
    sign,
    start,
    table,
    w,
)
from tests.variants.holdout518.registry import variant
from tests.variants.kit import Book, mk, pct

CENTRE = "檀岭市渔业发展中心"
GOAL = "完成鲟鱼增殖放流15万尾，推广冷水鱼健康养殖技术，守住库区渔业安全底线。"


def tasks(total: object) -> list[tuple[object, ...]]:
    """The key tasks of the centre, 90 + 70 = 160, with their 金额合计 row."""
    return [
        ("鲟鱼增殖放流", "采购并放流鲟鱼苗种15万尾", w(90), "放流鲟鱼苗种≥15万尾"),
        ("冷水鱼养殖技术推广", "技术培训、病害测报", w(70), "培训养殖户≥300人次"),
        ("金额合计", None, total, None),
    ]


@variant("bh13-flat-department", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), weights add to 100 (correct)")  # fmt: skip
def bh13() -> Book:
    b, s = start()
    dept_head(s, CENTRE, [(w(420), w(380), w(40), w(260), w(160))], GOAL, tasks(w(160)))
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("鲟鱼增殖放流数量", 20, "万尾", "≥", 15),
        ("冷水鱼养殖技术培训", 10, "人次", "≥", 300),
        ("冷水鱼病害测报点", 10, "个", "≥", 12),
        ("鲟鱼苗种质量抽检合格率", 15, "%", "≥", pct(0.96)),
        ("库区渔政执法巡查", 10, "次", "≥", 60),
        ("放流苗种单位成本", 10, "元/尾", "≤", 6),
        ("养殖尾水达标排放率", 10, "%", "≥", 95),
        ("服务对象满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("bh14-flat-defects", (3,), "department, flat list in another order "
         "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, "
         "weights adding to 95")  # fmt: skip
def bh14() -> Book:
    b, s = start()
    dept_head(s, "霁川县水产技术推广站", [(w(236), w(216), w(20), w(148), w(88))],
              "放流鲟鱼苗种12万尾，服务冷水鱼养殖户200户。", [
                  ("鲟鱼苗种放流", "采购、运输、放流", w(60), "放流≥12万尾"),
                  ("养殖户技术服务", "上门指导、培训", w(28), "服务≥200户"),
                  ("金额合计", None, w(88), None)])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20 + 15 + 15 + 10 + 10 + 10 + 15 = 95, not 100")
    unit = mk("≥12万尾", "T112", "error", row=True, note="尾 in the value, 万元 in the unit column")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("鲟鱼苗种放流数量", unit, "正向", "万元", 20),
        ("服务冷水鱼养殖户", "≥200", "正向", "户", 15),
        ("放流苗种检疫合格率", "100", "正向", "%", 15),
        ("技术服务响应时间", "≤48", "反向", "小时", 10),
        ("放流苗种采购单价", "≤4.5", "反向", "元/尾", 10),
        ("养殖户病害损失下降率", "≥10", "正向", "%", 10),
        ("服务对象满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant("bh15-department-money", (12,), "department, NAT-2021: budget with a row of shares "
         "typed as percentages, key tasks adding to 金额合计 (correct)")  # fmt: skip
def bh15() -> Book:
    b, s = start("部门整体")
    shares = (pct(1), pct(0.9), pct(0.1), pct(0.64), pct(0.36))
    dept_head(s, "苍岩区水生动物保护站", [(w(500), w(450), w(50), w(320), w(180)), shares],
              "保护库区珍稀鲟鱼资源，放流鲟鱼苗种20万尾，全年无重大渔业安全事故。", [
                  ("鲟鱼增殖放流", "苗种采购与放流", w(100), "放流≥20万尾"),
                  ("水生生物监测", "库区资源调查", w(50), "监测≥8次"),
                  ("渔政巡查", "禁渔期巡查执法", w(30), "巡查≥100次"),
                  ("金额合计", None, w(180), None)])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "放流鲟鱼苗种", "≥20万尾"),
        (None, None, "库区水生生物资源监测", "≥8次"),
        (None, None, "禁渔期巡查", "≥100次"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "监测报告报送时间", "12月15日前"),
        ("成本指标", "经济成本指标", "苗种采购单价", "≤5元/尾"),
        ("效益指标", "生态效益指标", "误捕鲟鱼救护放生率", "≥90%"),
        (None, "社会效益指标", "重大渔业安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "沿库群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bh16-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金"
         "总额, key tasks not adding to 金额合计")  # fmt: skip
def bh16() -> Book:
    b, s = start("部门整体")
    total = mk(w(500), "B101", "error", row=True, note="500 ≠ 基本支出 300 + 项目支出 180")
    whole = mk(w(170), "B102", "error", note="tasks 60 + 70 + 50 = 180, not 170")
    dept_head(s, "檀岭市冷水鱼类研究所", [(total, w(450), w(50), w(300), w(180))],
              "开展鲟鱼种质保存和增殖放流，放流苗种18万尾。", [
                  ("鲟鱼种质保存", "亲鲟养护、种质库运行", w(60), "保存家系≥8个"),
                  ("鲟鱼增殖放流", "苗种繁育与放流", w(70), "放流≥18万尾"),
                  ("科研监测", "放流效果监测", w(50), "监测≥6次"),
                  ("金额合计", None, whole, None)])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "保存鲟鱼家系", "≥8个"),
        (None, None, "放流鲟鱼苗种", "≥18万尾"),
        (None, "质量指标", "种质保存成活率", "≥95%"),
        (None, "时效指标", "放流完成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "苗种繁育单位成本", "≤3元/尾"),
        ("效益指标", "生态效益指标", "放流效果监测回捕", "≥100尾"),
        ("满意度指标", "服务对象满意度指标", "合作养殖场满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值",
          "计量单位")  # fmt: skip
CODES = ("415006", "41500625Y0031")


@variant("bh17-system-export", (7, 4), "budget-system export: money on sheet 05-1, the table on "
         "sheet 05-2 under a third-row header 绩效目标值 with codes in the first columns, the "
         "header repeated after a page break, 填表说明 and signature lines (correct)")  # fmt: skip
def bh17() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 16, 30, 14, 14, 14, 40))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(*CODES, "鲟鱼增殖放流站运行维护", w(88), w(80), w(8),
          "放流鲟鱼苗种18万尾，保障放流站全年安全运行。")  # fmt: skip
    s.row("合计", None, None, w(88), w(80), w(8), merge=[(1, 3)])
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 18, 26, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row(f"单位：{CENTRE}", None, None, None, "项目：鲟鱼增殖放流站运行维护",
          merge=[(1, 4), (5, 8)])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "放流鲟鱼苗种", "≥", 18, "万尾"),
        ("产出指标", "数量指标", "亲鲟养护", "≥", 260, "尾"),
        ("产出指标", "质量指标", "放流苗种检疫合格率", "=", 100, "%"),
        ("产出指标", "时效指标", "放流完成时间", "≤", "10月31日", None),
        ("产出指标", "成本指标", "苗种采购单价", "≤", 4, "元/尾"),
        ("效益指标", "生态效益指标", "库区鲟鱼监测回捕", "≥", 90, "尾"),
        ("效益指标", "社会效益指标", "放流宣传受众", "≥", 8000, "人次"),
        ("满意度指标", "服务对象满意度指标", "沿库群众满意度", "≥", 90, "%"),
    ]
    t.row(*EXPORT)
    for r in rows[:5]:
        t.row(*CODES, *r)
    t.row(*EXPORT)
    for r in rows[5:]:
        t.row(*CODES, *r)
    note(t, "填表说明：1.指标性质填写≥、≤或=；2.百分比指标的计量单位填“%”，绩效目标值填数字。", 8)
    sign(t, "温予澄", "0731-6624518", "柏照林", (YEAR - 1, 12, 6))
    return b


@variant("bh18-pdf-artefacts", (9, 4), "project, OLD-NAT, one value column, detail lines and "
         "footnotes below: a total split by a space, an end date as a serial in text, an amount "
         "pasted twice")  # fmt: skip
def bh18() -> Book:
    b, s = start()
    split = mk("86.457 5", "X105", "warning", alt=("X103",), note="read 86.4575 = 80 + 6.4575")
    serial = mk("45930", "X104", "warning", note="2025-09-30 as a serial number in text")
    head(s, "雾溪水库鲟鱼增殖放流项目", "苍岩区水生动物保护站",
         one_year(split, w(80), w(6.4575)), ["放流鲟鱼苗种20万尾，开展放流活动3场。"],
         dept="苍岩区农业农村局（207）", end=serial)  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "放流鲟鱼苗种", "≥20万尾"),
        (None, None, "放流活动", "≥3场"),
        (None, "质量指标", "放流苗种检疫合格率", "=100%"),
        (None, "时效指标", "放流完成时间", "9月30日前"),
        (None, "成本指标", "苗种采购单价", "≤1.8元/尾"),
        ("效益指标", "生态效益指标", "库区鲟鱼监测回捕", "≥60尾"),
        ("满意度指标", "服务对象满意度指标", "沿库群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：苗种采购单价按上年政府采购中标价测算。")
    s.skip()
    s.row("资金明细（万元）", "明细项目", "金额")
    twice = mk("36万36万（含检疫）", "X106", "error", alt=("B108",), note="read as 36")
    s.table([
        (None, "苗种采购", twice),
        (None, "运输与放流", w(20.4575)),
        (None, "监测评估", w(18)),
        (None, "宣传活动", w(12)),
        (None, "合计", w(86.4575)),
    ])  # fmt: skip
    sign(s, "庞书遥", "0731-6248093", "葛闻川", (YEAR - 1, 11, 28))
    return b
