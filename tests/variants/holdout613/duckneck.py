"""Returns ey07–ey12: 云塘区's 卤味 (braised duck neck) processing plant and its services."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout613.common import OLD_HEAD, YEAR, funds, notes, sign, start, table, wan
from tests.variants.holdout613.registry import variant
from tests.variants.kit import Book, mk, pct

CENTRE = "云塘区卤味食品产业服务中心"


@variant("ey07-luwei-department", (1, 12),
         "department, NAT-2021: budget adding both ways, tasks adding to 项目支出 with a footnote, "
         "0起 on an incident count, a 下降率 with ≥, a typed 100% (correct)")  # fmt: skip
def department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=CENTRE, budget=[
        (wan(320), wan(260), wan(60), wan(120), wan(200))], tasks=[
        ("卤制车间HACCP体系维护", "体系文件修订、年度复审", wan(80), "通过年度复审"),
        ("原料及成品检测", "原料鸭脖及成品卤味批批检测", wan(70), "检测1500批次"),
        ("冷库仓储改造", "改造园区公共冷库", wan(50), "新增冷库容量200吨"),
        ("金额合计", None, wan(200), None)],
        goal="全年检测原料及成品不少于1500批次（其中原料鸭脖900批次），食品安全事故0起，"
             "新增冷库容量200吨。")  # fmt: skip
    table(s, OLD_HEAD, [
        ("产出指标", "数量指标", "原料及成品检测批次", "≥1500批次"),
        (None, None, "新增冷库容量", "≥200吨"),
        (None, "质量指标", "成品抽检合格率", "≥98%"),
        (None, None, "检测报告归档率", pct(1.0)),
        (None, "时效指标", "检测报告出具时限", "≤3个工作日"),
        ("成本指标", "经济成本指标", "单批次检测费用", "≤400元/批次"),
        ("效益指标", "经济效益指标", "园区卤味企业销售额增长率", "≥6%"),
        (None, "社会效益指标", "食品安全事故发生次数", "=0起"),
        (None, None, "卤制品平均含盐量下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计200万元为项目支出；基本支出120万元为人员及公用经费，未列入任务。")
    return b


@variant("ey08-luwei-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the goal's tonnage against the indicator's")  # fmt: skip
def money_wrong() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="云塘区鸭颈卤制加工厂", budget=[
        (mk(wan(450), "B101", "error", note="150+280=430≠450"), wan(380), wan(70), wan(150),
         wan(280))], tasks=[
        ("卤制生产线升级", "新增自动卤煮线2条", wan(180), "年产能提高至800吨"),
        ("原料溯源系统", "鸭脖原料批次溯源", wan(60), "溯源覆盖全部批次"),
        ("员工食品安全培训", "全员轮训", wan(30), "培训300人次"),
        ("金额合计", None, mk(wan(280), "B102", "error", note="180+60+30=270≠280"), None)],
        goal="全年生产卤鸭脖800吨，原料溯源覆盖率100%，培训员工300人次。")  # fmt: skip
    table(s, OLD_HEAD, [
        ("产出指标", "数量指标", "卤鸭脖产量",
         mk("≥600吨", "D104", "warning", note="年度总体目标写800吨")),
        (None, None, "员工食品安全培训人次", "≥300人次"),
        (None, "质量指标", "原料溯源覆盖率", "=100%"),
        (None, "时效指标", "生产线升级完成时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "单吨卤制加工成本", "≤2000元/吨"),
        ("效益指标", "经济效益指标", "卤味产品销售收入增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ey09-luwei-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="云塘区卤味产业园管理委员会", budget=[
        (wan(180), wan(150), wan(30), wan(60), wan(120))],
        goal="完成3条卤味生产线改造，原料检测全覆盖，冷库温控达标。")  # fmt: skip
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("卤味生产线改造数量", 15, "条", "≥", 3),
        ("原料检测覆盖率", 20, "%", "=", pct(1.0)),
        ("冷库温控达标率", 15, "%", "≥", pct(0.98)),
        ("单吨卤制能耗", 15, "千瓦时/吨", "≤", 320),
        ("卤水废液处理率", 15, "%", "≥", pct(0.95)),
        ("入园企业满意度", 20, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    return b


@variant("ey10-luwei-duplicates", (4,),
         "project, OLD-NAT, a note row inside the table, footnotes and signature: last year's "
         "goal sentence, one indicator twice with two values, a near-duplicate")  # fmt: skip
def duplicates() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="云塘区卤味小作坊规范提升项目", dept="云塘区市场监管局（405）",
                 unit="云塘区卤味食品产业服务中心", money=funds(36, 30, 6), goals=[
                     mk("2025年完成卤制车间改造3间，小作坊抽检合格率达到95%。", "Y103",
                        "warning", note="去年的年度目标未改，预算年度2026")])  # fmt: skip
    table(s, OLD_HEAD, [
        ("产出指标", "数量指标", "卤制车间改造数量", "≥3间"),
        (None, None, mk("卤制车间改造间数", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行同一指标，多一字之差"), "≥3间"),
        (None, "质量指标", "小作坊产品抽检合格率", "≥95%"),
        (None, "时效指标", "改造验收完成时间", "2026年11月30日前"),
        (None, "成本指标", "单间车间改造补助", "≤10万元/间"),
        ("说明：以下效益、满意度指标按区市场监管局统一口径填报。", "", None, None),
        ("效益指标", "社会效益指标", mk("小作坊产品抽检合格率", "D102", "error", row=True,
                                        alt=("D101", "D103"), note="与第三项同名，值不同"),
         "≥98%"),
        ("满意度指标", "服务对象满意度指标", "小作坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.改造补助按每间不超过10万元核定；2.抽检由第三方检测机构承担。")
    sign(s, "龚沐晴", "0745-3308162", (YEAR - 1, 12, 2))
    return b


@variant("ey11-luwei-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same rate with "
         "different values in the two projects (correct)")  # fmt: skip
def stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="云塘区卤味小作坊提升改造补助项目", dept=CENTRE,
                 unit=CENTRE, money=funds(60, 50, 10),
                 goals=["补助25户小作坊完成改造，产品抽检合格率不低于95%。"])  # fmt: skip
    table(s, OLD_HEAD, [
        ("产出指标", "数量指标", "补助改造小作坊户数", "≥25户"),
        (None, "质量指标", "产品抽检合格率", "≥95%"),
        (None, "成本指标", "单户改造补助标准", "≤2万元/户"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="云塘区卤味产品质量抽检项目", dept=CENTRE, title="",
                 unit=CENTRE, money=funds(30, 30, 0),
                 goals=["全年抽检卤味产品800批次，产品抽检合格率不低于97%。"])  # fmt: skip
    table(s, OLD_HEAD, [
        ("产出指标", "数量指标", "卤味产品抽检批次", "≥800批次"),
        (None, "质量指标", "产品抽检合格率", "≥97%"),
        (None, "成本指标", "单批次抽检费用", "≤300元/批次"),
        ("效益指标", "社会效益指标", "抽检结果公开率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ey12-luwei-system-export", (7,),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with codes in the "
         "first columns and the header on the third row: a rate given as a count, a subsidy "
         "beyond the money")  # fmt: skip
def export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 30, 14, 14, 14))
    s.row("部门项目支出预算表", merge=[(1, 5)])
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("440512260031", "鸭脖原料收储补贴项目", wan(45), wan(40), wan(5))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 14, 26, 12, 12, 28, 8, 10, 10))
    t.row("部门项目支出绩效目标表", merge=[(1, 9)])
    t.row("预算年度：2026", None, None, None, None, None, None, "单位：万元")
    t.row("项目编码", "单位编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "计量单位")  # fmt: skip
    code, unit, name = "440512260031", "405017", "鸭脖原料收储补贴项目"
    t.table([
        (code, unit, name, "产出指标", "数量指标", "原料鸭脖收储量", "≥", 500, "吨"),
        (None, None, None, None, "质量指标", "鸭脖原料抽检合格率", "≥",
         mk(60, "T105", "error", row=True, note="合格率填成60批次"), "批次"),
        (None, None, None, None, "时效指标", "收储补贴发放时限", "≤", 30, "日"),
        (None, None, None, None, "成本指标", "原料鸭脖收储补贴标准", "≤",
         mk(0.12, "B107", "warning", row=True, note="0.12万元×500吨=60万元＞45万元"), "万元/吨"),
        (None, None, None, "效益指标", "经济效益指标", "合作养殖户增收额", "≥", 2000, "元/户"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
