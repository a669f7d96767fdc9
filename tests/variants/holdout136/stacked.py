"""Several projects stacked in one sheet (§3.3), each with its own head block and indicator
table: the same indicator in two projects is not a duplicate; the same indicator twice inside
one project is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout136.common import footer, multi_year_money, one_year_money
from tests.variants.holdout136.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def block(s: Sheet, n: str, rows: Sequence[Sequence[Any]], **head: Any) -> None:
    """One stacked project: a numbered caption, its head, its indicator table."""
    if n != "一":
        s.skip()
    s.row(f"项目{n}", merge=[(1, 6)])
    project_head(s, title="", **head)
    s.row(*HEAD)
    s.table(rows, merged=(1, 2))


@variant("mp08-stacked-same-indicator", (2,), "two one-year projects stacked, OLD-NAT, one value "
         "column: the same indicators with different values in each project: correct")  # fmt: skip
def mp08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 18))
    s.title("2026年度项目支出绩效目标申报表（就业培训类）", 6)
    block(s, "一", [
        ("产出指标", "数量指标", "职业技能培训人次", "≥2400人次"),
        (None, None, "开设培训班期数", "≥40期"),
        (None, "质量指标", "培训合格率", "≥90%"),
        (None, "时效指标", "培训补贴发放时间", "结业后30个工作日内"),
        (None, "成本指标", "人均培训补贴标准", "≤1200元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥70%"),
        (None, "可持续影响指标", "培训机构动态管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], year=2026, name="丰溪县城乡劳动者职业技能提升培训", dept="丰溪县人力资源和社会保障局（140）",
        unit="丰溪县就业服务中心", money=one_year_money(288, 288, 0),
        goals=("开展职业技能培训2400人次，培训后就业率达到70%以上。",))  # fmt: skip
    block(s, "二", [
        ("产出指标", "数量指标", "职业技能培训人次", "≥600人次"),
        (None, None, "开设培训班期数", "≥12期"),
        (None, "质量指标", "培训合格率", "≥85%"),
        (None, "时效指标", "培训补贴发放时间", "结业后30个工作日内"),
        (None, "成本指标", "人均培训补贴标准", "≤1500元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥60%"),
        (None, "经济效益指标", "参训人员月均增收", "≥800元"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], year=2026, name="丰溪县退役军人适应性培训", dept="丰溪县退役军人事务局（146）",
        unit="丰溪县退役军人服务中心", money=one_year_money(90, 90, 0),
        goals=("组织退役军人适应性及技能培训600人次，帮助其尽快实现就业创业。",))  # fmt: skip
    footer(s, "饶建华", "0793-7102655", "2025年11月25日")
    return b


@variant("mp09-stacked-real-duplicate", (2,), "two one-year projects stacked, OLD-NAT: an "
         "indicator shared with the other project (fine) and, inside the second project, the same "
         "indicator twice with different values")  # fmt: skip
def mp09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 18))
    s.title("2026年度项目支出绩效目标表", 6)
    block(s, "一", [
        ("产出指标", "数量指标", "病媒生物防制覆盖小区", "≥180个"),
        (None, None, "投放灭鼠毒饵站", "≥3600个"),
        (None, "质量指标", "防制作业规范率", "≥95%"),
        (None, "时效指标", "春秋两季集中防制完成时间", "2026年10月31日前"),
        (None, "成本指标", "每个小区年度防制费用", "≤0.8万元"),
        ("效益指标", "社会效益指标", "鼠密度控制水平", "达到国家C级标准"),
        (None, "可持续影响指标", "病媒生物监测机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ], year=2026, name="汀州区病媒生物防制项目", dept="汀州区卫生健康局（308）",
        unit="汀州区爱国卫生运动服务中心", money=one_year_money(156, 156, 0),
        goals=("覆盖180个小区开展病媒生物防制，鼠密度控制在国家C级标准以内。",))  # fmt: skip
    block(s, "二", [
        ("产出指标", "数量指标", "公共厕所提升改造", "≥24座"),
        (None, None, "新增垃圾分类投放点", ok("≥150个", "error", note="the first of the pair")),
        (None, None, "配备保洁人员", "≥60人"),
        (None, None, "新增垃圾分类投放点",
         mk("≥120个", "D102", "error", row=True, alt=("D101", "D103", "D104"),
            note="the same indicator twice in one project, two values; the goal text says 150")),
        (None, "质量指标", "公厕改造验收合格率", pct(1)),
        (None, "时效指标", "改造工程完工时间", "2026年9月30日前"),
        (None, "成本指标", "单座公厕改造费用", "≤12万元"),
        ("效益指标", "社会效益指标", "城区环境卫生考核排名", "提升"),
        (None, "生态效益指标", "生活垃圾回收利用率", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ], year=2026, name="汀州区城区环境卫生提升项目", dept="汀州区城市管理局（311）",
        unit="汀州区环境卫生服务中心", money=one_year_money(430, 400, 30),
        goals=("改造公共厕所24座，新增垃圾分类投放点150个，提升城区环境卫生水平。",))  # fmt: skip
    footer(s, "林秀凤", "0597-6341208", "2025年11月10日")
    return b


@variant("mp10-stacked-date-after-end", (2, 8), "a one-year and a two-year project stacked: the "
         "one-year project's 时效 date falls after its plan ends (the two-year one's 2027 date "
         "is fine)")  # fmt: skip
def mp10() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 30, 18, 18, 18))
    s.title("2026年度项目支出绩效目标申报表", 6)
    block(s, "一", [
        ("产出指标", "数量指标", "采购应急救援装备", "≥320台（套）"),
        (None, None, "组织应急演练", "≥6次"),
        (None, "质量指标", "装备验收合格率", pct(1)),
        (None, "时效指标", "装备采购到位时间",
         mk("2027年3月31日前", "Y102", "error", note="after the one-year plan's end 2026-12-31")),
        (None, "成本指标", "装备采购成本", "≤260万元"),
        ("效益指标", "社会效益指标", "应急救援到场时间", "≤30分钟"),
        (None, "可持续影响指标", "装备维护保养制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "救援队伍满意度", "≥90%"),
    ], year=2026, name="枫林县应急救援装备购置项目", dept="枫林县应急管理局（162）",
        unit="枫林县综合应急救援大队", attr="一次性项目", money=one_year_money(260, 260, 0),
        goals=("购置应急救援装备320台（套），提升全县综合应急救援能力。",))  # fmt: skip
    block(s, "二", [
        ("产出指标", "数量指标", "建设应急避难场所", "≥8处"),
        (None, None, "设置应急物资储备点", "≥15个"),
        (None, "质量指标", "避难场所建设验收合格率", pct(1)),
        (None, "时效指标", "避难场所建设完成时间", "2027年11月30日前"),
        (None, "成本指标", "单处避难场所建设成本", "≤45万元"),
        ("效益指标", "社会效益指标", "可容纳避险人数", "≥2.4万人"),
        (None, "可持续影响指标", "避难场所日常管护机制", "建立"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ], year=2026, years=2, name="枫林县应急避难场所建设项目", dept="枫林县应急管理局（162）",
        unit="枫林县应急管理局", attr="新增项目",
        money=multi_year_money((520, 520, 0), (300, 300, 0)),
        goals=("两年建成应急避难场所8处、物资储备点15个。",
               "2026年建成应急避难场所5处、物资储备点9个。"))  # fmt: skip
    footer(s, "宋立新", "0794-3356812", "2025年11月6日")
    return b


@variant("mp11-stacked-three-correct", (2,), "three one-year projects stacked, OLD-NAT, one value "
         "column, shared indicator names with their own values: correct")  # fmt: skip
def mp11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 18))
    s.title("2026年度项目支出绩效目标表（农业农村局）", 6)
    common = dict(year=2026, dept="竹山县农业农村局（171）")
    block(s, "一", [
        ("产出指标", "数量指标", "高标准农田建设面积", "≥1.2万亩"),
        (None, "质量指标", "工程验收合格率", pct(1)),
        (None, "时效指标", "项目完工时间", "2026年12月31日前"),
        (None, "成本指标", "亩均建设成本", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥50公斤"),
        (None, "可持续影响指标", "工程设施管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ], name="竹山县高标准农田建设项目", unit="竹山县农田建设服务站",
        money=one_year_money(1800, 1650, 150),
        goals=("建设高标准农田1.2万亩，项目区粮食亩产增加50公斤以上。",), **common)  # fmt: skip
    block(s, "二", [
        ("产出指标", "数量指标", "农作物病虫害统防统治面积", "≥8万亩"),
        (None, "质量指标", "防治处置率", "≥90%"),
        (None, "时效指标", "项目完工时间", "2026年10月31日前"),
        (None, "成本指标", "亩均防治补助", "≤20元/亩"),
        ("效益指标", "经济效益指标", "挽回粮食损失", "≥3000吨"),
        (None, "生态效益指标", "化学农药使用量增长率", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥85%"),
    ], name="竹山县农作物病虫害统防统治项目", unit="竹山县植保植检站",
        money=one_year_money(160, 160, 0),
        goals=("完成统防统治8万亩，农药使用量实现零增长。",), **common)  # fmt: skip
    block(s, "三", [
        ("产出指标", "数量指标", "培训高素质农民", "≥500人"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "项目完工时间", "2026年11月30日前"),
        (None, "成本指标", "人均培训费用", "≤3000元/人"),
        ("效益指标", "社会效益指标", "带动周边农户", "≥1500户"),
        (None, "可持续影响指标", "跟踪服务机制", "建立"),
        ("满意度指标", "服务对象满意度指标", "受训农民满意度", "≥90%"),
    ], name="竹山县高素质农民培育项目", unit="竹山县农业技术推广中心",
        money=one_year_money(150, 150, 0),
        goals=("培育高素质农民500人，带动周边农户1500户。",), **common)  # fmt: skip
    footer(s, "黄德胜", "0719-4203386", "2025年11月19日")
    return b


@variant("mp12-stacked-duplicate-same-value", (2,), "two one-year projects stacked, NAT-2021 with "
         "成本指标 tier-1: the first project repeats an indicator with the same value; the "
         "second types a satisfaction of 102%")  # fmt: skip
def mp12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 18))
    s.title("2026年度项目支出绩效目标申报表", 6)
    block(s, "一", [
        ("成本指标", "经济成本指标", "每场演出补贴标准", "≤1.2万元/场"),
        ("产出指标", "数量指标", "送戏下乡演出场次", ok("≥120场", note="the first of the pair")),
        (None, None, "覆盖行政村", "≥110个"),
        (None, None, "送戏下乡演出场次",
         mk("≥120场", "D101", "warning", row=True, alt=("D102", "D103"),
            note="the same indicator twice, same value")),
        (None, "质量指标", "演出安全事故发生次数", "0次"),
        (None, "时效指标", "演出任务完成时间", "2026年11月30日前"),
        ("效益指标", "社会效益指标", "观看群众人次", "≥6万人次"),
        (None, "可持续影响指标", "基层文化服务长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", pct(0.9)),
    ], year=2026, name="西岭县送戏下乡惠民演出项目", dept="西岭县文化广电旅游局（205）",
        unit="西岭县文化馆", money=one_year_money(144, 144, 0),
        goals=("全年送戏下乡演出120场，覆盖110个行政村。",))  # fmt: skip
    block(s, "二", [
        ("成本指标", "经济成本指标", "单场放映补贴", "≤200元/场"),
        ("产出指标", "数量指标", "农村公益电影放映场次", "≥2600场"),
        (None, "质量指标", "放映设备完好率", pct(0.95)),
        (None, "时效指标", "放映任务完成时间", "2026年12月20日前"),
        ("效益指标", "社会效益指标", "观影群众人次", "≥13万人次"),
        (None, "可持续影响指标", "放映监管平台使用率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "观影群众满意度",
         mk(pct(1.02), "T106", "error", note="102%")),
    ], year=2026, name="西岭县农村公益电影放映项目", dept="西岭县文化广电旅游局（205）",
        unit="西岭县电影发行放映站", money=one_year_money(52, 52, 0),
        goals=("全年放映农村公益电影2600场，满足群众观影需求。",))  # fmt: skip
    footer(s, "郑丽君", "0839-5526417", "2025年11月11日")
    return b
