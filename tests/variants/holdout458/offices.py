"""Tier labels, headers, exports, department money and direction columns (yz13–yz18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout458.common import (
    YEAR,
    header,
    indicators,
    notes,
    start,
    wan,
    year_money,
)
from tests.variants.holdout458.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "yz13-labels-decorated",
    (5,),
    "transfer-payment project, OLD-NAT, numbered tier labels with points, ★ core indicators, "
    "abbreviated tier-2s, 中央补助 + 地方资金 (correct)",
)
def labels_decorated() -> Book:
    b, s = start()
    money = [
        ["资金总额", wan(300), "其中：中央补助", wan(200)],
        ["地方资金", wan(100), None, None],
    ]
    project_head(
        s,
        year=YEAR,
        name="长江禁捕退捕渔民安置保障补助资金",
        dept="鹭洲县农业农村局（408）",
        unit="鹭洲县退捕渔民安置工作专班",
        money=money,
        goals=["为1200名退捕渔民落实养老保险参保补助，培训转产就业300人次，就业率90%以上。"],
        title=f"{YEAR}年度转移支付项目绩效目标表",
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        [
            ("一、产出指标（50分）", "（一）数量指标", "★退捕渔民养老保险参保补助人数", "≥1200人"),
            (None, None, "转产就业技能培训", "≥300人次"),
            (None, "（二）质量指标", "★退捕渔民参保率", "≥98%"),
            (None, "（三）时效指标", "补助资金拨付时限", "≤30个工作日"),
            (None, "（四）成本指标", "人均参保补助标准", "≤0.15万元/人"),
            ("二、*效益指标（40分）", "1.社会效益", "★退捕渔民转产就业率", "≥90%"),
            (None, "2.可持续影响", "退捕渔民社会保障长效机制", "建立并执行"),
            ("三、满意度指标（10分）", "服务对象满意度", "退捕渔民满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "yz14-wrong-parent",
    (5, 7),
    "project, NAT-2021, abbreviated labels, header 绩效目标值: a 可持续影响 tier-2 under 产出, a "
    "持证上岗率 given as a head count",
)
def wrong_parent() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="鹤汀县长江禁渔执法能力提升项目",
        dept="鹤汀县农业农村局（217）",
        unit="鹤汀县渔政执法大队",
        money=year_money(140, 130, 10),
        goals=["配备执法记录仪60台，组织执法培训4期，提升禁渔执法规范化水平。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "绩效目标值")
    parent = mk("可持续影响", "F105", "error", note="a 效益 tier-2 inside the 产出 block")
    count = mk("56人", "T105", "error", note="上岗率 given as a head count")
    indicators(
        s,
        [
            ("成本", "经济成本", "执法记录仪采购单价", "≤0.35万元/台"),
            ("产出", "数量", "配备执法记录仪", "≥60台"),
            (None, None, "组织执法业务培训", "≥4期"),
            (None, "质量", "执法人员持证上岗率", count),
            (None, "时效", "装备采购完成时间", "2025年6月30日前"),
            (None, parent, "执法装备管护制度", "健全"),
            ("效益", "社会效益", "非法捕捞案件办结率", "≥95%"),
            (None, "生态效益", "重点水域非法捕捞案件起数", "≤20起"),
            ("满意度", "服务对象满意度", "沿江群众满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "yz15-export-second-sheet",
    (7,),
    "budget-system export: codes in the first columns, budget on the first sheet, indicators on "
    "a second sheet under headers 考核指标 and 预期实现值 on the third row (correct)",
)
def export_second_sheet() -> Book:
    b, s = start("项目支出预算表05-1", (12, 18, 16, 30, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位名称：沙渚市长江江豚自然保护区管理处", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("512006", "沙渚市江豚保护区管理处", "5120-2025-0087", "江豚饵料鱼类增殖放流项目",
          wan(210), wan(180), wan(30))  # fmt: skip
    t = b.sheet("项目绩效目标表05-2", (12, 16, 16, 18, 30, 20))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("项目名称：江豚饵料鱼类增殖放流项目", merge=[(1, 6)])
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "考核指标", "预期实现值")
    code = ("512006", "5120-2025-0087")
    t.table(
        [
            (*code, "产出指标", "数量指标", "增殖放流土著鱼类苗种", "≥500万尾"),
            (*code, None, None, "江豚饵料鱼类资源调查", "≥4次"),
            (*code, None, "质量指标", "放流苗种检验检疫合格率", "=100%"),
            (*code, None, "时效指标", "放流活动完成时间", "2025年6月30日前"),
            (*code, None, "成本指标", "每万尾苗种采购成本", "≤0.3万元/万尾"),
            (*code, "效益指标", "生态效益指标", "放流水域饵料鱼类资源密度增长率", "≥5%"),
            (*code, None, "社会效益指标", "增殖放流活动群众参与", "≥800人次"),
            (*code, None, "可持续影响指标", "放流效果跟踪评估机制", "建立并执行"),
            (*code, "满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
        ],
        merged=(3, 4),
    )
    return b


@variant(
    "yz16-dept-money",
    (12, 1, 4),
    "department, NAT-2021: budget with typed percent shares, four tasks adding to 金额合计 = "
    "项目支出, a footnote explaining the total (correct)",
)
def dept_money() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="渚洲市长江江豚自然保护区管理处",
        budget=[
            [wan(1250), wan(1125), wan(125), wan(875), wan(375)],
            [pct(1), pct(0.9), pct(0.1), pct(0.7), pct(0.3)],
        ],
        goal="保护区巡护2万公里以上，救护搁浅江豚10头次以上，保护区江豚种群保持在180头以上。",
        tasks=[
            ("保护区巡护", "日常巡护与联合执法", wan(150), "巡护2万公里以上"),
            ("救护繁育", "搁浅江豚救护与暂养", wan(120), "救护10头次以上"),
            ("监测科研", "种群监测与科研合作", wan(65), "监测数据有效率95%以上"),
            ("科普宣教", "科普活动与宣传", wan(40), "科普活动40场以上"),
            ("金额合计", None, wan(375), None),
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "保护区巡护每公里成本", "≤60元/公里"),
            ("产出指标", "数量指标", "保护区巡护里程", "≥20000公里"),
            (None, None, "搁浅江豚救护", "≥10头次"),
            (None, None, "科普宣教活动", "≥40场"),
            (None, "质量指标", "监测数据有效率", "≥95%"),
            (None, "时效指标", "救护接报到场时间", "≤2小时"),
            ("效益指标", "生态效益指标", "保护区江豚种群数量", "≥180头"),
            (None, "社会效益指标", "沿江群众江豚保护知晓率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "沿江社区满意度", "≥90%"),
        ],
    )
    notes(s, "注：金额合计为项目支出375万元，基本支出875万元不列入年度主要任务。")
    return b


@variant(
    "yz17-dept-money-wrong",
    (12, 9),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a fill "
    "date stored as a serial in a text cell",
)
def dept_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(410), "B101", "error", note="150 + 270 = 420, not 410")
    whole = mk(wan(270), "B102", "error", note="120 + 100 + 45 = 265, not 270")
    serial = mk("45601", "X104", "warning", note="2024-11-05 as a serial in a text cell")
    department_head(
        s,
        year=YEAR,
        dept="鹭洲县长江禁捕退捕工作专班办公室",
        budget=[[total, wan(380), wan(30), wan(150), wan(270)]],
        goal="巩固退捕成果，落实退捕渔民社保，聘用护渔员40人，重点水域非法捕捞案件控制在12起以内。",
        tasks=[
            ("禁捕巡护", "护渔员巡护与联合执法", wan(120), "聘用护渔员40人"),
            ("渔民安置", "社保补助与转产培训", wan(100), "应保尽保"),
            ("禁捕宣传", "宣传进村入户", wan(45), "入户5000户以上"),
            ("金额合计", None, whole, None),
        ],
        filled=serial,
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "护渔员人均年补助", "≤2.4万元/人"),
            ("产出指标", "数量指标", "聘用护渔员", "≥40人"),
            (None, None, "禁捕宣传进村入户", "≥5000户"),
            (None, "质量指标", "退捕渔民社保应保尽保率", "=100%"),
            (None, "时效指标", "渔船渔具回收处置完成时间", "2025年9月30日前"),
            ("效益指标", "社会效益指标", "退捕渔民转产就业率", "≥95%"),
            (None, "生态效益指标", "重点水域非法捕捞案件起数", "≤12起"),
            ("满意度指标", "服务对象满意度指标", "退捕渔民满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "yz18-direction-column",
    (11, 7),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, header 目标值, bare numbers "
    "with a unit column: a cost with ≥, a 正向 rate with ≤, a completion time as 100%",
)
def direction_column() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="江豚栖息地禁捕水域界桩及警示标牌建设项目",
        dept="沙渚市农业农村局（621）",
        unit="沙渚市渔政执法支队",
        money=year_money(95, 90, 5),
        goals=["在江豚栖息地禁捕水域边界设置界桩150根、警示标牌80块，年内完工并通过验收。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "目标值", "计量单位")
    cost = mk("≥", "T108", "warning", row=True, note="a unit cost is 反向: ≤")
    rate = mk("≤", "T108", "warning", row=True, note="辨识率 is 正向: ≥")
    when = mk(100, "T113", "warning", alt=("T105",), note="a completion time given as 100%")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "设置禁捕水域界桩", "正向", "≥", 150, "根"),
            (None, None, "设置警示标牌", "正向", "≥", 80, "块"),
            (None, "质量指标", "界桩标牌验收合格率", "正向", "≥", 98, "%"),
            (None, "时效指标", "界桩标牌安装完工时间", "正向", "=", when, "%"),
            (None, "成本指标", "单根界桩建设成本", "反向", cost, 0.35, "万元/根"),
            ("效益指标", "生态效益指标", "误入禁捕水域船只", "反向", "≤", 10, "艘次"),
            (None, "社会效益指标", "禁捕水域边界公众辨识率", "正向", rate, 90, "%"),
            (None, "可持续影响指标", "界桩标牌设计使用年限", "正向", "≥", 10, "年"),
            ("满意度指标", "服务对象满意度指标", "沿江渔民及船民满意度", "正向", "≥", 90, "%"),
        ],
    )
    return b
