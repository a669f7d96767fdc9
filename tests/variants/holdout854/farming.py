"""Agricultural weather services: crop services, microclimate stations, platforms, insurance."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout854.common import first, indicators, note, sign, wan
from tests.variants.holdout854.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
PTS_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kgf13-agri-crops",
    (1, 5, 7, 10),
    "project, OLD-NAT, two-row header, numbered labels with points, indicator points (correct)",
)
def agri_crops() -> Book:
    b, s = first()
    project_head(
        s, year=2025, name="特色农业气象服务（茶叶、柑橘）", dept="岫溪县气象局 432011",
        unit="岫溪县气象台",
        money=[("年度资金总额", wan(35), "其中：财政拨款", wan(32)),
               ("其他资金", wan(3), None, None)],
        goals=["编发农业气象周报52期、茶叶和柑橘专题服务材料20期以上，"
               "服务新型农业经营主体180家以上。"],
    )  # fmt: skip
    top = s.row("绩效指标", None, None, "年度指标值", "分值", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None)
    for c in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("一、产出指标（60分）", "（一）数量指标", "1.农业气象周报编发期数", "≥52期", 15),
        (None, None, "2.茶叶、柑橘专题气象服务材料", "≥20期", 10),
        (None, "（二）质量指标", "3.关键农时气象预报准确率", pct(0.85), 15),
        (None, "（三）时效指标", "4.霜冻预警提前发布时间", "≥24小时", 10),
        (None, "（四）成本指标", "5.项目成本控制数", "≤35万元", 10),
        ("二、效益指标（30分）", "（一）经济效益指标", "6.茶叶、柑橘冻害减产率", "≤8%", 15),
        (None, "（二）社会效益指标", "7.服务新型农业经营主体数量", "≥180家", 15),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "8.种植户满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：一级指标分值为所属三级指标分值之和，合计100分。")
    sign(s, "蒋沐禾", "0736-7204519", day(2024, 11, 26))
    return b


@variant("kgf14-agri-microclimate", (5, 10), "project, NAT-2021, labels with points, 分值 column")
def agri_microclimate() -> Book:
    b, s = first()
    project_head(
        s, year=2025, attr="新增项目", name="农田小气候观测站建设与农业气象服务",
        dept="桐坪县气象局 428206", unit="桐坪县气象台",
        money=[("年度资金总额", wan(48), "其中：财政拨款", wan(45)),
               ("其他资金", wan(3), None, None)],
        goals=["在水稻、油菜主产区建设农田小气候观测站6套，编发农业气象服务专报24期，"
               "服务种植面积3万亩以上。"],
    )  # fmt: skip
    tier = mk("三、效益指标（30分）", "W103", "error", alt=("W101",),
              note="其下两项分值15＋10＝25，不是30")  # fmt: skip
    indicators(s, PTS_HEAD, [
        ("一、产出指标（50分）", "1.数量指标", "农田小气候观测站建设数量",
         mk("≥8套", "D104", "warning", row=True, note="年度目标写建设6套"), 15),
        (None, None, "农业气象服务专报期数", "≥24期", 10),
        (None, "2.质量指标", "站点数据到报率", "≥95%", 15),
        (None, "3.时效指标", "观测站建成时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单套观测站建设成本", "≤5万元/套", 10),
        (tier, "1.社会效益指标", "服务种植面积", "≥3万亩", 15),
        (None, "2.可持续影响指标", "观测站稳定运行年限", "≥5年", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "kgf15-agri-platform",
    (1, 8),
    "three-year project, NAT-2021, 实施周期 and 年度 columns, period count beside year's (correct)",
)
def agri_platform() -> Book:
    b, s = first()
    project_head(
        s, year=2025, years=3, attr="新增项目", name="智慧农业气象服务平台建设",
        dept="岫溪县气象局 432011", unit="岫溪县气象台", start=day(2025, 3, 1),
        money=[("中期资金总额", wan(210), "年度资金总额", wan(80)),
               ("其中：财政拨款", wan(190), "其中：财政拨款", wan(72)),
               ("其他资金", wan(20), "其他资金", wan(8))],
        goals=["建设农业气象观测站15个（其中2025年5个），建成覆盖全县主要农作物的"
               "智慧农业气象服务平台。",
               "2025年建设农业气象观测站5个，完成平台一期建设并试运行。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "农业气象观测站建设数量", "≥15个", "≥5个"),
        (None, None, "平台功能模块数量", "≥8个", "≥3个"),
        (None, "质量指标", "观测站验收合格率", pct(1.0), pct(1.0)),
        (None, None, "观测数据到报率", pct(0.95), pct(0.95)),
        (None, "时效指标", "平台建设完成时间", "2027年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤8万元/站", "≤8万元/站"),
        ("效益指标", "社会效益指标", "服务农业经营主体数量", "≥300家", "≥120家"),
        ("满意度指标", "服务对象满意度指标", "农业经营主体满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgf16-agri-department", (12,), "department, NAT-2021, tasks with 金额合计")
def agri_department() -> Book:
    b, s = first()
    total = mk(wan(640), "B101", "error", note="基本支出420＋项目支出210＝630，不是640")
    department_head(
        s, year=2025, dept="桐坪县气象局",
        budget=[(total, wan(600), wan(40), wan(420), wan(210))],
        tasks=[("自动站运行维护", "区域自动站运维", wan(90), "站网稳定运行"),
               ("预警信息发布", "短信、大喇叭、显示屏", wan(50), "覆盖率≥95%"),
               ("农业气象服务", "设施农业精细化服务", wan(70), "服务8.5万亩"),
               ("金额合计", None, wan(210), None)],
        goal="保障区域自动站稳定运行，预警信息公众覆盖率不低于95%，"
             "为全县8.5万亩设施农业提供精细化农业气象服务。",
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "区域自动站运维数量", "≥45个"),
        (None, "质量指标",
         mk("农业气象灾害风险区划编制数量", "F201", "warning", row=True,
            note="数量指标填在质量下"), "≥3项"),
        (None, None, "自动站数据到报率", "≥98%"),
        (None, "时效指标", "预警信息发布时长", "≤10分钟"),
        ("成本指标", "经济成本指标", "项目支出控制数", "≤210万元"),
        ("效益指标", "社会效益指标", "精细化服务覆盖设施农业面积",
         mk("≥6.5万亩", "D104", "warning", row=True, note="总体目标写8.5万亩")),
        (None, None, "预警信息公众覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgf17-agri-grain",
    (4, 7, 11),
    "project, OLD-NAT, table on a 2nd sheet under 预期实现值, direction column, header repeated "
    "after a page break, footnote and signature (correct)",
)
def agri_grain() -> Book:
    b, s = first("项目信息")
    project_head(
        s, year=2025, name="粮食生产全程农业气象服务", dept="澄岭县气象局 405118",
        unit="澄岭县气象台",
        money=[("年度资金总额", wan(42), "其中：财政拨款", wan(40)),
               ("其他资金", wan(2), None, None)],
        goals=["为全县410家新型农业经营主体（种粮大户260家、家庭农场150家）提供粮食生产"
               "全程气象服务，全年发布农用天气预报120期以上。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (12, 14, 30, 10, 14, 12))
    t.title("2025年度项目绩效指标", 6)
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "预期实现值", "计量单位")
    indicators(t, head, [
        ("产出指标", "数量指标", "服务新型农业经营主体数量", "正向", "≥410", "家"),
        (None, None, "农用天气预报发布期数", "正向", "≥120", "期"),
        (None, "质量指标", "农用天气预报准确率", "正向", "≥85", "%"),
    ])  # fmt: skip
    indicators(t, head, [
        ("产出指标", "时效指标", "关键农事专题服务提前发布时间", "正向", "≥3", "天"),
        (None, "成本指标", "农用天气预报单期制作成本", "反向", "≤0.2", "万元/期"),
        ("效益指标", "经济效益指标", "气象灾害造成粮食损失率", "反向", "≤3", "%"),
        (None, "社会效益指标", "农业气象服务信息到户率", "正向", "≥90", "%"),
        ("满意度指标", "服务对象满意度指标", "新型农业经营主体满意度", "正向", "≥90", "%"),
    ])  # fmt: skip
    note(t, "说明：服务对象410家＝种粮大户260家＋家庭农场150家；单期成本×120期＝24万元。")
    sign(t, "陆青禾", "0745-3317725", day(2024, 12, 9))
    return b


@variant("kgf18-agri-insurance", (6, 13), "project, OLD-NAT, one value column, an unnamed row")
def agri_insurance() -> Book:
    b, s = first()
    project_head(
        s, year=2025, name="政策性农业保险气象指数服务", dept="桐坪县气象局 428206",
        unit="桐坪县气象台",
        money=[("年度资金总额", wan(26), "其中：财政拨款", wan(20)),
               ("其他资金", wan(6), None, None)],
        goals=["为水稻、茶叶气象指数保险提供气象数据核定服务，出具灾害鉴定报告30份以上。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "气象灾害鉴定报告份数", "≥30份"),
        (None, "质量指标", "指数触发气象数据准确率", "≥98%"),
        (None, None,
         mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
        (None, "时效指标", "理赔气象数据核定及时率", "≥95%"),
        (None, None,
         mk("气象指数保险理赔数据核定及时率", "D103", "warning", row=True, alt=("D101",),
            note="与上一行是同一指标，只多了几个字"), "≥95%"),
        (None, "成本指标", "单份鉴定报告成本", "≤0.6万元/份"),
        ("效益指标", "经济效益指标", "参保农户理赔到位率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参保农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
