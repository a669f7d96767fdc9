"""Layouts: stacked projects, flat lists, rows that are not indicators, tier labels and a
repeated header (items 2, 3, 4, 5)."""

from __future__ import annotations

from tests.variants.holdout474.common import (
    HEAD,
    YEAR,
    department,
    note,
    one_year,
    project,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout474.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

QUNA = "曲那市非物质文化遗产保护中心 412006"


@variant("zp07-stacked-two", (2,), "two projects stacked in one sheet (唐卡 and "
         "银饰), OLD-NAT, one value column, the same satisfaction name with different "
         "values (correct)")  # fmt: skip
def zp07() -> Book:
    b, s = start("绩效目标表")
    project(s, "唐卡度量经与构图研习班", QUNA, "曲那市唐卡传习所",
            one_year(wan(36), wan(30), wan(6)), ["研习唐卡度量经与构图，提升中青年画师水平。"],
            title=f"{YEAR}年度项目支出绩效目标表（项目一）")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "中青年唐卡画师研习", "≥25人"),
        (None, "质量指标", "研习作品度量考核达标率", "≥85%"),
        (None, "时效指标", "研习按期结业率", "≥95%"),
        (None, "成本指标", "人均研习成本", "≤1.4万元/人"),
        ("效益指标", "社会效益指标", "研习作品参加市级展览", "≥20幅"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "苗族银饰花丝工艺传习班", QUNA, "曲那市民族工艺传习馆",
            one_year(wan(28), wan(25), wan(3)), ["传习银饰花丝与錾刻工艺，扶持学员创业。"],
            title=f"{YEAR}年度项目支出绩效目标表（项目二）")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "银饰花丝工艺学员", "≥20人"),
        (None, "质量指标", "结业作品合格率", "≥90%"),
        (None, "时效指标", "传习任务按期完成率", "≥95%"),
        (None, "成本指标", "人均传习成本", "≤1.3万元/人"),
        ("效益指标", "经济效益指标", "学员银饰作品销售额", "≥15万元"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("zp08-stacked-defects", (2, 12), "two projects stacked, OLD-NAT, one value column: "
         "the second project's money does not add up and one rate is a count")  # fmt: skip
def zp08() -> Book:
    b, s = start("绩效目标表")
    project(s, "唐卡装裱与修复技艺培训", QUNA, "曲那市唐卡传习所",
            one_year(wan(24), wan(20), wan(4)), ["培训唐卡装裱与旧唐卡修复技艺。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "装裱修复培训学员", "≥18人"),
        (None, "质量指标", "修复作品验收合格率", "≥95%"),
        (None, "时效指标", "培训按期完成率", "≥95%"),
        (None, "成本指标", "人均培训成本", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "修复馆藏旧唐卡", "≥12幅"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(95), "B101", "error", row=True, note="95 ≠ 80 + 10: the second project's total")
    project(s, "苗族银饰锻制技艺进村培训", QUNA, "曲那市民族工艺传习馆",
            one_year(total, wan(80), wan(10)), ["送教进村，培训苗族银饰锻制技艺。"],
            title="")  # fmt: skip
    count = mk("≥40人", "T105", "error", note="a 合格率 given as a head count")
    table(s, HEAD, [
        ("产出指标", "数量指标", "进村培训银匠", "≥60人"),
        (None, "质量指标", "银饰锻制工艺考核合格率", count),
        (None, "时效指标", "送教进村按期完成率", "≥95%"),
        (None, "成本指标", "人均培训成本", "≤1.4万元/人"),
        ("效益指标", "社会效益指标", "带动银饰加工户增收", "≥40户"),
        ("满意度指标", "服务对象满意度指标", "参训银匠满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zp09-flat-department", (1, 3), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def zp09() -> Book:
    b, s = start()
    department(s, "曲那市非物质文化遗产保护中心", [wan(680), wan(620), wan(60), wan(260),
               wan(420)], "开展唐卡与苗族银饰技艺培训，培养传承人，促进非遗产品转化。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.table([
        ("指标名称", "权重", "计量单位", "指标性质", "指标值"),
        ("唐卡与银饰技艺培训人次", 20, "人次", "≥", 260),
        ("非遗传承人研修班期数", 15, "期", "≥", 6),
        ("学员结业考核合格率", 15, "%", "≥", pct(0.9)),
        ("银料加工损耗下降率", 10, "%", "≥", pct(0.1)),
        ("培训场所安全事故", 10, "起", "≤", 0),
        ("人均培训成本", 10, "万元/人", "≤", 0.5),
        ("传统纹样数字化存档", 10, "幅", "≥", 300),
        ("参训学员满意度", 10, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("zp10-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights 95")  # fmt: skip
def zp10() -> Book:
    b, s = start()
    department(s, "清枫县文化馆", [wan(210), wan(190), wan(20), wan(85), wan(125)],
               "培训苗族银匠，开发錾刻纹样课程，扶持银饰作坊。")  # fmt: skip
    unit = mk("≥45户", "T112", "error", note="户 in the value, 人 in the unit column")
    rework = mk("≥8%", "T108", "warning", row=True, note="返修率 declared 反向 but given a floor")
    s.table([
        ("指标名称", "指标值", "指标性质", "计量单位", "权重"),
        ("银匠技艺培训人数", unit, "正向", "人", 20),
        ("錾刻纹样课程开发", "≥8门", "正向", "门", 15),
        ("学员结业考核合格率", "≥90%", "正向", "%", 15),
        ("银饰作品返修率", rework, "反向", "%", 10),
        ("人均培训成本", "≤0.6万元/人", "反向", "万元/人", 15),
        ("学员开办银饰作坊", "≥12家", "正向", "家", 10),
        ("参训银匠满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+15+10+10 = 95, not 100")
    return b


@variant("zp11-footnotes", (4, 5), "project, OLD-NAT, starred tier labels, an instruction "
         "row inside the table, footnotes, 填表说明, signature and a prior-year date "
         "(correct)")  # fmt: skip
def zp11() -> Book:
    b, s = start()
    project(s, "唐卡绘画非遗工坊学徒培训", "朵嘎县文化和旅游局 217003", "朵嘎县唐卡画院",
            one_year(wan(32), wan(28), wan(4)),
            ["以工坊带学徒，培训唐卡起稿、着色和开眼。"])  # fmt: skip
    table(s, HEAD, [
        ("*产出指标", "*数量指标", "工坊学徒培训", "≥20人"),
        (None, "*质量指标", "学徒作品验收合格率", "≥90%"),
        (None, "*时效指标", "学徒培训按期结业率", "≥95%"),
        (None, "*成本指标", "人均学徒培训补助", "≤1.5万元/人"),
    ])  # fmt: skip
    note(s, "（注：三级指标可根据项目实际增减，带*的一、二级指标不得删除）", 4)
    s.table([
        ("*效益指标", "社会效益指标", "学徒结业后留工坊从业", "≥12人"),
        ("*满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.人均学徒培训补助含师傅带教费和颜料耗材费；2.合格率以县唐卡画院验收为准。")
    note(s, "填表说明：指标值应细化、量化，定性指标按“好、较好、一般、差”分级表述。")
    sign(s, "次仁旺堆", "0892-6213486", ok(day(YEAR - 1, 12, 6), note="filled before the year"))
    return b


@variant("zp12-page-break-tiers", (4, 5), "department, NAT-2021, weight column with 小计 "
         "rows, header repeated after a page break: 预算执行率 as an output, a tier-2 "
         "misplaced")  # fmt: skip
def zp12() -> Book:
    b, s = start()
    department(s, "清枫县非遗保护中心", [wan(150), wan(130), wan(20), wan(60), wan(90)],
               "组织唐卡、银饰传承人培训和工坊技艺指导。")  # fmt: skip
    head = (*HEAD, "权重")
    exe = mk("预算执行率", "F202", "warning", row=True, note="scored separately: double-counted")
    wrong = mk("时效指标", "F105", "error", note="时效指标 belongs to 产出指标, not 效益指标")
    table(s, head, [
        ("产出指标", "数量指标", "唐卡与银饰传承人培训", "≥120人", 15),
        (None, None, "非遗工坊技艺指导", "≥24次", 10),
        (None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, None, exe, "≥95%", 5),
        (None, "时效指标", "培训资金拨付及时率", "≥95%", 10),
        ("小计", None, None, None, 50),
    ])  # fmt: skip
    s.skip()
    table(s, head, [
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.15万元/人", 20),
        ("效益指标", "社会效益指标", "带动传承人作品销售户数", "≥60户", 10),
        (None, wrong, "传承工坊持续运营年限", "≥3年", 10),
        ("满意度指标", "服务对象满意度指标", "参训传承人满意度", "≥90%", 10),
        ("小计", None, None, None, 50),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b
