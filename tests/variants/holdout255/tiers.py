"""Tier labels as offices write them: numbered (一、/（一）), with points or a leading *,
abbreviated, Shanghai's 目标 tiers, OLD-NAT's 成本 under 产出; stacked projects, a flat
department list, money blocks with 测算依据 (re13–re18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout255.common import (
    ONE,
    book,
    indicators,
    lines,
    note,
    one_year_money,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout255.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct


@variant("re13-numbered-tiers-wrong-parent", (5,), "one-year project, NAT-2021, numbered "
         "tier labels (一、/（一）): a 社会效益指标 under 一、产出指标, a cost cap of "
         "0万元")  # fmt: skip
def re13() -> Book:
    b, s = book("Sheet1", (16, 20, 30, 18, 24))
    project_head(
        s, year=2026, name="科技型中小企业评价入库及高企培育", dept="雁溪县工业和科技局（318）",
        unit="雁溪县科技创新服务中心",
        money=one_year_money(wan(180), wan(150), wan(30)),
        goals=["2026年组织120家科技型中小企业完成评价入库，对40家培育企业开展一对一辅导，推动"
               "科技型中小企业入库数增长15%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("一、产出指标", "（一）数量指标", "科技型中小企业评价入库数", "≥120家", None),
        (None, None, "一对一辅导培育企业数", "≥40家", None),
        (None, "（二）质量指标", "入库企业信息核验准确率", "≥98%", "抽查复核"),
        (None, "（三）时效指标", "年度评价入库工作完成时间", "2026年10月31日前", None),
        (None, mk("（四）社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出"),
         "科技型中小企业入库数增长率", "≥15%", "较上年"),
        ("二、成本指标", "（一）经济成本指标", "单家企业一对一辅导成本",
         mk("≤0万元/家", "T115", "error", note="a cost cap of 0"), "委托第三方机构辅导"),
        ("三、效益指标", "（一）经济效益指标", "辅导企业研发费用加计扣除享受率", "≥85%", None),
        (None, "（二）可持续影响指标", "科技企业梯次培育工作机制", "健全", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "辅导企业满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "莫听澜", "章嘉树", "0745-63214408")
    return b


@variant("re14-star-points-labels", (5, 10), "one-year project, NAT-2021, tier-1 labels with "
         "* and points (40/20/30/10 = 100) but no score column, abbreviated tier-2 labels, "
         "重大网络安全事件 =0起, 210 sites × ≤1.2万元 within 380万元 (correct)")  # fmt: skip
def re14() -> Book:
    b, s = book("Sheet1", (18, 16, 32, 18, 26))
    project_head(
        s, year=2026, name="电子政务外网及安全运维", dept="东峪县数据资源管理局（227）",
        unit="东峪县电子政务中心",
        money=one_year_money(wan(380), wan(300), wan(80)),
        goals=["2026年保障210个接入单位电子政务外网稳定运行，全年开展安全巡检12次，外网可用率不"
               "低于99.9%，不发生重大网络安全事件。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("*产出指标（40分）", "数量", "政务外网接入单位数", "≥210个", "县乡两级接入单位"),
        (None, None, "网络安全巡检次数", "≥12次", "每月一次"),
        (None, "质量", "政务外网可用率", "≥99.9%", "全年可用时长÷总时长"),
        (None, None, "重大网络安全事件", "=0起", None),
        (None, "时效", "安全事件应急响应时间", "≤30分钟", None),
        ("*成本指标（20分）", "经济成本", "政务外网单点年均运维费", "≤1.2万元/个", "运维合同"),
        ("*效益指标（30分）", "社会效益", "政务业务因外网故障中断时长", "≤4小时/年", None),
        (None, "可持续影响", "网络安全运维管理制度", "健全", None),
        ("*满意度指标（10分）", "服务对象满意度", "接入单位满意度", "≥90%", "年终问卷"),
    ])  # fmt: skip
    note(s, "注：带*号的一级指标为必填项，括号内为该一级指标分值，合计100分。", 5)
    sign(s, "华砚秋", "冯一苇", "0833-55127496")
    return b


def _re15_exchange(s: Sheet) -> None:
    project_head(
        s, year=2026, name="公共数据共享交换平台运维", dept="安宁市大数据中心（415）",
        unit="安宁市大数据中心", title="2026年度项目支出绩效目标表（一）",
        money=one_year_money(wan(250), wan(220), wan(30)),
        goals=["2026年保障共享交换平台全年稳定运行，新开发数据接口40个，完成2个三级系统等保测评。"],
    )  # fmt: skip
    lines(s, [
        ("平台软硬件运维", wan(120), "运维合同10万元/月×12个月"),
        ("数据接口开发", wan(80), "40个接口×2万元/个"),
        ("等级保护测评", wan(40), "三级系统2个×20万元/个"),
    ], mk(wan(250), "B102", "error", alt=("B101",), note="120 + 80 + 40 = 240"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新开发数据共享接口", "≥40个"),
        (None, "质量指标", "共享交换平台可用率", "≥99.5%"),
        (None, "时效指标", "等保测评完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个数据接口开发成本", "≤2万元/个"),
        ("效益指标", "社会效益指标", "跨部门数据交换量", "≥800万条"),
        ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%"),
    ])  # fmt: skip


@variant("re15-stacked-lines-evaluation-tier", (2, 5, 12), "two stacked one-year projects, "
         "NAT-2021: a 资金测算明细 whose lines miss the 合计 by 10万元, an evaluation tier-1 "
         "过程 in the second project")  # fmt: skip
def re15() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 14, 14))
    _re15_exchange(s)
    s.skip()
    s.title("2026年度项目支出绩效目标表（二）", 6)
    project_head(
        s, year=2026, name="“一网通办”自助终端运维", dept="安宁市大数据中心（415）",
        unit="安宁市大数据中心", title="",
        money=one_year_money(wan(90), wan(90), wan(0)),
        goals=["2026年保障全市120台政务服务自助终端正常运行，终端正常运行率不低于95%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "运维自助终端数量", "≥120台"),
        (None, "质量指标", "终端正常运行率", "≥95%"),
        (None, "时效指标", "终端故障响应时间", "≤2小时"),
        ("成本指标", "经济成本指标", "单台终端年均运维费", "≤0.5万元/台"),
        (mk("过程", "F108", "error", alt=("F103",), note="an evaluation tier-1"),
         ok("资金管理", "error"), "运维资金支付合规性", "合规"),
        ("效益指标", "社会效益指标", "自助终端年办件量", "≥15万件"),
        ("满意度指标", "服务对象满意度指标", "终端使用群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮星遥", "池砚舟", "0817-62309145")
    return b


@variant("re16-department-flat-list", (3, 10, 12), "department table, tasks adding to 项目支出, "
         "a flat list with 序号 and a unit column: 提高≥0.1百分点, 100 % typed in Excel, "
         "counts matching the tasks (correct)")  # fmt: skip
def re16() -> Book:
    b, s = book("Sheet1", (16, 22, 26, 16, 12, 18))
    department_head(
        s, year=2026, dept="云岫县科学技术局",
        budget=[(wan(1850), wan(1700), wan(150), wan(620), wan(1230))],
        tasks=[
            ("科技创新券兑付", "发放并兑付科技创新券", wan(600), "服务科技型中小企业300家以上"),
            ("高新技术企业培育", "入库培育及申报辅导", wan(380), "净增高新技术企业25家"),
            ("科技特派员服务", "选派科技特派员服务乡村产业", wan(150), "选派科技特派员60名"),
            ("科技项目管理平台运维", "平台运维及安全防护", wan(100), "平台可用率不低于99%"),
            ("金额合计", None, wan(1230), None),
        ],
        goal="2026年全县研发经费投入强度提高0.1个百分点以上，净增高新技术企业25家，科技创新券"
             "服务企业300家以上。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", None, "指标值", "计量单位", "指标值设定依据", merge=[(2, 3)])
    for i, (name, value, unit, basis) in enumerate([
        ("创新券服务科技型中小企业数", "≥300", "家", "计划标准"),
        ("净增高新技术企业数", "≥25", "家", "计划标准"),
        ("选派科技特派员人数", "≥60", "名", "历史标准"),
        ("科技项目管理平台可用率", "≥99%", "%", "行业标准"),
        ("创新券兑付资料审核覆盖率", pct(1), "%", "计划标准"),
        ("全县研发经费投入强度提高", "≥0.1", "百分点", "计划标准"),
        ("服务对象满意度", "≥90%", "%", "行业标准"),
    ], start=1):  # fmt: skip
        s.row(i, name, None, value, unit, basis, merge=[(2, 3)])
    sign(s, "戚映雪", "傅南星", "0856-78201364")
    return b


@variant("re17-shanghai-targets-yuan", (1, 5, 12), "one-year project in 元, Shanghai tiers "
         "(一级目标…指标目标值): 预算执行率 under 投入与管理, 满意度 under 效果目标, 100 % typed "
         "in Excel, 30000人次 × ≤20元 within the budget (correct)")  # fmt: skip
def re17() -> Book:
    b, s = book("Sheet1", (14, 14, 34, 20, 18, 12))
    project_head(
        s, year=2026, name="“一网通办”帮办代办服务", dept="浦澜区行政服务中心（0613）",
        unit="浦澜区行政服务中心", attr="经常性专项业务费", money_label="项目资金（元）",
        title="2026年度财政项目支出绩效目标表",
        money=one_year_money(yuan(2360000), yuan(2360000), yuan(0)),
        goals=["2026年提供“一网通办”帮办代办服务30000人次，窗口综合受理事项1500项，线上办件占比"
               "不低于80%，办事群众满意度不低于95%。"],
    )  # fmt: skip
    indicators(s, ("一级目标", "二级目标", "三级目标", "指标目标值"), [
        ("投入与管理", "财务管理", "预算执行率", "≥95%"),
        (None, "实施管理", "政府采购合规率", pct(1)),
        ("产出目标", "数量", "窗口综合受理事项", "≥1500项"),
        (None, None, "帮办代办服务人次", "≥30000人次"),
        (None, "质量", "办件差错率", "≤0.5%"),
        (None, "时效", "即办件当场办结率", "≥98%"),
        (None, "成本", "帮办代办人均服务成本", "≤20元/人次"),
        ("效果目标", "社会效益", "“一网通办”线上办件占比", "≥80%"),
        (None, "满意度", "办事群众“好差评”满意度", "≥95%"),
        ("影响力目标", "长效管理", "帮办代办服务规范", "健全"),
        (None, "信息共享", "电子证照共享复用率", "≥60%"),
    ])  # fmt: skip
    sign(s, "林叙白", "翁可岚", "021-58316720")
    return b


@variant("re18-oldnat-duplicate-placeholder", (5, 8), "one-year project, OLD-NAT (成本指标 "
         "under 产出), 实施周期/年度 columns equal: a conflicting duplicate 可用率, XX台 left in "
         "the goal")  # fmt: skip
def re18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18))
    project_head(
        s, year=2026, name="政务数据中心机房改造及迁移上云", dept="城湾市政务服务数据管理局（058）",
        unit="城湾市电子政务中心",
        money=one_year_money(wan(350), wan(350), wan(0)),
        goals=[mk("2026年完成数据中心机房改造420平方米，完成XX台服务器迁移上云，政务云平台可用率"
                  "不低于99.9%。", "X101", "error", note="XX left in")],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "服务器迁移上云数量", "≥60台", "≥60台"),
        (None, None, "机房改造面积", "≥420平方米", "≥420平方米"),
        (None, "质量指标", "政务云平台可用率", "≥99.9%", "≥99.9%"),
        (None, None, "改造工程验收合格率", "100%", "100%"),
        (None, "时效指标", "机房改造完工时间", "2026年8月31日前", "2026年8月31日前"),
        (None, "成本指标", "机房改造单位面积造价", "≤0.6万元/平方米", "≤0.6万元/平方米"),
        ("效益指标", "社会效益指标", "机房年节约用电量", "≥30万千瓦时", "≥30万千瓦时"),
        (None, "可持续影响指标", "政务云平台可用率",
         mk("≥99.5%", "D102", "error", row=True, alt=("D103",), note="≥99.9% in the 质量 row"),
         "≥99.5%"),
        ("满意度指标", "服务对象满意度指标", "上云部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "桑景行", "乔望北", "0769-22817430")
    return b
