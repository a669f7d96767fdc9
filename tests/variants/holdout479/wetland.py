"""Wetland reserve returns: zu07–zu12 (flat lists, stacked projects, notes, artefacts)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout479.common import (
    BUREAU,
    HEAD4,
    RESERVE,
    YEAR,
    details,
    indicators,
    note,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout479.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = f"{BUREAU}（214）"
OLD = "苇汀县湿地保护中心"


@variant("zu07-wetland-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percents, a 下降率 with ≥, 0起 on an incident count, weights "
         "add to 100 (correct)")  # fmt: skip
def zu07() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=OLD, budget=[[wan(380), wan(320), wan(60), wan(150),
                    wan(230)]], goal="完成全县湿地日常巡护、退化湿地修复和水鸟调查。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("湿地巡护总里程", 15, "公里", "≥", 3600),
        ("鸟类同步调查", 10, "次", "≥", 4),
        ("退化湿地植被修复面积", 15, "公顷", "≥", 40),
        ("外来入侵植物覆盖面积下降率", 10, "%", "≥", pct(0.15)),
        ("非法侵占湿地案件发生数", 10, "起", "≤", 0),
        ("湿地水质达标断面比例", 10, "%", "≥", pct(0.9)),
        ("保护区界桩完好率", 10, "%", "≥", pct(0.95)),
        ("湿地保护宣传覆盖人次", 10, "人次", "≥", 12000),
        ("周边社区群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "庞予溪", "0517-8851 3306")
    return b


@variant("zu08-wetland-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标性质 · 指标值 · 计量单位 · 权重): "
         "a unit against the unit column, ≥ on an incident rate, weights adding to 95")  # fmt: skip
def zu08() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=OLD, budget=[[wan(260), wan(230), wan(30), wan(110),
                    wan(150)]], goal="加强候鸟越冬期巡护，修复退化湿地。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+10+15+10+10+10+10+15 = 95, not 100")
    conflict = mk("120亩", "T112", "error", note="亩 in the value, 公顷 in the unit column")
    wrong = mk("≥", "T108", "warning", row=True, note="误捕事件发生率 is 反向: ≥ is backwards")
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    s.table([
        ("湿地巡护总里程", "≥", 2800, "公里", 15),
        ("候鸟越冬期专项巡护", "≥", 60, "天", 10),
        ("退化湿地修复面积", "≥", conflict, "公顷", 15),
        ("湿地水鸟误捕事件发生率", wrong, pct(0.01), "%", 10),
        ("湿地水质达标断面比例", "≥", pct(0.85), "%", 10),
        ("生态补偿资金兑付及时率", "≥", pct(0.95), "%", 10),
        ("保护区界碑界桩维护", "≥", 40, "块", 10),
        ("周边社区群众满意度", "≥", pct(0.9), "%", 15),
    ])  # fmt: skip
    signature(s, "庞予溪", "0517-8851 3306")
    return b


@variant("zu09-wetland-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def zu09() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭渚湾湿地巡护与管护项目", dept=DEPT, unit=RESERVE,
                 money=one_year(95, 80, 15),
                 goals=["聘用专职巡护员18人，全年巡护不少于300天。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "聘用专职巡护员", "≥18人"),
        (None, None, "野外巡护天数", "≥300天"),
        (None, "质量指标", "巡护记录完整率", "≥95%"),
        (None, "成本指标", "巡护员劳务补助标准", "≤0.3万元/人·月"),
        ("效益指标", "生态效益指标", "非法捕鸟案件发生数", "≤2起"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="鹭渚湾越冬水鸟监测项目", dept=DEPT, unit=RESERVE, title="",
                 money=one_year(48, 40, 8),
                 goals=["开展越冬水鸟同步调查4次，巡护样线120天。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "越冬水鸟同步调查", "≥4次"),
        (None, None, "野外巡护天数", "≥120天"),
        (None, "时效指标", "调查报告提交时间", "2025年4月30日前"),
        (None, "成本指标", "单次水鸟同步调查成本", "≤6万元/次"),
        ("效益指标", "生态效益指标", "记录越冬水鸟种类", "≥55种"),
        ("满意度指标", "服务对象满意度指标", "科研合作单位满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庞予溪", "0517-8851 3306")
    return b


@variant("zu10-wetland-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 "
         "is not 财政拨款 + 其他资金, and one of its rates is given in 公顷")  # fmt: skip
def zu10() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭渚湾湿地生态补水项目", dept=DEPT, unit=RESERVE,
                 money=one_year(150, 120, 30),
                 goals=["枯水期向核心区生态补水300万立方米。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "枯水期生态补水量", "≥300万立方米"),
        (None, "质量指标", "补水水质达标率", "≥95%"),
        (None, "成本指标", "生态补水单价", "≤0.45元/立方米"),
        ("效益指标", "生态效益指标", "核心区水面面积", "≥820公顷"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(90), "B101", "error", note="财政拨款 60 + 其他资金 20 = 80, not 90")
    project_head(s, year=YEAR, name="芦荡沟退化湿地修复项目", dept=DEPT, unit=RESERVE, title="",
                 money=one_year(total, 60, 20),
                 goals=["修复芦荡沟退化湿地35公顷。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "退化湿地修复面积", "≥35公顷"),
        (None, "质量指标", "修复区植被恢复率",
         mk("≥35公顷", "T105", "error", note="a rate given as an area")),
        (None, "成本指标", "湿地修复单价", "≤2万元/公顷"),
        ("效益指标", "生态效益指标", "修复区水鸟栖息种类", "≥30种"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庞予溪", "0517-8851 3306")
    return b


@variant("zu11-wetland-notes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row between tiers, the "
         "header repeated after a page break, 填表说明, signature and a date in the "
         "year before (correct)")  # fmt: skip
def zu11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭渚湾鸟类栖息地营造项目", dept=DEPT, unit=RESERVE,
                 money=one_year(68, 58, 10),
                 goals=["营造水鸟生境岛5个，恢复浅滩觅食地20公顷。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "营造水鸟生境岛", "≥5个"),
        (None, None, "恢复浅滩觅食地", "≥20公顷"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "工程完工时间", "2025年9月30日前"),
        (None, "成本指标", "生境岛营造单价", "≤8万元/个"),
    ])  # fmt: skip
    note(s, "注：数量指标按竣工验收实际完成量考核，面积以测绘成果为准。")
    indicators(s, head, [
        ("效益指标", "生态效益指标", "栖息地水鸟记录数量", "≥3000只次"),
        (None, "可持续影响指标", "生境岛管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "填表说明：1.指标值应量化；2.成本指标填写单价上限；3.本表一式两份。")
    signature(s, "宁思渚", "0517-8851 3342", day(YEAR - 1, 10, 30, 'yyyy"年"m"月"d"日"'))
    return b


@variant("zu12-wetland-second-sheet", (7, 9),
         "project head and money detail lines on the first sheet, indicators on a second sheet "
         "under 预期实现值: a date serial typed as text, an amount pasted twice")  # fmt: skip
def zu12() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=YEAR, name="鹭渚湾越冬水鸟智能监测项目", dept=DEPT, unit=RESERVE,
                 money=one_year(80, 70, 10),
                 goals=["布设红外相机30台，完成越冬水鸟同步调查4次。"])  # fmt: skip
    twice = mk("36万36万", "X106", "error", alt=("B108",), note="36万 pasted twice; read as 36")
    details(s, [("越冬水鸟同步调查劳务", 24), ("红外相机及数据平台", twice),
                ("监测报告编制", 20)], 80)  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    serial = mk("45991", "X104", "warning", note="a date serial (2025-11-30) stored as text")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "越冬水鸟同步调查", "≥4次"),
        (None, None, "布设红外相机", "≥30台"),
        (None, "质量指标", "调查数据有效率", "≥95%"),
        (None, "时效指标", "监测报告提交时间", serial),
        (None, "成本指标", "单台红外相机采购价", "≤0.3万元/台"),
        ("效益指标", "生态效益指标", "记录越冬水鸟种类", "≥60种"),
        ("满意度指标", "服务对象满意度指标", "科研合作单位满意度", "≥90%"),
    ])  # fmt: skip
    return b
