"""香榧 groves: grafting, new plantations, old trees and green pest control (fi01–fi06)."""

from __future__ import annotations

from tests.variants.holdout623.common import (
    HEAD4,
    HEAD_PERIOD,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout623.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "榧溪县香榧产业服务中心"


@variant("fi01-torreya-grafting", (1, 7),
         "project, NAT-2021, header 绩效目标值 with operator and unit columns, typed percent "
         "cells, goal's total with its parts in brackets (correct)")  # fmt: skip
def fi01() -> Book:
    b, s = start()
    goal = ("完成香榧良种嫁接1200株（其中新植地良种嫁接800株、老园砧木补接400株），"
            "嫁接成活率不低于90%，为2027年推广香榧良种积累穗条来源。")  # fmt: skip
    project(s, 2025, "香榧良种嫁接与穗条圃建设", UNIT, one_year(86, 70, 16), [goal])
    head = ("一级指标", "二级指标", "三级指标", "比较符", "绩效目标值", "计量单位")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "每株嫁接综合成本", "≤", 0.05, "万元/株"),
        ("产出指标", "数量指标", "新植地良种嫁接株数", "≥", 800, "株"),
        (None, None, "老园砧木补接株数", "≥", 400, "株"),
        (None, "质量指标", "嫁接成活率", "≥", pct(0.9), "%"),
        (None, "时效指标", "嫁接完成时间", "≤", day(2025, 4, 30, CN_DATE), None),
        ("效益指标", "社会效益指标", "带动农户参与嫁接", "≥", 60, "户"),
        (None, "生态效益指标", "新植地水土流失面积下降率", "≥", pct(0.15), "%"),
        (None, "可持续影响指标", "良种穗条圃保存年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：嫁接株数1200株为新植地800株与老园补接400株之和；每株成本0.05万元×1200株=60万元。")
    sign(s, "周岚芝", "0575-8713 2264", (2024, 11, 26))
    return b


@variant("fi02-torreya-new-base", (12,),
         "project, OLD-NAT, one value column: the goal's area against the indicator, a deadline "
         "in the next year, a unit cost × the goal's area above the money")  # fmt: skip
def fi02() -> Book:
    b, s = start()
    goal = "在青葭镇、岭后村新建香榧基地350亩，配套建设蓄水池6座，当年完成整地与定植。"
    project(s, 2025, "香榧新基地建设", UNIT, one_year(80, 65, 15), [goal], attr="新增项目")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建香榧基地面积",
         mk("≥530亩", "D104", "warning", row=True, note="年度目标写新建350亩")),
        (None, None, "蓄水池建设数量", "≥6座"),
        (None, "质量指标", "定植苗木成活率", "≥90%"),
        (None, "时效指标", "整地定植完成时间",
         mk("2026年3月31日前", "Y102", "error", note="一年期项目（2025年），期限落在2026年")),
        (None, "成本指标", "每亩建园成本",
         mk("≤0.25万元/亩", "B107", "warning", row=True,
            note="0.25万元×350亩=87.5万元，超过年度资金80万元")),
        ("效益指标", "社会效益指标", "带动农户务工", "≥120人次"),
        (None, "生态效益指标", "坡地水土保持措施覆盖率", "≥85%"),
        (None, "可持续影响指标", "基地管护期", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "金晓帆", "0575-8713 2290", (2024, 12, 3))
    return b


@variant("fi03-torreya-old-trees", (8, 10),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates equal, a rate raised in 百分点, a 下降率 with ≥ (correct)")  # fmt: skip
def fi03() -> Book:
    b, s = start()
    goals = ("三年改造低效香榧林1500亩，挂牌保护古香榧树2400株，建立古树电子档案。",
             "2025年改造低效林500亩，挂牌保护古树800株。")  # fmt: skip
    project(s, 2025, "古香榧树群保护与低效林改造", UNIT, multi_year((300, 250, 50), (110, 90, 20)),
            goals, years=3)  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "低效林改造面积", "≥1500亩", "≥500亩"),
        (None, None, "古香榧树挂牌保护株数", "≥2400株", "≥800株"),
        (None, "质量指标", "改造林地验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "2027年11月底前", "2025年11月底前"),
        ("成本指标", "经济成本指标", "低效林改造亩均成本", "≤0.15万元/亩", "≤0.15万元/亩"),
        ("效益指标", "经济效益指标", "改造林地香榧优质果率", "提高≥5百分点", "提高≥2百分点"),
        (None, "生态效益指标", "古树衰弱株数下降率", "≥20%", "≥8%"),
        (None, "可持续影响指标", "古树电子档案管理", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "周岚芝", "0575-8713 2264", (2024, 11, 28))
    return b


@variant("fi04-torreya-pest-control", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
         "a cumulative count copied from 中期 to 年度")  # fmt: skip
def fi04() -> Book:
    b, s = start()
    goals = ("三年绿色防控香榧林8000亩，布设诱虫灯300盏，举办防控培训18场。",
             "2025年绿色防控3000亩，布设诱虫灯120盏，举办培训6场。")  # fmt: skip
    project(s, 2025, "香榧病虫害绿色防控", UNIT, multi_year((240, 200, 40), (90, 75, 15)), goals,
            years=3)  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "绿色防控面积", "≥8000亩", "≥3000亩"),
        (None, None, "诱虫灯布设数量", "≥300盏",
         mk("≥360盏", "D201", "error", alt=("D104",), note="年度360盏超过三年合计300盏")),
        (None, None, "防控技术培训场次", "≥18场",
         mk("≥18场", "D202", "warning", alt=("D104",),
            note="三年期累计场次照抄到年度（年度目标6场）")),
        (None, "质量指标", "防控区虫口减退率", "≥85%", "≥85%"),
        (None, "时效指标", "年度防控作业完成时间", "2027年10月底前", "2025年10月底前"),
        ("成本指标", "经济成本指标", "亩均防控成本", "≤0.025万元/亩", "≤0.025万元/亩"),
        ("效益指标", "生态效益指标", "化学农药使用量下降率", "≥30%", "≥10%"),
        (None, "社会效益指标", "带动农户应用绿色防控技术", "≥600户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fi05-torreya-stacked", (2,),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values (correct)")  # fmt: skip
def fi05() -> Book:
    b, s = start()
    project(s, 2025, "香榧采后处理中心设备购置", UNIT, one_year(60, 50, 10),
            ["购置香榧后熟处理设备4台套，形成后熟处理能力200吨/年。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "后熟处理设备购置台套", "≥4台套"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2025年6月30日前"),
        (None, "成本指标", "设备单台套均价", "≤12万元/台套"),
        ("效益指标", "经济效益指标", "香榧后熟处理能力", "≥200吨/年"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, 2025, "香榧林道修缮", "榧溪县岭后村股份经济合作社", one_year(45, 45, 0),
            ["修缮香榧林区作业道6公里，方便采收运输。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "修缮林道长度", "≥6公里"),
        (None, "质量指标", "路面验收合格率", "≥95%"),
        (None, "时效指标", "修缮完成时间", "2025年9月30日前"),
        (None, "成本指标", "每公里修缮成本", "≤7万元/公里"),
        ("效益指标", "社会效益指标", "受益香榧林农户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("fi06-torreya-points-duplicate", (5, 10),
         "project, numbered tier labels with points and an indicator score column: a duplicate "
         "count, a satisfaction rate under 社会效益, 产出 indicator scores short of its "
         "points")  # fmt: skip
def fi06() -> Book:
    b, s = start()
    goal = "挂牌保护古香榧树600株，林下套种中药材200亩，在12个村开展古树保护宣传。"
    project(s, 2025, "香榧古树挂牌与林下套种", UNIT, one_year(50, 40, 10), [goal])
    w103 = mk("一、产出指标（50分）", "W103", "error", alt=("W101",),
              note="其下指标分值10+10+10+10+5=45，不是50")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (w103, "（一）数量指标", "古香榧树挂牌保护株数", "≥600株", 10),
        (None, None, "林下套种中药材面积", "≥200亩", 10),
        (None, None, mk("古树挂牌保护株数", "D101", "warning", row=True, alt=("D103",),
                        note="与上两行的古香榧树挂牌保护株数是同一指标"), "≥600株", 10),
        (None, "（二）质量指标", "套种苗木成活率", "≥85%", 10),
        (None, "（三）时效指标", "挂牌工作完成时间", "2025年10月31日前", 5),
        ("二、效益指标（30分）", "（一）社会效益指标", "古树保护宣传覆盖村数", "≥12个", 10),
        (None, None, mk("古树保护宣传满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益指标下"), "≥90%", 10),
        (None, "（二）生态效益指标", "古树周边水土流失治理面积", "≥50亩", 10),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "林农满意度", "≥90%", 10),
        ("四、成本指标（10分）", "（一）经济成本指标", "每株挂牌保护成本", "≤0.02万元/株", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，与一级分值合计100不符")
    return b
