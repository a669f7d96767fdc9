"""Water-quality testing: ket01 to ket06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout816.common import (
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout816.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("ket01-lab-percent", (1, 11), "project, NAT-2021, operator and unit columns, typed "
         "percent cells, a 下降率 with ≥ and a 0起 incident count (correct)")  # fmt: skip
def lab_percent() -> Book:
    b, s = start()
    project_head(s, year=2026, name="澄岭县农村集中供水工程水质检测", dept="澄岭县水利局 403012",
                 unit="澄岭县农村供水水质检测中心", money=one_year(86, 70, 16),
                 goals=["全年对全县126处农村集中供水工程开展水质检测（其中千吨万人工程14处），"
                        "检测水样不少于1500份，出厂水合格率达到95%以上。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "集中供水工程检测覆盖数", "≥", 126, "处"),
        (None, None, "检测水样份数", "≥", 1500, "份"),
        (None, "质量指标", "出厂水水质合格率", "≥", pct(0.95), "%"),
        (None, None, "末梢水水质合格率", "≥", pct(0.92), "%"),
        (None, "时效指标", "检测报告出具时限", "≤", 7, "个工作日"),
        ("成本指标", "经济成本指标", "单份水样检测成本", "≤", 0.05, "万元/份"),
        ("效益指标", "社会效益指标", "水质超标工程数下降率", "≥", pct(0.1), "%"),
        (None, None, "因饮水引发的群体性健康事件", "=", 0, "起"),
        (None, "可持续影响指标", "水质检测结果公开机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郁晓岚", "0739-6612084", day(2025, 11, 26))
    return b


@variant("ket02-sampling-three-year", (8,), "three-year project 2026–2028, NAT-2021, 中期 and "
         "年度 columns, period counts above the year's (correct)")  # fmt: skip
def sampling_three_year() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="澄岭县乡镇水质检测室建设", attr="新增项目",
                 dept="澄岭县水利局 403012", unit="澄岭县农村供水水质检测中心",
                 money=multi_year((270, 240, 30), (90, 80, 10)),
                 goals=["2026—2028年建成乡镇水质检测室9个，累计检测水样4500份，农村供水水质"
                        "检测覆盖率达到90%以上。",
                        "2026年建成乡镇水质检测室3个，检测水样1500份，为2027年检测室联网"
                        "运行做好准备。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "乡镇水质检测室建成数", "≥9个", "≥3个", None),
        (None, None, "检测水样份数", "≥4500份", "≥1500份", None),
        (None, "质量指标", "检测室验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "单个检测室设备购置成本", "≤18万元", "≤18万元", "按标准"),
        ("效益指标", "社会效益指标", "农村供水水质检测覆盖率", "≥90%", "≥60%", None),
        (None, "可持续影响指标", "检测室持续运行年限", "≥5年", "≥5年", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "郁晓岚", "0739-6612084", day(2025, 12, 3))
    return b


@variant("ket03-sampling-goal-mismatch", (8,), "two-year project 2025–2026, NAT-2021, 中期 and "
         "年度 columns: a year's count against the goal, above the period, copied")  # fmt: skip
def sampling_goal_mismatch() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="澄岭县农村供水末梢水抽检", attr="新增项目",
                 dept="澄岭县水利局 403012", unit="澄岭县农村供水水质检测中心",
                 money=multi_year((160, 140, 20), (80, 70, 10)),
                 goals=["两年内对全县98个行政村供水末梢开展抽检，累计检测水样3000份。",
                        "2025年完成末梢水样检测1800份，按月出具水质通报12期。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "末梢水样检测份数", "≥3000份",
         mk("≥1500份", "D104", "warning", row=True,
            note="年度目标写检测水样1800份，年度指标值却是1500份"), None),
        (None, None, "抽检覆盖行政村数", "≥98个",
         mk("≥110个", "D201", "error", note="一年的村数超过两年实施期的98个（全县只有98个村）"),
         None),
        (None, None, "水质通报期数", "≥24期",
         mk("≥24期", "D202", "warning", alt=("D104",),
            note="两年期累计数照抄到年度列；年度目标写12期"), None),
        (None, "质量指标", "检测数据复核合格率", "≥98%", "≥98%", None),
        (None, "时效指标", "超标结果报告时限", "≤24小时", "≤24小时", None),
        ("成本指标", "经济成本指标", "单份水样检测成本", "≤0.04万元/份", "≤0.04万元/份", None),
        ("效益指标", "社会效益指标", "末梢水水质达标率", "≥90%", "≥88%", None),
        ("满意度指标", "服务对象满意度指标", "受检村群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "郁晓岚", "0739-6612084", day(2024, 12, 9))
    return b


@variant(
    "ket04-flat-lab-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), weights add to 100, a rise in 百分点 (correct)",
)
def flat_lab_list() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=2026,
        dept="峦溪县农村供水保障服务中心",
        budget=[(wan(412.5), wan(380), wan(32.5), wan(236.5), wan(176))],
        tasks=[
            ("水厂水质巡检", "全年巡检农村水厂24次并抽检水样", wan(96), "巡检水样合格率93%以上"),
            ("管网维护", "农村供水管网维修和漏损治理", wan(80), "漏损率控制在12%以内"),
            ("金额合计", None, wan(176), None),
        ],
        goal="保障全县农村供水水质安全，巡检水厂24次，自来水普及率提高2个百分点。",
    )
    s.skip()
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("农村水厂水质巡检次数", 20, "次", "≥", 24),
        ("巡检水样合格率", 15, "%", "≥", 93),
        ("管网维修及时率", 15, "%", "≥", 95),
        ("维修响应时间", 10, "小时", "≤", 24),
        ("供水管网漏损率", 10, "%", "≤", 12),
        ("停水投诉办结率", 10, "%", "=", 100),
        ("农村自来水普及率提高", 10, "百分点", "≥", 2),
        ("用水户满意度", 10, "%", "≥", 90),
    ]:  # fmt: skip
        s.row(*line)
    note(s, "说明：权重合计100分；普及率提高以百分点计。", 5)
    return b


@variant("ket05-lab-year-leftover", (5,), "project, OLD-NAT, numbered tier labels (一、（一）): "
         "a deadline and a goal year left from an earlier year, a rate under 时效")  # fmt: skip
def lab_year_leftover() -> Book:
    b, s = start()
    goal = mk("2024年度完成全县38处水源地水质全分析，季度检测报告按时报送，出厂水合格率稳定在"
              "95%以上。", "Y103", "warning", note="2026年度的表中年度目标写2024年度：上一季的"
              "旧文字")  # fmt: skip
    project_head(
        s,
        year=2026,
        name="澄岭县农村饮用水水源地水质检测",
        dept="澄岭县水利局 403012",
        unit="澄岭县农村供水水质检测中心",
        money=one_year(64, 64, 0),
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注", None), [
        ("一、产出指标", "（一）数量指标", "水源地水质全分析处数", "≥38处", None),
        (None, "（二）质量指标", "出厂水水质合格率", "≥95%", None),
        (None, "（三）时效指标",
         mk("检测数据准确率", "F201", "warning", row=True, note="准确率是质量指标，填在时效下"),
         "≥98%", None),
        (None, None, "季度检测报告报送时限",
         mk("2025年12月31日前", "Y102", "error", row=True,
            note="2026年度一年期项目，期限却在2025年：上年的旧值"), None),
        (None, "（四）成本指标", "单处水源地检测成本", "≤1.6万元/处", None),
        ("二、效益指标", "（一）社会效益指标", "水源地水质达标率", "≥92%", None),
        (None, "（二）可持续影响指标", "水源地水质档案建档率", "=100%", None),
        ("三、满意度指标", "（一）服务对象满意度指标", "水源地周边群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "覃立川", "0739-6612137", day(2025, 11, 30))
    return b


@variant("ket06-lab-second-sheet-dup", (7,), "project: head on a first sheet, the table on a "
         "second sheet under 考核指标 / 目标值（年度） / 评价标准; a duplicate and a conflicting "
         "duplicate")  # fmt: skip
def lab_second_sheet_dup() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=2026, name="澄岭县农村供水末梢水质监测", dept="澄岭县卫生健康局 405001",
                 unit="澄岭县疾病预防控制中心", money=one_year(52, 46, 6),
                 goals=["在全县设置末梢水监测点位45个，丰水期、枯水期各监测一次。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 16, 30, 18, 30))
    t.title("项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "末梢水监测点位数", "≥45个", "达到得满分"),
        (None, None, "监测频次", "≥2次/年", "少一次扣2分"),
        (None, None, mk("末梢水监测点位数", "D101", "warning", row=True,
                        note="与上两行的同名指标完全相同"), "≥45个", "达到得满分"),
        (None, "质量指标", "末梢水抽检合格率", "≥95%", "按比例得分"),
        (None, None, "检测方法合规率", "=100%", "不合规不得分"),
        (None, None, mk("末梢水抽检合格率", "D102", "error", row=True, alt=("D103",),
                        note="同一指标两个指标值（95% / 90%）"), "≥90%", "按比例得分"),
        (None, "时效指标", "监测结果报送时限", "≤15个工作日", "逾期不得分"),
        (None, "成本指标", "单个点位监测成本", "≤1.1万元/个", "超支不得分"),
        ("效益指标", "社会效益指标", "介水传染病暴发事件", "=0起", "发生即不得分"),
        ("满意度指标", "服务对象满意度指标", "监测村群众满意度", "≥90%", "按调查得分"),
    ])  # fmt: skip
    return b
