"""Rural road maintenance (农村公路养护): khs01–khs06."""

from __future__ import annotations

from tests.variants.holdout893.common import (
    BRIDGES,
    ROADS,
    YEAR,
    department,
    indicators,
    note,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout893.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("khs01-road-percent-cells", (1, 5),
         "project, OLD-NAT, numbered tier labels, operator and unit columns, percent-formatted "
         "values, 万元 in the number format (correct)")  # fmt: skip
def khs01() -> Book:
    b, s = start()
    project(s, "2025年县乡道日常养护", ROADS, one_year(wan(360), wan(320), wan(40)),
            ["完成412公里县乡道日常养护，优良中等路率不低于85%，路面病害及时处置。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("一、产出指标", "（一）数量指标", "县乡道日常养护里程", "≥", 412, "公里"),
        (None, None, "路面坑槽修补面积", "≥", 6500, "平方米"),
        (None, "（二）质量指标", "优良中等路率", "≥", pct(0.85), None),
        (None, None, "路面病害发生率", "≤", pct(0.03), None),
        (None, "（三）时效指标", "雨后路面清障时限", "≤", 24, "小时"),
        (None, "（四）成本指标", "日常养护单价", "≤", 0.8, "万元/公里"),
        ("二、效益指标", "（一）社会效益指标", "因路况引发的交通安全事故", "≤", 0, "起"),
        (None, "（二）可持续影响指标", "养护长效机制运行年限", "≥", 3, "年"),
        ("三、满意度指标", "（一）服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("khs02-road-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100 on a 完好率, "
         "an accident rate with ≥")  # fmt: skip
def khs02() -> Book:
    b, s = start()
    project(s, "梓坎镇村道安全生命防护工程养护", ROADS, one_year(wan(180), wan(150), wan(30)),
            ["维护梓坎镇36公里村道波形护栏及标志标线，消除路侧安全隐患。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="完好率 typed as 105%: above the 100% ceiling")
    wrong_op = mk("≥", "T108", "warning", row=True,
                  note="路侧事故发生率 is 反向: it needs ≤, not ≥")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "波形护栏维护长度", "≥", 36, "公里"),
        (None, "质量指标", "护栏完好率", "≥", over, None),
        (None, None, "标志标线合格率", "≥", pct(0.95), None),
        (None, "时效指标", "损坏设施修复时限", "≤", 72, "小时"),
        (None, "成本指标", "护栏维护单价", "≤", 4, "万元/公里"),
        ("效益指标", "社会效益指标", "路侧事故发生率", wrong_op, pct(0.02), None),
        ("满意度指标", "服务对象满意度指标", "通行群众满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("khs03-road-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "key tasks adding to 项目支出, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def khs03() -> Book:
    b, s = start()
    department(s, ROADS, (wan(860), wan(820), wan(40), wan(210), wan(650)),
               "保障全县县乡道养护和桥梁定期检查，路况稳中有升。", [
        ("县乡道日常养护", "412公里县乡道保洁与小修", wan(420), "路况保持稳定"),
        ("桥梁定期检查", "全县186座桥梁定期检查", wan(130), "检查全覆盖"),
        ("养护站点运行", "6个乡镇养护站运行保障", wan(100), "站点正常运转"),
        ("金额合计", None, wan(650), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("县乡道日常养护里程", 20, "公里", "≥", 412),
        ("桥梁定期检查覆盖率", 15, "%", "=", 100),
        ("优良中等路率", 15, "%", "≥", 82),
        ("道路交通事故下降率", 10, "%", "≥", 5),
        ("路面病害处置及时率", 15, "%", "≥", 95),
        ("养护站点运行成本", 10, "万元", "≤", 100),
        ("沿线群众满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("khs04-road-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a 覆盖率 given in 公里, a 反向 complaint rate with ≥, weights adding to 95")  # fmt: skip
def khs04() -> Book:
    b, s = start()
    department(s, BRIDGES, (wan(1240), wan(1100), wan(140), wan(380), wan(860)),
               "实施农村公路路面改善38公里，提升县乡道通行条件。")  # fmt: skip
    count = mk("≥120公里", "T105", "error", note="a 覆盖率 given as a length, not a percentage")
    wrong_op = mk("≥2%", "T108", "warning", row=True,
                  note="投诉率 is declared 反向 but carries ≥")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("农村公路路面改善里程", "≥38公里", "正向", "公里", 20),
        ("养护工程覆盖率", count, "正向", "公里", 15),
        ("群众投诉率", wrong_op, "反向", "%", 10),
        ("桥梁检测及时率", "≥95%", "正向", "%", 15),
        ("工程质量验收合格率", "=100%", "正向", "%", 15),
        ("单公里路面改善成本", "≤22万元/公里", "反向", "万元/公里", 10),
        ("沿线群众满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the weights add to 95, not 100")
    return b


@variant("khs05-road-notes-pagebreak", (4,),
         "project, OLD-NAT, one value column: header repeated after a page break, a 注 row "
         "between tiers, 填表说明 and a signature line dated the year before "
         "(correct)")  # fmt: skip
def khs05() -> Book:
    b, s = start()
    project(s, "石磴乡通村公路水毁修复", ROADS, one_year(wan(95), wan(80), wan(15)),
            ["主汛期前修复石磴乡1.2公里水毁路基，恢复6个村组通行。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "修复水毁路基长度", "≥1.2公里"),
        (None, None, "清理塌方土石方量", "≥3400立方米"),
        (None, "质量指标", "修复工程验收合格率", "100%"),
        (None, "时效指标", "主汛期前完工时间", "2025年5月31日前"),
        (None, "成本指标", "水毁修复综合单价", "≤65万元/公里"),
    ])  # fmt: skip
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "恢复通行村组", "≥6个"),
        (None, "可持续影响指标", "修复路段安全运行年限", "≥5年"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：水毁点位以乡政府2024年10月核查清单为准。", 4)
    s.table([("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%")], merged=(1, 2))
    note(s, "填表说明：1.指标值须量化；2.金额单位为万元；3.本表一式两份。")
    signature(s, "龚立衡", "0739-5528716", day(YEAR - 1, 12, 6))
    s.row("单位负责人（签字）", "向春岚", None, "（单位盖章）")
    return b


@variant("khs06-road-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 text copied into 年度目标, "
         "two cumulative counts copied from 中期 to 年度")  # fmt: skip
def khs06() -> Book:
    b, s = start()
    goal = "三年完成县道大中修60公里，施划标线150公里，增设错车道45处，县道技术状况明显提升。"
    lines = [
        ["中期资金总额", wan(1500), "年度资金总额", wan(520)],
        ["其中：财政拨款", wan(1350), "其中：财政拨款", wan(470)],
        ["其他资金", wan(150), "其他资金", wan(50)],
    ]
    same = mk(goal, "D204", "warning", note="年度目标 is the 中期目标 text word for word")
    project(s, "2025—2027年县道大中修工程", BRIDGES, lines, [goal, same], years=3,
            attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "县道大中修里程", "≥60公里", "≥20公里"),
        (None, None, "路面标线施划里程", "≥150公里",
         mk("≥150公里", "D202", "warning", note="three-year count copied into 年度")),
        (None, None, "增设错车道", "≥45处",
         mk("≥45处", "D202", "warning", note="three-year count copied into 年度")),
        (None, "质量指标", "交工验收合格率", "100%", "100%"),
        (None, "时效指标", "年度计划完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "大中修单位造价", "≤24万元/公里", "≤24万元/公里"),
        ("效益指标", "社会效益指标", "沿线乡镇到县城通行时间缩短", "≥15分钟", "≥5分钟"),
        (None, "可持续影响指标", "养护责任落实率", "100%", "100%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
