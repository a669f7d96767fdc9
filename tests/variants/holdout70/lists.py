"""Lists of money beside and below the heads: a 占比 column, a list in two columns side by side,
income and expenditure of a unit with indented 其中 lines, a second list under the first."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout70.common import YEAR, footer, indicators, project_money, wan
from tests.variants.holdout70.registry import variant
from tests.variants.kit import Book, pct

P2 = "0.00%"


@variant("kb05-share-column", (12,), "department, NAT-2021, an expenditure structure list with a "
         "占比 column beside the amounts (shares to two decimals), a weight column")  # fmt: skip
def kb05() -> Book:
    b = Book()
    s = b.sheet("整体绩效目标")
    department_head(
        s, year=YEAR, dept="岚州市市场监督管理局柘冈分局",
        budget=[[wan(1600.0), wan(1540.0), wan(60.0), wan(1040.0), wan(560.0)]],
        goal="加强市场主体登记、食品药品和特种设备安全监管，维护公平竞争的市场秩序。",
    )  # fmt: skip
    s.row("支出结构", "项目", "金额（万元）", "占比", None, None)
    top = s.r
    s.table([
        (None, "人员经费", wan(832.0), pct(0.52, P2)),
        (None, "公用经费", wan(208.0), pct(0.13, P2)),
        (None, "项目支出", wan(560.0), pct(0.35, P2)),
        (None, "合计", wan(1600.0), pct(1, P2)),
    ])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 1200, "批次", 10),
        (None, None, "特种设备监督检查台次", "≥", 860, "台次", 8),
        (None, None, "市场主体“双随机”抽查户数", "≥", 450, "户", 8),
        (None, "质量指标", "抽检不合格食品核查处置率", "=", pct(1), "%", 8),
        (None, None, "行政处罚案件复议维持率", "≥", pct(0.95), "%", 6),
        (None, "时效指标", "投诉举报按时办结率", "≥", pct(0.98), "%", 6),
        ("成本指标", "经济成本指标", "食品抽检平均成本", "≤", 1800, "元/批次", 8),
        (None, None, "公用经费支出", "≤", 208, "万元", 6),
        ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥", pct(0.97), "%", 10),
        (None, None, "特种设备万台事故率", "≤", 0.15, "起/万台", 8),
        (None, "可持续影响指标", "信用风险分类监管覆盖率", "≥", pct(0.9), "%", 12),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥", pct(0.9), "%", 10),
    ], header=("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位",
               "分值"))  # fmt: skip
    s.row("合计", None, None, None, None, None, 100)
    footer(s, "龚立群", "0736-5510264")
    return b


@variant("kb06-two-column-list", (12,), "project, NAT-2021, the detail lines in two columns side "
         "by side (明细 │ 金额 │ 明细 │ 金额) with one 合计, 中期/年度 value columns")  # fmt: skip
def kb06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=YEAR, name="苇湾县全民健身设施补短板工程", dept="苇湾县文化广电旅游体育局",
        unit="苇湾县全民健身中心", money=project_money(318.0, 300.0, 18.0),
        goals=["新建、更新一批健身路径和多功能运动场地，完善城乡15分钟健身圈。"],
    )  # fmt: skip
    s.row("资金明细（万元）", merge=[(1, 6)])
    s.row("明细", None, "金额", "明细", None, "金额", merge=[(1, 2), (4, 5)])
    s.row("多功能运动场（4处）", None, wan(136.0), "健身路径器材（60套）", None, wan(72.0),
          merge=[(1, 2), (4, 5)])  # fmt: skip
    s.row("笼式足球场围网及照明", None, wan(46.0), "塑胶步道（2.4公里）", None, wan(38.0),
          merge=[(1, 2), (4, 5)])  # fmt: skip
    s.row("设计及监理", None, wan(14.0), "安全标识及宣传", None, wan(12.0),
          merge=[(1, 2), (4, 5)])  # fmt: skip
    s.row("合计", None, None, None, None, wan(318.0), merge=[(1, 5)])
    s.skip()
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "新建多功能运动场", "处", "≥4", "≥4"),
        (None, None, "新增更新健身路径器材", "套", "≥60", "≥60"),
        (None, None, "新建塑胶步道长度", "公里", "≥2.4", "≥2.4"),
        (None, "质量指标", "工程验收合格率", "%", pct(1), pct(1)),
        (None, None, "健身器材国家强制性认证率", "%", pct(1), pct(1)),
        (None, "时效指标", "工程完工时间", None, f"{YEAR}年10月底前", f"{YEAR}年10月底前"),
        ("成本指标", "经济成本指标", "多功能运动场单处造价", "万元/处", "≤34", "≤34"),
        (None, None, "健身路径器材单套价格", "万元/套", "≤1.2", "≤1.2"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "%", "≥42%", "≥42%"),
        (None, None, "新增健身设施服务人口", "万人", "≥3.5", "≥3.5"),
        (None, "可持续影响指标", "设施日常管护责任落实率", "%", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "%", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "陶闻笛", "0736-6130587")
    return b


@variant("kb07-income-expenditure-indented", (12,), "unit (事业单位), OLD-NAT, income and "
         "expenditure lists one under the other with 其中 lines indented by spaces")  # fmt: skip
def kb07() -> Book:
    b = Book()
    s = b.sheet("单位整体")
    department_head(
        s, year=YEAR, dept="棠浦县人民医院", title=f"{YEAR}年度单位整体支出绩效目标申报表",
        budget=[[wan(28650.0), wan(3650.0), wan(25000.0), wan(26410.0), wan(2240.0)]],
        goal="提升县域医疗服务能力，推进胸痛、卒中中心建设，控制医疗费用不合理增长。",
    )  # fmt: skip
    s.row("收支预算（万元）", merge=[(1, 6)])
    s.row("收入项目", None, "金额", "支出项目", None, "金额", merge=[(1, 2), (4, 5)])
    lines = [
        ("一、财政拨款收入", wan(3650.0), "一、基本支出", wan(26410.0)),
        ("　　其中：一般公共预算", wan(3250.0), "　　其中：人员经费", wan(15860.0)),
        ("　　　　　政府性基金预算", wan(400.0), "　　　　　公用经费", wan(10550.0)),
        ("二、事业收入", wan(24300.0), "二、项目支出", wan(2240.0)),
        ("　　其中：医疗收入", wan(24100.0), "　　其中：设备购置", wan(1380.0)),
        ("三、其他收入", wan(700.0), "　　　　　重点专科建设", wan(860.0)),
        ("收入合计", wan(28650.0), "支出合计", wan(28650.0)),
    ]
    for a, x, c, y in lines:
        s.row(a, None, x, c, None, y, merge=[(1, 2), (4, 5)])
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "门急诊人次", "≥", 42, "万人次"),
        (None, None, "出院人次", "≥", 2.6, "万人次"),
        (None, None, "三四级手术台次", "≥", 3200, "台次"),
        (None, "质量指标", "住院患者死亡率", "≤", pct(0.004, P2), "%"),
        (None, None, "甲级病案率", "≥", pct(0.95), "%"),
        (None, "时效指标", "急诊患者平均等候时间", "≤", 15, "分钟"),
        (None, "成本指标", "门诊次均费用增幅", "≤", pct(0.05), "%"),
        (None, None, "百元医疗收入卫生材料消耗", "≤", 18, "元"),
        ("效益指标", "社会效益指标", "县域内就诊率", "≥", pct(0.9), "%"),
        (None, None, "胸痛患者D-to-B时间", "≤", 90, "分钟"),
        (None, "经济效益指标", "医疗服务收入占医疗收入比例", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "卫生技术人员继续教育达标率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "门诊患者满意度", "≥", pct(0.9), "%"),
        (None, None, "住院患者满意度", "≥", pct(0.92), "%"),
        (None, None, "职工满意度", "≥", pct(0.85), "%"),
    ])  # fmt: skip
    footer(s, "韩沐之", "0736-6215098", head="院长")
    return b


@variant("kb09-second-list-below", (12,), "project, OLD-NAT, a 资金来源 list and under it, on the "
         "same sheet, a 支出明细 list, each with its 合计; one value column")  # fmt: skip
def kb09() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s, year=YEAR, name="柘冈区老旧小区适老化改造项目", dept="柘冈区住房和城乡建设局",
        unit="柘冈区城市更新服务中心", money=project_money(540.0, 420.0, 120.0),
        goals=["对9个老旧小区实施加装扶手、坡道、照明等适老化改造，惠及老年住户2300户。"],
    )  # fmt: skip
    s.skip()
    s.row("一、资金来源（万元）", None, None, None, None, None, merge=[(1, 6)])
    s.row("来源", None, "金额", "说明", None, None, merge=[(1, 2), (4, 6)])
    for a, x, c in [
        ("市级财政补助", wan(260.0), "按户均补助测算"),
        ("区级财政配套", wan(160.0), None),
        ("产权单位及居民自筹", wan(120.0), "9个小区"),
        ("合计", wan(540.0), None),
    ]:
        s.row(a, None, x, c, None, None, merge=[(1, 2), (4, 6)])
    s.skip()
    s.row("二、支出明细（万元）", None, None, None, None, None, merge=[(1, 6)])
    s.row("支出内容", None, "金额", "说明", None, None, merge=[(1, 2), (4, 6)])
    for a, x, c in [
        ("楼道扶手及坡道", wan(216.0), "9个小区"),
        ("公共区域照明改造", wan(132.0), None),
        ("无障碍出入口", wan(126.0), "42处×3万元"),
        ("设计、监理及审计", wan(66.0), None),
        ("合计", wan(540.0), None),
    ]:
        s.row(a, None, x, c, None, None, merge=[(1, 2), (4, 6)])
    s.skip()
    indicators(s, [
        ("产出指标", "数量指标", "改造老旧小区数量", "≥9个"),
        (None, None, "改造惠及老年住户", "≥2300户"),
        (None, None, "新建无障碍出入口", "≥42处"),
        (None, "质量指标", "改造工程验收合格率", pct(1)),
        (None, "时效指标", "改造完成时间", f"{YEAR}年11月30日前"),
        (None, "成本指标", "无障碍出入口单处造价", "≤3万元"),
        (None, None, "户均改造成本", "≤2350元"),
        ("效益指标", "社会效益指标", "老年住户出行便利程度", "明显提升"),
        (None, None, "小区公共空间无障碍覆盖率", "≥80%"),
        (None, "可持续影响指标", "改造设施长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "指标值"))  # fmt: skip
    footer(s, "袁一舟", "0736-5830915")
    return b
