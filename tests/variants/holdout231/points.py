"""Project tables with points at two levels or weights in unusual forms: points in the tier-1
label (``产出指标（50分）``) or in a column of their own beside the indicator scores, a total of
90 with 预算执行率 scored apart, a 合计 row, weights typed as Excel percentages (qg13–qg18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout231.common import book, note, one_year_money, sign, tiered
from tests.variants.holdout231.registry import variant
from tests.variants.kit import Book, mk, pct

T3 = ("一级指标", "二级指标", "三级指标")


@variant("qg13-legal-points-two-levels", (5, 10), "one-year project, NAT-2021, points in the "
         "tier labels and a 分值 column that add up to the same 100, a ≥2个百分点 "
         "(correct)")  # fmt: skip
def qg13() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="法治宣传教育项目", dept="柘川县司法局（061）",
        unit="柘川县普法依法治理办公室", money=one_year_money(260, 240),
        goals=["2026年开展“法律进乡村、进社区”讲座600场，发放普法资料5万份，公民法治素养"
               "达标率提高2个百分点以上。"],
    )  # fmt: skip
    tiered(s, (*T3, "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "法治讲座场次", "≥600场", 15),
        (None, None, "普法宣传资料发放份数", "≥5万份", 10),
        (None, "质量指标", "讲座课件合法性审核通过率", "≥95%", 10),
        (None, "时效指标", "年度普法计划完成时间", "2026年12月20日前", 15),
        ("成本指标（10分）", "经济成本指标", "单场法治讲座成本", "≤0.18万元/场", 10),
        ("效益指标（30分）", "社会效益指标", "公民法治素养达标率提高", "≥2个百分点", 15),
        (None, "可持续影响指标", "法治宣传教育常态化机制", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "听讲群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "江逸舟", "龚采薇", "0557-6640213")
    return b


@variant("qg14-skills-tier-score-column", (10, 11), "one-year project, NAT-2021, columns 一级指标·"
         "一级分值·二级·三级·指标值·指标分值: 产出 declared 50 but its indicators add up to 45, a "
         "人均培训成本 with ≥")  # fmt: skip
def qg14() -> Book:
    b, s = book("Sheet1", (14, 10, 16, 30, 16, 10))
    project_head(
        s, year=2026, name="职业技能提升培训项目", dept="岫川县人力资源和社会保障局（094）",
        unit="岫川县就业服务中心", money=one_year_money(320, 300),
        goals=["2026年开展职业技能培训2000人，取得职业资格或技能等级证书1400人，培训后就业率"
               "达到60%以上。"],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the same gap: the scores add up to 95")
    tiered(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", mk(50, "W103", "error", row=True, alt=("W101",),
                        note="the 产出 indicators add up to 45, not 50"),
         "数量指标", "职业技能培训人数", "≥2000人", 15),
        (None, None, None, "取得证书人数", "≥1400人", 10),
        (None, None, "质量指标", "培训后取证率", "≥70%", 10),
        (None, None, "时效指标", "培训补贴发放时限", "≤30个工作日", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本",
         mk("≥1500元/人", "T108", "warning", row=True, note="a cost per head is a cap: ≤"), 10),
        ("效益指标", 30, "社会效益指标", "培训后就业率", "≥60%", 15),
        (None, None, "可持续影响指标", "培训机构动态管理机制", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "包听澜", "祁文远", "0746-3359082")
    return b


@variant("qg15-sports-ninety-points", (5, 10), "one-year project, NAT-2021, points in the tier "
         "labels (45/10/25/10) and a 分值 column headed 满分90分, 预算执行率 scored apart "
         "(correct)")  # fmt: skip
def qg15() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 18, 14))
    project_head(
        s, year=2026, name="全民健身赛事活动项目", dept="蓼川县文化体育局（072）",
        unit="蓼川县全民健身服务中心", money=one_year_money(150, 135),
        goals=["2026年举办全民健身赛事活动40场以上，参与群众36000人次以上，经常参加体育锻炼"
               "人数比例达到42%。"],
    )  # fmt: skip
    tiered(s, (*T3, "指标值", "分值（满分90分）"), [
        ("产出指标(45分)", "数量指标", "全民健身赛事活动场次", "≥40场", 15),
        (None, None, "赛事活动参与人次", "≥36000人次", 10),
        (None, "质量指标", "健身路径器材完好率", "≥95%", 10),
        (None, "时效指标", "健身器材报修响应时间", "≤48小时", 10),
        ("成本指标(10分)", "经济成本指标", "单场赛事活动补助", "≤2.5万元/场", 10),
        ("效益指标(25分)", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%", 15),
        (None, "可持续影响指标", "全民健身志愿服务队伍", "稳定", 10),
        ("满意度指标(10分)", "服务对象满意度指标", "参赛群众满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：预算执行率（10分）由县财政局在绩效评价时另行计分，不列入本表，本表满分90分。", 5)
    sign(s, "甘若愚", "郝星澜", "0882-5530147")
    return b


@variant("qg16-air-total-row-95", (4, 10, 11), "one-year project, NAT-2021, columns 三级指标·"
         "指标方向·指标值·计量单位·权重 and a 合计 row of 100 over weights adding to 95, a 反向 "
         "PM2.5 浓度 with ≥")  # fmt: skip
def qg16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 10))
    project_head(
        s, year=2026, name="大气污染防治项目", dept="泠水县生态环境局（139）",
        unit="泠水县环境监察大队", money=one_year_money(760, 700),
        goals=["2026年完成45家重点企业挥发性有机物治理和3000户散煤清洁替代，PM2.5年均浓度控制"
               "在32微克/立方米以内，空气质量优良天数比率提高2个百分点。"],
    )  # fmt: skip
    tiered(s, (*T3, "指标方向", "指标值", "计量单位", "权重"), [
        ("产出指标", "数量指标", "重点企业挥发性有机物治理家数", "正向", "≥45", "家", 15),
        (None, None, "散煤清洁替代户数", "正向", "≥3000", "户", 10),
        (None, "质量指标", "治理设施验收达标率", "正向", "≥95", "%", 10),
        (None, "时效指标", "治理项目完成时间", "反向", "2026年10月31日前", None, 10),
        ("成本指标", "经济成本指标", "户均散煤替代补助", "反向", "≤1500", "元/户", 10),
        ("效益指标", "生态效益指标", "PM2.5年均浓度", "反向",
         mk("≥32", "T108", "warning", row=True, alt=("D104",), note="反向 declared: ≤32"),
         "微克/立方米", 15),
        (None, None, "空气质量优良天数比率提高", "正向", "≥2", "百分点", 10),
        ("满意度指标", "服务对象满意度指标", "群众对环境空气质量满意度", "正向", "≥88", "%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None,
          mk(100, "W101", "error", row=True, note="the weights above add up to 95"),
          merge=[(1, 6)])  # fmt: skip
    sign(s, "卓清源", "黎绾青", "0874-2261539")
    return b


@variant("qg17-seeds-percent-weights", (1, 5, 10), "one-year project, NAT-2021 in abbreviated tier "
         "labels, columns 三级指标·权重·指标值: weights typed as Excel percentages adding to 100%, "
         "a 合格率 pct(1) (correct)")  # fmt: skip
def qg17() -> Book:
    b, s = book("Sheet1", (10, 16, 30, 10, 18))
    project_head(
        s, year=2026, name="主要农作物良种推广项目", dept="荇塘县农业农村局（105）",
        unit="荇塘县种子管理站", money=one_year_money(300, 280),
        goals=["2026年推广主要农作物良种12万亩，补贴农户8600户，6月底前兑付补贴资金，项目区"
               "亩均增收80元以上。"],
    )  # fmt: skip
    tiered(s, (*T3, "权重", "指标值"), [
        ("产出", "数量", "良种推广面积", pct(0.15), "≥12万亩"),
        (None, None, "良种补贴农户数", pct(0.1), "≥8600户"),
        (None, "质量", "种子质量抽检合格率", pct(0.1), pct(1)),
        (None, "时效", "补贴资金兑付时间", pct(0.1), "2026年6月30日前"),
        ("成本", "经济成本", "每亩良种补贴标准", pct(0.1), "≤20元/亩"),
        ("效益", "经济效益", "项目区亩均增收", pct(0.15), "≥80元/亩"),
        (None, "可持续影响", "良种繁育推广体系", pct(0.1), "健全"),
        ("满意度", "服务对象满意度", "受益农户满意度", pct(0.2), "≥90%"),
    ])  # fmt: skip
    sign(s, "房晓岚", "蒲云深", "0936-4427185")
    return b


@variant("qg18-sanitation-cost-tier-105", (5, 10, 11), "one-year project, NAT-2021, numbered tier "
         "labels with points and a 分值 column: 成本 declared 10 but 15 below it, ≥ on a 清运时长, "
         "=95% on a 处理率")  # fmt: skip
def qg18() -> Book:
    b, s = book("Sheet1", (18, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="城区环境卫生作业项目", dept="渚溪县城市管理局（166）",
        unit="渚溪县环境卫生管理所", money=one_year_money(2400, 2300),
        goals=["2026年清运城区生活垃圾5.2万吨，机械化清扫道路420万平方米，生活垃圾无害化处理率"
               "达到95%以上，垃圾24小时内清运。"],
    )  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the same gap: the scores add up to 105")
    tiered(s, (*T3, "指标值", "分值"), [
        ("一、产出指标（50分）", "数量指标", "生活垃圾清运量", "≥52000吨", 15),
        (None, None, "道路机械化清扫面积", "≥420万平方米", 10),
        (None, "质量指标", "生活垃圾无害化处理率",
         mk("=95%", "T107", "warning", alt=("T108", "D104"), note="≥95% meant (the goal)"),
         15),
        (None, "时效指标", "生活垃圾清运平均时长",
         mk("≥24小时", "T108", "warning", row=True, alt=("D104",), note="a time cap: ≤24小时"),
         10),
        (mk("二、成本指标（10分）", "W103", "error", row=True, alt=("W101",),
            note="the 成本 indicators add up to 15, not 10"),
         "经济成本指标", "每吨垃圾清运成本", "≤95元/吨", 8),
        (None, None, "道路保洁单位面积成本", "≤3.6元/平方米", 7),
        ("三、效益指标（30分）", "社会效益指标", "城区环境卫生测评达标率", "≥90%", 15),
        (None, "可持续影响指标", "环卫作业市场化监管机制", "健全", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "市民对市容环境满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "舒望川", "焦映秋", "0718-6652074")
    return b
