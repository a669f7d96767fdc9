"""Returns on 苎麻剥制 (ramie decortication): ha07–ha12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout667.common import (
    TIER_HEAD,
    YEAR,
    book,
    header,
    note,
    one_year,
    sign,
    tiers,
    wan,
)
from tests.variants.holdout667.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "槲坪县麻类产业服务中心"


@variant(
    "ha07-ramie-department",
    (4, 12),
    "department, NAT-2021: budget and key tasks adding up, a footnote explaining the "
    "total, a goal count that is a part of the indicators', signature lines (correct)",
)
def ha07() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept=DEPT,
                    budget=[(wan(520), wan(460), wan(60), wan(180), wan(340))],
                    tasks=[("苎麻机械剥制示范", "新建剥麻示范点3个、改造2个", wan(150),
                            "剥制鲜麻≥6000吨"),
                           ("苎麻良种繁育", "繁育中苎系良种种苗", wan(110), "种苗≥400万株"),
                           ("纤维检验能力建设", "购置纤维细度、残胶检测设备", wan(80),
                            "检验≥1500批次"),
                           ("金额合计", None, wan(340), None)],
                    goal="新建苎麻机械剥制示范点3个（另改造旧点2个），剥制鲜麻6000吨以上；"
                         "繁育良种种苗400万株；完成苎麻纤维检验1500批次。")  # fmt: skip
    note(s, "注：金额合计为项目支出340万元，不含基本支出180万元。")
    header(s, *TIER_HEAD)
    tiers(s, [
        ("产出指标", "数量指标", "新建剥麻示范点", "≥3个"),
        (None, None, "改造旧剥麻点", "2个"),
        (None, None, "剥制鲜麻量", "≥6000吨"),
        (None, None, "繁育良种种苗", "≥400万株"),
        (None, "质量指标", "精干麻残胶率", "≤3%"),
        (None, "时效指标", "示范点建成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "示范点新建补助标准", "≤30万元/个"),
        ("效益指标", "经济效益指标", "麻农亩均增收", "≥300元"),
        (None, "生态效益指标", "剥麻废水达标排放率", "100%"),
        ("满意度指标", "服务对象满意度指标", "麻农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鄢稚松", "0737-5526190")
    return b


@variant(
    "ha08-ramie-department-wrong",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, the goal's count of sites differs "
    "from the indicator's, a deadline in the year before the budget year",
)
def ha08() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="苎源镇农业服务中心",
                    budget=[(wan(480), wan(420), wan(60), wan(200), wan(280))],
                    tasks=[("苎麻剥制点建设", "建设剥麻示范点", wan(120), "示范点6个"),
                           ("剥麻机购置补贴", "补贴剥麻机购置", wan(90), "补贴≥50台"),
                           ("麻农技术培训", "剥制与沤洗技术培训", wan(60), "培训≥600人次"),
                           ("金额合计", None,
                            mk(wan(280), "B102", "error", alt=("B101",),
                               note="120 + 90 + 60 = 270，不等于280"), None)],
                    goal="建设苎麻剥麻示范点6个，补贴剥麻机50台以上，"
                         "培训麻农600人次。")  # fmt: skip
    header(s, *TIER_HEAD)
    tiers(s, [
        ("产出指标", "数量指标", "剥麻示范点建设",
         mk("≥8个", "D104", "warning", note="年度总体目标与任务写示范点6个")),
        (None, None, "剥麻机购置补贴台数", "≥50台"),
        (None, None, "麻农技术培训", "≥600人次"),
        (None, "质量指标", "剥制原麻合格率", "≥95%"),
        (None, "时效指标", "剥麻机补贴发放时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2026年度的表，期限在预算年度之前")),
        ("成本指标", "经济成本指标", "剥麻机购置补贴标准", "≤1.5万元/台"),
        ("效益指标", "社会效益指标", "带动麻农户数", "≥800户"),
        ("满意度指标", "服务对象满意度指标", "麻农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲映溪", "0737-5526214")
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "ha09-ramie-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, a 反向 rate with ≤, a fall in 百分点 with ≥, weights 100 (correct)",
)
def ha09() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雁塘乡麻纺合作服务站",
                    budget=[(wan(210), wan(180), wan(30), wan(70), wan(140))],
                    goal="推广苎麻机械剥制2000亩，剥制鲜麻3000吨，"
                         "精干麻残胶率降至3%以内。")  # fmt: skip
    s.row(*FLAT_HEAD)
    s.table([
        ("机械剥制推广面积", 15, "亩", "≥", 2000),
        ("剥制鲜麻量", 15, "吨", "≥", 3000),
        ("精干麻残胶率", 10, "%", "≤", pct(0.03)),
        ("剥麻机故障停机率", 10, "%", "≤", pct(0.05)),
        ("残胶率比上年降低", 10, "百分点", "≥", 1.5),
        ("剥制作业完成时间", 10, None, "≤", day(YEAR, 10, 31)),
        ("剥制作业补助标准", 10, "元/吨", "≤", 300),
        ("麻农亩均增收", 10, "元", "≥", 300),
        ("麻农满意度", 10, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    sign(s, "鄢稚松", "0737-5526190")
    return b


@variant(
    "ha10-ramie-flat-wrong",
    (3,),
    "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): the same indicator twice, "
    "the goal's tonnage differs from the indicator's, weights adding to 105",
)
def ha10() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="柘埠镇苎麻加工服务站",
                    budget=[(wan(160), wan(140), wan(20), wan(60), wan(100))],
                    goal="收购加工苎麻原麻1500吨，建成剥麻沤洗池4座，带动麻农500户。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("原麻收购加工量",
         mk("≥1200", "D104", "warning", row=True, note="年度总体目标写1500吨"), "吨", 20),
        ("剥麻沤洗池建设", 4, "座", 15),
        ("带动麻农户数", "≥500", "户", 15),
        ("原麻品质合格率", "≥95%", "%", 15),
        ("带动麻农户数",
         mk("≥500", "D101", "warning", row=True, alt=("D103",),
            note="与上面同名同值，重复填报"), "户", 10),
        ("沤洗池建成时间", "2026年7月31日前", None, 10),
        ("麻农满意度", "≥90%", "%", 10),
        ("剥麻收购补助标准", "≤400", "元/吨", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="20+15+15+15+10+10+10+10 = 105，不是100")
    sign(s, "蒲映溪", "0737-5526214")
    return b


@variant("ha11-ramie-export", (7,),
         "budget-system export: money on 部门项目支出预算05-1, the indicator table on a second "
         "sheet 部门项目支出绩效目标05-2 under a header on its third row, codes in the first "
         "columns, header 度量单位 (correct)")  # fmt: skip
def ha11() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 14, 16, 28, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("417023", DEPT, "43102626T000014", "苎麻剥麻机购置补贴", wan(200), wan(180), wan(20))
    s.row("合计", None, None, None, wan(200), wan(180), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 20, 30, 12, 14, 26, 10, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 9)
    t.row("单位：万元")
    t.row("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
          "指标性质", "指标值", "度量单位")  # fmt: skip
    code, name = "43102626T000014", "苎麻剥麻机购置补贴"
    goal = "补贴麻农购置剥麻机100台以上，机械剥制率提高到60%。"
    t.table([
        (code, name, goal, "产出指标", "数量指标", "剥麻机补贴台数", "≥", 100, "台"),
        (None, None, None, None, "质量指标", "补贴机具鉴定合格率", "=", 100, "%"),
        (None, None, None, None, "时效指标", "补贴资金兑付时间", "≤", day(YEAR, 11, 30), None),
        (None, None, None, "成本指标", "经济成本指标", "单台补贴标准", "≤", 1.8, "万元/台"),
        (None, None, None, "效益指标", "经济效益指标", "苎麻机械剥制率", "≥", 60, "%"),
        (None, None, None, None, "社会效益指标", "减少剥麻用工", "≥", 3, "万工日"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "购机麻农满意度", "≥", 90,
         "%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant(
    "ha12-ramie-marked-tiers",
    (5,),
    "project, OLD-NAT, tier labels with marks and abbreviations (*产出, ★数量, 效益): the "
    "plan dates left from last season in a 2026 table, a quality rate under 数量",
)
def ha12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="苎麻精干麻脱胶提质项目", dept="槲坪县农业农村局（417001）",
                 unit=DEPT, money=one_year(95, 80, 15),
                 start=mk(day(YEAR - 1, 3, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="标题为2026年度，计划起止日期仍是上一年的"),
                 end=day(YEAR - 1, 12, 31),
                 goals=["完成精干麻脱胶加工800吨，精干麻残胶率控制在3%以内。"])  # fmt: skip
    header(s, *TIER_HEAD)
    tiers(s, [
        ("*产出", "★数量", "精干麻脱胶加工量", "≥800吨"),
        (None, None, "精干麻残胶率",
         mk("≤3%", "F201", "warning", row=True, note="残胶率是质量指标，填在数量指标下")),
        (None, "质量", "脱胶精干麻合格率", "≥95%"),
        (None, "时效", "加工完成时间", "11月30日前"),
        (None, "成本", "脱胶加工补助标准", "≤1000元/吨"),
        ("效益", "经济效益", "精干麻售价提高", "≥800元/吨"),
        (None, "生态效益", "脱胶废水处理达标率", "100%"),
        ("满意度", "服务对象满意度", "麻农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鄢稚松", "0737-5526190")
    return b
