"""Product quality spot-check projects (产品质量抽检): khr01–khr06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout892.common import YEAR, first, funds, funds2, indicators, sign, wan
from tests.variants.holdout892.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("khr01-industrial-sampling", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal total with its part in brackets (correct)")  # fmt: skip
def khr01() -> Book:
    b, s = first()
    goal = ("全年组织重点工业产品质量监督抽查1200批次（其中电商平台销售产品300批次），覆盖食品相关"
            "产品、电线电缆、儿童用品等18类产品，不合格产品后处理率100%。")  # fmt: skip
    project_head(s, year=YEAR, name="重点工业产品质量监督抽查", dept="栖桐市市场监督管理局 418001",
                 unit="栖桐市市场监督管理局产品质量安全监督科", money=funds(186, 186, 0),
                 goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "监督抽查产品批次", "≥", 1200, "批次"),
        (None, None, "电商平台销售产品抽查批次", "≥", 300, "批次"),
        (None, None, "抽查产品类别", "≥", 18, "类"),
        (None, "质量指标", "检验报告差错率", "≤", pct(0.01), "%"),
        (None, None, "抽样程序规范率", "≥", pct(0.98), "%"),
        (None, "时效指标", "检验结果通报时限", "≤", 20, "工作日"),
        (None, None, "全年抽查任务完成时间", "≤", day(YEAR, 12, 20), "—"),
        ("成本指标", "经济成本指标", "单批次检验费用", "≤", 0.15, "万元/批次"),
        ("效益指标", "社会效益指标", "不合格产品后处理率", "=", pct(1), "%"),
        (None, None, "抽查不合格发现问题整改率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "质量安全风险信息共享机制", "定性", "建立并执行", "—"),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, OP_HEAD, rows)
    sign(s, "何岚清", "0761-5328406")
    return b


@variant("khr02-goal-batches-off", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: the goal's batch count and deadline "
         "against the indicators, a quality rate under 时效")  # fmt: skip
def khr02() -> Book:
    b, s = first()
    goal = (f"{YEAR}年对辖区小家电、电动自行车及配件、建筑用钢材开展质量监督抽检800批次，11月30日前"
            "完成全部检验并向社会公布抽检结果。")  # fmt: skip
    project_head(s, year=YEAR, name="小家电及电动自行车产品质量监督抽检",
                 dept="砚溪区市场监督管理局 207", unit="砚溪区市场监督管理局",
                 money=funds(100, 100, 0), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "监督抽检产品批次",
         mk("≥600批次", "D104", "warning", row=True,
            note="年度目标写抽检800批次，指标只有600批次")),
        (None, None, "抽检产品类别", "≥3类"),
        (None, "质量指标", "检验报告准确率", "≥99%"),
        (None, "时效指标",
         mk("抽样单填写规范合格率", "F201", "warning", row=True,
            note="规范合格率是质量指标，填在时效指标下"), "≥98%"),
        (None, None, "抽检结果公布时间",
         mk(f"{YEAR + 1}年1月15日前", "Y102", "error", row=True, alt=("D104", "Y103"),
            note="期限落在预算年度之后，年度目标写11月30日前")),
        (None, "成本指标", "单批次抽检检验费用", "≤0.12万元/批次"),
        ("效益指标", "社会效益指标", "问题产品生产企业整改到位率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "消费者对抽检工作满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    sign(s, "钟以沫", "0761-5540217")
    return b


@variant("khr03-three-year-annual-over", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: a year's count above the "
         "period's, a cumulative count copied, a year left from the last plan")  # fmt: skip
def khr03() -> Book:
    b, s = first()
    period = (f"{YEAR}—{YEAR + 2}年完成儿童用品、学生用品质量安全专项抽检共2400批次，建成产品质量"
              "风险监测数据库，每年发布风险警示。")  # fmt: skip
    annual = (f"{YEAR}年完成儿童用品、学生用品专项抽检800批次，对150家重点企业开展风险监测，"
              "按月发布风险警示。")  # fmt: skip
    project_head(s, year=YEAR, name="儿童及学生用品质量安全专项抽检", years=3, attr="新增项目",
                 dept="栖桐市市场监督管理局 418001", unit="栖桐市产品质量检验研究院",
                 money=funds2((540, 540, 0), (180, 180, 0)), goals=[period, annual])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "专项抽检批次", "≥2400批次", "≥800批次"),
        (None, None, "风险监测重点企业数", "≥150家",
         mk("≥180家", "D201", "error", note="年度180家超过三年实施期的150家")),
        (None, None, "质量安全风险警示发布", "≥12期",
         mk("≥12期", "D202", "warning", note="三年累计期数照抄到年度列（按月发布，年度应为12期、"
            "三年应为36期）")),
        (None, "质量指标", "检验报告差错率", "≤1%", "≤1%"),
        (None, "时效指标", "年度抽检任务完成时间", "每年12月20日前", "12月20日前"),
        ("成本指标", "经济成本指标", "单批次检验费用", "≤0.2万元/批次", "≤0.2万元/批次"),
        ("效益指标", "社会效益指标", "儿童用品抽检不合格率下降", "≥3百分点", "≥1百分点"),
        (None, "可持续影响指标",
         mk("2024年度产品质量风险分析报告", "Y103", "warning", row=True, alt=("Y101",),
            note="2024年既非预算年度也不在2026—2028年项目期内：上一轮计划的遗留"),
         "≥3份", "1份"),
        ("满意度指标", "服务对象满意度指标", "家长及学校满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, rows)
    sign(s, "陆闻笙", "0761-5301189")
    return b


@variant("khr04-stacked-two-sampling", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values in each, goal totals with their parts in brackets "
         "(correct)")  # fmt: skip
def khr04() -> Book:
    b, s = first()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="食品相关产品质量监督抽检", dept="沣禾县市场监督管理局 033",
                 unit="沣禾县市场监督管理局", money=funds(64, 64, 0),
                 goals=["抽检食品相关产品320批次（其中塑料餐饮具180批次、纸制品140批次），"
                        "不合格产品100%核查处置。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "抽检批次", "≥320批次"),
        (None, None, "塑料餐饮具抽检批次", "≥180批次"),
        (None, None, "纸制品抽检批次", "≥140批次"),
        (None, "质量指标", "检验报告差错率", "≤1%"),
        (None, "时效指标", "抽检结果公示时间", "12月25日前"),
        (None, "成本指标", "单批次检验费用", "≤0.2万元/批次"),
        ("效益指标", "社会效益指标", "不合格产品核查处置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "生产企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="电线电缆产品质量监督抽检", dept="沣禾县市场监督管理局 033",
                 unit="沣禾县产品质量检验所", money=funds(45, 40, 5), title="",
                 goals=["抽检电线电缆150批次（其中建材市场90批次、在建工地60批次），"
                        "抽检不合格率较上年下降1个百分点。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "抽检批次", "≥150批次"),
        (None, None, "在建工地抽检批次", "≥60批次"),
        (None, "质量指标", "检验报告差错率", "≤0.5%"),
        (None, "时效指标", "抽检结果公示时间", "11月30日前"),
        (None, "成本指标", "单批次检验费用", "≤0.3万元/批次"),
        ("效益指标", "社会效益指标", "电线电缆抽检不合格率下降", "≥1百分点"),
        ("满意度指标", "服务对象满意度指标", "生产企业满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "伍晴川", "0761-7712065")
    return b


@variant("khr05-points-two-levels", (5, 10),
         "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（50分）, （一）数量指标), an indicator score column, a rate lowered "
         "in 百分点 (correct)")  # fmt: skip
def khr05() -> Book:
    b, s = first()
    goal = ("春耕前后抽检化肥、农膜、农机具等农资产品240批次，覆盖全县12个乡镇，农资产品抽检"
            "不合格率较上年下降2个百分点。")  # fmt: skip
    project_head(s, year=YEAR, name="农资产品质量监督抽检", dept="沣禾县市场监督管理局 033",
                 unit="沣禾县市场监督管理局", money=funds(48, 48, 0), goals=[goal])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "农资产品抽检批次", "≥240批次", 15),
        (None, None, "抽检覆盖乡镇", "≥12个", 10),
        (None, "（二）质量指标", "检验报告差错率", "≤1%", 10),
        (None, "（三）时效指标", "春耕前抽检完成时间", "4月15日前", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "单批次检验费用", "≤0.2万元/批次", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "农资产品抽检不合格率下降", "≥2百分点", 15),
        (None, None, "不合格农资产品下架处置率", pct(1), 10),
        (None, "（二）可持续影响指标", "农资质量追溯机制", "建立并执行", 5),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "农户满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "葛初禾", "0761-7716630")
    return b


@variant("khr06-duplicate-and-cost", (12,),
         "project, OLD-NAT, operator and unit columns, one money column: fiscal + other ≠ total, "
         "unit cost × batches above the money, one indicator twice with a word more")  # fmt: skip
def khr06() -> Book:
    b, s = first()
    total = mk(wan(90), "B101", "error", note="财政拨款80 + 其他资金15 = 95，不是90")
    project_head(s, year=YEAR, name="日用消费品质量监督抽检", dept="栖桐市市场监督管理局 418001",
                 unit="栖桐市产品质量检验研究院", money=funds(total, 80, 15),
                 goals=["抽检洗涤用品、纸尿裤、家用燃气器具等日用消费品400批次，"
                        "检验结果按季度向社会公布。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "日用消费品监督抽检批次", "≥", 400, "批次"),
        (None, None, "家用燃气器具抽检批次", "≥", 60, "批次"),
        (None, "质量指标", "检验报告差错率", "≤", "1", "%"),
        (None, None,
         mk("日用消费品监督抽检产品批次", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标下的“日用消费品监督抽检批次”是同一指标，多一个“产品”"),
         "≥", 400, "批次"),
        (None, "时效指标", "抽检结果公布频次", "≥", 4, "次"),
        (None, "成本指标",
         mk("单批次抽检检验费用", "B107", "warning", row=True,
            note="0.25万元 × 400批次 = 100万元，超过资金总额（90或95万元）"),
         "≤", 0.25, "万元/批次"),
        ("效益指标", "社会效益指标", "不合格产品下架召回率", "≥", "98", "%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥", "90", "%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), rows)
    sign(s, "祁望舒", "0761-5319042")
    return b
