"""鳜鱼池塘养殖: gy07–gy12 of the 665th held-out set."""

from __future__ import annotations

from tests.variants.holdout665.common import (
    HEAD_ONE,
    HEAD_OP,
    department,
    indicators,
    new,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout665.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("gy07-mandarin-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), an indicator score column adding to the same 100, a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def gy07() -> Book:
    b, s = new()
    project(s, name="鹭滩镇鳜鱼池塘健康养殖示范项目", unit="鹭滩镇农业服务中心",
            money=one_year(80, 72, 8),
            goals=["建设鳜鱼健康养殖示范池塘300亩，配套饵料鱼培育池100亩，"
                   "示范区鳜鱼苗种成活率比上年提高5个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "鳜鱼养殖示范面积", "≥300亩", 10),
        (None, None, "饵料鱼配套培育面积", "≥100亩", 10),
        (None, "（二）质量指标", "鳜鱼苗种成活率提高", "≥5百分点", 10),
        (None, "（三）时效指标", "示范池塘投苗完成时间", "2025年6月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "示范池塘每亩补助标准", "≤0.2万元/亩", 10),
        (None, None, "饵料鱼培育池每亩补助标准", "≤0.2万元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "示范区鳜鱼亩均产值", "≥3万元", 10),
        (None, "（二）生态效益指标", "养殖尾水达标排放率", "100%", 10),
        (None, "（三）可持续影响指标", "鳜鱼健康养殖技术规程编制", "≥1项", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "示范户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "谭若川", "0736-5847720", day(2024, 12, 2))
    return b


@variant("gy08-mandarin-wrong-tier2", (5,),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量, 社会效益, 满意度): a "
         "survival rate under 时效 and a satisfaction rate under 社会效益")  # fmt: skip
def gy08() -> Book:
    b, s = new()
    project(
        s,
        name="桐溪镇鳜鱼生态养殖技术推广项目",
        unit="桐溪镇水产站",
        money=one_year(40, 40, 0),
        goals=["推广鳜鱼生态养殖技术200亩，培训养殖户200人次，鳜鱼苗种放养成活率达到85%。"],
    )
    indicators(s, HEAD_ONE, [
        ("产出", "数量", "鳜鱼生态养殖推广面积", "≥200亩"),
        (None, None, "养殖技术培训人次", "≥200人次"),
        (None, "质量", "推广池塘水质达标率", "≥90%"),
        (None, "时效", "苗种投放完成时间", "2025年5月31日前"),
        (None, None, mk("鳜鱼苗种放养成活率", "F201", "warning", row=True,
                        note="成活率是质量指标，不是时效指标"), "≥85%"),
        (None, "成本", "推广面积每亩补助标准", "≤0.15万元/亩"),
        ("效益", "经济效益", "推广户亩均增收", "≥2500元"),
        (None, "社会效益", "带动农户就业人数", "≥40人"),
        (None, None, mk("示范养殖户满意度", "F201", "warning", row=True,
                        note="满意度应在满意度指标下，不是社会效益"), "≥90%"),
        ("满意度", "服务对象满意度", "技术培训学员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁知秋", "0736-5863159", day(2024, 11, 22))
    return b


@variant("gy09-mandarin-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under a "
         "two-row header 考核指标 · 目标值（年度） · 评价标准 (correct)")  # fmt: skip
def gy09() -> Book:
    b, s = new("项目基本信息")
    project(s, name="桐溪镇鳜鱼苗种繁育场提升项目", unit="桐溪镇水产站",
            money=one_year(55, 55, 0),
            goals=["新建鳜鱼苗种繁育车间1栋（600平方米），年繁育鳜鱼苗种300万尾，"
                   "本地苗种自给率达到70%。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 20, 30))
    t.title("桐溪镇鳜鱼苗种繁育场提升项目绩效指标", 5)
    t.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "鳜鱼苗种繁育数量", "≥300万尾", "每少10万尾扣1分"),
        (None, None, "繁育车间建设面积", "≥600平方米", "未达到不得分"),
        (None, "质量指标", "苗种检疫合格率", "100%", "每低1个百分点扣1分"),
        (None, "时效指标", "繁育车间建成时间", "2025年5月31日前", "每延迟10天扣1分"),
        ("成本指标", "经济成本指标", "繁育车间每平方米建设成本", "≤800元/平方米", "超标不得分"),
        ("效益指标", "经济效益指标", "本地苗种自给率", "≥70%", "按比例得分"),
        (None, "社会效益指标", "带动周边养殖户", "≥40户", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "购苗养殖户满意度", "≥90%", "按抽样调查结果"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("gy10-mandarin-bait-cost", (11, 12),
         "project, OLD-NAT, a budget detail block, operator and unit columns: the detail lines "
         "do not add to their 合计, the unit cost times the area exceeds the money, a feed "
         "coefficient capped with ≥")  # fmt: skip
def gy10() -> Book:
    b, s = new()
    project(s, name="砚河县鳜鱼饵料鱼配套养殖补助项目", unit="砚河县水产技术推广站",
            dept="砚河县农业农村局（428011）", money=one_year(80, 80, 0),
            goals=["扶持鳜鱼饵料鱼配套养殖500亩，按每亩0.15万元补助饵料鱼苗种，"
                   "鳜鱼饵料系数控制在4.5以内。"])  # fmt: skip
    s.row("资金明细", "支出内容", "金额", "测算依据", merge=[(4, 6)])
    top = s.r
    s.row(None, "饵料鱼苗种补助", wan(75), "500亩×0.15万元/亩", merge=[(4, 6)])
    s.row(None, "饵料鱼培育技术培训", wan(3), "6期×0.5万元/期", merge=[(4, 6)])
    s.row(None, "水质与病害检测", wan(4), "40批次×0.1万元/批次", merge=[(4, 6)])
    s.row(None, "合计", mk(wan(80), "B102", "error", alt=("B101",),
                           note="75+3+4=82万元，合计写80万元"))  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "饵料鱼配套养殖面积", "≥", 500, "亩"),
        (None, None, "技术培训期数", "≥", 6, "期"),
        (None, "质量指标", "饵料鱼苗种检疫合格率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金兑付时间", "≤", day(2025, 9, 30), "日期"),
        (None, "成本指标", "饵料鱼苗种每亩补助标准", "≤",
         mk(0.2, "B107", "warning", row=True, alt=("D104",),
            note="0.2万元/亩×500亩=100万元，超过年度资金80万元；目标和明细都写0.15万元/亩"),
         "万元/亩"),
        ("效益指标", "经济效益指标", "鳜鱼饵料系数", mk("≥", "T108", "warning", row=True,
                                                  alt=("D104",),
                                                  note="饵料系数越低越好（目标写控制在4.5以内）"),
         4.5, "—"),
        (None, "生态效益指标", "养殖尾水达标排放率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "受补助养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邝怀瑾", "0738-6631052", day(2024, 12, 6))
    return b


@variant("gy11-mandarin-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 with a 合计 row, tasks adding to 项目支出 "
         "(correct)")  # fmt: skip
def gy11() -> Book:
    b, s = new()
    department(
        s,
        dept="蓼洲区水产技术推广中心",
        budget=(320, 300, 20, 180, 140),
        tasks=[
            ("鳜鱼良种推广", "推广鳜鱼良种养殖1200亩", 60, "良种覆盖率提高"),
            ("池塘尾水监测", "设置监测点位24个，按季监测", 50, "尾水稳定达标"),
            ("养殖技术培训", "培训养殖户600人次", 30, "技术入户"),
            ("金额合计", None, 140, None),
        ],
        goal="推广鳜鱼良种养殖1200亩，监测池塘尾水点位24个，培训养殖户600人次。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("鳜鱼良种推广面积", 20, "亩", "≥", 1200),
        ("池塘尾水监测点位", 15, "个", "≥", 24),
        ("养殖技术培训人次", 15, "人次", "≥", 600),
        ("尾水监测数据上报及时率", 15, "%", "≥", pct(0.95)),
        ("水产品质量安全抽检合格率", 15, "%", "≥", pct(0.98)),
        ("养殖病害发生率", 10, "%", "≤", pct(0.05)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    note(s, "说明：指标值为2025年度目标值；权重合计100。")
    sign(s, "庞一苇", "0735-7760381", day(2024, 11, 18))
    return b


@variant("gy12-mandarin-department-tasks", (12,),
         "department, NAT-2021: the tasks do not add to 金额合计, a task's count differs from the "
         "indicator, a deadline left from last season")  # fmt: skip
def gy12() -> Book:
    b, s = new()
    department(s, dept="澄湾县水产养殖服务中心", budget=(260, 240, 20, 150, 110),
               tasks=[("鳜鱼苗种放养补助", "补助放养鳜鱼苗种", 60, "放养鳜鱼苗种300万尾"),
                      ("池塘尾水监测", "设置尾水监测点位20个", 30, "尾水稳定达标"),
                      ("养殖技术培训", "培训养殖户500人次", 15, "技术入户"),
                      ("金额合计", None, mk(110, "B102", "error", alt=("B101",),
                                          note="60+30+15=105万元，合计写110万元"), None)],
               goal="放养鳜鱼苗种300万尾，监测尾水点位20个，培训养殖户500人次。")  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "鳜鱼苗种放养数量",
         mk("≥250万尾", "D104", "warning", row=True, note="任务和总体目标都写300万尾")),
        (None, None, "尾水监测点位", "≥20个"),
        (None, None, "养殖技术培训人次", "≥500人次"),
        (None, "质量指标", "尾水监测数据有效率", "≥95%"),
        (None, "时效指标", "苗种放养完成时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年度的表留着上一季的期限")),
        ("成本指标", "经济成本指标", "鳜鱼苗种每万尾补助标准", "≤0.2万元/万尾"),
        ("效益指标", "经济效益指标", "放养户亩均增收", "≥2000元"),
        (None, "生态效益指标", "监测区域尾水达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁元朗", "0736-5872264", day(2024, 11, 25))
    return b
