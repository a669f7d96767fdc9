"""Eucommia (杜仲) returns: 中期 and 年度 columns, header words, artefacts, points at two levels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout500.common import (
    OP_HEAD,
    TWO_HEAD,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout500.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "鹤汀县林业局（403001）"
CENTRE = "鹤汀县漆树杜仲产业发展中心"
GOAL = "新建杜仲良种林3000亩，建设杜仲雄花茶加工示范点3个，带动山区药农增收。"


@variant("ap07-eucommia-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "two cumulative counts copied into 年度, 年度目标 copied from 中期目标")  # fmt: skip
def ap07() -> Book:
    b, s = start()
    copied = "the 年度目标 repeats the three-year 中期目标 word for word"
    project_head(s, year=YEAR, years=3, name="鹤汀县杜仲良种林建设三年行动项目", dept=DEPT,
                 unit=CENTRE, money=multi_year((900, 780, 120), (300, 260, 40)),
                 goals=(GOAL, mk(GOAL, "D204", "warning", note=copied)))  # fmt: skip
    why = "a three-year cumulative count copied into the annual column"
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "新建杜仲良种林面积", "≥3000亩",
         mk("≥3000亩", "D202", "warning", note=why)),
        (None, None, "杜仲雄花茶加工示范点", "≥3个", mk("≥3个", "D202", "warning", note=why)),
        (None, None, "培训药农", "≥1500人次", "≥500人次"),
        (None, "质量指标", "杜仲造林成活率", "≥85%", "≥85%"),
        (None, "时效指标", "造林任务完成时间", f"{YEAR + 2}年12月31日前", f"{YEAR}年12月31日前"),
        ("成本指标", "经济成本指标", "每亩造林补助标准", "≤900元/亩", "≤900元/亩"),
        ("效益指标", "经济效益指标", "带动药农户均增收", "≥2000元/户", "≥1800元/户"),
        (None, "生态效益指标", "水土流失治理面积", "≥3000亩", "≥1000亩"),
        ("满意度指标", "服务对象满意度指标", "药农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ap08-eucommia-one-year-export", (8,), "one-year project exported from the budget "
         "system: project code in the first column, 中期 and 年度 columns and goals legitimately "
         "identical (correct)")  # fmt: skip
def ap08() -> Book:
    b, s = start("部门项目支出绩效目标05-2", (16, 14, 18, 28, 18, 18))
    goal = "抚育杜仲中幼林2000亩，开展杜仲皮环剥再生技术示范100亩。"
    project_head(s, year=YEAR, name="杜家坳村杜仲林抚育与环剥示范项目", dept=DEPT, unit=CENTRE,
                 money=multi_year((120, 100, 20), (120, 100, 20)), goals=(goal, goal))  # fmt: skip
    code = "403001250017"
    indicators(s, ("项目编码", *TWO_HEAD), [
        (code, "产出指标", "数量指标", "抚育杜仲中幼林面积", "≥2000亩", "≥2000亩"),
        (code, None, None, "环剥再生技术示范面积", "≥100亩", "≥100亩"),
        (code, None, "质量指标", "环剥树皮再生率", "≥90%", "≥90%"),
        (code, None, "时效指标", "抚育完成时间", f"{YEAR}年11月30日前", f"{YEAR}年11月30日前"),
        (code, "成本指标", "经济成本指标", "每亩抚育成本", "≤500元/亩", "≤500元/亩"),
        (code, "效益指标", "经济效益指标", "示范户杜仲皮增收", "≥1500元/户", "≥1500元/户"),
        (code, None, "可持续影响指标", "环剥技术推广户数", "≥120户", "≥120户"),
        (code, "满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%"),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant("ap09-eucommia-headers", (7,), "project, NAT-2021, two-row header with 考核指标, "
         "目标值（年度） and a 评价标准 scoring column (correct)")  # fmt: skip
def ap09() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="云岙乡杜仲雄花茶加工技术推广项目", dept=DEPT,
                 unit="云岙乡农业综合服务中心", money=one_year(40, 32, 8),
                 goals=("推广杜仲雄花采摘与制茶技术，建设加工示范点2个。",))  # fmt: skip
    s.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    for col in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)
    full = "达到目标值得满分，未达到按比例扣分"
    s.table([
        ("产出指标", "数量指标", "雄花茶加工示范点", "≥2个", full),
        (None, None, "雄花采摘技术培训", "≥400人次", full),
        (None, "质量指标", "雄花茶产品抽检合格率", "≥98%", "每低1个百分点扣1分"),
        (None, "时效指标", "示范点投产时间", f"{YEAR}年4月15日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "示范点建设补助标准", "≤12万元/个", "超标准不得分"),
        ("效益指标", "经济效益指标", "雄花鲜品收购量", "≥30吨", full),
        (None, "社会效益指标", "带动采花务工人数", "≥300人", full),
        ("满意度指标", "服务对象满意度指标", "采花农户满意度", "≥90%", "按问卷结果计分"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ap10-eucommia-second-sheet", (7, 4), "project: head on the first sheet, the table on a "
         "second sheet under 指标内容 and 预期实现值, an instruction row inside, 注 and 填表说明 "
         "below, signature and date lines (correct)")  # fmt: skip
def ap10() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=YEAR, name="石门岭镇杜仲林下养蜂示范项目", dept=DEPT,
                 unit="石门岭镇农业综合服务中心", money=one_year(25, 20, 5),
                 goals=("在杜仲林下示范养蜂500箱，发展林下经济。",))  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 24))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("一级指标", "二级指标", "指标内容", "预期实现值", "备注")
    notes(t, "（定量指标填写数值，定性指标填写等级；无内容的二级指标可删除）", width=5)
    t.table([
        ("产出指标", "数量指标", "林下示范养蜂箱数", "≥500箱", None),
        (None, "质量指标", "蜂群越冬存活率", "≥85%", "行业标准"),
        (None, "时效指标", "蜂箱入林时间", f"{YEAR}年3月31日前", None),
        (None, "成本指标", "每箱蜂群补助标准", "≤400元/箱", "计划标准"),
        ("效益指标", "经济效益指标", "示范户蜂蜜销售收入", "≥15万元", None),
        (None, "生态效益指标", "杜仲雄花授粉率提高", "≥5百分点", "比上年"),
        ("满意度指标", "服务对象满意度指标", "养蜂户满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：蜂群补助按实际入林箱数结算。",
          "填表说明：指标值依据栏填写计划标准、行业标准或历史标准。", width=5)  # fmt: skip
    sign(t, "欧阳小禾", "0796-5217736", day(YEAR - 1, 12, 16))
    return b


@variant(
    "ap11-eucommia-artefacts",
    (9,),
    "project, OLD-NAT, operator and unit columns, detail "
    "lines below: a split number, an amount pasted twice, a cost rounded to 0",
)
def ap11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="杜家坳村杜仲低效林改造项目", dept=DEPT, unit=CENTRE,
                 money=one_year(120, 100, 20),
                 goals=("改造杜仲低效林2000亩，配套施肥与技术培训。",))  # fmt: skip
    zero = "44.42万元 ÷ 2000亩 rounded to 0 万元/亩: a cost target cannot be 0"
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "改造杜仲低效林面积", "≥", 2000, "亩"),
        (None, "质量指标", "改造林分合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "改造完成时间", "≤", day(YEAR, 11, 30), None),
        (None, "成本指标", "每亩整地抚育成本", "≤", mk(0, "T115", "error", note=zero), "万元/亩"),
        ("效益指标", "经济效益指标", "改造林亩均产皮量增加", "≥", 15, "公斤/亩"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算明细", "金额（万元）", "测算依据", merge=[(3, 6)])
    s.row("良种苗木", mk("36.5 8", "X105", "warning", alt=("X103",),
                          note="36.58 split by a space, stored as text"),
          "补植苗木18.29万株 × 2元", merge=[(3, 6)])  # fmt: skip
    s.row("肥料及运输", mk("24万24万（含运费）", "X106", "error", alt=("B108",),
                           note="24万 pasted twice"), "每亩120元", merge=[(3, 6)])  # fmt: skip
    s.row("技术培训", 15, "培训10期", merge=[(3, 6)])
    s.row("整地抚育", 44.42, "2000亩", merge=[(3, 6)])
    s.row("合计", 120, None, merge=[(3, 6)])
    b.file_mark("B102", "error", required=False, note="the damaged lines may not add up")
    return b


@variant(
    "ap12-eucommia-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column, both 100, a rate raised in 百分点, a note on totals (correct)",
)
def ap12() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹤汀县杜仲良种推广与抚育项目", dept=DEPT, unit=CENTRE,
                 money=one_year(100, 85, 15),
                 goals=("抚育杜仲林2000亩，良种覆盖率比上年提高5个百分点。",))  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "抚育杜仲林面积", "≥2000亩", 10),
        (None, None, None, "发放良种嫁接苗", "≥5万株", 10),
        (None, None, "质量指标", "杜仲良种覆盖率", "比上年提高≥5百分点", 10),
        (None, None, "时效指标", "抚育完成时间", f"{YEAR}年10月31日前", 10),
        ("成本指标", 20, "经济成本指标", "每亩抚育成本", "≤450元/亩", 10),
        (None, None, "生态环境成本指标", "抚育作业引发森林火灾", "0起", 10),
        ("效益指标", 30, "经济效益指标", "杜仲皮销售收入", "≥60万元", 10),
        (None, None, "社会效益指标", "带动林农就业", "≥600人次", 10),
        (None, None, "生态效益指标", "林地郁闭度达标率", "≥85%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "林农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值为其下三级指标分值之和，两级分值各自合计均为100分，不重复计算。")
    return b
