"""Post-road and tea-horse projects: typed percentages, 中期 and 年度, points at two levels."""

from __future__ import annotations

from tests.variants.holdout464.common import (
    indicators,
    multi_year,
    one_year,
    project_book,
    signature,
)
from tests.variants.holdout464.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("zf01-post-road-percent", (1, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, typed percent "
         "cells, 万元 in the number format, a 下降率 with ≥, "
         "=100% at the ceiling (correct)")  # fmt: skip
def zf01() -> Book:
    b, s = project_book(
        year=2025, name="桐垭古驿道本体修缮项目", dept="栈云州文化广电和旅游局 417003",
        unit="栈云州文物保护中心", attr="一次性项目", money=one_year(386, 326, 60),
        goals=["完成桐垭古驿道12公里石阶路面修缮和3处驿站遗址加固，驿道沿线水毁隐患点"
               "下降两成以上，沿线村民和游客满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "古驿道石阶路面修缮长度", "≥", 12, "公里"),
        (None, None, "驿站遗址本体加固", "≥", 3, "处"),
        (None, None, "里程碑及界碑原址保护", "≥", 16, "通"),
        (None, "质量指标", "修缮工程验收合格率", "=", pct(1), "%"),
        (None, None, "传统工艺和原材料使用比例", "≥", pct(0.9), "%"),
        (None, "时效指标", "修缮工程完工时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "石阶路面修缮单位成本", "≤", 22, "万元/公里"),
        (None, None, "驿站遗址加固单位成本", "≤", 30, "万元/处"),
        ("效益指标", "社会效益指标", "驿道沿线水毁隐患点数量下降率", "≥", pct(0.2), "%"),
        (None, None, "古驿道文化游径开放里程", "≥", 12, "公里"),
        (None, "可持续影响指标", "修缮段落日常巡护机制", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥", pct(0.9), "%"),
        (None, None, "徒步游客满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    signature(s, "罗嘉禾", "0873-6152047", day(2024, 10, 18))
    return b


@variant("zf02-post-road-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed 105% on a 合格率, ≥ on an accident "
         "rate, a 完成率 given as a count of signs")  # fmt: skip
def zf02() -> Book:
    b, s = project_book(
        year=2025, name="雁背坡驿道遗存保护利用项目", dept="澜屏县文化和旅游局 208011",
        unit="澜屏县文物管理所", money=one_year(248, 218, 30),
        goals=["修缮雁背坡驿道9公里、古桥2座，设置标识标牌40块，建成驿道遗存保护展示节点。"],
    )  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "驿道路面修缮长度", "≥", 9, "公里"),
        (None, None, "古桥修缮", "≥", 2, "座"),
        (None, None, "古道标识标牌设置完成率", "≥",
         mk(40, "T105", "error", row=True, note="a 完成率 given as a count of 块"), "块"),
        (None, "质量指标", "古桥修缮验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a rate capped at 100%"), "%"),
        (None, None, "施工安全事故发生率",
         mk("≥", "T108", "warning", row=True, note="≥ on a 反向 accident rate"), pct(0.01), "%"),
        (None, "时效指标", "修缮工程完工时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "驿道路面修缮单位成本", "≤", 20, "万元/公里"),
        ("效益指标", "社会效益指标", "驿道遗存展示节点开放", "≥", 3, "个"),
        (None, "可持续影响指标", "遗存保护管护责任落实率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "杜慕言", "0873-7230518", day(2024, 11, 5))
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("zf03-tea-road-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts smaller each year, rates "
         "equal in both columns, distinct 中期目标 and 年度目标 (correct)")  # fmt: skip
def zf03() -> Book:
    b, s = project_book(
        year=2025, years=3, name="霁岭茶马古道马帮驿站群修复工程", attr="新增项目",
        dept="澜屏县文化和旅游局 208011", unit="澜屏县文物管理所",
        money=multi_year((1260, 1080, 180), (420, 360, 60)),
        goals=["三年修复霁岭段茶马古道石板路36公里、马帮驿站遗址9处，建成古道遗存数字档案，"
               "形成常态化巡护机制。",
               "2025年修复石板路12公里、马帮驿站遗址3处，完成霁岭段遗存测绘建档50处。"],
    )  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "茶马古道石板路修复长度", "≥36公里", "≥12公里"),
        (None, None, "马帮驿站遗址修复数量", "≥9处", "≥3处"),
        (None, None, "古道沿线遗存测绘建档", "≥120处", "≥50处"),
        (None, "质量指标", "修复工程验收合格率", pct(1), pct(1)),
        (None, None, "原石板回收利用率", "≥80%", "≥80%"),
        (None, "时效指标", "修复任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "石板路修复单位成本", "≤25万元/公里", "≤25万元/公里"),
        (None, None, "驿站遗址修复单位成本", "≤35万元/处", "≤35万元/处"),
        ("效益指标", "社会效益指标", "古道文化研学接待人次", "≥60000人次", "≥15000人次"),
        (None, "生态效益指标", "修复段落植被恢复率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "古道遗存巡护机制", "健全", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%", "≥90%"),
        (None, None, "研学游客满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    signature(s, "和春岚", "0888-5316204", day(2024, 9, 26))
    return b


@variant("zf04-tea-road-copied", (8, 12),
         "two-year project, OLD-NAT, 中期 and 年度 columns: a cumulative count copied into "
         "the annual column, an annual count above its period count, "
         "年度资金 above 中期资金")  # fmt: skip
def zf04() -> Book:
    b, s = project_book(
        year=2025, years=2, name="枫隐镇茶马古道马店遗址保护展示项目", attr="新增项目",
        dept="栈云州文化广电和旅游局 417003", unit="枫隐镇文化服务中心",
        money=multi_year(
            (640, 560, 80),
            (mk(money(680, WAN), "B103", "error", note="年度资金 680 above 中期资金 640"),
             ok(money(600, WAN), "error", note="the fiscal part follows the wrong annual total"),
             80),
        ),
        goals=["两年加固马店遗址6处、修复古道石板路18公里，建成遗址展示馆2个。",
               "2025年加固马店遗址3处、修复石板路8公里，完成1个展示馆布展。"],
    )  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "马店遗址本体加固", "≥6处",
         mk("≥6处", "D202", "warning", note="period count copied; the goal says 3 this year")),
        (None, None, "古道石板路修复长度", "≥18公里", "≥8公里"),
        (None, None, "遗址展示馆布展", "≥2个",
         mk("≥3个", "D201", "error", note="annual 3 above the period's 2")),
        (None, "质量指标", "加固工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度加固任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "马店遗址加固单位成本", "≤40万元/处", "≤40万元/处"),
        ("效益指标", "社会效益指标", "遗址展示馆参观人次", "≥40000人次", "≥12000人次"),
        (None, "可持续影响指标", "遗址日常管护制度", "健全", "建立"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("zf05-post-road-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), a "
         "rate raised in 百分点, typed percent cells (correct)")  # fmt: skip
def zf05() -> Book:
    b, s = project_book(
        year=2025, name="鹊桥驿古驿道路面整治项目", dept="岫川县交通运输局 306002",
        unit="岫川县农村公路养护站", money=one_year(300, 270, 30),
        goals=["整治鹊桥驿古驿道路面8公里，挂牌保护沿线古树120株，提升古驿道徒步游径"
               "接待能力和沿线村落游客留宿率。"],
    )  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 50, "数量指标", "古驿道路面整治长度", "≥8公里", 15),
        (None, None, None, "驿道沿线古树名木挂牌保护", "≥120株", 10),
        (None, None, "质量指标", "路面整治工程验收合格率", pct(1), 10),
        (None, None, None, "原有石构件保留率", "≥85%", 5),
        (None, None, "时效指标", "整治工程完工时间", "2025年10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "路面整治单位成本", "≤28万元/公里", 10),
        ("效益指标", 30, "社会效益指标", "沿线村落游客留宿率提高", "≥5百分点", 10),
        (None, None, None, "驿道文化讲解活动", "≥24场", 10),
        (None, None, "可持续影响指标", "古驿道养护责任落实率", pct(1), 10),
        ("满意度指标", 10, "服务对象满意度指标", "徒步游客满意度", pct(0.9), 5),
        (None, None, None, "沿线村民满意度", pct(0.9), 5),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "韦青禾", "0776-3318920", day(2024, 10, 9))
    return b


@variant("zf06-post-road-points-wrong", (10, 5),
         "project, NAT-2021, numbered tier labels (一、 / （一）), tier-1 and indicator "
         "score columns: the 效益 indicators add to 25 against 30, "
         "a 覆盖率 given as a count")  # fmt: skip
def zf06() -> Book:
    b, s = project_book(
        year=2025, name="鹊桥驿至石鼓塘古驿道游径贯通项目", dept="岫川县文化和旅游局 306011",
        unit="岫川县文化馆", money=one_year(210, 180, 30),
        goals=["贯通鹊桥驿至石鼓塘古驿道游径6公里，设置驿道文化解说点10处，开展讲解活动。"],
    )  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("一、产出指标", 50, "（一）数量指标", "古驿道游径贯通长度", "≥6公里", 20),
        (None, None, None, "驿道文化解说点设置", "≥10处", 10),
        (None, None, "（二）质量指标", "游径工程验收合格率", pct(1), 10),
        (None, None, "（三）时效指标", "游径贯通完成时间", "2025年9月30日前", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "游径贯通单位成本", "≤30万元/公里", 10),
        ("三、效益指标", mk(30, "W103", "error", note="10 + 15 = 25 under a declared 30"),
         "（一）社会效益指标", "驿道文化讲解覆盖率",
         mk("≥20场", "T105", "error", note="a 覆盖率 given as a count of 场"), 10),
        (None, None, "（二）可持续影响指标", "游径管护责任落实率", pct(1), 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "游径使用者满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator scores add to 95, not 100")
    signature(s, "韦青禾", "0776-3318920", day(2024, 10, 9))
    return b
