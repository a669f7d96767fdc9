"""Multi-year, one-year, stacked and scored project returns (cf13–cf18)."""

from __future__ import annotations

from tests.variants.holdout542.common import first, indicators, project, sign, w
from tests.variants.holdout542.registry import variant
from tests.variants.kit import Book, Sheet, mk

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("cf13-kudzu-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts smaller in the year, rates"
         " and unit costs equal in both (correct)")  # fmt: skip
def cf13() -> Book:
    b, s = first()
    project(s, "岫云县葛根标准化种植与加工基地建设", "岫云县经济作物站",
            [("中期资金总额", w(900), "年度资金总额", w(300)),
             ("其中：财政拨款", w(750), "其中：财政拨款", w(250)),
             ("其他资金", w(150), "其他资金", w(50))],
            ["三年建成葛根标准化种植基地6000亩、淀粉加工点6个，带动种植户2400户。",
             "2025年建成葛根标准化种植基地2000亩、淀粉加工点2个，带动种植户800户。"],
            years=3, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "葛根标准化种植基地", "≥6000亩", "≥2000亩"),
        (None, None, "新建葛根淀粉加工点", "≥6个", "≥2个"),
        (None, "质量指标", "基地种苗成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度建设任务按期完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "基地建设补助标准", "≤1000元/亩", "≤1000元/亩"),
        (None, None, "加工点建设补助", "≤40万元/个", "≤40万元/个"),
        ("效益指标", "经济效益指标", "带动葛根种植户", "≥2400户", "≥800户"),
        (None, "生态效益指标", "坡耕地水土流失治理面积", "≥6000亩", "≥2000亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, TWO)
    sign(s, "向德林", "0746-5823317")
    return b


@variant("cf14-konjac-copied-period", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a"
         " cumulative count copied, an annual count above its period count")  # fmt: skip
def cf14() -> Book:
    b, s = first()
    goal = "两年建成魔芋种芋繁育基地1500亩，培训种植户800人次，推广林下魔芋种植。"
    same = mk(goal, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project(s, "鹞子岩乡林下魔芋种芋繁育基地", "岫云县鹞子岩乡农业服务中心",
            [("中期资金总额", w(600), "年度资金总额", w(300)),
             ("其中：财政拨款", w(500), "其中：财政拨款", w(250)),
             ("其他资金", w(100), "其他资金", w(50))],
            [goal, same], years=2)  # fmt: skip
    copied = mk("≥1500亩", "D202", "warning", note="累计面积的年度值照抄中期值")
    above = mk("≥1000人次", "D201", "error", note="年度培训人次大于两年的中期值 800")
    rows = [
        ("产出指标", "数量指标", "魔芋种芋繁育基地", "≥1500亩", copied),
        (None, None, "魔芋种植技术培训", "≥800人次", above),
        (None, "质量指标", "繁育种芋脱毒率", "≥95%", "≥95%"),
        (None, "时效指标", "年度种芋发放完成时间", "每年4月底前", "2025年4月底前"),
        ("成本指标", "经济成本指标", "种芋繁育补助标准", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "林下魔芋亩均收入", "≥6000元", "≥6000元"),
        (None, "生态效益指标", "林下套种面积", "≥3000亩", "≥1500亩"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, TWO)
    sign(s, "覃正安", "0746-5847205")
    return b


@variant("cf15-one-year-equal", (8,),
         "one-year project with 中期 and 年度 columns and goals: columns and money legitimately"
         " identical (correct)")  # fmt: skip
def cf15() -> Book:
    b, s = first()
    goal = "2025年完成葛根粉加工作坊污水处理设施改造10处，污水达标排放。"
    project(s, "雾垭乡葛根粉作坊污水处理设施改造", "岫云县雾垭乡人民政府",
            [("中期资金总额", w(120), "年度资金总额", w(120)),
             ("其中：财政拨款", w(100), "其中：财政拨款", w(100)),
             ("其他资金", w(20), "其他资金", w(20))],
            [goal, goal], attr="一次性项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造作坊污水处理设施", "≥10处", "≥10处"),
        (None, "质量指标", "改造设施验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单处设施改造成本", "≤12万元", "≤12万元"),
        ("效益指标", "生态效益指标", "作坊污水达标排放率", "≥95%", "≥95%"),
        (None, "社会效益指标", "污水问题信访件", "≤0件", "≤0件"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, TWO)
    sign(s, "彭翠兰", "0746-5820941")
    return b


def _stack(s: Sheet, name: str, unit: str, lines: list[tuple[object, ...]], goal: str,
           rows: list[tuple[object, ...]], title: str | None = None) -> None:  # fmt: skip
    """One project of a stacked sheet: its head and its table (OLD-NAT, one value column)."""
    project(s, name, unit, lines, [goal], title=title)
    indicators(s, rows)
    s.skip()


@variant("cf16-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name"
         " with different values in each project (correct)")  # fmt: skip
def cf16() -> Book:
    b, s = first()
    _stack(s, "石垭乡葛根淀粉加工点提升", "岫云县石垭乡农业服务中心",
           [("年度资金总额", w(90), "其中：财政拨款", w(75)), (None, None, "其他资金", w(15))],
           "提升葛根淀粉加工点3个，年加工鲜葛根1200吨。", [
               ("产出指标", "数量指标", "提升葛根淀粉加工点", "≥3个"),
               (None, None, "年加工鲜葛根", "≥1200吨"),
               (None, "成本指标", "单个加工点提升补助", "≤25万元"),
               ("效益指标", "经济效益指标", "带动农户增收", "≥1200元/户"),
               ("满意度指标", "服务对象满意度指标", "加工点业主满意度", "≥90%"),
           ], title="2025年度项目支出绩效目标申报表（一）")  # fmt: skip
    _stack(s, "椿木坪镇魔芋初加工点提升", "岫云县椿木坪镇农业综合服务站",
           [("年度资金总额", w(110), "其中：财政拨款", w(100)), (None, None, "其他资金", w(10))],
           "提升魔芋切片烘干点4个，年加工鲜魔芋2000吨。", [
               ("产出指标", "数量指标", "提升魔芋切片烘干点", "≥4个"),
               (None, None, "年加工鲜魔芋", "≥2000吨"),
               (None, "成本指标", "单个烘干点提升补助", "≤25万元"),
               ("效益指标", "经济效益指标", "带动农户增收", "≥1500元/户"),
               ("满意度指标", "服务对象满意度指标", "加工点业主满意度", "≥92%"),
           ], title="2025年度项目支出绩效目标申报表（二）")  # fmt: skip
    sign(s, "田秀芬", "0746-5831162")
    return b


@variant("cf17-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: one indicator twice with two values in"
         " the first project, the second project's parts above its total")  # fmt: skip
def cf17() -> Book:
    b, s = first()
    twice = mk("葛根鲜根收购量", "D102", "error", row=True,
               note="同一项目中第二次出现，指标值 ≥2500吨 与前面的 ≥2000吨 不同")  # fmt: skip
    _stack(s, "龙潭坳村葛根鲜根收购加工", "岫云县龙潭坳村股份经济合作社",
           [("年度资金总额", w(80), "其中：财政拨款", w(70)), (None, None, "其他资金", w(10))],
           "收购加工鲜葛根2000吨，带动村民增收。", [
               ("产出指标", "数量指标", "葛根鲜根收购量", "≥2000吨"),
               (None, None, "新增葛根清洗切片设备", "≥2台"),
               (None, None, twice, "≥2500吨"),
               (None, "成本指标", "鲜根收购补贴标准", "≤150元/吨"),
               ("效益指标", "经济效益指标", "带动村民增收", "≥1000元/户"),
               ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
           ])  # fmt: skip
    total = mk(w(150), "B101", "error", row=True, note="财政拨款 120 + 其他资金 20 = 140 ≠ 150")
    _stack(s, "鹰愁峡乡葛根收购加工", "岫云县鹰愁峡乡农业服务中心",
           [("年度资金总额", total, "其中：财政拨款", w(120)), (None, None, "其他资金", w(20))],
           "收购加工鲜葛根3000吨，带动农户增收。", [
               ("产出指标", "数量指标", "葛根鲜根收购量", "≥3000吨"),
               (None, "成本指标", "鲜根收购补贴标准", "≤150元/吨"),
               ("效益指标", "经济效益指标", "带动村民增收", "≥1200元/户"),
               ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
           ], title="")  # fmt: skip
    sign(s, "龙继红", "13907461528")
    return b


@variant("cf18-konjac-tier-points", (5, 10),
         "project, NAT-2021, a tier-1 score column merged down beside the tier-1 and an indicator"
         " score column; 产出 and 效益 indicator scores do not match their tier"
         " scores")  # fmt: skip
def cf18() -> Book:
    b, s = first("绩效目标", (14, 8, 18, 28, 20, 8))
    project(s, "石垭乡魔芋精粉加工园区配套", "岫云县石垭乡人民政府",
            [("年度资金总额", w(340), "其中：财政拨款", w(300)), (None, None, "其他资金", w(40))],
            ["完善魔芋精粉加工园区供水、污水处理配套，入园加工企业5家。"])  # fmt: skip
    out = mk(40, "W103", "error", note="产出指标下各指标分值 15+15+10+5 = 45 ≠ 40")
    eff = mk(30, "W103", "error", note="效益指标下各指标分值 15+10 = 25 ≠ 30")
    rows = [
        ("产出指标", out, "数量指标", "园区新建供水管网", "≥6公里", 15),
        (None, None, None, "入园魔芋加工企业", "≥5家", 15),
        (None, None, "质量指标", "配套工程验收合格率", "=100%", 10),
        (None, None, "时效指标", "配套工程完工时间", "2025年11月30日前", 5),
        ("成本指标", 20, "经济成本指标", "供水管网建设成本", "≤30万元/公里", 20),
        ("效益指标", eff, "经济效益指标", "入园企业精粉出粉率", "提高≥5百分点", 15),
        (None, None, "生态效益指标", "园区加工污水处理率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "入园企业满意度", "≥90%", 10),
    ]
    indicators(s, rows, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), (1, 2, 3))
    sign(s, "滕远航", "0746-5852679")
    return b
