"""Returns ua01–ua06: rotation of local grain reserves and supervision of the storage
enterprises (地方储备粮轮换, 储备粮承储企业监管)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout329.common import HEAD4, YEAR, book, funds, project, table, wan
from tests.variants.holdout329.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ua01-rotation-percent", (1,),
         "project, OLD-NAT, operator column (指标性质) and unit column, typed percent cells, "
         "万元 only in the number format (correct)")  # fmt: skip
def ua01() -> Book:
    b, s = book()
    project(s, name="澄岭县地方储备粮轮换费用补贴", dept="澄岭县粮食和物资储备局（317）",
            unit="澄岭县粮食储备中心库", money=funds(260, 260, 0),
            goals=["完成县级储备小麦12000吨、稻谷8000吨的年度轮换，轮入粮食全部达标入库，"
                   "轮换期间库存账实相符。"])  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "年度轮换储备小麦数量", "≥", 12000, "吨"),
        (None, None, "年度轮换储备稻谷数量", "≥", 8000, "吨"),
        (None, "质量指标", "轮入粮食质量达标率", "≥", pct(0.98), "%"),
        (None, None, "轮换损耗率", "≤", pct(0.002, "0.0%"), "%"),
        (None, "时效指标", "单次轮换架空期", "≤", 4, "个月"),
        (None, "成本指标", "轮换费用补贴标准", "≤", 100, "元/吨"),
        ("效益指标", "社会效益指标", "储备粮库存数量账实相符率", "=", pct(1), "%"),
        (None, "可持续影响指标", "县级储备粮常年储存规模", "≥", 60000, "吨"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ua02-rotation-percent-wrong", (1, 11),
         "project, OLD-NAT, operator in words in its own column, unit column, typed percent "
         "cells: a completion rate above 100 %, a rate given in 批次, a 损耗率 with "
         "大于等于")  # fmt: skip
def ua02() -> Book:
    b, s = book()
    project(s, name="苇塘县储备玉米轮换", dept="苇塘县粮食和物资储备局（204）",
            unit="苇塘县城北粮库", money=funds(180, 180, 0),
            goals=["按轮换计划完成县级储备玉米6500吨的轮出和轮入，"
                   "确保轮换后储备规模不减、质量达标。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="轮换计划完成率 ≥105%: a completion rate is "
              "capped at 100 %")  # fmt: skip
    count = mk(15, "T105", "error", row=True, note="合格率 given as 15 批次, not a percentage")
    wrong = mk("大于等于", "T108", "warning", row=True,
               note="损耗率 is 反向 (lower is better) but the operator is 大于等于")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位"), [
        ("产出指标", "数量指标", "年度轮出储备玉米数量", "大于等于", 6500, "吨"),
        (None, None, "年度轮入储备玉米数量", "大于等于", 6500, "吨"),
        (None, None, "轮换计划完成率", "大于等于", over, "%"),
        (None, "质量指标", "轮入玉米检验批次合格率", "大于等于", count, "批次"),
        (None, None, "储备玉米轮换损耗率", wrong, pct(0.003, "0.0%"), "%"),
        (None, "时效指标", "轮出轮入衔接期", "小于等于", 3, "个月"),
        (None, "成本指标", "轮换费用补贴标准", "小于等于", 120, "元/吨"),
        ("效益指标", "社会效益指标", "县级储备玉米规模落实率", "等于", pct(1), "%"),
        (None, "可持续影响指标", "储备玉米常年储存规模", "大于等于", 20000, "吨"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ua03-supervision-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column with operators inside, "
         "the same indicator name with different values in the two projects (correct)")  # fmt: skip
def ua03() -> Book:
    b, s = book("绩效目标表")
    project(s, name="栖梧市市级储备粮承储企业监管", dept="栖梧市粮食和物资储备局（102）",
            unit="栖梧市粮食和物资储备局监督检查科", money=funds(96, 96, 0),
            goals=["对全部市级储备粮承储企业开展季度检查和质量抽检，问题整改到位。"])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "承储企业库存检查家数", "≥14家"),
        (None, None, "储备粮质量抽检样品数", "≥120份"),
        (None, "质量指标", "检查发现问题整改率", "100%"),
        (None, "时效指标", "整改通知下达时限", "≤10个工作日"),
        (None, "成本指标", "单份样品检验费用", "≤600元/份"),
        ("效益指标", "社会效益指标", "储备粮数量质量安全事故发生起数", "≤0起"),
        (None, "可持续影响指标", "承储企业信用评价覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "承储企业对监管工作满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, name="栖梧市储备粮油库存数量和质量清查", dept="栖梧市粮食和物资储备局（102）",
            unit="栖梧市粮食和物资储备局仓储科", money=funds(58, 50, 8), title="",
            end=day(YEAR, 12, 31),
            goals=["完成市级储备粮油库存数量和质量全面清查，问题清单逐项销号。"])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "承储企业库存检查家数", "≥9家"),
        (None, None, "清查储备粮油数量", "≥46000吨"),
        (None, "质量指标", "清查数据准确率", "≥98%"),
        (None, "时效指标", "清查任务完成时间", f"{YEAR}年9月30日前"),
        (None, "成本指标", "清查工作经费", "≤58万元"),
        ("效益指标", "社会效益指标", "库存管理问题整改销号率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ua04-supervision-stacked-wrong", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "年度资金总额 is not 财政拨款 + 其他资金 and one of its rates is given as a "
         "count")  # fmt: skip
def ua04() -> Book:
    b, s = book("绩效目标表")
    project(s, name="鹤渚县储备粮承储企业日常监管", dept="鹤渚县粮食和物资储备局（415）",
            unit="鹤渚县粮食和物资储备局", money=funds(42, 42, 0),
            goals=["按季度检查全县储备粮承储企业，建立承储企业监管档案。"])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "承储企业检查次数", "≥4次"),
        (None, None, "储备粮抽检样品数", "≥48份"),
        (None, "质量指标", "监管档案建档率", "100%"),
        (None, "时效指标", "问题整改反馈时限", "≤15个工作日"),
        (None, "成本指标", "单份样品检验费用", "≤550元/份"),
        ("效益指标", "社会效益指标", "储备粮库存账实相符率", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(85), "B101", "error", row=True,
               note="年度资金总额 85 ≠ 财政拨款 60 + 其他资金 20 = 80")  # fmt: skip
    project(s, name="鹤渚县储备油脂质量安全监测", dept="鹤渚县粮食和物资储备局（415）",
            unit="鹤渚县粮油质量检验站", money=funds(total, 60, 20), title="",
            goals=["对县级储备菜籽油开展出入库和在库质量监测，确保储备油脂质量良好。"])  # fmt: skip
    count = mk("24批次", "T105", "error", note="合格率 given as 24 批次, not a percentage")
    table(s, HEAD4, [
        ("产出指标", "数量指标", "储备油脂监测批次", "≥24批次"),
        (None, "质量指标", "储备油脂质量抽检合格率", count),
        (None, "时效指标", "监测报告出具时限", "≤7个工作日"),
        (None, "成本指标", "单批次检测费用", "≤1800元/批次"),
        ("效益指标", "社会效益指标", "不合格储备油脂流入市场起数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ua05-flat-supervision", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 with a 合计 row, 0 起 on an incident count "
         "(correct)")  # fmt: skip
def ua05() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="桐坂区粮食和物资储备中心",
                    budget=[[wan(1460), wan(1380), wan(80), wan(620), wan(840)]],
                    goal="落实区级储备粮18000吨储存规模，完成年度轮换和质量抽检，"
                         "维护区内26个粮油应急供应网点。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("区级储备粮承储企业监督检查覆盖率", 15, "%", "≥", pct(0.95)),
        ("储备粮轮换计划完成率", 15, "%", "≥", pct(0.98)),
        ("储备粮质量抽检批次", 10, "批次", "≥", 80),
        ("区级储备粮油库存规模", 10, "吨", "≥", 18000),
        ("粮油应急供应网点数量", 10, "个", "≥", 26),
        ("储备粮安全生产事故发生起数", 10, "起", "≤", 0),
        ("储备粮保管损耗率", 10, "%", "≤", pct(0.001, "0.0%")),
        ("储备粮保管费用补贴标准", 10, "元/吨·年", "≤", 90),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100),
    ])  # fmt: skip
    return b


@variant("ua06-flat-supervision-wrong", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 指标方向 · 权重), "
         "operators inside the values: weights add to 95, a 反向 rate with ≥")  # fmt: skip
def ua06() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="栖梧市粮食和物资储备局",
                    budget=[[wan(3120), wan(3020), wan(100), wan(1470), wan(1650)]],
                    goal="完成市级储备粮30000吨轮换，规范承储企业管理，"
                         "保障全市粮油应急供应网点正常运转。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20 + 20 + 15 + 15 + 15 + 10 = 95, not 100")
    wrong = mk("≥1%", "T108", "warning", row=True,
               note="违规问题发生率 is 反向 (the row says so) but the operator is ≥")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "计量单位", "指标方向", "权重")
    s.table([
        ("市级储备粮轮换数量", "≥30000", "吨", "正向", 20),
        ("储备粮质量抽检合格率", "≥98%", "%", "正向", 20),
        ("承储企业违规问题发生率", wrong, "%", "反向", 15),
        ("粮油应急供应网点数量", "≥40", "个", "正向", 15),
        ("储备粮轮换费用补贴标准", "≤95", "元/吨", "反向", 15),
        ("服务对象满意度", "≥90%", "%", "正向", 10),
    ])  # fmt: skip
    return b
