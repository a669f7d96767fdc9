"""Fishermen's cooperative cold-storage returns (kbu13–kbu18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout739.common import (
    DEPT,
    first,
    indicators,
    lines,
    multi_year,
    one_year,
    sign,
    w,
)
from tests.variants.holdout739.registry import variant
from tests.variants.kit import Book, day, mk, pct

COOP = "澄湾县螺屿渔民专业合作社"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")


@variant("kbu13-coldstore-notes", (4,),
         "project, OLD-NAT, unit column: a 注 row inside the table, the header repeated after a "
         "page break, 说明 rows, signature and fill date below (correct)")  # fmt: skip
def coldstore_notes() -> Book:
    b, s = first()
    project_head(
        s,
        year=2026,
        name="螺屿渔民合作社冷库建设项目",
        dept=DEPT,
        unit=COOP,
        money=one_year(180, 150, 30),
        goals=["为螺屿渔民专业合作社新建冷库500吨，吸纳入社渔户120户，减少渔获损耗。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建冷库库容", "≥500", "吨", None),
        (None, None, "吸纳入社渔户", "≥120", "户", None),
        (None, "质量指标", "冷库温度控制达标率", "≥98", "%", None),
        (None, "时效指标", "冷库投入使用时间", "2026年10月31日前", None, None),
        (None, "成本指标", "冷库单位库容建设成本", "≤0.36", "万元/吨", None),
    ])  # fmt: skip
    s.row("注：质量指标按县冷链设施验收办法考核，库容以冷藏间有效容积计。", merge=[(1, 6)])
    indicators(s, HEAD, [
        ("效益指标", "经济效益指标", "渔获冷藏损耗率下降", "≥8", "百分点", None),
        (None, "社会效益指标", "冷库食品安全事故", "≤0", "起", None),
        ("满意度指标", "服务对象满意度指标", "入社渔户满意度", "≥90", "%", None),
    ])  # fmt: skip
    sign(s, "苏晏舟", "0571-6215 7730", filled=day(2025, 11, 18),
         notes=["说明：1.本表金额单位为万元；2.指标值设定依据为计划标准。",
                "填表说明：计量单位按《澄湾县冷链设施统计口径》填写。"])  # fmt: skip
    return b


@variant("kbu14-coldstore-direction", (11,),
         "project, NAT-2021, operators in words in their own column, unit column: a 损耗率 with "
         "大于等于, a 利用率 given in 吨")  # fmt: skip
def coldstore_direction() -> Book:
    b, s = first()
    project_head(s, year=2026, name="螺屿渔民合作社冷库改造提升项目", dept=DEPT, unit=COOP,
                 money=one_year(200, 170, 30),
                 goals=["改造冷库400吨，购置冷藏车2辆，降低渔获流通损耗。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较方式", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "冷库改造库容", "大于等于", 400, "吨"),
        (None, None, "冷藏车购置数量", "大于等于", 2, "辆"),
        (None, "质量指标", "冷库库容利用率", "大于等于",
         mk(400, "T105", "error", row=True, note="a rate given as 400吨"), "吨"),
        (None, None, "冷链运输损耗率",
         mk("大于等于", "T108", "warning", row=True, note="a 损耗率 is 反向: 小于等于"), 3, "%"),
        (None, "时效指标", "改造完成时间", "小于等于", "2026年9月30日", None),
        ("成本指标", "经济成本指标", "冷藏车购置单价", "小于等于", 30, "万元/辆"),
        ("效益指标", "经济效益指标", "渔获销售增收", "大于等于", 150, "万元"),
        (None, "社会效益指标", "带动入社渔户", "大于等于", 150, "户"),
        ("满意度指标", "服务对象满意度指标", "入社渔户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "苏晏舟", "0571-6215 7730")
    return b


@variant("kbu15-coldstore-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns with a unit column, a next-year "
         "deadline in 中期 (correct)")  # fmt: skip
def coldstore_two_years() -> Book:
    b, s = first()
    project_head(s, year=2026, years=2, name="渔民合作社产地冷库建设项目", dept=DEPT, unit=COOP,
                 attr="新增项目",
                 money=multi_year((w(400), w(340), w(60)), (w(240), w(200), w(40))),
                 goals=["2026—2027年为螺屿、澄湾两地渔民合作社新建冷库1000吨，服务入社渔户300户。",
                        "2026年建成螺屿渔民合作社冷库600吨（另400吨于2027年建成），服务入社渔户"
                        "180户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建冷库库容", "≥1000", "≥600", "吨"),
        (None, None, "服务入社渔户", "≥300", "≥180", "户"),
        (None, "质量指标", "冷库工程验收合格率", pct(1), pct(1), "%"),
        (None, "时效指标", "主体工程完工时间", "2027年10月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "单位库容建设成本", "≤0.4", "≤0.4", "万元/吨"),
        ("效益指标", "经济效益指标", "渔获冷藏损耗率", "≤5", "≤5", "%"),
        ("满意度指标", "服务对象满意度指标", "入社渔户满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "苏晏舟", "0571-6215 7730")
    return b


@variant("kbu16-coldstore-second-sheet", (7,),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值: last "
         "year in the value header, a template example row left")  # fmt: skip
def coldstore_second_sheet() -> Book:
    b, s = first("项目信息")
    project_head(s, year=2026, name="澄湾县渔港冷链集配中心运营项目", dept=DEPT, unit=COOP,
                 money=one_year(95, 80, 15),
                 goals=["保障渔港冷链集配中心全年运营，冷藏周转渔获3000吨。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("绩效指标表", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标",
                   mk("2025年预期实现值", "Y101", "error", alt=("Y103",),
                      note="last year's header in a 2026 return"), "备注"), [
        ("产出指标", "数量指标", "冷藏周转渔获量", "≥3000吨"),
        (None, None, "冷链操作培训人次", mk("≥**人次", "X101", "error",
                                            note="the template's example value left unfilled")),
        (None, "质量指标", "冷藏渔获抽检合格率", "≥98%"),
        (None, "时效指标", "渔获入库处理时限", "≤2小时"),
        (None, "成本指标", "每吨渔获冷藏运营成本", "≤0.03万元/吨"),
        ("效益指标", "经济效益指标", "带动渔户增收", "≥120万元"),
        ("满意度指标", "服务对象满意度指标", "入库渔户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbu17-coldstore-transfer", (5, 12),
         "transfer-payment 区域绩效目标表, OLD-NAT, tier labels with *, core indicators with ★, "
         "中央补助 + 地方资金 (correct)")  # fmt: skip
def coldstore_transfer() -> Book:
    b, s = first()
    project_head(s, year=2026, name="渔业产地冷藏保鲜设施建设补助资金", dept=DEPT,
                 unit="鹭洲市农业农村局", attr="转移支付",
                 title="2026年度中央对地方转移支付区域绩效目标表",
                 money=[("年度资金总额", w(600), "其中：中央补助", w(400)),
                        (None, None, "地方资金", w(200))],
                 goals=["1.支持全市10个以上渔民合作社新建产地冷藏保鲜库容1500吨；"
                        "2.渔获产后损耗率下降3个百分点以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("*产出指标", "数量指标", "★新建产地冷藏保鲜库容", "≥1500吨"),
        (None, None, "支持渔民合作社数量", "≥10个"),
        (None, "质量指标", "冷库建设验收合格率", pct(1)),
        (None, "时效指标", "补助资金下达时限", "≤30日"),
        (None, "成本指标", "单位库容中央补助标准", "≤0.25万元/吨"),
        ("*效益指标", "经济效益指标", "★渔获产后损耗率下降", "≥3百分点"),
        (None, "社会效益指标", "带动渔户", "≥800户"),
        ("*满意度指标", "服务对象满意度指标", "★渔民合作社满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冼予安", "0571-6208 6642")
    return b


@variant("kbu18-coldstore-cost", (12, 4),
         "project, OLD-NAT, detail lines under the table: lines ≠ 合计, unit price × count above "
         "the money")  # fmt: skip
def coldstore_cost() -> Book:
    b, s = first()
    project_head(s, year=2026, name="渔民合作社冷藏车购置和冷库改造项目", dept=DEPT, unit=COOP,
                 money=one_year(240, 200, 40),
                 goals=["购置冷藏车8辆，改造冷库200吨，完善渔获冷链运输体系。"])  # fmt: skip
    indicators(s, HEAD[:5], [
        ("产出指标", "数量指标", "冷藏车购置数量", "≥8辆"),
        (None, None, "冷库改造库容", "≥200吨"),
        (None, "质量指标", "车辆验收合格率", "=100%"),
        (None, "时效指标", "车辆交付时间", "2026年8月31日前"),
        (None, "成本指标", "冷藏车购置单价",
         mk("≤35万元/辆", "B107", "warning", row=True,
            note="35万元 × 8辆 = 280万元, above the 年度资金总额 240万元")),
        ("效益指标", "经济效益指标", "渔获运输损耗率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "入社渔户满意度", "≥90%"),
    ])  # fmt: skip
    lines(
        s,
        "资金明细",
        [("冷藏车购置", w(140)), ("冷库改造", w(60)), ("配电增容", w(20))],
        mk(w(240), "B102", "error", row=True, note="140 + 60 + 20 = 220 ≠ 240"),
    )
    sign(s, "冼予安", "0571-6208 6642")
    return b
