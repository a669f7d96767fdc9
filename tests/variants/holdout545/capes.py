"""Returns ci01–ci06: palm-fibre rain cape (棕编蓑衣) projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout545.common import YEAR, indicators, one_year, signature, start
from tests.variants.holdout545.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

DEPT = "筠岙县文化和旅游局（217003）"
COOP = "筠岙县棕坪乡棕编蓑衣专业合作社"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ci01-cape-percent-cells", (1,), "project, OLD-NAT, operator column headed 指标性质 and "
         "unit column, typed percent cells, 万元 only in the number format (correct)")  # fmt: skip
def ci01() -> Book:
    b, s = start()
    goal = "扶持合作社编织棕编蓑衣1500件，培训编织学徒60人，带动社员增收。"
    project_head(s, year=YEAR, name="棕坪乡棕编蓑衣技艺传承补助", dept=DEPT, unit=COOP,
                 money=one_year(48, 40, 8), goals=[goal])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "蓑衣成品编织数量", "≥", 1500, "件"),
        (None, None, "编织学徒培训人数", "≥", 60, "人"),
        (None, "质量指标", "成品质量验收合格率", "≥", pct(0.95), "%"),
        (None, None, "学徒结业考核通过率", "=", pct(1), "%"),
        (None, "时效指标", "补助资金拨付完成时间", "≤", day(YEAR, 10, 31), None),
        (None, "成本指标", "每件蓑衣编织补助标准", "≤", 200, "元/件"),
        (None, None, "学徒培训补助标准", "≤", 1000, "元/人"),
        ("效益指标", "经济效益指标", "参与社员户均增收", "≥", 2500, "元/户"),
        (None, "社会效益指标", "取得技艺传承证书人数", "≥", 12, "人"),
        (None, "可持续影响指标", "棕榈林管护面积", "≥", 800, "亩"),
        ("满意度指标", "服务对象满意度指标", "参训学徒满意度", "≥", pct(0.92, "0.00%"), "%"),
    ])  # fmt: skip
    signature(s, "龚秀梅", "0577-6841 2290")
    return b


@variant("ci02-cape-percent-wrong", (1, 11, 12), "project, OLD-NAT, operator and unit columns: a "
         "typed percent over 100, ≥ on a 霉变率, 其他资金 in 元 inside the 万元 block")  # fmt: skip
def ci02() -> Book:
    b, s = start()
    other = mk(money(200000, YUAN), "B105", "error", note="200,000.00元 typed in a 万元 block")
    project_head(s, year=YEAR, name="棕岭村蓑衣防霉工艺改良", dept=DEPT,
                 unit="筠岙县棕岭村蓑衣作坊联社", money=one_year(80, 60, other),
                 goals=["改良棕片熏蒸防霉工艺，完成蓑衣2000件，霉变率控制在3%以内。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="20万元 read as 200000 breaks 80 = 60 + 20")
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "防霉处理蓑衣数量", "≥", 2000, "件"),
        (None, None, "熏蒸棚改造数量", "≥", 4, "座"),
        (None, "质量指标", "成品抽检合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, None, "棕片霉变率", mk("≥", "T108", "warning", row=True,
         note="霉变率 is 反向: ≤3% meant, as the 年度目标 says"), pct(0.03), "%"),
        (None, "时效指标", "熏蒸棚改造完成时间", "≤", day(YEAR, 6, 30), None),
        (None, "成本指标", "每件蓑衣防霉处理成本", "≤", 150, "元/件"),
        ("效益指标", "经济效益指标", "蓑衣返修损失减少额", "≥", 6, "万元"),
        (None, "可持续影响指标", "防霉工艺推广作坊数", "≥", 8, "家"),
        ("满意度指标", "服务对象满意度指标", "作坊社员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "潘立新", "0577-6841 3375")
    return b


@variant("ci03-cape-numbered-points", (5,), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标), points adding to 100 (correct)")  # fmt: skip
def ci03() -> Book:
    b, s = start()
    goal = "建成蓑衣非遗工坊1处，全年编织展销蓑衣2000件，开展研学体验40场。"
    project_head(s, year=YEAR, name="箬塘镇蓑衣非遗工坊建设", dept=DEPT,
                 unit="筠岙县箬塘镇蓑衣非遗工坊", money=one_year(45, 45, 0),
                 goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.蓑衣编织展销数量", "≥2000件"),
        (None, None, "2.研学体验活动场次", "≥40场"),
        (None, "（二）质量指标", "3.工坊消防验收合格率", "=100%"),
        (None, "（三）时效指标", "4.工坊开放时间", "2025年5月1日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.每件蓑衣编织工时补助", "≤150元/件"),
        (None, None, "6.每场研学活动经费", "≤2000元/场"),
        ("三、效益指标（30分）", "（一）社会效益指标", "7.研学参与人次", "≥1600人次"),
        (None, "（二）可持续影响指标", "8.带徒传艺人数", "≥15人"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.研学参与者满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "钟美华", "0577-6852 1048")
    return b


@variant("ci04-cape-wrong-parent", (5, 13), "project, NAT-2021, labels with * and ★ core "
         "indicators: a 时效指标 under 效益指标, a value without a name")  # fmt: skip
def ci04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="棕坪乡蓑衣订单收购补助", dept=DEPT, unit=COOP,
                 money=one_year(60, 50, 10),
                 goals=["收购社员编织蓑衣3000件，按时交付景区订单，社员增收。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "*数量指标", "★蓑衣收购数量", "≥3000件"),
        (None, "*质量指标", "收购蓑衣验收合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value without its indicator name"), "≥90%"),
        ("*成本指标", "*经济成本指标", "★每件蓑衣收购补助", "≤150元/件"),
        ("*效益指标", "*经济效益指标", "社员户均增收", "≥1500元/户"),
        (None, mk("*时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "景区订单按期交付率", "≥95%"),
        (None, "*社会效益指标", "带动编织户数", "≥120户"),
        ("*满意度指标", "*服务对象满意度指标", "★编织户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "龚秀梅", "0577-6841 2290")
    return b


@variant("ci05-cape-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, "
         "abbreviated tiers (产出, 数量), one value column, one name with different values "
         "(correct)")  # fmt: skip
def ci05() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="棕丝采收与初加工补助", dept=DEPT, unit=COOP,
                 money=one_year(30, 24, 6), goals=["采收棕片12万张，初加工棕丝18吨。"])  # fmt: skip
    indicators(s, head, [
        ("产出", "数量", "棕片采收数量", "≥12万张"),
        (None, "质量", "棕丝分级合格率", "≥92%"),
        (None, "时效", "采收完成时间", "2025年4月30日前"),
        (None, "成本", "每吨棕丝加工补助", "≤1.2万元/吨"),
        ("效益", "经济效益", "采收户户均增收", "≥2000元/户"),
        ("满意度", "服务对象满意度", "受训编织户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, name="蓑衣编织技能培训", dept=DEPT, unit=COOP,
                 title=f"{YEAR}年度项目支出绩效目标申报表（二）",
                 money=one_year(12, 12, 0), goals=["举办编织培训8期，培训240人次。"])  # fmt: skip
    indicators(s, head, [
        ("产出", "数量", "编织培训期数", "≥8期"),
        (None, None, "培训人次", "≥240人次"),
        (None, "质量", "培训结业率", "≥90%"),
        (None, "成本", "每期培训经费", "≤1.5万元/期"),
        ("效益", "社会效益", "新增持证编织人员", "≥30人"),
        ("满意度", "服务对象满意度", "受训编织户满意度", "≥95%"),
    ])  # fmt: skip
    signature(s, "钟美华", "0577-6852 1048")
    return b


@variant("ci06-cape-stacked-defects", (2, 12), "two projects stacked, OLD-NAT: the second head's "
         "total is not 财政拨款 + 其他资金, one 履约率 given as a count")  # fmt: skip
def ci06() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="蓑衣景区展销点建设", dept=DEPT, unit=COOP,
                 money=one_year(25, 20, 5),
                 goals=["在两处景区设展销点，年销蓑衣1200件。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "景区展销点数量", "≥2个"),
        (None, "质量指标", "展销点验收合格率", "=100%"),
        (None, "成本指标", "每个展销点建设费用", "≤10万元/个"),
        ("效益指标", "经济效益指标", "蓑衣年销售量", "≥1200件"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(money(50), "B101", "error", note="30 + 15 = 45, not 50")
    project_head(s, year=YEAR, name="蓑衣外销订单履约补助", dept=DEPT, unit=COOP,
                 title=f"{YEAR}年度项目支出绩效目标申报表（二）",
                 money=one_year(total, 30, 15), goals=["完成外销蓑衣订单3000件。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "外销蓑衣交付数量", "≥3000件"),
        (None, "质量指标", "外销订单履约率",
         mk("3000件", "T105", "error", note="a 履约率 needs a percentage")),
        (None, "成本指标", "每件蓑衣履约补助", "≤100元/件"),
        ("效益指标", "经济效益指标", "外销收入", "≥90万元"),
        ("满意度指标", "服务对象满意度指标", "外销客户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "潘立新", "0577-6841 3375")
    return b
