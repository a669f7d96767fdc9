"""One-year project tables of the 170th held-out set: nx01, nx02, nx04, nx08, nx10 (correct) and
nx11, nx13, nx14, nx15 (planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout170.common import indicators, one_year, sheet, signature, w
from tests.variants.holdout170.registry import variant
from tests.variants.kit import Book, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("nx01-grid-air-one-year", (1,), "project, NAT-2021, one value column, operators inside "
         "the values; a per-网格 cost × the grids within the money; ≤ on a 浓度")  # fmt: skip
def nx01() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, name="青岚市大气污染防治网格化监管项目",
        dept="青岚市生态环境局（417001）", unit="青岚市生态环境局大气环境科",
        money=one_year(w(186), w(186), w(0)),
        goals=["落实大气污染防治网格化监管，及时发现和处置扬尘、露天焚烧等问题，推动全市空气质量持续改善。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "划定并运行的监管网格", "≥150个"),
        (None, None, "网格员日常巡查", "≥7200次"),
        (None, "质量指标", "巡查发现问题处置率", "≥95%"),
        (None, None, "网格员培训考核合格率", "≥90%"),
        (None, "时效指标", "问题处置时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单个网格年运行成本", "≤1.2万元/个"),
        ("效益指标", "生态效益指标", "细颗粒物（PM2.5）年均浓度", "≤35微克/立方米"),
        (None, None, "空气质量优良天数比率", "≥85%"),
        (None, "社会效益指标", "露天焚烧火点数同比下降率", "≥10%"),
        (None, "可持续影响指标", "网格化监管长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nx02-soil-survey-operator-words", (1,), "project, OLD-NAT, 指标性质 holding the "
         "operator in words, bare numbers and a unit column; a per-地块 cost")  # fmt: skip
def nx02() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, name="临溪县重点建设用地土壤污染状况调查项目",
        dept="临溪县生态环境分局（523104）", unit="临溪县生态环境分局土壤与固体废物股",
        money=one_year(w(128), w(110), w(18)), attr="一次性项目",
        goals=["完成年度重点建设用地土壤污染状况调查，为建设用地准入管理和安全利用提供依据。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "完成土壤污染状况调查地块", "大于等于", 40, "个"),
        (None, None, "采集土壤及地下水样品", "大于等于", 1600, "份"),
        (None, "质量指标", "调查报告专家评审通过率", "大于等于", 95, "%"),
        (None, None, "样品检测数据有效率", "大于等于", 98, "%"),
        (None, "时效指标", "调查报告按期提交率", "大于等于", 95, "%"),
        (None, "成本指标", "单个地块调查费用", "小于等于", 2.8, "万元/个"),
        ("效益指标", "社会效益指标", "受污染建设用地安全利用率", "大于等于", 95, "%"),
        (None, "生态效益指标", "疑似污染地块风险筛查覆盖率", "大于等于", 90, "%"),
        (None, "可持续影响指标", "调查数据入库率", "大于等于", 98, "%"),
        ("满意度指标", "服务对象满意度指标", "土地使用权人满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("nx04-monitoring-station-percent-cells", (1, 4), "project, OLD-NAT, operator and unit "
         "columns, percent cells, 万元 in the number format, footnotes and "
         "a signature line")  # fmt: skip
def nx04() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, name="青岚市生态环境监测站运行经费",
        dept="青岚市生态环境局（417001）", unit="青岚市生态环境监测站",
        money=one_year(w(245.6), w(230.6), w(15)), attr="常年项目",
        goals=["保障全市自动监测站点和实验室稳定运行，按时报送监测数据和报告，为环境管理和执法提供支撑。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "自动监测站点运行数量", "≥", 12, "个"),
        (None, None, "手工监测样品分析", "≥", 3000, "份"),
        (None, "质量指标", "自动监测数据有效率", "≥", pct(0.9), "%"),
        (None, None, "实验室能力验证合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "监测报告按时报送率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单站年运行维护费用", "≤", 15, "万元/个"),
        ("效益指标", "社会效益指标", "环境质量信息公开", "≥", 12, "次"),
        (None, "生态效益指标", "监测数据支撑执法案件线索", "≥", 20, "条"),
        (None, "可持续影响指标", "监测质量控制体系运行", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "委托单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    s.row("注：1. 本表金额单位为万元；2. 指标值参照历史标准设定；3. 站点运行数量含城区及县区站点。",
          merge=[(1, 6)])  # fmt: skip
    signature(s, "韦晓岚", "苏明哲", "2025年10月20日")
    return b


@variant("nx08-enforcement-kit-direction-column", (1, 11), "project, NAT-2021, 指标性质 as "
         "direction (正向/反向), 指标方向 as operator in words, unit column; "
         "per-台/套/架 prices")  # fmt: skip
def nx08() -> Book:
    b = Book()
    s = sheet(b, widths=(14, 16, 28, 10, 12, 10, 12))
    project_head(
        s, year=2026, name="白沙河区环境执法装备购置项目",
        dept="白沙河区生态环境分局（630211）", unit="白沙河区生态环境保护综合行政执法大队",
        money=one_year(w(138), w(138), w(0)), attr="一次性项目",
        goals=["购置移动执法终端、便携式检测仪和无人机执法系统，提升现场执法取证和非现场监管能力。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "购置移动执法终端", "正向", "大于等于", 40, "台"),
        (None, None, "购置便携式VOCs检测仪", "正向", "大于等于", 6, "套"),
        (None, None, "购置无人机执法系统", "正向", "大于等于", 2, "架"),
        (None, "质量指标", "装备验收合格率", "正向", "大于等于", 98, "%"),
        (None, "时效指标", "合同签订后到货时限", "反向", "小于等于", 60, "天"),
        ("成本指标", "经济成本指标", "移动执法终端单价", "反向", "小于等于", 0.8, "万元/台"),
        (None, None, "便携式VOCs检测仪单价", "反向", "小于等于", 9.5, "万元/套"),
        (None, None, "无人机执法系统单价", "反向", "小于等于", 22, "万元/架"),
        ("效益指标", "社会效益指标", "非现场执法检查占比", "正向", "大于等于", 30, "%"),
        (None, "可持续影响指标", "装备设计使用年限", "正向", "大于等于", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "一线执法人员满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("nx10-hazardous-waste-word-operators", (1,), "project, OLD-NAT, one value column with "
         "word operators (不少于, 不低于, 不超过, 日内), a 指标解释 column; "
         "=0起 on illegal dumping")  # fmt: skip
def nx10() -> Book:
    b = Book()
    s = sheet(b, widths=(14, 16, 28, 18, 30, 10))
    project_head(
        s, year=2026, name="临溪县危险废物规范化环境管理项目",
        dept="临溪县生态环境分局（523104）", unit="临溪县生态环境分局土壤与固体废物股",
        money=one_year(w(75.5), w(60), w(15.5)),
        goals=["开展重点产废单位规范化管理评估和经营单位专项检查，防范危险废物非法转移倾倒。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释"), [
        ("产出指标", "数量指标", "重点产废单位规范化评估", "不少于100家", "委托第三方逐家评估"),
        (None, None, "危险废物经营单位检查", "不少于40家次", "含医疗废物处置单位"),
        (None, "质量指标", "重点产废单位规范化评估合格率", "不低于90%", "合格家数/评估家数"),
        (None, "时效指标", "检查发现问题整改时限", "30日内", "自问题交办之日起计算"),
        (None, "成本指标", "单家企业评估费用", "不超过0.6万元/家", "参照上年合同价格"),
        ("效益指标", "社会效益指标", "危险废物非法转移倾倒案件", "=0起", "全年未发生"),
        (None, "生态效益指标", "危险废物利用处置率", "不低于95%", "利用处置量/产生量"),
        (None, "可持续影响指标", "危险废物全过程信息化监管", "建立并执行", "纳入省固废管理平台"),
        ("满意度指标", "服务对象满意度指标", "产废企业满意度", "不低于90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("nx11-grid-air-money-and-exceedance", (1, 11, 12), "project, NAT-2021, one value "
         "column: 资金总额 ≠ 财政拨款 + 其他资金, ≥ on a 超标率")  # fmt: skip
def nx11() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, name="石岭县大气污染防治网格化监管项目",
        dept="石岭县生态环境分局（523207）", unit="石岭县生态环境分局",
        money=one_year(mk(w(210), "B101", "error", note="180 + 20 = 200, not 210"),
                       mk(w(180), "B101", "error", required=False),
                       mk(w(20), "B101", "error", required=False)),
        goals=["健全县乡村三级监管网格，强化扬尘、秸秆焚烧和餐饮油烟管控，改善县城空气质量。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "划定并运行的监管网格", "≥120个"),
        (None, None, "建筑工地扬尘专项检查", "≥480次"),
        (None, "质量指标", "巡查发现问题处置率", "≥95%"),
        (None, None, "颗粒物在线监测小时值超标率", mk("≥3%", "T108", "warning", row=True,
                                                   note="超标率 is 反向: ≤ was meant")),
        (None, "时效指标", "问题处置时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单个网格年运行成本", "≤1.2万元/个"),
        ("效益指标", "生态效益指标", "空气质量优良天数比率", "≥86%"),
        (None, "社会效益指标", "秸秆焚烧火点数同比下降率", "≥10%"),
        (None, "可持续影响指标", "网格员考核管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nx13-sewage-om-rate-and-concentration", (1, 11), "project, OLD-NAT, operator and unit "
         "columns: a 运行率 of 105 %, ≥ on an effluent 浓度")  # fmt: skip
def nx13() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, name="临溪县农村生活污水治理设施运维项目",
        dept="临溪县生态环境分局（523104）", unit="临溪县生态环境分局水生态环境股",
        money=one_year(w(220), w(200), w(20)),
        goals=["委托专业机构运维全县农村生活污水处理设施，保障设施稳定运行、出水达标排放。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "纳入运维的处理设施", "≥", 240, "站"),
        (None, None, "出水水质抽检", "≥", 960, "次"),
        (None, "质量指标", "设施正常运行率", "≥", mk(105, "T106", "error",
                                                      note="a 运行率 cannot pass 100 %"), "%"),
        (None, None, "出水化学需氧量平均浓度", mk("≥", "T108", "warning", row=True,
                                                 note="浓度 is 反向: ≤ was meant"), 60, "毫克/升"),
        (None, "时效指标", "故障设施修复时限", "≤", 72, "小时"),
        (None, "成本指标", "单站年运维费用", "≤", 0.8, "万元/站"),
        ("效益指标", "生态效益指标", "化学需氧量年削减量", "≥", 150, "吨"),
        (None, "社会效益指标", "农村生活污水治理率", "≥", 55, "%"),
        (None, "可持续影响指标", "运维单位考核机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("nx14-monitoring-year-and-duplicate", (1, 9), "project, OLD-NAT, one value column: a "
         "deadline in the year before the budget year, one indicator twice")  # fmt: skip
def nx14() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, name="石岭县生态环境监测站运行经费",
        dept="石岭县生态环境分局（523207）", unit="石岭县生态环境监测站", attr="常年项目",
        money=one_year(w(96.4), w(96.4), w(0)),
        goals=["保障县域空气和水质自动站稳定运行，完成例行监测任务并按时编制监测年报。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "空气自动监测站运行数量", "≥4个"),
        (None, None, "地表水例行监测断面", "≥9个"),
        (None, "质量指标", "自动监测数据有效率", "≥90%"),
        (None, None, "实验室质控样品合格率", "≥95%"),
        (None, "时效指标", "监测年报编制完成时间", mk("2025年12月31日前", "Y102", "error",
                                                  alt=("Y101",),
                                                  note="a 2026 budget: the year before")),
        (None, "成本指标", "单站年运行维护费用", "≤7万元/个"),
        ("效益指标", "社会效益指标", "环境质量月报发布", "≥12期"),
        (None, "可持续影响指标", mk(mk("自动监测数据有效率", "D101", "warning", row=True,
                                     alt=("D102", "D103"), note="the 质量 indicator again"),
                                  "F201", "warning", row=True, required=False,
                                  note="a 质量 name here is the same slip"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "县直相关部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nx15-enforcement-wrong-parent-vague", (1, 5), "project, NAT-2021, one value column, "
         "merged tiers: 生态效益指标 inside the 产出指标 block, a vague value")  # fmt: skip
def nx15() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, name="青岚市环境执法装备更新项目",
        dept="青岚市生态环境局（417001）", unit="青岚市生态环境保护综合行政执法支队",
        money=one_year(w(156), w(156), w(0)), attr="一次性项目",
        goals=["更新执法车载快检设备和执法记录仪，提高现场检查和调查取证能力。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "购置执法记录仪", "≥80台"),
        (None, None, "购置车载水质快检设备", "≥4套"),
        (None, "质量指标", "装备验收合格率", "≥98%"),
        (None, mk("生态效益指标", "F105", "error", note="a 效益 tier-2 in the 产出 block"),
         "执法发现环境违法问题整改率", "≥95%"),
        (None, "时效指标", "装备交付时限", "≤90天"),
        ("成本指标", "经济成本指标", "执法记录仪单价", "≤0.35万元/台"),
        (None, None, "车载水质快检设备单价", "≤28万元/套"),
        ("效益指标", "社会效益指标", "现场检查取证时间缩短率", "≥20%"),
        (None, "可持续影响指标", "执法装备管理制度",
         mk("根据工作需要逐步完善", "T102", "warning", note="vague: no measurable target")),
        ("满意度指标", "服务对象满意度指标", "执法人员满意度", "≥90%"),
    ])  # fmt: skip
    return b
