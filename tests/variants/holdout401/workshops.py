"""Lacquerware craft workshops (漆器工坊): percent cells, conversion artefacts, points at two
levels, direction against operator, money blocks (wu01-wu06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout401.common import PLAIN, amt, book, indicators, notes, year_money
from tests.variants.holdout401.registry import variant
from tests.variants.kit import YUAN, Book, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "wu01-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells "
    "typed in Excel, 万元 in the number format (correct)",
)
def wu01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="棠坞镇大漆髹饰传习工坊补助",
        dept="云樟县文化和旅游局 317",
        unit="云樟县棠坞漆艺传习所",
        money=year_money(48, 40, 8),
        goals=["开设髹饰、描金、螺钿镶嵌三门传习课程，培养学员30人，完成传习作品120件。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "传习学员人数", "≥", 30, "人"),
        (None, None, "大漆髹饰传习作品", "≥", 120, "件"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "漆器胎体开裂率", "≤", pct(0.05), "%"),
        (None, "时效指标", "传习课程按期开课率", "≥", pct(0.95), "%"),
        (None, "成本指标", "学员人均补助标准", "≤", 1.2, "万元/人"),
        ("效益指标", "社会效益指标", "新增髹饰技艺传承骨干", "≥", 5, "人"),
        (None, "可持续影响指标", "传习工坊持续开放年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "wu02-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator column, percent cells: a "
    "percent over 100, an = on a satisfaction rate, a total that is not its parts",
)
def wu02() -> Book:
    b, s = book()
    total = mk(amt(60), "B101", "error", note="财政拨款 45 + 其他资金 10 = 55 ≠ 60")
    project_head(
        s,
        year=2025,
        name="漆川区螺钿漆器工坊技艺提升",
        dept="漆川区文化广电和旅游体育局 208",
        unit="漆川区螺钿漆艺工作室联合会",
        money=year_money(total, 45, 10),
        goals=["组织螺钿镶嵌研修班4期，扶持工坊12家，完成评审作品80件。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "螺钿镶嵌研修班", "≥", 4, "期"),
        (None, None, "扶持漆器工坊", "≥", 12, "家"),
        (None, "质量指标", "研修作品验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="显示为 105%：合格率以 100% 为上限"), "%"),
        (None, "时效指标", "研修班按期结业率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每期研修班成本", "≤", 9, "万元/期"),
        ("效益指标", "经济效益指标", "工坊螺钿漆器销售额", "≥", 120, "万元"),
        (None, "社会效益指标", "带动漆艺从业人员", "≥", 40, "人"),
        ("满意度指标", "服务对象满意度指标", "研修学员满意度",
         mk("=", "T107", "warning", row=True, note="满意度写“=95%”，应为 ≥"), pct(0.95), "%"),
    ])  # fmt: skip
    return b


@variant(
    "wu03-pdf-artefacts",
    (9, 12),
    "project in 元, one value column, detail lines below the "
    "table: a completion date as a serial in a text cell, an amount as text with a thousands "
    "separator, an amount pasted twice",
)
def wu03() -> Book:
    b, s = book()
    end = mk("45991", "X104", "warning", note="日期序列号 45991 = 2025-11-30，存成了文本")
    project_head(
        s,
        year=2025,
        name="梧岭市漆器老作坊修缮与传习",
        dept="梧岭市文化和旅游局 102",
        unit="梧岭市非物质文化遗产保护中心",
        end=end,
        money_label="项目资金（元）",
        money=year_money(320000, 300000, 20000, YUAN),
        goals=["修缮老漆器作坊2处，开展修缮期间传习活动10场。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "修缮老漆器作坊", "≥2处"),
        (None, None, "作坊传习活动", "≥10场"),
        (None, "质量指标", "修缮工程验收合格率", "≥95%"),
        (None, "时效指标", "修缮工程按期完工率", "≥90%"),
        (None, "成本指标", "每处作坊修缮成本", "≤130000元/处"),
        ("效益指标", "社会效益指标", "作坊对外开放天数", "≥200天"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("预算明细（元）", "支出内容", None, "金额", merge=[(2, 3)])
    s.row(
        None,
        "大漆及辅料采购",
        None,
        mk("86,000", "X103", "warning", note="带千分位的文本"),
        merge=[(2, 3)],
    )
    s.row(
        None,
        "木作与瓦作修缮",
        None,
        mk("54000元54000元", "X106", "error", alt=("B108",), note="金额粘贴了两次"),
        merge=[(2, 3)],
    )
    s.row(None, "传习师资费", None, amt(120000, YUAN), merge=[(2, 3)])
    s.row(None, "场地与展陈", None, amt(60000, YUAN), merge=[(2, 3)])
    s.row(None, "合计", None, amt(320000, YUAN), merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 5, start_column=1, end_row=s.r, end_column=1)
    return b


@variant(
    "wu04-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 labels with points and an "
    "indicator points column, both adding to 100, a rate raised in 百分点 (correct)",
)
def wu04() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="云樟县漆艺传习班（第二期）",
        dept="云樟县文化和旅游局 317",
        unit="云樟县文化馆",
        money=year_money(40, 40, 0),
        goals=["举办漆艺传习班8期，培训学员不少于40人，提升工坊产品复购。"],
    )
    indicators(s, (*PLAIN, "分值"), [
        ("产出指标（50分）", "数量指标", "漆艺传习班", "≥8期", 15),
        (None, None, "参训学员", "≥40人", 15),
        (None, "质量指标", "学员作品评审合格率", "≥90%", 10),
        (None, "时效指标", "传习班按计划开班率", "≥95%", 10),
        ("成本指标（10分）", "经济成本指标", "每期传习班成本", "≤4.5万元/期", 10),
        ("效益指标（30分）", "社会效益指标", "工坊漆器产品复购率提高", "≥3百分点", 15),
        (None, "可持续影响指标", "带动周边漆器作坊", "≥6家", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参训学员满意度", "≥92%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：一级指标分值与三级指标分值为同一口径，合计均为100分。", width=5)
    return b


@variant(
    "wu05-direction-inline",
    (11,),
    "project, OLD-NAT, operators inside the values: a 正向 "
    "count with ≤, a 反向 rate with ≥, a cost cap with =",
)
def wu05() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="棠坞漆器修复工坊运营补助",
        dept="云樟县文化和旅游局 317",
        unit="云樟县棠坞漆艺传习所",
        money=year_money(15, 12, 3),
        goals=["修复馆藏及民间旧漆器不少于40件，控制漆膜返工。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标",
         "旧漆器修复件数", mk("≤40件", "T108", "warning", row=True, note="正向数量用了 ≤")),
        (None, "质量指标", "漆膜返工率",
         mk("≥3%", "T108", "warning", row=True, note="反向比率用了 ≥")),
        (None, None, "修复件验收合格率", "≥95%"),
        (None, "时效指标", "修复件按期交付率", "≥90%"),
        (None, "成本指标", "单件修复成本",
         mk("=800元/件", "T108", "warning", row=True, note="成本上限写成了 =")),
        ("效益指标", "社会效益指标", "修复漆器公开展示", "≥2场"),
        ("满意度指标", "服务对象满意度指标", "委托收藏单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wu06-direction-column",
    (11, 12),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), "
    "operators in the values, a 下降率 with ≥, a zero-incident target, a detail block (correct)",
)
def wu06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="漆川区漆器工坊安全与品质提升",
        dept="漆川区文化广电和旅游体育局 208",
        unit="漆川区漆器行业协会",
        money=year_money(25, 20, 5),
        goals=["完成8处工坊通风改造，降低生漆过敏投诉，做到全年零安全事故。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "工坊通风设施改造", "正向", "≥8", "处"),
        (None, "质量指标", "生漆过敏投诉下降率", "正向", "≥20%", "%"),
        (None, None, "成品漆器抽检合格率", "正向", "≥95%", "%"),
        (None, "时效指标", "通风改造完成时限", "反向", "2025年10月31日前", None),
        (None, "成本指标", "每处通风改造成本", "反向", "≤1.5", "万元/处"),
        ("效益指标", "社会效益指标", "工坊安全生产事故", "反向",
         ok("0", "warning", note="零事故目标：0起不是漏填"), "起"),
        (None, "可持续影响指标", "工坊安全巡检制度", "正向", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "工坊从业人员满意度", "正向", "≥90%", "%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "通风设备购置", amt(12), "防护用品", amt(3))
    s.row(None, "漆器质量检测费", amt(4), "安全培训", amt(6))
    s.row(None, "合计", amt(25))
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    return b
