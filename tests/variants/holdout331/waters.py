"""Returns on 危险水域警示设施, 野外水域巡查 and 救生器材配置 (uc07–uc12): stacked projects,
decorated tier labels, direction against operator, conversion artefacts."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout331.common import YEAR, indicators, notes, project, start, wan
from tests.variants.holdout331.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def _warning_signs(s: Sheet) -> None:
    project(
        s,
        name="蔺湾县危险水域警示设施建设项目",
        dept="蔺湾县水利局（318）",
        unit="蔺湾县河湖管理站",
        total=86,
        fin=80,
        other=6,
        goal="汛前在全县危险水域新设警示牌260块、防护栏3.6公里，重点水域警示设施全覆盖。",
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新设危险水域警示牌", "≥260块"),
        (None, None, "安装临水防护栏", "≥3.6公里"),
        (None, "质量指标", "警示设施验收合格率", "≥98%"),
        (None, "时效指标", "汛前完工时间", "2025年5月31日前"),
        (None, "成本指标", "警示牌单价", "≤1200元/块"),
        (None, None, "防护栏单价", "≤120元/米"),
        ("效益指标", "社会效益指标", "重点水域警示设施覆盖率", "≥95%"),
        (None, "可持续影响指标", "警示设施使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%"),
    ])  # fmt: skip


@variant(
    "uc07-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction indicator with different values, 0起 on drownings "
    "(correct)",
)
def uc07() -> Book:
    b, s = start()
    _warning_signs(s)
    s.skip()
    project(
        s,
        name="蔺湾县野外水域汛期巡查项目",
        dept="蔺湾县水利局（318）",
        unit="蔺湾县河湖管理站",
        total=54,
        fin=50,
        other=4,
        title="",
        goal="汛期对148个野外水域点位开展巡查不少于3600人次，未成年人溺亡事故零发生。",
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "汛期巡查水域点位", "≥148个"),
        (None, None, "巡查人次", "≥3600人次"),
        (None, "质量指标", "巡查记录完整率", "≥95%"),
        (None, "时效指标", "险情发现报告时限", "≤30分钟"),
        (None, "成本指标", "巡查员补助标准", "≤100元/人次"),
        ("效益指标", "社会效益指标", "未成年人野外水域溺亡事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "uc08-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's 年度资金总额 is not 财政拨款 + 其他资金, a 覆盖率 given as a count",
)
def uc08() -> Book:
    b, s = start()
    project(
        s,
        name="潆水区水库塘坝救生器材配置项目",
        dept="潆水区应急管理局（507）",
        unit="潆水区应急救援中心",
        total=42,
        fin=40,
        other=2,
        goal="为辖区86座水库塘坝配置救生器材箱，器材配备率达到100%。",
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "配置救生器材箱", "≥86套"),
        (None, "质量指标", "救生器材抽检合格率", "≥98%"),
        (None, "时效指标", "器材配置完成时间", "2025年5月20日前"),
        (None, "成本指标", "救生器材箱单套成本", "≤4000元/套"),
        ("效益指标", "社会效益指标", "水库塘坝救生器材配备率", "100%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(60), "B101", "error", note="52 + 5 = 57, not 60")
    project(
        s,
        name="潆水区暑期学生防溺水巡河护学项目",
        dept="潆水区应急管理局（507）",
        unit="潆水区应急救援中心",
        total=total,
        fin=52,
        other=5,
        title="",
        goal="暑期在48个学生易聚集水域设立护学点，每日巡河，学生溺水事故明显下降。",
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "设立巡河护学点", "≥48个"),
        (None, None, "暑期巡河护学人次", "≥2900人次"),
        (None, "质量指标", "巡河护学点位覆盖率",
         mk("48个", "T105", "error", note="a 覆盖率 given as a count")),
        (None, "时效指标", "险情处置到场时间", "≤20分钟"),
        (None, "成本指标", "护学员补助标准", "≤120元/人次"),
        ("效益指标", "社会效益指标", "学生涉水警情下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "uc09-decorated-labels",
    (5,),
    "project, NAT-2021, tier labels numbered with points "
    "(一、产出指标（45分）, （一）数量指标), * and ★ marks, a points column (correct)",
)
def uc09() -> Book:
    b, s = start()
    project(
        s,
        name="楮山市城区开放水域救生器材配置项目",
        dept="楮山市应急管理局（214）",
        unit="楮山市水上救援支队",
        total=48,
        fin=45,
        other=3,
        goal="在城区开放水域设置420套救生器材箱（含救生圈、救生杆），覆盖率达到95%以上。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（45分）", "（一）数量指标", "★救生圈配置数量", "≥420个", 10),
        (None, None, "★救生杆配置数量", "≥420根", 10),
        (None, "（二）质量", "救生器材验收合格率", "≥98%", 10),
        (None, "（三）*时效指标", "器材安装完成时间", "2025年5月15日前", 15),
        ("二、成本指标（15分）", "（一）经济成本指标", "救生器材箱单套成本", "≤850元/套", 15),
        ("三、效益指标（25分）", "（一）社会效益指标", "开放水域救生器材覆盖率", "≥95%", 15),
        (None, "（二）可持续影响指标", "器材日常巡检维护机制", "健全", 10),
        ("四、满意度指标（15分）", "（一）服务对象满意度指标", "周边居民满意度", "≥90%", 15),
    ])  # fmt: skip
    return b


@variant(
    "uc10-wrong-parent",
    (5, 11),
    "project, NAT-2021, 指标性质 as direction and 指标方向 "
    "as operator: 社会效益指标 under 产出指标, a 反向 duration with ≥",
)
def uc10() -> Book:
    b, s = start(widths=(14, 16, 26, 10, 10, 12, 12))
    project(
        s,
        name="潆水区野外水域防溺水巡查项目",
        dept="潆水区水务局（509）",
        unit="潆水区河道管理所",
        total=72,
        fin=68,
        other=4,
        goal="汛期5个月聘用60名护水巡查员，重点水域巡查不少于2400次，隐患48小时内整改。",
    )
    words = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, words, [
        ("产出指标", "数量指标", "汛期重点水域巡查", "正向", "≥", 2400, "次"),
        (None, None, "聘用护水巡查员", "正向", "≥", 60, "人"),
        (None, "质量指标", "巡查台账完整率", "正向", "≥", 95, "%"),
        (None, "时效指标", "隐患整改平均时长", "反向",
         mk("≥", "T108", "warning", row=True, note="a 反向 duration needs ≤"), 48, "小时"),
        (None, mk("社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标"),
         "未成年人溺水事故下降率", "正向", "≥", 10, "%"),
        ("成本指标", "经济成本指标", "巡查员劳务补助标准", "反向", "≤", 2000, "元/人·月"),
        ("效益指标", "可持续影响指标", "野外水域网格化巡查机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿河村民满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "uc11-word-operators",
    (11,),
    "project, OLD-NAT, operators in words inside the values "
    "and 指标性质 as direction: a 下降率 正向 with 以上, 反向 times and costs with 不超过 / "
    "不高于, 0起 (correct)",
)
def uc11() -> Book:
    b, s = start()
    project(
        s,
        name="蔺湾县暑期防溺水联防联控项目",
        dept="蔺湾县应急管理局（322）",
        unit="蔺湾县防溺水工作专班",
        total=40,
        fin=36,
        other=4,
        goal="暑期开展联防巡逻1800人次，新设语音警示桩45处，中小学生溺亡事故零发生。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值"), [
        ("产出指标", "数量指标", "防溺水联防巡逻", "正向", "不少于1800人次"),
        (None, None, "新设语音警示桩", "正向", "不少于45处"),
        (None, "质量指标", "语音警示桩完好率", "正向", "不低于95%"),
        (None, "时效指标", "险情接报到场时间", "反向", "不超过20分钟"),
        (None, "成本指标", "语音警示桩单价", "反向", "不高于3200元/处"),
        (None, None, "巡逻补助标准", "反向", "不高于80元/人次"),
        ("效益指标", "社会效益指标", "涉水警情下降率", "正向", "10%以上"),
        (None, None, "中小学生溺亡事故", "反向", "0起"),
        (None, "可持续影响指标", "联防联控工作机制", "正向", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "正向", "不低于90%"),
    ])  # fmt: skip
    return b


@variant(
    "uc12-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below "
    "the table: a split number, an amount pasted twice, a date serial kept as text",
)
def uc12() -> Book:
    b, s = start()
    fin = mk(C("35.257 5"), "X105", "warning", alt=("X103",), note="35.2575 split by a space")
    end = mk("45838", "X104", "warning", note="serial of 2025-06-30 kept as text")
    project_head(
        s,
        year=YEAR,
        name="楮山市乡村水域救生器材配发项目",
        dept="楮山市农业农村局（233）",
        unit="楮山市农村水利服务中心",
        end=end,
        money=[("年度资金总额", wan(38.2575), "其中：财政拨款", fin), ("其他资金", wan(3))],
        goals=["为乡村重点水域配发救生衣600件、抛投器120套，器材配备率达到95%以上。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "配发救生衣", "≥600件"),
        (None, None, "配置救生抛投器", "≥120套"),
        (None, "质量指标", "救生器材质量抽检合格率", "≥98%"),
        (None, "时效指标", "器材配发完成时间", "2025年6月30日前"),
        (None, "成本指标", "救生衣采购单价", "≤210元/件"),
        (None, None, "抛投器采购单价", "≤700元/套"),
        ("效益指标", "社会效益指标", "重点水域救生器材配备率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村（社区）群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "金额（万元）", "说明")
    s.row("救生衣采购", 12.6, "600件×210元")
    twice = mk("8.4万8.4万", "X106", "error", alt=("B108",), note="8.4万 pasted twice")
    s.row("救生抛投器采购", twice, "120套×700元")
    s.row("警示标牌及器材箱", 17.2575, "含安装")
    s.row("合计", 38.2575, None)
    notes(s, "注：本表金额单位为万元。")
    s.row("审核人：", "柏晓岚", None, "日期：", day(2024, 11, 28))
    return b
