"""Fishery resource releases (增殖放流): kgt07–kgt12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout868.common import (
    book,
    budget,
    funds,
    indicators,
    note,
    signature,
    wan,
)
from tests.variants.holdout868.registry import variant
from tests.variants.kit import Book, day, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kgt07-bay-release-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts beside "
         "smaller year counts, rates equal in both, a later year the work prepares for "
         "(correct)")  # fmt: skip
def bay_release_three_years() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="象屿湾近岸海域增殖放流", attr="新增项目",
                 dept="蓝汐市海洋与渔业局 402", unit="蓝汐市水产技术推广站",
                 money=funds((1350, 1200, 150), (450, 400, 50), period="中期资金总额"),
                 goals=["2025—2027年在象屿湾、鳌礁等海域累计放流大黄鱼、黑鲷等苗种1.2亿尾，"
                        "为2028年建设海洋牧场积累资源本底数据。",
                        "2025年放流苗种4000万尾（其中大黄鱼1500万尾），放流苗种检验检疫合格率"
                        "100%。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "放流苗种数量", "≥12000万尾", "≥4000万尾"),
        (None, None, "其中：大黄鱼放流数量", "≥4500万尾", "≥1500万尾"),
        (None, "质量指标", "放流苗种检验检疫合格率", "=100%", "=100%"),
        (None, "时效指标", "年度放流完成时间", "每年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "苗种采购单价", "≤0.1元/尾", "≤0.1元/尾"),
        ("效益指标", "经济效益指标", "放流品种在近岸渔获物中的占比", "提高≥3百分点",
         "提高≥1百分点"),
        (None, "生态效益指标", "放流海域渔业资源密度增长率", "≥8%", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "沿海渔民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "许澜", "0596-3381526", day(2024, 11, 15))
    return b


@variant("kgt08-seabream-copied-goals", (8, 12),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "an annual count of sea areas above the period's, an annual unit price × count above "
         "the year's money")  # fmt: skip
def seabream_copied_goals() -> Book:
    b, s = book()
    text = "在象屿湾及周边海域放流黑鲷、真鲷苗种，恢复近岸渔业资源，带动渔民增收。"
    same = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=2026, years=3, name="黑鲷真鲷增殖放流", attr="新增项目",
                 dept="蓝汐市海洋与渔业局 402", unit="蓝汐市渔业资源保护站",
                 money=funds((900, 800, 100), (300, 270, 30), period="中期资金总额"),
                 goals=[text, same])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "放流苗种数量", "≥6000万尾", "≥2000万尾"),
        (None, None, "放流海域数量", "≥4个",
         mk("≥5个", "D201", "error", note="年度5个海域超过实施期4个")),
        (None, "质量指标", "苗种规格合格率", "≥95%", "≥95%"),
        (None, "时效指标", "放流完成时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "苗种采购单价", "≤0.12元/尾",
         mk("≤0.18元/尾", "B107", "warning", row=True,
            note="0.18元 × 2000万尾 = 360万元，超过年度资金300万元")),
        ("效益指标", "生态效益指标", "放流海域黑鲷资源量增长率", "≥10%", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "蔡远帆", "0596-3367041", day(2025, 10, 30))
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kgt09-release-flat-list", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def release_flat_list() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="澄屿县海洋渔业服务中心",
                    budget=budget(650, 600, 50, 370, 280),
                    goal="全年放流各类苗种3200万尾，组织放流活动6场，非法捕捞案件比上年下降"
                         "10%以上，近岸渔业资源逐步恢复。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("放流苗种数量", 15, "万尾", "≥", 3200),
        ("放流苗种检验合格率", 10, "%", "=", pct(1)),
        ("放流活动场次", 10, "场", "≥", 6),
        ("放流现场公众参与人次", 10, "人次", "≥", 1500),
        ("苗种采购单价", 15, "元/尾", "≤", 0.08),
        ("非法捕捞案件下降率", 10, "%", "≥", pct(0.1)),
        ("放流海域渔业资源密度增长率", 10, "%", "≥", pct(0.05)),
        ("放流品种标志回捕率", 10, "%", "≥", pct(0.03)),
        ("沿海渔民满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    signature(s, "方礁", "0593-6240863", day(2024, 12, 2), head="部门负责人")
    return b


@variant("kgt10-release-flat-duplicate", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): the "
         "same release count twice with different values, weights adding to 95")  # fmt: skip
def release_flat_duplicate() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="潮湾区海洋与渔业发展中心",
                    budget=budget(410, 380, 30, 220, 190),
                    goal="全年放流苗种2800万尾，开展放流宣传活动4场，"
                         "放流苗种检验合格率100%。")  # fmt: skip
    s.row("绩效指标", merge=[(1, 4)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("放流苗种数量", "≥2800", "万尾", 20),
        ("放流苗种检验合格率", "=100", "%", 15),
        ("放流宣传活动场次", "≥4", "场", 10),
        ("苗种采购单价", "≤0.06", "元/尾", 10),
        (mk("放流苗种数量", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator again, ≥3000 vs ≥2800"), "≥3000", "万尾", 10),
        ("放流海域生物多样性指数增长率", "≥2", "%", 10),
        ("渔民满意度", "≥90", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    signature(s, "钟潮", "0593-7725390", day(2024, 12, 10), head="部门负责人")
    return b


@variant("kgt11-release-second-sheet", (7, 12),
         "project: head and budget detail lines on the first sheet, the indicator table on "
         "a second sheet under 预期实现值, a unit price × count equal to its line "
         "(correct)")  # fmt: skip
def release_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2025, name="鳌礁海域大黄鱼增殖放流", dept="澄屿县海洋与渔业局 317",
                 unit="澄屿县水产技术推广站", money=funds((300, 280, 20)),
                 goals=["在鳌礁海域放流大黄鱼苗种3000万尾，开展标志放流和效果评估，"
                        "为2026年扩大放流规模积累经验。"])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    s.row(None, "苗种采购", wan(240), "3000万尾 × 0.08元/尾", merge=[(4, 6)])
    s.row(None, "放流船只租赁", wan(36), "12航次 × 3万元/航次", merge=[(4, 6)])
    s.row(None, "标志放流与效果评估", wan(24), "委托评估1项", merge=[(4, 6)])
    s.row(None, "合计", wan(300), None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效指标")
    t.title("鳌礁海域大黄鱼增殖放流绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "大黄鱼苗种放流数量", "≥3000万尾"),
        (None, None, "放流航次", "≥12航次"),
        (None, "质量指标", "苗种检验检疫合格率", "=100%"),
        (None, "时效指标", "放流完成时间", "2025年7月31日前"),
        ("成本指标", "经济成本指标", "苗种采购单价", "≤0.08元/尾"),
        ("效益指标", "生态效益指标", "放流海域大黄鱼资源量增长率", "≥5%"),
        (None, "可持续影响指标", "标志放流回捕数据库", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    signature(t, "邱汐", "0593-6219354", day(2024, 12, 20))
    return b


@variant("kgt12-shrimp-last-season", (5,),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量): 年度目标 left from last season, "
         "a release deadline in the prior year, an inspection rate under 数量")  # fmt: skip
def shrimp_last_season() -> Book:
    b, s = book()
    goal = mk("2024年在鳌礁海域放流中国对虾苗种2000万尾，放流苗种检验检疫合格率100%。",
              "Y103", "warning", alt=("Y101",),
              note="the 2025 return's 年度目标 still names last season's year")  # fmt: skip
    project_head(s, year=2025, name="中国对虾增殖放流", dept="澄屿县海洋与渔业局 317",
                 unit="澄屿县渔业资源保护站", money=funds((120, 110, 10)),
                 goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出", "数量", "中国对虾苗种放流数量", "≥2000万尾"),
        (None, None, mk("苗种检验检疫合格率", "F201", "warning", row=True,
                        note="a quality rate under 数量"), "=100%"),
        (None, "质量", "放流苗种规格达标率", "≥95%"),
        (None, "时效", "放流完成时间",
         mk(day(2024, 6, 30), "Y102", "error", alt=("Y101",),
            note="2025年度一年期项目，完成时间写成2024年6月30日")),
        (None, "成本", "苗种采购单价", "≤0.05元/尾"),
        ("效益", "生态效益", "放流海域对虾资源量增长率", "≥5%"),
        (None, "经济效益", "捕捞渔民对虾增收", "≥300元/户"),
        ("满意度", "服务对象满意度", "渔民满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "说明：指标值依据近三年放流效果评估报告设定。")
    signature(s, "余航", "0593-6205817", day(2025, 1, 6))
    return b
