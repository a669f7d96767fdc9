"""Ice-and-snow sculpture festival returns: percent cells, points, 中期 and 年度 (xe01–xe06)."""

from __future__ import annotations

from tests.variants.holdout411.common import (
    book,
    indicators,
    one_year,
    project,
    sign,
    two_columns,
)
from tests.variants.holdout411.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
UNIT = "霜岭市冰雪节组委会办公室"


@variant("xe01-percent-cells", (1, 12),
         "project, NAT-2021, operator and unit columns, percent cells, 万元 in the number "
         "format, a 0起 incident count (correct)")  # fmt: skip
def xe01() -> Book:
    b, s = book()
    goal = "完成主会场冰雕雪雕作品120组，接待游客60万人次以上，作品验收合格率达到95%以上。"
    project(s, "第九届冰雕雪雕艺术节主会场建设", UNIT, one_year(860, 700, 160), [goal])
    indicators(s, OPS, [
        ("产出指标", "数量指标", "冰雕雪雕作品数量", "≥", 120, "组"),
        (None, None, "采冰量", "≥", 18000, "立方米"),
        (None, "质量指标", "作品验收合格率", "≥", pct(0.95), "%"),
        (None, None, "冰体结构安全检测覆盖率", "=", pct(1), "%"),
        (None, "时效指标", "主体工程按期完工率", "=", pct(1), "%"),
        ("成本指标", "经济成本指标", "单组作品平均制作成本", "≤", 5.5, "万元/组"),
        ("效益指标", "经济效益指标", "带动冰雪旅游收入", "≥", 3.2, "亿元"),
        (None, "社会效益指标", "主会场接待游客", "≥", 60, "万人次"),
        (None, None, "安全责任事故", "=", 0, "起"),
        (None, "可持续影响指标", "培养冰雕技艺传承人", "≥", 15, "人"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "贺北辰", "0471-5326018")
    return b


@variant("xe02-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100 and a 反向 "
         "injury rate with ≥")  # fmt: skip
def xe02() -> Book:
    b, s = book()
    goal = "保障冰雪大世界园区冬季运营安全，全年巡检不少于150次，游客意外伤害发生率控制在0.2%以内。"
    project(s, "冰雪大世界园区安全保障", UNIT, one_year(420, 380, 40), [goal])
    indicators(s, OPS, [
        ("产出指标", "数量指标", "园区安全巡检", "≥", 150, "次"),
        (None, None, "配备安全员", "≥", 80, "人"),
        (None, "质量指标", "冰雕作品安全验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a capped rate typed as 105%"), "%"),
        (None, "时效指标", "隐患整改及时率", "≥", pct(0.98), "%"),
        (None, "成本指标", "安全员人均补贴", "≤", 1.2, "万元/人"),
        ("效益指标", "社会效益指标", "游客意外伤害发生率",
         mk("≥", "T108", "warning", row=True, note="反向 rate (发生率) with ≥"),
         pct(0.002, "0.0%"), "%"),
        (None, None, "重大安全事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "游客安全感满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "闫立秋", "0471-5326022")
    return b


PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("xe03-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标), indicator points adding to 100 at both levels, a share raised "
         "in 百分点 (correct)")  # fmt: skip
def xe03() -> Book:
    b, s = book()
    goal = "举办雪雕创意大赛，展出雪雕作品60组，提升冰雪节过夜游客占比。"
    project(s, "冰雪节雪雕创意大赛", UNIT, one_year(210, 210, 0), [goal])
    indicators(s, PTS, [
        ("一、产出指标（50分）", "（一）数量指标", "展出雪雕作品", "≥60组", 20),
        (None, "（二）质量指标", "作品评审合格率", "≥95%", 15),
        (None, "（三）时效指标", "作品完成时限", "开幕前3日内", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "单组作品制作补助", "≤3万元/组", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "过夜游客占比较上年提高", "≥3百分点", 15),
        (None, "（二）社会效益指标", "大赛线上观看人次", "≥200万人次", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参赛团队满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "卢景川", "0471-5326035")
    return b


@variant("xe04-tier-points-wrong", (5, 10),
         "project, NAT-2021, starred and abbreviated labels with points "
         "(★产出指标（40分）, 1.数量): two tier-1 scores do not match the indicator "
         "points under them")  # fmt: skip
def xe04() -> Book:
    b, s = book()
    goal = "建设冰灯游园会灯组45组，吸引市民游客参与冰雪夜游活动。"
    project(s, "冰灯游园会灯组制作", UNIT, one_year(300, 260, 40), [goal])
    note = "indicator points under it add to {}"
    indicators(s, PTS, [
        (mk("★产出指标（40分）", "W103", "error", note=note.format(35)), "1.数量",
         "冰灯灯组", "≥45组", 15),
        (None, "2.质量", "灯组亮灯率", "≥98%", 10),
        (None, "3.时效", "灯组安装完成时间", "12月20日前", 10),
        ("★成本指标（20分）", "1.经济成本", "单组灯组制作成本", "≤6万元/组", 20),
        ("★效益指标（30分）", "1.社会效益", "夜游参与人次", "≥35万人次", 15),
        (None, "2.可持续影响", "灯组材料回收利用率", "≥60%", 15),
        (mk("★满意度指标（10分）", "W103", "error", note=note.format(15)), "1.服务对象满意度",
         "游客满意度", "≥90%", 15),
    ])  # fmt: skip
    sign(s, "钟若岚", "0471-5326047")
    return b


TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xe05-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: an annual count above its period "
         "count, one cumulative count copied from the 中期 column")  # fmt: skip
def xe05() -> Book:
    b, s = book()
    goals = ["三年内新建冰雕展区6个、雪雕景观点位30处，改造步道4.5公里。",
             "本年新建冰雕展区2个，建成首批雪雕景观点位，启动步道改造。"]  # fmt: skip
    project(s, "冰雪雕塑公园提升改造", "霜岭市冰雪雕塑公园管理处",
            two_columns((1500, 1200, 300), (600, 500, 100)), goals, years=3)  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建冰雕展区", "≥6个", "≥2个"),
        (None, None, "雪雕景观点位", "≥30处",
         mk("≥36处", "D201", "error", note="annual count above the three-year count")),
        (None, None, "园区步道改造", "≥4.5公里",
         mk("≥4.5公里", "D202", "warning", note="cumulative length copied into 年度")),
        (None, "质量指标", "工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "展区单位建设成本", "≤180万元/个", "≤180万元/个"),
        ("效益指标", "社会效益指标", "冬季园区接待游客", "≥150万人次", "≥45万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩松涛", "0471-5326051")
    return b


@variant("xe06-one-year-equal", (8, 11),
         "one-year project with 中期 and 年度 columns and goals legitimately identical, a 下降率 "
         "with ≥ (correct)")  # fmt: skip
def xe06() -> Book:
    b, s = book()
    goal = "举办冰雕雪雕国际邀请赛，邀请参赛队伍30支，赛期游客投诉较上届下降10%以上。"
    project(s, "冰雕雪雕国际邀请赛", UNIT, two_columns((280, 240, 40), (280, 240, 40)),
            [goal, goal], attr="一次性项目")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "邀请参赛队伍", "≥30支", "≥30支"),
        (None, "质量指标", "参赛作品完成率", "≥95%", "≥95%"),
        (None, "时效指标", "赛事按期举办率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "每队制作补助", "≤6万元/队", "≤6万元/队"),
        ("效益指标", "社会效益指标", "赛期游客投诉下降率", "≥10%", "≥10%"),
        (None, "经济效益指标", "赛事带动住宿收入", "≥1500万元", "≥1500万元"),
        ("满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺北辰", "0471-5326018")
    return b
