"""Street trees (行道树): replanting, tree pits, stacked road projects, a budget export."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout814.common import (
    DEPT,
    UNIT,
    YEAR,
    funds,
    notes,
    project,
    signs,
    table,
)
from tests.variants.holdout814.registry import variant
from tests.variants.kit import CN_DATE, WAN, YUAN, Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ker01-replant-percent-cells", (1, 12, 11),
         "project, NAT-2021, operator and unit columns, typed percent cells (correct)")  # fmt: skip
def replant_percent_cells() -> Book:
    goal = ("2026年在栖梧区12条主次干道补植行道树1200株（其中银杏500株、国槐700株），"
            "新建透水树池300个，苗木成活率不低于95%。")  # fmt: skip
    b, s = project("栖梧区主次干道行道树补植项目", funds(480, 450, 30), [goal])
    rows = [
        ("成本指标", "经济成本指标", "单株补植综合成本", "≤", 0.35, "万元/株"),
        ("产出指标", "数量指标", "补植行道树数量", "≥", 1200, "株"),
        (None, None, "新建透水树池数量", "≥", 300, "个"),
        (None, "质量指标", "补植苗木成活率", "≥", pct(0.95), "%"),
        (None, "时效指标", "补植完成时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        ("效益指标", "生态效益指标", "主干道行道树缺株率降低", "≥", 3, "百分点"),
        (None, "社会效益指标", "树池绊倒事件投诉", "≤", 0, "起"),
        (None, "可持续影响指标", "补植树木养护期", "≥", 2, "年"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    signs(s, "岑立舟", "0763-5816247")
    return b


@variant("ker02-replant-goal-and-cost", (11, 12),
         "project, NAT-2021, operators inside the values: goal count, unit cost and a last-year "
         "deadline against the rest of the return")  # fmt: skip
def replant_goal_and_cost() -> Book:
    goal = ("2026年完成云麓大道、柘岗路等8条道路行道树补植1500株，更换破损树池箅子400套，"
            "12月底前全部完工。")  # fmt: skip
    b, s = project("栖梧区道路行道树补植及树池整治项目", funds(500, 460, 40), [goal])
    rows = [
        ("产出指标", "数量指标", "行道树补植数量",
         mk("≥1200株", "D104", "warning", note="年度目标写补植1500株，指标只有1200株")),
        (None, None, "更换树池箅子数量", "≥400套"),
        (None, "质量指标", "补植苗木成活率", "≥95%"),
        (None, "时效指标", "补植完工时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2026年度项目的完工时限写成上年，残留上一季的日期")),
        ("成本指标", "经济成本指标", "单株补植成本",
         mk("≤0.5万元/株", "B107", "warning", row=True,
            note="0.5万元 × 1200株 = 600万元，超过年度资金500万元")),
        ("效益指标", "社会效益指标", "新增林荫道路数量", "≥3条"),
        (None, "生态效益指标", "行道树遮荫覆盖率提高", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "沿线商户满意度", "≥90%"),
    ]  # fmt: skip
    table(s, HEAD4, rows)
    signs(s, "蒲晓岚", "0763-5816318")
    return b


@variant("ker03-stacked-two-roads", (2, 4),
         "two road projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values, a note under each table (correct)")  # fmt: skip
def stacked_two_roads() -> Book:
    goal1 = "更新云麓大道病弱行道树260株，补种香樟260株，9月底前完成。"
    b, s = project("云麓大道行道树更新工程", funds(180, 160, 20), [goal1])
    table(s, HEAD4, [
        ("产出指标", "数量指标", "更新行道树数量", "≥260株"),
        (None, "质量指标", "补植苗木成活率", "≥95%"),
        (None, "时效指标", "更新完成时间", "2026年9月30日前"),
        (None, "成本指标", "单株更新成本", "≤0.6万元/株"),
        ("效益指标", "社会效益指标", "病弱树倒伏隐患消除率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：单株更新成本含伐除、苗木、栽植及一年养护。")
    s.skip()
    goal2 = "柘岗路新植行道树180株、改造树池180个，林荫覆盖率提高5个百分点。"
    project_head(s, year=YEAR, title="", name="柘岗路林荫道提升项目", dept=DEPT, unit=UNIT,
                 money=funds(120, 100, 20), goals=[goal2])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "新植行道树数量", "≥180株"),
        (None, None, "树池改造数量", "≥180个"),
        (None, "质量指标", "补植苗木成活率", "≥90%"),
        (None, "时效指标", "完工时间", "2026年10月31日前"),
        (None, "成本指标", "单株新植成本", "≤0.5万元/株"),
        ("效益指标", "生态效益指标", "林荫覆盖率提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥88%"),
    ])  # fmt: skip
    notes(s, "注：新植成活率按移栽大规格苗木的行业标准取90%。")
    return b


@variant("ker04-stacked-money-duplicate", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its parts and one of its indicators is given twice with two values")  # fmt: skip
def stacked_money_duplicate() -> Book:
    goal1 = "青梧路补植行道树240株（其中二球悬铃木160株、无患子80株），10月底前完成。"
    b, s = project("青梧路行道树补植项目", funds(150, 130, 20), [goal1])
    table(s, HEAD4, [
        ("产出指标", "数量指标", "行道树补植数量", "≥240株"),
        (None, "质量指标", "补植苗木成活率", "≥95%"),
        (None, "时效指标", "补植完成时间", "2026年10月31日前"),
        (None, "成本指标", "单株补植成本", "≤0.55万元/株"),
        ("效益指标", "生态效益指标", "道路绿视率提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(260, WAN), "B101", "error", note="财政拨款200 + 其他资金40 = 240，不是260")
    goal2 = "滨河北路补植银杏320株，铺设树穴透气铺装320个，11月底前完成。"
    project_head(s, year=YEAR, title="", name="滨河北路银杏行道树提升项目", dept=DEPT, unit=UNIT,
                 money=funds(total, 200, 40), goals=[goal2])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "银杏补植数量", "≥320株"),
        (None, None, "树穴透气铺装数量", "≥320个"),
        (None, None, "银杏补植数量",
         mk("≥280株", "D102", "error", alt=("D101", "D103"),
            note="同一项目中同名指标再次出现，值与上面的320株不同")),
        (None, "质量指标", "银杏苗木成活率", "≥95%"),
        (None, "时效指标", "补植完成时间", "2026年11月30日前"),
        (None, "成本指标", "单株补植成本", "≤0.6万元/株"),
        ("效益指标", "社会效益指标", "滨河步道遮荫长度", "≥2.4公里"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ker05-census-export", (7, 9, 12),
         "budget-system export: money on sheet 05-1 in 元, the indicator table with project codes "
         "in the first columns on sheet 05-2, header on the third row, =100% kept as text "
         "(correct)")  # fmt: skip
def census_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (16, 30, 16, 16, 16, 20))
    s.title("栖梧区园林绿化服务中心2026年部门项目支出预算表", 6)
    s.row("单位：元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "备注")
    s.row("QW26-LH-0142", "栖梧区古树名木及行道树普查建档", money(860000, YUAN),
          money(800000, YUAN), money(60000, YUAN), "一次性项目")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 30, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位：栖梧区园林绿化服务中心")
    goal = "2026年完成全区行道树及古树名木普查42000株，古树名木全部挂牌建档，10月底前建成数据库。"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.row("QW26-LH-0142", "栖梧区古树名木及行道树普查建档", "年度绩效目标", goal,
          merge=[(4, 6)])  # fmt: skip
    t.table([
        ("QW26-LH-0142", "栖梧区古树名木及行道树普查建档", "成本指标", "经济成本指标",
         "单株普查建档成本", "≤20元/株"),
        (None, None, "产出指标", "数量指标", "普查树木数量", "≥42000株"),
        (None, None, None, "质量指标", "古树名木挂牌率", "=100%"),
        (None, None, None, "时效指标", "普查数据库建成时间", "2026年10月31日前"),
        (None, None, "效益指标", "社会效益指标", "树木信息公众查询开通", "是"),
        (None, None, None, "可持续影响指标", "普查数据年度更新机制", "建立并执行"),
        (None, None, "满意度指标", "服务对象满意度指标", "养护单位使用满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("ker06-three-year-canopy", (8, 10),
         "three-year project, NAT-2021, 中期 and 年度 columns: a count copied from 中期, a "
         "year's count above the period's, last season's year in the 年度目标")  # fmt: skip
def three_year_canopy() -> Book:
    period = ("2026—2028年累计补植行道树3600株、新建连续树池900个，建成林荫道路15条，"
              "主城区林荫覆盖率提高6个百分点。")  # fmt: skip
    annual = mk("2025年补植行道树1200株，新建连续树池300个，建成林荫道路5条。", "Y103",
                "warning", alt=("Y101",), note="年度目标写2025年：上一季残留")  # fmt: skip
    b, s = project("栖梧区林荫道路三年行动项目", funds(520, 480, 40, (1500, 1380, 120)),
                   [period, annual], years=3)  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单株补植成本", "≤0.35万元/株", "≤0.35万元/株"),
        ("产出指标", "数量指标", "行道树补植数量", "≥3600株", "≥1200株"),
        (None, None, "连续树池建设数量", "≥900个",
         mk("≥900个", "D202", "warning", alt=("D104",), note="累计数照抄中期；年度目标写300个")),
        (None, None, "林荫道路建设数量", "≥15条",
         mk("≥18条", "D201", "error", alt=("D104",), note="年度18条超过三年合计15条")),
        (None, "质量指标", "补植苗木成活率", "≥95%", "≥95%"),
        (None, "时效指标", "年度任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "生态效益指标", "主城区林荫覆盖率提高", "≥6百分点", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    signs(s, "岑立舟", "0763-5816247", 12, 2)
    return b
