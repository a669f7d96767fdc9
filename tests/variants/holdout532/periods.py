"""Returns bv13–bv18: template rows left empty, 中期 and 年度, points at two levels, conversion
artefacts and money blocks (items 6, 8, 9, 10, 12, 13)."""

from __future__ import annotations

from tests.variants.holdout532.common import (
    BIZ,
    ONE,
    SAMR,
    TWO,
    YEAR,
    department_book,
    one_year,
    periods,
    project_book,
    sign_off,
    table,
    wan,
)  # fmt: skip
from tests.variants.holdout532.registry import variant
from tests.variants.kit import Book, day, mk, ok


@variant("bv13-template-rows", (6, 13),
         "project, NAT-2021, header 绩效目标值: two tier-2 labels left from the template with no "
         "indicator, a value without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = project_book(
        name="腐乳作坊污水预处理设施补助", dept=SAMR, unit="澄坳镇人民政府",
        money=one_year(44, 40, 4),
        goals=["补助22家腐乳作坊建设黄浆水预处理池，实现达标排放。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "建成预处理池的腐乳作坊", "≥22家"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥4次"),
        (None, "质量指标", "预处理设施验收合格率", "100%"),
        (None, "时效指标", "设施建成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "单家作坊补助标准", "≤2万元/家"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without an indicator"), None, None),
        ("效益指标", "社会效益指标", "作坊周边群众投诉起数", "≤2起"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without an indicator"), None, None),
        ("满意度指标", "服务对象满意度指标", "补助作坊满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bv14-two-year-support", (8,),
         "two-year project, NAT-2021, 中期 and 年度 value columns: counts smaller in the year, "
         "rates and unit costs equal (correct)")  # fmt: skip
def two_year_support() -> Book:
    b, s = project_book(
        name="米粉腐乳小作坊创业贷款贴息（2025—2026年）", dept=BIZ,
        unit="蓼川县小微企业服务中心", years=2, attr="新增项目",
        money=periods((260, 200, 60), (140, 110, 30)),
        goals=["两年为100家米粉、腐乳小作坊提供创业贷款贴息，带动就业300人。",
               "2025年为55家作坊贴息，带动就业160人，贴息资金按季拨付。"],
    )  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "享受贴息的小作坊", "≥100家", "≥55家"),
        (None, "质量指标", "贴息资金发放准确率", "100%", "100%"),
        (None, "时效指标", "贴息资金拨付时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "单家作坊年贴息上限", "≤2万元/家", "≤2万元/家"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥300人", "≥160人"),
        (None, "可持续影响指标", "贴息作坊两年存续率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "贴息作坊满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "蒙启川", "0779-6225016", day(YEAR - 1, 10, 30))
    return b


@variant("bv15-three-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from the 中期目标, "
         "an annual count above its period count, a cumulative count copied")  # fmt: skip
def three_year_copied() -> Book:
    goal = "三年新建标准化米粉加工车间20个，培训从业人员900人次，米粉抽检合格率保持98%以上。"
    b, s = project_book(
        name="米粉标准化加工车间建设（2025—2027年）", dept=BIZ, unit="蓼川县米粉行业协会",
        years=3, attr="新增项目", money=periods((600, 480, 120), (220, 180, 40)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 identical to the 中期目标")],
    )  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "新建标准化米粉加工车间", "≥20个",
         mk("≥24个", "D201", "error", note="the year's 24 exceeds the three-year 20")),
        (None, None, "培训米粉作坊从业人员", "≥900人次",
         mk("≥900人次", "D202", "warning", note="cumulative count copied from 中期")),
        (None, "质量指标", "车间建设验收合格率", "100%", "100%"),
        (None, "时效指标", "年度车间建设完成时间", "12月31日前", "12月31日前"),
        ("成本指标", "经济成本指标", "单个车间建设补助", "≤24万元/个",
         ok("≤24万元/个", "warning", note="24 万元 × the wrong 24 车间 exceeds the year's money")),
        ("效益指标", "经济效益指标", "入驻作坊米粉产量增长率", "≥15%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "入驻作坊满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bv16-points-two-levels", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column adding to 100 "
         "both ways, a 合格率 raised in 百分点 (correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = project_book(
        name="腐乳作坊质量提升行动", dept=SAMR, unit="蓼川县食品检验检测中心",
        money=one_year(28, 28, 0),
        goals=["指导腐乳作坊落实原料验收和出厂检验，抽检合格率较上年提高3个百分点以上。"],
    )  # fmt: skip
    header = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")
    table(s, header, [
        ("产出指标", 40, "数量指标", "现场指导腐乳作坊", "≥70家", 15),
        (None, None, "质量指标", "作坊出厂检验记录完整率", "≥95%", 15),
        (None, None, "时效指标", "指导任务完成时间", "11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单家作坊指导费用", "≤4000元/家", 20),
        ("效益指标", 30, "社会效益指标", "腐乳产品抽检合格率较上年提高", "≥3百分点", 20),
        (None, None, "可持续影响指标", "作坊原料验收台账建立率", "≥90%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "受指导作坊满意度", "≥90%", 10),
        ("合计", 100, "", None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("bv17-pdf-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a number split by a "
         "space, an amount pasted twice; the end date as a serial in a text cell")  # fmt: skip
def pdf_artefacts() -> Book:
    b, s = project_book(
        name="米粉作坊快检与冷链周转设备配置", dept=SAMR, unit="蓼川县食品检验检测中心",
        money=one_year(90, 80, 10),
        end=mk("46022", "X104", "warning", note="the 2025-12-31 serial stored as text"),
        goals=["为米粉集中加工区配置快检设备和冷链周转箱，鲜湿米粉当日检测、当日配送。"],
    )  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "配置快检设备", "≥8台（套）"),
        (None, None, "配置冷链周转箱", "≥1500个"),
        (None, "质量指标", "鲜湿米粉快检覆盖率", "≥95%"),
        (None, "时效指标", "设备到位时间", "7月31日前"),
        ("效益指标", "社会效益指标", "鲜湿米粉变质投诉起数", "≤5起"),
        ("满意度指标", "服务对象满意度指标", "集中加工区作坊满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", None, "金额（万元）", "测算依据", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(None, "快检设备购置", None,
          mk("42.6 5", "X105", "warning", alt=("X103",), note="42.65 split by a space"),
          "8台（套），均价约5.33万元", None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(None, "冷链周转箱", None,
          mk("27.35万27.35万", "X106", "error", alt=("B108",), note="27.35 pasted twice"),
          "1500个×182.3元", None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(None, "技术指导与培训", None, wan(20), "20场×1万元", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(None, "合计", None, wan(90), None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("bv18-department-money-wrong", (12,),
         "department, NAT-2021, one value column: 资金总额 ≠ 财政拨款 + 其他资金, task "
         "budgets not adding to 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = department_book(
        (mk(wan(310), "B101", "error", note="310 ≠ 财政拨款 280 + 其他资金 20"), 280, 20, 210, 100),
        dept="蓼川县食品安全检验检测中心",
        tasks=[
            ("米粉抽检", "米粉小作坊监督抽检", wan(40), "抽检≥320批次"),
            ("腐乳抽检", "腐乳小作坊专项抽检", wan(35), "抽检≥200批次"),
            ("快检能力建设", "快检设备更新", wan(30), "更新设备≥6台"),
            ("金额合计", None, mk(wan(100), "B102", "error", note="40 + 35 + 30 = 105 ≠ 100"),
             None),
        ],
        goal="完成米粉、腐乳小作坊抽检任务，提升基层快检能力。",
    )  # fmt: skip
    s.skip()
    table(s, ONE, [
        ("产出指标", "数量指标", "米粉、腐乳小作坊抽检批次", "≥520批次"),
        (None, "质量指标", "检验报告差错率", "≤1%"),
        (None, "时效指标", "检验报告出具时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "单批次检验费用", "≤1400元/批次"),
        ("效益指标", "社会效益指标", "不合格产品核查处置率", "100%"),
        ("满意度指标", "服务对象满意度指标", "受检作坊满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "甘若澄", "0779-6230471", day(YEAR - 1, 11, 20))
    return b
