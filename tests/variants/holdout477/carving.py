"""Brick-carving (砖雕) returns: percent cells, points at two levels, a second sheet, 中期 and
年度 columns."""

from __future__ import annotations

from tests.variants.holdout477.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout477.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("zs01-gatehouse-percent", (1, 12), "project, OLD-NAT, operator and unit columns, "
         "percent cells, 万元 in the number format, a 破损率 with ≤ (correct)")  # fmt: skip
def gatehouse_percent() -> Book:
    b, s = book()
    project(s, "栖岭乡古民居门楼砖雕抢救性修复", "栖岭乡文化站",
            one_year(wan(86), wan(70), wan(16)),
            "修复门楼砖雕14处，测绘建档砖雕构件260件，培训村民180人次。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "修复古民居门楼砖雕", "≥", 14, "处"),
        (None, None, "测绘建档砖雕构件", "≥", 260, "件"),
        (None, "质量指标", "修复工程验收合格率", "=", pct(1), "%"),
        (None, None, "砖雕构件修复后破损率", "≤", pct(0.03), "%"),
        (None, "时效指标", "门楼修复完工时间", "≤", day(YEAR, 11, 30, CN_DATE), "日期"),
        (None, "成本指标", "门楼砖雕修复单价", "≤", 4.5, "万元/处"),
        ("效益指标", "社会效益指标", "村民参与砖雕技艺培训人次", "≥", 180, "人次"),
        (None, "可持续影响指标", "修复砖雕构件保存年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "村民及游客满意度", "≥", pct(0.92), "%"),
    ], head=OPS)  # fmt: skip
    signature(s, "覃振邦", "0771-3560284")
    return b


@variant("zs02-screen-wall-percent-wrong", (1, 11, 12), "project, OLD-NAT, operator column: a "
         "合格率 over 100 %, a 损耗率 with ≥, 其他资金 in 元 inside a 万元 block")  # fmt: skip
def screen_wall_percent_wrong() -> Book:
    b, s = book()
    other = mk(money(120000, YUAN), "B105", "error", note="元 in a 项目资金（万元） block")
    project(s, "雁陂村宗祠砖雕照壁修缮", "雁陂村村民委员会",
            one_year(wan(60), wan(48), other),
            "修缮宗祠照壁砖雕95平方米，补配缺损构件40件。")  # fmt: skip
    b.file_mark("B101", "error", required=False, note="follows from the 元 cell")
    indicators(s, [
        ("产出指标", "数量指标", "修缮照壁砖雕面积", "≥", 95, "平方米"),
        (None, None, "补配缺损砖雕构件", "≥", 40, "件"),
        (None, "质量指标", "修缮工程验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100 %"), "%"),
        (None, None, "补配构件材料损耗率",
         mk("≥", "T108", "warning", row=True, note="a 损耗率 is 反向, takes ≤"), pct(0.05), "%"),
        (None, "时效指标", "照壁修缮完成时间", "≤", day(YEAR, 10, 31, CN_DATE), "日期"),
        (None, "成本指标", "照壁砖雕修缮单价", "≤", 0.5, "万元/平方米"),
        ("效益指标", "社会效益指标", "宗祠开放接待参观人次", "≥", 5000, "人次"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ], head=OPS)  # fmt: skip
    return b


@variant("zs03-ancestral-hall-points", (5, 10), "project, NAT-2021, numbered tier labels, tier-1 "
         "and indicator score columns both adding to 100, a 完好率 raised in 百分点 "
         "(correct)")  # fmt: skip
def ancestral_hall_points() -> Book:
    b, s = book(widths=(16, 10, 20, 28, 20, 10))
    project(s, "黛石镇祠堂砖雕照壁保护修复", "黛石镇综合文化站",
            one_year(wan(58), wan(50), wan(8)),
            "修复祠堂砖雕照壁120平方米，制作纹样数字模板60套，开展砖雕研学。")  # fmt: skip
    indicators(s, [
        ("一、产出指标", 50, "（一）数量指标", "修复祠堂砖雕照壁面积", "≥120平方米", 15),
        (None, None, None, "复刻砖雕纹样数字模板", "≥60套", 10),
        (None, None, "（二）质量指标", "修复部位与原貌一致率", "≥95%", 15),
        (None, None, "（三）时效指标", "照壁修复完成时间", "10月31日前", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "照壁砖雕修复单价", "≤0.35万元/平方米", 10),
        ("三、效益指标", 30, "（一）社会效益指标", "砖雕研学游客接待量", "≥3000人次", 10),
        (None, None, None, "村内砖雕技艺传承人数", "≥12人", 10),
        (None, None, "（二）可持续影响指标", "砖雕构件完好率比上年", "提高≥3百分点", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "村民满意度", "≥90%", 10),
    ], head=POINTS, merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级分值与指标分值各自合计100分，两级不重复计分。")
    return b


@variant("zs04-lintel-points-wrong", (10,), "project, NAT-2021, tier-1 score column against the "
         "indicator scores under it (two tiers off), a 完成率 given as a count")  # fmt: skip
def lintel_points_wrong() -> Book:
    b, s = book(widths=(16, 10, 20, 28, 20, 10))
    project(s, "榴冈村砖雕门楣纹样数字化保护", "榴冈村村民委员会",
            one_year(wan(32), wan(30), wan(2)),
            "采集砖雕门楣纹样200组，建成纹样数据库1个。")  # fmt: skip
    w1 = mk(50, "W103", "error", note="indicator scores under 产出 add to 45")
    w2 = mk(30, "W103", "error", note="indicator scores under 效益 add to 35")
    indicators(s, [
        ("产出指标", w1, "数量指标", "采集砖雕门楣纹样", "≥200组", 15),
        (None, None, None, "纹样数字化完成率",
         mk("40套", "T105", "error", note="a rate given as a count"), 10),
        (None, None, "质量指标", "纹样数据著录完整率", "≥98%", 10),
        (None, None, "时效指标", "数据库上线时间", "12月15日前", 10),
        ("成本指标", 10, "经济成本指标", "单组纹样采集成本", "≤0.12万元/组", 10),
        ("效益指标", w2, "社会效益指标", "纹样数据库年访问量", "≥8000人次", 20),
        (None, None, "可持续影响指标", "数据库持续运维年限", "≥5年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "使用者满意度", "≥90%", 10),
    ], head=POINTS, merged=(1, 2, 3))  # fmt: skip
    return b


@variant("zs05-kiln-second-sheet", (4, 7), "project, OLD-NAT: head on the first sheet, the table "
         "on a second sheet under 考核指标 and 预期实现值, a 注 row inside, 填表说明 and "
         "signature lines below (correct)")  # fmt: skip
def kiln_second_sheet() -> Book:
    b, s = book("项目信息")
    project(s, "藤埠村青砖窑址与砖雕工坊活化利用", "藤埠村股份经济合作社",
            one_year(wan(45), wan(36), wan(9)),
            "修缮青砖窑址1处，建成砖雕体验工坊1个，开展体验课程40场。")  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18, 24))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, [
        ("产出指标", "数量指标", "修缮青砖窑址", "1处", "窑体及窑棚"),
        (None, None, "开展砖雕体验课程", "≥40场", None),
        (None, "质量指标", "窑址修缮验收合格率", "100%", None),
        (None, "时效指标", "体验工坊开放时间", "9月30日前", None),
        (None, "成本指标", "体验课程单场成本", "≤0.2万元/场", "含材料费"),
    ], head=("一级指标", "二级指标", "考核指标", "预期实现值", "备注"))  # fmt: skip
    t.row("注：窑址修缮面积以竣工测量为准。", merge=[(1, 5)])
    t.table([
        ("效益指标", "社会效益指标", "工坊接待体验游客", "≥2500人次", None),
        (None, "可持续影响指标", "工坊委托村合作社运营年限", "≥3年", None),
        ("满意度指标", "服务对象满意度指标", "体验游客满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "填表说明：1.预期实现值应可考核；2.金额单位为万元。", width=5)
    signature(t, "蒙光远", "0771-3568127")
    return b


@variant("zs06-street-multi-year-wrong", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual count above its period count, 年度目标 copied from "
         "中期目标")  # fmt: skip
def street_multi_year_wrong() -> Book:
    b, s = book()
    goal = "三年修复古街沿线砖雕门楼40处，建立砖雕构件档案，培育砖雕匠人20名。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to the three-year goal")
    project(s, "枫隅县古街砖雕门楼三年修复计划", "枫隅县文物保护中心",
            multi_year((wan(300), wan(240), wan(60)), (wan(110), wan(90), wan(20))),
            (goal, copied), years=3, attr="新增项目",
            dept="枫隅县文化广电和旅游局（205）")  # fmt: skip
    b.file_mark("B107", "warning", required=False, note="45 × 6万元 follows from the D201 slip")
    indicators(s, [
        ("产出指标", "数量指标", "修复古街砖雕门楼", "≥40处",
         mk("≥45处", "D201", "error", note="annual 45 above the three-year 40")),
        (None, None, "培育砖雕匠人", "≥20名", "≥7名"),
        (None, "质量指标", "修复门楼验收合格率", "100%", "100%"),
        (None, "时效指标", "年度修复任务完成时间", "每年12月20日前", "12月20日前"),
        ("成本指标", "经济成本指标", "门楼修复平均单价", "≤6万元/处", "≤6万元/处"),
        ("效益指标", "社会效益指标", "古街年接待游客量", "≥15万人次", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "沿街住户满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b
