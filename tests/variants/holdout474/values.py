"""Values as cells store them: percent cells, 元 formats, conversion artefacts, points at two
levels, 百分点 and direction against operator (items 1, 9, 10, 11)."""

from __future__ import annotations

from tests.variants.holdout474.common import HEAD, one_year, project, start, table, wan
from tests.variants.holdout474.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("zp01-percent-cells", (1,), "project, OLD-NAT, operator column, unit column, percent "
         "cells, 万元 in the number format (correct)")  # fmt: skip
def zp01() -> Book:
    b, s = start()
    project(s, "唐卡矿物颜料绘制技艺培训班", "朵嘎县文化和旅游局 217003", "朵嘎县唐卡画院",
            one_year(wan(58), wan(50), wan(8)),
            ["培训唐卡画师，掌握矿物颜料研磨与勾线晕染技法。"])  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "唐卡绘制技艺培训学员", "≥", 40, "人"),
        (None, None, "矿物颜料研磨实训课时", "≥", 160, "课时"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.925, "0.00%"), "%"),
        (None, None, "结业作品装裱验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "培训计划按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "学员人均培训补助", "≤", 0.6, "万元/人"),
        ("效益指标", "社会效益指标", "结业学员从事唐卡创作比例", "≥", pct(0.7), "%"),
        (None, "可持续影响指标", "带徒传承工作室", "≥", 3, "个"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zp02-percent-wrong", (1,), "project, OLD-NAT, operator and unit columns: a percent "
         "cell over 100 on a capped rate, a rate given as a count")  # fmt: skip
def zp02() -> Book:
    b, s = start()
    project(s, "苗族银饰錾刻技艺提升培训", "清枫县人力资源和社会保障局 305011",
            "清枫县职业技能培训中心", one_year(wan(42), wan(36), wan(6)),
            ["提升苗族银匠錾刻、花丝与鎏银技艺，带动作坊增收。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", row=True,
              note="合格率 shows 105%: a pass rate cannot exceed 100 %")  # fmt: skip
    count = mk(12, "T105", "error", row=True, alt=("T112",),
               note="a 比例 given as 12 件: a rate needs a percentage")  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "银饰錾刻培训学员", "≥", 35, "人"),
        (None, None, "花丝工艺实训课时", "≥", 120, "课时"),
        (None, "质量指标", "银饰錾刻考核合格率", "≥", over, "%"),
        (None, "时效指标", "培训资金拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "人均培训成本", "≤", 1.1, "万元/人"),
        ("效益指标", "社会效益指标", "学员作品入选非遗展览比例", "≥", count, "件"),
        (None, "可持续影响指标", "学员开办银饰作坊", "≥", 8, "家"),
        ("满意度指标", "服务对象满意度指标", "参训银匠满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zp03-pdf-artefacts", (9,), "project, OLD-NAT, one value column, head copied from a "
         "PDF: a split amount and a date left as a serial number in a text cell")  # fmt: skip
def zp03() -> Book:
    b, s = start()
    split = mk("128.437 5", "X105", "warning", alt=("X103",),
               note="128.4375 split by a space; read so, 100 + 28.4375 adds up")  # fmt: skip
    serial = mk("45991", "X104", "warning",
                note="the serial of 2025-11-30 typed into a text cell")  # fmt: skip
    project(s, "唐卡传承人勾线技法研修", "曲那市非物质文化遗产保护中心 412006",
            "曲那市唐卡传习所", one_year(split, wan(100), money(28.4375, '0.0000"万元"')),
            ["组织唐卡传承人研修勾线、度量经与构图，整理传统画稿。"], end=serial)  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "传承人研修学员", "≥80人"),
        (None, None, "整理传统唐卡画稿", "≥200幅"),
        (None, "质量指标", "研修作品度量经达标率", "≥90%"),
        (None, "时效指标", "研修任务按期完成率", "≥95%"),
        (None, "成本指标", "人均研修成本", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "传统画稿数字化公开比例", "≥60%"),
        (None, "可持续影响指标", "建立传承人研修长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "研修学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zp04-yuan-text-values", (9, 10), "project, OLD-NAT, money in 元 as number "
         "formats, =100% kept as text, a rate raised in 百分点, cost × count equal to the "
         "money (correct)")  # fmt: skip
def zp04() -> Book:
    b, s = start()
    rows = one_year(money(460000, YUAN), money(400000, YUAN), money(60000, YUAN))
    project(s, "苗族银饰锻制传承人研修", "清枫县文化馆 305020", "清枫县苗族银饰传习中心",
            rows, ["组织银饰传承人研修锻制与纹样设计，扩大作品市场。"],
            money_label="项目资金（元）", end=day(2025, 10, 31, CN_DATE))  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "银饰锻制研修学员", "≥50人"),
        (None, None, "传统纹样图谱整理", "≥120幅"),
        (None, "质量指标", "研修作品验收合格率", "=100%"),
        (None, "时效指标", "研修结业时间", "2025年10月31日前"),
        (None, "成本指标", "人均研修成本", "≤9200元/人"),
        ("效益指标", "经济效益指标", "学员作品市场转化率", "较上年提高≥5百分点"),
        (None, "社会效益指标", "带动苗族妇女居家就业", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "研修学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zp05-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with "
         "points and an indicator score column, both levels 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def zp05() -> Book:
    b, s = start()
    project(s, "唐卡临摹基础技法培训", "朵嘎县文化和旅游局 217003", "朵嘎县群众艺术馆",
            one_year(wan(50), wan(45), wan(5)),
            ["培训唐卡初学者临摹与着色，充实县级传承梯队。"])  # fmt: skip
    table(s, (*HEAD, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "唐卡临摹培训学员", "≥30人", 10),
        (None, None, "完成唐卡临摹作品", "≥60幅", 10),
        (None, "（二）质量指标", "作品色彩与度量考核达标率", "≥85%", 10),
        (None, "（三）时效指标", "培训资金拨付及时率", "≥95%", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "人均培训成本", "≤1.4万元/人", 10),
        (None, None, "人均颜料画布耗材费", "≤0.2万元/人", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "学员独立创作能力达标率",
         "较上年提高≥5百分点", 15),
        (None, "（二）可持续影响指标", "结业学员纳入县级传承人梯队", "≥10人", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参训学员满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("zp06-direction-points", (10, 11), "project, NAT-2021, tier-1 score column and "
         "indicator scores: two tiers whose scores do not add up, a 反向 rate with ≥")  # fmt: skip
def zp06() -> Book:
    b, s = start("绩效目标", (14, 8, 16, 28, 16, 10))
    project(s, "苗族银饰锻制技能培训", "清枫县人力资源和社会保障局 305011",
            "清枫县职业技能培训中心", one_year(wan(40), wan(36), wan(4)),
            ["培训银饰锻制技能人员，提高技能等级，带动家庭作坊增收。"])  # fmt: skip
    out = mk(40, "W103", "error", note="产出 declared 40, its indicators score 15+10+10+10 = 45")
    eff = mk(30, "W103", "error", note="效益 declared 30, its indicators score 15+10 = 25")
    rework = mk("≥5%", "T108", "warning", row=True,
                note="返工率 is 反向: a cap (≤), not a floor")  # fmt: skip
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", out, "数量指标", "银饰锻制培训学员", "≥45人", 15),
        (None, None, None, "培训场次", "≥12场", 10),
        (None, None, "质量指标", "学员技能等级认定通过率", "≥80%", 10),
        (None, None, None, "银饰作品返工率", rework, 10),
        ("成本指标", 20, "经济成本指标", "人均培训成本", "≤0.8万元/人", 20),
        ("效益指标", eff, "社会效益指标", "带动学员家庭增收户数", "≥30户", 15),
        (None, None, "可持续影响指标", "学员开办银饰作坊", "≥6家", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训学员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
