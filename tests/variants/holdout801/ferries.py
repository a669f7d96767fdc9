"""Returns kee13–kee18: ferry safety upgrades (渡运安全)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout801.common import (
    HEAD4,
    HEAD5,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    period_money,
    sign,
    w,
)
from tests.variants.holdout801.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "鹭渚区交通运输局（402）"
UNIT = "鹭渚区渡运安全管理所"


@variant("kee13-ferry-upgrade", (5, 12),
         "project, NAT-2021 with abbreviated tier labels, money with 当年财政拨款 and 上年结转, "
         "a unit cost × count equal to the money (correct)")  # fmt: skip
def kee13() -> Book:
    b, s = book()
    money = [("年度资金总额", w(680), "其中：财政拨款", w(600)),
             ("其中：当年财政拨款", w(520), "上年结转", w(80)),
             ("其他资金", w(80), None, None)]  # fmt: skip
    project_head(s, year=YEAR, name="鹭渚区渡运船舶安全设施提升", dept=DEPT, unit=UNIT,
                 money=money, goals=["2026年完成20艘渡船安全设施改造（其中客渡船14艘、"
                                     "车客渡船6艘），更新救生、消防和视频监控设备。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出", "数量", "渡船安全设施改造数量", "≥20艘"),
        (None, None, "其中：车客渡船改造数量", "≥6艘"),
        (None, "质量", "改造船舶检验合格率", pct(1)),
        (None, "时效", "改造完成时间", "2026年11月30日前"),
        ("成本", "经济成本", "单船平均改造费用", "≤34万元/艘"),
        ("效益", "社会效益", "渡运安全责任事故", "0起"),
        (None, "可持续影响", "渡船视频监控接入率", pct(1)),
        ("满意度", "服务对象满意度", "渡运乘客满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("kee14-ferry-money-parts", (8, 12),
         "two-year project, OLD-NAT, 中期 and 年度 columns, detail lines under the table: the "
         "year's money above the period's, lines not adding to their total, a goal count against "
         "the year's indicator")  # fmt: skip
def kee14() -> Book:
    b, s = book()
    annual = mk(w(520), "B103", "error", note="年度资金 520 大于中期资金总额 500")
    project_head(s, year=YEAR, name="涟口县渡船标准化改造", dept="涟口县交通运输局（118）",
                 unit="涟口县地方海事所", money=period_money(
                     (w(500), w(460), w(40)), (annual, w(480), w(40))), years=2, goals=[
                     "2026—2027年完成12艘渡船标准化改造，淘汰木质渡船。",
                     "2026年完成6艘渡船标准化改造。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "渡船标准化改造数量", "≥12艘",
         mk("≥8艘", "D104", "warning", row=True, note="年度目标写改造 6 艘")),
        (None, "质量指标", "改造船舶检验合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造完成时间", "2027年10月31日前", "2026年10月31日前"),
        (None, "成本指标", "单船改造费用", "≤40万元/艘", "≤40万元/艘"),
        ("效益指标", "社会效益指标", "木质渡船淘汰比例", "=100%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "渡运乘客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("年度资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.table([
        (None, "救生及消防设备购置", None, w(210)),
        (None, "船体加固与改装", None, w(230)),
        (None, "视频监控及定位终端", None, w(65)),
        (None, "合计", None,
         mk(w(520), "B102", "error", note="210 + 230 + 65 = 505，不是 520")),
    ], merged=(1,))  # fmt: skip
    return b


@variant("kee15-ferry-notes", (4,),
         "project, OLD-NAT, operator and unit columns, a 说明 row inside the table, the header "
         "repeated after a page break, footnotes and signature lines (correct)")  # fmt: skip
def kee15() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="汐浦县乡镇渡口安全设施改造",
        dept="汐浦县交通运输局（214）",
        unit="汐浦县港航管理站",
        money=one_year(w(330), w(300), w(30)),
        goals=["2026年完成11处乡镇渡口安全设施改造，增设护栏、照明和救生设备。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "渡口安全设施改造数量", "≥", 11, "处"),
        (None, None, "救生衣配备数量", "≥", 440, "件"),
        (None, "质量指标", "改造工程验收合格率", "=", 100, "%"),
        (None, "成本指标", "单处渡口改造费用", "≤", 28, "万元/处"),
    ])  # fmt: skip
    s.row("说明：时效指标按季度考核，见下页。", merge=[(1, 6)])
    s.skip()
    indicators(s, head, [
        ("产出指标", "时效指标", "改造完成时间", "≤", "2026年10月31日", None),
        ("效益指标", "社会效益指标", "渡口落水事故", "=", 0, "起"),
        (None, "可持续影响指标", "渡口安全设施巡查频次", "≥", 12, "次/年"),
        ("满意度指标", "服务对象满意度指标", "渡口周边群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    notes(s, "注：救生衣按每处渡口40件配备，11处共440件。")
    sign(s, "邬汀澜", "0593-8826401", day(YEAR - 1, 12, 5))
    return b


@variant("kee16-ferry-multi-year-copy", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
         "cumulative count copied into the year")  # fmt: skip
def kee16() -> Book:
    b, s = book()
    text = "2026—2028年完成辖区18座渡口码头安全改造，更新渡运监控平台，实现渡运动态全程监管。"
    copied = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=YEAR, name="鹭渚区渡口码头安全改造", dept=DEPT, unit=UNIT,
                 money=period_money((w(1350), w(1200), w(150)), (w(480), w(420), w(60))),
                 years=3, attr="新增项目", goals=[text, copied])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "渡口码头安全改造数量", "≥18座",
         mk("≥18座", "D202", "warning", note="三年累计数照抄到年度")),
        (None, None, "渡运监控平台接入渡口", "≥18处", "≥8处"),
        (None, "质量指标", "改造工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度改造完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单座码头改造费用", "≤70万元/座",
         mk("≤70万元/座", "B107", "warning", row=True, required=False,
            note="照抄的年度 18 座 × 70 万元超过年度资金，是 D202 的后果，可容忍")),
        ("效益指标", "社会效益指标", "渡运安全责任事故", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "渡运乘客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kee17-ferry-department", (12,),
         "department, NAT-2021, budget with both splits and key tasks adding to 金额合计 "
         "(correct)")  # fmt: skip
def kee17() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept=UNIT,
                    budget=[(w(1280), w(1160), w(120), w(380), w(900))], tasks=[
                        ("渡船安全改造", "渡船救生、消防设备更新", w(520), "改造渡船16艘"),
                        ("渡口安全巡查", "渡口日常巡查与隐患整治", w(230), "巡查≥1200次"),
                        ("船员安全培训", "渡工安全操作培训", w(150), "培训渡工180人次"),
                        ("金额合计", None, w(900), None)],
                    goal="全年渡运安全责任事故为零，渡船安全设施全部达标。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "渡船安全改造数量", "≥16艘"),
        (None, None, "渡口安全巡查次数", "≥1200次"),
        (None, None, "渡工安全培训", "≥180人次"),
        (None, "质量指标", "渡船安全设施达标率", "=100%"),
        (None, "时效指标", "隐患整改时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "单船改造费用", "≤32万元/艘"),
        ("效益指标", "社会效益指标", "渡运安全责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "渡运乘客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kee18-ferry-empty-rows", (6, 13),
         "project, NAT-2021: a tier-2 left from the template, a value without a name, one "
         "indicator under two tier-2s")  # fmt: skip
def kee18() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="涟口县渡运救生设备更新", dept="涟口县交通运输局（118）",
                 unit="涟口县地方海事所", money=one_year(w(96), w(90), w(6)),
                 goals=["2026年为全县24艘渡船更新救生设备，渡运安全责任事故为零。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "救生设备更新渡船数量", "≥24艘"),
        (None, None, mk(None, "F110", "error", note="有值无名"), "≥960件"),
        (None, "质量指标", "救生设备检验合格率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("成本指标", "经济成本指标", "单船救生设备更新费用", "≤4万元/艘"),
        ("效益指标", "社会效益指标", "渡运安全责任事故", "0起"),
        (None, "可持续影响指标", mk("渡运安全责任事故", "D101", "warning", row=True,
                              alt=("D103",), note="同一指标填在两个二级指标下"), "0起"),
        ("满意度指标", "服务对象满意度指标", "渡运乘客满意度", "≥90%"),
    ])  # fmt: skip
    return b
