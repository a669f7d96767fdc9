"""Aqueduct (渡槽) repair returns: percent cells, stacked projects, notes, a multi-year project."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout531.common import (
    DEPT,
    YEAR,
    funds,
    funds2,
    indicators,
    notes,
    project,
    sign,
)
from tests.variants.holdout531.registry import variant
from tests.variants.kit import Book, mk, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("bu01-aqueduct-percent", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 in the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def bu01() -> Book:
    b, s = project("Sheet1", "麓川灌区石罅渡槽槽身修复工程", "麓川灌区管理所",
                   funds(180, 150, 30),
                   ["修复石罅渡槽槽身60米，更换止水缝24处，恢复3200亩灌溉。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "槽身修复长度", "≥", 60, "米"),
        (None, None, "止水伸缩缝更换数量", "≥", 24, "处"),
        (None, "质量指标", "修复工程验收合格率", "=", pct(1), "%"),
        (None, None, "槽身渗漏检测达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "施工工期", "≤", 150, "天"),
        (None, "成本指标", "槽身修复单价", "≤", 2.4, "万元/米"),
        ("效益指标", "社会效益指标", "恢复灌溉面积", "≥", 3200, "亩"),
        (None, "生态效益指标", "输水渗漏损失下降率", "≥", pct(0.15), "%"),
        (None, "可持续影响指标", "渡槽安全运行年限延长", "≥", 20, "年"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bu02-aqueduct-percent-wrong", (1, 12), "project, OLD-NAT, operator and unit columns: "
         "a typed percent above 100 and a money total that is not its parts")  # fmt: skip
def bu02() -> Book:
    total = mk(96, "B101", "error", note="财政拨款 80 + 其他资金 20 = 100，不是 96")
    b, s = project("Sheet1", "苇塘灌区跃进渡槽排架加固工程", "苇塘灌区管理站",
                   funds(total, 80, 20),
                   ["加固跃进渡槽排架14榀，处理槽墩基础冲刷，保障2100亩农田春灌。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="合格率封顶 100%，键入的 105% 不可能")
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "排架加固数量", "≥", 14, "榀"),
        (None, None, "槽墩基础防冲处理", "≥", 6, "座"),
        (None, "质量指标", "排架加固验收合格率", "≥", over, "%"),
        (None, "时效指标", "汛前完工时间", "≤", "5月31日", "—"),
        (None, "成本指标", "排架加固单价", "≤", 5.5, "万元/榀"),
        ("效益指标", "社会效益指标", "保障春灌面积", "≥", 2100, "亩"),
        (None, "可持续影响指标", "渡槽安全运行年限延长", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "灌区用水户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bu03-aqueducts-stacked", (2,), "two aqueduct projects stacked in one sheet, OLD-NAT, "
         "one value column, the same indicator name with different values (correct)")  # fmt: skip
def bu03() -> Book:
    b, s = project("Sheet1", "石罅渡槽进出口闸门更换", "麓川灌区管理所", funds(64, 64, 0),
                   ["更换石罅渡槽进出口闸门2套，配套启闭机2台，汛前投入运行。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "闸门更换数量", "≥2套"),
        (None, None, "启闭机配套数量", "≥2台"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "汛前投入运行时间", "5月31日前"),
        (None, "成本指标", "闸门及启闭机单套造价", "≤30万元/套"),
        ("效益指标", "社会效益指标", "渡槽过水保证率", "≥95%"),
        (None, "可持续影响指标", "闸门设计使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "灌区用水户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="椒坪渡槽槽底防渗处理", dept=DEPT,
                 unit="椒坪水利站", money=funds(45, 40, 5), title="",
                 goals=["对椒坪渡槽槽底900平方米进行防渗处理，渗漏量明显下降。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "槽底防渗处理面积", "≥900平方米"),
        (None, "质量指标", "工程验收合格率", "≥98%"),
        (None, "时效指标", "完工时间", "10月31日前"),
        (None, "成本指标", "防渗处理单价", "≤480元/平方米"),
        ("效益指标", "生态效益指标", "渡槽渗漏量下降率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bu04-aqueducts-stacked-wrong", (2, 11), "two aqueduct projects stacked, OLD-NAT, "
         "one value column: second project's money, 反向 rate with ≥, rate as count")  # fmt: skip
def bu04() -> Book:
    b, s = project("Sheet1", "鹤汀渡槽槽身伸缩缝修补", "鹤汀灌区管理所", funds(38, 38, 0),
                   ["修补鹤汀渡槽伸缩缝32道，消除槽身漏水，保障秋灌输水。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "伸缩缝修补数量", "≥32道"),
        (None, "质量指标", "修补工程验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "8月31日前"),
        (None, "成本指标", "伸缩缝修补单价", "≤1.1万元/道"),
        ("效益指标", "社会效益指标", "秋灌输水保证率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(120, "B101", "error", note="财政拨款 90 + 其他资金 20 = 110，不是 120")
    project_head(s, year=YEAR, name="沅桥渡槽槽墩防冲加固", dept=DEPT, unit="沅桥水利站",
                 money=funds(total, 90, 20), title="",
                 goals=["加固沅桥渡槽槽墩8座，抛石护底2400立方米，渡槽安全度汛。"])  # fmt: skip
    leak = mk("≥2%", "T108", "warning", row=True, note="渗漏率是反向指标，应为 ≤2%")
    count = mk("8座", "T105", "error", note="完成率要百分比，8座 是数量")
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "槽墩加固计划完成率", count),
        (None, None, "抛石护底方量", "≥2400立方米"),
        (None, "质量指标", "加固后槽身渗漏率", leak),
        (None, "时效指标", "完工时间", "5月20日前"),
        (None, "成本指标", "单座槽墩加固费用", "≤9万元/座"),
        ("效益指标", "社会效益指标", "渡槽安全度汛", "安全度汛"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bu05-aqueduct-notes", (4,), "project, OLD-NAT, one value column: an instruction row "
         "inside the table, a 0起 incident count, footnotes, 填表说明, signature and date lines "
         "(correct)")  # fmt: skip
def bu05() -> Book:
    b, s = project("Sheet1", "岑口渡槽拱圈裂缝修补", "岑口水利站", funds(52, 47, 5),
                   ["修补岑口渡槽拱圈裂缝260米，拱圈承载力恢复设计标准。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "拱圈裂缝修补长度", "≥260米"),
        (None, None, "拱圈检测断面", "≥12个"),
    ])  # fmt: skip
    s.row("注：裂缝长度以2024年安全鉴定报告为准，修补方案经专家论证。", merge=[(1, 4)])
    s.table([
        ("产出指标", "质量指标", "修补工程验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "11月30日前"),
        (None, "成本指标", "裂缝修补单价", "≤1800元/米"),
        ("效益指标", "社会效益指标", "施工安全事故", "0起"),
        (None, "可持续影响指标", "拱圈承载力达到设计标准", "达到"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1. 指标值中“=100%”指全部分项工程验收合格。",
          "    2. 拱圈检测断面由第三方检测单位确定。",
          "填表说明：一级、二级指标按县财政局模板填写，三级指标由实施单位自行设置。")  # fmt: skip
    sign(s, "甘秋棠", "0736-5128874")
    return b


@variant("bu06-aqueduct-three-years", (8,), "three-year aqueduct renewal, NAT-2021, 中期 and 年度 "
         "columns: cumulative counts copied to the year, 中期目标 text copied")  # fmt: skip
def bu06() -> Book:
    goal = "三年内完成全县9座老旧渡槽除险改造，更换槽身止水1200米，渡槽完好率达到95%以上。"
    same = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标一字不差")
    b, s = project("Sheet1", "澄岭县老旧渡槽除险改造（2025—2027年）", "澄岭县水利工程管理站",
                   funds2((600, 540, 60), (220, 200, 20)), [goal, same], years=3,
                   attr="新增项目")  # fmt: skip
    d1 = mk("≥9座", "D202", "warning", note="累计座数：年度照抄三年的 9 座，年度资金只有 220/600")
    d2 = mk("≥1200米", "D202", "warning", note="累计长度照抄中期值")
    cap = ok("≤60万元/座", "warning", note="照抄的 9 座 × 60 万元超过年度资金：D202 的后果")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "除险改造渡槽数量", "≥9座", d1),
        (None, None, "槽身止水更换长度", "≥1200米", d2),
        (None, "质量指标", "单项工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度工程完工时间", "每年11月30日前", "11月30日前"),
        ("成本指标", "经济成本指标", "单座渡槽改造平均费用", "≤60万元/座", cap),
        ("效益指标", "社会效益指标", "渡槽完好率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "渡槽设计使用年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "灌区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
