"""Braille reading rooms: the library's projects (xh01–xh06)."""

from __future__ import annotations

from tests.variants.holdout414.common import (
    LIB,
    indicators,
    lines,
    notes,
    project,
    sign,
    start,
)
from tests.variants.holdout414.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
LIBRARY = "澄湾市图书馆"


@variant("xh01-reading-room-pct", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format, "
         "detail lines (correct)")  # fmt: skip
def reading_room_pct() -> Book:
    b, s = start()
    project(s, name="盲文阅览室图书更新与运行", unit=LIBRARY, dept=LIB, amounts=(36.5, 32, 4.5),
            goal="新购盲文图书1200册，听书机外借3000人次，每周开放不少于56小时。")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新购盲文图书", "≥", 1200, "册"),
        (None, None, "听书机外借", "≥", 3000, "人次"),
        (None, "质量指标", "盲文图书验收合格率", "=", pct(1), "%"),
        (None, None, "阅览座位完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "新书到馆上架时间", "≤", 30, "天"),
        (None, "成本指标", "盲文图书平均采购单价", "≤", 150, "元/册"),
        (None, None, "听书机年维护费", "≤", 2.4, "万元"),
        ("效益指标", "社会效益指标", "视障读者到馆人次增长率", "≥", pct(0.08), "%"),
        (None, "可持续影响指标", "盲文阅览室每周开放时长", "≥", 56, "小时"),
        ("满意度指标", "服务对象满意度指标", "视障读者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    lines(s, [("盲文图书采购", 18), ("听书机维护", 2.4), ("阅览室运行及志愿者补贴", 16.1)], 36.5)
    sign(s, "郁闻笙", "0613-5538207")
    return b


@variant("xh02-braille-books-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100, a 反向 rate "
         "with ≥, a rate given as a count")  # fmt: skip
def braille_books_wrong() -> Book:
    b, s = start()
    project(s, name="盲文期刊订阅与图书修补", unit=LIBRARY, dept=LIB, amounts=(28, 25, 3),
            goal="订阅盲文期刊40种，修补破损盲文图书800册，借阅登记准确无误。")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "修补破损盲文图书", "≥", 800, "册"),
        (None, None, "盲文期刊订阅完成率", "≥",
         mk(40, "T105", "error", note="a 完成率 given as 40 种"), "种"),
        (None, "质量指标", "修补图书验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105%: a 合格率 cannot pass 100%"), "%"),
        (None, None, "借阅登记差错率",
         mk("≥", "T108", "warning", row=True, note="差错率 is 反向: ≤ expected"),
         pct(0.01, "0.0%"), "%"),
        (None, "时效指标", "期刊到馆分编时间", "≤", 7, "个工作日"),
        (None, "成本指标", "单册修补费用", "≤", 60, "元/册"),
        ("效益指标", "社会效益指标", "盲文期刊借阅量增长率", "≥", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "视障读者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郁闻笙", "0613-5538207")
    return b


@variant("xh03-audio-second-sheet", (7,),
         "project: head on 基本信息, NAT-2021 indicator table on a second sheet under header "
         "预期实现值, a 下降率 with ≥ (correct)")  # fmt: skip
def audio_second_sheet() -> Book:
    b, s = start("基本信息")
    project(s, name="有声读物与无障碍电影制作", unit=LIBRARY, dept=LIB, amounts=(24, 20, 4),
            goal="录制有声读物150小时，制作无障碍电影12部，放映场次不少于24场。")  # fmt: skip
    sign(s, "莫听澜", "0613-5538215")
    t = b.sheet("绩效指标", (14, 18, 32, 18))
    t.title("2026年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "录制有声读物时长", "≥150小时"),
        (None, None, "制作无障碍电影", "≥12部"),
        (None, None, "无障碍电影放映场次", "≥24场"),
        (None, "质量指标", "有声读物审听合格率", "≥98%"),
        (None, "时效指标", "年度制作任务完成时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "有声读物录制成本", "≤800元/小时"),
        ("效益指标", "社会效益指标", "播放设备故障报修下降率", "≥10%"),
        (None, None, "无障碍电影社区覆盖率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "视障观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xh04-stacked-district-rooms", (2,),
         "two district reading-room projects stacked in one sheet, OLD-NAT, one value column, "
         "the same names with different values (correct)")  # fmt: skip
def stacked_district_rooms() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project(s, name="鹭汀区盲文阅览室运行", unit="鹭汀区图书馆", dept=LIB, amounts=(15, 15, 0),
            goal="阅览室全年开放，服务视障读者2000人次以上。")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "服务视障读者", "≥2000人次"),
        (None, None, "阅览座位", "=40座"),
        (None, "质量指标", "阅览设备完好率", "≥95%"),
        (None, "时效指标", "预约借阅响应时间", "≤2个工作日"),
        (None, "成本指标", "每座位年运行成本", "≤2500元/座"),
        ("效益指标", "社会效益指标", "视障读者办证人数增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "视障读者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, name="栖梧区盲文阅览室运行", unit="栖梧区图书馆", dept=LIB, amounts=(12, 10, 2),
            goal="阅览室全年开放，服务视障读者600人次以上，开展读书会12期。", title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "服务视障读者", "≥600人次"),
        (None, None, "视障读者读书会", "≥12期"),
        (None, None, "阅览座位", "=30座"),
        (None, "质量指标", "阅览设备完好率", "≥90%"),
        (None, "时效指标", "预约借阅响应时间", "≤3个工作日"),
        (None, "成本指标", "每座位年运行成本", "≤2400元/座"),
        ("效益指标", "社会效益指标", "视障读者办证人数增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "视障读者满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("xh05-stacked-money-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second project's total is not its parts, one rate "
         "given as a count")  # fmt: skip
def stacked_money_wrong() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project(s, name="盲文图书流动站配送", unit=LIBRARY, dept=LIB, amounts=(16, 14, 2),
            goal="在8个街道设盲文图书流动站，全年配送盲文图书3000册次。")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "盲文图书流动站", "≥8个"),
        (None, None, "配送盲文图书", "≥3000册次"),
        (None, "质量指标", "配送图书完好率", "≥95%"),
        (None, "成本指标", "单次配送成本", "≤300元/次"),
        ("效益指标", "社会效益指标", "街道盲文借阅服务覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "视障读者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(18, "B101", "error", note="14 + 3 = 17, not 18")
    project(s, name="社区盲文读物角建设", unit="栖梧区图书馆", dept=LIB, amounts=(total, 14, 3),
            goal="在20个社区建成盲文读物角，配置盲文读物和助视器。", title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "建成盲文读物角", "≥20个"),
        (None, None, "盲文读物角覆盖率",
         mk("20个", "T105", "error", note="覆盖率 needs a percentage")),
        (None, "质量指标", "助视器验收合格率", "≥98%"),
        (None, "成本指标", "每个读物角建设成本", "≤0.8万元/个"),
        ("效益指标", "社会效益指标", "社区视障居民借阅参与率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "社区视障居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xh06-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a rate raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = start()
    project(s, name="盲文数字图书馆点显器服务", unit=LIBRARY, dept=LIB, amounts=(30, 26, 4),
            goal="购置点显器8台，开通远程借阅，数字阅读使用率较上年提高3个百分点。")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", 50, "数量指标", "购置点显器", "≥8台", 20),
        (None, None, None, "盲文数字资源新增", "≥500种", 15),
        (None, None, "质量指标", "点显器验收合格率", "100%", 15),
        ("成本指标", 10, "经济成本指标", "点显器单台采购价", "≤1.6万元/台", 10),
        ("效益指标", 30, "社会效益指标", "视障读者数字阅读使用率较上年提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "远程借阅服务开通时长", "≥12个月", 15),
        ("满意度指标", 10, "服务对象满意度指标", "视障读者满意度", "≥90%", 10),
        ("合计", 100, "", None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值分别合计为100分，评分时只按三级指标分值计。")
    return b
