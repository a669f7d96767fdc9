"""Reading glasses (老花镜) for rural elderly people: six project returns, three correct."""

from __future__ import annotations

from tests.variants.holdout467.common import (
    YEAR,
    notes,
    one_year,
    project,
    sign,
    table,
    w,
)
from tests.variants.holdout467.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEADER = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("zi01-glasses-percent", (1, 4, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, =100% at the ceiling, a 说明 row and signature lines (correct)")  # fmt: skip
def zi01() -> Book:
    b, s = project(
        "农村老年人免费验配老花镜项目",
        "岫川县人民医院眼科",
        one_year(w(86), w(80), w(6)),
        ["为全县60周岁以上农村老年人筛查视力6000人，免费验配老花镜4300副，年内发放到人。"],
    )
    rows = [
        ("产出指标", "数量指标", "免费验配老花镜数量", "≥", 4300, "副"),
        (None, None, "完成视力筛查的农村老年人数", "≥", 6000, "人"),
        (None, "质量指标", "老花镜验光合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "老花镜发放及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单副老花镜验配成本", "≤", 200, "元/副"),
        ("效益指标", "社会效益指标", "受助老人近距离阅读困难缓解率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "乡镇卫生院验光服务点覆盖率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥", pct(0.9), "%"),
    ]
    table(s, OP_HEADER, rows)
    notes(s, "说明：验配对象为年满60周岁、户籍在本县农村的常住老年人，单副成本含验光与镜架。")
    sign(s, "甘秀芝", "0736-5821407")
    return b


@variant("zi02-glasses-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns with typed percents: a 合格率 typed as "
         "105%, a 反向 返修率 with ≥")  # fmt: skip
def zi02() -> Book:
    b, s = project(
        "槐坪片区老年人老花镜惠民验配项目",
        "岫川县槐坪镇卫生院",
        one_year(w(52.8), w(50), w(2.8)),
        ["为槐坪、芦湾等五个乡镇的农村老年人免费验配老花镜2400副。"],
    )
    over = mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%")
    back = mk("≥", "T108", "warning", row=True, note="返修率 is 反向: ≤ expected")
    rows = [
        ("产出指标", "数量指标", "免费验配老花镜数量", "≥", 2400, "副"),
        (None, "质量指标", "验光配镜复核合格率", "≥", over, "%"),
        (None, None, "镜片破损返修率", back, pct(0.03), "%"),
        (None, "时效指标", "验配完成及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单副老花镜采购成本", "≤", 220, "元/副"),
        ("效益指标", "社会效益指标", "受助老人阅读书报能力改善率", "≥", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥", pct(0.9), "%"),
    ]
    table(s, OP_HEADER, rows)
    sign(s, "龙昌平", "0736-5830219")
    return b


@variant("zi03-glasses-header-words", (5, 7),
         "project, NAT-2021, headers 指标内容 and 绩效标准, tier labels abbreviated and marked "
         "with * and ★, a =0起 incident count and a date limit (correct)")  # fmt: skip
def zi03() -> Book:
    b, s = project(
        "山区老年人老花镜送配到村项目",
        "岫川县疾病预防控制中心",
        one_year(w(65), w(60), w(5)),
        ["组织验光队进村入户，为山区农村老年人送配老花镜3500副，11月底前全部发放。"],
    )
    rows = [
        ("*成本指标", "经济成本", "单副老花镜送配成本", "≤180元/副"),
        ("★产出", "数量", "送配老花镜数量", "≥3500副"),
        (None, None, "进村验光服务村数", "≥120个"),
        (None, "质量", "验配过程医疗安全事故", "=0起"),
        (None, "时效", "老花镜发放完成时间", f"{YEAR}年11月30日前"),
        ("效益", "社会效益", "受助老人日常阅读困难缓解比例", "≥85%"),
        ("满意度", "服务对象满意度", "受助老人满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    sign(s, "田志勇", "0736-5809362")
    return b


@variant("zi04-glasses-second-sheet", (7,),
         "project: head on the first sheet, indicator table on a second sheet under header "
         "预期实现值: a 完成率 given as a count, a number in a name against its value")  # fmt: skip
def zi04() -> Book:
    b, _ = project(
        "农村低收入老年人老花镜补助项目", "岫川县残疾人康复服务中心",
        one_year(w(75), w(72), w(3)),
        ["为农村低收入老年人配发老花镜4800副，巡回验光覆盖全县乡镇。"],
        sheet="项目信息", dept="岫川县残疾人联合会（315）",
    )  # fmt: skip
    s = b.sheet("绩效指标", (16, 18, 34, 18))
    s.title(f"{YEAR}年度项目绩效指标", 4)
    count = mk("4800副", "T105", "error", note="a 完成率 needs a percentage")
    towns = mk("≥10个", "T110", "warning", note="the name says 12 乡镇, the value 10")
    rows = [
        ("产出指标", "数量指标", "老花镜配发数量", "≥4800副"),
        (None, None, "巡回验光覆盖12个乡镇", towns),
        (None, "质量指标", "老花镜配发计划完成率", count),
        (None, "时效指标", "配发工作完成时间", f"{YEAR}年12月15日前"),
        (None, "成本指标", "单副老花镜补助标准", "≤150元/副"),
        ("效益指标", "社会效益指标", "受助老人视近功能改善率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)
    return b


@variant("zi05-glasses-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points, an indicator score column adding "
         "to 100 as the tier points do, a rate raised in 百分点 (correct)")  # fmt: skip
def zi05() -> Book:
    b, s = project(
        "老年人视力健康关爱行动（老花镜验配）", "岫川县中医医院",
        one_year(w(82), w(78), w(4)),
        ["免费验配老花镜5000副，农村老年人老花镜拥有率提高8个百分点以上。"],
    )  # fmt: skip
    rows = [
        ("一、成本指标（10分）", "（一）经济成本指标", "1.单副老花镜验配成本", "≤160元/副", 10),
        ("二、产出指标（50分）", "（一）数量指标", "1.老花镜免费验配数量", "≥5000副", 20),
        (None, None, "2.视力筛查人数", "≥7000人", 10),
        (None, "（二）质量指标", "1.验光复核合格率", "≥98%", 10),
        (None, "（三）时效指标", "1.配镜发放及时率", "≥95%", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "1.老年人老花镜拥有率提高", "≥8百分点", 20),
        (None, "（二）可持续影响指标", "1.村卫生室视力初筛服务延续年限", "≥3年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.受助老人满意度", "≥92%", 10),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "符丽娟", "0736-5817745")
    return b


@variant("zi06-glasses-points-wrong", (5, 10),
         "project, NAT-2021, tier labels with points: 产出 and 效益 scores not matching the "
         "indicator scores under them, a satisfaction with =")  # fmt: skip
def zi06() -> Book:
    b, s = project(
        "农村老年人老花镜验配提质项目",
        "岫川县妇幼保健院",
        one_year(w(46), w(46), w(0)),
        ["为农村老年人免费验配老花镜2300副，验光合格率不低于98%。"],
    )
    out = mk("二、产出指标（50分）", "W103", "error", note="indicators under it: 20+15+10 = 45")
    eff = mk("三、效益指标（30分）", "W103", "error", note="indicators under it: 20+15 = 35")
    eq = mk("=95%", "T107", "warning", note="= on a satisfaction: ≥95% meant")
    rows = [
        ("一、成本指标（10分）", "（一）经济成本指标", "1.单副老花镜验配成本", "≤200元/副", 10),
        (out, "（一）数量指标", "1.老花镜免费验配数量", "≥2300副", 20),
        (None, "（二）质量指标", "1.验光合格率", "≥98%", 15),
        (None, "（三）时效指标", "1.配镜完成及时率", "≥95%", 10),
        (eff, "（一）社会效益指标", "1.受助老人阅读困难缓解率", "≥85%", 20),
        (None, "（二）可持续影响指标", "1.乡镇验光服务点持续运行年限", "≥3年", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.受助老人满意度", eq, 10),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    sign(s, "邝建新", "0736-5852016")
    return b
