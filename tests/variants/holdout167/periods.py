"""Multi-year projects with 中期 and 年度 columns: 公共法律服务中心, 普法, 安置帮教 (nu08–nu12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout167.common import indicators, multi_year, sign, w
from tests.variants.holdout167.registry import variant
from tests.variants.kit import Book, mk

H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("nu08-legal-service-centre", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: cumulative counts a third a year, rates equal, a per-人次 cost")  # fmt: skip
def nu08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2027, years=3, name="槐阳市公共法律服务中心运行经费",
                 dept="槐阳市司法局（408001）", unit="槐阳市公共法律服务中心",
                 money=multi_year((w(360), w(330), w(30)), (w(120), w(110), w(10))),
                 goals=["建成覆盖城乡的公共法律服务体系，三年累计接待群众法律咨询45000人次以上，"
                        "办理窗口业务9000件以上。",
                        "全年接待群众法律咨询15000人次以上，办理公证、法律援助等窗口业务3000件以上，"
                        "来访群众满意度不低于92%。"])  # fmt: skip
    indicators(s, H5, [
        ("成本指标", "经济成本指标", "法律咨询平均服务成本", "≤75元/人次", "≤75元/人次"),
        ("产出指标", "数量指标", "接待群众法律咨询", "≥45000人次", "≥15000人次"),
        (None, None, "办理公证、法律援助等窗口业务", "≥9000件", "≥3000件"),
        (None, "质量指标", "法律咨询解答准确率", "≥98%", "≥98%"),
        (None, "时效指标", "窗口业务按时办结率", "≥98%", "≥98%"),
        ("效益指标", "社会效益指标", "公共法律服务群众知晓率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "公共法律服务中心标准化运行", "持续稳定", "稳定"),
        ("满意度指标", "服务对象满意度指标", "来访群众满意度", "≥92%", "≥92%"),
    ])  # fmt: skip
    return b


@variant("nu09-legal-service-county-wrong", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual count above its 中期 count, an annual deadline in 2026")  # fmt: skip
def nu09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        years=3,
        name="枫岭县公共法律服务体系建设项目",
        dept="枫岭县司法局（513002）",
        unit="枫岭县公共法律服务中心",
        money=multi_year((w(150), w(150), w(0)), (w(50), w(50), w(0))),
        goals=[
            "三年内完成县公共法律服务中心智能化改造，村（社区）法律顾问全覆盖。",
            "全年提供公共法律服务不少于4000人次，完成中心智能化改造一期工程。",
        ],
    )
    indicators(s, H5, [
        ("成本指标", "经济成本指标", "村（社区）法律顾问人均补贴标准",
         "≤3000元/人·年", "≤3000元/人·年"),
        ("产出指标", "数量指标", "提供公共法律服务",
         "≥12000人次", "≥4000人次"),
        (None, None, "村（社区）法律顾问开展法治讲座",
         "≥600场", mk("≥800场", "D201", "error", note="800 annual > 600 for three years")),
        (None, "质量指标", "法律顾问服务台账规范率", "≥95%", "≥95%"),
        (None, "时效指标", "中心智能化改造完成时间", "2029年6月30日前",
         mk("2026年12月31日前", "Y102", "error", alt=("Y101",),
            note="the annual deadline lies before the budget year 2027")),
        ("效益指标", "社会效益指标", "群众法律服务需求满足率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "村（社区）法律顾问制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nu10-law-popularisation", (8, 1), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: a 印制量增长率 ≤0% under 生态效益, a signature line")  # fmt: skip
def nu10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2024, years=2, name="青榆市八五普法宣传教育专项经费",
                 dept="青榆市司法局（401003）", unit="青榆市普法办公室",
                 money=multi_year((w(160), w(150), w(10)), (w(80), w(75), w(5))),
                 goals=["完成八五普法规划后两年任务，开展法治宣传活动240场以上，"
                        "建设法治文化阵地30个。",
                        "全年开展法治宣传活动120场以上，建设法治文化阵地15个，"
                        "推广线上普法，纸质资料印制量不增长。"])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "开展法治宣传活动", "≥240场", "≥120场"),
        (None, None, "建设法治文化阵地", "≥30个", "≥15个"),
        (None, None, "培训“法律明白人”", "≥2000人", "≥1000人"),
        (None, "质量指标", "“法律明白人”培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度普法责任清单发布", "按时完成", "按时完成"),
        ("成本指标", "经济成本指标", "单场法治宣传活动平均成本", "≤2500元/场", "≤2500元/场"),
        ("效益指标", "社会效益指标", "群众法律知识知晓率", "≥85%", "≥80%"),
        (None, "生态效益指标", "纸质普法资料印制量增长率", "≤0%", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "群众对普法工作满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "许文澜", "0736-7283015", "2023年11月16日")
    return b


@variant("nu11-law-popularisation-wrong", (8, 12, 5), "two-year project, NAT-2021, 中期 and "
         "年度 columns: 中期 money not adding up, a duplicate indicator, 服务对象满意度指标 "
         "under 效益指标")  # fmt: skip
def nu11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    period_total = mk(w(130), "B101", "error", note="中期: 110 + 15 = 125, not 130")
    project_head(
        s,
        year=2027,
        years=2,
        name="桐溪县法治乡村建设普法项目",
        dept="桐溪县司法局（522006）",
        unit="桐溪县普法办公室",
        money=multi_year((period_total, w(110), w(15)), (w(65), w(60), w(5))),
        goals=[
            "两年开展送法进乡村活动100场，培育民主法治示范村10个。",
            "全年开展送法进乡村活动50场，培育民主法治示范村5个。",
        ],
    )
    b.file_mark(
        "F106", "error", required=False, note="no 满意度指标 tier-1 left: the same slip as the F105"
    )
    indicators(s, H5, [
        ("产出指标", "数量指标", "开展送法进乡村活动", "≥100场", "≥50场"),
        (None, None, "培育民主法治示范村", "≥10个", "≥5个"),
        (None, None, mk("开展送法进乡村活动", "D101", "warning", row=True,
                        alt=("D102", "D103"), note="repeats the first row"), "≥100场", "≥50场"),
        (None, "质量指标", "示范村创建验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "送法进乡村活动按时开展率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "示范村创建补助标准", "≤5万元/个", "≤5万元/个"),
        ("效益指标", "社会效益指标", "村民法治意识", "有所提升", "有所提升"),
        (None, mk("服务对象满意度指标", "F105", "error", note="belongs under 满意度指标"),
         "村民对普法活动满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nu12-resettlement-assistance", (8, 1), "three-year project, OLD-NAT, a unit column "
         "before 中期 and 年度 columns holding operator and bare number")  # fmt: skip
def nu12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 10, 14, 14))
    project_head(
        s,
        year=2027,
        years=3,
        name="石泷区刑满释放人员安置帮教项目",
        dept="石泷区司法局（306014）",
        unit="石泷区安置帮教工作办公室",
        money=multi_year((w(180), w(165), w(15)), (w(60), w(55), w(5))),
        goals=[
            "三年内做到刑满释放人员必接必送、应帮尽帮，过渡性安置帮扶270人以上。",
            "全年衔接刑满释放人员300人，过渡性安置帮扶90人以上。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "刑满释放人员衔接帮教", "人", "≥900", "≥300"),
        (None, None, "过渡性安置帮扶", "人", "≥270", "≥90"),
        (None, None, "开展就业技能培训", "期", "≥18", "≥6"),
        (None, "质量指标", "刑满释放人员衔接率", "%", "=100", "=100"),
        (None, "时效指标", "帮教对象信息核查反馈时限", "工作日", "≤5", "≤5"),
        (None, "成本指标", "过渡性安置人均帮扶补助标准", "元/人", "≤2000", "≤2000"),
        ("效益指标", "社会效益指标", "安置帮教对象重新违法犯罪率", "%", "≤1", "≤1"),
        (None, "可持续影响指标", "安置帮教社会化工作机制", None, "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "帮教对象满意度", "%", "≥90", "≥90"),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：中期指标值为2027—2029年累计数，比率类指标中期与年度相同。", merge=[(1, 6)])
    return b
