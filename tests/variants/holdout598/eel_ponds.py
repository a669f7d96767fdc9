"""Eel (鳗鱼) ponds: pond renovation, a multi-year breeding project and the extension station's
flat department list (ej01-ej06)."""

from __future__ import annotations

from tests.variants.holdout598.common import (
    HEAD,
    TWO,
    YEAR,
    department,
    funds,
    indicators,
    lines,
    new_book,
    period_funds,
    project,
    signature,
    wan,
)
from tests.variants.holdout598.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "澄屿县水产技术推广站"


@variant("ej01-pond-renovation", (1, 5, 11),
         "project, NAT-2021, numbered tier labels, one value column, a typed percent, a 下降率 "
         "with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def pond_renovation() -> Book:
    b, s = new_book()
    project(s, "蓼湾片区鳗鱼养殖池塘标准化改造", UNIT, funds(wan(180), wan(150), wan(30)),
            ["改造鳗鱼养殖池塘120亩（其中蓼湾片80亩、鹭汀片40亩），配套尾水处理设施6套，"
             "11月底前完工并通过验收。"])  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "池塘标准化改造面积", "≥120亩"),
        (None, None, "尾水处理设施建设数量", "≥6套"),
        (None, "（二）质量指标", "改造工程验收合格率", "=100%"),
        (None, "（三）时效指标", "工程完工时间", "2026年11月30日前"),
        ("二、成本指标", "（一）经济成本指标", "每亩改造成本", "≤1.2万元/亩"),
        ("三、效益指标", "（一）生态效益指标", "养殖尾水化学需氧量下降率", "≥15%"),
        (None, None, "尾水超标排放事件", "0起"),
        (None, "（二）经济效益指标", "改造池塘鳗苗死亡率", "≤8%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "养殖户满意度", pct(0.9)),
    ])  # fmt: skip
    signature(s, "邬青禾", "0596-7731204", day(YEAR - 1, 10, 28))
    return b


@variant("ej02-pond-goal-mismatch", (11, 12),
         "project, NAT-2021, one value column: the area and deadline differ from the goal text, "
         "a unit cost × the area above the annual money")  # fmt: skip
def pond_goal_mismatch() -> Book:
    b, s = new_book()
    project(
        s,
        "鹭汀片区鳗鱼池塘尾水治理",
        UNIT,
        funds(wan(180), wan(160), wan(20)),
        ["治理鳗鱼养殖池塘150亩，新建尾水处理设施8套，2026年11月底前完工。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "尾水治理池塘面积",
         mk("≥120亩", "D104", "warning", row=True, note="年度目标写治理池塘150亩")),
        (None, None, "尾水处理设施建设数量", "≥8套"),
        (None, "质量指标", "尾水排放达标率", "≥95%"),
        (None, "时效指标", "工程完工时间",
         mk("2025年11月30日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="一年期2026年项目，完工期限却在2025年；年度目标写2026年11月底前")),
        ("成本指标", "经济成本指标", "每亩治理成本",
         mk("≤1.6万元/亩", "B107", "warning", row=True,
            note="1.6万元/亩 × 120亩 = 192万元，超过年度资金180万元")),
        ("效益指标", "生态效益指标", "尾水总磷浓度下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ej03-breeding-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "count copied from 中期, a year's count above the period's")  # fmt: skip
def breeding_copied() -> Book:
    b, s = new_book()
    goal = "建成鳗鱼良种繁育基地3个，培育亲鳗6000尾，苗种成活率达到85%以上。"
    project(s, "澄屿县鳗鱼良种繁育体系建设", UNIT, period_funds(900, 300),
            [goal, mk(goal, "D204", "warning", note="三年期项目，年度目标与中期目标逐字相同")],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "良种繁育基地建设数量", "≥3个",
         mk("≥3个", "D202", "warning", note="三年的累计数照抄到年度列")),
        (None, None, "亲鳗培育数量", "≥6000尾",
         mk("≥8000尾", "D201", "error", note="年度培育数量大于三年实施期数量")),
        (None, "质量指标", "苗种成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度建设任务完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "亲鳗培育成本", "≤200元/尾", "≤200元/尾"),
        ("效益指标", "经济效益指标", "良种供苗带动养殖户增收", "≥5%", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "供苗养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ej04-breeding-two-years", (8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "equal rates, a rate raised in 百分点, a later year prepared for (correct)")  # fmt: skip
def breeding_two_years() -> Book:
    b, s = new_book()
    project(s, "鳗鱼池塘生态养殖示范", UNIT, period_funds(420, 240),
            ["两年建成生态养殖示范池塘200亩，示范户40户，为2028年全县推广积累经验。",
             "2026年建成示范池塘120亩，带动示范户25户，推广增氧与尾水循环技术。"],
            years=2)  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "生态养殖示范池塘面积", "≥200亩", "≥120亩"),
        (None, None, "示范户数", "≥40户", "≥25户"),
        (None, None, "技术培训场次", "≥8场", "≥4场"),
        (None, "质量指标", "示范池塘水质达标率", "≥90%", "≥90%"),
        (None, "时效指标", "年度示范任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每亩示范补助标准", "≤2万元/亩", "≤2万元/亩"),
        ("效益指标", "经济效益指标", "示范池塘饲料转化率提高", "≥5百分点", "≥3百分点"),
        (None, "可持续影响指标", "生态养殖技术推广机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    lines(s, "注：每亩补助2万元 × 120亩 = 240万元，与年度资金一致；中期含2027年新增80亩。")
    return b


@variant("ej05-station-flat", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "tasks adding to 金额合计, weights adding to 100 (correct)")  # fmt: skip
def station_flat() -> Book:
    b, s = new_book()
    department(s, UNIT, (560, 500, 60, 320, 240),
               "全年开展鳗鱼养殖技术推广服务，监测养殖池塘尾水300批次（其中春季120批次），"
               "检测苗种样品200份。", tasks=[
                   ("鳗鱼养殖技术推广", "技术培训与入户指导", 90, "培训养殖户600人次"),
                   ("池塘尾水监测", "定点采样与检测", 80, "监测300批次"),
                   ("苗种质量检测", "苗种抽检与病害测报", 70, "检测200份"),
                   ("金额合计", None, 240, None)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("养殖户技术培训人次", 20, "人次", "≥", 600),
        ("池塘尾水监测批次", 20, "批次", "≥", 300),
        ("苗种样品检测数量", 15, "份", "≥", 200),
        ("检测报告出具时限", 10, "工作日", "≤", 7),
        ("苗种检测差错率", 10, "%", "≤", 1),
        ("养殖病害发生率", 10, "%", "≤", 5),
        ("养殖户满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("ej06-stocking-duplicates", (2, 5),
         "project, OLD-NAT, one value column: the same stocking indicator twice with different "
         "values, a quality rate under 时效")  # fmt: skip
def stocking_duplicates() -> Book:
    b, s = new_book()
    project(
        s,
        "鳗鱼增殖放流与苗种补助",
        UNIT,
        funds(wan(95), wan(95), wan(0)),
        ["向蓼湾水库投放鳗苗300万尾，开展苗种病害检测，保障放流质量。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "鳗苗投放数量", "≥300万尾"),
        (None, None, "放流活动场次", "≥3场"),
        (None, None, "鳗苗投放量",
         mk("≥280万尾", "D102", "error", row=True, alt=("D103", "D104"),
            note="与“鳗苗投放数量 ≥300万尾”是同一指标，指标值不同")),
        (None, "质量指标", "放流苗种规格达标率", "≥95%"),
        (None, "时效指标", "放流完成时间", "2026年6月30日前"),
        (None, None, mk("苗种病害检测合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效指标下"), "≥98%"),
        (None, "成本指标", "每万尾苗种采购成本", "≤0.3万元/万尾"),
        ("效益指标", "生态效益指标", "放流水域鳗鱼资源量增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "周边渔民满意度", "≥90%"),
    ])  # fmt: skip
    return b
