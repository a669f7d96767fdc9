"""Returns tk07–tk12: 小蚕共育 and 蚕茧收购质量 (stacked projects, flat lists, notes, artefacts)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout313.common import YEAR, notes, one_year, sign, start, table, wan
from tests.variants.holdout313.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def gongyu(s: Sheet, name: str, unit: str, money: list, rooms: str, std: str, extra: tuple,
           title: str | None = None) -> None:  # fmt: skip
    """One 小蚕共育 project (OLD-NAT, one value column); ``extra`` is its last 产出 row."""
    goal = f"新建小蚕共育室{rooms}，推进小蚕集中共育。"
    project_head(s, year=YEAR, name=name, dept="桑坪县农业农村局 431126", unit=unit,
                 money=money, title=title, goals=(goal,))  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "小蚕共育室新建数量", f"≥{rooms}"),
        (None, None, *extra),
        (None, "质量指标", "共育小蚕发育整齐率", "≥95%"),
        (None, "时效指标", "共育室建成投用时间", f"{YEAR}年4月10日前"),
        (None, "成本指标", "每个共育室建设补助", std),
        ("效益指标", "经济效益指标", "张种产茧量增长率", "≥10%"),
        (None, "社会效益指标", "减少养蚕用工", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "养蚕户满意度", "≥90%"),
    ])  # fmt: skip


@variant("tk07-gongyu-stacked", (2,), "two 小蚕共育 projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator name with different values (correct)")  # fmt: skip
def tk07() -> Book:
    b, s = start("共育项目")
    gongyu(s, "桑坪县东片小蚕共育室建设项目", "桑坪县蚕桑站", one_year(84, 84, 0), "12个",
           "≤5万元/个", ("共育小蚕张数", "≥6000张"))  # fmt: skip
    s.skip()
    gongyu(s, "桑坪县西片小蚕共育室建设项目", "桑坪县西片蚕业合作社", one_year(70, 56, 14),
           "8个", "≤6万元/个", ("共育小蚕张数", "≥4000张"), title="")  # fmt: skip
    return b


@variant("tk08-gongyu-stacked-wrong", (2, 12), "two 小蚕共育 projects stacked, OLD-NAT: the "
         "second's total is not its parts and a coverage rate is given as a count")  # fmt: skip
def tk08() -> Book:
    b, s = start("共育项目")
    gongyu(s, "桑坪县南片小蚕共育室建设项目", "桑坪县蚕桑站", one_year(60, 50, 10), "10个",
           "≤5万元/个", ("共育小蚕张数", "≥5000张"))  # fmt: skip
    s.skip()
    total = mk(wan(95), "B101", "error", note="第二个项目：80 + 10 = 90 ≠ 95")
    count = mk("3200张", "T105", "error", note="覆盖率应为百分比，不是张数")
    gongyu(s, "桑坪县北片小蚕共育室建设项目", "桑坪县北片蚕业合作社", one_year(total, 80, 10),
           "14个", "≤6万元/个", ("小蚕共育覆盖率", count), title="")  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("tk09-shougou-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, =100% at the ceiling, 0起 on an "
         "incident count, a 下降率 with ≥ (correct)")  # fmt: skip
def tk09() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="柘阳县茧丝绸产业发展服务中心",
                    budget=[(wan(420), wan(390), wan(30), wan(180), wan(240))],
                    goal="规范全县蚕茧收购秩序，按质论价，抽检合格率不低于95%。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("蚕茧收购质量抽检批次", 15, "批次", "≥", 120),
        ("收购站点茧质检测仪配备率", 10, "%", "=", pct(1)),
        ("鲜茧上车茧率抽检合格率", 15, "%", "≥", 95),
        ("收购价格公示率", 10, "%", "=", pct(1)),
        ("蚕茧收购纠纷投诉下降率", 10, "%", "≥", 15),
        ("鲜茧收购质量安全事故", 10, "起", "=", 0),
        ("茧站检测人员培训人次", 10, "人次", "≥", 150),
        ("收购款结算及时率", 10, "%", "≥", pct(0.98)),
        ("蚕农满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("tk10-shougou-flat-wrong", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, "
         "weights adding to 95")  # fmt: skip
def tk10() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="槐坞县蚕茧收购监管所",
                    budget=[(wan(260), wan(240), wan(20), wan(150), wan(110))],
                    goal="加强蚕茧收购质量监管，杜绝压级压价，保护蚕农利益。")  # fmt: skip
    unit = mk("≥48次", "T112", "error", row=True, note="值写“次”，计量单位列写“万元”")
    back = mk("≥3%", "T108", "warning", row=True, note="投诉率声明为反向，比较符却是 ≥")
    b.file_mark("W101", "error", note="权重 15+10+10+15+10+10+15+10 = 95，应为 100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("收购站点质量巡查次数", unit, "正向", "万元", 15),
        ("鲜茧抽检合格率", "≥95%", "正向", "%", 10),
        ("收购环节压级压价投诉率", back, "反向", "%", 10),
        ("干壳量检测覆盖率", "≥90%", "正向", "%", 15),
        ("收购价格公示到位率", "100%", "正向", "%", 10),
        ("茧站违规收购查处办结时间", "≤10个工作日", "反向", "工作日", 10),
        ("蚕茧收购质量培训人次", "≥200人次", "正向", "人次", 15),
        ("蚕农满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    return b


def detect_rows(check: object, when: object, std: str) -> list[tuple[object, ...]]:
    """The indicator rows of a 蚕茧收购质量检测 project (``check`` a coverage value, ``when`` the
    completion cell, ``std`` the unit-price cap), 产出 and 成本 tiers only."""
    return [
        ("产出指标", "数量指标", "茧质检测仪配置数量", "≥14台", None),
        (None, None, "检测人员培训人次", "≥60人次", None),
        (None, "质量指标", "收购茧抽检覆盖率", check, None),
        (None, None, "检测仪器检定合格率", "=100%", "计量检定"),
        (None, "时效指标", "秋茧收购检测完成时间", when, None),
        (None, "成本指标", "茧质检测仪采购单价", std, None),
    ]  # fmt: skip


BENEFIT = [
    ("效益指标", "社会效益指标", "收购质量安全事故", "0起", "事故数，以 0 为目标"),
    (None, None, "按质论价收购茧量占比", "≥80%", None),
    (None, "可持续影响指标", "茧质检测数据归档率", "≥95%", None),
    ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%", None),
]  # fmt: skip
FIVE = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("tk11-shougou-notes", (4,), "project, OLD-NAT, one value column: a 注 row inside the "
         "table, the header repeated after a page break, a 说明 explaining the total, 填表说明, "
         "signature and a fill date in the year before (correct)")  # fmt: skip
def tk11() -> Book:
    b, s = start()
    goal = "建成蚕茧收购质量检测站，推行仪评茧质。"
    project_head(s, year=YEAR, name="簇桥镇蚕茧收购质量检测站建设项目",
                 dept="茧山县供销合作社联合社 516340", unit="簇桥镇茧站",
                 money=one_year(55, 50, 5), goals=(goal,))  # fmt: skip
    table(s, FIVE, detect_rows("≥90%", f"{YEAR}年10月31日前", "≤3万元/台"))
    notes(s, "注：检测仪采购单价按本年度询价结果填列，不含运维费用。", width=5)
    s.skip()
    table(s, FIVE, BENEFIT)
    notes(s, "说明：年度资金总额55万元 = 设备购置42万元 + 人员培训5万元 + 检测耗材8万元。",
          "填表说明：指标值应填写可考核的数值，定性指标填写等级。", width=5)  # fmt: skip
    sign(s, "石怀谷", "覃蕴秋", "0736-5820417")
    return b


@variant("tk12-shougou-artefacts", (4, 9), "project, OLD-NAT, one value column, a 注 row and "
         "detail lines below: a date serial left as text, an amount pasted twice, a coverage "
         "rate given as a count")  # fmt: skip
def tk12() -> Book:
    b, s = start()
    goal = "购置仪评设备，实现鲜茧收购按质论价。"
    project_head(s, year=YEAR, name="桑坪县鲜茧收购仪评设备购置项目",
                 dept="桑坪县供销合作社联合社 431140", unit="桑坪县茧丝公司",
                 money=one_year(50, 44, 6), goals=(goal,))  # fmt: skip
    count = mk("≥600批次", "T105", "error", note="覆盖率要百分比，给的是批次数")
    serial = mk("46356", "X104", "warning", note="46356 是日期序列号（2026-11-30），存成了文本")
    table(s, FIVE, detect_rows(count, serial, "≤2.5万元/台"))
    notes(s, "注：检测仪采购单价为含税价。", width=5)
    table(s, FIVE, BENEFIT)
    s.skip()
    pasted = mk("36万36万", "X106", "error", alt=("B108",), note="金额重复粘贴，按 36 万元读")
    s.row("资金明细", "设备购置", pasted, "人员培训", wan(8))
    s.row(None, "检测耗材", wan(6), "合计", wan(50))
    sign(s, "韦承林", "蒙晓棠", "0736-6413058")
    return b
