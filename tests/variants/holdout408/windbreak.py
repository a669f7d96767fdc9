"""Windbreak and sand-fixation (防风固沙) project returns: xb07 to xb12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout408.common import NAT, indicators, note, one_year, start, wan
from tests.variants.holdout408.registry import variant
from tests.variants.kit import Book, day, mk, pct

SCORE_HEAD = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("xb07-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value column, "
         "造林成活率 with different values in each project (correct)")  # fmt: skip
def stacked() -> Book:
    b, s = start("防风固沙项目")
    project_head(s, year=2025, name="风垭乡农田防护林带建设项目", dept="苍碛县林业和草原局",
                 unit="风垭乡人民政府", money=one_year(210, 180, 30),
                 goals=["新植防风林带24公里，防护农田1.5万亩。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "新植防风林带长度", "≥24公里"),
        (None, None, "新植乔灌木", "≥6万株"),
        (None, "质量指标", "造林成活率", "≥85%"),
        (None, "时效指标", "造林任务完成时间", "2025年5月31日前"),
        (None, "成本指标", "每公里林带建设成本", "≤8万元/公里"),
        ("效益指标", "生态效益指标", "林带防护农田面积", "≥1.5万亩"),
        (None, "可持续影响指标", "林带管护年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="风垭乡草方格沙障固沙项目",
                 dept="苍碛县林业和草原局", unit="风垭乡人民政府", money=one_year(150, 150, 0),
                 goals=["铺设草方格沙障3000亩，固定流动沙地，保护村庄和农田。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "草方格沙障铺设面积", "≥3000亩"),
        (None, "质量指标", "造林成活率", "≥80%"),
        (None, "时效指标", "沙障铺设完成时间", "2025年4月30日前"),
        (None, "成本指标", "每亩草方格铺设成本", "≤450元/亩"),
        ("效益指标", "生态效益指标", "沙障区流沙固定率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xb08-stacked-defects", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's total is not its parts, a 合格率 given as a count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = start("防风固沙项目")
    project_head(s, year=2025, name="驼泉镇沙漠锁边林营造项目", dept="砾川旗林业和草原局",
                 unit="驼泉镇林业工作站", money=one_year(320, 280, 40),
                 goals=["营造沙漠锁边林1万亩，阻止沙丘前移。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "锁边林营造面积", "≥1万亩"),
        (None, "质量指标", "造林成活率", "≥85%"),
        (None, "时效指标", "造林工期", "≤90天"),
        (None, "成本指标", "每亩锁边林营造成本", "≤300元/亩"),
        ("效益指标", "生态效益指标", "沙丘前移速度下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "周边牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(260), "B101", "error", note="220 + 30 = 250 ≠ 260")
    project_head(s, year=2025, title="", name="驼泉镇铁路沿线防风固沙项目",
                 dept="砾川旗林业和草原局", unit="驼泉镇林业工作站",
                 money=one_year(total, 220, 30),
                 goals=["铁路沿线铺设沙障并造林5000亩，减少线路积沙。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "沿线固沙造林面积", "≥5000亩"),
        (None, "质量指标", "固沙工程验收合格率",
         mk("12处", "T105", "error", note="a 合格率 given as a count")),
        (None, "时效指标", "沙障铺设完成时间", "2025年6月30日前"),
        (None, "成本指标", "每亩固沙造林成本", "≤400元/亩"),
        ("效益指标", "社会效益指标", "线路积沙停运次数", "≤2次"),
        ("满意度指标", "服务对象满意度指标", "铁路养护单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xb09-points", (10,), "project, NAT-2021, tier-1 and indicator score columns both "
         "adding to 100, a rate raised in 百分点, a 下降率 with ≥ (correct)")  # fmt: skip
def points() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="苍碛县防沙治沙示范区建设项目",
        dept="苍碛县林业和草原局",
        unit="苍碛县治沙站",
        money=one_year(400, 360, 40),
        goals=["示范区固沙造林1.2万亩，设置机械沙障2000亩，植被盖度提高4个百分点。"],
    )
    indicators(s, SCORE_HEAD, [
        ("产出指标", 40, "数量指标", "固沙造林面积", "≥1.2万亩", 10),
        (None, None, None, "设置机械沙障面积", "≥2000亩", 10),
        (None, None, "质量指标", "造林成活率", pct(0.85), 10),
        (None, None, "时效指标", "造林任务完成时限", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每亩固沙造林成本", "≤280元/亩", 10),
        ("效益指标", 40, "生态效益指标", "示范区植被盖度提高", "≥4百分点", 15),
        (None, None, None, "示范区年均沙尘天数下降率", "≥10%", 15),
        (None, None, "可持续影响指标", "示范区管护机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "周边群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    note(s, "注：一级分值与指标分值为同一口径的两级分值，合计均为100分。")
    return b


@variant("xb10-points-wrong", (10,), "project, NAT-2021, tier-1 score column against the "
         "indicator scores under it: 产出 and 效益 do not add up")  # fmt: skip
def points_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="风垭乡退化防护林更新改造项目", dept="苍碛县林业和草原局",
                 unit="风垭乡林业站", money=one_year(280, 250, 30),
                 goals=["更新改造退化防护林带20公里，补植苗木4万株。"])  # fmt: skip
    indicators(s, SCORE_HEAD, [
        ("产出指标", mk(40, "W103", "error", note="10 + 10 + 10 + 15 = 45"), "数量指标",
         "更新改造林带长度", "≥20公里", 10),
        (None, None, None, "补植苗木数量", "≥4万株", 10),
        (None, None, "质量指标", "补植苗木成活率", "≥85%", 15),
        (None, None, "时效指标", "更新改造完成时间", "2025年11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "每公里更新改造成本", "≤12万元/公里", 20),
        ("效益指标", mk(30, "W103", "error", note="15 + 10 = 25"), "生态效益指标",
         "林带防风效能恢复率", "≥80%", 15),
        (None, None, "可持续影响指标", "林带管护年限", "≥3年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "沿线农户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("xb11-direction-column", (11,), "project, OLD-NAT, 指标性质 as direction (正向/反向), "
         "指标方向 as operator in words, bare numbers, unit column, 百分点 (correct)")  # fmt: skip
def direction_column() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 12, 10, 12))
    project_head(s, year=2025, name="驼泉镇公路沿线防风固沙林带项目", dept="砾川旗交通运输局",
                 unit="驼泉镇公路养护站", money=one_year(190, 160, 30),
                 goals=["新建公路沿线防风固沙林带18公里，减少沙害造成的交通中断。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "新建防风固沙林带", "正向", "大于等于", 18, "公里"),
        (None, None, "栽植梭梭、柽柳等灌木", "正向", "大于等于", 9, "万株"),
        (None, "质量指标", "苗木成活率", "正向", "大于等于", 85, "%"),
        (None, "时效指标", "造林工期", "反向", "小于等于", 60, "天"),
        (None, "成本指标", "每公里林带建设成本", "反向", "小于等于", 9.5, "万元/公里"),
        ("效益指标", "生态效益指标", "公路积沙清理频次下降率", "正向", "大于等于", 30, "%"),
        (None, None, "林带区植被盖度提高", "正向", "大于等于", 5, "百分点"),
        (None, "社会效益指标", "沙害导致交通中断次数", "反向", "小于等于", 2, "次"),
        ("满意度指标", "服务对象满意度指标", "沿线农牧民满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("xb12-artefacts", (9, 4), "project, OLD-NAT, one value column, 资金明细 lines "
         "below: a total split by a space, an amount pasted twice, a date serial")  # fmt: skip
def artefacts() -> Book:
    b, s = start()
    split = mk("326.5 8", "X105", "warning", alt=("X103",), note="326.58 split by a space")
    serial = mk("45748", "X104", "warning", note="serial of 2025-04-01 stored as text")
    project_head(s, year=2025, name="赭岭市东郊沙化土地防风固沙工程", dept="赭岭市林业和草原局",
                 unit="赭岭市治沙工作站", money=one_year(split, 300, 26.58), start=serial,
                 end=day(2025, 11, 30),
                 goals=["铺设草方格沙障4000亩，栽植固沙灌木，遏制东郊流沙入侵。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "草方格沙障铺设面积", "≥4000亩"),
        (None, None, "栽植固沙灌木", "≥20万株"),
        (None, "质量指标", "沙障工程验收合格率", "≥95%"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "每亩沙障铺设成本", "≤0.045万元/亩"),
        ("效益指标", "生态效益指标", "流动沙地固定面积", "≥4000亩"),
        ("满意度指标", "服务对象满意度指标", "东郊居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）", "备注")
    s.table([
        (1, "草方格沙障材料及铺设", 180, None),
        (2, "固沙灌木苗木采购",
         mk("86万86万(含运输)", "X106", "error", alt=("B108",), note="86 pasted twice"), None),
        (3, "施工人工", 48, None),
        (4, "监理及检测", 12.58, None),
        ("合计", None, 326.58, None),
    ])  # fmt: skip
    return b
