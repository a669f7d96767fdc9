"""Mare milk (马奶) returns of the 616th held-out set: fb07 to fb12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout616.common import book, indicators, notes, one_year, sign, wan
from tests.variants.holdout616.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "锡仁郭勒旗农牧局（318002）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "fb07-mare-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, weights add to 100 (correct)",
)
def fb07() -> Book:
    b, s = book()
    goal = "全年收购鲜马奶180吨，运营马奶收购点6个，收购补贴按每吨不超过3000元兑付。"
    department_head(s, year=2025, dept="锡仁郭勒旗马产业发展中心", goal=goal,
                    budget=[(wan(260), wan(230), wan(30), wan(150), wan(110))])  # fmt: skip
    rows = [
        ("鲜马奶收购量", 20, "吨", "≥", 180),
        ("马奶收购点数量", 15, "个", "≥", 6),
        ("鲜马奶抽检合格率", 15, "%", "≥", pct(0.98)),
        ("收购款兑付及时率", 10, "%", "≥", pct(0.95)),
        ("每吨鲜马奶收购补贴", 10, "元/吨", "≤", 3000),
        ("养马户户均增收", 10, "元", "≥", 2500),
        ("马奶运输损耗率", 10, "%", "≤", pct(0.03)),
        ("养马户满意度", 10, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table(rows)
    s.row("合计", 100, None, None, None)
    sign(s, "其其格", "0479-7152260")
    return b


@variant(
    "fb08-mare-milking-sheds",
    (5, 11),
    "project, OLD-NAT, tier labels with * and ★ and abbreviated tier-2s: a quality rate under "
    "时效, a standard × count over the money, a 反向 rate with ≥",
)
def fb08() -> Book:
    b, s = book()
    goal = "在呼和陶勒苏木新建标准化挤奶棚30座，配套储奶罐30个，提升鲜马奶卫生质量。"
    project_head(s, year=2025, name="标准化挤奶棚建设项目", dept=DEPT, attr="新增项目",
                 unit="锡仁郭勒旗马产业发展中心", money=one_year(wan(150), wan(120), wan(30)),
                 goals=[goal])  # fmt: skip
    rows = [
        ("*产出指标", "数量", "★新建标准化挤奶棚", "≥30座"),
        (None, None, "配套储奶罐", "≥30个"),
        (None, "质量", "挤奶棚验收合格率", "=100%"),
        (None, "时效", mk("鲜马奶冷藏合格率", "F201", "warning", row=True,
                          note="合格率是质量指标，填在时效下"), "≥95%"),
        (None, None, "挤奶棚建成时间", "2025年7月31日前"),
        (None, "成本", "挤奶棚建设补助标准",
         mk("≤8万元/座", "B107", "warning", row=True, note="8万元×30座=240万元，超过150万元")),
        ("*效益指标", "经济效益", "养马户户均增收", "≥4000元"),
        (None, None, "鲜马奶运输损耗率",
         mk("≥3%", "T108", "warning", row=True, note="损耗率是反向指标，应为≤")),
        (None, "可持续影响", "挤奶棚管护制度", "健全"),
        ("*满意度指标", "服务对象满意度", "养马户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    return b


@variant(
    "fb09-mare-fermentation",
    (7,),
    "project: head on the first sheet, the indicator table on a second sheet under 考核指标 · "
    "目标值（年度） · 评价标准, a later year prepared for (correct)",
)
def fb09() -> Book:
    b, s = book("项目信息")
    goal = ("2025年建成酸马奶（策格）发酵车间1处，培养制作示范户40户，试制发酵马奶制品20吨，"
            "为2027年在全旗推广积累工艺数据。")  # fmt: skip
    project_head(s, year=2025, name="酸马奶发酵工艺示范项目", dept=DEPT, attr="新增项目",
                 unit="锡仁郭勒旗畜牧工作站", money=one_year(wan(88), wan(70), wan(18)),
                 goals=[goal])  # fmt: skip
    t = b.sheet("绩效目标", (14, 16, 30, 18, 30))
    t.title("2025年度项目绩效目标表", 5)
    rows = [
        ("产出指标", "数量指标", "发酵车间建成", "=1处", "建成得满分，未建成不得分"),
        (None, None, "培训酸马奶制作户", "≥60户（含示范户40户）", "按完成比例得分"),
        (None, None, "试制发酵马奶制品", "≥20吨", "按完成比例得分"),
        (None, "质量指标", "发酵制品微生物检测合格率", "≥95%", "每低1个百分点扣1分"),
        (None, "时效指标", "车间投入试运行时间", "2025年9月30日前", "逾期一个月扣2分"),
        (None, "成本指标", "发酵车间建设投资", "≤60万元", "超出不得分"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥3500元", "按完成比例得分"),
        (None, "可持续影响指标", "酸马奶发酵技术规程", "形成并发布", "形成得满分"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "每低1个百分点扣1分"),
    ]  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), rows)
    return b


@variant(
    "fb10-mare-department-money",
    (12, 4),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计; note and "
    "signature lines",
)
def fb10() -> Book:
    b, s = book("部门整体")
    total = mk(wan(300), "B101", "error", row=True, note="基本支出180 + 项目支出110 = 290，不是300")
    tasks = [
        ("马奶收购补贴", "鲜马奶收购环节补贴", wan(50), "收购鲜马奶200吨"),
        ("马匹疫病防控", "马流感等疫苗采购及免疫", wan(35), "免疫马匹1.2万匹"),
        ("牧民技术培训", "挤奶卫生和马奶储运培训", wan(30), "培训500人次"),
        ("金额合计", None, mk(wan(110), "B102", "error", note="50 + 35 + 30 = 115，不是110"),
         None),
    ]  # fmt: skip
    goal = "全年收购鲜马奶200吨，完成马匹免疫1.2万匹，培训牧民500人次。"
    department_head(s, year=2025, dept="锡仁郭勒旗马产业发展中心", tasks=tasks, goal=goal,
                    budget=[(total, wan(270), wan(30), wan(180), wan(110))])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "鲜马奶收购量", "≥200吨"),
        (None, None, "马匹免疫数量", "≥1.2万匹"),
        (None, None, "牧民培训", "≥500人次"),
        (None, "质量指标", "免疫抗体合格率", "≥90%"),
        (None, "时效指标", "春季免疫完成时间", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "每吨鲜马奶收购补贴", "≤2500元"),
        ("效益指标", "社会效益指标", "马匹重大疫病发生", "0起"),
        ("满意度指标", "服务对象满意度指标", "养马户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    notes(s, "注：免疫数量按2025年春秋两季合计填报。")
    sign(s, "额尔敦", "0479-7153381")
    return b


@variant(
    "fb11-mare-two-stacked",
    (2, 9),
    "two projects stacked, OLD-NAT, date cells, amounts in the number format, text =100%, the "
    "same indicator name with other values (correct)",
)
def fb11() -> Book:
    b, s = book()
    project_head(s, year=2025, name="马奶冷链收购点建设项目", dept=DEPT, attr="新增项目",
                 unit="锡仁郭勒旗马产业发展中心", money=one_year(wan(64), wan(64), wan(0)),
                 start=day(2025, 3, 1), end=day(2025, 10, 31),
                 goals=["新建马奶冷链收购点4个，全年收购鲜马奶120吨。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新建马奶收购点", "≥4个"),
        (None, None, "鲜马奶收购量", "≥120吨"),
        (None, "质量指标", "收购点验收合格率", "=100%"),
        (None, "成本指标", "收购点建设补助标准", "≤15万元/个"),
        ("效益指标", "经济效益指标", "养马户户均增收", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "养马户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    s.skip()
    project_head(s, year=2025, name="马奶冷藏罐配置项目", dept=DEPT, title="",
                 unit="锡仁郭勒旗畜牧工作站", money=one_year(wan(36), wan(30), wan(6)),
                 goals=["为散养户配置冷藏罐12个，经冷藏罐收储鲜马奶60吨。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "配置马奶冷藏罐", "≥12个"),
        (None, None, "鲜马奶收购量", "≥60吨"),
        (None, "质量指标", "鲜马奶冷藏温度达标率", "≥95%"),
        (None, "成本指标", "冷藏罐补助标准", "≤2.5万元/个"),
        ("效益指标", "社会效益指标", "散养户鲜马奶变质损失下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "散养户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    return b


@variant(
    "fb12-mare-flat-defects",
    (3, 1),
    "department, flat list with a 序号 column: weights add to 95, a rate given as a count, the "
    "daily intake listed twice with other values",
)
def fb12() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="锡仁郭勒旗马奶产业合作联社", goal="日均收购鲜马奶5吨以上。",
                    budget=[(wan(120), wan(90), wan(30), wan(40), wan(80))])  # fmt: skip
    rows = [
        (1, "鲜马奶日收购量", 20, "吨", "≥", 5),
        (2, "社员养马户", 15, "户", "≥", 80),
        (3, "马奶交售合同履约率", 15, "户", "≥",
         mk(40, "T105", "error", row=True, note="履约率给成户数")),
        (4, "鲜马奶抽检合格率", 15, "%", "≥", pct(0.97)),
        (5, mk("鲜马奶日均收购量", "D102", "error", row=True, alt=("D103", "D101"),
               note="与第1项是同一指标，值却是8吨"), 10, "吨", "≥", 8),
        (6, "社员分红增长率", 10, "%", "≥", pct(0.06)),
        (7, "社员满意度", 10, "%", "≥", pct(0.9)),
    ]  # fmt: skip
    s.row("序号", *FLAT)
    s.table(rows)
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b
