"""Equipment purchases of county hospitals: percent cells, stacked projects and points at two
levels (khq01–khq06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout891.common import (
    BUREAU,
    HOSPITAL,
    TCM,
    YEAR,
    book,
    indicators,
    lines_block,
    one_year,
    signatures,
    w,
)
from tests.variants.holdout891.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("khq01-ct-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 only in the "
         "number format, a 资金明细 block below (correct)")  # fmt: skip
def ct_percent_cells() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="64排螺旋CT购置项目", dept=BUREAU, unit=HOSPITAL,
                 money=one_year(680, 600, 80), attr="一次性项目",
                 goals=["购置64排CT一台并投入使用，减少患者外转检查。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "购置64排螺旋CT", "≥", 1, "台"),
        (None, None, "配套高压注射器", "≥", 1, "套"),
        (None, "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (None, None, "设备年故障停机率", "≤", pct(0.03), "%"),
        (None, "时效指标", "设备安装调试完成时间", "≤", "2026年9月30日", None),
        (None, "成本指标", "CT设备购置单价", "≤", 620, "万元/台"),
        ("效益指标", "社会效益指标", "年CT检查人次", "≥", 12000, "人次"),
        (None, None, "外转CT检查人次下降率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "设备使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "受检患者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    lines_block(s, "资金明细（万元）", [
        ("64排螺旋CT", "1台", w(620)),
        ("高压注射器", "1套", w(38)),
        ("机房防护改造", "铅防护、电源", w(22)),
    ], w(680))  # fmt: skip
    signatures(s, "聂秋禾", "0739-6215038", (YEAR - 1, 10, 28))
    return b


@variant("khq02-dr-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent above 100 on an "
         "acceptance rate, a failure rate with ≥")  # fmt: skip
def dr_percent_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="数字化X线摄影系统（DR）购置", dept=BUREAU, unit=TCM,
                 money=one_year(150, 130, 20), attr="一次性项目",
                 goals=["购置DR一台，替换2009年购入的模拟X光机，提高放射检查质量。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "购置DR设备", "≥", 1, "台"),
        (None, "质量指标", "设备验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="验收合格率 ≥105%：合格率封顶 100%"), "%"),
        (None, None, "设备故障发生率",
         mk("≥", "T108", "warning", row=True, note="故障发生率是反向指标，应为 ≤"),
         pct(0.02), "%"),
        (None, "时效指标", "设备到货安装时间", "≤", "2026年8月31日", None),
        (None, "成本指标", "DR设备购置单价", "≤", 138, "万元/台"),
        ("效益指标", "社会效益指标", "年放射检查人次", "≥", 9000, "人次"),
        (None, "可持续影响指标", "设备使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "受检患者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signatures(s, "祁望舒", "0739-6217402", (YEAR - 1, 11, 3))
    return b


@variant(
    "khq03-stacked-two-projects",
    (2,),
    "two equipment projects stacked in one sheet, OLD-NAT, one value column, the same "
    "indicator names with different values in each, unit cost × count = budget (correct)",
)
def stacked_two() -> Book:  # fmt: skip
    b, s = book("设备购置")
    project_head(s, year=YEAR, name="乡镇卫生院心电图机配置", dept=BUREAU,
                 unit="栖梧县基层卫生服务中心", money=one_year(96, 96, 0),
                 goals=["为12家乡镇卫生院各配置十二导联心电图机一台。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "配置心电图机的乡镇卫生院", "≥12家"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备配发完成时间", "2026年6月30日前"),
        (None, "成本指标", "心电图机单价", "≤8万元/台"),
        ("效益指标", "社会效益指标", "乡镇卫生院年心电检查人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "受检群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.title(f"{YEAR}年度项目支出绩效目标申报表（二）", 6)
    project_head(s, year=YEAR, name="县人民医院彩色多普勒超声诊断仪更新", dept=BUREAU,
                 unit=HOSPITAL, money=one_year(210, 180, 30), title="",
                 goals=["更新两台使用满十年的彩超，满足产科和心内科检查需求。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新彩色多普勒超声诊断仪", "≥2台"),
        (None, "质量指标", "设备验收合格率", "≥98%"),
        (None, "时效指标", "设备配发完成时间", "2026年9月30日前"),
        (None, "成本指标", "彩超单价", "≤105万元/台"),
        ("效益指标", "社会效益指标", "年超声检查人次", "≥21000人次"),
        ("满意度指标", "服务对象满意度指标", "受检群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "khq04-stacked-defects",
    (2, 12),
    "two equipment projects stacked, OLD-NAT, one value column: the second project's "
    "money does not add up, a cost cap × count above its budget, a rate given as a count",
)
def stacked_defects() -> Book:  # fmt: skip
    b, s = book()
    project_head(s, year=YEAR, name="负压救护车购置", dept=BUREAU, unit=HOSPITAL,
                 money=one_year(88, 80, 8), attr="一次性项目",
                 goals=["购置负压救护车两辆，充实县域院前急救转运能力。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "购置负压救护车", "≥2辆"),
        (None, "质量指标", "车辆验收合格率", "=100%"),
        (None, "时效指标", "车辆交付时间", "2026年7月31日前"),
        (None, "成本指标", "负压救护车单价", "≤44万元/辆"),
        ("效益指标", "社会效益指标", "急救转运平均到达时间", "≤25分钟"),
        ("满意度指标", "服务对象满意度指标", "转运患者及家属满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="血液透析机购置", dept=BUREAU, unit=HOSPITAL, title="",
                 money=[["年度资金总额", mk(w(240), "B101", "error",
                                          note="财政拨款 200 + 其他资金 30 = 230 ≠ 240")],
                        ["其中：财政拨款", w(200), "其他资金", w(30)]],
                 goals=["新增血液透析机，缓解透析患者排队，方便患者就近透析。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "购置血液透析机", "≥10台"),
        (None, None, "透析治疗完成率",
         mk("≥120人次", "T105", "error", note="完成率写成人次，应为百分比")),
        (None, "时效指标", "设备安装完成时间", "2026年10月31日前"),
        (None, "成本指标", "血液透析机单价",
         mk("≤25万元/台", "B107", "warning", row=True,
            note="25万元 × 10台 = 250万元，超过年度资金 240万元")),
        ("效益指标", "社会效益指标", "年血液透析人次", "≥9000人次"),
        ("满意度指标", "服务对象满意度指标", "透析患者满意度", "≥90%"),
    ])  # fmt: skip
    return b


SCORE_HEAD = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "khq05-points-two-levels",
    (10,),
    "project, NAT-2021, a tier-1 score column and an indicator score column both adding "
    "to 100, a rate raised in 百分点 (correct)",
)
def points_two_levels() -> Book:
    b, s = book("绩效目标", (16, 12, 18, 30, 18, 12))
    project_head(
        s,
        year=YEAR,
        name="县域远程心电诊断中心设备购置",
        dept=BUREAU,
        unit=HOSPITAL,
        money=one_year(120, 110, 10),
        goals=["建成县域远程心电诊断中心，乡镇卫生院心电图由县医院统一出具报告。"],
    )
    indicators(s, SCORE_HEAD, [
        ("成本指标", 10, "经济成本指标", "远程心电设备购置成本", "≤86万元", 10),
        ("产出指标", 50, "数量指标", "接入远程心电网络的乡镇卫生院", "≥14个", 15),
        (None, None, None, "年远程心电诊断例数", "≥18000例", 10),
        (None, None, "质量指标", "远程心电报告准确率", pct(0.95), 10),
        (None, None, "时效指标", "常规心电报告出具时间", "≤30分钟", 15),
        ("效益指标", 30, "社会效益指标", "乡镇卫生院基层首诊率", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "诊断中心持续运行年限", "≥5年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "基层医生满意度", "≥90%", 5),
        (None, None, None, "就诊患者满意度", "≥90%", 5),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])
    return b


@variant(
    "khq06-points-mismatch",
    (10, 5),
    "project, NAT-2021, numbered tier labels (一、（一）), tier-1 scores that do not match the "
    "indicator scores under two tiers (the indicator scores still add to 100)",
)
def points_mismatch() -> Book:
    b, s = book("绩效目标", (16, 12, 18, 30, 18, 12))
    project_head(s, year=YEAR, name="腹腔镜手术系统购置", dept=BUREAU, unit=HOSPITAL,
                 money=one_year(260, 230, 30), attr="一次性项目",
                 goals=["购置4K腹腔镜手术系统一套，开展微创手术，减少外转。"])  # fmt: skip
    indicators(s, SCORE_HEAD, [
        ("一、成本指标", 10, "（一）经济成本指标", "腹腔镜系统购置单价", "≤255万元/套", 10),
        ("二、产出指标", mk(50, "W103", "error", note="其下指标分值 15+10+10+10 = 45"),
         "（一）数量指标", "购置4K腹腔镜手术系统", "≥1套", 15),
        (None, None, None, "年腹腔镜手术台次", "≥600台次", 10),
        (None, None, "（二）质量指标", "设备验收合格率", "=100%", 10),
        (None, None, "（三）时效指标", "设备投入使用时间", "2026年8月31日前", 10),
        ("三、效益指标", mk(30, "W103", "error", note="其下指标分值 20+15 = 35"),
         "（一）社会效益指标", "微创手术占比", "提高≥5百分点", 20),
        (None, None, "（二）可持续影响指标", "设备使用年限", "≥8年", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "手术患者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
