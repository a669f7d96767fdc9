"""Department returns, flat lists, template rows and a budget-system export across both halves
of the theme: ea13-ea18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout589.common import YEAR, indicators, one_year, sign, start, wan
from tests.variants.holdout589.registry import variant
from tests.variants.kit import Book, mk, pct

FUNGI = "云岙县食用菌产业发展中心"
POMELO = "澄岭县蜜柚产业服务站"


@variant("ea13-dept-money", (12,),
         "department, NAT-2021: budget and key tasks adding up, a count repeated in the goal "
         "with the same value, two similar room indicators measuring different things "
         "(correct)")  # fmt: skip
def dept_money() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=FUNGI,
                    budget=[[wan(560), wan(500), wan(60), wan(210), wan(350)]],
                    tasks=[("出菇房技术指导", "入户指导出菇房温湿度管理", wan(120), "指导150间次"),
                           ("菌种质量抽检", "抽检县内菌种场菌种", wan(80), "抽检60批次"),
                           ("菌渣综合利用推广", "推广菌渣基质和有机肥", wan(150), "利用率90%"),
                           ("金额合计", None, wan(350), None)],
                    goal="指导出菇房150间次，抽检菌种60批次，"
                         "菌渣资源化利用率达到90%。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "指导出菇房间次", "≥150间次"),
        (None, None, "菌种质量抽检批次", "≥60批次"),
        (None, None, "出菇房温湿度巡检次数", "≥24次"),
        (None, "质量指标", "出菇房温湿度达标率", "≥90%"),
        (None, None, "菌种抽检合格率", "≥95%"),
        (None, "时效指标", "抽检结果反馈时间", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单批次菌种抽检费用", "≤0.8万元/批次"),
        ("效益指标", "生态效益指标", "菌渣资源化利用率", "≥90%"),
        (None, "社会效益指标", "菌种质量投诉率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "菌企满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "周暮云", "0591-6638102")
    return b


@variant("ea14-dept-money-wrong", (12,),
         "department, NAT-2021: key tasks not adding to 金额合计, the same training count "
         "twice with two values")  # fmt: skip
def dept_money_wrong() -> Book:
    b, s = start("部门整体")
    total = mk(wan(280), "B102", "error", note="90 + 70 + 110 = 270 ≠ 280")
    department_head(s, year=YEAR, dept=POMELO,
                    budget=[[wan(430), wan(380), wan(50), wan(150), wan(280)]],
                    tasks=[("蜜柚分级技术培训", "包装棚分级与包装技术培训", wan(90), "培训12场"),
                           ("病虫害统防统治", "黄龙病和红蜘蛛统防", wan(70), "统防8000亩"),
                           ("包装棚运维补助", "分级包装线运维", wan(110), "运行率90%"),
                           ("金额合计", None, total, None)],
                    goal="开展分级技术培训12场，统防统治8000亩，"
                         "包装线运行率保持90%以上。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "果品分级技术培训", "≥12场"),
        (None, None, "病虫害统防统治面积", "≥8000亩"),
        (None, "质量指标", "分级包装线运行率", "≥90%"),
        (None, "时效指标", "统防作业完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "每亩统防费用", "≤80元/亩"),
        ("效益指标", "社会效益指标", "果品分级技术培训场次",
         mk("≥10场", "D102", "error", row=True, alt=("D103", "D104"),
            note="与“果品分级技术培训 ≥12场”是同一指标，值不同")),
        (None, "经济效益指标", "蜜柚商品果率提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "温若梅", "0596-5521837")
    return b


@variant("ea15-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=POMELO,
                    budget=[[wan(320), wan(280), wan(40), wan(120), wan(200)]],
                    goal="统防统治蜜柚病虫害12000亩，培训果农1500人次，"
                         "包装棚果品抽检合格率96%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("蜜柚病虫害统防统治面积", 15, "亩", "≥", 12000),
        ("果农技术培训人次", 15, "人次", "≥", 1500),
        ("包装棚果品抽检合格率", 10, "%", "≥", pct(0.96)),
        ("果品包装破损率", 10, "%", "≤", pct(0.02)),
        ("技术服务响应时间", 10, "小时", "≤", 24),
        ("出口备案果园数", 10, "个", "≥", 25),
        ("绿色防控技术覆盖率", 10, "%", "≥", pct(0.8)),
        ("农残检测批次", 10, "批次", "≥", 300),
        ("果农满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "温若梅", "0596-5521837")
    return b


@variant("ea16-flat-list-wrong", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): a 完成率 given as a "
         "count, a placeholder rate, weights adding to 95")  # fmt: skip
def flat_list_wrong() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=FUNGI,
                    budget=[[wan(260), wan(230), wan(30), wan(110), wan(150)]],
                    goal="检修出菇房冷库6次，巡查覆盖全部入园菌企，"
                         "组织技术培训400人次。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 20+20+15+15+15+10 = 95，应为100")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("出菇房冷库检修完成率", mk("6", "T105", "error", note="完成率填成次数"), "次", 20),
        ("入园菌企巡查覆盖率", mk("XX", "X101", "error", note="占位符未填写"), "%", 20),
        ("菌企技术培训人次", "≥400", "人次", 15),
        ("菌种抽检合格率", "≥95", "%", 15),
        ("冷库制冷故障响应时间", "≤24", "小时", 15),
        ("菌企满意度", "≥90", "%", 10),
    ])  # fmt: skip
    sign(s, "周暮云", "0591-6638102")
    return b


@variant("ea17-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without "
         "a name, a 按时完成率 under 质量")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="金针菇包装车间自动化改造项目",
                 dept="云岙县农业农村局（217003）", unit="云岙县石莲食用菌产业园服务中心",
                 money=one_year(140, 120, 20),
                 goals=["购置自动称重包装机6台，鲜菇日包装能力提升至25吨。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "自动称重包装机购置数量", "≥6台"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥25吨"),
        (None, "质量指标", "包装计量合格率", "≥98%"),
        (None, None,
         mk("设备安装按时完成率", "F201", "warning", row=True, note="按时完成率属时效指标"),
         "=100%"),
        ("成本指标", "经济成本指标", "单台包装机购置价格", "≤20万元/台"),
        ("效益指标", "经济效益指标", "包装人工成本节约", "≥30万元"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        (None, "社会效益指标", "鲜菇包装差错投诉", "≤5起"),
        ("满意度指标", "服务对象满意度指标", "入园菌企满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    sign(s, "叶秋菱", "0591-6637214")
    return b


CODE = "361024250003"
FREIGHT = "蜜柚冷链运输补助"
EXPORT_HEAD = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


@variant("ea18-export-two-sheets", (7, 4, 5),
         "budget-system export: budget on 部门项目支出预算05-1, indicators on 部门项目支出绩效目标"
         "05-2 with codes in the first columns, header on the third row and repeated after a "
         "page break, ★ on core indicators (correct)")  # fmt: skip
def export_two_sheets() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 24, 16, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row(f"单位：{POMELO}", None, None, None, "金额单位：万元", None, merge=[(1, 4), (5, 6)])
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row(CODE, FREIGHT, "特定目标类项目", wan(66), wan(60), wan(6))
    s.row("合计", None, None, wan(66), wan(60), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 14, 18, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位：{POMELO}", None, None, None, "年度绩效目标：补助冷链运输1100车次", None,
          merge=[(1, 4), (5, 6)])  # fmt: skip
    indicators(t, [
        (CODE, FREIGHT, "产出指标", "数量指标", "★补助冷链运输车次", "≥1100车次"),
        (CODE, FREIGHT, None, None, "冷链运输蜜柚量", "≥5500吨"),
        (CODE, FREIGHT, None, "质量指标", "★运输途中果品损耗率", "≤2%"),
        (CODE, FREIGHT, None, "时效指标", "补助资金拨付时间", "2025年12月20日前"),
    ], head=EXPORT_HEAD, merged=(3, 4))  # fmt: skip
    t.skip()
    indicators(t, [
        (CODE, FREIGHT, "成本指标", "经济成本指标", "每车次运输补助标准", "≤500元/车次"),
        (CODE, FREIGHT, "效益指标", "经济效益指标", "果农每吨运输费用节约", "≥60元/吨"),
        (CODE, FREIGHT, None, "可持续影响指标", "冷链运输补助台账", "建立并执行"),
        (CODE, FREIGHT, "满意度指标", "服务对象满意度指标", "★果农满意度", "≥90%"),
    ], head=EXPORT_HEAD, merged=(3, 4))  # fmt: skip
    return b
