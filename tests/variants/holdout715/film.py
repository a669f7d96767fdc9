"""The public film-screening programme (公益电影放映) of the 蓼塘镇 station: kaw07–kaw12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout715.common import (
    DEPT,
    STATION,
    YEAR,
    book,
    grid,
    notes,
    one_year,
    period_money,
    sign,
    w,
)  # fmt: skip
from tests.variants.holdout715.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

FILM = "农村公益电影放映"
TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kaw07-film-screening", (1, 7),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）, operator and unit columns, a"
         " goal count with its part in brackets, a later year prepared for (correct)")  # fmt: skip
def kaw07() -> Book:
    b, s = book()
    goal = (
        "在全镇9个行政村和1个社区放映公益电影120场（其中科普片24场），"
        "为2027年数字放映点改造积累观影数据。"
    )
    project_head(s, year=YEAR, name=FILM, dept=DEPT, unit=STATION,
                 money=one_year(w(3), w(3), w(0)), goals=[goal])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "考核指标", "指标性质", "目标值（年度）", "计量单位"), [
        ("产出指标", "数量指标", "公益电影放映场次", "≥", 120, "场"),
        (None, None, "科普片放映场次", "≥", 24, "场"),
        (None, "质量指标", "放映设备完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "月度放映计划报送时限", "≤", 5, "个工作日"),
        ("成本指标", "经济成本指标", "每场放映补助", "≤", 200, "元/场"),
        ("效益指标", "社会效益指标", "观影群众人次", "≥", 6000, "人次"),
        (None, None, "放映安全事故", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "观影群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kaw08-film-old-dates", (4, 7),
         "project, OLD-NAT, header 预期目标, footnotes: plan dates left in the year before,"
         " a goal count the indicator contradicts")  # fmt: skip
def kaw08() -> Book:
    b, s = book()
    start = mk(day(YEAR - 1, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="2026年度申报表的计划起止日期仍是2025年")  # fmt: skip
    goal = "全年为12个村（社区）放映公益电影120场，观影群众6000人次以上。"
    project_head(s, year=YEAR, name=FILM, dept=DEPT, unit=STATION, start=start,
                 end=day(YEAR - 1, 12, 31), money=one_year(w(3), w(3), w(0)),
                 goals=[goal])  # fmt: skip
    fewer = mk("≥100场", "D104", "warning", row=True, note="年度目标写放映120场")
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标", "备注"), [
        ("产出指标", "数量指标", "公益电影放映场次", fewer),
        (None, None, "观影群众人次", "≥6000人次"),
        (None, "质量指标", "放映设备完好率", "≥95%"),
        (None, "时效指标", "月度放映计划按时完成率", "≥95%"),
        (None, "成本指标", "每场放映补助", "≤200元/场"),
        ("效益指标", "社会效益指标", "行政村放映覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "观影群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.放映场次以县数字电影服务平台回传数据为准。",
          "2.观影人次由放映员现场登记，文化站按月汇总。")  # fmt: skip
    return b


@variant("kaw09-film-two-projects", (2,),
         "two projects stacked, OLD-NAT, one value column, the same satisfaction indicator with"
         " different values in each (correct)")  # fmt: skip
def kaw09() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name=FILM, dept=DEPT, unit=STATION,
                 money=one_year(w(3), w(3), w(0)),
                 goals=["全年放映公益电影120场，观影群众6000人次以上。"])  # fmt: skip
    grid(s, TIER_HEAD, [
        ("产出指标", "数量指标", "公益电影放映场次", "≥120场"),
        (None, "质量指标", "放映设备完好率", "≥95%"),
        (None, "时效指标", "放映计划报送时限", "每月5日前"),
        (None, "成本指标", "每场放映补助", "≤200元/场"),
        ("效益指标", "社会效益指标", "观影群众人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, title="", name="文化站放映厅设备更新", dept=DEPT,
                 unit=STATION, attr="一次性项目", money=one_year(w(12), w(10), w(2)),
                 goals=["更换放映厅数字放映机1台、银幕1块，6月底前投入使用。"])  # fmt: skip
    grid(s, TIER_HEAD, [
        ("产出指标", "数量指标", "数字放映机购置数量", "≥1台"),
        (None, None, "银幕更换数量", "≥1块"),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "设备投入使用时间", "6月30日前"),
        (None, "成本指标", "数字放映机购置单价", "≤8万元/台"),
        ("效益指标", "可持续影响指标", "设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kaw10-film-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the first project's money does not"
         " add up and one indicator is there twice; the second's price × count tops its"
         " money")  # fmt: skip
def kaw10() -> Book:
    b, s = book()
    total = mk(w(3.5), "B101", "error", note="年度资金3.5万元 ≠ 财政拨款3 + 其他资金0")
    project_head(s, year=YEAR, name=FILM, dept=DEPT, unit=STATION,
                 money=one_year(total, w(3), w(0)),
                 goals=["全年放映公益电影120场，观影群众6000人次以上。"])  # fmt: skip
    twice = mk("≥100场", "D102", "error", row=True, alt=("D103", "D101"),
               note="与“公益电影放映场次 ≥120场”是同一指标，数值不同")  # fmt: skip
    grid(s, TIER_HEAD, [
        ("产出指标", "数量指标", "公益电影放映场次", "≥120场"),
        (None, None, "公益电影放映场数", twice),
        (None, "质量指标", "放映设备完好率", "≥95%"),
        (None, "成本指标", "每场放映补助", "≤200元/场"),
        ("效益指标", "社会效益指标", "观影群众人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, title="", name="流动放映设备购置", dept=DEPT, unit=STATION,
                 attr="一次性项目", money=one_year(w(20), w(20), w(0)),
                 goals=["购置流动数字放映机4台，分配给4个放映小组使用。"])  # fmt: skip
    price = mk("≤6万元/台", "B107", "warning", row=True,
               note="6万元/台 × 4台 = 24万元，超过项目资金20万元")  # fmt: skip
    grid(s, TIER_HEAD, [
        ("产出指标", "数量指标", "流动数字放映机购置数量", "≥4台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备配发时间", "5月31日前"),
        (None, "成本指标", "放映机购置单价", price),
        ("效益指标", "可持续影响指标", "设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "放映员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaw11-film-export-second-sheet", (4, 7, 10),
         "project head on the first sheet, the indicator table on a second sheet as a budget"
         "-system export (codes first, header on row 3, 预期实现值), a rise in 百分点"
         " (correct)")  # fmt: skip
def kaw11() -> Book:
    b, s = book("项目信息")
    goal = "镇文化站放映厅每周公益放映2场，全年不少于96场（含寒暑假少儿专场16场）。"
    project_head(s, year=YEAR, name="文化站放映厅周末公益放映", dept=DEPT, unit=STATION,
                 money=one_year(w(5), w(4), w(1)), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (14, 14, 18, 28, 16, 12))
    t.title(f"{YEAR}年度项目支出绩效目标（预算管理一体化系统导出）", 6)
    t.row("单位：鹭汀县蓼塘镇综合文化站", None, None, None, "导出日期：", day(YEAR - 1, 12, 9))
    code = "417026100031"
    kept = ok(pct(0.95), "warning", note="预期实现值栏的95%，没有比较符，读作不低于")
    grid(t, ("项目编码", "一级指标", "二级指标", "三级指标", "预期实现值", "计量单位"), [
        (code, "产出指标", "数量指标", "放映厅公益放映场次", "≥96", "场"),
        (code, None, None, "寒暑假少儿专场", "≥16", "场"),
        (code, None, "质量指标", "放映设备完好率", kept, None),
        (code, None, "时效指标", "月度排片表公布时间", "每月25日前", None),
        (code, "成本指标", "经济成本指标", "每场放映运维成本", "≤400", "元/场"),
        (code, "效益指标", "社会效益指标", "观影群众人次", "≥4800", "人次"),
        (code, None, None, "少儿观影人次占比", "提高≥5", "百分点"),
        (code, "满意度指标", "服务对象满意度指标", "观影群众满意度", "≥90%", None),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant("kaw12-film-two-years", (4, 8),
         "two-year project 2026–2027, OLD-NAT, 中期 and 年度 columns, a note row inside, a"
         " repeated header, signature lines: a goal count, a copied period count, last year's"
         " deadline")  # fmt: skip
def kaw12() -> Book:
    b, s = book()
    mid = "2026—2027年建成标准化室内放映点10个，培训持证放映员20人。"
    annual = "2026年建成标准化放映点6个，培训放映员12人，完成首批放映点设备安装。"
    project_head(s, year=YEAR, years=2, name="村级标准化放映点建设", dept=DEPT, unit=STATION,
                 attr="新增项目", goals=[mid, annual],
                 money=period_money((w(40), w(36), w(4)), (w(24), w(22), w(2))))  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    points = mk("≥4", "D104", "warning", row=True, note="年度目标写建成放映点6个")
    copied = mk("≥20", "D202", "warning", alt=("D104",),
                note="累计人数照抄中期值；年度目标写培训12人")  # fmt: skip
    late = mk("2025年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
              note="年度期限写成上一年")  # fmt: skip
    grid(s, head, [
        ("产出指标", "数量指标", "建成标准化放映点", "≥10", points, "个"),
        (None, None, "培训持证放映员", "≥20", copied, "人"),
        (None, "质量指标", "放映点验收合格率", "=100%", "=100%", None),
        (None, "时效指标", "放映点建设完成时间", "2027年10月31日前", late, None),
        (None, "成本指标", "单个放映点建设补助", "≤4", "≤4", "万元/个"),
    ])  # fmt: skip
    notes(s, "注：放映点选址以镇政府确定的名单为准，补助按验收结果拨付。")
    grid(s, head, [
        ("效益指标", "社会效益指标", "放映点覆盖行政村数", "≥10", "≥4", "个"),
        (None, "可持续影响指标", "放映点管护制度", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "观影群众满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "覃立川", "0771-6203526", day(YEAR - 1, 11, 28, CN_DATE))
    return b
