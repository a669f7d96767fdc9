"""Returns cq01–cq06: county emergency shelters (应急避难场所) built or upgraded for townships."""

from __future__ import annotations

from tests.variants.holdout553.common import (
    HEAD_OP,
    YEAR,
    indicators,
    multi_year,
    one_year,
    project,
    sign,
)
from tests.variants.holdout553.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

BUREAU_UNIT = "澄岭县应急管理局"


@variant("cq01-shelter-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format (correct)")  # fmt: skip
def shelter_percent_cells() -> Book:
    b, s = project(name="乡镇应急避难场所提升改造", unit="澄岭县枫埠镇人民政府",
                   money=one_year(180, 150, 30),
                   goals=["完成枫埠镇3处避难场所改造，新增安置2400人。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "改造应急避难场所数量", "≥", 3, "个"),
        (None, None, "新增可安置人数", "≥", 2400, "人"),
        (None, "质量指标", "场所物资储备达标率", "≥", pct(0.95), "%"),
        (None, None, "场所设施故障率", "≤", pct(0.03), "%"),
        (None, "时效指标", "改造完工时间", "≤", day(YEAR, 5, 31), None),
        (None, "成本指标", "单处场所改造成本", "≤", 55, "万元/处"),
        ("效益指标", "社会效益指标", "受灾群众转移安置时间", "≤", 6, "小时"),
        (None, "可持续影响指标", "场所日常管护责任落实率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦小棠", "0739-6612047")
    return b


@variant("cq02-shelter-rates-wrong", (1, 7),
         "project, OLD-NAT, header 绩效目标值 with operators inside the values: a 完好率 above "
         "100% and a 覆盖率 given as a count")  # fmt: skip
def shelter_rates_wrong() -> Book:
    b, s = project(name="浒塘乡避难场所物资储备", unit="澄岭县浒塘乡人民政府",
                   money=one_year(64, 64, 0), attr="常年项目",
                   goals=["补齐浒塘乡12个村避难点的帐篷和照明物资。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值", "备注"), [
        ("产出指标", "数量指标", "补充储备帐篷", "≥300顶", None),
        (None, None, "村级避难点覆盖率", mk("≥12个", "T105", "error",
                                             note="覆盖率写成了个数"), "12个行政村"),
        (None, "质量指标", "储备物资完好率", mk("≥105%", "T106", "error",
                                               note="完好率以100%为上限"), None),
        (None, "时效指标", "物资入库时间", "5月15日前", None),
        (None, "成本指标", "每个避难点储备成本", "≤5.2万元", None),
        ("效益指标", "社会效益指标", "汛期临时安置保障人数", "≥1800人", None),
        ("满意度指标", "服务对象满意度指标", "安置群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "覃一帆", "0739-6630518")
    return b


@variant("cq03-shelter-three-years", (8, 12),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns, cumulative counts "
         "below their period values, rates equal in both (correct)")  # fmt: skip
def shelter_three_years() -> Book:
    b, s = project(name="澄岭县乡镇应急避难场所三年建设", unit=BUREAU_UNIT, years=3,
                   attr="新增项目", money=multi_year((600, 480, 120), (220, 180, 40)),
                   goals=["2025—2027年在全县9个乡镇各建成1处Ⅲ类应急避难场所，改造村级避难点24个。",
                          "2025年建成3处乡镇避难场所，改造村级避难点8个。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "单处乡镇场所建设成本", "≤60万元", "≤60万元"),
        ("产出指标", "数量指标", "建成乡镇应急避难场所", "≥9处", "≥3处"),
        (None, None, "改造村级避难点", "≥24个", "≥8个"),
        (None, "质量指标", "场所标识设置规范率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "乡镇避难场所人均有效面积", "≥1.5平方米/人", "≥1.5平方米/人"),
        (None, "可持续影响指标", "场所运维管护制度覆盖率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙嘉禾", "0739-6601394")
    return b


@variant("cq04-shelter-two-years-copied", (8, 12),
         "two-year project 2025–2026, OLD-NAT, 中期 and 年度 columns: 年度资金 above 中期资金, an "
         "annual count above its period count, a cumulative count copied")  # fmt: skip
def shelter_two_years_copied() -> Book:
    annual = mk(460, "B103", "error", note="年度资金总额460万元大于中期资金总额400万元")
    b, s = project(name="柘港镇避难场所标识与广播系统", unit="澄岭县柘港镇人民政府", years=2,
                   money=multi_year((400, 320, 80), (annual, ok(380, "error"), 80)),
                   goals=["两年内完成柘港镇避难场所标识和应急广播全覆盖。",
                          "2025年完成镇区和沿河6个村的标识与广播安装。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "安装避难场所标识牌", "≥120块",
         mk("≥150块", "D201", "error", note="年度数大于两年累计数")),
        (None, None, "安装应急广播终端", "≥40套", "≥18套"),
        (None, None, "培训镇村应急骨干", "≥800人次",
         mk("≥800人次", "D202", "warning", note="两年期累计人次与年度相同，疑似复制")),
        (None, "质量指标", "广播终端验收合格率", "≥98%", "≥98%"),
        (None, "成本指标", "单套广播终端安装成本", "≤3.5万元", "≤3.5万元"),
        ("效益指标", "社会效益指标", "预警信息入户到达时间", "≤15分钟", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    sign(s, "农思远", "0739-6654271")
    return b


@variant("cq05-shelter-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "1.数量指标), an indicator score column adding up per tier and to 100, a rise in "
         "百分点 (correct)")  # fmt: skip
def shelter_points_labels() -> Book:
    b, s = project(name="栖梧乡避难场所日常运维", unit="澄岭县栖梧乡人民政府", attr="常年项目",
                   money=one_year(38, 30, 8),
                   goals=["栖梧乡4处避难场所全年可用，开展2次疏散演练。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、成本指标（10分）", "1.经济成本指标", "单处场所年度运维费用", "≤9.5万元", 10),
        ("二、产出指标（50分）", "1.数量指标", "运维避难场所数量", "≥4处", 15),
        (None, None, "组织疏散演练次数", "≥2次", 15),
        (None, "2.质量指标", "场所设施完好率", "≥95%", 10),
        (None, "3.时效指标", "设施故障修复时限", "≤72小时", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "群众避难场所知晓率较上年提高", "≥5百分点", 15),
        (None, "2.可持续影响指标", "场所管护台账完整率", "=100%", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参演群众满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "黎秋实", "0739-6678825")
    return b


@variant("cq06-shelter-points-mismatch", (10, 11),
         "project, NAT-2021, tier points in the labels: the indicator scores under "
         "产出指标（40分） add to 45; a response time with ≥")  # fmt: skip
def shelter_points_mismatch() -> Book:
    b, s = project(name="柏渡镇避难场所应急照明改造", unit="澄岭县柏渡镇人民政府",
                   money=one_year(52, 45, 7),
                   goals=["完成柏渡镇3处避难场所应急照明和备用电源改造。"])  # fmt: skip
    tier = mk("产出指标（40分）", "W103", "error", alt=("W101",),
              note="其下指标分值15+10+10+10=45，与声明的40分不符")  # fmt: skip
    late = mk("≥4小时", "T108", "warning", row=True, note="转移安置用时是反向指标，应为≤")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("成本指标（10分）", "经济成本指标", "单处场所照明改造成本", "≤16万元", 10),
        (tier, "数量指标", "改造场所数量", "≥3处", 15),
        (None, None, "配备备用发电机组", "≥3台", 10),
        (None, "质量指标", "照明系统验收合格率", "≥98%", 10),
        (None, "时效指标", "改造完成时间", "2025年6月30日前", 10),
        ("效益指标（40分）", "社会效益指标", "夜间群众转移安置用时", late, 20),
        (None, "可持续影响指标", "备用电源月度巡检率", "=100%", 20),
        ("满意度指标（10分）", "服务对象满意度指标", "安置群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "莫向晴", "0739-6685530")
    return b
