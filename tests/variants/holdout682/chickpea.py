"""鹰嘴豆 returns: seed base, extension, a three-year base, processing, stacked trials."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout682.common import (
    HEAD_PERIOD,
    book,
    date,
    details,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout682.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "砚湄县农业农村局（318021）"


@variant("hp01-chickpea-seed-base", (1, 5, 12),
         "project, NAT-2021, tier labels with points, typed percent cells (correct)")  # fmt: skip
def seed_base() -> Book:
    b, s = book()
    project_head(s, year=2025, name="蔚川镇鹰嘴豆良种繁育基地建设", dept=DEPT,
                 unit="蔚川镇农业综合服务中心", money=one_year(wan(150), wan(120), wan(30)),
                 goals=["在蔚川镇建设鹰嘴豆良种繁育基地800亩（其中核心示范区200亩），"
                        "开展种植技术培训6期，为2026年全县扩种积累种源。"])  # fmt: skip
    indicators(s, [
        ["一、成本指标（10分）", "经济成本指标", "良种繁育补助标准", "≤1500元/亩"],
        ["二、产出指标（40分）", "（一）数量指标", "良种繁育基地面积", "≥800亩"],
        [None, None, "其中：核心示范区面积", "≥200亩"],
        [None, None, "种植技术培训", "≥6期"],
        [None, "（二）质量指标", "种子发芽率", pct(0.9)],
        [None, None, "病虫害发生率", "≤5%"],
        [None, "（三）时效指标", "采收完成时间", "2025年9月30日前"],
        ["三、效益指标（40分）", "经济效益指标", "亩均增收", "≥300元"],
        [None, "生态效益指标", "化学农药使用量下降率", "≥10%"],
        ["四、满意度指标（10分）", "服务对象满意度指标", "种植户满意度", pct(0.9)],
    ])  # fmt: skip
    notes(s, "注：补助标准1500元/亩×800亩=120万元，由财政拨款安排；其他资金30万元为合作社自筹。")
    sign(s, "贺丛岚", "0871-6634 2190", date(2024, 11, 18))
    return b


@variant("hp02-chickpea-extension-goal", (5,),
         "project, OLD-NAT, abbreviated tier labels; goal area against indicator, a deadline "
         "of last year, a satisfaction rate under 社会效益")  # fmt: skip
def extension() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鹰嘴豆旱作推广种植", dept=DEPT,
                 unit="砚湄县农业技术推广站", money=one_year(wan(180), wan(150), wan(30)),
                 goals=["在芗岭、蔚川两乡镇推广鹰嘴豆旱作种植3000亩，开展田间培训12期，"
                        "亩产达到150公斤以上。"])  # fmt: skip
    indicators(s, [
        ["产出", "数量", "推广种植面积",
         mk("≥2000亩", "D104", "warning", note="年度目标写推广3000亩，指标只有2000亩")],
        [None, None, "田间培训", "≥12期"],
        [None, "质量", "平均亩产", "≥150公斤"],
        [None, "时效", "采收完成时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103",),
            note="2025年度项目的期限写在2024年，早于项目开始")],
        [None, "成本", "种植补贴标准", "≤500元/亩"],
        ["效益", "经济效益", "亩均增收", "≥260元"],
        [None, "社会效益", "带动农户", "≥500户"],
        [None, None, "种植户满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下")],
        ["满意度", "服务对象满意度", "收购企业满意度", "≥85%"],
    ])  # fmt: skip
    return b


@variant("hp03-chickpea-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
         "a cost equal to its money (correct)")  # fmt: skip
def three_year() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="鹰嘴豆标准化种植基地三年建设", dept=DEPT,
                 unit="砚湄县经济作物站", attr="新增项目",
                 money=multi_year((wan(600), wan(480), wan(120)), (wan(200), wan(160), wan(40))),
                 goals=["三年建成鹰嘴豆标准化种植基地6000亩，培育种植合作社10家，注册区域品牌1个。",
                        "2025年建成标准化种植基地2000亩，培育合作社4家，"
                        "提交品牌商标申请。"])  # fmt: skip
    indicators(s, [
        ["成本指标", "经济成本指标", "基地建设补助标准", "≤1000元/亩", "≤1000元/亩"],
        ["产出指标", "数量指标", "标准化种植基地面积", "≥6000亩", "≥2000亩"],
        [None, None, "培育种植合作社", "≥10家", "≥4家"],
        [None, "质量指标", "种子纯度达标率", "≥98%", "≥98%"],
        [None, "时效指标", "年度任务完成时间", "2027年12月31日前", "2025年12月31日前"],
        ["效益指标", "经济效益指标", "亩均产值增长率", "≥15%", "≥10%"],
        [None, "社会效益指标", "带动农户", "≥1200户", "≥400户"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"],
    ], head=HEAD_PERIOD)  # fmt: skip
    return b


@variant("hp04-chickpea-processing-period", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual money above the period's, "
         "a line count above the period's, a cumulative tonnage copied")  # fmt: skip
def processing() -> Book:
    b, s = book()
    year_total = mk(wan(360), "B103", "error", note="年度资金360万元大于中期资金300万元")
    project_head(s, year=2025, years=3, name="鹰嘴豆粉精深加工生产线建设", dept=DEPT,
                 unit="砚湄县农产品加工服务中心", attr="新增项目",
                 money=multi_year((wan(300), wan(240), wan(60)), (year_total, wan(300), wan(60))),
                 goals=["三年建成鹰嘴豆粉加工生产线3条，累计订单收购鹰嘴豆4500吨。",
                        "2025年建成生产线1条，订单收购鹰嘴豆1500吨。"])  # fmt: skip
    indicators(s, [
        ["产出指标", "数量指标", "新增加工生产线", "≥3条",
         mk("≥4条", "D201", "error", note="年度4条多于实施期3条，也与年度目标1条不符")],
        [None, None, "订单收购鹰嘴豆", "≥4500吨",
         mk("≥4500吨", "D202", "warning", alt=("D104",),
            note="累计收购量照抄中期值，年度目标写1500吨")],
        [None, "质量指标", "产品抽检合格率", "≥98%", "≥98%"],
        [None, "时效指标", "生产线投产时间", "2027年10月31日前", "2025年12月31日前"],
        ["成本指标", "经济成本指标", "单条生产线建设成本", "≤90万元", "≤90万元"],
        ["效益指标", "经济效益指标", "加工产值", "≥6000万元", "≥2000万元"],
        ["满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%", "≥90%"],
    ], head=HEAD_PERIOD)  # fmt: skip
    return b


@variant("hp05-chickpea-stacked-trials", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "with different values in each, detail lines under the second (correct)")  # fmt: skip
def stacked_trials() -> Book:
    b, s = book("项目绩效目标")
    project_head(s, year=2025, name="鹰嘴豆新品种引进试验", dept=DEPT,
                 unit="砚湄县种子管理站", money=one_year(wan(45), wan(45), wan(0)),
                 goals=["引进鹰嘴豆新品种8个，布设对比试验点5个，筛选适宜品种2个。"])  # fmt: skip
    indicators(s, [
        ["产出指标", "数量指标", "引进新品种", "≥8个"],
        [None, None, "对比试验点", "≥5个"],
        [None, None, "技术培训人次", "≥200人次"],
        [None, "质量指标", "试验数据完整率", "≥95%"],
        [None, "成本指标", "试验点建设成本", "≤6万元/个"],
        ["效益指标", "社会效益指标", "筛选推广品种", "≥2个"],
        ["满意度指标", "服务对象满意度指标", "试验农户满意度", "≥90%"],
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s,
        year=2025,
        name="鹰嘴豆病虫害绿色防控",
        dept=DEPT,
        title="",
        unit="砚湄县植保植检站",
        money=one_year(wan(64), wan(54), wan(10)),
        goals=["在3000亩鹰嘴豆田推行绿色防控，安装杀虫灯120盏，培训农户600人次。"],
    )
    indicators(s, [
        ["产出指标", "数量指标", "绿色防控面积", "≥3000亩"],
        [None, None, "安装杀虫灯", "≥120盏"],
        [None, None, "技术培训人次", "≥600人次"],
        [None, "质量指标", "防控区病虫危害损失率", "≤5%"],
        [None, "成本指标", "杀虫灯购置单价", "≤0.3万元/盏"],
        ["效益指标", "生态效益指标", "化学农药使用量下降率", "≥20%"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    details(s, "绿色防控资金明细", [
        ["杀虫灯购置", wan(36), "0.3万元/盏×120盏"],
        ["性诱剂及色板", wan(18), "3000亩×60元/亩"],
        ["农户培训", wan(10), "600人次×166.7元"],
    ], wan(64))  # fmt: skip
    return b


@variant("hp06-chickpea-stacked-money", (2, 12),
         "two projects stacked, OLD-NAT: the second's annual total is not its parts, and the "
         "same indicator with a word more under two tier-2s")  # fmt: skip
def stacked_money() -> Book:
    b, s = book("项目绩效目标")
    project_head(s, year=2025, name="鹰嘴豆耕地墒情监测", dept=DEPT,
                 unit="砚湄县土壤肥料工作站", money=one_year(wan(30), wan(30), wan(0)),
                 goals=["布设鹰嘴豆田墒情监测点12个，全年发布墒情简报24期。"])  # fmt: skip
    indicators(s, [
        ["产出指标", "数量指标", "墒情监测点", "≥12个"],
        [None, None, "墒情简报", "≥24期"],
        [None, "时效指标", "简报发布及时率", "≥95%"],
        ["效益指标", "社会效益指标", "指导种植面积", "≥5000亩"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(90), "B101", "error", note="年度资金总额90万元≠财政拨款60万元+其他资金20万元")
    project_head(
        s,
        year=2025,
        name="鹰嘴豆测土配方施肥",
        dept=DEPT,
        title="",
        unit="砚湄县土壤肥料工作站",
        money=one_year(total, wan(60), wan(20)),
        goals=["采集鹰嘴豆田土样400个，发放施肥建议卡2000份。"],
    )
    indicators(s, [
        ["产出指标", "数量指标", "土样采集", "≥400个"],
        [None, None, "发放施肥建议卡", "≥2000份"],
        [None, "质量指标", "土样检测合格率", "≥98%"],
        [None, None, "土样采集数量",
         mk("≥400个", "D101", "warning", row=True, alt=("D103", "F201"),
            note="与数量指标“土样采集”是同一指标，只多“数量”二字")],
        ["效益指标", "生态效益指标", "化肥使用量下降率", "≥5%"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    return b
