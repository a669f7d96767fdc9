"""碉楼 (watchtowers): multi-year rescue work, decorated tier labels, points (aw07–aw12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout507.common import (
    BUREAU,
    CENTRE,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout507.registry import variant
from tests.variants.kit import Book, day, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
TOWER = "榕滘县望岭村碉楼群"


@variant(
    "aw07-tower-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period ones, "
    "rates and unit costs equal in both (correct)",
)
def tower_three_years() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=2025,
        years=3,
        name=f"{TOWER}抢险加固工程",
        dept=BUREAU,
        unit=CENTRE,
        attr="新增项目",
        money=multi_year((900, 800, 100), (300, 260, 40)),
        goals=[
            "2025—2027年完成望岭村12座碉楼抢险加固，布设36个结构监测点，消除坍塌险情。",
            "2025年完成4座险情最重碉楼的加固和12个监测点布设。",
        ],
    )
    indicators(s, TWO, [
        ("产出指标", "数量指标", "碉楼抢险加固座数", "≥12座", "≥4座"),
        (None, None, "结构监测点布设数量", "≥36个", "≥12个"),
        (None, "质量指标", "加固工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度加固任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单座碉楼加固费用", "≤70万元/座", "≤70万元/座"),
        ("效益指标", "社会效益指标", "碉楼周边群众安全隐患消除率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "加固后结构设计使用年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "村民和海外业主满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "司徒立峰", "0751-6630275", day(2024, 12, 5))
    return b


@variant(
    "aw08-tower-three-years-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, two "
    "cumulative counts copied into the 年度 column",
)
def tower_three_years_copied() -> Book:
    b, s = book("绩效目标表")
    goal = "2025—2027年修缮鹤坳村9座碉楼的门窗铁罩和屋顶燕子窝，编制碉楼保护档案9套。"
    project_head(
        s,
        year=2025,
        years=3,
        name="鹤坳村碉楼门窗及屋顶修缮",
        dept=BUREAU,
        unit=CENTRE,
        attr="新增项目",
        money=multi_year((540, 500, 40), (180, 170, 10)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copies the 中期目标")],
    )
    indicators(s, TWO, [
        ("产出指标", "数量指标", "修缮碉楼座数", "≥9座",
         mk("≥9座", "D202", "warning", note="cumulative count copied from 中期")),
        (None, None, "编制碉楼保护档案套数", "≥9套",
         mk("≥9套", "D202", "warning", note="cumulative count copied from 中期")),
        (None, "质量指标", "修缮工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度修缮任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单座碉楼修缮费用", "≤20万元/座", "≤20万元/座"),
        ("效益指标", "社会效益指标", "碉楼门窗构件原物保留率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "碉楼业主满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "aw09-tower-decorated-labels",
    (5, 1),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）数量指标, "
    "1.社会效益), abbreviated tier-2s, ★ core indicators, typed percents (correct)",
)
def tower_decorated_labels() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=2025,
        name="望岭村碉楼群安防监控建设",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(66, 60, 6),
        goals=["为望岭村碉楼群安装视频监控和防盗报警设施，实现全天候看护。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("一、产出指标（40分）", "（一）数量", "★安装监控点位数", 48, "个"),
        (None, "（二）质量", "★监控设备在线率", pct(0.98), "%"),
        (None, "（三）时效", "系统投入运行时间", "2025年8月31日前", None),
        ("二、成本指标（20分）", "经济成本", "单个监控点位建设费用", "≤1.2", "万元/个"),
        ("三、效益指标（30分）", "1.社会效益", "碉楼盗窃破坏案件", "≤0", "起"),
        (None, "2.可持续影响", "监控系统维保年限", "≥5", "年"),
        ("四、满意度指标（10分）", "服务对象满意度", "碉楼业主满意度", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, "注：标★的为核心指标，不得删除；各一级指标分值合计100分。")
    return b


@variant(
    "aw10-tower-labels-wrong",
    (5,),
    "project, NAT-2021, numbered tier labels: a 时效 tier-2 under 效益指标, a 合格率 above 100 %",
)
def tower_labels_wrong() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=2025,
        name="塘尾碉楼防雷及排水改造",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(42, 42, 0),
        goals=["为塘尾片区6座碉楼加装防雷装置，疏通墙基排水。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量指标", "加装防雷装置碉楼座数", "≥6座"),
        (None, "（二）质量指标", "防雷检测合格率",
         mk(">100%", "T106", "error", note="a 合格率 cannot exceed 100%")),
        ("二、成本指标", "（一）经济成本指标", "单座碉楼改造费用", "≤7万元/座"),
        ("三、效益指标", "（一）社会效益指标", "雷击损毁碉楼事件", "≤0起"),
        (None, mk("（二）时效指标", "F105", "error", note="时效 belongs under 产出指标"),
         "改造完成时间", "2025年4月30日前"),
        ("四、满意度指标", "（一）服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "aw11-tower-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, an "
    "opening share raised in 百分点 (correct)",
)
def tower_points() -> Book:
    b, s = book("绩效目标", (16, 8, 16, 30, 18, 8))
    project_head(
        s,
        year=2025,
        name="望岭村碉楼活化开放",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(54, 50, 4),
        goals=["完成3座碉楼内部布展并对外开放，提高碉楼群开放接待比例。"],
    )
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "布展开放碉楼座数", "≥3座", 20),
        (None, None, "质量指标", "布展工程验收合格率", "100%", 15),
        (None, None, "时效指标", "开放时间", "2025年9月30日前", 15),
        ("成本指标", 10, "经济成本指标", "单座碉楼布展费用", "≤18万元/座", 10),
        ("效益指标", 30, "社会效益指标", "碉楼群开放接待比例提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "开放碉楼日常管护制度", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
        ("合计", 100, "", None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "aw12-tower-points-wrong",
    (10, 9),
    "project, NAT-2021, tier-1 and indicator score columns: 效益 indicator points not adding to "
    "the tier score, a plan end date stored as a text serial",
)
def tower_points_wrong() -> Book:
    b, s = book("绩效目标", (16, 8, 16, 30, 18, 8))
    project_head(
        s,
        year=2025,
        name="鹤坳村碉楼侨批文物展陈",
        dept=BUREAU,
        unit=CENTRE,
        money=one_year(36, 36, 0),
        goals=["在鹤坳村2座碉楼内展陈侨批、侨汇单据等文物，面向游客开放。"],
        end=mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell"),
    )
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "展陈文物件数", "≥300件", 20),
        (None, None, "质量指标", "展柜安装验收合格率", "100%", 15),
        (None, None, "时效指标", "展陈开放时间", "2025年10月31日前", 15),
        ("成本指标", 10, "经济成本指标", "单座碉楼展陈费用", "≤18万元/座", 10),
        ("效益指标", mk(30, "W103", "error", note="indicator points 15 + 10 = 25, not 30"),
         "社会效益指标", "侨批文化展陈年接待人次", "≥8000人次", 15),
        (None, None, "可持续影响指标", "展陈文物完好率", "≥98%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator total 95 follows from W103")
    return b
