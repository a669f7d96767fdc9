"""Multi-year project tables with 中期 and 年度 columns: a 项目期 of 3年 whose 计划完成日期 falls
in the starting year, a 中期资金总额 below the 年度资金总额, and a consistent three-year table whose
texts give different percentages for the period and the year."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout175.common import HEAD_PERIOD, indicators, multi_year, new, sign, wan
from tests.variants.holdout175.registry import variant
from tests.variants.kit import Book, day, mk


@variant("oc04-three-years-one-year-dates", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns; 项目期 3年 but the 计划完成日期 in "
         "the starting year")  # fmt: skip
def oc04() -> Book:
    book, s = new()
    project_head(
        s, year=2026, years=3, name="青埠市智慧水务供水管网改造", dept="青埠市水务局（131）",
        unit="青埠市供水管网管理所", money=multi_year((900, 800, 100), (300, 270, 30)),
        end=mk(day(2026, 12, 31), "Y101", "error", row=True, alt=("Y102", "Y104"),
               note="项目期 3年 and 中期目标（2026年—2028年）, but the end date is in 2026"),
        goals=["三年改造老旧供水管网36公里，安装智能水表15000个，管网漏损率降至10%以内，年节约"
               "水量累计150万立方米。",
               "改造老旧供水管网12公里，安装智能水表5000个，管网漏损率降至12%以内，年节约水量50万"
               "立方米。"],
    )  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "老旧供水管网改造长度", "≥36公里", "≥12公里"),
        (None, None, "智能水表安装数量", "≥15000个", "≥5000个"),
        (None, "质量指标", "管网改造工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度改造任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "管网改造单位成本", "≤20万元/公里", "≤20万元/公里"),
        ("效益指标", "经济效益指标", "节约水量", "≥150万立方米", "≥50万立方米"),
        (None, "社会效益指标", "管网漏损率", "≤10%", "≤12%"),
        ("满意度指标", "服务对象满意度指标", "供水用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return book


@variant("oc05-three-years-consistent", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns; the 中期目标 gives 90% and "
         "the 年度目标 80% for the same 覆盖率, each matching its column (correct)")  # fmt: skip
def oc05() -> Book:
    book, s = new()
    project_head(
        s, year=2025, years=3, name="白岭区城区绿道网络提升", dept="白岭区林业和园林局（241）",
        unit="白岭区园林绿化服务中心", money=multi_year((2600, 2200, 400), (850, 700, 150)),
        attr="新增项目",
        goals=["三年新建绿道30公里，配套驿站12个，绿道服务覆盖率达到90%，市民满意度不低于90%。",
               "新建绿道10公里，配套驿站4个，绿道服务覆盖率达到80%，市民满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "新建绿道长度", "≥30公里", "≥10公里"),
        (None, None, "配套驿站建设数量", "≥12个", "≥4个"),
        (None, "质量指标", "绿道工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "绿道建设单位成本", "≤80万元/公里", "≤80万元/公里"),
        ("效益指标", "社会效益指标", "绿道服务覆盖率", "≥90%", "≥80%"),
        (None, "生态效益指标", "沿线新增绿化面积", "≥600亩", "≥200亩"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑远航", "柯敏", "唐小雨", "2024年11月12日")
    return book


@variant("oc15-period-money-below-annual", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns; the 中期资金总额 (with its parts) is "
         "below the 年度资金总额")  # fmt: skip
def oc15() -> Book:
    book, s = new()
    annual_total = mk(
        wan(160),
        "B103",
        "error",
        row=True,
        note="年度 160万元 above the 中期 150万元 of a two-year project",
    )
    project_head(
        s, year=2026, years=2, name="澜溪县乡村学校少年宫运行补助", dept="澜溪县教育体育局（317）",
        unit="澜溪县青少年校外活动中心",
        money=multi_year((150, 130, 20), (annual_total, 140, 20)),
        goals=["两年支持乡村学校少年宫开展兴趣活动2400场次，学生参与率达到85%，学生满意度不低于"
               "90%。",
               "支持乡村学校少年宫开展兴趣活动1200场次，学生参与率达到80%，学生满意度不低于90%。"],
    )  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "少年宫兴趣活动场次", "≥2400场次", "≥1200场次"),
        (None, None, "辅导教师培训人次", "≥300人次", "≥150人次"),
        (None, "质量指标", "活动安全检查合格率", "≥98%", "≥98%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单场活动平均成本", "≤500元/场次", "≤500元/场次"),
        ("效益指标", "社会效益指标", "乡村学生参与率", "≥85%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return book
