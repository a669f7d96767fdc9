"""Pepper (胡椒) plantations: replanting, new gardens, stacked projects, a three-year upgrade."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout617.common import HEAD4, book, indicators, multi_year, one_year, wan
from tests.variants.holdout617.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

DEPT = "沐椰县农业农村局（403017）"


@variant("fc01-pepper-replant", (1, 5, 11),
         "project, NAT-2021, typed percent cells, a part in brackets in the goal, 0起 on an "
         "incident count, a 下降率 with ≥ (correct)")  # fmt: skip
def pepper_replant() -> Book:
    b, s = book()
    project_head(s, year=2026, name="坡岭胡椒场老龄椒园补植改造", dept=DEPT,
                 unit="沐椰县坡岭胡椒场", money=one_year(wan(86), wan(76), wan(10)),
                 goals=["在坡岭、长汀两个作业区补植胡椒苗3.2万株（其中嫁接苗1.2万株），清除瘟病株"
                        "园地420亩，培训椒农300人次，椒园亩产较上年提高5%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "胡椒种苗采购单价", "≤2.5元/株"),
        ("产出指标", "数量指标", "补植胡椒苗数量", "≥3.2万株"),
        (None, None, "其中：嫁接苗数量", "≥1.2万株"),
        (None, None, "瘟病株清除园地面积", "≥420亩"),
        (None, None, "椒农技术培训", "≥300人次"),
        (None, "质量指标", "补植苗成活率", pct(0.9)),
        (None, None, "瘟病复发率", "≤5%"),
        (None, "时效指标", "补植完成时间", "2026年9月30日前"),
        ("效益指标", "经济效益指标", "椒园亩产提高", "≥5%"),
        (None, "社会效益指标", "补植作业安全生产事故", "=0起"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("fc02-pepper-new-garden", (11, 12),
         "project, OLD-NAT: the goal's 600亩 given as 500亩, last season's deadline, seedling "
         "cost × count above the money")  # fmt: skip
def pepper_new_garden() -> Book:
    b, s = book()
    project_head(s, year=2026, name="长汀标准化胡椒园新建", dept=DEPT, unit="沐椰县长汀胡椒场",
                 attr="新增项目", money=one_year(wan(90), wan(80), wan(10)),
                 goals=["新建标准化胡椒园600亩，定植胡椒苗10.8万株，配套滴灌管网12公里，"
                        "2026年10月底前完成定植。"])  # fmt: skip
    area = mk("≥500亩", "D104", "warning", row=True,
              note="the goal states 600亩 of new garden; the indicator gives 500亩")  # fmt: skip
    due = mk("2025年10月31日前", "Y102", "error", alt=("Y103",),
             note="last season's deadline in a 2026 project; the goal says 2026")  # fmt: skip
    cost = mk("≤12元/株", "B107", "warning", row=True,
              note="12元 × 10.8万株 = 129.6万元, above the 90万元 of the project")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建胡椒园面积", area),
        (None, None, "定植胡椒苗数量", "≥10.8万株"),
        (None, None, "配套滴灌管网长度", "≥12公里"),
        (None, "质量指标", "定植苗成活率", "≥90%"),
        (None, "时效指标", "定植完成时间", due),
        (None, "成本指标", "胡椒种苗（扦插苗）单价", cost),
        ("效益指标", "经济效益指标", "投产后亩均产值", "≥6000元"),
        (None, "可持续影响指标", "新建椒园管护期", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "承包椒农满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _stacked_first(s: Sheet, year: int) -> None:
    """The first of two stacked projects: equipment for a pepper cooperative, consistent."""
    project_head(s, year=year, name="胡椒初加工设备购置", dept=DEPT, unit="沐椰县乌岽胡椒合作社",
                 money=one_year(wan(45), wan(40), wan(5)),
                 goals=["购置胡椒脱粒机、浸泡池循环泵和烘干机共6台（套），"
                        "年加工白胡椒80吨。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "购置加工设备", "≥6台（套）"),
        (None, None, "年加工白胡椒", "≥80吨"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备到位时间", f"{year}年6月30日前"),
        (None, "成本指标", "设备购置成本", "≤45万元"),
        ("效益指标", "经济效益指标", "白胡椒加工增值", "≥60万元"),
        (None, "社会效益指标", "带动椒农户数", "≥120户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip


@variant("fc03-pepper-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in each project (correct)")  # fmt: skip
def pepper_stacked() -> Book:
    b, s = book()
    _stacked_first(s, 2025)
    s.skip(2)
    s.title("项目二", 6)
    project_head(s, year=2025, name="胡椒病虫害绿色防控", dept=DEPT, unit="沐椰县植保植检站",
                 money=one_year(wan(30), wan(30), wan(0)), title="",
                 goals=["在乌岽、坡岭片区开展胡椒瘟病和根结线虫绿色防控3500亩，"
                        "培训椒农200人次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "绿色防控面积", "≥3500亩"),
        (None, None, "椒农技术培训", "≥200人次"),
        (None, "质量指标", "防控区瘟病发病率", "≤3%"),
        (None, "时效指标", "防控作业完成时间", "2025年11月30日前"),
        (None, "成本指标", "防控每亩补助标准", "≤80元/亩"),
        ("效益指标", "生态效益指标", "化学农药使用量", "较上年减少"),
        (None, "社会效益指标", "带动椒农户数", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("fc04-pepper-stacked-money", (2, 12),
         "two projects stacked, OLD-NAT: the second project's money does not add up and a "
         "quality rate sits under 时效")  # fmt: skip
def pepper_stacked_money() -> Book:
    b, s = book()
    _stacked_first(s, 2025)
    s.skip(2)
    s.title("项目二", 6)
    total = mk(wan(36), "B101", "error",
               note="年度资金总额 36 ≠ 财政拨款 30 + 其他资金 4 = 34")  # fmt: skip
    project_head(s, year=2025, name="白胡椒标准化晾晒场建设", dept=DEPT, unit="沐椰县长汀胡椒场",
                 money=one_year(total, wan(30), wan(4)), title="",
                 goals=["建设白胡椒标准化晾晒场2400平方米，年晾晒白胡椒120吨。"])  # fmt: skip
    water = mk("白胡椒成品含水率", "F201", "warning", row=True,
               note="a quality rate (含水率) under 时效指标")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "晾晒场建设面积", "≥2400平方米"),
        (None, None, "年晾晒白胡椒", "≥120吨"),
        (None, "质量指标", "晾晒场工程验收合格率", "=100%"),
        (None, "时效指标", "晾晒场完工时间", "2025年8月31日前"),
        (None, None, water, "≤13%"),
        (None, "成本指标", "晾晒场建设单价", "≤140元/平方米"),
        ("效益指标", "经济效益指标", "白胡椒霉变损失减少", "≥8万元"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥90%"),
    ])  # fmt: skip
    return b


HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("fc05-pepper-upgrade-period", (1, 8),
         "three-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside smaller "
         "annual counts, equal rates, a later year the work prepares for (correct)")  # fmt: skip
def pepper_upgrade_period() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="低产胡椒园提质增效改造", dept=DEPT,
                 unit="沐椰县热带作物技术推广站", attr="新增项目",
                 money=multi_year((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
                 goals=["2026—2028年累计改造低产胡椒园1800亩，建设胡椒良种苗圃3处，为2029年在全县"
                        "推广胡椒—槟榔间作模式积累数据。",
                        "2026年改造低产胡椒园600亩，建成良种苗圃1处。"])  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("成本指标", "经济成本指标", "低产园改造单价", "≤1800元/亩", "≤1800元/亩"),
        ("产出指标", "数量指标", "低产胡椒园改造面积", "≥1800亩", "≥600亩"),
        (None, None, "良种苗圃建设", "≥3处", "≥1处"),
        (None, "质量指标", "改造园良种覆盖率", pct(0.8), pct(0.8)),
        (None, "时效指标", "年度改造任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "经济效益指标", "改造园亩产提高率", "≥15%", "≥5%"),
        (None, "可持续影响指标", "改造园管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "椒农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fc06-pepper-training-period", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: the period goal's 900人次 given as "
         "600, a year's count above the period's, a cumulative area copied into 年度")  # fmt: skip
def pepper_training_period() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="胡椒标准化生产示范基地建设", dept=DEPT,
                 unit="沐椰县热带作物技术推广站",
                 money=multi_year((wan(270), wan(240), wan(30)), (wan(90), wan(80), wan(10))),
                 goals=["2025—2027年建设胡椒标准化示范基地3个，累计培训椒农900人次，统防统治"
                        "病虫害3000亩。",
                        "2025年建成示范基地1个，培训椒农300人次，统防统治1000亩。"])  # fmt: skip
    trained = mk("≥600人次", "D104", "warning", row=True,
                 note="the 中期目标 states 900人次 of training over the period")  # fmt: skip
    bases = mk("≥4个", "D201", "error", note="a year's 4 bases above the period's 3")
    area = mk("≥3000亩", "D202", "warning",
              note="the cumulative 3000亩 copied into 年度; the goal says 1000亩")  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "标准化示范基地建设", "≥3个", bases),
        (None, None, "椒农技术培训", trained, "≥300人次"),
        (None, None, "病虫害统防统治面积", "≥3000亩", area),
        (None, "质量指标", "示范基地胡椒一级果率", "≥70%", "≥65%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "示范基地建设单价", "≤60万元/个", "≤60万元/个"),
        ("效益指标", "经济效益指标", "示范基地亩均增收", "≥800元", "≥500元"),
        ("满意度指标", "服务对象满意度指标", "参训椒农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
