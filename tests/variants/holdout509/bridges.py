"""溜索改桥 projects: pedestrian suspension bridges that replace the river zip-lines."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout509.common import (
    TRANSPORT,
    YEAR,
    detail,
    indicators,
    note,
    one_year,
    opened,
    signature,
    wan,
)
from tests.variants.holdout509.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ay01-bridge-percent-cells", (1, 5),
         "project, NAT-2021, numbered tier labels, operator and unit columns, typed percent "
         "cells, 万元 in the number format (correct)")  # fmt: skip
def ay01() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, name="猴岩峡溜索改桥工程（第二批）", dept=TRANSPORT,
                 unit="雾岭县农村公路养护所", money=one_year(wan(860), wan(800), wan(60)),
                 goals=["建成4座人行悬索桥，拆除6道溜索，3200名群众过江。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("一、产出指标", "（一）数量指标", "新建人行悬索桥", "≥", 4, "座"),
        (None, None, "拆除废弃溜索", "≥", 6, "道"),
        (None, "（二）质量指标", "桥梁竣工验收合格率", "≥", pct(0.98), "%"),
        (None, "（三）时效指标", "主体工程建设工期", "≤", 10, "月"),
        ("二、成本指标", "（一）经济成本指标", "单座桥梁建设成本", "≤", 215, "万元/座"),
        ("三、效益指标", "（一）社会效益指标", "受益群众人数", "≥", 3200, "人"),
        (None, None, "溜索过江安全事故", "≤", 0, "起"),
        (None, "（二）可持续影响指标", "桥梁设计使用年限", "≥", 30, "年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "沿江村民满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    signature(s, "龙秀芬", "0871-6530417")
    return b


@variant("ay02-bridge-stacked-defects", (2, 12),
         "two bridge projects stacked in one sheet, OLD-NAT, one value column: the second "
         "project's money does not add up, its bridge cost exceeds its money, a rate as a "
         "count")  # fmt: skip
def ay02() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, name="滩口村溜索改桥工程", dept=TRANSPORT,
                 unit="雾岭县滩口镇人民政府", money=one_year(420, 380, 40),
                 goals=["建成滩口村人行钢索桥2座，替代溜索2道。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建人行钢索桥", "≥2座"),
        (None, "质量指标", "桥梁竣工验收合格率", "≥98%"),
        (None, "时效指标", "工程完工时间", "2025年11月底前"),
        (None, "成本指标", "单座桥梁建设成本", "≤210万元/座"),
        ("效益指标", "社会效益指标", "受益群众人数", "≥1100人"),
        ("满意度指标", "服务对象满意度指标", "过桥群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目二", merge=[(1, 6)])
    total = mk(450, "B101", "error", row=True,
               note="年度资金总额 450 ≠ 财政拨款 400 + 其他资金 60 = 460")  # fmt: skip
    project_head(s, year=YEAR, name="岩脚寨溜索改桥工程", dept=TRANSPORT, title="",
                 unit="雾岭县岩脚乡人民政府", money=one_year(total, 400, 60),
                 goals=["建成岩脚寨人行钢桁架桥3座，取消全部过江溜索。"])  # fmt: skip
    cost = mk("≤180万元/座", "B107", "warning", row=True,
              note="≥3座 × 180万元 = 540万元，超过年度资金 450 / 460 万元")  # fmt: skip
    rate = mk("3座", "T105", "error", note="达标率写成座数")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建人行钢桁架桥", "≥3座"),
        (None, "质量指标", "过江通行安全达标率", rate),
        (None, "时效指标", "工程完工时间", "2025年12月31日前"),
        (None, "成本指标", "单座桥梁建设成本", cost),
        ("效益指标", "社会效益指标", "受益学生人数", "≥260人"),
        ("满意度指标", "服务对象满意度指标", "过桥群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ay03-bridge-points", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column (both 100), a rate "
         "raised in 百分点, cost × count equal to the budget (correct)")  # fmt: skip
def ay03() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, name="燕子岩溜索改桥工程", dept=TRANSPORT,
                 unit="雾岭县燕子岩乡人民政府",
                 money=one_year(wan(480), wan(450), wan(30)),
                 goals=["建成3座人行悬索桥，燕子岩沿江村组全天候通行。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("一、产出指标", 40, "（一）数量指标", "新建人行悬索桥", "≥3座", 15),
        (None, None, "（二）质量指标", "桥梁竣工验收合格率", "≥98%", 15),
        (None, None, "（三）时效指标", "工程完工时间", "2025年10月31日前", 10),
        ("二、成本指标", 20, "（一）经济成本指标", "单座桥梁平均造价", "≤160万元/座", 20),
        ("三、效益指标", 30, "（一）社会效益指标", "全天候通行率较上年提高", "≥6百分点", 15),
        (None, None, None, "受益学生人数", "≥420人", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "过桥群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值合计100分，三级指标分值合计100分，两级分值不重复计算。")
    signature(s, "韦开明", "0871-6530422")
    return b


@variant("ay04-bridge-tier-points-wrong", (10, 1),
         "project, NAT-2021, tier-1 score column against the indicator scores under it (two "
         "tiers off, totals both 100), a rate above 100%")  # fmt: skip
def ay04() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, name="黑龙滩溜索改桥工程", dept=TRANSPORT,
                 unit="雾岭县黑龙滩镇人民政府",
                 money=one_year(wan(360), wan(330), wan(30)),
                 goals=["建成2座人行悬索桥，拆除黑龙滩溜索3道。"])  # fmt: skip
    out = mk(40, "W103", "error", note="产出指标 40 分，其下 15 + 20 + 10 = 45 分")
    ben = mk(30, "W103", "error", note="效益指标 30 分，其下 15 + 10 = 25 分")
    over = mk("≥105%", "T106", "error", note="合格率不能超过 100%")
    indicators(s, POINTS_HEAD, [
        ("一、产出指标", out, "（一）数量指标", "新建人行悬索桥", "≥2座", 15),
        (None, None, "（二）质量指标", "桥梁荷载试验合格率", over, 20),
        (None, None, "（三）时效指标", "工程完工时间", "2025年11月30日前", 10),
        ("二、成本指标", 20, "（一）经济成本指标", "单座桥梁平均造价", "≤175万元/座", 20),
        ("三、效益指标", ben, "（一）社会效益指标", "受益群众人数", "≥900人", 15),
        (None, None, "（二）可持续影响指标", "桥梁设计使用年限", "≥30年", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "过桥群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "韦开明", "0871-6530422")
    return b


@variant("ay05-bridge-export", (7, 12),
         "budget-system export: money on sheet 05-1 with subject and project codes, the "
         "indicator table on sheet 05-2 under header 绩效目标值 on the third row "
         "(correct)")  # fmt: skip
def ay05() -> Book:
    b, s = opened("部门项目支出预算05-1", (14, 16, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：雾岭县交通运输局", None, None, None, None, "单位：万元")
    s.row("科目编码", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("2140106", "532527250031", "岔河口溜索改桥工程", wan(650), wan(600), wan(50))
    s.row("合计", None, None, wan(650), wan(600), wan(50), merge=[(1, 3)])
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 18, 30, 20))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：雾岭县交通运输局")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    code, name = "532527250031", "岔河口溜索改桥工程"
    indicators(t, head, [
        (code, name, "产出指标", "数量指标", "新建人行悬索桥", "≥2座"),
        (None, None, None, "质量指标", "桥梁竣工验收合格率", "≥98%"),
        (None, None, None, "时效指标", "工程完工时间", "2025年12月31日前"),
        (None, None, "成本指标", "经济成本指标", "单座桥梁建设成本", "≤325万元/座"),
        (None, None, "效益指标", "社会效益指标", "受益群众人数", "≥1500人"),
        (None, None, None, "可持续影响指标", "桥梁管护制度", "建立并执行"),
        (None, None, "满意度指标", "服务对象满意度指标", "沿江群众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4), caption=None)  # fmt: skip
    return b


@variant("ay06-bridge-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: an amount pasted "
         "twice, a number split by a space, the completion date as a serial in a text "
         "cell")  # fmt: skip
def ay06() -> Book:
    b, s = opened()
    end = mk("46022", "X104", "warning", note="2025-12-31 的日期序列号存成文本")
    project_head(s, year=YEAR, name="老鹰嘴溜索改桥工程", dept=TRANSPORT, end=end,
                 unit="雾岭县老鹰嘴乡人民政府", money=one_year(300, 270, 30),
                 goals=["建成老鹰嘴人行悬索桥1座，拆除溜索2道。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建人行悬索桥", "≥1座"),
        (None, "质量指标", "桥梁竣工验收合格率", "≥98%"),
        (None, "时效指标", "工程完工时间", "2025年12月31日前"),
        (None, "成本指标", "桥梁建设总成本", "≤300万元"),
        ("效益指标", "社会效益指标", "受益群众人数", "≥650人"),
        ("满意度指标", "服务对象满意度指标", "过桥群众满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("96万96万(含运输)", "X106", "error", alt=("B108",), note="金额粘贴两次，应读 96")
    split = mk("128.062 5", "X105", "warning", alt=("X103",), note="应读 128.0625")
    detail(s, [("主索及锚碇", twice), ("桥面及护栏", split), ("引道及拆除溜索", 75.9375)], 300)
    return b
