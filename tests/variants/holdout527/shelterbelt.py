"""Returns bq13–bq18: department and system-export returns covering both crops."""

from __future__ import annotations

from tests.variants.holdout527.common import (
    YEAR,
    annual,
    department,
    indicators,
    notes,
    project,
    signature,
    wan,
)
from tests.variants.holdout527.registry import variant
from tests.variants.kit import Book, C, day, mk, pct

STATION = "沙泉旗治沙林业工作站"


def shares(*values: float) -> tuple[C, ...]:
    """Shares as typed percent cells with one decimal."""
    return tuple(pct(v, "0.0%") for v in values)


@variant("bq13-flat-department", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, shares and tasks adding up, weights 100 "
         "(correct)")  # fmt: skip
def bq13() -> Book:
    b = Book()
    s = department(b, STATION, [
        (wan(860), wan(780), wan(80), wan(300), wan(560)),
        (pct(1), *shares(0.907, 0.093, 0.349, 0.651)),
    ], "完成肉苁蓉接种4000亩、锁阳接种3000亩，管护防护林带8000亩。", tasks=[
        ("梭梭林下肉苁蓉接种", "接种肉苁蓉4000亩", wan(240), "成活率85%以上"),
        ("白刺林下锁阳接种", "接种锁阳3000亩", wan(180), "成活率80%以上"),
        ("防护林带管护", "管护林带8000亩", wan(140), "保存率90%以上"),
        ("金额合计", None, wan(560), None),
    ])  # fmt: skip
    s.skip()
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("肉苁蓉接种面积", 15, "亩", "≥", 4000),
        ("锁阳接种面积", 15, "亩", "≥", 3000),
        ("防护林带管护面积", 10, "亩", "≥", 8000),
        ("接种成活率", 15, "%", "≥", pct(0.8)),
        ("亩均接种成本", 10, "元/亩", "≤", 450),
        ("带动农牧户户数", 10, "户", "≥", 300),
        ("林带风蚀沙化面积下降率", 10, "%", "≥", pct(0.1)),
        ("林带鼠兔害发生率", 5, "%", "≤", pct(0.05)),
        ("农牧户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "娜仁花", "0477-6240318")
    return b


@variant("bq14-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): an amount "
         "against a unit column in 亩, weights adding to 95")  # fmt: skip
def bq14() -> Book:
    b = Book()
    s = department(b, "沙泉旗北沙梁国有林场", [
        (wan(420), wan(380), wan(40), wan(170), wan(250)),
    ], "完成梭梭林下肉苁蓉接种2500亩、白刺林下锁阳接种1500亩。")  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("肉苁蓉接种面积", "≥2500", "亩", 20),
        ("锁阳接种面积", "≥1500", "亩", 20),
        ("接种补助资金", mk("≤120万元", "T112", "error", row=True,
                           note="万元 in the value, 亩 in the unit column"), "亩", 10),
        ("接种成活率", "≥80", "%", 20),
        ("林带梭梭白刺保存率", "≥90", "%", 15),
        ("农牧户满意度", "≥90", "%", 10),
    ])  # fmt: skip
    return b


@variant("bq15-footnotes-content-standard", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row inside the table, footnotes "
         "explaining the total, 填表说明, signature, a fill date in the prior year "
         "(correct)")  # fmt: skip
def bq15() -> Book:
    b = Book()
    s = project(b, "梭梭沟防护林带肉苁蓉锁阳混交接种项目", "沙泉旗梭梭沟国有林场",
                annual(150, 130, 20),
                ("在梭梭沟防护林带接种肉苁蓉2000亩、锁阳1000亩，接种成活率80%以上。",))  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    s.table([
        ("产出指标", "数量指标", "肉苁蓉接种面积", "≥2000亩"),
        (None, None, "锁阳接种面积", "≥1000亩"),
        (None, "质量指标", "接种成活率", "≥80%"),
        (None, "时效指标", "接种完成时间", "10月31日前"),
        (None, "成本指标", "亩均接种补助", "≤400元/亩"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：成本指标按亩均补助标准填写，不含林场自筹部分。")
    s.table([
        ("效益指标", "生态效益指标", "防护林带寄主植物保存率", "≥90%"),
        (None, "社会效益指标", "带动农牧户户数", "≥80户"),
        ("满意度指标", "服务对象满意度指标", "参与农牧户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：年度资金总额150万元＝财政拨款130万元＋林场自筹20万元。",
          "填表说明：1.指标值须量化；2.成本指标不得超过年度资金总额。")  # fmt: skip
    signature(s, "额尔敦", "0477-6242675", day(YEAR - 1, 11, 15))
    s.row("单位负责人（签字）：", None, "审核人：", None, "（单位盖章）", None)
    return b


@variant("bq16-export-second-sheet", (7, 9),
         "budget-system export: 05-1 money sheet and 05-2 goal sheet with codes in the first "
         "columns, header on the third row under 考核指标 / 目标值（年度）: an amount split by a "
         "space, a deadline stored as a date serial in a text cell")  # fmt: skip
def bq16() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (12, 22, 24, 30, 14, 14, 14))
    m.title(f"{YEAR}年部门项目支出预算表", 7)
    m.row("单位：万元")
    m.row("单位编码", "项目编码", "单位名称", "项目名称", "项目金额", "财政拨款", "其他资金")
    m.row("217006", "15250000217006000031", STATION, "沙泉旗防护林带沙生药材接种项目",
          mk("236.457 5", "X105", "warning", alt=("X103",), note="read as 236.4575"),
          money_cell(216.4575), money_cell(20))  # fmt: skip
    s = b.sheet("部门项目支出绩效目标05-2", (12, 22, 12, 14, 24, 16, 24))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    s.row("单位：", STATION)
    code = ("217006", "15250000217006000031")
    s.row("单位编码", "项目编码", "一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    s.table([
        (*code, "产出指标", "数量指标", "肉苁蓉接种面积", "≥3000亩", "按验收面积计"),
        (*code, "产出指标", "数量指标", "锁阳接种面积", "≥2000亩", "按验收面积计"),
        (*code, "产出指标", "质量指标", "接种成活率", "≥80%", "抽样调查"),
        (*code, "产出指标", "时效指标", "接种完成时间",
         mk("45808", "X104", "warning", note="a date serial (2025-05-31) in a text cell"),
         "以验收报告日期为准"),
        (*code, "产出指标", "成本指标", "亩均接种补助", "≤400元/亩", "按财务决算"),
        (*code, "效益指标", "生态效益指标", "防护林带寄主植物保存率", "≥90%", "抽样调查"),
        (*code, "满意度指标", "服务对象满意度指标", "参与农牧户满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


def money_cell(value: float) -> C:
    """An amount as the export writes it: a number with four decimals."""
    return C(value, "0.0000")


@variant("bq17-department-page-break", (4, 12),
         "department, NAT-2021, shares and tasks adding up, weight column, header repeated after "
         "a page break, 小计 rows per tier and a 合计 row (correct)")  # fmt: skip
def bq17() -> Book:
    b = Book()
    s = department(b, "沙泉旗林业和草原局", [
        (wan(1240), wan(1100), wan(140), wan(420), wan(820)),
        (pct(1), *shares(0.887, 0.113, 0.339, 0.661)),
    ], "建设梭梭肉苁蓉、白刺锁阳接种基地，更新防护林带，繁育沙生种苗。", tasks=[
        ("梭梭肉苁蓉基地", "接种肉苁蓉6000亩", wan(300), "成活率85%以上"),
        ("白刺锁阳基地", "接种锁阳5000亩", wan(260), "成活率80%以上"),
        ("防护林带更新", "更新林带2000亩", wan(180), "保存率90%以上"),
        ("沙生种苗繁育", "繁育梭梭白刺苗木", wan(80), "出圃苗木200万株"),
        ("金额合计", None, wan(820), None),
    ])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "肉苁蓉接种面积", "≥6000亩", 10),
        (None, None, "锁阳接种面积", "≥5000亩", 10),
        (None, None, "防护林带更新面积", "≥2000亩", 5),
        (None, "质量指标", "接种成活率", "≥80%", 10),
        (None, "时效指标", "接种完成时间", "10月31日前", 5),
        ("小计", None, None, None, 40),
        ("成本指标", "经济成本指标", "亩均接种补助", "≤450元/亩", 10),
        (None, "生态环境成本指标", "接种作业破坏植被面积", "≤50亩", 5),
        ("小计", None, None, None, 15),
    ], head=head)  # fmt: skip
    s.row("（第1页，共2页）", merge=[(1, 5)])
    indicators(s, [
        ("效益指标", "生态效益指标", "防护林带保存率", "≥90%", 10),
        (None, None, "林带风蚀沙化面积下降率", "≥8%", 5),
        (None, "经济效益指标", "沙生药材鲜品产量", "≥150吨", 10),
        (None, "社会效益指标", "带动农牧户户数", "≥500户", 5),
        ("小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "参与农牧户满意度", "≥90%", 15),
        ("小计", None, None, None, 15),
        ("合计", None, None, None, 100),
    ], head=head)  # fmt: skip
    signature(s, "包春梅", "0477-6246031")
    return b


@variant("bq18-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a value whose name cell is empty")  # fmt: skip
def bq18() -> Book:
    b = Book()
    s = project(b, "驼铃湾白刺林带锁阳接种项目", "沙泉旗驼铃湾治沙站", annual(100, 90, 10),
                ("在驼铃湾白刺林带接种锁阳2500亩，接种成活率80%以上。",))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "锁阳接种面积", "≥2500亩"),
        (None, "质量指标", "锁阳接种成活率", "≥80%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥90%"),
        (None, "时效指标", "接种完成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "锁阳接种补助标准", "≤300元/亩"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("效益指标", "生态效益指标", "白刺林带植被盖度", "≥30%"),
        (None, "社会效益指标", "参与农牧户户数", "≥70户"),
        ("满意度指标", "服务对象满意度指标", "参与农牧户满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b
