"""One-year project tables: student aid, nutrition meals, teacher training, school repairs and
inclusive preschools, with percent cells, custom number formats with units and an operator
column; two projects stacked in one sheet (qx01–qx06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout248.common import (
    ONE,
    OPS,
    book,
    ge,
    ge_pct,
    indicators,
    note,
    one_year_money,
    shown,
    sign,
    wan,
)
from tests.variants.holdout248.registry import variant
from tests.variants.kit import Book, C, day, mk, pct


@variant("qx01-boarding-aid", (1, 12), "one-year project, NAT-2021, 指标解释 column: a 准确率 "
         "typed as 100%, 辍学人数 =0人, two aid standards within the money (correct)")  # fmt: skip
def qx01() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 18, 30))
    project_head(
        s, year=2026, name="家庭经济困难寄宿生生活补助", dept="桐岭县教育局（402）",
        unit="桐岭县学生资助管理中心", money=one_year_money(wan(365), wan(365), wan(0)),
        goals=["2026年为全县家庭经济困难寄宿生发放生活补助，小学每生每年1000元、初中每生每年"
               "1250元，做到应助尽助，不让一名学生因家庭经济困难失学辍学。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "资助小学寄宿生人数", "≥1800人", "按学期动态调整"),
        (None, None, "资助初中寄宿生人数", "≥1300人", None),
        (None, "质量指标", "资助对象认定准确率", pct(1), "建档立卡、低保等对象全覆盖"),
        (None, "时效指标", "补助资金发放时间", "2026年11月30日前", "分春秋两学期发放"),
        ("成本指标", "经济成本指标", "小学生均补助标准", "≤1000元/人·年", "按省定标准"),
        (None, None, "初中生均补助标准", "≤1250元/人·年", None),
        ("效益指标", "社会效益指标", "因家庭经济困难失学辍学学生人数", "=0人", None),
        (None, "可持续影响指标", "学生资助精准认定机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥92%", "抽样问卷调查"),
    ])  # fmt: skip
    sign(s, "梁书韵", "高启明", "0571-64280315")
    return b


@variant("qx02-meal-cost-over", (1, 12), "one-year project, NAT-2021: 总额 ≠ 财政拨款 + "
         "其他资金, a meal standard × pupils above the money, a 知晓率 typed ≥105% in a "
         "custom format")  # fmt: skip
def qx02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村义务教育学生营养改善计划", dept="石泉县教育局（315）",
        unit="石泉县学生营养办公室",
        money=one_year_money(mk(wan(760), "B101", "error", row=True,
                                note="700 + 40 = 740, not 760"), wan(700), wan(40)),
        goals=["2026年为全县农村义务教育阶段学生提供营养膳食补助，保障在校学生每个上课日吃上"
               "安全营养的午餐。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "受益学生人数", "≥8600人"),
        (None, None, "供餐学校数", "≥64所"),
        (None, "质量指标", "食品安全抽检合格率", "≥98%"),
        (None, "时效指标", "补助资金下达时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "膳食补助标准",
         mk("≤1000元/生·年", "B107", "warning", row=True,
            note="1000 元 × 8600 人 = 860 万元 > 760 万元")),
        ("效益指标", "社会效益指标", "学生营养健康知识知晓率",
         mk(C(1.05, '"≥"0%'), "T106", "error", note="shown ≥105%")),
        (None, "可持续影响指标", "学校食堂供餐管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦婉清", "覃振华", "0778-51862094")
    return b


@variant("qx03-training-op-column", (1, 12), "one-year project, NAT-2021, 比较符 and 计量单位 "
         "columns: a 合格率 typed as 95% beside ≥ and %, words 大于等于, a cost per 人次 within "
         "the money (correct)")  # fmt: skip
def qx03() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 12, 18, 14))
    project_head(
        s, year=2026, name="乡村教师能力提升培训项目", dept="云溪市教育局（118）",
        unit="云溪市教师发展中心", money=one_year_money(wan(186.4), wan(172.4), wan(14)),
        goals=["2026年组织乡村教师集中培训和送教下乡，完成培训2400人次，参训教师考核合格率"
               "达到95%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "培训乡村教师人次", "≥", 2400, "人次"),
        (None, None, "人均集中培训学时", "大于等于", 72, "学时"),
        (None, None, "送教下乡次数", "≥", 16, "次"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.95), "%"),
        (None, None, "参训教师出勤率", "≥", 95, "%"),
        (None, "时效指标", "培训任务完成时间", "≤", day(2026, 11, 30), None),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 720, "元/人次"),
        ("效益指标", "社会效益指标", "参训教师信息化教学应用率", "≥", 80, "%"),
        (None, "可持续影响指标", "乡村教师培训长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(s, "注：人均培训成本含食宿、授课及资料费。")
    sign(s, "许明哲", "蒋雨桐", "0595-22716638")
    return b


@variant("qx04-repair-dates", (1, 12), "one-year project, NAT-2021: 计划完成日期 before the "
         "start, a cost per 平方米 with ≥, a 学校数 typed as 100%")  # fmt: skip
def qx04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="中小学校舍维修改造项目", dept="青禾县教育局（209）",
        unit="青禾县教育基建管理站", attr="一次性项目",
        money=one_year_money(wan(1200), wan(1000), wan(200)),
        start=day(2026, 3, 1),
        end=mk(day(2026, 1, 15), "Y104", "error", note="ends before it starts on 2026-03-01"),
        goals=["2026年完成全县14所中小学校舍维修改造，消除校舍安全隐患，改善办学条件。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维修改造校舍面积", "≥14000平方米"),
        (None, None, "维修改造学校数量",
         mk(pct(1), "T120", "warning", note="a count of schools shown as 100%: ≥14所 meant")),
        (None, "质量指标", "工程竣工验收合格率", "100%"),
        (None, "时效指标", "工程完工时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单位面积维修改造成本",
         mk("≥850元/平方米", "T108", "warning", row=True, note="a cost cap: ≤ meant")),
        ("效益指标", "社会效益指标", "校舍安全隐患整改率", "≥95%"),
        (None, "可持续影响指标", "改造校舍使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邓宇航", "柯宁", "0734-75290186")
    return b


@variant("qx05-preschool-formats", (1, 12), "one-year project, NAT-2021 with points on the "
         "tier-1s and a 分值 column: values typed as numbers with custom formats (≥26所, ≥88%, "
         "≤600元/生·年); the standard × children equals the money (correct)")  # fmt: skip
def qx05() -> Book:
    b, s = book("绩效目标", (16, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="普惠性民办幼儿园奖补项目", dept="柳川区教育局（207）",
        unit="柳川区学前教育管理中心", money=one_year_money(wan(312), wan(312), wan(0)),
        goals=["2026年对认定的普惠性民办幼儿园按在园幼儿人数给予奖补，扩大普惠性学前教育资源，"
               "普惠性幼儿园覆盖率达到88%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标（50分）", "数量指标", "奖补普惠性民办幼儿园数", ge(26, "所"), 10),
        (None, None, "惠及在园幼儿数", ge(5200, "人"), 10),
        (None, "质量指标", "普惠性幼儿园覆盖率", ge_pct(0.88), 10),
        (None, None, "奖补幼儿园年检合格率", pct(1), 10),
        (None, "时效指标", "奖补资金拨付时间", "2026年9月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "生均奖补标准", shown(600, '"≤"0"元/生·年"'), 10),
        ("效益指标（30分）", "社会效益指标", "入园难入园贵问题", "有效缓解", 15),
        (None, "可持续影响指标", "普惠性幼儿园扶持机制", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "幼儿家长满意度", ge_pct(0.9), 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "房晓岚", "程一凡", "0827-36154097")
    return b


@variant("qx06-stacked-aid-meals", (1, 2, 12), "two one-year projects stacked in one sheet: "
         "the second's 年度资金 differs from its 总额, a 合格率 =95%")  # fmt: skip
def qx06() -> Book:
    b, s = book("项目绩效目标表")
    project_head(
        s, year=2026, name="普通高中国家助学金", dept="南岸市教育局（126）",
        unit="南岸市学生资助中心", money=one_year_money(wan(300), wan(300), wan(0)),
        goals=["2026年按每生每年2000元标准资助普通高中家庭经济困难学生。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "资助普通高中学生人数", "≥1450人"),
        (None, "质量指标", "资助对象精准率", pct(1)),
        (None, "时效指标", "助学金发放时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "国家助学金平均资助标准", "≤2000元/人·年"),
        ("效益指标", "社会效益指标", "因贫辍学学生人数", "=0人"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="学校食堂设备购置", dept="南岸市教育局（126）", title="",
        unit="南岸市教育装备中心", attr="一次性项目",
        money=[("资金总额", wan(210), "年度资金",
                mk(wan(180), "B109", "warning", alt=("B101",), note="one-year: 180 ≠ 210")),
               ("其中：财政拨款", wan(180), "其他资金", wan(0))],
        goals=["2026年为32所农村学校食堂购置冷藏、消毒和留样设备，改善食堂供餐条件。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "配备设备学校数", "≥32所"),
        (None, "质量指标", "设备验收合格率",
         mk("=95%", "T107", "warning", note="= on a 合格率: ≥95% meant")),
        (None, "时效指标", "设备安装调试完成时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "每校设备购置成本", "≤5.5万元/所"),
        ("效益指标", "社会效益指标", "食堂食品留样规范率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮嘉禾", "聂思远", "0769-22408517")
    return b
