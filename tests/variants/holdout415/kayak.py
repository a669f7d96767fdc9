"""皮划艇 (canoe and kayak) project returns of the training base: xi01 to xi06."""

from __future__ import annotations

from tests.variants.holdout415.common import (
    KAYAK,
    YEAR,
    book,
    department,
    funds,
    indicators,
    note,
    project,
    signature,
    wan,
)
from tests.variants.holdout415.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)


@variant(
    "xi01-kayak-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells typed in Excel, 万元 in the number format, a date cell as a deadline (correct)",
)
def xi01() -> Book:
    b, s = book()
    project(s, "皮划艇青少年后备人才训练器材更新", funds(86.5, 80, 6.5),
            ["更新青少年皮划艇训练艇12艘、碳纤维训练桨40副，保障后备梯队水上训练。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新购皮划艇训练艇", "≥", 12, "艘"),
        (None, None, "新购碳纤维训练桨", "≥", 40, "副"),
        (None, "质量指标", "训练器材验收合格率", "=", pct(1), "%"),
        (None, None, "器材质量原因造成的训练安全事故", "≤", 0, "起"),
        (None, "时效指标", "器材到货验收完成时间", "≤", day(YEAR, 6, 30, CN_DATE), None),
        (None, "成本指标", "单艘训练艇采购成本", "≤", 4.8, "万元/艘"),
        (None, None, "单副训练桨采购成本", "≤", 0.6, "万元/副"),
        ("效益指标", "社会效益指标", "后备梯队专项训练器材保障率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "新购器材使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "运动员及教练员满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    signature(s, "蔺秋禾", "0746-3318275", day(YEAR, 1, 8))
    return b


@variant(
    "xi02-kayak-direction",
    (11,),
    "project, NAT-2021, operators inside the values: a 正向 "
    "count with ≤, a cost standard with ≥, a 反向 injury rate with ≥",
)
def xi02() -> Book:
    b, s = book()
    project(s, "皮划艇青少年集训队冬训经费", funds(64, 60, 4),
            ["组织青少年皮划艇集训队冬训，提升体能储备与专项技术。"], unit=KAYAK)  # fmt: skip
    why = "a 正向 count of race entries capped with ≤"
    rows = [
        ("产出指标", "数量指标", "冬训参训青少年运动员人数", "≥45人"),
        (None, None, "参加省级以上赛事人次", mk("≤60人次", "T108", "warning", row=True, note=why)),
        (None, "质量指标", "冬训体能测试达标率", "≥90%"),
        (None, "时效指标", "冬训计划完成时间", "3月31日前"),
        ("成本指标", "经济成本指标", "冬训人均伙食补助标准",
         mk("≥120元/人·天", "T108", "warning", row=True, note="a cost standard with ≥")),
        ("效益指标", "社会效益指标", "运动员训练伤病发生率",
         mk("≥3%", "T108", "warning", row=True, note="a 反向 incidence rate with ≥")),
        (None, None, "运动员腰背伤病复发下降率", "≥20%"),
        (None, "可持续影响指标", "冬训后输送省队运动员", "≥4人"),
        ("满意度指标", "服务对象满意度指标", "参训运动员满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD6[:4], rows)
    signature(s, "卓晗川", "0746-3318402", day(YEAR, 1, 10))
    return b


@variant(
    "xi03-kayak-stacked",
    (2,),
    "two kayak camps stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator with different values per project (correct)",
)
def xi03() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project(s, "皮划艇青少年春季训练营", funds(30, 30, 0), ["春季训练营培训青少年学员120人。"],
            start=day(YEAR, 3, 1), end=day(YEAR, 5, 31))  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "训练营参训学员人数", "≥120人"),
        (None, "质量指标", "学员结营考核合格率", "≥90%"),
        (None, "时效指标", "训练营结营时间", "5月31日前"),
        (None, "成本指标", "人均训练营费用标准", "≤2500元/人"),
        ("效益指标", "社会效益指标", "选入基地业余训练班学员", "≥20人"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "皮划艇青少年暑期训练营", funds(42, 38, 4), ["暑期训练营培训青少年学员180人。"],
            title="", start=day(YEAR, 7, 1), end=day(YEAR, 8, 31))  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "训练营参训学员人数", "≥180人"),
        (None, None, "开展水上安全课", "≥12课次"),
        (None, "质量指标", "学员结营考核合格率", "≥85%"),
        (None, "时效指标", "训练营结营时间", "8月31日前"),
        (None, "成本指标", "人均训练营费用标准", "≤2000元/人"),
        ("效益指标", "社会效益指标", "选入基地业余训练班学员", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "xi04-kayak-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score "
    "column both totalling 100, a rate raised in 百分点 (correct)",
)
def xi04() -> Book:
    b, s = book(widths=(14, 10, 16, 30, 16, 10))
    project(s, "皮划艇青少年科学化训练监测", funds(48, 45, 3),
            ["对在训青少年运动员开展体能与技术监测，提高训练科学化水平。"])  # fmt: skip
    rows = [
        ("产出指标", 50, "数量指标", "体能监测覆盖运动员人数", "≥80人", 15),
        (None, None, None, "专项技术视频分析报告", "≥160份", 10),
        (None, None, "质量指标", "监测数据有效率", "≥95%", 15),
        (None, None, "时效指标", "月度监测报告报送及时率", pct(1), 10),
        ("成本指标", 10, "经济成本指标", "人均年度监测成本", "≤5000元/人", 10),
        ("效益指标", 30, "社会效益指标", "专项达标率较上年提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "运动员训练监测档案建档率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "教练员满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ]  # fmt: skip
    head = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, rows, merged=(1, 2, 3))
    return b


@variant(
    "xi05-kayak-multi-year",
    (8,),
    "three-year project, NAT-2021, 实施期 and 年度 columns: "
    "年度目标 copied from 中期目标, two cumulative counts copied into the annual column",
)
def xi05() -> Book:
    b, s = book()
    goal = "改造训练码头泊位24个、浮动训练航道3条，铺设水域安全防护网1800米。"
    money_rows = [
        ("中期资金总额", wan(360), "年度资金总额", wan(120)),
        ("其中：财政拨款", wan(330), "其中：财政拨款", wan(110)),
        ("其他资金", wan(30), "其他资金", wan(10)),
    ]
    echo = "the copied 年度目标 says 3条: a D104 here follows from the D204 mark"
    copied = "annual target of a cumulative count copied from the three-year column"
    project(s, "皮划艇训练水域设施改造", money_rows, [goal, mk(goal, "D204", "warning",
            note="年度目标 identical to the three-year goal")], years=3,
            attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造训练码头泊位", "≥24个",
         mk("≥24个", "D202", "warning", note=copied)),
        (None, None, "新建浮动训练航道", "≥3条", ok("≥1条", note=echo)),
        (None, None, "铺设水域安全防护网", "≥1800米",
         mk("≥1800米", "D202", "warning", note=copied)),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "泊位改造单位成本", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "社会效益指标", "基地接训青少年运动员人次", "≥6000人次", "≥2000人次"),
        (None, "可持续影响指标", "改造设施设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "运动员满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    indicators(s, head, rows)
    return b


@variant(
    "xi06-kayak-flat",
    (3, 1),
    "department of the kayak division, flat list (指标名称 · 权重 · "
    "计量单位 · 指标性质 as operator · 指标值), typed percent cells, 0起 (correct)",
)
def xi06() -> Book:
    b, s = book(widths=(34, 10, 12, 12, 14, 10))
    department(s, KAYAK, [[wan(v) for v in (520, 480, 40, 310, 210)]],
               "保障皮划艇青少年运动员训练、比赛和文化学习，向省队稳定输送后备人才。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    rows = [
        ("在训皮划艇青少年运动员人数", 15, "人", "≥", 150),
        ("全年组织队内达标测试", 10, "次", "≥", 4),
        ("向省皮划艇队输送运动员", 15, "人", "≥", 6),
        ("全国青少年锦标赛获得奖牌", 10, "枚", "≥", 3),
        ("运动员文化课考试合格率", 10, "%", "≥", pct(0.92)),
        ("训练伤病发生率", 10, "%", "≤", pct(0.05)),
        ("训练安全责任事故", 10, "起", "≤", 0),
        ("运动员及家长满意度", 20, "%", "≥", pct(0.9)),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    note(s, "注：权重合计100分。", 5)
    return b
