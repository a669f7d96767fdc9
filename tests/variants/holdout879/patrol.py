"""Patrol rangers (专职护林员, 入山卡口): khe01–khe06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout879.common import (
    dept_budget,
    note,
    sign,
    start,
    table,
    task,
    year_money,
)
from tests.variants.holdout879.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("khe01-ranger-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, ≤0起 on a fire count and ‰ on a damage rate (correct)")  # fmt: skip
def khe01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="椴川县2025年专职护林员巡山护林经费",
                 dept="椴川县林业局 307001", unit="椴川县林业局森林防火股",
                 money=year_money(86.4, 80, 6.4),
                 goals=["聘用专职护林员50名，对全县12.6万亩林区开展常态化巡护，"
                        "森林火灾受害率控制在0.9‰以内，不发生重大森林火灾。"])  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "专职护林员聘用人数", "≥", 50, "人"),
        (None, None, "巡护林区面积", "≥", 12.6, "万亩"),
        (None, "质量指标", "巡护区域覆盖率", "≥", pct(0.95), "%"),
        (None, None, "巡护轨迹上传合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "火情信息报告及时率", "=", pct(1), "%"),
        (None, "成本指标", "护林员巡护补助标准", "≤", 1200, "元/人·月"),
        ("效益指标", "社会效益指标", "重大森林火灾发生次数", "≤", 0, "起"),
        (None, "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰"),
        (None, "可持续影响指标", "护林员网格化巡护机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("khe02-checkpoint-rate-direction", (1, 11),
         "project, OLD-NAT, operator column: a typed 105% on an attendance rate and a response "
         "time with ≥")  # fmt: skip
def khe02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫坳镇2025年林区入山卡口值守与巡护项目",
                 dept="枫坳镇人民政府 412006", unit="枫坳镇农业农村和林业服务中心",
                 money=year_money(38.6, 36, 2.6),
                 goals=["在14个入山卡口落实防火期值守，登记入山人员、收缴火种，"
                        "及时处置林区火情。"])  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "入山卡口值守点", "≥", 14, "个"),
        (None, None, "护林员巡护里程", "≥", 5200, "公里"),
        (None, "质量指标", "卡口值守到岗率", "≥",
         mk(pct(1.05), "T106", "error", note="到岗率以 100% 为上限，105% 不可能"), "%"),
        (None, None, "入山人员登记率", "≥", pct(0.98), "%"),
        (None, "时效指标", "火情处置响应时间",
         mk("≥", "T108", "warning", row=True, note="响应时间越短越好，是反向指标，应为 ≤"),
         30, "分钟"),
        (None, "成本指标", "卡口值守补助标准", "≤", 80, "元/人·天"),
        ("效益指标", "社会效益指标", "野外违规用火劝阻率", "≥", pct(0.95), "%"),
        (None, "生态效益指标", "森林火灾受害率", "≤", 0.8, "‰"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("khe03-ranger-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, a 下降率 with ≥ (correct)")  # fmt: skip
def khe03() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="椴川县森林防火指挥部办公室",
                    budget=[dept_budget(412.5, 380, 32.5, 96.5, 316)],
                    tasks=[task("专职护林员管护", "120名护林员分片巡护", 186, "管护面积≥12.6万亩"),
                           task("瞭望塔值守运维", "8座瞭望塔防火期值守", 58, "值守≥180天"),
                           task("森林防火宣传", "进村入户宣传、培训", 22, "宣传≥24场"),
                           task("扑火物资储备", "补充储备库物资", 50, "物资完好率≥95%"),
                           task("金额合计", None, 316, None)],
                    goal="全县森林火灾受害率控制在0.9‰以内，森林火灾发生率同比下降。")  # fmt: skip
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (1, "专职护林员人数", 10, "人", "≥", 120),
        (2, "护林员管护面积", 15, "万亩", "≥", 12.6),
        (3, "瞭望塔防火期值守天数", 10, "天", "≥", 180),
        (4, "森林防火宣传活动场次", 10, "场", "≥", 24),
        (5, "扑火储备物资完好率", 10, "%", "≥", pct(0.95)),
        (6, "护林员人均管护补助", 10, "元/人·年", "≤", 15000),
        (7, "森林火灾受害率", 15, "‰", "≤", 0.9),
        (8, "森林火灾发生率同比下降率", 10, "%", "≥", 5),
        (9, "林区群众满意度", 10, "%", "≥", 90),
        (None, "合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("khe04-ranger-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def khe04() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="槲林乡林业工作站",
                    budget=[dept_budget(64.8, 60, 4.8, 28.8, 36)],
                    goal="落实乡村两级护林员巡护责任，确保全乡不发生较大森林火灾。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("村级护林员人数", "≥36人", "正向", "人", 20),
        ("护林员年均巡山天数",
         mk("≥240天", "T112", "error", row=True, note="值写“天”，计量单位列却是 %"),
         "正向", "%", 20),
        ("巡护日志填报完整率", "≥95%", "正向", "%", 15),
        ("森林火灾受害率",
         mk("≥0.8‰", "T108", "warning", row=True, note="受害率声明为反向，比较符却是 ≥"),
         "反向", "‰", 20),
        ("林区群众防火知晓率", "≥90%", "正向", "%", 10),
        ("林区群众满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+20+10+10 = 95，不是 100")
    return b


@variant("khe05-ranger-notes-signature", (4,),
         "project, OLD-NAT, one value column; a 注 row inside the table, 填表说明, signature "
         "and a fill date in the year before (correct)")  # fmt: skip
def khe05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹿鸣山国有林场2025年森林防火巡护项目",
                 dept="椴川县林业局 307001", unit="鹿鸣山国有林场",
                 money=year_money(52, 48, 4),
                 goals=["组建巡护小组6个，防火期每日巡护林场3.2万亩林地，"
                        "火情做到早发现、早报告、早处置。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    table(s, head, [
        ("产出指标", "数量指标", "巡护小组数", "≥6个", None),
        (None, None, "防火期巡护林地面积", "≥3.2万亩", None),
        (None, "质量指标", "巡护路线覆盖率", "≥95%", "按巡护APP轨迹统计"),
    ])  # fmt: skip
    note(s, "注：质量指标按《鹿鸣山林场森林防火巡护工作规程》考核，巡护轨迹以APP记录为准。", 5)
    s.table([
        ("产出指标", "时效指标", "火情发现后报告时间", "≤10分钟", None),
        (None, "成本指标", "巡护人员补助标准", "≤110元/人·天", None),
        ("效益指标", "社会效益指标", "林场范围内森林火灾次数", "≤0起", None),
        (None, "可持续影响指标", "巡护责任制落实情况", "有效", None),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1. 指标值应量化并写明比较符和计量单位；2. 定性指标填写“有效”“健全”等。", 5)
    note(s, "3. 本表一式两份，报县林业局和县财政局各一份。", 5)
    sign(s, "单位负责人：廖振川    财务负责人：汤晓梅    填表人：邝立群", day(2024, 11, 26))
    s.row("联系电话：0719-3386412")
    return b


@variant("khe06-ranger-empty-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two template tier-2 rows left without indicators "
         "and a value without an indicator name")  # fmt: skip
def khe06() -> Book:
    b, s = start()
    project_head(s, year=2025, name="雁栖岭2025年生态护林员森林防火补助项目",
                 dept="桦岭县林业局 318002", unit="雁栖岭林业管护站",
                 money=year_money(44.4, 44.4, 0),
                 goals=["选聘生态护林员30名，落实森林防火网格巡护责任。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "预期目标")
    table(s, head, [
        ("产出指标", "数量指标", "生态护林员选聘人数", "≥30人"),
        (None, "质量指标", "护林员岗前培训合格率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写：时效指标下无指标"),
         None, None),
        ("成本指标", "经济成本指标", "护林员补助标准", "≤1000元/人·月"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("效益指标", "社会效益指标", "网格内森林火灾发生次数", "≤0起"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥90%"),
        (None, "生态效益指标", "森林覆盖率", "≥68.5%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
