"""Returns bd01–bd06: cheese dairies of the hill-village cooperatives (milk collection,
workshops, ripening cellars)."""

from __future__ import annotations

from tests.variants.holdout514.common import (
    YEAR,
    book,
    indicators,
    note,
    one_year,
    project,
    sign,
)
from tests.variants.holdout514.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
UNIT = "云岙县羊角坪羊奶酪专业合作社"


@variant("bd01-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, typed percent "
         "cells, 万元 only in the number format (correct)")  # fmt: skip
def bd01() -> Book:
    b, s = book()
    project(s, "羊角坪手工奶酪作坊卫生改造", UNIT, one_year(80, 60, 20),
            ["改造4个手工奶酪作坊，提升原料奶和成品质量，带动牧户增收。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "收购社员羊奶量", "≥", 360, "吨"),
        (None, None, "改造手工奶酪作坊", "≥", 4, "个"),
        (None, "质量指标", "原料奶抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "奶酪成品抽检合格率", "=", pct(1), "%"),
        (None, "时效指标", "作坊改造完成时间", "≤", day(YEAR, 10, 31), None),
        (None, "成本指标", "单个作坊改造补助标准", "≤", money(12, WAN), "万元/个"),
        ("效益指标", "经济效益指标", "社员羊奶收购均价增长率", "≥", pct(0.05), "%"),
        (None, "社会效益指标", "带动脱贫户增收", "≥", 60, "户"),
        (None, "可持续影响指标", "作坊卫生管理制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "入社牧户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "洪秋禾", "0871-6623417", day(YEAR - 1, 12, 6))
    return b


@variant("bd02-percent-over", (1, 11), "project, OLD-NAT, operator column, a typed percent "
         "above 100 on a capped rate and ≥ on a 反向 rate")  # fmt: skip
def bd02() -> Book:
    b, s = book()
    project(s, "石栈乡羊奶集中收购点建设", "云岙县石栈乡山羊奶业合作社", one_year(56, 50, 6),
            ["建成3个羊奶集中收购点，原料奶全部检测后入厂。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "建成羊奶集中收购点", "≥", 3, "个"),
        (None, "质量指标", "入厂原料奶检测覆盖率", "=", pct(1), "%"),
        (None, None, "奶酪成品抽检合格率", "≥",
         mk(pct(1.02), "T106", "error", note="合格率上限100%，≥102%不可能"), "%"),
        (None, None, "原料奶体细胞超标率",
         mk("≥", "T108", "warning", row=True, note="超标率是反向指标，应为≤"), pct(0.05), "%"),
        (None, "时效指标", "收购点投入使用时间", "≤", day(YEAR, 8, 31), None),
        (None, "成本指标", "单个收购点建设成本", "≤", money(18, WAN), "万元/个"),
        ("效益指标", "经济效益指标", "社员户均羊奶销售收入增长率", "≥", pct(0.08), "%"),
        (None, "社会效益指标", "覆盖养羊户", "≥", 150, "户"),
        ("满意度指标", "服务对象满意度指标", "养羊户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bd03-tier-labels", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（45分）, （一）数量指标, 1.) and indicator scores (correct)")  # fmt: skip
def bd03() -> Book:
    b, s = book()
    project(s, "雾松镇奶酪熟化窖建设", "云岙县雾松镇高山羊奶酪合作社", one_year(78, 70, 8),
            ["新建2座奶酪熟化窖，培训制酪技术员，提高山羊奶酪成熟品质。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（45分）", "（一）数量指标", "1.新建奶酪熟化窖", "≥2座", 10),
        (None, None, "2.培训制酪技术员", "≥40人次", 10),
        (None, "（二）质量指标", "3.熟化窖温湿度达标率", "≥95%", 15),
        (None, "（三）时效指标", "4.熟化窖建成投用时间", "2025年9月30日前", 10),
        ("二、成本指标（15分）", "（一）经济成本指标", "5.熟化窖单座建设成本", "≤35万元", 10),
        (None, None, "6.技术员培训人均费用", "≤800元/人次", 5),
        ("三、效益指标（30分）", "（一）经济效益指标", "7.合作社奶酪销售收入增长率", "≥10%", 10),
        (None, "（二）社会效益指标", "8.带动入社牧户", "≥120户", 10),
        (None, "（三）可持续影响指标", "9.熟化窖设计使用年限", "≥15年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.入社牧户满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：一级指标分值与三级指标分值各自合计100分，不重复计算。")
    return b


@variant("bd04-wrong-parent", (5, 6, 13), "project, NAT-2021, numbered labels: a tier-2 under "
         "the wrong tier-1, a template tier-2 left empty, a value without a name")  # fmt: skip
def bd04() -> Book:
    b, s = book()
    project(s, "杉塘乡奶酪加工车间设备购置", "云岙县杉塘乡羊奶酪专业合作社", one_year(64, 64, 0),
            ["购置巴氏杀菌和压榨设备，奶酪日加工能力提高到1.2吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "1.数量指标", "购置巴氏杀菌设备", "≥2台"),
        (None, None, "购置奶酪压榨机", "≥3台"),
        (None, "2.质量指标", "设备验收合格率", "=100%"),
        ("二、成本指标", "1.经济成本指标", "设备购置成本", "≤64万元"),
        ("三、效益指标", "1.经济效益指标", "奶酪日加工能力", "≥1.2吨"),
        (None, mk("2.时效指标", "F105", "error", note="时效指标属于产出指标，不在效益指标之下"),
         "设备安装调试完成时间", "2025年7月31日前"),
        (None, "3.社会效益指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"),
         "≥80户"),
        (None, mk("4.生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("四、满意度指标", "1.服务对象满意度指标", "入社牧户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bd05-header-words", (7,), "project, OLD-NAT, headers 指标内容 and 绩效标准, 0起 on an "
         "incident count (correct)")  # fmt: skip
def bd05() -> Book:
    b, s = book()
    project(s, "高岭坝村山羊奶酪品质提升", "云岙县高岭坝村羊奶酪合作社", one_year(42, 35, 7),
            ["推行标准化制酪工艺，成品奶酪达到地方标准，实现质量安全零事故。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("产出指标", "数量指标", "制定制酪工艺规程", "≥1套", None),
        (None, None, "开展奶酪质量抽检", "≥24批次", "每月2批次"),
        (None, "质量指标", "成品奶酪霉变损耗率", "≤2%", None),
        (None, "时效指标", "工艺规程印发时间", "2025年5月31日前", None),
        (None, "成本指标", "每批次抽检费用", "≤1500元/批次", None),
        ("效益指标", "经济效益指标", "优质奶酪售价增长率", "≥6%", None),
        (None, "社会效益指标", "奶酪食品安全事故", "0起", "零事故目标"),
        (None, "可持续影响指标", "制酪工艺规程执行", "持续执行", None),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "说明：抽检费用按检测机构报价确定。")
    return b


@variant("bd06-second-sheet", (7,), "project: head on the first sheet, the table on a second "
         "sheet under 预期实现值; a rate as a count, a deadline as a percentage")  # fmt: skip
def bd06() -> Book:
    b, s = book("项目信息")
    project(s, "羊奶冷链收集线路建设", "云岙县羊角坪羊奶酪专业合作社", one_year(48, 40, 8),
            ["建成覆盖18个自然村的羊奶收集线路，挤奶厅改造后原料奶当日入厂。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "改造集中挤奶厅", "≥6个"),
        (None, None, "羊奶冷链收集覆盖率",
         mk("18个", "T105", "error", note="覆盖率给成了个数")),
        (None, "质量指标", "原料奶入厂检测合格率", "≥97%"),
        (None, "时效指标", "挤奶厅改造完工时间",
         mk("100%", "T113", "warning", note="期限类指标给成了百分比")),
        (None, "成本指标", "单个挤奶厅改造费用", "≤6万元"),
        ("效益指标", "经济效益指标", "原料奶收购损耗降低", "≥3百分点"),
        (None, "社会效益指标", "受益养羊户", "≥210户"),
        ("满意度指标", "服务对象满意度指标", "养羊户满意度", "≥90%"),
    ])  # fmt: skip
    return b
