"""Snail habitats: searching, killing and reshaping the places where Oncomelania snails live."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout494.common import (
    DEPT,
    STATION,
    YEAR,
    funds,
    indicators,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout494.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "aj01-snail-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
    "format, a 下降率 with ≥ and a zero count (correct)",
)
def aj01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鸥汀湖滩地春季药物灭螺项目", dept=DEPT, unit=STATION,
                 money=funds(wan(60), wan(55), wan(5)),
                 goals=["完成鸥汀湖滩地及沟渠春季查螺灭螺，压缩有螺面积。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "春季查螺面积", "≥", 5200, "亩"),
        (None, None, "药物灭螺面积", "≥", 3600, "亩"),
        (None, "质量指标", "灭螺药物喷洒合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "查螺数据上报时限", "≤", 5, "个工作日"),
        (None, "成本指标", "每亩药物灭螺成本", "≤", 150, "元/亩"),
        ("效益指标", "社会效益指标", "有螺面积下降率", "≥", pct(0.08), "%"),
        (None, None, "新发感染性钉螺点", "≤", 0, "处"),
        (None, "可持续影响指标", "灭螺档案建档率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "湖区群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦澜", "0000-6631208", day(YEAR - 1, 11, 22))
    return b


@variant(
    "aj02-snail-stacked-two",
    (2, 12),
    "two snail projects stacked in one sheet, OLD-NAT, one value column: the second "
    "project's total and one rate are wrong",
)
def aj02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="菰沙洲环境改造灭螺工程", dept=DEPT, unit=STATION,
                 money=funds(wan(120), wan(100), wan(20)),
                 goals=["硬化菰沙洲有螺沟渠，填埋有螺洼地，改变钉螺孳生环境。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "有螺沟渠硬化长度", "≥8.5公里"),
        (None, None, "填埋有螺洼地面积", "≥260亩"),
        (None, "质量指标", "环境改造工程验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "11月30日前"),
        (None, "成本指标", "每公里沟渠硬化成本", "≤10万元/公里"),
        ("效益指标", "社会效益指标", "工程区钉螺复现率", "≤3%"),
        (None, "生态效益指标", "工程区灭螺药物用量下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "受益村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(48), "B101", "error", note="财政拨款 40 + 其他资金 5 = 45 ≠ 48")
    project_head(s, year=YEAR, name="藕湾垸钉螺监测项目", dept=DEPT, unit=STATION, title="",
                 money=funds(total, wan(40), wan(5)),
                 goals=["在藕湾垸设置固定监测点，掌握钉螺分布和密度变化。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "钉螺固定监测点设置数", "≥24个"),
        (None, None, "系统抽样查螺框数", "≥18000框"),
        (None, "质量指标", "监测点钉螺调查完成率",
         mk("24个", "T105", "error", note="a 完成率 given as a count of points")),
        (None, None, "活螺平均密度",
         mk("≥0.02只/0.1平方米", "T108", "warning", row=True,
            note="snail density is 反向: the target must be a ceiling (≤)")),
        (None, "时效指标", "监测报告报送时间", "12月20日前"),
        (None, "成本指标", "每个监测点年度费用", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "监测结果应用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "乡镇血防组满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "aj03-habitat-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, weights add to 100 (correct)",
)
def aj03() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=STATION,
                    budget=[(wan(860), wan(800), wan(60), wan(520), wan(340))],
                    goal="全县有螺环境查螺全覆盖，压缩有螺面积，杜绝急性感染。",
                    tasks=[("查螺灭螺", "湖滩、沟渠、垸内查螺和药物灭螺", wan(210), "有螺面积下降"),
                           ("螺情监测", "固定监测点和哨鼠监测", wan(130), "掌握螺情变化"),
                           ("金额合计", None, wan(340), None)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("查螺面积", 20, "亩", "≥", 15000),
        ("药物灭螺面积", 20, "亩", "≥", 9800),
        ("螺情监测点覆盖率", 15, "%", "≥", pct(0.95)),
        ("疫情报告及时率", 15, "%", "=", pct(1)),
        ("急性血吸虫病病例数", 10, "例", "≤", 0),
        ("有螺面积下降率", 10, "%", "≥", 5),
        ("湖区群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "祁晓岚", "0000-6630415", day(YEAR - 1, 11, 26))
    return b


@variant(
    "aj04-habitat-notes-serial",
    (4, 9),
    "project, OLD-NAT, one value column, a note row inside the table, footnotes and "
    "signature; a date serial as text and a rate over 100%",
)
def aj04() -> Book:
    b, s = start()
    end = mk("45991", "X104", "warning", alt=("Y106",),
             note="计划完成日期 typed as the text 45991 (2025-11-30)")  # fmt: skip
    project_head(s, year=YEAR, name="苇汊垸抑螺防病林建设项目", dept=DEPT, unit=STATION,
                 money=funds(wan(75), wan(70), wan(5)), end=end,
                 goals=["在苇汊垸外滩栽植抑螺防病林，清淤沟渠，阻断钉螺孳生。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "抑螺防病林栽植面积", "≥420亩"),
        (None, None, "有螺沟渠清淤长度", "≥12公里"),
        (None, "质量指标", "苗木栽植成活率", "≥85%"),
        (None, None, "钉螺孳生地环境改造完成率",
         mk("≥105%", "T106", "error", note="a 完成率 cannot exceed 100%")),
        (None, "时效指标", "栽植工作完成时间", "4月30日前"),
        (None, "成本指标", "每亩抑螺林栽植成本", "≤900元/亩"),
    ])  # fmt: skip
    notes(s, "注：林地面积以县林业部门核定图斑为准。")
    indicators(s, [
        ("效益指标", "生态效益指标", "林区有螺面积下降率", "≥15%"),
        (None, "可持续影响指标", "林地管护责任落实率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "林区农户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.下降率以上年春季查螺结果为基数；", "2.栽植成本含苗木、整地和补植费用。")
    s.row("填表说明：指标值须写明比较符和计量单位。", merge=[(1, 6)])
    sign(s, "龙芸", "0000-6637142", day(YEAR - 1, 11, 18))
    s.row("单位负责人（签字）：", "秦望舒", None, "（盖章）")
    return b


@variant(
    "aj05-snail-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
    "（一）数量指标) and an indicator score column, 100 both ways (correct)",
)
def aj05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沿湖垸外滩大面积灭螺项目", dept=DEPT, unit=STATION,
                 money=funds(wan(96), wan(90), wan(6)),
                 goals=["对沿湖垸外滩开展两轮药物灭螺，控制钉螺密度。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量指标", "药物灭螺面积", "≥6000亩", 12),
        (None, None, "灭螺轮次", "≥2轮", 10),
        (None, "（二）质量指标", "灭螺后活螺密度下降率", "≥80%", 10),
        (None, "（三）时效指标", "第一轮灭螺完成时间", "5月15日前", 8),
        ("二、成本指标（20分）", "（一）经济成本指标", "每亩灭螺药物成本", "≤120元/亩", 10),
        (None, "（二）生态环境成本指标", "灭螺区鱼类死亡事件", "≤0起", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "湖区居民血吸虫感染率", "≤0.5%", 15),
        (None, "（二）生态效益指标", "有螺面积下降率", "≥10%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "湖区群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant(
    "aj06-snail-direction-words",
    (11,),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator in words, bare "
    "numbers with a unit column: two operators against direction",
)
def aj06() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="荻洲乡垸内查螺灭螺项目", dept=DEPT, unit="荻洲乡血防组",
                 money=funds(wan(50), wan(45), wan(5)),
                 goals=["完成荻洲乡垸内沟渠、塘堰查螺灭螺。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    low = mk("小于等于", "T108", "warning", row=True, note="覆盖率 is 正向 yet capped with ≤")
    high = mk("大于等于", "T108", "warning", row=True, note="钉螺感染率 is 反向 yet given a floor")
    indicators(s, [
        ("产出指标", "数量指标", "垸内查螺面积", "正向", "大于等于", 4800, "亩"),
        (None, None, "垸内灭螺面积", "正向", "大于等于", 2900, "亩"),
        (None, "质量指标", "有螺环境查螺覆盖率", "正向", low, 95, "%"),
        (None, "时效指标", "螺情上报时限", "反向", "小于等于", 3, "个工作日"),
        (None, "成本指标", "每亩垸内灭螺费用", "反向", "小于等于", 130, "元/亩"),
        ("效益指标", "社会效益指标", "钉螺感染率", "反向", high, 0.1, "%"),
        (None, None, "有螺面积下降率", "正向", "大于等于", 6, "%"),
        (None, "可持续影响指标", "螺情监测点运行率", "正向", "大于等于", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "垸内群众满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b
