"""冰雪运动进校园 and ski instruction: ug01–ug06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout335.common import (
    department_book,
    indicators,
    project_book,
    wan,
    year_money,
)
from tests.variants.holdout335.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ug01-campus-percent", (1, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, values typed as percent "
         "cells, =100% at the ceiling, 万元 only in the number format (correct)")  # fmt: skip
def ug01() -> Book:
    b, s = project_book(
        year=2025, name="冰雪运动进校园推广项目", dept="霁川市教育局（317001）",
        unit="霁川市学校体育卫生服务中心", money=year_money(86, 80, 6), attr="新增项目",
        goals=("在全市42所中小学开设冰雪体育课，培训冰雪专项体育教师120名，举办校园冰雪运动会，"
               "学生冰雪运动参与率达到85%以上。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "开设冰雪体育课的学校数", "≥", 42, "所"),
        (None, None, "冰雪专项体育教师培训人数", "≥", 120, "人"),
        (None, None, "校园冰雪运动会届数", "≥", 1, "届"),
        (None, "质量指标", "冰雪体育课开课率", "=", pct(1), "%"),
        (None, None, "体育教师培训考核合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "冰雪体育课按计划开课及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每所学校冰雪器材补助标准", "≤", 1.5, "万元/所"),
        (None, None, "体育教师培训人均成本", "≤", 0.15, "万元/人"),
        ("效益指标", "社会效益指标", "学生冰雪运动参与率", "≥", pct(0.85), "%"),
        (None, None, "冰雪运动伤害事故发生率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "可持续影响指标", "冰雪特色课程长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%"),
    ], header=OP_HEAD)  # fmt: skip
    return b


@variant("ug02-campus-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column and unit column, percent cells: a pass rate typed "
         "as 105% and a 反向 injury rate with ≥")  # fmt: skip
def ug02() -> Book:
    b, s = project_book(
        year=2025, name="中小学滑冰课程普及项目", dept="凇阳县教育和体育局（208014）",
        unit="凇阳县青少年业余体育学校", money=year_money(45, 40, 5),
        goals=("为全县25所中小学配置冰刀和护具，开设滑冰课程，全年完成滑冰教学8000人次。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "配置冰刀护具的学校数", "≥", 25, "所"),
        (None, None, "滑冰课程教学人次", "≥", 8000, "人次"),
        (None, "质量指标", "滑冰课程教学达标率", "≥",
         mk(pct(1.05), "T106", "error", note="a pass rate cannot exceed 100%; 105% typed"), "%"),
        (None, "时效指标", "器材配置完成时间", "≤", "2025年10月31日", None),
        (None, "成本指标", "每校冰刀护具配置标准", "≤", 1.2, "万元/校"),
        ("效益指标", "社会效益指标", "学生滑冰技能掌握率", "≥", pct(0.8), "%"),
        (None, None, "冰上运动伤害发生率",
         mk("≥", "T108", "warning", row=True, note="发生率 is 反向: ≥1% asks for more injuries"),
         pct(0.01), "%"),
        (None, "可持续影响指标", "滑冰课程纳入校本课程", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.9), "%"),
    ], header=OP_HEAD)  # fmt: skip
    return b


@variant("ug03-ski-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, weights add to 100, tasks add to 金额合计 (correct)")  # fmt: skip
def ug03() -> Book:
    b, s = department_book(
        year=2025, dept="玉嶂县体育事业发展中心",
        budget=[(wan(520), wan(470), wan(50), wan(310), wan(210))],
        tasks=[("青少年滑雪普及教学", "中小学生雪场滑雪普及课", wan(120), "普及教学3000人次"),
               ("滑雪指导员培训", "培训大众滑雪社会体育指导员", wan(60), "培训指导员150人"),
               ("雪场安全巡护", "雪季雪道巡护与救援值守", wan(30), "雪场事故明显下降"),
               ("金额合计", None, wan(210), None)],
        goal="推进青少年滑雪普及和大众滑雪指导服务，保障雪季雪场安全。",
    )  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("青少年滑雪普及教学人次", 20, "人次", "≥", 3000),
        ("滑雪社会体育指导员培训人数", 15, "人", "≥", 150),
        ("滑雪普及教学课时", 10, "课时", "≥", 1200),
        ("指导员培训考核合格率", 15, "%", "≥", pct(0.9)),
        ("雪场安全事故下降率", 10, "%", "≥", 10),
        ("滑雪普及教学人均成本", 10, "元/人次", "≤", 400),
        ("参训群众满意度", 20, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("ug04-ski-flat-wrong", (3, 10),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · 计量"
         "单位 · 权重), a rate change in 百分点: weights add to 95, a rate as a count, a unit "
         "conflict")  # fmt: skip
def ug04() -> Book:
    b, s = department_book(
        year=2025, dept="寒汀区冬季运动管理中心",
        budget=[(wan(300), wan(280), wan(20), wan(190), wan(110))],
        goal="开展大众滑雪教学和雪具租赁惠民服务，提升辖区青少年滑雪参与水平。",
    )  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("大众滑雪教学人次", "≥4000人次", "正向", "人次", 15),
        ("滑雪教学达标率",
         mk("360人", "T105", "error", note="达标率 needs a %, not a head count"), "正向", "人", 15),
        ("雪具惠民租赁服务人次",
         mk("≥5000元", "T112", "error", note="value in 元, unit column 人次"), "正向", "人次", 10),
        ("教学安全事故发生率", "≤1%", "反向", "%", 10),
        ("青少年滑雪参与率提升", "≥3百分点", "正向", "百分点", 10),
        ("雪具租赁人次均补贴", "≤60元/人次", "反向", "元/人次", 15),
        ("服务对象满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+10+10+10+15+20 = 95, not 100")
    return b


@variant("ug05-stacked-school", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in the two projects, 百分点 (correct)")  # fmt: skip
def ug05() -> Book:
    b, s = project_book(
        year=2025, name="中小学冰雪研学实践活动", dept="凇阳县教育和体育局（208014）",
        unit="凇阳县中小学研学实践教育中心", money=year_money(32, 30, 2),
        goals=("组织中小学生参加冰雪研学实践，普及冰雪运动知识和安全技能。",),
        title="2025年度项目支出绩效目标表（冰雪进校园专项）",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "冰雪研学活动场次", "≥16场"),
        (None, None, "参加研学学生人数", "≥1600人"),
        (None, "质量指标", "研学安全保障达标率", "≥98%"),
        (None, "时效指标", "研学活动完成时间", "2025年12月31日前"),
        (None, "成本指标", "生均研学补助标准", "≤180元/人"),
        ("效益指标", "社会效益指标", "学生冰雪运动技能掌握率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="校园简易冰场浇筑与维护", dept="凇阳县教育和体育局（208014）",
                 unit="凇阳县学校后勤服务中心", money=year_money(54, 54, 0),
                 goals=("在6所学校浇筑简易冰场并在冬季开放。",), title="")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "浇筑校园冰场数量", "≥6块"),
        (None, None, "冰场冬季开放天数", "≥60天"),
        (None, "质量指标", "冰面验收合格率", "100%"),
        (None, "时效指标", "冰场浇筑完成时间", "2025年12月20日前"),
        (None, "成本指标", "单块冰场浇筑维护成本", "≤9万元/块"),
        ("效益指标", "社会效益指标", "学生冬季体质测试达标率提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥95%"),
    ])  # fmt: skip
    return b


@variant("ug06-school-points", (5, 10),
         "project, NAT-2021, numbered tier labels, a tier-1 score column beside the indicator "
         "scores: 效益 declares 30 over indicators worth 25, =95% on satisfaction")  # fmt: skip
def ug06() -> Book:
    b, s = project_book(
        year=2025, name="中小学冰球队训练扶持项目", dept="霁川市北岬区教育体育局（405002）",
        unit="北岬区青少年体育训练中心", money=year_money(38, 38, 0),
        goals=("扶持12支中小学冰球队开展常年训练，组织区级校园冰球联赛。",),
    )  # fmt: skip
    indicators(s, [
        ("一、产出指标", 40, "（一）数量指标", "扶持校园冰球队数量", "≥12支", 10),
        (None, None, None, "校园冰球联赛场次", "≥30场", 10),
        (None, None, "（二）质量指标", "冰球队员训练考核合格率", "≥90%", 10),
        (None, None, "（三）时效指标", "联赛按期完成率", "≥95%", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "每支球队训练补助标准", "≤2.5万元/支", 10),
        ("三、效益指标",
         mk(30, "W103", "error", note="indicators under 效益 score 10+10+5 = 25, not 30"),
         "（一）社会效益指标", "学生冰球运动参与人数增长率", "≥10%", 10),
        (None, None, None, "校园冰球运动知晓率", "≥85%", 10),
        (None, None, "（二）可持续影响指标", "校园冰球训练长效机制", "健全", 5),
        ("四、满意度指标", 20, "（一）服务对象满意度指标", "队员满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate almost surely means ≥"),
         10),
        (None, None, None, "家长满意度", "≥90%", 10),
    ], header=("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
       merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator scores add to 95, tier scores to 100: the same slip")  # fmt: skip
    return b
