"""Returns bv01–bv06: percent cells, stacked projects and flat lists (items 1, 2, 3, 11, 12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout532.common import (
    OPS,
    SAMR,
    YEAR,
    department_book,
    one_year,
    project_book,
    sign_off,
    table,
    tasks,
    wan,
)  # fmt: skip
from tests.variants.holdout532.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("bv01-noodle-sampling", (1,),
         "project, OLD-NAT, operator column, unit column, typed percent cells, 万元 in the "
         "number format (correct)")  # fmt: skip
def noodle_sampling() -> Book:
    b, s = project_book(
        name="米粉小作坊食品安全监督抽检", dept=SAMR, unit="蓼川县食品检验检测中心",
        money=one_year(48, 45, 3), attr="常年项目",
        goals=["全年抽检米粉小作坊产品320批次，覆盖全县86家在册作坊，抽检合格率不低于98%。"],
    )  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "米粉小作坊监督抽检批次", "≥", 320, "批次"),
        (None, None, "抽检覆盖在册小作坊数", "≥", 86, "家"),
        (None, "质量指标", "米粉产品抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "不合格产品召回处置率", "=", pct(1), "%"),
        (None, "时效指标", "检验报告出具时限", "≤", 7, "工作日"),
        (None, "成本指标", "单批次检验费用", "≤", 1400, "元/批次"),
        ("效益指标", "社会效益指标", "米粉类食品安全事故发生起数", "≤", 0, "起"),
        (None, "可持续影响指标", "小作坊产品抽检信息公示机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "小作坊经营者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign_off(s, "覃晓岚", "0779-6213487", day(YEAR - 1, 11, 26))
    return b


@variant(
    "bv02-tofu-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column: a typed 105% on a 合格率 and ≥ on an 超标率",
)
def tofu_percent_wrong() -> Book:
    b, s = project_book(
        name="腐乳小作坊专项抽检", dept=SAMR, unit="蓼川县食品检验检测中心",
        money=one_year(36, 30, 6),
        goals=["完成腐乳小作坊产品专项抽检200批次，重点监测亚硝酸盐、防腐剂和霉菌毒素。"],
    )  # fmt: skip
    too_high = mk(pct(1.05), "T106", "error", note="a 合格率 typed as 105%: above the ceiling")
    wrong_op = mk("≥", "T108", "warning", row=True, note="an 超标率 is 反向: ≤ was meant")
    table(s, OPS, [
        ("产出指标", "数量指标", "腐乳产品专项抽检批次", "≥", 200, "批次"),
        (None, "质量指标", "腐乳产品抽检合格率", "≥", too_high, "%"),
        (None, None, "亚硝酸盐超标率", wrong_op, pct(0.02), "%"),
        (None, "时效指标", "抽检任务完成时间", "≤", "11月30日前", None),
        (None, "成本指标", "单批次检验费用", "≤", 1500, "元/批次"),
        ("效益指标", "社会效益指标", "不合格腐乳产品下架处置率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign_off(s, "韦柏舟", "0779-6213552", day(YEAR - 1, 12, 3))
    return b


@variant("bv03-stacked-workshops", (2,),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values in each (correct)")  # fmt: skip
def stacked_workshops() -> Book:
    b, s = project_book(
        name="澄坳镇米粉作坊集中加工区改造", dept=SAMR, unit="澄坳镇人民政府",
        money=one_year(120, 100, 20), attr="一次性项目",
        goals=["改造12家米粉作坊的生产车间和排水设施，达到小作坊登记条件。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值")
    table(s, header, [
        ("产出指标", "数量指标", "完成改造的米粉作坊", "≥12家"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "改造完工时间", "10月31日前"),
        (None, "成本指标", "单个作坊改造补助标准", "≤10万元/家"),
        ("效益指标", "社会效益指标", "改造作坊小作坊登记办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="禾坪乡腐乳作坊发酵间升级补助", dept=SAMR,
                 unit="禾坪乡人民政府", money=one_year(80, 80, 0), attr="一次性项目",
                 goals=["补助20家腐乳作坊升级恒温发酵间，霉菌污染风险明显下降。"])  # fmt: skip
    table(s, header, [
        ("产出指标", "数量指标", "升级发酵间的腐乳作坊", "≥20家"),
        (None, "质量指标", "发酵间温湿度达标率", "≥95%"),
        (None, "时效指标", "补助资金拨付时间", "9月30日前"),
        (None, "成本指标", "单个作坊补助标准", "≤4万元/家"),
        ("效益指标", "社会效益指标", "腐乳产品霉菌毒素超标率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("bv04-stacked-defects", (2, 12),
         "two one-year projects stacked, OLD-NAT, one value column: a rate given as a count in "
         "the first, the second's 资金总额 not the sum of its sources")  # fmt: skip
def stacked_defects() -> Book:
    b, s = project_book(
        name="米粉小作坊登记证换发", dept=SAMR, unit="蓼川县市场监督管理局",
        money=one_year(18, 18, 0),
        goals=["完成到期米粉小作坊登记证的现场核查与换发。"],
    )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "现场核查作坊数", "≥45家"),
        (None, "质量指标", "到期登记证换发完成率",
         mk("45家", "T105", "error", note="a 完成率 given as a count of workshops")),
        (None, "时效指标", "换发办结时限", "≤10个工作日"),
        (None, "成本指标", "单家核查成本", "≤4000元/家"),
        ("效益指标", "社会效益指标", "无证生产米粉作坊数量", "下降"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(65), "B101", "error", note="65 ≠ 财政拨款 50 + 其他资金 10")
    project_head(s, year=YEAR, title="", name="腐乳作坊食品安全快检室建设", dept=SAMR,
                 unit="禾坪乡市场监管所", money=one_year(total, 50, 10), attr="一次性项目",
                 goals=["在腐乳主产乡建成1个快检室，年快检腐乳样品不少于600份。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "建成快检室", "1个"),
        (None, None, "年快检腐乳样品", "≥600份"),
        (None, "质量指标", "快检结果复核符合率", "≥95%"),
        (None, "时效指标", "快检室投入使用时间", "8月31日前"),
        ("效益指标", "社会效益指标", "问题产品发现处置率", "100%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bv05-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = department_book(
        (860, 820, 40, 610, 250), dept="蓼川县食品安全综合服务中心",
        tasks=tasks(
            ("米粉作坊抽检", "全县米粉小作坊监督抽检", 48, "抽检合格率≥98%"),
            ("腐乳作坊帮扶", "发酵间升级和快检补助", 120, "帮扶作坊≥30家"),
            ("宣传培训", "从业人员食品安全培训", 82, "培训≥1500人次"),
            total=250,
        ),
        goal="米粉、腐乳小作坊抽检全覆盖，从业人员持证上岗，投诉举报明显下降。",
    )  # fmt: skip
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("米粉、腐乳小作坊抽检批次", 20, "批次", "≥", 520),
        ("从业人员食品安全培训人次", 15, "人次", "≥", 1500),
        ("小作坊产品抽检合格率", 15, "%", "≥", pct(0.97)),
        ("腐乳产品霉菌毒素超标率", 10, "%", "≤", pct(0.01)),
        ("投诉举报办结时限", 10, "工作日", "≤", 15),
        ("小作坊食品安全投诉举报下降率", 10, "%", "≥", pct(0.15)),
        ("帮扶作坊单家平均补助", 10, "万元/家", "≤", 4),
        ("小作坊经营者满意度", 10, "%", "≥", pct(0.92, "0.0%")),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    return b


@variant("bv06-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "an amount against a 户 unit, ≥ on a 反向 rate, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = department_book(
        (430, 400, 30, 330, 100), dept="蓼川县小微企业服务中心",
        tasks=tasks(
            ("作坊贷款贴息", "米粉、腐乳作坊创业贷款贴息", 60, "贴息作坊≥35户"),
            ("品牌培育", "地理标志和区域品牌推广", 40, "培育品牌≥3个"),
            total=100,
        ),
        goal="帮扶米粉、腐乳小作坊稳定经营，降低融资成本，培育区域品牌。",
    )  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    amount = mk("35万元", "T112", "error", alt=("T119",), note="an amount against the unit 户")
    upward = mk("≥3%", "T108", "warning", row=True, note="declared 反向 but written with ≥")
    s.table([
        ("享受贷款贴息的作坊户数", amount, "正向", "户", 25),
        ("培育区域特色品牌", "≥3", "正向", "个", 20),
        ("食品安全投诉率", upward, "反向", "%", 20),
        ("贴息资金拨付时限", "≤20", "反向", "工作日", 15),
        ("帮扶作坊经营者满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="the weights add to 25+20+20+15+15 = 95, not 100")
    return b
