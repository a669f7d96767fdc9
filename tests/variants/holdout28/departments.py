"""Department tables (部门整体) of a civil affairs bureau, a veterans bureau, a disabled persons'
federation and an elderly-care centre: budget block, 年度主要任务, indicator table."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout28.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

AMT = "#,##0.00"


def _m(v: float) -> object:
    return money(v, AMT)


@variant("il11-civil-affairs-dept-ok", (12,), "department, NAT-2021, budget and tasks")
def il11() -> Book:
    """民政局 整体: 6 520.36 + 322.00 = 1 285.40 + 5 556.96 = 6 842.36; tasks add to 5 556.96."""
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 16, 16, 16))
    department_head(s, year=2025, dept="汀岚县民政局", budget=[
        (_m(6842.36), _m(6520.36), _m(322.0), _m(1285.40), _m(5556.96))],
        tasks=[("城乡低保", "城乡低保对象按月补差发放", _m(4300.0), "应保尽保、按标施保"),
               ("特困人员供养", "集中和分散供养特困人员", _m(980.0), "应养尽养"),
               ("养老服务体系建设", "社区养老服务站运营补助", _m(196.96), "新增站点6个"),
               ("婚姻登记与殡葬惠民", "婚姻登记规范化，基本殡葬服务免费", _m(80.0), "惠民全覆盖"),
               ("金额合计", None, _m(5556.96), None)],
        goal="目标1：兜牢基本民生底线，城乡低保、特困供养应保尽保；目标2：完善县乡村三级养老"
             "服务网络；目标3：婚姻登记和殡葬服务规范便民。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("一、产出指标（40分）", "1.数量指标", "城乡低保保障人数", "≥", 9200, "人"),
        (None, None, "特困供养人员数", "≥", 900, "人"),
        (None, None, "新建社区养老服务站", "≥", 6, "个"),
        (None, "2.质量指标", "养老机构安全检查覆盖率", "=", pct(1), "%"),
        (None, None, "婚姻登记档案合格率", "≥", pct(0.99), "%"),
        (None, "3.时效指标", "救助资金按月发放率", "=", pct(1), "%"),
        ("二、成本指标（20分）", "经济成本指标", "社区养老服务站建设补助", "≤", 30, "万元/个"),
        ("三、效益指标（30分）", "1.社会效益指标", "困难群众基本生活保障", "定性", "有效保障",
         None),
        (None, "2.可持续影响指标", "社会救助信息化核对机制", "定性", "持续运行", None),
        ("四、满意度指标（10分）", "服务对象满意度指标", "救助对象满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("单位负责人：梁启", None, "填表人：罗玥", None, "联系电话：0736-7715032")
    return b


@variant("il12-veterans-dept-wrong", (12,), "department, NAT-2021, budget and tasks wrong")
def il12() -> Book:
    """退役军人事务局 整体: 620 + 1 200 ≠ 1 860; tasks 860 + 180 + 120 ≠ 金额合计 1 200; a fill
    date two years before the budget year."""
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 16))
    department_head(
        s,
        year=2025,
        dept="篁岭区退役军人事务局",
        filled=mk(day(2023, 11, 20), "Y102", "error", alt=("Y101", "Y103")),
        budget=[
            (mk(_m(1860.0), "B101", "error", row=True), _m(1860.0), _m(0.0), _m(620.0), _m(1200.0))
        ],
        tasks=[
            ("优抚对象抚恤补助", "定期抚恤补助和医疗补助", _m(860.0), "按时足额发放"),
            ("退役军人就业培训", "适应性培训和技能培训", _m(180.0), "培训400人"),
            ("服务站提升", "村（社区）退役军人服务站标准化", _m(120.0), "提升服务站30个"),
            ("金额合计", None, mk(_m(1200.0), "B102", "error", row=True), None),
        ],
        goal="保障优抚对象待遇按时足额落实，促进退役军人就业创业，提升基层服务保障能力。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向")
    s.table([
        ("产出指标", "数量指标", "优抚对象抚恤补助人数", "≥1100", "人", "正向"),
        (None, None, "退役军人培训人数", "≥400", "人", "正向"),
        (None, None, "标准化服务站数量", "≥30", "个", "正向"),
        (None, "质量指标", "抚恤补助发放准确率", "≥98%", "%", "正向"),
        (None, "时效指标", "抚恤补助发放时间", "每季度首月底前", None, "正向"),
        ("成本指标", "经济成本指标", "服务站标准化补助", "≤4", "万元/个", "反向"),
        ("效益指标", "社会效益指标", "退役军人培训后就业率", "≥75%", "%", "正向"),
        ("满意度指标", "服务对象满意度指标", "退役军人及优抚对象满意度", "≥90%", "%", "正向"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("il13-disabled-dept-ok", (4, 7), "department, NAT-2021, two-line header, page break")
def il13() -> Book:
    """残联 整体: a two-line header (指标值 over 比较符 and 数值), repeated after a page break,
    signature lines. 2 316.80 + 120 = 386.80 + 2 050 = 2 436.80; tasks add to 2 050."""
    b = Book()
    s = b.sheet("整体绩效目标", (16, 18, 30, 10, 14, 12))
    department_head(s, year=2025, dept="蓼洲县残疾人联合会", filled=day(2024, 11, 25, "yyyy/m/d"),
        budget=[(_m(2436.80), _m(2316.80), _m(120.0), _m(386.80), _m(2050.0))],
        tasks=[("残疾人两项补贴", "困难残疾人生活补贴和重度残疾人护理补贴", _m(1120.0), "应补尽补"),
               ("残疾儿童康复救助", "0-6岁残疾儿童康复救助", _m(480.0), "应救尽救"),
               ("辅助器具适配", "基本型辅助器具免费适配", _m(150.0), "适配1200人"),
               ("残疾人就业培训", "职业技能和农村实用技术培训", _m(300.0), "培训500人"),
               ("金额合计", None, _m(2050.0), None)],
        goal="落实残疾人两项补贴和康复救助制度，提升残疾人基本公共服务水平。")  # fmt: skip

    def header() -> None:
        top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", merge=[(4, 5)])
        s.row(None, None, None, "比较符", "数值", None)
        for c in (1, 2, 3, 6):
            s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)

    header()
    s.table([
        ("产出指标", "数量指标", "两项补贴发放人数", "≥", 6050, "人"),
        (None, None, "残疾儿童康复救助人数", "≥", 260, "人"),
        (None, None, "辅助器具适配人数", "≥", 1200, "人"),
        (None, "质量指标", "持证残疾人辅具适配率", "≥", pct(0.9), "%"),
        (None, "时效指标", "两项补贴按月发放率", "=", pct(1), "%"),
        ("成本指标", "经济成本指标", "人均辅具适配费用", "≤", 1250, "元/人"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    header()
    s.table([
        ("效益指标", "社会效益指标", "新增残疾人就业人数", "≥", 120, "人"),
        (None, "可持续影响指标", "残疾人基本公共服务", "定性", "逐步改善", None),
        ("满意度指标", "服务对象满意度指标", "残疾人及亲属满意度", "≥", pct(0.9, "0.0%"), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.row("单位负责人：", "覃向东", "财务负责人：", "黎敏", "填表人：", "杜若")
    s.row("联系电话：0772-3180560", None, None, "填报日期：", day(2024, 11, 25, "yyyy/m/d"))
    return b


@variant("il14-care-centre-dept-wrong", (5, 6), "department, NAT-2021, tiers defective")
def il14() -> Book:
    """养老服务中心 整体: no 满意度指标, 可持续影响指标 under 产出指标, an empty 时效指标 row."""
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 14, 14))
    department_head(
        s,
        year=2025,
        dept="鹤鸣市第二社会福利院（养老服务中心）",
        budget=[(_m(1538.50), _m(1298.50), _m(240.0), _m(968.50), _m(570.0))],
        tasks=[
            ("护理楼运营", "失能半失能老人集中照护", _m(420.0), "在院老人300人"),
            ("适老化改造", "老旧设施适老化改造", _m(150.0), "改造房间60间"),
            ("金额合计", None, _m(570.0), None),
        ],
        goal="为特困失能老人和社会老人提供集中照护，提升护理型床位比例和照护服务质量。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("产出指标", "数量指标", "在院照护老人数", "≥300", "人", None),
        (None, None, "适老化改造房间数", "≥60", "间", None),
        (None, "质量指标", "护理型床位占比", pct(0.65), "%", None),
        (None, None, "院内安全责任事故发生次数", "=0", "次", None),
        (None, mk("时效指标", "F109", "warning", row=True), None, None, None, None),
        (None, mk("可持续影响指标", "F105", "error", alt=("F104",)), "长期照护服务能力",
         "持续提升", None, None),
        ("成本指标", "经济成本指标", "人均照护成本", "≤4200", "元/人·月", None),
        ("效益指标", "社会效益指标", "失能老人照护质量", "有效提升", None, None),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 although the centre serves identifiable users")
    return b
