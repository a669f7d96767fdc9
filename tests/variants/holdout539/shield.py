"""莼菜 (water shield) returns: flat department lists, tier labels as offices write them,
header words, notes and a second sheet (cc07–cc12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout539.common import COUNTY, YEAR, footer, one_year, start, table
from tests.variants.holdout539.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

DEPT = f"{COUNTY}莼菜产业发展服务中心"
TASKS = [
    ("莼菜种质资源圃维护", "维护种质圃12亩，保存地方莼菜种质", money(60), "种质资源不丢失"),
    ("莼菜标准化种植推广", "在莼溪、鹭汀两镇推广标准化种植", money(80), "推广面积600亩"),
    ("金额合计", None, money(140), None),
]


def _dept(s: Sheet, budget: list[Any], tasks: list[Any]) -> None:
    goal = "保存好地方莼菜种质资源，推广莼菜标准化种植，提升莼菜品质和种植收益。"
    department_head(s, year=YEAR, dept=DEPT, budget=[budget], tasks=tasks, goal=goal)


@variant("cc07-chuncai-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights adding to 100 (correct)")  # fmt: skip
def cc07() -> Book:
    b, s = start()
    _dept(s, [money(320), money(290), money(30), money(180), money(140)], TASKS)
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("保存地方莼菜种质资源", 15, "份", "≥", 15),
        ("莼菜标准化种植推广面积", 20, "亩", "≥", 600),
        ("种植技术培训", 15, "人次", "≥", 300),
        ("莼菜鲜品农残抽检合格率", 15, "%", "≥", pct(0.98)),
        ("种质圃水质监测", 10, "次", "≥", 24),
        ("推广区莼菜亩均收益增长率", 10, "%", "≥", 8),
        ("种植户满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("cc08-chuncai-flat-defects", (3, 1),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a typed 105 %, weights adding to 95")  # fmt: skip
def cc08() -> Book:
    b, s = start()
    _dept(s, [money(300), money(270), money(30), money(160), money(140)], TASKS)
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("莼菜标准化种植推广面积",
         mk("12万元", "T112", "error", note="值的单位是万元，计量单位列是亩"), "正向", "亩", 20),
        ("保存地方莼菜种质资源", "≥15", "正向", "份", 15),
        ("莼菜鲜品采收合格率",
         mk(pct(1.05), "T106", "error", note="Excel 中键入的 105%，合格率不能超过 100%"),
         "正向", "%", 15),
        ("莼菜病虫害发生率", "≤3", "反向", "%", 10),
        ("种植技术培训", "≥300", "正向", "人次", 15),
        ("推广区莼菜亩均收益", "≥4000", "正向", "元/亩", 10),
        ("种植户满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


LABELED = [
    ("一、产出指标（50分）", "1.数量指标", "莼菜种植池塘改造面积", "≥400亩"),
    (None, None, "★莼菜种苗供应", "≥20万株"),
    (None, "2.质量", "改造池塘验收合格率", pct(0.95)),
    (None, "3.时效指标", "池塘改造完工时间", "2025年9月30日前"),
    ("二、成本指标（10分）", "（一）经济成本指标", "池塘改造亩均补助", "≤2000元/亩"),
    ("三、效益指标（30分）", "*社会效益", "带动低收入农户务工", "≥50人"),
    (None, "*生态效益指标", "改造区水质达标率", pct(0.9)),
    (None, "可持续影响", "池塘管护责任制", "建立并执行"),
    ("四、满意度指标（10分）", "★服务对象满意度", "种植户满意度", "≥90%"),
]


@variant("cc09-chuncai-decorated-labels", (5, 1),
         "project, NAT-2021, header 绩效目标值, tier labels numbered with points in the label, "
         "marks (*, ★) and abbreviations, percent cells (correct)")  # fmt: skip
def cc09() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="莼溪镇莼菜种植池塘改造项目", dept=f"{DEPT}（318026）",
                 unit="苇汀县莼溪镇人民政府", money=one_year(96, 80, 16),
                 goals=["改造莼菜种植池塘400亩，供应脱毒种苗20万株，改善水质，"
                        "带动农户务工。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), LABELED)
    return b


@variant("cc10-chuncai-wrong-parent", (5, 6, 13),
         "project, NAT-2021, numbered labels: a tier-2 under the wrong tier-1, a template tier-2 "
         "left empty, a value without a name")  # fmt: skip
def cc10() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭汀镇莼菜保护区水生态修复项目", dept=f"{DEPT}（318026）",
                 unit="苇汀县鹭汀镇农业综合服务中心", money=one_year(70, 60, 10),
                 goals=["清淤莼菜保护区塘口300亩，补植沉水植物，恢复莼菜适生水环境。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("一、成本指标", "（一）经济成本指标", "塘口清淤亩均成本", "≤1800元/亩"),
        ("二、产出指标", "（一）数量指标", "保护区塘口清淤面积", "≥300亩"),
        (None, None, "补植沉水植物面积", "≥120亩"),
        (None, "（二）质量指标",
         mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
        (None, mk("（三）时效指标", "F109", "warning", row=True, note="模板行未填写"),
         None, None),
        (None, mk("（四）生态效益指标", "F105", "error",
                  note="生态效益指标属于效益指标，却填在产出指标下"),
         "保护区水体透明度", "≥0.8米"),
        ("三、效益指标", "（一）社会效益指标", "莼菜保护区科普参观", "≥1500人次"),
        (None, "（二）可持续影响指标", "塘口长效管护机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "周边种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


NOTED_HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")


@variant("cc11-chuncai-header-words-notes", (7, 4),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row between tiers, the header "
         "repeated after a page break, 填表说明, signature and a prior-year fill date; 0起 on "
         "an incident count (correct)")  # fmt: skip
def cc11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="莼菜采收加工冷链补助项目", dept=f"{DEPT}（318026）",
                 unit="苇汀县莼菜产业发展服务中心", money=one_year(68, 60, 8),
                 goals=["补助莼菜采收期冷链运输和分级加工，全年采收鲜莼菜45吨以上。"])  # fmt: skip
    table(s, NOTED_HEAD, [
        ("产出指标", "数量指标", "鲜莼菜采收量", "≥45吨", "按合作社收购台账"),
        (None, None, "采收分级加工培训", "≥6场", None),
        (None, "质量指标", "鲜品分级达标率", "≥95%", "按县莼菜分级规范"),
        (None, "时效指标", "采收季冷链运输完成时间", "2025年10月31日前", None),
        (None, "成本指标", "鲜莼菜冷链运输单位成本", "≤1200元/吨", "含预冷"),
    ])  # fmt: skip
    s.row("注：效益指标按年度末统计口径填报，数据来源为县统计年报。", merge=[(1, 5)])
    s.row(*NOTED_HEAD)
    s.table([
        ("效益指标", "经济效益指标", "鲜莼菜销售收入", "≥300万元", None),
        (None, "社会效益指标", "带动采摘务工", "≥80人", None),
        (None, "生态效益指标", "采收区农业面源污染事件", "0起", "事件数，反向"),
        ("满意度指标", "服务对象满意度指标", "收购商满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, ["填表说明：1.指标值应细化量化；2.定性指标填写等级；3.金额单位为万元。",
               "注：冷链运输单位成本按2024年市场均价测算。"],
           "邬清禾", "0573-6619042", width=5)  # fmt: skip
    return b


@variant("cc12-chuncai-second-sheet", (7, 9),
         "project: head on the first sheet, the table on a second sheet under header "
         "预期实现值; an amount split by a space, a date stored as a serial in a text "
         "cell")  # fmt: skip
def cc12() -> Book:
    b, s = start("基本信息")
    note = "数字被空格断开，读作 12.4375（74 + 12.4375 = 86.4375）"
    other = mk("12.437 5", "X105", "warning", alt=("X103",), note=note)
    project_head(s, year=YEAR, name="莼菜种苗脱毒扩繁项目", dept=f"{DEPT}（318026）",
                 unit="苇汀县水生作物技术推广站", money=one_year(86.4375, 74, other),
                 goals=["建成莼菜脱毒种苗扩繁池20亩，年供应脱毒种苗30万株。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "脱毒种苗扩繁池建设面积", "≥20亩"),
        (None, None, "供应脱毒种苗", "≥30万株"),
        (None, "质量指标", "脱毒种苗检测合格率", "≥95%"),
        (None, "时效指标", "扩繁池建成时间",
         mk("45961", "X104", "warning", note="文本单元格中的日期序列号（2025-10-31）")),
        (None, "成本指标", "脱毒种苗单位成本", "≤2元/株"),
        ("效益指标", "经济效益指标", "种苗替换后莼菜亩产增长率", "≥10%"),
        (None, "可持续影响指标", "脱毒种苗扩繁技术体系", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "种苗使用户满意度", "≥90%"),
    ])  # fmt: skip
    return b
