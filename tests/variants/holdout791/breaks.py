"""Firebreak projects: building, repairing and planting firebreaks (防火隔离带)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout791.common import HEAD4, YEAR, book, indicators, note, one_year, sign
from tests.variants.holdout791.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

DEPT = "苍岭县林业局（412031）"


@variant("kdu01-repair-operator-column", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 0起 on a fire count "
         "(correct)")  # fmt: skip
def kdu01() -> Book:
    b, s = book()
    goal = ("修缮松崖林场防火隔离带30公里（其中生土带18公里、生物防火林带12公里），"
            "清理林缘可燃物600亩，全年不发生重特大森林火灾。")  # fmt: skip
    project_head(s, year=YEAR, name="松崖林场防火隔离带修缮项目", dept=DEPT,
                 unit="苍岭县松崖国有林场", money=one_year(48, 40, 8), goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "防火隔离带修缮长度", "≥", 30, "公里"),
        (None, None, "林缘可燃物清理面积", "≥", 600, "亩"),
        (None, "质量指标", "修缮工程验收合格率", "≥", pct(0.95), None),
        (None, "时效指标", "修缮完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "隔离带修缮单位成本", "≤", 1.5, "万元/公里"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤", 0.9, "‰"),
        (None, "社会效益指标", "重特大森林火灾发生次数", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "柯远山", "0736-5821407")
    return b


@variant("kdu02-goal-against-indicators", (12,),
         "project, OLD-NAT, one value column: goal length against the indicator, a deadline "
         "in the next year, unit cost × length above the money")  # fmt: skip
def kdu02() -> Book:
    b, s = book()
    goal = f"{YEAR}年在雾松镇北坡新建防火隔离带42公里，配套设置瞭望哨2处，形成闭合阻隔网。"
    project_head(s, year=YEAR, name="雾松镇北坡防火隔离带新建项目", dept=DEPT,
                 unit="苍岭县雾松镇人民政府", money=one_year(60, 50, 10), goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建防火隔离带长度",
         mk("≥35公里", "D104", "warning", note="年度目标写 42 公里，指标只有 35 公里")),
        (None, None, "新建瞭望哨", "2处"),
        (None, "质量指标", "隔离带宽度达标率", "≥95%"),
        (None, "时效指标", "隔离带完工时间",
         mk(f"{YEAR + 1}年3月31日前", "Y102", "error", alt=("Y103",),
            note="一年期项目，完工期限落在下一年")),
        (None, "成本指标", "隔离带建设单位成本",
         mk("≤1.8万元/公里", "B107", "warning",
            note="1.8 × 35 = 63 万元（按目标 42 公里更多），超过资金总额 60 万元")),
        ("效益指标", "生态效益指标", "林地过火面积下降率", "≥10%"),
        (None, "社会效益指标", "防火宣传覆盖行政村", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "谭晓禾", "0736-5830912")
    return b


@variant("kdu11-numbered-labels", (5,),
         "project, OLD-NAT, tier labels numbered with points (一、产出指标（50分）), marks (★, *) "
         "and abbreviations, a later year the pilot prepares for (correct)")  # fmt: skip
def kdu11() -> Book:
    b, s = book()
    goal = (f"在柏溪乡试点栽植木荷生物防火林带8公里、15000株，苗木成活率85%以上，"
            f"为{YEAR + 1}年全县推广生物防火林带积累经验。")  # fmt: skip
    project_head(s, year=YEAR, name="柏溪乡生物防火林带试点项目", dept=DEPT,
                 unit="苍岭县柏溪乡林业站", money=one_year(25, 25, 0), goals=[goal],
                 attr="新增项目")  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标（50分）", "（一）数量", "1.木荷防火林带栽植长度", "≥8公里"),
        (None, None, "2.木荷苗木栽植株数", "≥15000株"),
        (None, "（二）质量", "3.苗木成活率", pct(0.85)),
        (None, "★时效指标", "4.栽植完成时间", f"{YEAR}年5月31日前"),
        (None, "*成本指标", "5.木荷苗木单价", "≤12元/株"),
        ("二、效益指标（30分）", "（一）生态效益", "6.林带阻隔林火能力", "明显提升"),
        (None, "（二）可持续影响", "7.林带管护年限", "≥3年"),
        ("三、满意度指标（20分）", "服务对象满意度", "8.试点村群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬青禾", "0736-5847215")
    return b


@variant("kdu13-content-standard-break", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, header repeated after a page "
         "break, 注 rows inside and under the table, footnote on the money (correct)")  # fmt: skip
def kdu13() -> Book:
    b, s = book()
    goal = "机械化维护岩梁林区防火隔离带55公里、防火通道20公里，隔离带内无可燃物堆积。"
    project_head(s, year=YEAR, name="岩梁林区防火隔离带机械化维护项目", dept=DEPT,
                 unit="苍岭县岩梁林区管护站", money=one_year(36, 30, 6), goals=[goal])  # fmt: skip
    note(s, "注：其他资金6万元为林区管护站上年结转，资金总额36万元已含该项。")
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "防火隔离带机械化维护长度", "≥55公里"),
        (None, None, "防火通道维护长度", "≥20公里"),
        (None, "质量指标", "隔离带可燃物清除达标率", "≥95%"),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("产出指标", "时效指标", "秋冬防火期前完成维护", f"{YEAR}年10月15日前"),
        (None, "成本指标", "隔离带维护单位成本", "≤0.45万元/公里"),
        ("效益指标", "生态效益指标", "林区森林火灾受害率", "≤0.9‰"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "说明：维护单位成本按机械台班和人工测算，0.45×55=24.75万元，其余用于通道维护。")
    note(s, "填表说明：绩效标准应可量化考核，定性指标写明等级。")
    sign(s, "岑立川", "0736-5869034")
    return b


@variant("kdu14-year-and-duplicate", (7,),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）: plan dates from last year under "
         "this year's title, the same firebreak length twice with two values")  # fmt: skip
def kdu14() -> Book:
    b, s = book()
    goal = f"{YEAR}年维护鹤屏山防火隔离带50公里，补植防火林带树种2000株。"
    start = mk(day(YEAR - 1, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="标题为 2026 年度，计划起止日期仍是 2025 年")  # fmt: skip
    project_head(s, year=YEAR, name="鹤屏山防火隔离带维护项目", dept=DEPT,
                 unit="苍岭县鹤屏山林场", money=one_year(30, 30, 0), goals=[goal],
                 start=start, end=day(YEAR - 1, 12, 31))  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "防火隔离带维护长度", "≥50公里", "完成得满分"),
        (None, None, "补植防火树种株数", "≥2000株", "按比例得分"),
        (None, None, "防火隔离带维护里程",
         mk("≥45公里", "D102", "error", alt=("D103", "D101", "D104"),
            note="同一指标换一个字又填一遍，数值不同"), "按比例得分"),
        (None, "质量指标", "补植苗木成活率", "≥85%", "按比例得分"),
        (None, "时效指标", "维护完成时间", f"{YEAR}年9月30日前", "逾期不得分"),
        (None, "成本指标", "隔离带维护单位成本", "≤0.5万元/公里", "超支不得分"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤0.9‰", "达到得满分"),
        ("满意度指标", "服务对象满意度指标", "林场职工及周边群众满意度", "≥90%", "按比例得分"),
    ])  # fmt: skip
    sign(s, "葛明岫", "0736-5852618")
    return b


@variant("kdu15-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a rate raised in 百分点 (correct)")  # fmt: skip
def kdu15() -> Book:
    b, s = book(widths=(12, 8, 14, 28, 14, 8))
    goal = "新开设防火通道兼隔离带12公里，提升林区防火通道通达率，保障扑火力量快速到达。"
    project_head(s, year=YEAR, name="寒溪林区防火通道兼隔离带建设项目", dept=DEPT,
                 unit="苍岭县寒溪林区管护站", money=[
                     ("资金总额", money(96, WAN), "其中：财政拨款", money(90, WAN)),
                     ("其他资金", money(6, WAN), None, None)],
                 goals=[goal])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", 40, "数量指标", "防火通道兼隔离带新建长度", "≥12公里", 15),
        (None, None, "质量指标", "路基压实度达标率", "≥95%", 15),
        (None, None, "时效指标", "通道建成时间", f"{YEAR}年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "通道建设单位成本", "≤8万元/公里", 10),
        ("效益指标", 30, "社会效益指标", "林区防火通道通达率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "通道管护制度", "建立并执行", 15),
        ("满意度指标", 20, "服务对象满意度指标", "扑火队员及护林员满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "樊若松", "0736-5873340")
    return b
