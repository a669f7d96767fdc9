"""学生资助 and 营养改善计划: one-year projects with per-student standards, 测算依据 lines and
operator or explanation columns (ph01, ph02, ph03, ph04, ph05)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout206.common import (
    ONE,
    book,
    detail,
    indicators,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout206.registry import variant
from tests.variants.kit import Book, mk, money, pct


@variant("ph01-meal-formula-lines", (10, 12), "one-year project, NAT-2021, inline operators, a "
         "测算依据 block above the table (3000人×5元/人·天×200天 = 300万元 and "
         "40所×5000元/所 = 20万元, 合计 320 = 年度资金总额); 食品安全事故 0起, a 检出率 down "
         "≥2百分点 (correct)")  # fmt: skip
def ph01() -> Book:
    b, s = book("Sheet1", (10, 18, 30, 16, 16, 18))
    project_head(
        s, year=2026, name="农村义务教育学生营养改善计划项目", dept="临溪县教育局（301）",
        unit="临溪县学生营养办公室",
        money=one_year_money(wan(320), wan(300), wan(20)),
        goals=["为全县40所农村义务教育学校3000名学生提供营养膳食补助，全年供餐200天，"
               "学生营养状况持续改善，食品安全事故零发生。"],
    )  # fmt: skip
    detail(s, [
        ("学生营养膳食补助", "3000人×5元/人·天×200天", 300, "按在校天数测算"),
        ("食堂食品安全检测及从业人员体检", "40所×5000元/所", 20, "县级配套"),
    ], 320)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "受益学生人数", "≥3000人"),
        (None, None, "实施营养改善计划学校数", "≥40所"),
        (None, None, "年供餐天数", "≥200天"),
        (None, "质量指标", "食堂食品安全抽检合格率", "≥98%"),
        (None, "时效指标", "膳食补助资金拨付到校时限", "≤30日"),
        ("成本指标", "经济成本指标", "营养膳食补助标准", "≤5元/生·天"),
        ("效益指标", "社会效益指标", "学生营养不良检出率下降幅度", "≥2百分点"),
        (None, None, "学生食品安全事故发生起数", "0起"),
        (None, "可持续影响指标", "营养改善计划长效管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈思远", "罗慧敏", "0596-32218870")
    return b


@variant("ph02-preschool-aid-explained", (12,), "one-year project, NAT-2021, inline operators "
         "with 指标解释 and 指标值设定依据 columns; 资助标准 1000元/生·年 × 1200人 = the "
         "120万元 exactly, a 认定准确率 =100%, a 覆盖率 100% percent cell, a 流失率 ≤1% "
         "(correct)")  # fmt: skip
def ph02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26, 14))
    project_head(
        s, year=2026, name="学前教育家庭经济困难幼儿资助项目",
        dept="白沙河区教育局（208）", unit="白沙河区学生资助管理中心",
        money=one_year_money(wan(120), wan(120), wan(0)),
        goals=["对全区1200名家庭经济困难幼儿按每生每年1000元标准给予资助，"
               "2026年12月10日前完成资金发放，实现应助尽助。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释", "指标值设定依据"), [
        ("产出指标", "数量指标", "资助家庭经济困难幼儿人数", "≥1200人", "按学年受助名单统计",
         "计划标准"),
        (None, "质量指标", "资助对象认定准确率", "=100%", "认定无错评漏评", "行业标准"),
        (None, "时效指标", "资助资金发放完成时间", "2026年12月10日前", "资金发放到幼儿园",
         "计划标准"),
        ("成本指标", "经济成本指标", "幼儿资助标准", "≤1000元/生·年", "每生每年",
         "其他标准"),
        ("效益指标", "社会效益指标", "家庭经济困难幼儿资助覆盖率", pct(1), "应助尽助",
         "计划标准"),
        (None, None, "受助幼儿流失率", "≤1%", "中途离园幼儿占比", "历史标准"),
        (None, "可持续影响指标", "学前教育资助工作机制", "健全", "制度完备并执行", None),
        ("满意度指标", "服务对象满意度指标", "受助幼儿家长满意度", "≥90%", "抽样问卷",
         "行业标准"),
    ])  # fmt: skip
    return b


@variant("ph03-meal-formula-off", (12,), "one-year project, NAT-2021, inline operators, the "
         "测算依据 block below the table: 2600人×5元/人·天×200天 = 260万元 written 280 (the "
         "合计 300 adds up); the 年度目标 says 供餐200天, the indicator ≥180天")  # fmt: skip
def ph03() -> Book:
    b, s = book("Sheet1", (10, 18, 30, 16, 16, 18))
    project_head(
        s, year=2026, name="学生营养改善计划膳食补助项目", dept="白沙河区教育局（208）",
        unit="白沙河区教育后勤服务中心",
        money=one_year_money(wan(300), wan(270), wan(30)),
        goals=["为全区20所农村学校2600名学生提供营养膳食补助，全年供餐200天，"
               "改善学生营养健康状况。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "受益学生人数", "≥2600人"),
        (None, None, "年供餐天数",
         mk("≥180天", "D104", "warning", row=True, note="the 年度目标 and 测算依据 say 200天")),
        (None, "质量指标", "供餐食品安全抽检合格率", "≥98%"),
        (None, "时效指标", "膳食补助资金拨付完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "营养膳食补助标准", "≤5元/生·天"),
        ("效益指标", "社会效益指标", "学生体质健康达标率", "≥90%"),
        (None, "可持续影响指标", "学校食堂规范化管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    detail(s, [
        ("学生营养膳食补助", "2600人×5元/人·天×200天",
         mk(money(280), "B102", "error", row=True, alt=("B101", "B107"),
            note="2600 × 5元 × 200天 = 260万元, not 280"), "区级统筹"),
        ("学校食堂设备购置补助", "20所×1万元/所", 20, None),
    ], 300, title="附：资金测算依据（万元）")  # fmt: skip
    return b


@variant("ph04-grant-coverage-dropout", (1, 11, 12), "one-year project, NAT-2021, operator and "
         "unit columns: a 资助覆盖率 ≥105, a 辍学率 with ≥, 资助标准 2000元/生·年 × 1800人 = "
         "360万元 above the 300万元")  # fmt: skip
def ph04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 12, 14))
    project_head(
        s, year=2026, name="普通高中国家助学金项目", dept="青岚市教育局（115）",
        unit="青岚市学生资助管理中心",
        money=one_year_money(wan(300), wan(300), wan(0)),
        goals=["资助普通高中家庭经济困难学生1800人，按每生每年2000元标准发放国家助学金，"
               "做到应助尽助，受助学生辍学率控制在1%以内。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "资助普通高中家庭经济困难学生人数", "≥",
         mk(1800, "B107", "warning", row=True, required=False,
            note="the count half of the standard × 人数 product"), "人"),
        (None, "质量指标", "家庭经济困难学生资助覆盖率", "≥",
         mk(105, "T106", "error", note="a 覆盖率 cannot pass 100%"), "%"),
        (None, "时效指标", "资助资金发放及时率", "≥", 95, "%"),
        ("成本指标", "经济成本指标", "国家助学金资助标准", "≤",
         mk(2000, "B107", "warning", row=True,
            note="1800人 × 2000元 = 360万元 > 年度资金总额 300万元"), "元/生·年"),
        ("效益指标", "社会效益指标", "受助学生辍学率",
         mk(mk("≥", "T108", "warning", row=True, note="a 辍学率 is 反向: ≤ meant"),
            "D104", "warning", row=True, required=False, note="the goal's 1%以内"), 1, "%"),
        (None, "可持续影响指标", "学生资助长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("ph05-boarding-percent-cells", (1,), "one-year project, NAT-2021, operator and unit "
         "columns, rates as percent cells (one 0.0%), 万元 in the number format; two standards "
         "× two counts inside the 138万元 (correct)")  # fmt: skip
def ph05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 12, 14))
    project_head(
        s, year=2026, name="义务教育家庭经济困难寄宿生生活补助项目",
        dept="临溪县教育局（301）", unit="临溪县学生资助管理中心",
        money=one_year_money(wan(138), wan(110), wan(28)),
        goals=["为全县800名小学寄宿生和600名初中寄宿生发放生活补助，"
               "补助资金发放及时率达到98.5%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "补助小学寄宿生人数", "≥", 800, "人"),
        (None, None, "补助初中寄宿生人数", "≥", 600, "人"),
        (None, "质量指标", "补助对象识别准确率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金发放及时率", "≥", pct(0.985, "0.0%"), "%"),
        ("成本指标", "经济成本指标", "小学寄宿生生活补助标准", "≤", 900, "元/生·年"),
        (None, None, "初中寄宿生生活补助标准", "≤", 1100, "元/生·年"),
        ("效益指标", "社会效益指标", "受助寄宿生巩固率", "≥", pct(0.99), "%"),
        (None, "可持续影响指标", "寄宿生补助动态管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受助学生家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "王静怡", "刘建国", "0596-32219015")
    return b
