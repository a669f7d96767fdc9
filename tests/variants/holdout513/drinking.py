"""Returns bc01–bc06: household drinking-water cisterns (人饮水窖) in dry mountain villages."""

from __future__ import annotations

from tests.variants.holdout513.common import funds, indicators, period_funds, project
from tests.variants.holdout513.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "指标内容", "比较符", "绩效标准", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
PTS_HEAD = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("bc01-percent-operator", (1, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, operator and unit columns, typed "
         "percent cells, =100% at the ceiling (correct)")  # fmt: skip
def bc01() -> Book:
    b, s = project(
        name="岭背县旱片人饮水窖新建项目", dept="岭背县水利局（412）",
        unit="岭背县农村供水管理站", money=funds(70, 60, 10),
        goals=["新建家庭水窖200口并配套沉淀过滤池，解决石窝、坳上等6个村812人饮水困难。"],
    )  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新建家庭水窖", "≥", 200, "口"),
        (None, None, "配套沉淀过滤池", "≥", 200, "座"),
        (None, "质量指标", "水窖验收合格率", "=", pct(1), "%"),
        (None, None, "水窖防渗处理达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "水窖建成及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每口水窖补助标准", "≤", 0.35, "万元/口"),
        ("效益指标", "社会效益指标", "解决饮水困难人口", "≥", 812, "人"),
        (None, None, "取水往返时间", "≤", 10, "分钟"),
        (None, "可持续影响指标", "水窖正常使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bc02-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percents: a rate over 100 %, a "
         "leak rate with ≥, 其他资金 typed in 元 inside the 万元 block")  # fmt: skip
def bc02() -> Book:
    other = mk(money(150000, YUAN), "B105", "error",
               note="150,000.00元 in a 项目资金（万元） block: 15万元 meant")  # fmt: skip
    b, s = project(
        name="峁梁县崖畔片区水窖净化改造项目", dept="峁梁县水利局（305）",
        unit="峁梁县崖畔乡水利站", money=funds(58, 43, other),
        goals=["改造旧水窖160口，加装净化设备，保障崖畔片区530人饮水水质。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="read as 150000, 其他资金 breaks 58 = 43 + 15: B105 is the cause")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "改造旧水窖", "≥", 160, "口"),
        (None, None, "加装净化设备", "≥", 160, "套"),
        (None, "质量指标", "水质检测合格率", "≥",
         mk(pct(1.05), "T106", "error", note="≥105% on a 合格率 capped at 100 %"), "%"),
        (None, None, "水窖渗漏率",
         mk("≥", "T108", "warning", row=True, note="a leak rate is 反向: ≤ meant"),
         pct(0.03), "%"),
        (None, "时效指标", "改造完成及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单口改造补助", "≤", 0.36, "万元/口"),
        ("效益指标", "社会效益指标", "饮水水质达标人口", "≥", 530, "人"),
        (None, "可持续影响指标", "净化设备正常运行年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bc03-three-year-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: an annual count above its period, "
         "a cumulative count copied, 年度目标 copied from 中期目标")  # fmt: skip
def bc03() -> Book:
    goal = "三年新建集雨水窖600口，解决干沟镇2400人季节性缺水。"
    b, s = project(
        name="干沟镇人饮集雨水窖三年建设项目", dept="西坳县水利局（218）",
        unit="西坳县干沟镇人民政府", years=3, attr="新增项目",
        money=period_funds((620, 500, 120), (200, 160, 40)),
        goals=[goal, mk(goal, "D204", "warning",
                        note="a three-year project's 年度目标 copied word for word")],
    )  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "新建集雨水窖", "≥600口",
         mk("≥650口", "D201", "error", note="650 口 in 2025 exceeds the 600 口 of three years")),
        (None, None, "硬化集雨场", "≥18000平方米", "≥6000平方米"),
        (None, "质量指标", "水窖验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成率", "=100%", "=100%"),
        (None, "成本指标", "每口水窖建设成本", "≤0.3万元/口", "≤0.3万元/口"),
        ("效益指标", "社会效益指标", "受益人口", "≥2400人",
         mk("≥2400人", "D202", "warning", note="cumulative count copied from 中期")),
        (None, "可持续影响指标", "水窖设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bc04-one-year-equal", (8,),
         "one-year project, OLD-NAT, 中期 and 年度 columns and goals legitimately identical, a "
         "下降率 with ≥ (correct)")  # fmt: skip
def bc04() -> Book:
    goal = "为岩背村等3村新建水窖90口，减少旱季拉水送水。"
    b, s = project(
        name="岩背片区应急人饮水窖项目", dept="峁梁县乡村振兴局（307）",
        unit="峁梁县岩背乡人民政府", attr="一次性项目",
        money=period_funds((27, 24, 3), (27, 24, 3)), goals=[goal, goal],
    )  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "新建水窖", "≥90口", "≥90口"),
        (None, "质量指标", "水窖验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "水窖完工时间", "2025年9月30日前", "2025年9月30日前"),
        (None, "成本指标", "每口水窖补助", "≤0.3万元/口", "≤0.3万元/口"),
        ("效益指标", "社会效益指标", "旱季拉水送水次数下降率", "≥30%", "≥30%"),
        (None, None, "受益人口", "≥310人", "≥310人"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bc05-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column each adding to 100, "
         "a supply rate raised in 百分点 (correct)")  # fmt: skip
def bc05() -> Book:
    b, s = project(
        name="坪头乡病险水窖改造项目", dept="岭背县水利局（412）",
        unit="岭背县坪头乡水利站", money=funds(42, 36, 6),
        goals=["改造病险水窖150口，新建集雨场9000平方米，提高坪头乡人饮供水保证率。"],
    )  # fmt: skip
    indicators(s, PTS_HEAD, [
        ("产出指标", 40, "数量指标", "改造病险水窖", "≥150口", 15),
        (None, None, None, "新建集雨场", "≥9000平方米", 10),
        (None, None, "质量指标", "改造水窖验收合格率", "≥95%", 10),
        (None, None, "时效指标", "改造任务完成时限", "2025年10月31日前", 5),
        ("成本指标", 10, "经济成本指标", "单口水窖改造费用", "≤0.28万元/口", 10),
        ("效益指标", 40, "社会效益指标", "人饮供水保证率提高", "≥8百分点", 15),
        (None, None, None, "受益人口", "≥620人", 10),
        (None, None, "可持续影响指标", "水窖管护责任落实率", "=100%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "受益农户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("bc06-points-mismatch", (10, 13),
         "project, NAT-2021, tier-1 score column against the indicator scores under it (two "
         "tiers off), an indicator row with a value and score but no name")  # fmt: skip
def bc06() -> Book:
    b, s = project(
        name="石窝村水窖群配套管网项目", dept="西坳县水利局（218）",
        unit="西坳县石窝村村民委员会", money=funds(36, 30, 6),
        goals=["为石窝村40口水窖配套入户管网6公里，实现水窖水入户。"],
    )  # fmt: skip
    indicators(s, PTS_HEAD, [
        ("产出指标", mk(50, "W103", "error", note="declared 50, indicators 20+15+10 = 45"),
         "数量指标", "配套入户管网", "≥6公里", 20),
        (None, None, None, "接入水窖", "≥40口", 15),
        (None, None, "质量指标", "管网试压合格率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "每公里管网造价", "≤5.5万元/公里", 10),
        ("效益指标", mk(30, "W103", "error", note="declared 30, indicators 15+10+10 = 35"),
         "社会效益指标", "入户通水户数", "≥96户", 15),
        (None, None, None, mk(None, "F110", "error", note="value and score, no name"),
         "≥20年", 10),
        (None, None, "可持续影响指标", "管网管护制度", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "通水户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
