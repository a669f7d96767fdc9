"""One- and two-year project tables as cells are stored: percentages typed in Excel (0.95 under a
percent format), amounts with 万元 or 元 only in the number format, numbers and dates typed as
text or as typed dates (ps01–ps06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout217.common import (
    ONE,
    OPS,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout217.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, C, day, mk, money, pct


@variant("ps01-percent-cells-unit-column", (1,), "one-year project, NAT-2021, operator and unit "
         "columns, rates typed as Excel stores them (0.98 under 0%), a cost of 0.12万元/份 that "
         "is not a rate (correct)")  # fmt: skip
def ps01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="城乡饮用水水质监测项目", dept="青岚市卫生健康委员会（412）",
        unit="青岚市疾病预防控制中心",
        money=one_year_money(wan(186), wan(186), wan(0)),
        goals=["2026年对全市240个饮用水监测点位开展枯水期、丰水期水质监测，完成水样检测1440份，"
               "检测报告准确率达到98%，监测结果按时报送，群众饮水安全满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "饮用水监测点位数", "≥", 240, "个"),
        (None, None, "水样检测份数", "≥", 1440, "份"),
        (None, "质量指标", "检测报告准确率", "≥", pct(0.98), "%"),
        (None, None, "监测点位覆盖率", "=", pct(1), "%"),
        (None, "时效指标", "监测结果报送及时率", "≥", pct(0.95), "%"),
        (None, None, "单份水样平均检测周期", "≤", 3.5, "天"),
        ("成本指标", "经济成本指标", "单份水样检测成本", "≤", 0.12, "万元/份"),
        ("效益指标", "社会效益指标", "超标水样信息通报率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "饮用水水质监测网络运行", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "群众饮水安全满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "唐雨岑", "葛文海", "0731-86412093")
    return b


@variant("ps02-percent-over-count-yuan", (1,), "one-year project, NAT-2021, inline values: a "
         "合格率 typed as 105%, a count of pupils typed as 95%, 其他资金 formatted in 元 inside "
         "a 万元 block")  # fmt: skip
def ps02() -> Book:
    b, s = book("Sheet1")
    other = mk(C(200000, YUAN), "B105", "error", note="200,000.00元 in a 万元 block")
    project_head(
        s, year=2026, name="农村义务教育学校食堂设备更新项目", dept="白沙河区教育局（305）",
        unit="白沙河区学校后勤服务中心",
        money=one_year_money(wan(350), wan(330), other),
        goals=["2026年为辖区28所农村义务教育学校更新食堂设备460台（套），设备验收合格率达到"
               "100%，学校食堂不发生食品安全事故，学生和家长满意度达到90%以上。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the 元 cell read as 万元 breaks the sum")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更新食堂设备数量", "≥460台（套）"),
        (None, None, "覆盖农村学校数", "≥28所"),
        (None, None, "受益学生人数",
         mk(pct(0.95), "T120", "warning", note="a head count shown as 95%")),
        (None, "质量指标", "设备验收合格率",
         mk(pct(1.05), "T106", "error", note="105%: a 合格率 cannot pass 100%")),
        (None, "时效指标", "设备采购安装完成时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "单台（套）设备平均购置成本", "≤0.7万元"),
        ("效益指标", "社会效益指标", "学校食堂食品安全事故发生起数", "=0起"),
        (None, "可持续影响指标", "设备正常使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "学生和家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邹若晴", "伍建国", "0596-83305127")
    return b


@variant("ps03-two-year-formats", (1,), "two-year project, NAT-2021, 中期 and 年度 columns: money "
         "in 0.0000\"万元\", a rate shown ≥95% by a custom format, 100% typed in both columns "
         "(correct)")  # fmt: skip
def ps03() -> Book:
    b, s = book("Sheet1")
    w4 = '0.0000"万元"'
    ge = '"≥"0%'
    project_head(
        s, year=2026, years=2, name="老旧小区雨污分流改造项目",
        dept="青岚市住房和城乡建设局（501）", unit="青岚市城市建设服务中心", attr="新增项目",
        money=period_money([money(2860, w4), money(2600, w4), money(260, w4)],
                           [money(1480, w4), money(1350, w4), money(130, w4)]),
        goals=["2026年—2027年完成36个老旧小区雨污分流改造，新建改造雨污管网42公里，改造小区"
               "污水收集率达到95%以上，居民满意度达到90%以上。",
               "2026年完成19个老旧小区雨污分流改造，新建改造雨污管网22公里，改造小区雨天污水"
               "溢流明显减少，居民满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成雨污分流改造小区数", "≥36个", "≥19个"),
        (None, None, "新建改造雨污管网长度", "≥42公里", "≥22公里"),
        (None, "质量指标", "管网工程竣工验收合格率", pct(1), pct(1)),
        (None, None, "管道闭水试验一次通过率", C(0.95, ge), C(0.95, ge)),
        (None, "时效指标", "改造任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每公里管网改造综合成本", "≤65万元/公里", "≤65万元/公里"),
        ("效益指标", "社会效益指标", "改造小区污水收集率", "≥95%", C(0.9, ge)),
        (None, "生态效益指标", "雨天污水溢流点数量下降率", "≥80%", "≥40%"),
        (None, "可持续影响指标", "管网长效管护机制", "健全", "建立"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2027年累计值，年度指标值为2026年度目标值。")
    sign(s, "聂子骞", "韦秋萍", "0731-85501466")
    return b


@variant("ps04-date-serial-impossible-day", (9,), "one-year project, NAT-2021, one value "
         "column: 计划完成日期 pasted as the text 46387, a deadline on 4月31日")  # fmt: skip
def ps04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="鹭洲湿地生态修复与巡护项目", dept="临溪县林业局（217）",
        unit="临溪县鹭洲湿地保护站",
        money=one_year_money(wan(128), wan(120), wan(8)),
        end=mk("46387", "X104", "warning", note="the serial of 2026-12-31 stored as text"),
        goals=["2026年修复退化湿地植被320亩，补植苗木成活率达到85%以上，落实湿地日常巡护，"
               "周边群众满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "退化湿地植被修复面积", "≥320亩"),
        (None, None, "湿地日常巡护频率", "≥3次/周"),
        (None, "质量指标", "补植苗木成活率", "≥85%"),
        (None, "时效指标", "春季补植完成时间",
         mk("2026年4月31日前", "Y106", "error", note="April has 30 days")),
        (None, None, "生态修复工程完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每亩湿地植被修复成本", "≤0.3万元/亩"),
        ("效益指标", "生态效益指标", "修复区域植被覆盖率提高", "≥5百分点"),
        (None, "可持续影响指标", "湿地巡护管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚晓川", "吕丹妮", "0596-83217825")
    return b


@variant("ps05-dates-typed-and-text", (1, 4), "one-year project, NAT-2021, operator, unit and "
         "指标解释 columns: a typed date as a value, a text end date, a count of 45800 that is "
         "not a date serial, a baseline year in the 指标解释, a fill date of the year before "
         "(correct)")  # fmt: skip
def ps05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 18, 12, 24))
    project_head(
        s, year=2026, name="城乡居民医保参保扩面与服务提升项目", dept="青岚市医疗保障局（618）",
        unit="青岚市医疗保障事务中心", start=day(2026, 1, 1, CN_DATE), end="2026年12月31日",
        money=one_year_money(wan(96.5), wan(96.5), wan(0)),
        goals=["2026年新增城乡居民医保参保登记45800人，居民医保参保率稳定在95%以上，医保业务"
               "“一站式”办结率达到98%，参保群众满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, (*OPS, "指标解释"), [
        ("产出指标", "数量指标", "新增参保登记人数", "≥", 45800, "人", "以2025年末参保台账为基数"),
        (None, None, "医保政策宣传进村（社区）场次", "≥", 360, "场", None),
        (None, "质量指标", "居民医保参保率", "≥", pct(0.95), "%", None),
        (None, None, "医保业务“一站式”办结率", "≥", "98", "%", None),
        (None, "时效指标", "经办窗口规范化改造完成时间", "≤", day(2026, 6, 30, CN_DATE), None,
         "计划完成时限"),
        (None, None, "参保信息变更办理时限", "≤", 5, "个工作日", None),
        ("成本指标", "经济成本指标", "单场政策宣传活动成本", "≤", 1500, "元/场", None),
        ("效益指标", "社会效益指标", "参保群众医保政策知晓率", "≥", 90, "%", "抽样问卷调查"),
        (None, "可持续影响指标", "基层医保经办服务网络", "定性", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", 90, "%", None),
    ])  # fmt: skip
    note(s, "注：指标值栏中的日期为计划完成时限。", 7)
    sign(s, "阎静姝", "骆家豪", "0731-84618302", day(2025, 11, 18, CN_DATE))
    return b


@variant("ps06-money-text-end-before-start", (9,), "one-year project, NAT-2021, one value "
         "column and an 指标解释 column: 年度资金总额 pasted as the text 1,280.00, the end date "
         "typed before the start date")  # fmt: skip
def ps06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 26))
    project_head(
        s, year=2026, name="社区嵌入式养老服务设施建设项目", dept="临溪县民政局（219）",
        unit="临溪县社会福利中心", attr="新增项目", start=day(2026, 3, 1),
        end=mk(day(2026, 1, 31), "Y104", "error", row=True, note="ends before it starts"),
        money=one_year_money(mk("1,280.00", "X103", "warning", note="text with a separator"),
                             wan(1180), wan(100)),
        goals=["建成社区嵌入式养老服务站8个，新增养老服务床位160张，社区老年人助餐服务覆盖率"
               "达到60%以上，入住老人及家属满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "新建社区嵌入式养老服务站", "≥8个", "含日间照料和助餐功能"),
        (None, None, "新增养老服务床位", "≥160张", None),
        (None, "质量指标", "设施竣工验收合格率", pct(1), None),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "按月调度"),
        ("成本指标", "经济成本指标", "每张床位建设成本", "≤7万元/张", "含适老化改造"),
        ("效益指标", "社会效益指标", "社区老年人助餐服务覆盖率", "≥60%", None),
        (None, "可持续影响指标", "养老服务站运营年限", "≥10年", None),
        ("满意度指标", "服务对象满意度指标", "入住老人及家属满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "毛韵清", "席振东", "0596-83219044")
    return b
