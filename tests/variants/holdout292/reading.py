"""农家书屋 and 全民阅读: six project returns (sp01–sp06), one-year, stacked and multi-year."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout292.common import book, header, multi_year, one_year, sign, tiers, wan
from tests.variants.holdout292.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def _sp01_rows() -> list[list[Any]]:
    return [
        ["一、产出指标", "（一）数量指标", "补充更新出版物的农家书屋数", "≥", 240, "个"],
        [None, None, "补充更新图书总量", "≥", 14400, "册"],
        [None, "（二）质量指标", "选配出版物在推荐目录内的品种占比", "≥", pct(0.9), "%"],
        [None, None, "出版物配送到位率", "=", pct(1), "%"],
        [None, "（三）时效指标", "出版物配送完成时间", "≤", day(2026, 10, 31, CN_DATE), None],
        [None, "（四）成本指标", "每个书屋出版物补充经费", "≤", 0.35, "万元/个"],
        [None, None, "配送及管理员培训费用", "≤", 12, "万元"],
        ["二、效益指标", "（一）社会效益指标", "农家书屋年度借阅人次", "≥", 36000, "人次"],
        [None, None, "书屋每周开放时间达标率", "≥", pct(0.95), "%"],
        [None, "（二）可持续影响指标", "书屋管理员持证上岗比例", "≥", 90, "%"],
        ["三、满意度指标", "（一）服务对象满意度指标", "村民读者满意度", "≥", pct(0.9), "%"],
    ]


@variant(
    "sp01-shuwu-percent",
    (1, 5),
    "project, OLD-NAT, numbered tier labels, operator and "
    "unit columns, percent cells, 万元 in the number format (correct)",
)
def sp01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="蓼原县农家书屋出版物补充更新项目",
        dept="中共蓼原县委宣传部（县新闻出版局）",
        unit="蓼原县农家书屋建设服务中心",
        attr="常年项目",
        money=one_year(wan(96), wan(90), wan(6)),
        goals=[
            "为全县240个农家书屋补充更新图书14400册，开展书屋管理员培训，提升书屋借阅服务水平。"
        ],
    )
    header(s, *OP_HEAD)
    tiers(s, _sp01_rows())
    sign(s, "覃明远", "邬晓岚", "0739-6218047", day(2025, 11, 24))
    return b


def _sp02_rows() -> list[list[Any]]:
    cover = mk(8000, "T105", "error", note="a 覆盖率 given as a count of 人次, not a percentage")
    above = mk(pct(1.05), "T106", "error", note="an approval rate typed as 105%: above the cap")
    return [
        ["产出指标", "数量指标", "举办阅读推广活动场次", "≥", 120, "场"],
        [None, None, "重点群体阅读活动覆盖率", "≥", cover, "人次"],
        [None, "质量指标", "推荐书目专家审读通过率", "≥", above, "%"],
        [None, "时效指标", "年度活动计划完成时间", "≤", day(2026, 12, 20, CN_DATE), None],
        [None, "成本指标", "单场活动平均成本", "≤", 0.5, "万元/场"],
        ["效益指标", "社会效益指标", "居民综合阅读率较上年提高", "≥", 2, "百分点"],
        [None, "可持续影响指标", "阅读推广志愿者注册人数", "≥", 300, "人"],
        ["满意度指标", "服务对象满意度指标", "参与活动居民满意度", "≥", pct(0.9), "%"],
    ]


@variant(
    "sp02-reading-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator and unit columns: "
    "a total that is not its parts, a typed 105%, a coverage rate given in 人次",
)
def sp02() -> Book:
    b, s = book()
    total = mk(wan(85), "B101", "error", row=True, note="85 ≠ 财政拨款 70 + 其他资金 10")
    project_head(
        s,
        year=2026,
        name="“书香苇湾”全民阅读推广活动",
        dept="苇湾区文化和旅游局",
        unit="苇湾区图书馆",
        money=one_year(total, wan(70), wan(10)),
        goals=["全年举办阅读推广活动120场，发布推荐书目，扩大重点群体阅读服务。"],
    )
    header(s, *OP_HEAD)
    tiers(s, _sp02_rows())
    sign(s, "蒙嘉禾", "甘露薇", "0771-5302964", day(2025, 12, 3))
    return b


def _sp03_first() -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "流动图书车下乡服务场次", "≥40场"],
        [None, None, "下乡送书册数", "≥12000册"],
        [None, "质量指标", "流动服务图书完好率", pct(0.95)],
        [None, "时效指标", "巡回服务完成时间", "12月15日前"],
        [None, "成本指标", "单场巡回服务成本", "≤0.6万元/场"],
        [None, None, "流动图书车维护及燃油费", "≤10万元"],
        ["效益指标", "社会效益指标", "服务农村读者人次", "≥20000人次"],
        [None, "可持续影响指标", "乡镇图书流通点持续运行比例", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"],
    ]


def _sp03_second() -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "少儿阅读推广活动场次", "≥24场"],
        [None, None, "亲子阅读指导讲座场次", "≥12场"],
        [None, "质量指标", "少儿推荐书目审读合格率", "=100%"],
        [None, "时效指标", "暑期阅读活动完成时间", "8月31日前"],
        [None, "成本指标", "单场活动平均成本", "≤0.5万元/场"],
        ["效益指标", "社会效益指标", "参与活动少儿人次", "≥6000人次"],
        ["满意度指标", "服务对象满意度指标", "读者满意度", "≥92%"],
    ]


@variant(
    "sp03-reading-stacked",
    (2,),
    "two library projects stacked in one sheet, OLD-NAT, one "
    "value column, 读者满意度 in both with different values (correct)",
)
def sp03() -> Book:
    b, s = book()
    common = {"year": 2026, "dept": "岑塘县文化广电和旅游体育局", "unit": "岑塘县图书馆"}
    project_head(
        s,
        name="岑塘县“阅读进乡村”流动服务",
        attr="常年项目",
        money=one_year(wan(48), wan(48), wan(0)),
        goals=["全年开展流动图书车下乡服务40场，送书12000册，服务农村读者20000人次以上。"],
        **common,
    )
    header(s, *ONE_HEAD)
    tiers(s, _sp03_first())
    s.skip()
    project_head(
        s,
        name="岑塘县少儿阅读推广",
        title="",
        money=one_year(wan(26), wan(20), wan(6)),
        goals=["全年举办少儿阅读推广活动24场、亲子阅读讲座12场，参与少儿6000人次以上。"],
        **common,
    )
    header(s, *ONE_HEAD)
    tiers(s, _sp03_second())
    return b


def _sp04_first() -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "完成数字化改造的农家书屋", "≥100个"],
        [None, None, "上线数字阅读资源品种", "≥5000种"],
        [None, "质量指标", "数字阅读终端验收合格率", "≥98%"],
        [None, "时效指标", "改造完成时间", "9月30日前"],
        [None, "成本指标", "单个书屋数字化改造成本", "≤1.2万元/个"],
        ["效益指标", "社会效益指标", "数字阅读年访问量", "≥200000人次"],
        [None, "可持续影响指标", "数字资源年度更新比例", "≥20%"],
        ["满意度指标", "服务对象满意度指标", "书屋读者满意度", "≥90%"],
    ]


def _sp04_second() -> list[list[Any]]:
    loss = mk(
        "≥3%",
        "T108",
        "warning",
        row=True,
        note="a loss-and-damage rate is 反向: ≥ rewards losing books",
    )
    return [
        ["产出指标", "数量指标", "培训书屋管理员人数", "≥600人"],
        [None, None, "举办培训班期数", "≥6期"],
        [None, "质量指标", "培训考核合格率", "≥95%"],
        [None, "时效指标", "培训完成时间", "6月30日前"],
        [None, "成本指标", "人均培训成本", "≤0.05万元/人"],
        ["效益指标", "社会效益指标", "书屋出版物丢失损坏率", loss],
        [None, "可持续影响指标", "管理员持证上岗率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "参训管理员满意度", "≥90%"],
    ]


@variant(
    "sp04-shuwu-stacked-wrong",
    (2, 11),
    "two 农家书屋 projects stacked, OLD-NAT, one value "
    "column: the second project's total is not its parts, a loss rate with ≥",
)
def sp04() -> Book:
    b, s = book()
    common = {
        "year": 2026,
        "dept": "中共鸿陂市委宣传部（市新闻出版局）",
        "unit": "鸿陂市新闻出版服务中心",
    }
    project_head(
        s,
        name="鸿陂市农家书屋数字化提升工程",
        attr="新增项目",
        money=one_year(wan(150), wan(150), wan(0)),
        goals=["完成100个农家书屋数字化改造，上线数字阅读资源5000种以上。"],
        **common,
    )
    header(s, *ONE_HEAD)
    tiers(s, _sp04_first())
    s.skip()
    total = mk(wan(42), "B101", "error", row=True, note="42 ≠ 财政拨款 35 + 其他资金 5")
    project_head(
        s,
        name="鸿陂市农家书屋管理员培训",
        title="",
        money=one_year(total, wan(35), wan(5)),
        goals=["分6期培训农家书屋管理员600人，提高书屋日常管理和借阅服务能力。"],
        **common,
    )
    header(s, *ONE_HEAD)
    tiers(s, _sp04_second())
    return b


def _sp05_rows() -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "建成城市书房数量", "≥15个", "≥5个"],
        [None, None, "新增藏书量", "≥90000册", "≥30000册"],
        [None, "质量指标", "书房图书上架合格率", pct(0.98), pct(0.98)],
        [None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"],
        ["成本指标", "经济成本指标", "单个城市书房建设成本", "≤30万元/个", "≤30万元/个"],
        ["效益指标", "社会效益指标", "城市书房接待读者人次", "≥600000人次", "≥150000人次"],
        [None, None, "居民综合阅读率提高", "≥3百分点", "≥1百分点"],
        [None, "可持续影响指标", "城市书房每周开放时长", "≥56小时", "≥56小时"],
        ["满意度指标", "服务对象满意度指标", "读者满意度", pct(0.9), pct(0.9)],
    ]


@variant(
    "sp05-reading-multiyear",
    (8, 10),
    "three-year 城市书房 project, NAT-2021, 中期 and 年度 "
    "columns, counts split by year, rates equal, a reading rate raised in 百分点 (correct)",
)
def sp05() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="鸿陂市城市书房建设",
        attr="新增项目",
        dept="鸿陂市文化广电旅游局",
        unit="鸿陂市图书馆",
        money=multi_year((wan(600), wan(540), wan(60)), (wan(200), wan(180), wan(20))),
        goals=[
            "三年内在主城区和重点镇街建成城市书房15个，新增藏书9万册，"
            "居民综合阅读率提高3个百分点。",
            "年内建成城市书房5个，新增藏书3万册，书房开放服务常态化。",
        ],
    )
    header(s, *TWO_HEAD)
    tiers(s, _sp05_rows())
    return b


def _sp06_rows() -> list[list[Any]]:
    copied = "annual count copied from the two-year column"
    return [
        [
            "产出指标",
            "数量指标",
            "提质改造农家书屋数",
            "≥240个",
            mk("≥240个", "D202", "warning", note=copied),
        ],
        [None, None, "补充出版物册数", "≥24000册", "≥12000册"],
        [
            None,
            None,
            "书屋阅读活动场次",
            "≥150场",
            mk("≥180场", "D201", "error", note="annual 180 above the two-year 150"),
        ],
        [
            None,
            None,
            "培训书屋管理员人次",
            "≥480人次",
            mk("≥480人次", "D202", "warning", note=copied),
        ],
        [None, "质量指标", "改造验收合格率", "≥95%", "≥95%"],
        [None, "时效指标", "改造任务完成时间", "2027年11月30日前", "2026年11月30日前"],
        [None, "成本指标", "单个书屋改造成本", "≤0.3万元/个", "≤0.3万元/个"],
        ["效益指标", "社会效益指标", "书屋年借阅人次", "≥60000人次", "≥25000人次"],
        [None, "可持续影响指标", "书屋常态化开放比例", "≥90%", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"],
    ]


@variant(
    "sp06-shuwu-multiyear-wrong",
    (8,),
    "two-year 农家书屋 project, OLD-NAT, 中期 and 年度 "
    "columns: two cumulative counts copied, one annual count above its period",
)
def sp06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=2,
        name="蓼原县农家书屋提质增效行动",
        attr="新增项目",
        dept="中共蓼原县委宣传部（县新闻出版局）",
        unit="蓼原县农家书屋建设服务中心",
        money=multi_year((wan(160), wan(150), wan(10)), (wan(90), wan(85), wan(5))),
        goals=[
            "两年内完成全县农家书屋提质改造，配齐管理员并常态化开展阅读活动。",
            "年内完成首批书屋提质改造，开展“书香蓼原”阅读活动，提升书屋使用率。",
        ],
    )
    header(s, *TWO_HEAD)
    tiers(s, _sp06_rows())
    return b
