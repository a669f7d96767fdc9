"""职工书屋 (tz13, tz14, tz18) and 户外劳动者驿站 (tz15–tz17)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout328.common import (
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    periods,
    signature,
    wan,
)  # fmt: skip
from tests.variants.holdout328.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money, pct

FED = "桐湾区总工会 407"
HALL = "桐湾区职工文化宫"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("tz13-bookhouse-footnotes", (4, 5), "project, OLD-NAT, numbered and ★/* tier labels, "
         "score column, a 注 row inside, header repeated after a page break, 合计, 填表说明, "
         "signature and a prior-year date (correct)")  # fmt: skip
def tz13() -> Book:
    b, s = book(widths=(18, 18, 30, 18, 10, 10))
    project_head(s, year=YEAR, name="职工书屋建设和图书配送", dept=FED, unit=HALL,
                 money=one_year(64, 60, 4),
                 goals=["新建职工书屋20家、数字职工书屋16家，满足一线职工阅读需求。"])  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "★新建职工书屋", "≥20家", 15),
        (None, None, "★新建数字职工书屋", "≥16家", 15),
        (None, "（二）质量指标", "配送图书验收合格率", "≥98%", 10),
        (None, "*（三）时效指标", "书屋挂牌完成时间", "10月31日前", 10),
        (None, "（四）成本指标", "实体书屋配书补助", "≤2万元/家", 5),
        (None, None, "数字书屋建设补助", "≤1.5万元/家", 5),
    ])  # fmt: skip
    notes(s, "注：配送图书以区总工会统一采购目录为准，书屋名单见附件。", width=5)
    s.skip()
    indicators(s, HEAD, [
        ("二、效益指标", "（一）社会效益指标", "书屋年借阅量", "≥3万册次", 15),
        (None, "（二）可持续影响指标", "书屋管理员制度", "建立并执行", 15),
        ("三、满意度指标", "（一）服务对象满意度指标", "职工读者满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, "填表说明：1.★为核心指标，不得删减；2.*为必填项；3.分值合计为100分。", width=5)
    signature(s, person="郁晓岚", phone="0573-6628140", date=day(YEAR - 1, 12, 6, CN_DATE))
    return b


@variant("tz14-bookhouse-artefacts", (9, 12), "project, OLD-NAT, one value column, detail lines "
         "below the table: a start date pasted as a serial, a split number, an amount pasted "
         "twice")  # fmt: skip
def tz14() -> Book:
    b, s = book()
    start = mk("45658", "X104", "warning", alt=("Y106",), note="2025-01-01 as a serial in text")
    project_head(s, year=YEAR, name="职工书屋图书更新", dept=FED, unit=HALL, start=start,
                 money=one_year(60, 55, 5),
                 goals=["为全区80家职工书屋更新图书和阅读设备。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新图书的职工书屋", "≥80家"),
        (None, None, "配送图书", "≥12000册"),
        (None, "质量指标", "图书验收合格率", "≥98%"),
        (None, "时效指标", "图书配送完成时间", "9月30日前"),
        (None, "成本指标", "图书采购均价", "≤30元/册"),
        ("效益指标", "社会效益指标", "职工书屋年借阅量", "≥5万册次"),
        ("满意度指标", "服务对象满意度指标", "职工读者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("预算明细（万元）", "明细项目", "金额", "测算依据")
    top = s.r
    s.row(None, "图书采购", mk("36.512 5", "X105", "warning", alt=("X103",),
                               note="split by a space: 36.5125"),
          "按采购清单")  # fmt: skip
    s.row(None, "书架及阅读设备", mk("12万12万", "X106", "error", alt=("B108",),
                                     note="12万 pasted twice"), "80家×1500元")  # fmt: skip
    s.row(None, "数字阅读终端", money(11.4875), "按采购预算")
    s.row(None, "合计", money(60), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return b


STATION = "桐湾区户外劳动者服务中心"


def _station_block(s: Sheet, title: str, name: str, money_rows: list[list[Any]],
                   goal: str, rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
    """One 驿站 project of a stacked sheet under the header 绩效目标值."""
    project_head(s, year=YEAR, name=name, dept=FED, unit=STATION, money=money_rows,
                 goals=[goal], title=title)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), rows)
    s.skip()


@variant("tz15-station-stacked-wrong", (2, 12), "two 驿站 projects stacked, OLD-NAT, header "
         "绩效目标值: the second project's money does not add up and its 开放率 is given in "
         "days")  # fmt: skip
def tz15() -> Book:
    b, s = book()
    _station_block(s, f"{YEAR}年度项目支出绩效目标申报表（一）", "户外劳动者驿站新建",
                   one_year(50, 45, 5), "新建户外劳动者驿站20个。", [
        ("产出指标", "数量指标", "新建驿站", "≥20个"),
        (None, "质量指标", "驿站验收合格率", "≥95%"),
        (None, "时效指标", "驿站建成时间", "9月30日前"),
        (None, "成本指标", "单个驿站建设补助", "≤2.5万元/个"),
        ("效益指标", "社会效益指标", "驿站全年开放天数", "≥360天"),
        ("满意度指标", "服务对象满意度指标", "户外劳动者满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(38), "B101", "error", note="财政拨款 30 + 其他资金 6 = 36, not 38")
    _station_block(s, f"{YEAR}年度项目支出绩效目标申报表（二）", "户外劳动者驿站运维",
                   one_year(total, 30, 6), "保障全区60个驿站正常运行。", [
        ("产出指标", "数量指标", "运维驿站", "≥60个"),
        (None, "质量指标", "驿站开放率",
         mk("365天", "T105", "error", note="a 开放率 given as a number of days")),
        (None, "时效指标", "设施报修响应时间", "≤48小时"),
        (None, "成本指标", "单个驿站年运维费用", "≤5000元/个"),
        ("效益指标", "社会效益指标", "服务户外劳动者", "≥40万人次"),
        ("满意度指标", "服务对象满意度指标", "户外劳动者满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("tz16-station-multi-year", (8,), "two-year project, NAT-2021, two-row header with 实施期 "
         "and 年度 columns, annual counts below the period, rates and 0起 equal "
         "(correct)")  # fmt: skip
def tz16() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="户外劳动者驿站提质扩面", dept=FED, unit=STATION,
                 money=periods((160, 140, 20), (90, 80, 10)),
                 goals=["两年新建驿站40个，覆盖全部街道。", "年内新建驿站25个。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, f"实施期（{YEAR}—{YEAR + 1}年）", f"{YEAR}年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "新建驿站", "≥40个", "≥25个"),
        (None, None, "服务户外劳动者", "≥60万人次", "≥30万人次"),
        (None, "质量指标", "驿站设施完好率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", f"{YEAR + 1}年12月31日前", f"{YEAR}年12月31日前"),
        ("成本指标", "经济成本指标", "单个驿站建设补助", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "驿站安全责任事故", "0起", "0起"),
        (None, "可持续影响指标", "驿站共建共管机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "户外劳动者满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("tz17-station-headers-wrong", (7, 1), "project, NAT-2021, headers 考核指标, 目标值（年度）"
         " and 评价标准: a typed 105%, a completion time as 100%, a next-year "
         "deadline")  # fmt: skip
def tz17() -> Book:
    b, s = book(widths=(16, 16, 28, 16, 30, 10))
    project_head(s, year=YEAR, name="环卫工人爱心驿站改造", dept=FED, unit=STATION,
                 money=one_year(30, 30, 0), goals=["改造环卫工人爱心驿站15个。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "改造爱心驿站", "≥15个", "每少1个扣1分"),
        (None, "质量指标", "驿站设施完好率",
         mk(pct(1.05), "T106", "error", note="typed 105% on a rate capped at 100%"),
         "低于95%不得分"),
        (None, "时效指标", "驿站改造完工时间",
         mk(pct(1), "T113", "warning", note="a completion time given as 100%"), "按期得分"),
        (None, None, "爱心驿站挂牌时限",
         mk(f"{YEAR + 1}年3月31日前", "Y102", "error", alt=("Y103",),
            note="deadline after the one-year project ends"), "逾期不得分"),
        ("成本指标", "经济成本指标", "单个驿站改造费用", "≤2万元/个", "超支不得分"),
        ("效益指标", "社会效益指标", "环卫工人休息就餐条件", "明显改善", "酌情打分"),
        ("满意度指标", "服务对象满意度指标", "环卫工人满意度", "≥90%", "按问卷计分"),
    ])  # fmt: skip
    return b


@variant("tz18-bookhouse-second-sheet", (7, 1, 5), "project: head on the first sheet, the "
         "indicator table on a second sheet under 预期实现值, abbreviated tiers, operator words "
         "in 指标方向, unit column, typed percents, 0起 (correct)")  # fmt: skip
def tz18() -> Book:
    b, s = book("基本信息")
    project_head(s, year=YEAR, name="驿站书屋“悦读”服务", dept=FED, unit=HALL,
                 money=one_year(18, 18, 0),
                 goals=["在30个户外劳动者驿站设置流动书架并定期换书。"])  # fmt: skip
    t = b.sheet("绩效指标", (12, 14, 28, 12, 14, 12))
    t.title(f"{YEAR}年度驿站书屋“悦读”服务绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "三级指标", "指标方向", "预期实现值", "计量单位"), [
        ("产出", "数量", "设置流动书架的驿站", "大于等于", 30, "个"),
        (None, None, "年换书批次", "大于等于", 4, "批"),
        (None, "质量", "换书图书完好率", "大于等于", pct(0.95), "%"),
        (None, "时效", "首批书架投放时限", "小于等于", 60, "天"),
        (None, "成本", "单个驿站书架及图书费用", "小于等于", 5000, "元/个"),
        ("效益", "社会效益", "驿站图书借阅人次", "大于等于", 20000, "人次"),
        (None, None, "图书丢失损毁引发纠纷", "等于", 0, "起"),
        ("满意度", "服务对象满意度", "户外劳动者满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b
