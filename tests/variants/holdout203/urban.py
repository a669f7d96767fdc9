"""城市管理局 returns: 生活垃圾清运, 公厕管护, 市政路灯, 环卫保洁, 部门整体, 垃圾分类
(pe07–pe12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout203.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    period_sources,
    sign,
    sources,
    wan,
    yuan,
)
from tests.variants.holdout203.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct


@variant("pe07-waste-haul-in-yuan", (1, 12), "one-year project, NAT-2021, money in 元 under a "
         "项目资金（元） heading, 80元/吨 × 36000吨 equal to it, a 依据 column, 事故起数 =0起, "
         "the goal's 3.6万吨 (correct)")  # fmt: skip
def pe07() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18))
    project_head(
        s, year=2026, name="城乡生活垃圾清运处置项目", dept="鹭汀县城市管理局（406）",
        unit="鹭汀县环境卫生管理所", money_label="项目资金（元）",
        money=sources(yuan(2880000), [("市县财政资金", yuan(2600000)),
                                      ("垃圾处理费收入", yuan(280000))]),
        goals=["2026年清运处置城区及乡镇生活垃圾3.6万吨，生活垃圾无害化处理率100%，"
               "清运作业全年不发生安全责任事故。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "生活垃圾清运处置量", "≥36000吨", "计划标准"),
        (None, None, "垃圾收集点每日清运频次", "≥1次", "行业标准"),
        (None, "质量指标", "生活垃圾无害化处理率", pct(1), "行业标准"),
        (None, "时效指标", "生活垃圾日产日清率", "≥98%", "历史标准"),
        ("成本指标", "经济成本指标", "垃圾清运处置单价", "≤80元/吨", "招标合同价"),
        ("效益指标", "社会效益指标", "清运作业安全责任事故起数", "=0起", "计划标准"),
        (None, None, "垃圾中转站周边环境投诉率", "≤1%", "历史标准"),
        (None, "可持续影响指标", "城乡垃圾收运体系运行", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "城乡居民满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("pe08-toilet-intact-over-standard", (1, 12), "one-year project, NAT-2021, value and "
         "unit columns: a 完好率 of ≥105%, 1.2万元/座 × 150座 = 180 above the 160万元")  # fmt: skip
def pe08() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 14, 12))
    project_head(
        s, year=2026, name="城市公厕专业化管护项目", dept="澄湾区城市管理局（415）",
        unit="澄湾区市容环境卫生服务中心",
        money=sources(wan(160), [("市县配套", wan(160)), ("单位自筹", wan(0))]),
        goals=["2026年对城区150座公厕实行专业化管护，公厕保洁达标率95%以上，"
               "如厕群众满意度90%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "管护城市公厕数量",
         mk("≥150", "B107", "warning", row=True, required=False,
            note="the count half of the standard × 座数 product"), "座"),
        (None, None, "公厕日常保洁频次", "≥4", "次/日"),
        (None, "质量指标", "公厕保洁达标率", "≥95", "%"),
        (None, None, "公厕设施完好率",
         mk("≥105", "T106", "error", note="a 完好率 cannot pass 100%"), "%"),
        (None, "时效指标", "设施故障维修时限", "≤24", "小时"),
        ("成本指标", "经济成本指标", "单座公厕年度管护标准",
         mk("≤1.2", "B107", "warning", row=True,
            note="150座 × 1.2万元/座 = 180万元 > 资金总额 160万元"), "万元/座"),
        ("效益指标", "社会效益指标", "公厕免费开放率", 100, "%"),
        (None, "可持续影响指标", "公厕管护考核机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("pe09-streetlight-weights", (10, 11), "one-year project, NAT-2021, operator, unit and "
         "weight columns (100 in all, a 合计 row), 150元/盏 × 24000盏 below the money, a "
         "投诉率 with ≤ (correct)")  # fmt: skip
def pe09() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 12, 12, 10))
    project_head(
        s, year=2026, name="市政路灯设施维护项目", dept="青岚市城市管理局（407）",
        unit="青岚市市政设施管理处",
        money=sources(money(380), [("市县配套", money(340)), ("单位自筹", money(40))]),
        goals=["2026年做好城区24000盏路灯日常维护，主干道路灯亮灯率98%以上，"
               "路灯故障24小时内修复。"],
    )  # fmt: skip
    indicators(s, (*OPS, "权重"), [
        ("产出指标", "数量指标", "维护路灯数量", "≥", 24000, "盏", 15),
        (None, None, "维修更换灯具数量", "≥", 1500, "盏", 10),
        (None, "质量指标", "主干道路灯亮灯率", "≥", 98, "%", 10),
        (None, None, "路灯设施完好率", "≥", 95, "%", 10),
        (None, "时效指标", "路灯故障修复时限", "≤", 24, "小时", 10),
        (None, None, "路灯报修按时办结率", "≥", 98, "%", 5),
        ("成本指标", "经济成本指标", "单盏路灯年度维护费用", "≤", 150, "元/盏", 10),
        ("效益指标", "社会效益指标", "路灯故障投诉率", "≤", 1, "%", 10),
        (None, "可持续影响指标", "路灯智能监控覆盖率", "≥", 60, "%", 10),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", 90, "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100)
    sign(s, "许明哲", "唐雨桐", "0591-87264410")
    return b


@variant("pe10-stacked-vague-duplicate", (2,), "two one-year projects stacked, NAT-2021, one "
         "value column; the second has a vague value for 年节约用电量 and one indicator "
         "written twice under 数量指标; the same 市民满意度 name in both projects with "
         "other values")  # fmt: skip
def pe10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="城区道路环卫保洁项目", dept="石渠县城市管理局（403）",
        unit="石渠县环境卫生管理站", title="2026年度项目支出绩效目标表（城市管理局）",
        money=sources(wan(900), [("市县配套", wan(820)), ("单位自筹", wan(80))]),
        goals=["2026年完成城区道路清扫保洁300万平方米，道路保洁质量达标率95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "道路清扫保洁面积", "≥300万平方米"),
        (None, "质量指标", "道路保洁质量达标率", "≥95%"),
        (None, "时效指标", "路面垃圾清除时限", "≤30分钟"),
        ("成本指标", "经济成本指标", "道路保洁单价", "≤3元/平方米"),
        ("效益指标", "社会效益指标", "道路机械化清扫率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="城区路灯节能改造项目", dept="石渠县城市管理局（403）",
        unit="石渠县市政设施维护中心", title="",
        money=sources(wan(300), [("市县配套", wan(200)), ("单位自筹", wan(100))]),
        goals=["2026年将城区3000盏高压钠灯更换为LED节能灯具，加装单灯控制器1200套。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更换LED节能灯具数量", "≥3000盏"),
        (None, None, "加装单灯控制器数量", "≥1200套"),
        (None, None,
         mk("更换LED节能灯具数量", "D101", "warning", row=True, alt=("D103",),
            note="the same indicator written twice"),
         ok("≥3000盏", note="a duplicate count may be added into the standard × 盏数 check")),
        (None, "质量指标", "灯具安装验收合格率", "=100%"),
        (None, "时效指标", "节能改造完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "LED灯具更换单价",
         ok("≤1000元/盏", note="3000盏 × 1000元 = 300万元; 6000 only with the duplicate")),
        ("效益指标", "经济效益指标", "年节约路灯用电量",
         mk("按改造后实际运行情况确定", "T102", "warning", alt=("T116",),
            note="a quantity with no assessable value")),
        (None, "可持续影响指标", "路灯节能监管平台", "建成并运行"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("pe11-urban-department", (12,), "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 "
         "= 基本支出 + 项目支出, four tasks adding to 项目支出, a 下降率 and a 投诉办结率 with ≥, "
         "fill date in the year before (correct)")  # fmt: skip
def pe11() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="云岫市城市管理局", filled=day(2025, 11, 18),
        budget=[(wan(5200), wan(5000), wan(200), wan(1800), wan(3400))],
        tasks=[
            ("城区环卫保洁", "城区主次干道及背街小巷清扫保洁", wan(1600), "保洁达标率95%以上"),
            ("生活垃圾清运处置", "城区生活垃圾收集、清运和无害化处理", wan(1000),
             "无害化处理率100%"),
            ("市政路灯维护", "城区路灯设施日常维护", wan(500), "亮灯率98%以上"),
            ("公厕管护", "城区公厕保洁和设施维护", wan(300), "公厕管护考核合格率95%以上"),
            ("金额合计", None, wan(3400), None),
        ],
        goal="城区道路保洁达标率95%以上，生活垃圾无害化处理率100%，主干道路灯亮灯率98%以上，"
             "城市管理投诉办结率达到98%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "城区道路清扫保洁面积", "≥420万平方米"),
        (None, None, "生活垃圾清运处置量", "≥6.5万吨"),
        (None, None, "维护路灯数量", "≥18000盏"),
        (None, None, "管护城区公厕数量", "≥90座"),
        (None, "质量指标", "道路保洁达标率", "≥95%"),
        (None, None, "生活垃圾无害化处理率", pct(1)),
        (None, None, "主干道路灯亮灯率", "≥98%"),
        (None, None, "公厕管护考核合格率", "≥95%"),
        (None, "时效指标", "市容问题处置时限", "≤24小时"),
        ("成本指标", "经济成本指标", "生活垃圾清运处置单价", "≤140元/吨"),
        (None, None, "单盏路灯年度维护费用", "≤250元/盏"),
        ("效益指标", "社会效益指标", "城市管理投诉办结率", "≥98%"),
        (None, None, "市容环境投诉量下降率", "≥5%"),
        (None, "生态效益指标", "生活垃圾回收利用率", "≥35%"),
        (None, "可持续影响指标", "城市管理网格化机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pe12-sorting-goal-coverage", (1, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: the 年度目标 says 120个 收集点, the indicator ≥100个; a 覆盖率 of 110% "
         "(percent cell) in the 中期 column")  # fmt: skip
def pe12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="生活垃圾分类推进项目", dept="白沙河区城市管理局（409）",
        unit="白沙河区垃圾分类工作指导中心",
        money=period_sources(wan(1500), wan(600), [
            ("省级补助", wan(300), wan(100)), ("市县配套", wan(1200), wan(500))]),
        goals=["2026年至2028年新建生活垃圾分类收集点300个，实现城区生活垃圾分类小区全覆盖，"
               "居民分类投放准确率达到80%以上。",
               "2026年新建生活垃圾分类收集点120个，城区生活垃圾分类小区覆盖率达到60%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建生活垃圾分类收集点", "≥300个",
         mk("≥100个", "D104", "warning", row=True, note="the 年度目标 names 120个")),
        (None, None, "开展垃圾分类宣传活动场次", "≥90场", "≥30场"),
        (None, "质量指标", "居民分类投放准确率", "≥80%", "≥70%"),
        (None, "时效指标", "收集点建设完成时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个收集点建设标准", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "社会效益指标", "城区生活垃圾分类小区覆盖率",
         mk(mk(pct(1.1), "T106", "error", note="a 覆盖率 cannot pass 100%"), "D104", "warning",
            row=True, required=False, note="the goal's 全覆盖 against 110%"), pct(0.6)),
        (None, "生态效益指标", "生活垃圾回收利用率", "≥38%", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
