"""Project returns xl01–xl06: percent cells and money units, tier labels with points, notes and
signature rows, a direction against its operator."""

from __future__ import annotations

from tests.variants.holdout418.common import new, notes, project, sign, table
from tests.variants.holdout418.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("xl01-harvest-percent", (1, 12), "project, NAT-2021, operator and unit columns, typed "
         "percent cells, 万元 in the number format, 机收率 raised in 百分点 (correct)")  # fmt: skip
def xl01() -> Book:
    b, s = new()
    project(s, "2025年蔗湾县甘蔗机收作业补贴", (1000, 900, 100),
            "2025年完成甘蔗机收作业面积15万亩以上，按每亩不超过60元兑付作业补贴，"
            "全县甘蔗综合机收率达到55%。")  # fmt: skip
    table(s, H6, [
        ("成本指标", "经济成本指标", "亩均机收作业补贴标准", "≤", 60, "元/亩"),
        (None, "社会成本指标", "机收作业纠纷投诉", "≤", 5, "件"),
        ("产出指标", "数量指标", "补贴机收作业面积", "≥", 15, "万亩"),
        (None, None, "受补贴蔗农户数", "≥", 6800, "户"),
        (None, "质量指标", "甘蔗机收损失率", "≤", pct(0.05), "%"),
        (None, None, "机收蔗茎含杂率", "≤", pct(0.08), "%"),
        (None, "时效指标", "作业验收后补贴兑付时限", "≤", 30, "个工作日"),
        ("效益指标", "经济效益指标", "蔗农亩均节本增收", "≥", 120, "元/亩"),
        (None, "社会效益指标", "甘蔗综合机收率", "≥", pct(0.55), "%"),
        (None, None, "甘蔗综合机收率比上年提高", "≥", 8, "百分点"),
        (None, "可持续影响指标", "机收作业服务组织数量", "≥", 25, "个"),
        ("满意度指标", "服务对象满意度指标", "蔗农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s)
    return b


@variant("xl02-purchase-units", (1, 12), "project, OLD-NAT, operator and unit columns: 其他资金 "
         "formatted in 元 inside the 万元 block, a typed 105% on a 合格率")  # fmt: skip
def xl02() -> Book:
    b, s = new()
    other = mk(money(600000, YUAN), "B105", "error",
               note="600,000.00元 in a 项目资金（万元） block: 60万元 typed in 元")  # fmt: skip
    project(
        s,
        "2025年蔗湾县甘蔗收获机具购置补贴",
        (560, 500, other),
        "补贴购置甘蔗收获机16台、集蔗转运车20台，新增机收能力2.4万亩。",
        attr="新增项目",
    )
    b.file_mark("B101", "error", required=False, note="follows from the 元 cell")
    table(s, H6, [
        ("产出指标", "数量指标", "补贴甘蔗收获机", "≥", 16, "台"),
        (None, None, "补贴集蔗转运车", "≥", 20, "台"),
        (None, "质量指标", "补贴机具验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, "时效指标", "补贴资金兑付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单台收获机补贴上限", "≤", 25, "万元/台"),
        (None, None, "单台转运车补贴上限", "≤", 3, "万元/台"),
        ("效益指标", "经济效益指标", "机收较人工砍蔗节约成本", "≥", 150, "元/亩"),
        (None, "社会效益指标", "新增甘蔗机收能力", "≥", 2.4, "万亩"),
        (None, "可持续影响指标", "补贴机具使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "韦秋禾", "7203526")
    return b


@variant("xl03-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with points and "
         "an indicator points column, both adding to 100, a rise in 百分点 (correct)")  # fmt: skip
def xl03() -> Book:
    b, s = new()
    project(s, "2025年禾坪片区甘蔗机收作业补贴", (800, 760, 40),
            "禾坪、岭背两片区完成甘蔗机收作业12万亩，机收率提高6个百分点。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、成本指标（10分）", "（一）经济成本指标", "亩均机收作业补贴", "≤60元/亩", 10),
        ("二、产出指标（40分）", "（一）数量指标", "补贴机收作业面积", "≥12万亩", 10),
        (None, None, "受补贴蔗农户数", "≥5200户", 10),
        (None, "（二）质量指标", "甘蔗机收损失率", "≤5%", 10),
        (None, "（三）时效指标", "补贴兑付时限", "≤30个工作日", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "蔗农亩均节本增收", "≥120元", 10),
        (None, "（二）社会效益指标", "甘蔗综合机收率提高", "≥6百分点", 10),
        (None, "（三）可持续影响指标", "机收作业服务组织", "≥20个", 10),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "蔗农满意度", "≥90%", 20),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    sign(s, "黄远帆", "7203419")
    return b


@variant("xl04-points-wrong", (5, 10), "project, NAT-2021, numbered labels with points: one tier-2 "
         "under the wrong tier-1, one tier-1's points not matching its indicators")  # fmt: skip
def xl04() -> Book:
    b, s = new()
    project(s, "2025年岭背片区甘蔗机收作业补贴", (500, 470, 30),
            "岭背片区完成甘蔗机收作业7万亩，带动蔗农节本增收。")  # fmt: skip
    b.file_mark("W101", "error", required=False, note="indicator points add to 95: same problem")
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、成本指标（10分）", "（一）经济成本指标", "亩均机收作业补贴", "≤60元/亩", 10),
        ("二、产出指标（40分）", "（一）数量指标", "补贴机收作业面积", "≥7万亩", 10),
        (None, None, "受补贴蔗农户数", "≥3100户", 10),
        (None, "（二）质量指标", "甘蔗机收损失率", "≤5%", 10),
        (None, mk("（三）经济效益指标", "F105", "error", note="经济效益 belongs to 效益指标"),
         "蔗农亩均节本增收", "≥110元", 10),
        (mk("三、效益指标（30分）", "W103", "error", note="10 + 15 = 25, not 30"),
         "（一）社会效益指标", "甘蔗综合机收率提高", "≥5百分点", 10),
        (None, "（二）可持续影响指标", "机收作业服务组织", "≥12个", 15),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "蔗农满意度", "≥90%", 20),
    ])  # fmt: skip
    sign(s, "黄远帆", "7203419")
    return b


@variant(
    "xl05-notes-signature",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, an "
    "instruction row and a note row inside, footnotes and signature below (correct)",
)
def xl05() -> Book:
    b, s = new()
    project(s, "2025年蔗湾县甘蔗收获机购置补贴", (450, 450, 0),
            "补贴购置甘蔗收获机12台，新增日机收能力1800吨，全年机收作业零安全事故。")  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    notes(s, "填表说明：绩效标准须量化；定性指标按好、较好、一般、差填写。")
    s.table([
        ("产出指标", "数量指标", "补贴甘蔗收获机", "≥12台"),
        (None, "质量指标", "补贴机具质量抽检合格率", "≥98%"),
        (None, "时效指标", "购机补贴申请办结时限", "≤20个工作日"),
        (None, "成本指标", "单台收获机补贴额", "≤30万元/台"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：收获机台数以县农机购置补贴系统核验数为准。")
    s.table([
        ("效益指标", "社会效益指标", "机收作业安全事故", "≤0起"),
        (None, None, "新增日机收能力", "≥1800吨"),
        (None, "可持续影响指标", "补贴机具服务年限", "≥6年"),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.单台补贴额按省级补贴额一览表执行；2.资金总额全部为县级财政拨款。")
    sign(s, "莫青岩", "7203522")
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant("xl06-notes-direction", (4, 11), "project, OLD-NAT, operator column in words, a note row "
         "between tiers: a 损失率 with 大于等于, a 完成率 given in 亩")  # fmt: skip
def xl06() -> Book:
    b, s = new()
    project(s, "2025年石埇片区甘蔗机收作业补贴", (300, 300, 0),
            "石埇片区完成甘蔗机收作业4.5万亩，机收损失率控制在5%以内。")  # fmt: skip
    table(s, H6, [
        ("产出指标", "数量指标", "补贴机收作业面积", "大于等于", 4.5, "万亩"),
        (None, None, "机收作业面积完成率", "大于等于",
         mk(9000, "T105", "error", row=True, note="a 完成率 given as 9000亩"), "亩"),
        (None, "质量指标", "甘蔗机收损失率",
         mk("大于等于", "T108", "warning", row=True, note="损失率 is 反向: ≤ expected"), 5, "%"),
        (None, "时效指标", "补贴兑付时限", "小于等于", 30, "个工作日"),
        (None, "成本指标", "亩均机收作业补贴", "小于等于", 60, "元/亩"),
    ])  # fmt: skip
    notes(s, "注：以下效益指标以县糖业服务站统计数据为准。")
    s.table([
        ("效益指标", "经济效益指标", "蔗农亩均节本增收", "大于等于", 100, "元/亩"),
        (None, "社会效益指标", "片区甘蔗机收率", "大于等于", 45, "%"),
        ("满意度指标", "服务对象满意度指标", "蔗农满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "覃立川")
    return b
