"""Returns of seed-quality inspection (禾川省种子质量检验中心): kbx13–kbx18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout742.common import (
    FLAT,
    HEAD_PERIOD,
    filled,
    first,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    w,
)
from tests.variants.holdout742.registry import variant
from tests.variants.kit import Book, day, mk

DEPT = "禾川省农业农村厅（213）"
LAB = "禾川省种子质量检验中心"


@variant(
    "kbx13-lab-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · "
    "指标值), weights adding to 100, money consistent (correct)",
)
def lab_flat() -> Book:
    b, s = first()
    department_head(
        s,
        year=2025,
        dept=LAB,
        budget=[(w(860), w(800), w(60), w(520), w(340))],
        tasks=[
            ("种子质量监督抽检", "全省种子质量监督抽检及检测", w(210), "抽检1500批"),
            ("品种真实性检测", "DNA指纹比对检测", w(130), "检测800份"),
            ("金额合计", None, w(340), None),
        ],
        goal="完成种子质量监督抽检1500批、品种真实性检测800份，检测报告按时出具。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    s.table([
        ("种子质量监督抽检批次", 25, "批", "≥", 1500),
        ("品种真实性检测份数", 20, "份", "≥", 800),
        ("检测结果复核一致率", 15, "%", "≥", 98),
        ("检测报告出具周期", 15, "工作日", "≤", 20),
        ("检测样品丢失", 10, "份", "≤", 0),
        ("送检单位满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "林粟青", "0731-84917362", filled(2025))
    return b


@variant(
    "kbx14-lab-flat-weights",
    (3,),
    "department, flat list: the weights add to 95, the "
    "goal's sampling count differs from the indicator",
)
def lab_flat_weights() -> Book:
    b, s = first()
    department_head(
        s,
        year=2025,
        dept="稷源市种子检验站",
        budget=[(w(420), w(400), w(20), w(300), w(120))],
        tasks=[
            ("种子市场抽检", "春秋两季种子市场抽检", w(70), "抽检600批"),
            ("田间种植鉴定", "杂交水稻制种田间鉴定", w(50), "鉴定300份"),
            ("金额合计", None, w(120), None),
        ],
        goal="全年完成种子市场抽检600批，田间种植鉴定300份，不合格种子查处率100%。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    s.table([
        ("种子市场抽检批次", 30, "批",
         "≥", mk(500, "D104", "warning", row=True, note="年度目标写抽检600批，指标只有500批")),
        ("田间种植鉴定份数", 20, "份", "≥", 300),
        ("不合格种子查处率", 20, "%", "=", 100),
        ("抽检结果公布周期", 10, "工作日", "≤", 30),
        ("种子经营户满意度", 15, "%", "≥", 88),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重30+20+20+10+15＝95，应为100")
    sign(s, "罗稻晖", "0736-7724518", filled(2025))
    return b


@variant(
    "kbx15-lab-page-break",
    (4,),
    "department, NAT-2021: a header repeated after a page "
    "break, a goal total with its parts in brackets, 填表说明 under the table (correct)",
)
def lab_page_break() -> Book:
    b, s = first()
    department_head(
        s,
        year=2025,
        dept=LAB,
        budget=[(w(900), w(840), w(60), w(540), w(360))],
        tasks=[
            ("监督抽检", "省市县三级种子监督抽检", w(240), "抽检2000批"),
            ("能力建设", "检测设备更新", w(120), "更新设备12台（套）"),
            ("金额合计", None, w(360), None),
        ],
        goal="全年抽检种子样品2000批（省级1200批、市县800批），更新检测设备12台（套）。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("成本指标", "经济成本指标", "单批样品检测成本", "≤1200元/批"),
        ("产出指标", "数量指标", "抽检种子样品", "≥2000批"),
        (None, None, "其中：省级抽检样品", "≥1200批"),
        (None, None, "更新检测设备", "≥12台（套）"),
    ])  # fmt: skip
    s.skip()
    indicators(s, [
        ("产出指标", "质量指标", "检测能力验证结果满意率", "≥95%"),
        (None, "时效指标", "检测报告出具周期", "≤20个工作日"),
        ("效益指标", "社会效益指标", "主要农作物种子质量合格率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值须量化；2.跨页时表头重复打印。")
    sign(s, "林粟青", "0731-84917362", filled(2025))
    return b


@variant(
    "kbx16-lab-department-defects",
    (12,),
    "department, NAT-2021: tasks not adding to 金额合计, "
    "a rate given as a count, one sampling count under 数量 and again under 质量",
)
def lab_department_defects() -> Book:
    b, s = first()
    department_head(s, year=2025, dept="栖禾县农业综合执法大队",
                    budget=[(w(310), w(300), w(10), w(240), w(70))],
                    tasks=[("种子执法抽检", "种子门店及制种田抽检", w(40), "抽检400批"),
                           ("案件查办", "种子违法案件查办", w(25), "查办案件全部结案"),
                           ("金额合计", None,
                            mk(w(70), "B102", "error", note="40+25＝65，不等于金额合计70"), None)],
                    goal="全年种子执法抽检400批，违法案件结案率100%。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("成本指标", "经济成本指标", "单批执法抽检费用", "≤1000元/批"),
        ("产出指标", "数量指标", "种子执法抽检批次", "≥400批"),
        (None, "质量指标",
         mk("执法抽检种子批次", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
            note="与数量指标下的执法抽检批次是同一指标，又填在质量指标下"), "≥380批"),
        (None, None, "种子违法案件结案率",
         mk("12件", "T105", "error", alt=("D104",), note="结案率给的是件数")),
        (None, "时效指标", "案件办结周期", "≤90天"),
        ("效益指标", "社会效益指标", "辖区种子质量合格率", "≥97%"),
        ("满意度指标", "服务对象满意度指标", "种子经营户满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "曹穗平", "0737-6623094", filled(2025))
    return b


@variant(
    "kbx17-lab-marked-labels",
    (5,),
    "project, OLD-NAT, labels with *, ★ and abbreviations, "
    "header 考核指标 and 目标值（年度）, a footnote explaining a total (correct)",
)
def lab_marked_labels() -> Book:
    b, s = first()
    project_head(s, year=2025, name="种子质量追溯信息平台运维", dept=DEPT, unit=LAB,
                 money=one_year(w(64), w(64), w(0)),
                 goals=["平台全年稳定运行，新增赋码种子企业60家（含制种企业25家），"
                        "追溯信息上传率达到95%。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("*产出", "★数量", "新增赋码种子企业", "≥60家"),
        (None, None, "其中：杂交水稻制种企业", "≥25家"),
        (None, "*质量", "追溯信息上传率", "≥95%"),
        (None, "时效", "平台故障修复时限", "≤24小时"),
        (None, "成本", "平台年运维费", "≤64万元"),
        ("*效益", "社会效益", "可追溯种子销售量占比", "≥60%"),
        ("*满意度", "服务对象满意度", "赋码企业满意度", "≥90%"),
    ], ("一级指标", "二级指标", "考核指标", "目标值（年度）"))  # fmt: skip
    notes(s, "注：新增赋码企业60家为总数，其中杂交水稻制种企业25家，不另计。")
    sign(s, "韦青穗", "0731-86420208", filled(2025))
    return b


@variant(
    "kbx18-lab-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度: the plan ends "
    "before it starts, a cumulative count copied into the year's column",
)
def lab_two_years() -> Book:
    b, s = first()
    end = mk(
        day(2024, 12, 31),
        "Y104",
        "error",
        row=True,
        alt=("Y102",),
        note="两年期项目2025年开始，完成日期却写成2024年12月31日",
    )
    project_head(s, year=2025, years=2, name="种子检测实验室能力提升", dept=DEPT, unit=LAB,
                 end=end, money=multi_year((w(480), w(450), w(30)), (w(260), w(240), w(20))),
                 goals=["两年完成检测实验室改造，新增检测参数40项，培训检验员200人次。",
                        "完成实验室主体改造，新增检测参数20项，培训检验员100人次。"])  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    indicators(s, [
        ("成本指标", "经济成本指标", "实验室改造单位面积成本", "≤4000元/平方米", "≤4000元/平方米"),
        ("产出指标", "数量指标", "新增检测参数", "≥40项", "≥20项"),
        (None, None, "培训检验员",
         "≥200人次", mk("≥200人次", "D202", "warning", note="两年累计数照抄到年度列")),
        (None, "质量指标", "能力验证结果满意率", "≥95%", "≥95%"),
        ("效益指标", "可持续影响指标", "检测参数覆盖率", "≥90%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥90%", "≥90%"),
    ], HEAD_PERIOD)  # fmt: skip
    notes(s, "注：改造面积约500平方米。")
    sign(s, "林粟青", "0731-84917362", filled(2025))
    return b
