"""The county herbal-medicine trading day (县中药材交易日) (hw13–hw18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout689.common import (
    DEPT_SUPPLY,
    HEAD,
    YEAR,
    footer,
    start,
    table,
    w,
    year_money,
)
from tests.variants.holdout689.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "栎岗县中药材交易服务站"
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("hw13-trading-day-points", (5, 10),
         "project, NAT-2021, numbered tier-1 labels with a tier score column and an indicator "
         "score column (100 both ways), a rate raised in 百分点 (correct)")  # fmt: skip
def hw13() -> Book:
    b, s = start()
    goal = ("全年举办县中药材交易日24期（每月第一、第三个周六），组织猪苓、白芨等药材集中交易，"
            "入场客商150家以上，交易额达到3000万元。")  # fmt: skip
    project_head(s, year=YEAR, name="县中药材交易日组织运营", dept=DEPT_SUPPLY, unit=UNIT,
                 money=year_money(w(45), w(40), w(5)), goals=[goal])  # fmt: skip
    table(s, SCORED, [
        ("一、产出指标", 50, "数量指标", "举办县中药材交易日", "≥24期", 15),
        (None, None, None, "入场药材客商", "≥150家", 10),
        (None, None, "质量指标", "入场药材快检合格率", "≥98%", 10),
        (None, None, "时效指标", "快检结果出具时间", "≤2小时", 15),
        ("二、成本指标", 10, "经济成本指标", "单期交易日组织费用", "≤1.5万元/期", 10),
        ("三、效益指标", 30, "经济效益指标", "交易日药材交易额", "≥3000万元", 10),
        (None, None, "社会效益指标", "入场药材抽检合格率提高", "≥3百分点", 10),
        (None, None, "可持续影响指标", "交易日常态化运行机制", "建立并执行", 10),
        ("四、满意度指标", 10, "服务对象满意度指标", "客商及药农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    footer(s, ["注：一级指标分值与三级指标分值各自合计100分，不相加。"],
           "柯永年", "0839-7268230", (2025, 11, 26))  # fmt: skip
    return b


@variant("hw14-trading-day-wrong-points", (5, 10),
         "project, NAT-2021, tier labels with points and a tier score column: 效益 indicators "
         "short of their tier's points, fewer trading days than the goal's, a satisfaction "
         "rate under 社会效益")  # fmt: skip
def hw14() -> Book:
    b, s = start()
    goal = "全年举办县中药材交易日24期，组织猪苓、白芨产销对接，入场客商120家以上。"
    project_head(s, year=YEAR, name="县中药材交易日产销对接", dept=DEPT_SUPPLY, unit=UNIT,
                 money=year_money(w(42), w(36), w(6)), goals=[goal])  # fmt: skip
    fewer = mk("≥20期", "D104", "warning", row=True, note="年度目标写全年举办24期")
    tier = mk(30, "W103", "error", alt=("W101",), note="效益指标30分，其下指标10+5+10=25分")
    placed = mk("≥90%", "F201", "warning", row=True, note="满意度指标填在社会效益指标下")
    table(s, SCORED, [
        ("产出指标（50分）", 50, "数量指标", "举办县中药材交易日", fewer, 15),
        (None, None, None, "入场药材客商", "≥120家", 10),
        (None, None, "质量指标", "入场药材快检合格率", "≥95%", 10),
        (None, None, "时效指标", "快检结果出具时间", "≤2小时", 15),
        ("成本指标（10分）", 10, "经济成本指标", "单期交易日组织费用", "≤1.5万元/期", 10),
        ("效益指标（30分）", tier, "经济效益指标", "交易日药材交易额", "≥2000万元", 10),
        (None, None, "社会效益指标", "参展客商满意度", placed, 5),
        (None, None, "可持续影响指标", "交易日常态化运行机制", "建立并执行", 10),
        ("满意度指标（10分）", 10, "服务对象满意度指标", "药农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="三级指标分值合计95，不足100")
    footer(s, [], "柯永年", "0839-7268230", (2025, 11, 26))
    return b


@variant("hw15-market-stacked", (2, 4),
         "two projects stacked in one sheet, OLD-NAT, one value column, a 说明 row between "
         "them, the same indicator name with different values in each (correct)")  # fmt: skip
def hw15() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="县中药材交易日组织", dept=DEPT_SUPPLY, unit=UNIT,
                 money=year_money(w(38), w(34), w(4)),
                 goals=["全年举办县中药材交易日24期，入场客商150家以上，"
                        "交易额3000万元。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "举办县中药材交易日", "≥24期"),
        (None, None, "入场药材客商", "≥150家"),
        (None, "质量指标", "交易纠纷调处办结率", "≥95%"),
        (None, "时效指标", "交易纠纷调处时间", "≤5个工作日"),
        (None, "成本指标", "单期交易日组织费用", "≤1.5万元/期"),
        ("效益指标", "经济效益指标", "交易日药材交易额", "≥3000万元"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.row("说明：以下为同一单位的第二个项目，单独申报。", merge=[(1, 6)])
    project_head(s, year=YEAR, name="交易日药材质量快检", dept=DEPT_SUPPLY, unit=UNIT, title="",
                 money=year_money(w(20), w(18), w(2)),
                 goals=["在交易日现场快检猪苓、白芨等药材样品1200批次，"
                        "不合格药材全部处置。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "快检药材样品", "≥1200批次"),
        (None, "质量指标", "快检结果准确率", "≥98%"),
        (None, "时效指标", "快检结果出具时间", "≤2小时"),
        (None, "成本指标", "单批次快检费用", "≤150元/批次"),
        ("效益指标", "社会效益指标", "快检不合格药材处置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
    ])  # fmt: skip
    footer(s, [], "柯永年", "0839-7268230", (2025, 11, 26))
    return b


@variant("hw16-market-department", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the same indicator twice with different values")  # fmt: skip
def hw16() -> Book:
    b, s = start()
    whole = mk(w(410), "B101", "error", row=True,
               note="财政拨款360+其他资金50=410，基本支出150+项目支出250=400，"
                    "两种口径不一致")  # fmt: skip
    tasks_sum = mk(w(250), "B102", "error", note="任务金额120+80+45=245，不等于金额合计250")
    department_head(s, year=YEAR, dept="栎岗县供销合作社联合社", filled=day(2025, 11, 20),
                    budget=[(whole, w(360), w(50), w(150), w(250))],
                    goal="目标1：全年举办县中药材交易日24期；目标2：改造交易大棚1200平方米；"
                         "目标3：交易日现场快检药材1200批次。",
                    tasks=[("县中药材交易日组织", "24期交易日场地、宣传、安保", w(120),
                            "举办≥24期"),
                           ("交易市场场地改造", "改造交易大棚1200平方米", w(80), "≥1200平方米"),
                           ("药材质量快检", "交易日现场快检1200批次", w(45), "≥1200批次"),
                           ("金额合计", None, tasks_sum, None)])  # fmt: skip
    twice = mk("≥200家", "D102", "error", row=True, alt=("D101", "D103"),
               note="与上面“交易日入场客商 ≥150家”同名，值不同")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "举办县中药材交易日", "≥24期"),
        (None, None, "交易日入场客商", "≥150家"),
        (None, None, "改造交易大棚", "≥1200平方米"),
        (None, None, "快检药材样品", "≥1200批次"),
        (None, None, "交易日入场客商", twice),
        (None, "质量指标", "快检结果准确率", "≥98%"),
        (None, "时效指标", "场地改造完工时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "单期交易日组织费用", "≤5万元/期"),
        ("效益指标", "经济效益指标", "药材交易额", "≥3000万元"),
        ("满意度指标", "服务对象满意度指标", "客商满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, [], "柯永年", "0839-7268230", (2025, 11, 20))
    return b


@variant("hw17-market-export", (7, 12),
         "budget-system export: 部门项目支出预算05-1 with codes and expense lines, "
         "部门项目支出绩效目标05-2 with its header on the third row, tiers in every row, "
         "operator and unit columns, typed percent cells (correct)")  # fmt: skip
def hw17() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 22, 18, 22, 20, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出经济分类", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    unit, code, name = "231001", "栎岗县供销合作社联合社", "51112626T000003"
    project = "中药材交易日运营补助"
    s.row(unit, name, code, project, "30227 委托业务费", w(28), w(25), w(3))
    s.row(unit, name, code, project, "30201 办公费", w(4), w(4), w(0))
    s.row(unit, name, code, project, "31002 办公设备购置", w(8), w(7), w(1))
    s.row("合计", None, None, None, None, w(40), w(36), w(4))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 20, 12, 16, 26, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 9)
    t.row(f"单位：{name}")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "计量单位")  # fmt: skip
    for tier1, tier2, ind, op, value, u in [
        ("产出指标", "数量指标", "举办县中药材交易日", "≥", 24, "期"),
        ("产出指标", "数量指标", "入场药材客商", "≥", 150, "家"),
        ("产出指标", "质量指标", "交易纠纷调处办结率", "≥", pct(0.95), "%"),
        ("产出指标", "时效指标", "交易纠纷调处时间", "≤", 5, "工作日"),
        ("成本指标", "经济成本指标", "单期交易日运营补助", "≤", 1.6, "万元/期"),
        ("效益指标", "经济效益指标", "交易日药材交易额", "≥", 3000, "万元"),
        ("效益指标", "社会效益指标", "带动药农销售猪苓、白芨", "≥", 800, "户"),
        ("满意度指标", "服务对象满意度指标", "药农及客商满意度", "≥", pct(0.9), "%"),
    ]:  # fmt: skip
        t.row(unit, code, project, tier1, tier2, ind, op, value, u)
    return b


@variant("hw18-market-leftovers", (6, 12),
         "project, OLD-NAT, inline values: last year's 年度目标 left unchanged, a template "
         "example row with its placeholder, a stall subsidy beyond the money")  # fmt: skip
def hw18() -> Book:
    b, s = start()
    stale = mk("2025年全县举办中药材交易日20期，设置猪苓、白芨交易摊位180个，培育本地药材经纪人"
               "30名。", "Y103", "warning", alt=("Y101", "Y102"),
               note="2026年度申报表的年度目标仍写2025年（上年申报内容未改）")  # fmt: skip
    project_head(s, year=YEAR, name="交易日药材摊位及经纪人培育", dept=DEPT_SUPPLY, unit=UNIT,
                 money=year_money(w(30), w(27), w(3)), goals=[stale])  # fmt: skip
    example = mk("≥**次", "X101", "error", note="模板示例行的占位符未改")
    stall = mk("≤0.2万元/个", "B107", "warning", row=True,
               note="0.2万元/个×180个=36万元，超过年度资金30万元")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "举办县中药材交易日", "≥20期"),
        (None, None, "设置猪苓、白芨交易摊位", "≥180个"),
        (None, None, "培育本地药材经纪人", "≥30名"),
        (None, None, "宣传报道", example),
        (None, "质量指标", "入场药材快检合格率", "≥95%"),
        (None, "时效指标", "全年交易日举办完成时间", "2026年12月31日前"),
        (None, "成本指标", "交易摊位补助标准", stall),
        ("效益指标", "经济效益指标", "药材交易额", "≥2000万元"),
        (None, "社会效益指标", "带动药农销售药材", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "药农及客商满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, [], "柯永年", "0839-7268230", (2025, 11, 26))
    return b
