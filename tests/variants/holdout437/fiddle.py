"""Returns of the horse-head fiddle (马头琴) half: percent cells, direction, stacked projects."""

from __future__ import annotations

from tests.variants.holdout437.common import PLAIN, book, head, indicators, signature, wan
from tests.variants.holdout437.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

OP_HEADER = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ye01-fiddle-percent", (1,), "project, OLD-NAT, operator and unit columns, typed percent "
         "cells, 万元 only in the number format (correct)")  # fmt: skip
def ye01() -> Book:
    b, s = book()
    head(
        s,
        "马头琴青少年普及班教学项目",
        wan(38, 35, 3),
        [
            "面向全县中小学生开设马头琴普及班，完成教学课时和结业考核，提升青少年对马头琴艺术的认知。"
        ],
    )
    indicators(s, OP_HEADER, [
        ("产出指标", "数量指标", "开设普及班班数", "≥", 12, "个"),
        (None, None, "参训学生人数", "≥", 360, "人"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "教学琴具损坏率", "≤", pct(0.05), "%"),
        (None, "时效指标", "普及班课程按计划完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每班教学课时补助", "≤", 2.5, "万元/班"),
        ("效益指标", "社会效益指标", "学员掌握基础曲目数", "≥", 3, "首"),
        (None, "可持续影响指标", "普及班学员升入提高班比例", "≥", pct(0.15), "%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    signature(s, "敖特根", "斯琴其木格", "0477-7261835")
    return b


@variant("ye02-fiddle-workshop-wrong", (1, 12), "project, OLD-NAT, operator column, a typed "
         "percent above 100 on a pass rate, a money total that is not its parts")  # fmt: skip
def ye02() -> Book:
    b, s = book()
    total = mk(money(60, WAN), "B101", "error", note="财政拨款 50 + 其他资金 8 = 58 ≠ 60")
    head(
        s,
        "马头琴制作与修缮工坊项目",
        wan(total, 50, 8),
        ["修缮学校及苏木文化站旧琴，新制教学用琴，培养本地制琴学徒。"],
    )
    indicators(s, OP_HEADER, [
        ("产出指标", "数量指标", "新制教学用马头琴", "≥", 40, "把"),
        (None, None, "修缮旧琴数量", "≥", 120, "把"),
        (None, "质量指标", "修缮马头琴验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105%: a pass rate cannot exceed 100%"), "%"),
        (None, "时效指标", "修缮任务按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每把新琴制作成本", "≤", 0.6, "万元/把"),
        ("效益指标", "社会效益指标", "受益学校及文化站数", "≥", 9, "个"),
        (None, "可持续影响指标", "培养本地制琴学徒", "≥", 4, "人"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "敖特根", "白音仓", "0477-7261835")
    return b


@variant("ye03-fiddle-direction-inline", (11,), "project, NAT-2021, operators inside the values: "
         "a 反向 rate with ≥, a cost with =, a 正向 count with ≤")  # fmt: skip
def ye03() -> Book:
    b, s = book()
    head(
        s,
        "马头琴惠民演出季项目",
        wan(40, 40, 0),
        ["组织学校马头琴乐团赴各苏木、嘎查开展惠民演出，扩大马头琴艺术的群众基础。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "惠民演出场次",
         mk("≤30场", "T108", "warning", row=True, note="正向 count capped with ≤"), None),
        (None, None, "观演群众人次", "≥9000人次", None),
        (None, "质量指标", "演出设备故障率",
         mk("≥2%", "T108", "warning", row=True, note="反向 rate with ≥"), None),
        (None, "时效指标", "演出计划按月完成率", "≥95%", None),
        ("成本指标", "经济成本指标", "单场演出成本",
         mk("=1.2万元/场", "T108", "warning", row=True, note="= on a cost cap (should be ≤)"),
         None),
        ("效益指标", "社会效益指标", "马头琴艺术群众知晓率", "≥80%", None),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%", None),
    ])  # fmt: skip
    signature(s, "敖特根", "乌日汗", "0477-7261835")
    return b


@variant("ye04-fiddle-direction-column", (11,), "project, OLD-NAT, 指标性质 as direction and "
         "指标方向 as operator, bare numbers, a 下降率 with ≥ and 0起 on incidents "
         "(correct)")  # fmt: skip
def ye04() -> Book:
    b, s = book(widths=(14, 14, 28, 10, 10, 10, 10))
    head(
        s,
        "马头琴师资培训项目",
        wan(24, 24, 0),
        ["轮训全县中小学音乐教师和苏木文化站辅导员，提高马头琴教学能力，降低学员中途流失。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "培训教师及辅导员人数", "正向", "≥", 80, "人"),
        (None, None, "集中培训课时", "正向", "≥", 96, "课时"),
        (None, "质量指标", "参训教师考核合格率", "正向", "≥", 90, "%"),
        (None, None, "教学安全责任事故", "反向", "≤", 0, "起"),
        (None, "时效指标", "培训按计划完成率", "正向", "≥", 95, "%"),
        (None, "成本指标", "人均培训费用", "反向", "≤", 0.3, "万元/人"),
        ("效益指标", "社会效益指标", "学员中途流失下降率", "正向", "≥", 10, "%"),
        (None, "可持续影响指标", "参训教师开设马头琴兴趣课比例", "正向", "≥", 60, "%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    signature(s, "敖特根", "斯琴其木格", "0477-7261835")
    return b


@variant("ye05-fiddle-stacked-labels", (2, 5), "two projects stacked in one sheet, OLD-NAT, "
         "numbered labels in the first and abbreviated ones in the second, one name with two "
         "values (correct)")  # fmt: skip
def ye05() -> Book:
    b, s = book()
    head(s, "马头琴乐团排练演出补助", wan(20, 18, 2),
         ["保障学校马头琴乐团常年排练，完成年度汇报演出。"],
         title="2025年度项目支出绩效目标申报表（马头琴类项目）")  # fmt: skip
    indicators(s, PLAIN, [
        ("一、产出指标", "（一）数量指标", "乐团集中排练次数", "≥40次", None),
        (None, None, "年度汇报演出场次", "≥2场", None),
        (None, "（二）质量指标", "乐团演出曲目达标率", "≥90%", None),
        (None, "（三）时效指标", "汇报演出按期完成率", "=100%", "达到上限"),
        (None, "（四）成本指标", "每次排练场地及交通补助", "≤0.4万元/次", None),
        ("二、效益指标", "（一）社会效益指标", "乐团新排马头琴曲目", "≥6首", None),
        ("三、满意度指标", "（一）服务对象满意度指标", "参与学员满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    head(
        s,
        "马头琴传承人带徒补助",
        wan(12, 12, 0),
        ["支持县级以上马头琴代表性传承人带徒授艺，形成稳定的传承梯队。"],
        title="",
    )
    indicators(s, PLAIN, [
        ("产出", "数量", "资助代表性传承人", "≥8人", None),
        (None, None, "带徒人数", "≥24人", None),
        (None, "质量", "学徒年度考核通过率", "≥85%", None),
        (None, "时效", "补助资金按季度拨付率", "=100%", None),
        (None, "成本", "带徒补助标准", "≤1.5万元/人", "按传承人计"),
        ("效益", "可持续影响", "学徒独立演奏传统曲目", "≥3首", None),
        ("满意度", "服务对象满意度", "参与学员满意度", "≥92%", "与上表同名，项目不同"),
    ])  # fmt: skip
    signature(s, "敖特根", "斯琴其木格", "0477-7261835")
    return b


@variant("ye06-fiddle-stacked-defects", (2,), "two projects stacked, OLD-NAT, one value column: a "
         "rate given as a count in the first, the second's total not its parts")  # fmt: skip
def ye06() -> Book:
    b, s = book()
    head(
        s,
        "马头琴经典曲目录制项目",
        wan(30, 30, 0),
        ["录制并整理马头琴传统曲目，建立学校教学音像资料。"],
    )
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "录制传统曲目", "≥20首", None),
        (None, "质量指标", "传统曲目录制完成率",
         mk("20首", "T105", "error", note="a 完成率 given as a count"), None),
        (None, "时效指标", "录制成果按期交付率", "≥95%", None),
        (None, "成本指标", "每首曲目录制费用", "≤1.2万元/首", None),
        ("效益指标", "社会效益指标", "录制资料进课堂使用学校数", "≥10个", None),
        ("满意度指标", "服务对象满意度指标", "任课教师满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    total = mk(money(25, WAN), "B101", "error", note="财政拨款 20 + 其他资金 3 = 23 ≠ 25")
    head(s, "马头琴展演交流项目", wan(total, 20, 3),
         ["组织师生参加盟市马头琴展演并接待外地院团交流。"], title="",
         start=day(2025, 3, 1), end=day(2025, 11, 30))  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "参加展演及交流活动", "≥5次", None),
        (None, "质量指标", "展演节目获奖率", "≥40%", None),
        (None, "时效指标", "交流活动按计划完成率", "≥95%", None),
        (None, "成本指标", "每次活动差旅及运输费用", "≤4万元/次", None),
        ("效益指标", "社会效益指标", "学校马头琴品牌影响力", "提升", None),
        ("满意度指标", "服务对象满意度指标", "参演师生满意度", "≥90%", None),
    ])  # fmt: skip
    signature(s, "敖特根", "乌日汗", "0477-7261835")
    return b
