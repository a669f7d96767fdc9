"""Tier labels, template rows and empty names, 中期 and 年度, department money (ck13–ck18),
over both halves of the theme (船坞 and 木船修理)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout547.common import (
    YEAR,
    first_sheet,
    indicators,
    multi_year,
    one_year,
    project,
    wan,
)
from tests.variants.holdout547.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ck13-apprentice-tier-labels", (5,), "project, NAT-2021, labels numbered with points "
         "(一、产出指标（45分）, （一）数量指标), marks (*, ★) and abbreviations (时效, 经济成本), "
         "a score column matching the tier points (correct)")  # fmt: skip
def ck13() -> Book:
    b, s = first_sheet()
    project(s, "鹭汀湖渔村木船修造技艺学徒培训项目", "澄渚县渔业服务中心",
            one_year(wan(45), wan(42), wan(3)),
            ["培训木船修造学徒30人，学徒结业后参与渔村修船200艘次。"])  # fmt: skip
    indicators(s, (*TIERS4, "分值"), [
        ("一、产出指标（45分）", "（一）数量指标", "培训木船修造学徒", "≥30人", 10),
        (None, None, "学徒结业后参与修船", "≥200艘次", 10),
        (None, "（二）*质量指标", "学徒结业考核合格率", "≥90%", 10),
        (None, None, "修船质量抽检合格率", "≥95%", 5),
        (None, "（三）时效", "培训班结业时间", "2026年11月30日前", 10),
        ("二、成本指标（20分）", "经济成本", "人均培训成本", "≤0.6万元/人", 10),
        (None, None, "每艘次修船补助标准", "≤0.12万元/艘次", 10),
        ("三、效益指标（25分）", "★社会效益指标", "渔村修船排队等待天数", "≤7天", 10),
        (None, "可持续影响", "修造技艺传承点", "≥2个", 15),
        ("四、满意度指标（10分）", "服务对象满意度", "学徒及渔户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("ck14-winch-wrong-parent", (5, 6, 13), "project, NAT-2021, numbered labels: a 时效指标 "
         "under 效益指标, a tier-2 left from the template, a value without a name")  # fmt: skip
def ck14() -> Book:
    b, s = first_sheet()
    project(s, "蒹葭镇渔村船坞滑道及卷扬机修缮项目", "澄渚县蒹葭镇人民政府",
            one_year(wan(42), wan(40), wan(2)),
            ["修缮渔村船坞滑道4条，更换卷扬机2台。"])  # fmt: skip
    nameless = mk(None, "F110", "error", note="a value ≥98% with no indicator name")
    parent = mk("2.时效指标", "F105", "error", note="时效指标 belongs under 产出指标")
    left = mk("3.生态效益指标", "F109", "warning", row=True, note="template tier-2, no indicator")
    indicators(s, TIERS4, [
        ("一、产出指标", "1.数量指标", "修缮渔村船坞滑道", "≥4条"),
        (None, None, "更换船坞卷扬机", "≥2台"),
        (None, "2.质量指标", "滑道修缮验收合格率", "≥95%"),
        (None, None, nameless, "≥98%"),
        ("二、成本指标", "1.经济成本指标", "每条滑道修缮成本", "≤8万元/条"),
        (None, None, "每台卷扬机购置成本", "≤3.5万元/台"),
        ("三、效益指标", "1.社会效益指标", "可上坞修理木船", "≥300艘次"),
        (None, parent, "滑道修缮完成时间", "2026年7月31日前"),
        (None, left, None, None),
        (None, "4.可持续影响指标", "滑道正常使用年限", "≥6年"),
        ("四、满意度指标", "1.服务对象满意度指标", "渔户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ck15-three-year-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "年度目标 copied from 中期目标, two cumulative counts copied")  # fmt: skip
def ck15() -> Book:
    b, s = first_sheet()
    goal = "改造菱湾、芦汊、北嘴等渔村木船修理船坞9座，修复木质渔船600艘，培训修船工匠300人次。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to the three-year 中期目标")
    project(s, "鹭汀湖渔村木船修理船坞三年改造项目", "澄渚县渔业服务中心",
            multi_year((360, 330, 30), (120, 110, 10)), [goal, copied], years=3,
            attr="新增项目")  # fmt: skip
    docks = mk("≥9座", "D202", "warning", note="three-year dock count copied into 年度")
    boats = mk("≥600艘", "D202", "warning", note="three-year boat count copied into 年度")
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "改造渔村木船修理船坞", "≥9座", docks),
        (None, None, "修复木质渔船", "≥600艘", boats),
        (None, None, "培训修船工匠", "≥300人次", "≥100人次"),
        (None, "质量指标", "船坞改造验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "每艘木船修复补助标准", "≤0.15万元/艘", "≤0.15万元/艘"),
        ("效益指标", "社会效益指标", "渔村木船就近修理率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "改造后船坞使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ck16-two-year-shelter-docks", (8,), "two-year project, NAT-2021, 中期 and 年度 columns, "
         "annual counts below the period, rates equal, a 2027 date in the 中期 column "
         "(correct)")  # fmt: skip
def ck16() -> Book:
    b, s = first_sheet()
    project(s, "鹭汀湖渔村避风修理船坞修缮项目（2026—2027年）", "澄渚县渔业服务中心",
            multi_year((150, 140, 10), (80, 75, 5)),
            ["两年修缮避风修理船坞5座，木船上坞修理500艘次。",
             "2026年修缮避风修理船坞3座，木船上坞修理240艘次。"], years=2)  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "修缮避风修理船坞", "≥5座", "≥3座"),
        (None, None, "木船上坞修理", "≥500艘次", "≥240艘次"),
        (None, "质量指标", "船坞修缮验收合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "修缮完成时间", "2027年10月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每座避风船坞修缮成本", "≤24万元/座", "≤24万元/座"),
        ("效益指标", "社会效益指标", "汛期木船损毁下降率", "≥30%", "≥20%"),
        (None, "生态效益指标", "修船废料集中回收率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "修缮后船坞使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def shares(*values: Any) -> list[Any]:
    """A row of shares typed as percentages with two decimals."""
    return [v if not isinstance(v, float | int) else pct(v, "0.00%") for v in values]


def money_department(s: Sheet, dept: str, budget: Sequence[Sequence[Any]],
                     tasks: Sequence[Sequence[Any]],
                     rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A department head with budget and share lines, key tasks and an indicator table."""
    department_head(s, year=YEAR, dept=dept, budget=budget, tasks=tasks,
                    goal="修缮渔村木船修理船坞，补助修理木质渔船，传承修船技艺。")  # fmt: skip
    indicators(s, TIERS4, rows)


@variant("ck17-department-repair-station", (12,), "department, NAT-2021: budget with shares, key "
         "tasks adding to 项目支出, cost standards × counts equal to their tasks "
         "(correct)")  # fmt: skip
def ck17() -> Book:
    b, s = first_sheet()
    money_department(s, "澄渚县渔船修造管理站", [
        [money(560), money(480), money(80), money(310), money(250)],
        shares(1, 0.8571, 0.1429, 0.5536, 0.4464),
    ], [
        ("船坞修缮", "修缮湖岸渔村木船修理船坞4座", money(120), "4座船坞通过验收"),
        ("木船修理补助", "补助渔户修理木质渔船", money(85), "修复木船≥500艘"),
        ("修船技艺培训", "举办捻缝、换板技艺培训班", money(45), "培训≥150人次"),
        ("金额合计", None, money(250), None),
    ], [
        ("产出指标", "数量指标", "修缮渔村木船修理船坞", "≥4座"),
        (None, None, "补助修理木质渔船", "≥500艘"),
        (None, None, "修船技艺培训", "≥150人次"),
        (None, "质量指标", "船坞修缮验收合格率", "≥95%"),
        (None, "时效指标", "补助资金拨付时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "每艘木船修理补助标准", "≤0.17万元/艘"),
        (None, None, "每座船坞修缮成本", "≤30万元/座"),
        ("效益指标", "社会效益指标", "木船因损停渔天数下降率", "≥20%"),
        (None, "可持续影响指标", "修船技艺传承人", "≥10人"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ck18-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, a share that does not match its amount, tasks not adding to "
         "金额合计")  # fmt: skip
def ck18() -> Book:
    b, s = first_sheet()
    total = mk(money(600), "B101", "error", row=True, note="基本支出 330 + 项目支出 260 = 590")
    share = mk(pct(0.8267, "0.00%"), "B111", "error", note="520 ÷ 600 = 86.67%, not 82.67%")
    lines = mk(money(260), "B102", "error", note="110 + 90 + 50 = 250 ≠ 260")
    money_department(s, "澄渚县鹭汀湖渔业发展中心", [
        [total, money(520), money(80), money(330), money(260)],
        [pct(1, "0.00%"), share, *shares(0.1333, 0.55, 0.4333)],
    ], [
        ("船坞滑道修缮", "修缮渔村船坞滑道4条", money(110), "4条滑道通过验收"),
        ("木船修理补助", "补助渔户修理木质渔船", money(90), "修复木船≥500艘"),
        ("修船工匠培训", "培训渔村修船工匠", money(50), "培训≥120人次"),
        ("金额合计", None, lines, None),
    ], [
        ("产出指标", "数量指标", "修缮渔村船坞滑道", "≥4条"),
        (None, None, "补助修理木质渔船", "≥500艘"),
        (None, None, "培训渔村修船工匠", "≥120人次"),
        (None, "质量指标", "滑道修缮验收合格率", "≥95%"),
        (None, "时效指标", "滑道修缮完成时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "每条滑道修缮成本", "≤27.5万元/条"),
        (None, None, "每艘木船修理补助标准", "≤0.18万元/艘"),
        ("效益指标", "社会效益指标", "可上坞修理木船", "≥400艘次"),
        (None, "可持续影响指标", "滑道正常使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "渔户满意度", "≥90%"),
    ])  # fmt: skip
    return b
