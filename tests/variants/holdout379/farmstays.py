"""Farm stays (农家乐): kitchens, signs and sewage of family-run inns, vy01–vy06."""

from __future__ import annotations

from tests.variants.holdout379.common import TIERS, YEAR, indicators, project, sign, start, wan
from tests.variants.holdout379.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("vy01-farmstay-kitchens", (1, 11),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 投诉率 with ≤ and 0 incidents (correct)")  # fmt: skip
def farmstay_kitchens() -> Book:
    b, s = start()
    project(s, name="茶垄镇农家乐厨房与餐饮卫生提升项目", unit="鹭坪县茶垄镇人民政府", total=60,
            fiscal=50, other=10,
            goal="完成40户农家乐厨房改造，餐饮卫生全部达标，游客满意度不低于90%。")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "厨房改造农家乐户数", "≥", 40, "户"),
        (None, None, "从业人员食品安全培训人次", "≥", 120, "人次"),
        (None, "质量指标", "改造厨房验收合格率", "=", pct(1), "%"),
        (None, None, "从业人员健康证持证率", "≥", pct(0.98), "%"),
        (None, "时效指标", "改造完成时间", "≤", day(YEAR, 10, 31), "日期"),
        (None, "成本指标", "单户厨房改造补助标准", "≤", 1.5, "万元/户"),
        ("效益指标", "社会效益指标", "食品安全事故发生起数", "≤", 0, "起"),
        (None, None, "游客餐饮投诉率", "≤", pct(0.02), "%"),
        (None, "经济效益指标", "改造户餐饮收入增长率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "厨房卫生日常巡查机制", "=", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
        (None, None, "改造户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "邬静怡", "0591-7346208")
    return b


@variant("vy02-farmstay-direction", (11,),
         "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a subsidy "
         "cap with =, a 正向 count with ≤")  # fmt: skip
def farmstay_direction() -> Book:
    b, s = start()
    project(s, name="石坞乡农家乐油烟与污水治理项目", unit="鹭坪县石坞乡人民政府", total=48,
            fiscal=40, other=8,
            goal="完成农家乐油烟净化和污水预处理设施改造，减少周边投诉。")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "油烟净化设备安装户数", mk("≤30户", "T108", "warning", row=True,
                                                          note="正向数量写成上限")),
        (None, None, "污水隔油池新建数量", "≥30个"),
        (None, "质量指标", "设施运行达标率", "≥95%"),
        (None, "时效指标", "设施安装完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单户治理补助标准", mk(
            "=1.6万元/户", "T108", "warning", row=True, note="补助上限写成“=”")),
        ("效益指标", "生态效益指标", "农家乐油烟扰民投诉率", mk("≥3%", "T108", "warning", row=True,
                                                            note="反向比率写成下限")),
        (None, "社会效益指标", "周边村民环境改善知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vy03-farmstay-stacked", (2,),
         "two farm-stay projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values in each (correct)")  # fmt: skip
def farmstay_stacked() -> Book:
    b, s = start("农家乐项目")
    project(s, name="樟埠村农家乐标识导视统一制作项目", unit="鹭坪县樟埠村村民委员会", total=18,
            fiscal=15, other=3,
            goal="为全村农家乐统一制作店招和导视牌，方便游客找店。")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "提升农家乐户数", "≥24户"),
        (None, "质量指标", "标识安装验收合格率", "100%"),
        (None, "时效指标", "制作安装完成时间", "2025年6月30日前"),
        (None, "成本指标", "单户标识制作费用", "≤0.75万元/户"),
        ("效益指标", "社会效益指标", "游客找店问询量下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, name="樟埠村农家乐线上预订平台接入项目", unit="鹭坪县樟埠村村民委员会", total=12,
            fiscal=12, other=0,
            goal="帮助农家乐接入县级乡村旅游预订平台，提高线上客源占比。",
            title="")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "提升农家乐户数", "≥30户"),
        (None, "质量指标", "平台信息审核通过率", "≥95%"),
        (None, "时效指标", "接入完成时间", "2025年8月31日前"),
        (None, "成本指标", "单户接入培训及上架费用", "≤0.4万元/户"),
        ("效益指标", "经济效益指标", "线上订单占比提高", "≥10百分点"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("vy04-farmstay-stacked-wrong", (2, 12),
         "two farm-stay projects stacked, OLD-NAT, one value column: the second project's total "
         "does not add up and a 达标率 is given as a count")  # fmt: skip
def farmstay_stacked_wrong() -> Book:
    b, s = start("农家乐项目")
    project(s, name="竹湾乡农家乐庭院美化项目", unit="鹭坪县竹湾乡人民政府", total=25, fiscal=20,
            other=5, goal="美化农家乐庭院，打造整洁有特色的乡村接待环境。")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "庭院美化农家乐户数", "≥20户"),
        (None, "质量指标", "庭院美化验收合格率", "100%"),
        (None, "时效指标", "美化完成时间", "2025年5月31日前"),
        (None, "成本指标", "单户庭院美化补助", "≤1.25万元/户"),
        ("效益指标", "社会效益指标", "村容村貌游客好评率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(96), "B101", "error", row=True, note="财政拨款 80 + 其他资金 20 = 100，不是 96")
    project(s, name="竹湾乡农家乐消防安全改造项目", unit="鹭坪县竹湾乡人民政府", total=total,
            fiscal=80, other=20,
            goal="为农家乐配齐消防设施并完成电气线路改造。",
            title="")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "消防改造农家乐户数", "≥40户"),
        (None, "质量指标", "消防设施配置达标率", mk("40户", "T105", "error",
                                                     note="达标率写成户数")),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "单户消防改造补助", "≤2.4万元/户"),
        ("效益指标", "社会效益指标", "农家乐火灾事故发生起数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vy05-farmstay-notes", (4,),
         "project, OLD-NAT, one value column; a 注 row inside the table, a subtotal-style "
         "footnote, 填表说明, signature and date lines below (correct)")  # fmt: skip
def farmstay_notes() -> Book:
    b, s = start()
    project(s, name="鹭坪县农家乐星级评定与经营培训项目", unit="鹭坪县乡村旅游发展中心", total=36,
            fiscal=36, other=0,
            goal="开展农家乐星级评定和经营者培训，提升服务规范化水平。")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "参加星级评定农家乐户数", "≥90户"),
        (None, None, "经营者培训人次", "≥300人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "星级评定结果公布时间", "2025年12月20日前"),
        (None, "成本指标", "人均培训费用", "≤600元/人次"),
    ])  # fmt: skip
    s.row("注：培训人次按签到表统计，同一经营者参加多期按多人次计。", merge=[(1, 4)])
    s.table([
        ("效益指标", "社会效益指标", "三星级以上农家乐新增户数", "≥15户"),
        (None, "可持续影响指标", "农家乐星级动态复核制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训经营者满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("说明：项目资金36万元中，培训费18万元（300人次×600元），星级评定专家及材料费18万元。")
    s.row("填表说明：指标值须为可考核的数值或等级，比较符统一使用“≥”“≤”。")
    sign(s, "滕雅琴", "0591-7352916")
    return b


@variant("vy06-farmstay-artefacts", (9, 12),
         "project, OLD-NAT, one value column, detail lines below the table: a number split by a "
         "space, an amount pasted twice, the plan end date as a serial in a text cell")  # fmt: skip
def farmstay_artefacts() -> Book:
    b, s = start()
    end = mk("46022", "X104", "warning", note="日期序列号存成文本（2025-12-31）")
    project(s, name="鹭坪县农家乐污水处理终端接入项目", unit="鹭坪县乡村旅游发展中心", total=150,
            fiscal=120, other=30,
            goal="将沿溪农家乐污水接入村级处理终端，实现达标排放。",
            end=end)  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "接入污水终端农家乐户数", "≥60户"),
        (None, "质量指标", "出水水质达标率", "≥95%"),
        (None, "时效指标", "接入工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "单户接入管网费用", "≤2.5万元/户"),
        ("效益指标", "生态效益指标", "沿溪污水直排点减少数量", "≥12处"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "入户管网及检查井", None, mk("45.237 5", "X105", "warning", alt=("X103",),
          note="数字被空格断开，应读作 45.2375"), merge=[(2, 3)])  # fmt: skip
    s.row(None, "隔油沉渣预处理池", None, mk("60万60万", "X106", "error", alt=("B108",),
          note="金额粘贴两次，应读作 60"), merge=[(2, 3)])  # fmt: skip
    s.row(None, "终端扩容及调试", None, wan(44.7625), merge=[(2, 3)])
    s.row(None, "合计", None, wan(150), merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    sign(s, "邬静怡", "0591-7346208", day(YEAR - 1, 12, 3, CN_DATE))
    return b
