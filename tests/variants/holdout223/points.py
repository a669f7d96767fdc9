"""Road, parking, bus and traffic-signal projects whose tiers carry points and numbering:
points in the tier labels, a tier score column beside the indicator scores, points adding to 90
with 预算执行率 scored apart, 百分点 changes (py07–py12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout223.common import (
    ONE,
    SCORED,
    book,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout223.registry import variant
from tests.variants.kit import Book, mk, pct

SCORE = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("py07-white-to-black-points", (5, 10, 1), "one-year project, NAT-2021, labels "
         "numbered with points (一、产出指标（40分）, 1.数量指标) and an indicator 分值 column "
         "adding to each tier's points and to 100, a 百分点 change, 100% as a percent cell "
         "(correct)")  # fmt: skip
def py07() -> Book:
    b, s = book(widths=(20, 18, 32, 18, 8))
    project_head(
        s, year=2026, attr="新增项目", name="城市道路“白改黑”及人行道改造工程",
        dept="柏川县住房和城乡建设局（204）", unit="柏川县市政工程管理所",
        money=one_year_money(wan(1350), wan(1200), wan(150)),
        goals=["2026年完成城区主干道“白改黑”改造9万平方米、人行道改造3.2万平方米，城区主干道"
               "路面状况优良率提高5个百分点以上，改造路段交通事故下降10%以上。"],
    )  # fmt: skip
    indicators(s, SCORE, [
        ("一、产出指标（40分）", "1.数量指标", "城市道路“白改黑”改造面积", "≥9万平方米", 10),
        (None, None, "人行道改造面积", "≥3.2万平方米", 8),
        (None, "2.质量指标", "工程竣工验收合格率", pct(1), 8),
        (None, None, "沥青路面压实度达标率", "≥96%", 6),
        (None, "3.时效指标", "主体工程完工时间", "2026年10月31日前", 8),
        ("二、成本指标（10分）", "1.经济成本指标", "“白改黑”每平方米综合造价", "≤120元/平方米",
         10),
        ("三、效益指标（30分）", "1.社会效益指标", "城区主干道路面状况优良率提高", "≥5百分点", 10),
        (None, None, "改造路段交通事故下降率", "≥10%", 10),
        (None, "2.可持续影响指标", "道路设施养护管理制度", "健全", 10),
        ("四、满意度指标（20分）", "1.服务对象满意度指标", "沿线居民及商户满意度", "≥90%", 10),
        (None, None, "过往车辆驾驶人满意度", "≥85%", 10),
    ])  # fmt: skip
    sign(s, "汪砚秋", "杭明哲", "0739-8254016")
    return b


@variant("py08-parking-tier-scores", (10, 5), "one-year project, OLD-NAT (成本指标 under 产出), "
         "a tier score column merged beside the tiers and an indicator score column: each tier's "
         "indicators add to its score, both levels to 100, a 百分点 change (correct)")  # fmt: skip
def py08() -> Book:
    b, s = book(widths=(12, 10, 14, 30, 18, 10))
    project_head(
        s, year=2026, attr="新增项目", name="城区公共停车场及充电设施建设",
        dept="岱南县交通运输局（415）", unit="岱南县交通运输综合服务中心",
        money=one_year_money(wan(2400), wan(1800), wan(600)),
        goals=["2026年建成城区公共停车泊位1600个、公共充电桩240个，停车场年内投入使用，缓解城区"
               "核心区停车难，路内违停查处量下降15%以上。"],
    )  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 55, "数量指标", "新建公共停车泊位", "≥1600个", 15),
        (None, None, None, "新建公共充电桩", "≥240个", 10),
        (None, None, "质量指标", "停车场工程验收合格率", pct(1), 10),
        (None, None, "时效指标", "停车场投入使用时间", "2026年12月31日前", 10),
        (None, None, "成本指标", "单个停车泊位平均建设成本", "≤1.2万元/个", 10),
        ("效益指标", 30, "经济效益指标", "停车场年度运营收入", "≥180万元", 10),
        (None, None, "社会效益指标", "核心区路内违停查处量下降率", "≥15%", 10),
        (None, None, "生态效益指标", "新能源汽车充电服务占比提高", "≥8百分点", 10),
        ("满意度指标", 15, "服务对象满意度指标", "停车用户满意度", "≥88%", 15),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值与三级指标分值为两级计分，各自合计100分。")
    sign(s, "尹继川", "骆晓芸", "0763-5107392")
    return b


@variant("py09-shelters-tier-scores-off", (10, 5), "one-year project, NAT-2021 with numbered "
         "labels, tier score column and indicator score column: 产出's indicators add to 55 "
         "against 50, a 时效 tier-2 under 效益")  # fmt: skip
def py09() -> Book:
    b, s = book(widths=(12, 10, 18, 30, 18, 10))
    project_head(
        s, year=2026, attr="新增项目", name="农村客运候车亭及招呼站建设",
        dept="芷兰县交通运输局（409）", unit="芷兰县农村公路管理站",
        money=one_year_money(wan(680), wan(600), wan(80)),
        goals=["2026年在全县建制村新建农村客运候车亭45个、设置招呼站牌120块，9月底前全部建成，"
               "建制村客运候车设施覆盖率达到90%以上。"],
    )  # fmt: skip
    tier2 = mk("（二）时效指标", "F105", "error", row=True, note="时效 belongs under 产出")
    indicators(s, SCORED, [
        ("一、产出指标", mk(50, "W103", "error", row=True, alt=("W101",), note="15+10+10+10+10"),
         "（一）数量指标", "新建农村客运候车亭", "≥45个", 15),
        (None, None, None, "设置农村客运招呼站牌", "≥120块", 10),
        (None, None, "（二）质量指标", "候车亭工程验收合格率", pct(1), 10),
        (None, None, None, "站牌信息标识规范率", "≥95%", 10),
        (None, None, None, "候车亭防雨遮阳功能达标率", "≥95%", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "单个候车亭平均建设成本", "≤12万元/个", 10),
        ("三、效益指标", 30, "（一）社会效益指标", "建制村客运候车设施覆盖率", "≥90%", 10),
        (None, None, tier2, "候车亭建设完成时间", "2026年9月30日前", 10),
        (None, None, "（三）可持续影响指标", "候车亭日常管护责任落实率", pct(1), 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "沿线村民乘车满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="indicator scores add to 105")
    sign(s, "储景行", "符曼文", "0745-6629018")
    return b


@variant("py10-trunk-road-weights", (10,), "one-year project, OLD-NAT, plain labels and a "
         "权重 column: 预算执行率 listed as a 成本 indicator, weights adding to 110")  # fmt: skip
def py10() -> Book:
    b, s = book(widths=(14, 14, 30, 18, 10))
    project_head(
        s, year=2026, attr="常年项目", name="国省干线公路日常养护",
        dept="沐溪县交通运输局（411）", unit="沐溪县公路养护中心",
        money=one_year_money(wan(1580), wan(1500), wan(80)),
        goals=["2026年完成国省干线公路日常养护186公里，修补路面病害2.4万平方米，干线公路优良路率"
               "保持在90%以上，路面病害72小时内修复。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重（%）"), [
        ("产出指标", "数量指标", "国省干线日常养护里程", "≥186公里", 15),
        (None, None, "路面病害修补面积", "≥2.4万平方米", 10),
        (None, "质量指标", "养护工程验收合格率", pct(1), 10),
        (None, None, "国省干线公路优良路率", "≥90%", 10),
        (None, "时效指标", "路面病害发现至修复时限", "≤72小时", 10),
        (None, "成本指标", "每公里年度养护成本", "≤8万元/公里", 5),
        (None, None, mk("预算执行率", "F202", "warning", row=True, note="scored apart"),
         "≥95%", 10),
        ("效益指标", "社会效益指标", "干线公路平均通行速度提高", "≥3%", 10),
        (None, None, "养护作业路段交通事故起数", "≤2起", 10),
        (None, "可持续影响指标", "公路养护长效管理机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "公路使用者满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 110")
    sign(s, "阮知白", "冉雪松", "0734-3381257")
    return b


@variant("py11-signals-evaluation-tier", (5, 10), "one-year project, NAT-2021 labels numbered "
         "with points and an indicator 分值 column: a 过程指标 tier from an evaluation template, a "
         "completion date under 数量指标")  # fmt: skip
def py11() -> Book:
    b, s = book(widths=(22, 22, 30, 18, 8))
    project_head(
        s, year=2026, attr="新增项目", name="城市交通信号控制系统升级改造",
        dept="泓江市交通运输局（131）", unit="泓江市智能交通管理中心",
        money=one_year_money(wan(760), wan(700), wan(60)),
        goals=["2026年完成城区64个路口信号控制升级，新增交通流量检测设备180套，9月底前系统上线运行"
               "，主干道高峰时段平均车速提高8%以上。"],
    )  # fmt: skip
    process = mk("三、过程指标（10分）", "F108", "error", row=True, alt=("F103",),
                 note="过程 is an evaluation tier")  # fmt: skip
    indicators(s, SCORE, [
        ("一、产出指标（35分）", "1.数量指标", "升级改造信号控制路口", "≥64个", 10),
        (None, None, "新增交通流量检测设备", "≥180套", 10),
        (None, None, mk("信号控制系统上线运行时间", "F201", "warning", row=True,
                        note="a date under 数量指标"), "2026年9月30日前", 5),
        (None, "2.质量指标", "系统验收合格率", pct(1), 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单路口信号升级平均成本", "≤9.5万元/个", 10),
        (process, mk("1.资金管理", "*", "error", row=True, required=False), "资金拨付及时率",
         "≥95%", 5),
        (None, mk("2.组织实施", "*", "error", row=True, required=False), "项目管理制度执行",
         "规范", 5),
        ("四、效益指标（35分）", "1.社会效益指标", "主干道高峰时段平均车速提高", "≥8%", 15),
        (None, None, "信号控制路口通行延误下降率", "≥10%", 10),
        (None, "2.可持续影响指标", "信号配时动态优化机制", "建立并运行", 10),
        ("五、满意度指标（10分）", "1.服务对象满意度指标", "市民出行满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "梅听澜", "覃志远", "0775-2264931")
    return b


@variant("py12-bus-terminals-ninety", (5, 10), "one-year project, OLD-NAT tiers marked ★ and "
         "abbreviated (数量, 质量, 成本), points adding to 90 with 预算执行率 scored apart as the "
         "header and a footnote say, a 百分点 change, a 500米 radius in a name "
         "(correct)")  # fmt: skip
def py12() -> Book:
    b, s = book(widths=(14, 14, 30, 18, 14))
    project_head(
        s, year=2026, attr="新增项目", name="城市公交首末站及港湾式停靠站提升改造",
        dept="雁岭区交通运输局（402）", unit="雁岭区公共交通服务中心",
        money=one_year_money(wan(1120), wan(960), wan(160)),
        goals=["2026年改造公交首末站6个、新建港湾式公交停靠站24个，城区公交站点500米覆盖率达到"
               "95%以上，公交出行分担率提高2个百分点以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值（共90分，预算执行率10分另行评价）"), [
        ("★产出指标", "数量", "改造公交首末站", "≥6个", 10),
        (None, None, "新建港湾式公交停靠站", "≥24个", 10),
        (None, "质量", "改造工程验收合格率", pct(1), 10),
        (None, "时效", "首末站改造完工时间", "2026年11月30日前", 5),
        (None, "成本", "单个首末站改造平均成本", "≤140万元/个", 10),
        ("★效益指标", "社会效益", "城区公交站点500米覆盖率", "≥95%", 10),
        (None, None, "公交出行分担率提高", "≥2百分点", 10),
        (None, "可持续影响", "首末站运营管理制度", "健全", 10),
        ("★满意度指标", "服务对象满意度", "公交乘客满意度", "≥90%", 15),
    ])  # fmt: skip
    note(s, "注：1.预算执行率（10分）按规定另行评价，不列入本表，本表分值合计90分；"
            "2.带★的一级指标为必填项。")  # fmt: skip
    sign(s, "宁向晚", "彭书宇", "0731-8842675")
    return b
