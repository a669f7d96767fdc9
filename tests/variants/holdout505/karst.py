"""Karst rocky desertification (石漠化) control projects: percent cells, operators inside the
values, a three-year project, numbered tier labels with points, points at two levels and a
table on a second sheet."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout505.common import (
    YEAR,
    indicators,
    multi_year,
    one_year,
    sign,
    start,
)
from tests.variants.holdout505.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("au01-karst-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, "
         "percent cells typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def au01() -> Book:
    b, s = start()
    project_head(
        s, year=YEAR, name="龙洞坪片区石漠化综合治理项目", dept="磐垭县林业局（417）",
        unit="磐垭县龙洞坪镇人民政府", money=one_year(500, 460, 40),
        goals=["治理龙洞坪片区石漠化土地3000亩，治理区植被覆盖率提高8个百分点。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "石漠化综合治理面积", "≥", 3000, "亩"),
        (None, None, "封山育林面积", "≥", 1200, "亩"),
        (None, None, "人工造林面积", "≥", 900, "亩"),
        (None, "质量指标", "造林成活率", "≥", pct(0.85), None),
        (None, None, "治理工程验收合格率", "=", pct(1), None),
        (None, "时效指标", "春季造林完成时间", "≤", day(YEAR, 4, 30, CN_DATE), None),
        (None, "成本指标", "石漠化治理单位成本", "≤", 1500, "元/亩"),
        ("效益指标", "生态效益指标", "治理区植被覆盖率提高", "≥", 8, "百分点"),
        (None, None, "治理区土壤侵蚀量下降率", "≥", pct(0.15), None),
        (None, "社会效益指标", "带动农户参与管护", "≥", 260, "户"),
        (None, "可持续影响指标", "造林地管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("au02-karst-direction-inline", (11,), "project, NAT-2021, operators inside the "
         "values: a cost cap with =, an 发生率 with ≥")  # fmt: skip
def au02() -> Book:
    b, s = start()
    project_head(
        s, year=YEAR, name="岜楼村岩溶坡耕地综合整治项目", dept="磐垭县农业农村局（421）",
        unit="磐垭县岜楼村村民委员会", money=one_year(220, 200, 20),
        goals=["整治岩溶坡耕地450亩，种植乡土树种5.4万株，遏制坡耕地石漠化。"],
    )  # fmt: skip
    eq = mk("=4200元/亩", "T108", "warning", row=True, alt=("T107",),
            note="a cost cap written with =: it should be ≤ (domain §4.2 rule 7)")  # fmt: skip
    up = mk("≥5%", "T108", "warning", row=True,
            note="病虫害发生率 is 反向: ≥ rewards more pests; it should be ≤")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注", None), [
        ("产出指标", "数量指标", "岩溶坡耕地整治面积", "≥450亩", None),
        (None, None, "种植任豆、香椿等乡土树种", "≥5.4万株", None),
        (None, "质量指标", "苗木成活率", "≥85%", None),
        (None, "时效指标", "坡改梯工程完工时间", "2025年10月31日前", None),
        ("成本指标", "经济成本指标", "坡改梯亩均造价", eq, "按设计概算"),
        ("效益指标", "生态效益指标", "造林地病虫害发生率", up, None),
        (None, None, "坡耕地土壤流失量减少", "≥900吨", None),
        (None, "社会效益指标", "带动脱贫户务工", "≥120人次", None),
        (None, "可持续影响指标", "整治地块移交农户管护率", "=100%", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("au03-karst-three-year-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def au03() -> Book:
    b, s = start()
    goal = "治理岩溶土地9000亩，新建小型蓄水池45口，治理区植被覆盖率提高10个百分点。"
    project_head(
        s, year=YEAR, years=3, name="岜楼—石笋片区石漠化综合治理三年行动",
        dept="峒岭市林业局（302）", unit="磐垭县石漠化综合治理办公室",
        money=multi_year((1500, 1350, 150), (500, 450, 50)), attr="新增项目",
        goals=[goal, mk(goal, "D204", "warning",
                        note="three-year project: 年度目标 is the 中期目标 word for word")],
    )  # fmt: skip
    copied = "annual cumulative count equals the three-year count: copied from 中期"
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", None)
    indicators(s, head, [
        ("产出指标", "数量指标", "岩溶土地治理面积", "≥9000亩",
         mk("≥9000亩", "D202", "warning", note=copied)),
        (None, None, "新建小型蓄水池", "≥45口", mk("≥45口", "D202", "warning", note=copied)),
        (None, None, "封山育林面积", "≥3600亩", "≥1200亩"),
        (None, "质量指标", "造林成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度治理任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "岩溶土地治理亩均投资", "≤450元/亩", "≤450元/亩"),
        ("效益指标", "生态效益指标", "治理区植被覆盖率提高", "≥10百分点", "≥4百分点"),
        (None, "社会效益指标", "蓄水池解决人畜饮水", "≥600人", "≥200人"),
        (None, "可持续影响指标", "工程管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("au04-karst-numbered-labels", (5,), "project, NAT-2021, numbered tier labels "
         "with points and marks (一、产出指标（40分）, （一）数量指标, *满意度指标) "
         "(correct)")  # fmt: skip
def au04() -> Book:
    b, s = start()
    project_head(
        s, year=YEAR, name="石笋乡岩溶石漠化治理项目", dept="磐垭县林业局（417）",
        unit="磐垭县石笋乡人民政府", money=one_year(360, 320, 40),
        goals=["完成石笋乡石漠化治理2400亩、人工种草300亩，改善岩溶区生态。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", None, None), [
        ("一、产出指标（40分）", "（一）数量指标", "1.石漠化治理面积", "≥2400亩"),
        (None, None, "2.人工种草面积", "≥300亩"),
        (None, "（二）质量指标", "3.治理工程验收合格率", "≥95%"),
        (None, "（三）时效指标", "4.项目完工时间", "2025年11月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.石漠化治理亩均成本", "≤1400元/亩"),
        ("三、效益指标（30分）", "（一）生态效益指标", "6.项目区林草覆盖率提高", "≥6百分点"),
        (None, "（二）社会效益指标", "7.参与治理务工农户", "≥150户"),
        ("*四、满意度指标（10分）", "（一）服务对象满意度指标", "8.项目区群众满意度",
         "≥90%"),
    ])  # fmt: skip
    return b


@variant("au05-karst-tier-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column: two tiers whose indicator scores do not match the tier score")  # fmt: skip
def au05() -> Book:
    b, s = start("绩效目标", (14, 8, 18, 30, 18, 8))
    project_head(
        s, year=YEAR, name="乌崖区封山育林补植项目", dept="乌崖区林业局（215）",
        unit="乌崖区国有岩口林场", money=one_year(150, 135, 15),
        goals=["封山育林2000亩并补植乡土树种3.2万株，封育区植被覆盖率提高5个百分点。"],
    )  # fmt: skip
    w1 = mk(40, "W103", "error", note="产出 scores 15+15+10+5 = 45, not the declared 40")
    w2 = mk(40, "W103", "error", note="效益 scores 15+10+10 = 35, not the declared 40")
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, [
        ("产出指标", w1, "数量指标", "封山育林面积", "≥2000亩", 15),
        (None, None, None, "补植乡土树种", "≥3.2万株", 15),
        (None, None, "质量指标", "补植成活率", "≥85%", 10),
        (None, None, "时效指标", "补植完成时间", "2025年5月31日前", 5),
        ("成本指标", 10, "经济成本指标", "封山育林亩均成本", "≤600元/亩", 10),
        ("效益指标", w2, "生态效益指标", "封育区植被覆盖率提高", "≥5百分点", 15),
        (None, None, None, "封育区土壤侵蚀模数下降率", "≥10%", 10),
        (None, None, "可持续影响指标", "护林员巡护制度", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "周边村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("au06-karst-second-sheet", (7,), "project, OLD-NAT: head on the first sheet, "
         "the table on a second sheet under 考核指标 · 目标值（年度） · 评价标准 "
         "(correct)")  # fmt: skip
def au06() -> Book:
    b, s = start("项目信息")
    project_head(
        s, year=YEAR, name="峒岭市石漠化定位监测点建设项目", dept="峒岭市林业局（302）",
        unit="峒岭市林业调查规划院", money=one_year(80, 72, 8),
        goals=["新建石漠化定位监测点12个，完成监测样地调查60块并编制年度监测报告。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18, 30))
    t.title("项目绩效指标表", 5)
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(t, head, [
        ("产出指标", "数量指标", "新建石漠化定位监测点", "≥12个", "每少1个扣1分"),
        (None, None, "监测样地调查", "≥60块", "每少5块扣1分"),
        (None, "质量指标", "监测数据有效率", "≥95%", "每低1个百分点扣1分"),
        (None, "时效指标", "监测年报提交时间", "2025年12月20日前", "逾期不得分"),
        (None, "成本指标", "单个监测点建设成本", "≤4.5万元/个", "超出不得分"),
        ("效益指标", "社会效益指标", "为石漠化治理规划提供数据支撑", "有效", "酌情扣分"),
        (None, "可持续影响指标", "监测点运行年限", "≥5年", "不足不得分"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%", "按问卷计分"),
    ])  # fmt: skip
    sign(t, "覃立岷", "0859-6172483", day(YEAR, 1, 15), head="蒙守川")
    return b
