"""赛艇 (rowing) project returns of the training base: xi07 to xi12."""

from __future__ import annotations

from tests.variants.holdout415.common import (
    BASE,
    ROWING,
    YEAR,
    book,
    funds,
    indicators,
    note,
    project,
    signature,
    wan,
)
from tests.variants.holdout415.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "xi07-rowing-tier-labels",
    (5,),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）), 1. and （一） "
    "tier-2 numbering, abbreviations and a ★ mark (correct)",
)
def xi07() -> Book:
    b, s = book()
    project(s, "赛艇青少年梯队年度训练", funds(95, 90, 5),
            ["完成赛艇青少年梯队全年训练，向省赛艇队输送后备人才。"], unit=ROWING)  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "1.数量指标", "梯队在训运动员", "≥60人"),
        (None, None, "全年水上训练课次", "≥220次"),
        (None, "2.质量", "2000米测功仪达标率", "≥85%"),
        (None, "3.时效指标", "年度训练计划完成时间", "12月31日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "人均年度训练成本", "≤1.5万元/人"),
        ("三、效益指标（30分）", "（一）社会效益", "输送省赛艇队运动员", "≥5人"),
        (None, "（二）可持续影响指标", "★运动员训练档案完整率", "=100%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "运动员满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    return b


@variant(
    "xi08-rowing-wrong-tier",
    (5, 11),
    "project, NAT-2021, numbered labels: a 可持续影响指标 block under 产出指标, a 反向 "
    "damage rate with ≥",
)
def xi08() -> Book:
    b, s = book()
    project(s, "赛艇青少年训练艇维护保养", funds(36, 36, 0),
            ["维护保养青少年训练赛艇40艘，保障水上训练安全。"], unit=ROWING)  # fmt: skip
    parent = "可持续影响指标 is a tier-2 of 效益指标, not of 产出指标"
    rows = [
        ("一、产出指标", "（一）数量指标", "维护保养训练赛艇", "≥40艘"),
        (None, None, "更换桨叶", "≥60片"),
        (None, "（二）质量指标", "保养后艇体验收合格率", "≥98%"),
        (None, mk("（三）可持续影响指标", "F105", "error", row=True, note=parent),
         "保养后器材延长使用年限", "≥2年"),
        ("二、成本指标", "（一）经济成本指标", "单艇年度维护成本", "≤0.6万元/艘"),
        ("三、效益指标", "（一）社会效益指标", "训练期间器材损坏率",
         mk("≥2%", "T108", "warning", row=True, note="a 反向 damage rate with ≥")),
        (None, None, "器材故障导致训练中断次数下降率", "≥30%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "教练员满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    return b


@variant(
    "xi09-rowing-header-words",
    (7,),
    "project, OLD-NAT, two-row header (考核指标 / 绩效标准), operators in words in 指标方向, "
    "bare numbers under 目标值（年度） with a unit column (correct)",
)
def xi09() -> Book:
    b, s = book()
    project(s, "赛艇青少年选材测试", funds(22.4, 20, 2.4),
            ["在全省中小学开展赛艇项目选材测试，建立选材数据库。"])  # fmt: skip
    s.row("考核指标", None, None, "绩效标准", None, None, merge=[(1, 3), (4, 6)])
    rows = [
        ("产出指标", "数量指标", "选材测试覆盖中小学", "大于等于", 30, "所"),
        (None, None, "完成身体形态与机能测试人数", "大于等于", 1200, "人"),
        (None, "质量指标", "测试数据录入准确率", "大于等于", 98, "%"),
        (None, "时效指标", "选材测试完成时间", "小于等于", "10月31日", None),
        (None, "成本指标", "人均测试成本", "小于等于", 150, "元/人"),
        ("效益指标", "社会效益指标", "选入赛艇青少年梯队人数", "大于等于", 25, "人"),
        (None, "可持续影响指标", "选材测试数据库", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "受测学生及家长满意度", "大于等于", 90, "%"),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "目标值（年度）", "计量单位")
    indicators(s, head, rows)
    return b


@variant(
    "xi10-rowing-second-sheet",
    (7, 1),
    "project: head on 项目信息, the indicator table on a second sheet under header 预期实现值; "
    "a typed 105% on a 合格率 and a rate given as a count",
)
def xi10() -> Book:
    b, s = book("项目信息")
    project(s, "赛艇测功仪及训练监控设备购置", funds(58, 50, 8),
            ["购置测功仪20台、训练监控终端6套，提升陆上训练质量。"], unit=ROWING)  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 5)
    over = "a 合格率 typed as 105% (stored 1.05): above its 100% ceiling"
    rows = [
        ("产出指标", "数量指标", "购置测功仪", "≥20台"),
        (None, None, "购置训练监控终端", "≥6套"),
        (None, "质量指标", "设备验收合格率", mk(pct(1.05), "T106", "error", note=over)),
        (None, "时效指标", "设备安装调试完成时间", "9月30日前"),
        ("成本指标", "经济成本指标", "测功仪单台采购成本", "≤1.9万元/台"),
        (None, None, "监控终端单套采购成本", "≤2万元/套"),
        ("效益指标", "社会效益指标", "赛艇专项体能达标率",
         mk("≥45人", "T105", "error", note="a 达标率 given as a head count")),
        (None, "可持续影响指标", "设备使用年限", "≥6年"),
        ("满意度指标", "服务对象满意度指标", "运动员满意度", "≥95%"),
    ]  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), rows)
    return b


@variant(
    "xi11-rowing-artefacts",
    (9,),
    "project, OLD-NAT, one value column, money lines below the table: a split number in the "
    "head, an amount pasted twice, a date serial typed as text",
)
def xi11() -> Book:
    b, s = book()
    split = mk("70.125 0", "X105", "warning", alt=("X103",), note="read as 70.1250")
    money_rows = [
        ("年度资金总额", wan(75), "其中：财政拨款", split),
        ("其他资金", wan(4.875), None, None),
    ]
    project(s, "赛艇船库修缮", money_rows, ["修缮船库屋面1600平方米、更换船架48组。"])
    serial = "45900 is the serial of 2025-08-31 left as text"
    rows = [
        ("产出指标", "数量指标", "修缮船库屋面面积", "≥1600平方米"),
        (None, None, "更换赛艇船架", "≥48组"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "船库修缮完工时间",
         mk("45900", "X104", "warning", alt=("T116",), note=serial)),
        (None, "成本指标", "屋面防水单位成本", "≤200元/平方米"),
        ("效益指标", "社会效益指标", "船库可存放赛艇", "≥70艘"),
        (None, "可持续影响指标", "屋面防水质保期", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "教练员及运动员满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    s.skip()
    twice = "18万 pasted twice, read as 18 (the lines then add up to 75)"
    s.row("资金明细（万元）", "明细项目", None, "金额", merge=[(2, 3)])
    s.row(None, "船库屋面防水", None, 32.5, merge=[(2, 3)])
    s.row(None, "船架拆旧与更换", None, mk("18万18万（含拆旧）", "X106", "error",
          alt=("B108",), note=twice), merge=[(2, 3)])  # fmt: skip
    s.row(None, "门窗及照明改造", None, 24.5, merge=[(2, 3)])
    s.row(None, "合计", None, 75, merge=[(2, 3)])
    return b


@variant(
    "xi12-rowing-export",
    (4, 7),
    "budget-system export: 项目支出预算05-1 with unit and project codes, 项目支出绩效目标05-2 "
    "with codes in the first columns, header on the third row and repeated after a page "
    "break, 注 line and signature lines (correct)",
)
def xi12() -> Book:
    b, s = book("项目支出预算05-1", (10, 30, 18, 30, 12, 12, 12))
    s.title(f"{YEAR}年度部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    name = "赛艇青少年水上安全与救生保障"
    s.row("211007", BASE, "21100725000012", name, 28.8, 26, 2.8)
    s.row(None, "合计", None, None, 28.8, 26, 2.8)
    t = b.sheet("项目支出绩效目标05-2", (10, 18, 14, 16, 28, 12, 10))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 7)
    t.row(f"单位名称：{BASE}", None, None, f"项目名称：{name}", merge=[(1, 3), (4, 7)])
    head = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    t.row(*head)
    code = ("211007", "21100725000012")
    for row in [
        ("产出指标", "数量指标", "配备救生快艇", "≥4", "艘"),
        ("产出指标", "数量指标", "开展水上救生培训", "≥6", "期"),
        ("产出指标", "质量指标", "救生员持证上岗率", "=100", "%"),
    ]:
        t.row(*code, *row)
    t.skip()
    t.row(*head)
    for row in [
        ("产出指标", "时效指标", "救生快艇配备到位时间", "5月31日前", None),
        ("成本指标", "经济成本指标", "救生快艇单艘购置成本", "≤4.5", "万元/艘"),
        ("效益指标", "社会效益指标", "水上训练溺水责任事故", "≤0", "起"),
        ("效益指标", "可持续影响指标", "水上训练安全应急预案", "健全", None),
        ("满意度指标", "服务对象满意度指标", "运动员及家长满意度", "≥90", "%"),
    ]:
        t.row(*code, *row)
    note(t, "注：指标值与计量单位分列填写，比率类指标计量单位填“%”。", 7)
    signature(t, "覃予舟", "0746-3320916", day(YEAR - 1, 11, 26))
    return b
