"""Winter plastic tunnels of 香菜 and 小葱: kad01 to kad06."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout696.common import (
    BUREAU,
    YEAR,
    indicators,
    multi_year,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout696.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

UNIT = "枫渚县蔬菜技术推广站"


@variant("kad01-tunnel-percent-cells", (1, 7), "project, OLD-NAT, 指标性质 as operator, "
         "header 绩效标准, unit column, percents typed in Excel (correct)")  # fmt: skip
def tunnel_percent_cells() -> Book:
    b, s = start()
    goal = ("在芦湾、苇岗两镇新建冬季塑料拱棚300亩（芦湾镇180亩、苇岗镇120亩），按每亩4000元"
            "标准补助，带动45户示范户冬季种植香菜、小葱，元旦前上市。")  # fmt: skip
    project_head(s, year=YEAR, name="冬季塑料拱棚香菜小葱种植补助", dept=BUREAU, unit=UNIT,
                 money=one_year(120, 100, 20), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "新建冬季塑料拱棚面积", "≥", 300, "亩"),
        (None, None, "香菜、小葱种植示范户", "≥", 45, "户"),
        (None, "质量指标", "种苗移栽成活率", "≥", pct(0.95), None),
        (None, None, "拱棚抗雪压验收合格率", "=", pct(1), None),
        (None, "时效指标", "扣棚覆膜完成时间", "≤", day(YEAR, 11, 15, CN_DATE), None),
        (None, "成本指标", "拱棚建设补助标准", "≤", 4000, "元/亩"),
        ("效益指标", "经济效益指标", "冬季香菜亩均增收", "≥", 1500, "元/亩"),
        (None, "社会效益指标", "带动脱贫户务工", "≥", 30, "人"),
        (None, "生态效益指标", "冻害损失下降率", "≥", pct(0.2), None),
        (None, "可持续影响指标", "拱棚设施使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    signature(s, "柯明远", "0579-6632 1408", day(YEAR - 1, 12, 2))
    return b


@variant("kad02-onion-three-years", (8,), "three-year project, OLD-NAT, 实施期 and 年度 "
         "columns: an annual area above the period's, a count copied, a count against the "
         "年度目标")  # fmt: skip
def onion_three_years() -> Book:
    b, s = start()
    period = ("2026—2028年在沙埂乡建成冬季小葱拱棚500亩，培育示范户60户，累计培训菜农1200人次，"
              "带动150人就业。")  # fmt: skip
    annual = "2026年建成小葱拱棚200亩，培育示范户20户，培训菜农400人次。"
    project_head(s, year=YEAR, name="沙埂乡冬季小葱拱棚示范基地建设", dept=BUREAU, unit=UNIT,
                 money=multi_year((360, 300, 60), (120, 100, 20)), goals=[period, annual],
                 years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "小葱拱棚建设面积", "≥500亩", mk(
            "≥600亩", "D201", "error", alt=("D104",),
            note="年度600亩大于实施期500亩，年度目标只写200亩")),
        (None, None, "培育示范户", "≥60户", mk(
            "≥60户", "D202", "warning", alt=("D104",),
            note="累计户数照抄实施期；年度目标写20户")),
        (None, None, "培训菜农", "≥1200人次", mk(
            "≥300人次", "D104", "warning", row=True,
            note="年度目标写培训400人次，年度指标却是300人次")),
        (None, "质量指标", "小葱商品率", "≥90%", "≥90%"),
        (None, "时效指标", "拱棚建设完成时间", "≤2028年10月31日", "≤2026年10月31日"),
        (None, "成本指标", "拱棚建设亩均补助", "≤4000元/亩", "≤4000元/亩"),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥1200元", "≥1200元"),
        (None, "社会效益指标", "带动农村劳动力就业", "≥150人", "≥50人"),
        (None, "可持续影响指标", "拱棚设施使用年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _stacked_project(s: Sheet, first: bool, name: str, goal: str, cash: tuple[int, int, int],
                     rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=UNIT, money=one_year(*cash),
                 goals=[goal], title=None if first else "")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)


@variant("kad03-tunnel-two-projects", (2,), "two one-year projects stacked in one sheet, OLD-NAT, "
         "one value column, one indicator name with a value in each project (correct)")  # fmt: skip
def tunnel_two_projects() -> Book:
    b, s = start(widths=(16, 16, 30, 20, 18, 18))
    _stacked_project(s, True, "冬季拱棚香菜轻简化栽培推广", "推广香菜拱棚轻简化栽培200亩，"
                     "开展技术培训6期，为2027年在全县推广积累栽培参数。", (80, 80, 0), [
        ("产出指标", "数量指标", "轻简化栽培推广面积", "≥200亩"),
        (None, None, "技术培训", "≥6期"),
        (None, "质量指标", "商品菜抽检合格率", "≥95%"),
        (None, "时效指标", "推广任务完成时间", "≤2026年12月20日"),
        (None, "成本指标", "亩均推广补助", "≤3000元/亩"),
        ("效益指标", "经济效益指标", "亩均增收", "≥1000元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    _stacked_project(s, False, "冬季小葱拱棚棚架修复", "修复雪灾损毁的小葱拱棚150亩，开展技术"
                     "培训4期。", (45, 40, 5), [
        ("产出指标", "数量指标", "修复拱棚面积", "≥150亩"),
        (None, None, "技术培训", "≥4期"),
        (None, "质量指标", "修复拱棚验收合格率", "≥95%"),
        (None, "时效指标", "修复完成时间", "≤2026年11月30日"),
        (None, "成本指标", "亩均修复补助", "≤2500元/亩"),
        ("效益指标", "经济效益指标", "亩均挽回损失", "≥800元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kad04-coriander-numbered-tiers", (5,), "project, NAT-2021, numbered tier labels "
         "(一、产出指标, 1.数量指标): a quality rate under 时效, a deadline from last "
         "season")  # fmt: skip
def coriander_numbered_tiers() -> Book:
    b, s = start()
    goal = "在苇岗镇发展冬季拱棚香菜240亩，设监测点6个，净菜抽检合格率98%以上。"
    project_head(s, year=YEAR, name="苇岗镇冬季拱棚香菜产业提升", dept=BUREAU, unit=UNIT,
                 money=one_year(90, 90, 0), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、成本指标", "（一）经济成本指标", "拱棚香菜亩均补助", "≤3500元/亩"),
        ("二、产出指标", "1.数量指标", "冬季拱棚香菜种植面积", "≥240亩"),
        (None, None, "棚内温湿度监测点", "≥6个"),
        (None, "2.质量指标", "种苗合格率", "≥95%"),
        (None, "3.时效指标", mk("净菜抽检合格率", "F201", "warning", row=True,
                                note="合格率是质量指标，填在时效指标下"), "≥98%"),
        (None, None, "扣棚覆膜完成时间", mk(
            "2025年11月30日前", "Y102", "error", alt=("Y103",),
            note="预算年度2026年，计划2026-01-01至2026-12-31，期限是上一季的日期")),
        ("三、效益指标", "1.经济效益指标", "香菜亩均增收", "≥1300元"),
        (None, "2.社会效益指标", "带动农户务工", "≥40人"),
        (None, "3.可持续影响指标", "拱棚设施使用年限", "≥5年"),
        ("四、满意度指标", "1.服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kad05-tunnel-points", (5, 10, 11), "project, NAT-2021, tier labels with points and an "
         "indicator score column, a rate raised in 百分点, a 下降率 with ≥, 0起 "
         "(correct)")  # fmt: skip
def tunnel_points() -> Book:
    b, s = start()
    goal = ("在芦湾镇拱棚种植冬春茬香菜260亩、培育小葱穴盘苗50万株，优质菜比例提高3个百分点，"
            "冻害损失下降15%以上。")  # fmt: skip
    project_head(s, year=YEAR, name="芦湾镇冬春茬香菜小葱拱棚提质增效", dept=BUREAU, unit=UNIT,
                 money=one_year(80, 70, 10), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "冬春茬香菜拱棚种植面积", "≥260亩", 10),
        (None, None, "小葱穴盘育苗", "≥50万株", 10),
        (None, "质量指标", "优质菜比例", "提高≥3百分点", 10),
        (None, None, "农残抽检合格率", "=100%", 10),
        (None, "时效指标", "首批净菜上市时间", "≤2026年12月25日", 10),
        ("成本指标（10分）", "经济成本指标", "拱棚种植亩均补助", "≤3000元/亩", 10),
        ("效益指标（30分）", "经济效益指标", "亩均增收", "≥1200元", 10),
        (None, "社会效益指标", "农药使用安全事故", "0起", 10),
        (None, "生态效益指标", "冻害损失下降率", "≥15%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("kad06-film-subsidy-export", (7, 12), "budget-system export: money on sheet 05-1, "
         "indicators on sheet 05-2 with codes in the first columns; a title year, a template "
         "example row, a subsidy standard × area above the money")  # fmt: skip
def film_subsidy_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 10, 14, 14, 14))
    code, name = "330727261004", "冬季蔬菜拱棚棚膜补贴"
    s.title("部门项目支出预算表", 6)
    s.row("单位：枫渚县农业农村局", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "预算年度", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, YEAR, wan(120), wan(100), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：枫渚县农业农村局")
    b.file_mark("Y101", "error", note="标题写2025年，预算表的预算年度和指标中的日期都是2026年")
    rows = [
        ("产出指标", "数量指标", "棚膜补贴面积", "≥2000亩"),
        ("产出指标", "数量指标", "例：培训人次", mk(
            "≥**人次", "X101", "error", row=True, note="模板的示例行没有删")),
        ("产出指标", "质量指标", "棚膜质量抽检合格率", "≥95%"),
        ("产出指标", "时效指标", "补贴资金兑付时间", "≤2026年12月15日"),
        ("产出指标", "成本指标", "棚膜补贴标准", mk(
            "≤800元/亩", "B107", "warning", row=True,
            note="800元/亩 × 2000亩 = 160万元，超过资金总额120万元")),
        ("效益指标", "社会效益指标", "受益种植户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "受益种植户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
               [(code, name, *r) for r in rows], merged=())  # fmt: skip
    return b
