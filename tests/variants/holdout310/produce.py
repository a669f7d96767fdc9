"""Express half, continued: 农产品寄递 (th13–th18), with a budget-system export, a table on a
second sheet, a department with its tasks, a transfer payment and stacked projects."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout310.common import indicators, one_year, start, wan
from tests.variants.holdout310.registry import variant
from tests.variants.kit import Book, mk, money

CODE = "52110025T000008123"
PROJECT = "农产品寄递冷链补助"


@variant(
    "th13-produce-export",
    (7, 12),
    "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on "
    "the third row, codes in the first columns, operator and unit columns (correct)",
)
def produce_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 20, 22, 20, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("207003", "蔺湖县农业农村局", CODE, PROJECT, money(80), money(72), money(8))
    s.row("合计", None, None, None, money(80), money(72), money(8), merge=[(1, 4)])
    t = b.sheet("部门项目支出绩效目标05-2", (22, 18, 12, 16, 30, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：蔺湖县农业农村局（207003）")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单件生鲜农产品冷链包装补贴", "≤", 3, "元/件"),
        ("产出指标", "数量指标", "补贴生鲜农产品寄递量", "≥", 20, "万件"),
        ("产出指标", "数量指标", "支持建设乡镇冷链暂存点", "≥", 6, "个"),
        ("产出指标", "质量指标", "生鲜快件寄递破损率", "≤", 2, "%"),
        ("产出指标", "时效指标", "补贴资金兑付及时率", "≥", 95, "%"),
        ("效益指标", "经济效益指标", "农产品寄递单件物流成本下降率", "≥", 8, "%"),
        ("效益指标", "社会效益指标", "带动农户通过快递销售农产品", "≥", 1200, "户"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥", 90, "%"),
    ]  # fmt: skip
    for row in rows:
        t.row(CODE, PROJECT, *row)
    return b


@variant(
    "th14-produce-second-sheet",
    (7, 9, 11),
    "project, OLD-NAT: head on the first sheet, the indicator table on a second sheet under "
    "header 预期实现值: a 破损率 with ≥, a 达标率 given in hours, a date serial as text",
)
def produce_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=2025,
        name="“快递+农产品”寄递项目培育",
        dept="芦汀县邮政管理局（318004）",
        unit="芦汀县邮政分公司",
        money=one_year(wan(50), wan(45), wan(5)),
        goals=["培育3个“快递+农产品”寄递项目，带动生鲜农产品寄递上行。"],
    )
    t = b.sheet("绩效指标", (16, 20, 32, 18))
    t.row("一级指标", "二级指标", "三级指标", "预期实现值")
    wrong = mk("≥1.5%", "T108", "warning", row=True, note="破损率是反向指标，应为≤1.5%")
    hours = mk("≤48小时", "T105", "error", note="达标率写成了时限，应为百分比")
    serial = mk("45961", "X104", "warning", alt=("T116",), note="文本中的日期序列号 2025-10-31")
    indicators(t, [
        ("产出指标", "数量指标", "培育“快递+农产品”寄递项目数", "≥3个"),
        (None, None, "农产品快递寄递业务量", "≥150万件"),
        (None, "质量指标", "生鲜农产品寄递破损率", wrong),
        (None, "时效指标", "生鲜农产品寄递时限达标率", hours),
        (None, None, "项目验收完成时间", serial),
        (None, "成本指标", "单个项目培育补助", "≤15万元/个"),
        ("效益指标", "经济效益指标", "带动农产品网络销售额", "≥2000万元"),
        ("满意度指标", "服务对象满意度指标", "合作农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "th15-coop-department-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def coop_department_money() -> Book:
    b, s = start()
    total = mk(money(236.5), "B101", "error", row=True, note="基本支出 96.5 + 项目支出 150 = 246.5")
    lines = mk(money(150), "B102", "error", note="任务金额 70 + 52 + 18 = 140")
    department_head(s, year=2025, dept="苇川县供销合作社联合社",
                    budget=[(total, money(206.5), money(30), money(96.5), money(150))],
                    goal="补助10个乡镇冷链暂存点，推进县乡村三级寄递物流共同配送。", tasks=[
        ("农产品寄递冷链设施补助", "补助10个乡镇冷链暂存点", money(70), "暂存点投入使用"),
        ("县乡村三级寄递物流共配", "整合供销、邮政、快递网点", money(52), "共同配送"),
        ("农村电商快递培训", "培训农户和网点人员600人次", money(18), "提升寄递技能"),
        ("金额合计", None, lines, None),
    ])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("成本指标", "经济成本指标", "单个乡镇冷链暂存点补助", "≤7万元/个"),
        ("产出指标", "数量指标", "补助乡镇冷链暂存点数", "≥10个"),
        (None, None, "农村电商快递培训人次", "≥600人次"),
        (None, "质量指标", "冷链暂存点验收合格率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年9月30日前"),
        ("效益指标", "经济效益指标", "农产品经寄递渠道销售额增长率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "th16-transfer-marked-labels",
    (5,),
    "transfer-payment project (中央补助 + 地方资金), OLD-NAT, labels marked * and abbreviated "
    "(数量, 质量), ★ core indicators, operators in words in 指标性质 (correct)",
)
def transfer_marked_labels() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="农村寄递物流体系建设补助",
        dept="蔺湖县商务局（312009）",
        unit="蔺湖县商务局",
        title="2025年度转移支付项目区域绩效目标表",
        money_label="资金情况（万元）",
        money=[
            ("资金总额", wan(500), "其中：中央补助", wan(350)),
            ("地方资金", wan(150), None, None),
        ],
        goals=["建成2个县级寄递公共配送中心和60个村级寄递物流综合服务站。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("*产出指标", "数量", "★县级寄递公共配送中心建设数量", "大于等于", 2, "个"),
        (None, None, "★村级寄递物流综合服务站建设数量", "大于等于", 60, "个"),
        (None, "质量", "项目建设验收合格率", "等于", 100, "%"),
        (None, "时效", "项目建设完成时间", "小于等于", "2025年12月31日", None),
        (None, "成本", "单个县级公共配送中心建设补助", "小于等于", 80, "万元/个"),
        (None, None, "单个村级服务站建设补助", "小于等于", 3, "万元/个"),
        ("*效益指标", "经济效益", "农产品外销寄递单件成本下降率", "大于等于", 10, "%"),
        (None, "社会效益", "★建制村快递服务覆盖率", "大于等于", 98, "%"),
        ("*满意度指标", "服务对象满意度", "农村寄递用户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "th17-cold-chain-artefacts",
    (9, 12),
    "project, OLD-NAT, one value column, detail lines below the table: a unit subsidy rounded "
    "to 0 万元, an amount pasted twice",
)
def cold_chain_artefacts() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="生鲜农产品冷链寄递补贴",
        dept="苇川县农业农村局（207021）",
        unit="苇川县农产品流通服务站",
        money=one_year(wan(140), wan(120), wan(20)),
        goals=["补贴150万件生鲜农产品冷链寄递，新增7个乡镇冷链暂存点。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    zero = mk("≤0万元/件", "T115", "error", note="0.3元/件按万元四舍五入成了0")
    indicators(s, [
        ("产出指标", "数量指标", "补贴生鲜农产品冷链寄递量", "≥150万件"),
        (None, None, "新增乡镇冷链暂存点", "≥7个"),
        (None, "质量指标", "冷链快件寄递破损率", "≤2%"),
        (None, "时效指标", "生鲜快件次日送达比例", "≥80%"),
        (None, "成本指标", "单件冷链包装耗材补贴", zero),
        (None, None, "单个冷链暂存点设备补助", "≤5万元/个"),
        ("效益指标", "经济效益指标", "带动合作社寄递销售额", "≥3000万元"),
        ("满意度指标", "服务对象满意度指标", "合作社及农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算明细", merge=[(1, 4)])
    s.row("序号", "支出内容", "测算依据", "金额（万元）")
    twice = mk("45万45万", "X106", "error", alt=("B108",), note="45万粘贴了两次，应读作45")
    s.table([
        (1, "冷链包装耗材补贴", "150万件×0.3元/件", twice),
        (2, "冷链寄递运费补贴", "150万件×0.4元/件", money(60)),
        (3, "乡镇冷链暂存点设备", "7个×5万元/个", money(35)),
        ("合计", None, None, money(140)),
    ])  # fmt: skip
    b.file_mark("B102", "error", required=False, note="若把“45万45万”读错，明细就不相加")
    return b


@variant(
    "th18-produce-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, header 绩效标准, the same indicator name with "
    "different values in the two projects (correct)",
)
def produce_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="农产品上行寄递品牌推广",
        dept="蔺湖县农业农村局（207003）",
        unit="蔺湖县农产品品牌服务中心",
        money=one_year(wan(30), wan(30), wan(0)),
        goals=["举办6场农产品寄递推介活动，提高本地农产品寄递品牌知晓率。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "绩效标准")
    indicators(s, [
        ("产出指标", "数量指标", "农产品寄递推介活动场次", "≥6场"),
        (None, "质量指标", "推介活动方案审定通过率", "=100%"),
        (None, "时效指标", "推介活动完成时间", "2025年11月30日前"),
        (None, "成本指标", "单场推介活动费用", "≤5万元/场"),
        ("效益指标", "社会效益指标", "农产品寄递品牌知晓率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        name="邮政助农直播间建设",
        dept="蔺湖县农业农村局（207003）",
        unit="蔺湖县邮政分公司",
        money=one_year(wan(42), wan(36), wan(6)),
        goals=["在7个乡镇邮政网点建设助农直播间，带动农产品寄递。"],
        title="",
    )
    s.row("一级指标", "二级指标", "三级指标", "绩效标准")
    indicators(s, [
        ("产出指标", "数量指标", "建设助农直播间数量", "≥7个"),
        (None, "质量指标", "直播间设备验收合格率", "=100%"),
        (None, "时效指标", "直播间投入使用时间", "2025年8月31日前"),
        (None, "成本指标", "单个直播间建设费用", "≤6万元/个"),
        ("效益指标", "经济效益指标", "直播带动农产品快递寄递量", "≥20万件"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥88%"),
    ])  # fmt: skip
    return b
