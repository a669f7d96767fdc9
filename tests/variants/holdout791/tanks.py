"""Fire-fighting water tanks (消防蓄水池) and water points in the forest."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout791.common import HEAD4, YEAR, book, indicators, note, one_year, sign
from tests.variants.holdout791.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

DEPT = "苍岭县林业局（412031）"


@variant("kdu03-stacked-tanks", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values, unit cost × count equal to the money (correct)")  # fmt: skip
def kdu03() -> Book:
    b, s = book()
    goal = "在松崖、寒溪两个林区新建200立方米消防蓄水池6座（其中高位水池2座）。"
    project_head(s, year=YEAR, name="林区消防蓄水池新建项目", dept=DEPT,
                 unit="苍岭县林业局", money=one_year(45, 45, 0), goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建消防蓄水池", "≥6座"),
        (None, "质量指标", "蓄水池工程验收合格率", "=100%"),
        (None, "时效指标", "蓄水池建成时间", f"{YEAR}年9月30日前"),
        (None, "成本指标", "单座蓄水池造价", "≤7.5万元/座"),
        ("效益指标", "社会效益指标", "重点林区扑火取水半径", "≤3公里"),
        ("满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal2 = "改造柏溪、鹤屏山林区取水点10处，配套抽水泵站2处。"
    project_head(s, year=YEAR, name="林区取水点改造项目", dept=DEPT, title="",
                 unit="苍岭县林业局", money=one_year(18, 15, 3), goals=[goal2])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造林区取水点", "≥10处"),
        (None, None, "配套抽水泵站", "≥2处"),
        (None, "质量指标", "蓄水池工程验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", f"{YEAR}年8月31日前"),
        (None, "成本指标", "取水点改造单价", "≤1.2万元/处"),
        ("效益指标", "社会效益指标", "重点林区扑火取水半径", "≤5公里"),
        ("满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "房澈", "0736-5845579")
    return b


@variant("kdu06-stacked-tanks-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second's total ≠ its parts, a count under 质量, "
         "an acceptance rate twice with a word more")  # fmt: skip
def kdu06() -> Book:
    b, s = book()
    goal = "为鹤屏山林场新建100立方米消防水池4座。"
    project_head(s, year=YEAR, name="鹤屏山林场消防水池项目", dept=DEPT,
                 unit="苍岭县鹤屏山林场", money=one_year(20, 20, 0), goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建消防水池", "≥4座"),
        (None, "质量指标", "水池验收合格率", "=100%"),
        (None, "时效指标", "水池建成时间", f"{YEAR}年10月31日前"),
        (None, "成本指标", "单座水池造价", "≤5万元/座"),
        ("效益指标", "社会效益指标", "林场扑火取水时间缩短", "≥20分钟"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    goal2 = "为寒溪林区新建蓄水池4座并铺设供水管线6公里。"
    total = mk(money(32, WAN), "B101", "error", note="财政拨款 25 + 其他资金 5 = 30")
    project_head(s, year=YEAR, name="寒溪林区蓄水池及管线项目", dept=DEPT, title="",
                 unit="苍岭县寒溪林区管护站", goals=[goal2], money=[
                     ("资金总额", total, "其中：财政拨款", money(25, WAN)),
                     ("其他资金", money(5, WAN), None, None)])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "供水管线铺设长度", "≥6公里"),
        (None, "质量指标", mk("新建蓄水池数量", "F201", "warning", row=True,
                            note="数量填在质量指标下"), "≥4座"),
        (None, None, "蓄水池验收合格率", "≥95%"),
        (None, None, "蓄水池工程验收合格率",
         mk("≥98%", "D103", "warning", alt=("D101", "D102"), note="与上一行同一指标")),
        (None, "时效指标", "管线完工时间", f"{YEAR}年11月30日前"),
        ("效益指标", "社会效益指标", "林区消防供水保障率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞映川", "0736-5864013")
    return b


@variant("kdu10-flat-tanks-wrong", (3,),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "weights adding to 95, a rate given as a count")  # fmt: skip
def kdu10() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="苍岭县林区供水保障中心",
                    budget=[(money(120, WAN), money(110, WAN), money(10, WAN),
                             money(70, WAN), money(50, WAN))],
                    goal="维护全县林区消防蓄水池和取水点，防火期保持满蓄。")  # fmt: skip
    b.file_mark("W101", "error", note="20+20+15+15+15+10 = 95")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("维护消防蓄水池", 40, "正向", "座", 20),
        ("防火期蓄水池满蓄率", pct(0.95), "正向", "%", 20),
        ("取水点故障处置及时率", mk(3, "T105", "error", note="比率写成了次数"), "正向", "次",
         15),
        ("单座蓄水池年维护费", 1.2, "反向", "万元/座", 15),
        ("林区消防用水保障能力", "明显提升", "正向", None, 15),
        ("扑火队伍满意度", pct(0.9), "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "秦望舒", "0736-5827734", month=11, d=25)
    return b


@variant("kdu12-tanks-direction", (1, 11),
         "project, OLD-NAT, operator column and percent cells: a 受害率 with ≥, a satisfaction "
         "above 100 %, a timeliness rate under 质量")  # fmt: skip
def kdu12() -> Book:
    b, s = book()
    goal = "在柏溪林区新建消防蓄水池5座，防火期前全部蓄满，林区火灾受害率控制在0.9‰以内。"
    project_head(s, year=YEAR, name="柏溪林区消防蓄水池建设项目", dept=DEPT,
                 unit="苍岭县柏溪乡林业站", money=one_year(40, 36, 4), goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "新建消防蓄水池", "≥", 5, "座"),
        (None, "质量指标", "蓄水池验收合格率", "≥", pct(0.95), None),
        (None, None, mk("蓄水池建成及时率", "F201", "warning", row=True,
                        note="及时率属时效，填在质量指标下"), "≥", pct(0.95), None),
        (None, "时效指标", "防火期前蓄满时间", "≤", day(YEAR, 9, 30), None),
        (None, "成本指标", "单座蓄水池造价", "≤", 7.5, "万元/座"),
        ("效益指标", "生态效益指标", "林区森林火灾受害率",
         mk("≥", "T108", "warning", row=True, note="反向指标用了 ≥"), 0.9, "‰"),
        ("满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥",
         mk(pct(1.05), "T106", "error", note="满意度超过 100%"), None),
    ])  # fmt: skip
    sign(s, "陆霁川", "0736-5852201")
    return b


@variant("kdu17-export-second-sheet", (7, 9),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 with the header "
         "on the third row, codes in the first columns, =100% kept as text (correct)")  # fmt: skip
def kdu17() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("412031260017", "林区消防水源维护项目", money(28), money(25), money(3))
    s.row("合计", None, money(28), money(25), money(3))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 26, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：苍岭县林业局", None, None, None, None, None, "单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    code, name = "412031260017", "林区消防水源维护项目"
    t.table([
        (code, name, "产出指标", "数量指标", "维护消防蓄水池", "≥", 16, "座"),
        (code, name, "产出指标", "数量指标", "疏通林区取水点", "≥", 12, "处"),
        (code, name, "产出指标", "质量指标", "维护后蓄水池完好率", "=", "=100%", None),
        (code, name, "产出指标", "时效指标", "维护完成时间", "≤", "9月30日前", None),
        (code, name, "产出指标", "成本指标", "单座蓄水池维护费", "≤", 1.2, "万元/座"),
        (code, name, "效益指标", "社会效益指标", "防火期水源可用率", "≥", pct(0.95), None),
        (code, name, "满意度指标", "服务对象满意度指标", "扑火队员满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("kdu18-template-rows-left", (6, 13),
         "project, OLD-NAT, header 预期目标: a tier-2 left from the template, a value without "
         "a name, last season's deadline")  # fmt: skip
def kdu18() -> Book:
    b, s = book()
    goal = f"{YEAR}年在鹤屏山林场新建高位消防水池3座，铺设引水管2公里，防火期前投入使用。"
    project_head(s, year=YEAR, name="鹤屏山高位消防水池项目", dept=DEPT,
                 unit="苍岭县鹤屏山林场", money=one_year(30, 30, 0), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "新建高位消防水池", "≥3座"),
        (None, None, mk(None, "F110", "error", note="有指标值、无三级指标名称"), "≥2公里"),
        (None, "质量指标", "水池工程验收合格率", "≥95%"),
        (None, "时效指标", "水池建成时间",
         mk(f"{YEAR - 1}年10月31日前", "Y102", "error", alt=("Y103",),
            note="上一防火季的期限，未改成预算年度")),
        (None, "成本指标", "单座水池造价", "≤9万元/座"),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True,
                       note="模板行，无指标无值"), None, None),
        (None, "社会效益指标", "林场扑火取水半径", "≤2公里"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "填表说明：三级指标由项目单位自行设置，未使用的二级指标可删除。")
    sign(s, "卜云岫", "0736-5866390")
    return b
