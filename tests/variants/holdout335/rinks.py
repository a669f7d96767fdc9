"""Public skating rinks, equipment lending and safety patrols on ice: ug07–ug12."""

from __future__ import annotations

from tests.variants.holdout335.common import (
    department_book,
    indicators,
    notes,
    project_book,
    signature,
    signed_on,
    wan,
    year_money,
)
from tests.variants.holdout335.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ug07-rink-department", (4, 12),
         "department, NAT-2021: budget, key tasks with a 金额合计 of the 项目支出 only, a 0起 "
         "incident target, footnotes explaining the total, signature line dated the year "
         "before (correct)")  # fmt: skip
def ug07() -> Book:
    b, s = department_book(
        year=2025, dept="凇阳县全民健身中心",
        budget=[(wan(860), wan(800), wan(60), wan(520), wan(340))],
        tasks=[("公共冰场运营维护", "两处公共冰场浇冰扫冰和开放管理", wan(180), "冰场开放90天"),
               ("冰雪器材免费借用", "冰鞋、护具和雪圈免费借用", wan(70), "借用8000人次"),
               ("冰面安全巡护", "河湖冰面巡查、警示和救援值守", wan(90), "巡查600次"),
               ("金额合计", None, wan(340), None)],
        goal="保障公共冰场冬季开放和冰雪器材免费借用，落实冰面安全巡护，杜绝冰上溺水事故。",
        filled=signed_on(2024, 11, 26),
    )  # fmt: skip
    s.row("年度绩效指标", None, None, None, merge=[(1, 4)])
    indicators(s, [
        ("产出指标", "数量指标", "公共冰场开放天数", "≥90天"),
        (None, None, "冰雪器材借用人次", "≥8000人次"),
        (None, None, "冰面安全巡查次数", "≥600次"),
        (None, "质量指标", "冰面质量检测合格率", pct(0.95)),
        (None, "时效指标", "冰面险情处置到场时间", "≤15分钟"),
        ("成本指标", "经济成本指标", "公共冰场单日运营成本", "≤2万元/天"),
        (None, None, "器材借用人次均成本", "≤85元/人次"),
        ("效益指标", "社会效益指标", "冰上溺水及伤亡事故", "0起"),
        (None, "可持续影响指标", "冰场设施完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "冰场使用群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.金额合计为项目支出合计，不含基本支出。",
          "2.冰场开放期为当年1月至2月及12月，开放天数按实际冰期计算。",
          "3.冰上溺水及伤亡事故目标为零发生。")  # fmt: skip
    signature(s, "韩立松", "蒋雪珂", "0458-6203147", signed_on(2024, 11, 26))
    return b


@variant("ug08-rink-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a response-time indicator given as a percentage")  # fmt: skip
def ug08() -> Book:
    b, s = department_book(
        year=2025, dept="霁川市北岬区冰雪运动服务中心",
        budget=[(mk(wan(430), "B101", "error", note="400 + 30 = 430 but 260 + 150 = 410"),
                 wan(400), wan(30), wan(260), wan(150))],
        tasks=[("公共冰场浇筑维护", "两处公共冰场浇冰与冰面养护", wan(80), "冰场开放80天"),
               ("冰上救援器材配置", "救生圈、冰镐和救援担架", wan(40), "配置救援点12处"),
               ("冰面安全巡护队补助", "巡护队员冬季值守补助", wan(35), "巡查500次"),
               ("金额合计", None,
                mk(wan(150), "B102", "error", note="80 + 40 + 35 = 155, not 150"), None)],
        goal="保障辖区公共冰场安全开放，完善冰上救援设施，开展冰面安全巡护。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "公共冰场开放天数", "≥80天"),
        (None, None, "冰上救援点设置数量", "≥12处"),
        (None, None, "冰面安全巡查次数", "≥500次"),
        (None, "质量指标", "救援器材完好率", "≥95%"),
        (None, "时效指标", "冰面险情响应时间",
         mk("100%", "T113", "warning", note="a response time given as a percentage")),
        ("成本指标", "经济成本指标", "冰场浇筑维护日均成本", "≤1万元/天"),
        ("效益指标", "社会效益指标", "冰上安全事故发生率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "滑冰群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ug09-lending-footnotes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, an instruction row inside the table, "
         "a header repeated after a page break, 填表说明, signatures, 0起 (correct)")  # fmt: skip
def ug09() -> Book:
    b, s = project_book(
        year=2025, name="冰雪运动器材公益借用项目", dept="寒汀区文化体育和旅游局（512006）",
        unit="寒汀区体育场馆管理所", money=year_money(48, 42, 6),
        goals=("在全区设置冰雪器材公益借用点，向群众免费借用冰鞋、雪板和护具。",),
    )  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    s.row(*head)
    s.row("（定量指标填写数值和单位，定性指标填写评价等级）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "公益借用点设置数量", "≥8个"),
        (None, None, "可借用冰雪器材套数", "≥1200套"),
        (None, None, "器材借用服务人次", "≥15000人次"),
        (None, "质量指标", "借用器材安全检测合格率", "100%"),
        (None, "时效指标", "器材报修处理时限", "≤3个工作日"),
        (None, "成本指标", "器材购置平均成本", "≤300元/套"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "借用器材引发的安全事故", "0起"),
        (None, "可持续影响指标", "器材借用管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "借用群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值应可考核，定量指标须注明计量单位。",
          "2.器材购置平均成本按购置总额除以新增器材套数计算。", width=4)  # fmt: skip
    signature(s, "邵北辰", "霍晓凇", "0413-7751826", signed_on(2024, 12, 3))
    return b


@variant("ug10-lending-defects", (4, 9),
         "project, OLD-NAT, one value column, a 资金明细 block and 说明 lines below the table: "
         "a detail amount split by a space, an amount pasted twice")  # fmt: skip
def ug10() -> Book:
    b, s = project_book(
        year=2025, name="冰雪器材借用点扩容项目", dept="玉嶂县文化广电体育局（226003）",
        unit="玉嶂县体育馆", money=year_money(60, 55, 5),
        goals=("新增冰雪器材300套，改造借用点4处，全年借用服务10000人次。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "新增冰雪器材套数", "≥300套"),
        (None, None, "改造借用点数量", "≥4处"),
        (None, None, "器材借用服务人次", "≥10000人次"),
        (None, "质量指标", "新增器材验收合格率", "100%"),
        (None, "时效指标", "借用点改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "雪具单套购置成本", "≤800元/套"),
        ("效益指标", "社会效益指标", "群众冰雪运动参与率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "借用群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "项目", "金额（万元）", "说明", merge=[(4, 6)])
    s.row(None, "雪具购置", mk("24.3 5", "X105", "warning", alt=("X103",),
                                 note="read as 24.35; the lines then add to 60"),
          "300套", merge=[(4, 6)])  # fmt: skip
    s.row(None, "护具购置", mk("15万15万", "X106", "error", alt=("B108",),
                                 note="15万 pasted twice; read as 15"),
          "冰鞋护具配套", merge=[(4, 6)])  # fmt: skip
    s.row(None, "借用点改造", wan(12.65), "4处", merge=[(4, 6)])
    s.row(None, "管理人员劳务", wan(8), "雪季值守", merge=[(4, 6)])
    s.row(None, "合计", wan(60), None, merge=[(4, 6)])
    notes(s, "说明：明细金额由项目单位根据询价结果测算。")
    return b


@variant("ug11-patrol-empty-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without "
         "indicators, a value without a name")  # fmt: skip
def ug11() -> Book:
    b, s = project_book(
        year=2025, name="河湖冰面安全巡护项目", dept="凇阳县应急管理局（208031）",
        unit="凇阳县应急救援中心", money=year_money(28, 28, 0),
        goals=("冬季对县内河湖冰面开展巡查和警示，设置安全警示牌，组织冰上救援演练。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "冰面安全巡查次数", "≥400次"),
        (None, None, "设置冰面安全警示牌", "≥150块"),
        (None, "质量指标", "巡查记录完整率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥98%"),
        (None, "时效指标", "险情处置到场时间", "≤20分钟"),
        ("成本指标", "经济成本指标", "巡查人员日均补助", "≤150元/人·天"),
        ("效益指标", "社会效益指标", "冰上溺水事故", "0起"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left with no indicator and no value"), None, None),
        (None, "可持续影响指标", "冰面巡护工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ], header=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b


@variant("ug12-patrol-header", (7, 11),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）, 指标性质 as direction and "
         "指标方向 as operator, a 评价标准 column, a 下降率 with ≥ (correct)")  # fmt: skip
def ug12() -> Book:
    b, s = project_book(
        year=2025, name="冰上救援队伍建设与巡护项目", dept="霁川市应急管理局（317020）",
        unit="霁川市水上冰上救援支队", money=year_money(36, 36, 0),
        goals=("组建冰上救援志愿队伍，开展冰上救援演练和冬季冰面巡护，降低冰面事故。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "冰上救援演练", "正向", "≥", "4次", "每少1次扣2分"),
        (None, None, "冰上救援志愿者培训人数", "正向", "≥", "200人", "按比例扣分"),
        (None, "质量指标", "救援志愿者持证率", "正向", "≥", "90%", "按比例扣分"),
        (None, "时效指标", "冰面险情响应时间", "反向", "≤", "10分钟", "超时扣分"),
        ("成本指标", "经济成本指标", "志愿者人均培训成本", "反向", "≤", "600元/人", "超支不得分"),
        ("效益指标", "社会效益指标", "冰面安全事故下降率", "正向", "≥", "20%", "未达到不得分"),
        (None, "可持续影响指标", "冰上救援队伍常态化运行", "定性", None, "有效", "视情况评分"),
        ("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "正向", "≥", "90%", "按比例扣分"),
    ], header=("一级指标", "二级指标", "考核指标", "指标性质", "指标方向", "目标值（年度）",
               "评价标准"))  # fmt: skip
    return b
