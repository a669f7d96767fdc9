"""Returns about public-institution energy saving (公共机构节能) and office-building repairs
(办公用房维修): points at two levels, multi-year projects with 中期 and 年度 columns, tier labels
as offices write them, template rows left empty."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout281.common import (
    CITY,
    COUNTY,
    TIERS,
    YEAR,
    annual_money,
    first,
    indicators,
    notes,
    period_money,
)
from tests.variants.holdout281.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "se07-energy-points",
    (10, 5),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, （一）数量指标), "
    "an indicator score column adding to the same 100, a coverage rate raised in 百分点 (correct)",
)
def se07() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="公共机构节能改造与能耗监测",
        dept=CITY,
        unit="栖梧市公共机构节能管理中心",
        money=annual_money(460.00, 460.00, 0),
        goals=(
            "完成市级机关3.6万平方米建筑节能改造，新增能耗监测点位220个，单位建筑面积能耗"
            "较上年下降3%，能耗在线监测覆盖率提高5个百分点。",
        ),
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "新增能耗监测点位", "≥220个", 10),
        (None, None, "节能改造建筑面积", "≥3.6万平方米", 10),
        (None, "（二）质量指标", "改造项目验收合格率", "=100%", 10),
        (None, "（三）时效指标", "改造完工时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单位面积改造成本", "≤95元/平方米", 10),
        (None, None, "能耗监测系统运维费", "≤48万元", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "年节约能源费用", "≥52万元", 10),
        (None, "（二）生态效益指标", "单位建筑面积能耗下降率", "≥3%", 10),
        (None, "（三）可持续影响指标", "能耗在线监测覆盖率", "提高≥5百分点", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "入驻单位满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值均按满分100分计，二者口径一致。")
    return b


@variant(
    "se08-energy-points-wrong",
    (10,),
    "project, NAT-2021, a tier-1 score column and an indicator score column: two tiers whose "
    "indicator scores do not add up to the tier score (45 under 50, 35 under 30)",
)
def se08() -> Book:
    b, s = first(widths=(14, 10, 18, 30, 18, 10))
    project_head(
        s,
        year=YEAR,
        name="公共机构节能诊断与合同能源管理",
        dept=COUNTY,
        unit="望桐县公共机构节能办公室",
        money=annual_money(150.00, 150.00, 0),
        goals=("对40家县级公共机构开展节能诊断，推动签约合同能源管理项目3个以上。",),
    )
    out = mk(50, "W103", "error", note="15 + 15 + 10 + 5 = 45")
    eff = mk(30, "W103", "error", note="10 + 10 + 15 = 35")
    header = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, header, [
        ("产出指标", out, "数量指标", "合同能源管理项目签约数", "≥3个", 15),
        (None, None, None, "公共机构节能诊断单位数", "≥40家", 15),
        (None, None, "质量指标", "节能诊断报告通过率", "=100%", 10),
        (None, None, "时效指标", "节能诊断完成时间", "2025年10月31日前", 5),
        ("成本指标", 10, "经济成本指标", "单家单位节能诊断费用", "≤1.2万元", 10),
        ("效益指标", eff, "经济效益指标", "合同能源管理项目年节约能源费用", "≥45万元", 10),
        (None, None, "生态效益指标", "公共机构人均综合能耗下降率", "≥1.5%", 10),
        (None, None, "可持续影响指标", "节能目标责任考核覆盖率", "提高≥3百分点", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参与单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "se09-repair-multiyear",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period counts, "
    "rates and unit costs legitimately equal, distinct 中期目标 and 年度目标 (correct)",
)
def se09() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        years=2,
        name="市级机关办公用房维修改造（二期）",
        dept=CITY,
        unit="栖梧市机关房产服务中心",
        attr="新增项目",
        start=day(YEAR, 3, 1),
        end=day(YEAR + 1, 10, 31),
        money=period_money(1380.00, 720.00),
        goals=(
            "2025—2026年完成9栋市级机关办公楼屋面防水、外立面及给排水维修改造，消除安全隐患。",
            "2025年完成4栋办公楼维修改造，屋面防水修缮1.1万平方米，年底前完工验收。",
        ),
    )
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "维修改造办公楼栋数", "≥9栋", "≥4栋"),
        (None, None, "屋面防水修缮面积", "≥2.4万平方米", "≥1.1万平方米"),
        (None, "质量指标", "维修工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "维修任务完成时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "屋面防水单位造价", "≤160元/平方米", "≤160元/平方米"),
        ("效益指标", "社会效益指标", "办公用房安全隐患整改率", "≥98%", "≥98%"),
        (None, "可持续影响指标", "维修档案归档率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "se10-repair-multiyear-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, two "
    "cumulative counts copied from the 中期 column",
)
def se10() -> Book:
    b, s = first()
    goal = (
        "分三年对县委、县政府集中办公区12栋办公楼实施维修改造，更换老旧电梯8台，"
        "完成消防和供配电系统改造，保障办公区安全运行。"
    )
    project_head(
        s,
        year=YEAR,
        years=3,
        name="党政机关集中办公区维修改造",
        dept=COUNTY,
        unit="望桐县机关房产管理所",
        attr="新增项目",
        money=period_money(2100.00, 760.00),
        goals=(goal, mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")),
    )
    copied = "a cumulative count of a three-year project copied into the 年度 column"
    header = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "维修改造办公楼栋数", "≥12栋",
         mk("≥12栋", "D202", "warning", note=copied)),
        (None, None, "更换老旧电梯台数", "≥8台", mk("≥8台", "D202", "warning", note=copied)),
        (None, None, "供配电系统改造回路数", "≥60个", "≥20个"),
        (None, "质量指标", "维修工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "维修改造完成时间", "2027年11月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单台电梯更换成本", "≤38万元/台", "≤38万元/台"),
        ("效益指标", "社会效益指标", "办公区安全隐患整改率", "≥98%", "≥98%"),
        (None, "可持续影响指标", "改造设施设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "入驻单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "se11-energy-labels",
    (5, 7),
    "project, OLD-NAT, two-row header (绩效指标 / 预期目标 over 一级指标 · 二级指标 · 指标内容 · "
    "指标性质 · 绩效标准 · 计量单位), labels marked * and abbreviated, a ★ core indicator, "
    "operators in words (correct)",
)
def se11() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="机关办公区节水节电改造",
        dept=CITY,
        unit="栖梧市公共机构节能管理中心",
        money=annual_money(68.00, 68.00, 0),
        goals=("更换节水器具1200套、LED节能灯具3500盏，办公区年节水1.5万吨、年节电42万千瓦时。",),
    )
    s.row("绩效指标", None, None, "预期目标", None, None, merge=[(1, 3), (4, 6)])
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位"), [
        ("*产出", "数量", "★节水器具更换数量", "大于等于", 1200, "套"),
        (None, None, "LED节能灯具替换数量", "大于等于", 3500, "盏"),
        (None, "质量", "改造设备验收合格率", "等于", 100, "%"),
        (None, "时效", "改造工期", "小于等于", 120, "天"),
        (None, "成本", "节水器具采购单价", "小于等于", 260, "元/套"),
        (None, None, "LED节能灯具采购单价", "小于等于", 85, "元/盏"),
        ("*效益", "社会效益", "节约型机关示范带动作用", None, "显著", None),
        (None, "生态效益", "办公区年节水量", "大于等于", 1.5, "万吨"),
        (None, None, "办公区年节电量", "大于等于", 42, "万千瓦时"),
        ("*满意度", "服务对象满意度", "办公区干部职工满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：带*的一级指标为必填项，带★的指标为核心指标，不得删除。")
    return b


@variant(
    "se12-repair-wrong-parent",
    (5, 6),
    "project, NAT-2021, numbered labels (一、产出指标, 1.数量指标): 质量指标 under 成本指标, a "
    "生态效益指标 row left from the template without indicator or value",
)
def se12() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="政务服务中心办公用房维修",
        dept=CITY,
        unit="栖梧市政务服务中心",
        attr="一次性项目",
        money=annual_money(235.00, 235.00, 0),
        goals=("完成政务服务中心6800平方米办公用房及门窗维修，10月底前完工，消除安全隐患。",),
    )
    parent = mk("2.质量指标", "F105", "error", note="质量指标 belongs under 产出指标")
    left = mk("3.生态效益指标", "F109", "warning", row=True, note="template row, nothing filled")
    indicators(s, TIERS, [
        ("一、产出指标", "1.数量指标", "维修办公用房面积", "≥6800平方米"),
        (None, None, "更换门窗数量", "≥320樘"),
        (None, "2.时效指标", "维修工程完工时间", "2025年10月31日前"),
        ("二、成本指标", "1.经济成本指标", "单位面积维修成本", "≤300元/平方米"),
        (None, parent, "维修工程质量验收合格率", "=100%"),
        ("三、效益指标", "1.社会效益指标", "办公用房安全隐患消除率", "=100%"),
        (None, "2.可持续影响指标", "维修工程保修期", "≥2年"),
        (None, left, None, None),
        ("四、满意度指标", "1.服务对象满意度指标", "入驻单位满意度", "≥90%"),
    ])  # fmt: skip
    return b
