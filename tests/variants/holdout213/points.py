"""乡镇 and 街道 project tables with points: a tier-1 points column, points in the tier labels,
weights adding to 90 with 预算执行率 scored apart, a direction column beside an operator column
(po13, po16, po17, po18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout213.common import (
    POINTS,
    book,
    indicators,
    notes,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout213.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("po13-town-tier-points-missed", (10,), "乡镇 安全生产 project, NAT-2021, tier-1 points "
         "column and indicator points: the 产出指标's 50 points are met by indicators adding to "
         "45; 较大事故 =0起 stays correct")  # fmt: skip
def po13() -> Book:

    b, s = book("绩效目标", (14, 12, 16, 28, 18, 12))
    project_head(
        s, year=2026, name="安全生产网格化监管项目", dept="白沙河区澄湾镇人民政府（642）",
        unit="白沙河区澄湾镇安全生产监督管理所",
        money=one_year_money(wan(65), wan(65), wan(0)),
        goals=["全年检查生产经营单位500家次，安全隐患整改全部销号，组织安全培训1200人次，"
               "杜绝较大以上生产安全事故。"],
    )  # fmt: skip
    tier = mk(50, "W103", "error", note="15 + 10 + 10 + 10 = 45 under 产出指标 (50分)")
    indicators(s, POINTS, [
        ("产出指标", tier, "数量指标", "检查生产经营单位家次", "≥500家次", 10),
        (None, None, None, "组织安全生产培训人次", "≥1200人次", 10),
        (None, None, "质量指标", "安全隐患整改销号率", pct(1), 15),
        (None, None, "时效指标", "隐患整改反馈时限", "≤7个工作日", 10),
        ("成本指标", 10, "经济成本指标", "单家次检查成本", "≤600元/家次", 10),
        ("效益指标", 30, "社会效益指标", "较大以上生产安全事故起数", "=0起", 15),
        (None, None, None, "生产经营单位安全培训覆盖率", "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "生产经营单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points add to 95")
    return b


@variant("po16-project-points-in-labels", (10,), "乡镇 城乡建设 project, NAT-2021, points in the "
         "tier-1 labels (产出指标（50分）) and an indicator 分值 column adding to them, a 运行率 "
         "change of ≥3百分点, 运维费 × 座数 = the money (correct)")  # fmt: skip
def po16() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 16, 10, 10))
    project_head(
        s, year=2026, name="农村生活污水治理设施运维项目", dept="临溪县石门镇人民政府（318）",
        unit="临溪县石门镇村镇建设服务中心",
        money=one_year_money(wan(88), wan(80), wan(8)),
        goals=["运维农村生活污水处理设施22座，设施正常运行率较上年提高3个百分点，出水水质达标率"
               "90%以上，群众满意度90%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "运维污水处理设施数", "≥22座", 15),
        (None, None, "管网巡检里程", "≥60公里", 10),
        (None, "质量指标", "出水水质达标率", "≥90%", 15),
        (None, "时效指标", "设施故障修复时间", "≤48小时", 10),
        ("成本指标（10分）", "经济成本指标", "单座设施年度运维费用", "≤4万元/座", 10),
        ("效益指标（30分）", "生态效益指标", "设施正常运行率较上年提高", "≥3百分点", 15),
        (None, "可持续影响指标", "设施运维长效管护机制", "健全", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "莫家俊", "贺春燕", (2025, 11, 28))
    return b


@variant("po17-project-weights-ninety", (10, 4), "街道 城乡建设 project, NAT-2021, a weight "
         "column adding to 90 as its header and a note state (预算执行率 10分 scored apart), "
         "改造费 × 条数 = the money (correct)")  # fmt: skip
def po17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 14, 10))
    project_head(
        s, year=2026, name="背街小巷微改造项目", dept="青岚市河埠街道办事处（615）",
        unit="青岚市河埠街道城市管理办公室",
        money=one_year_money(wan(150), wan(130), wan(20)),
        goals=["完成12条背街小巷路面及立面微改造，新增停车泊位80个，改造工程验收合格率100%，"
               "2026年11月30日前完工。"],
    )  # fmt: skip
    indicators(s, (*("一级指标", "二级指标", "三级指标", "指标值"), "权重（合计90分）"), [
        ("产出指标", "数量指标", "改造背街小巷数", "≥12条", 15),
        (None, None, "新增停车泊位数", "≥80个", 10),
        (None, "质量指标", "改造工程验收合格率", pct(1), 10),
        (None, "时效指标", "改造工程完工时间", "2026年11月30日前", 5),
        ("成本指标", "经济成本指标", "单条小巷改造费用", "≤12.5万元/条", 10),
        ("效益指标", "社会效益指标", "小巷环境投诉量下降率", "≥20%", 15),
        (None, "可持续影响指标", "小巷长效保洁管护机制", "建立并执行", 15),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 90)
    notes(s, ["注：预算执行率（10分）按规定另行评价，不列入本表，本表权重合计90分。"])
    return b


@variant("po18-project-direction-notes", (4, 11), "乡镇 综治 project, NAT-2021, 指标性质 as "
         "direction (正向/反向/定性) beside an operator column, an instruction row under the "
         "header, a footnote and a signature; 反向 rates with ≤, 衔接率 =100 "
         "(correct)")  # fmt: skip
def po18() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 10, 8, 10, 12))
    project_head(
        s, year=2026, name="社区矫正及安置帮教项目", dept="青岚市望湖镇人民政府（529）",
        unit="青岚市望湖镇司法所",
        money=one_year_money(wan(26), wan(26), wan(0)),
        goals=["对辖区45名社区矫正对象开展监督管理和教育帮扶，组织集中教育12次，社区矫正对象"
               "再犯罪率控制在0.5%以下，刑满释放人员衔接率100%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    s.row("（指标性质填写正向、反向或定性；比较符填写≥、≤或=，定性指标不填）",
          merge=[(1, 7)])  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "在册社区矫正对象监管人数", "正向", "≥", 45, "人"),
        (None, None, "组织集中教育次数", "正向", "≥", 12, "次"),
        (None, "质量指标", "刑满释放人员衔接率", "正向", "=", 100, "%"),
        (None, "时效指标", "矫正对象报到建档时限", "反向", "≤", 3, "个工作日"),
        ("成本指标", "经济成本指标", "人均年度监管帮扶成本", "反向", "≤", 5000, "元/人"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "反向", "≤", 0.5, "%"),
        (None, None, "矫正对象就业安置率", "正向", "≥", 80, "%"),
        (None, "可持续影响指标", "安置帮教部门联动机制", "定性", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "矫正对象家属满意度", "正向", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：再犯罪率 = 当年重新犯罪的矫正对象人数 ÷ 在册矫正对象人数。"], width=7)
    sign(s, "钟明远", "庞丽华", (2025, 11, 19))
    return b
