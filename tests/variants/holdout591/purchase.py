"""Cocoon purchasing-station returns (蚕茧收购站): purchasing, drying, station upgrades, the
budget-system export and the weighing network (ec07–ec12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout591.common import (
    DEPT,
    HEAD4,
    indicators,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout591.registry import variant
from tests.variants.kit import Book, C, day, mk, ok, pct

STATION = "柘塘县茧湾镇蚕茧收购站"
CENTRE = "柘塘县蚕茧收购管理站"


@variant("ec07-station-words", (1, 11),
         "project, NAT-2021, direction column (正向/反向), operators in words in their own "
         "column, unit column, typed percent cells, 0 accidents on an incident count "
         "(correct)")  # fmt: skip
def ec07() -> Book:
    goal = "全年收购鲜茧1800吨，上车茧率不低于95%，收购款3个工作日内兑付，收购站安全事故为零。"
    b, s = project(2025, "秋茧收购质量提升项目", STATION, one_year(80, 72), [goal])
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "运算符", "指标值", "计量单位")
    ge, le = "大于等于", "小于等于"
    indicators(s, head, [
        ("产出指标", "数量指标", "鲜茧收购量", "正向", ge, 1800, "吨"),
        (None, None, "茧质仪评检测批次", "正向", ge, 300, "批"),
        (None, "质量指标", "上车茧率", "正向", ge, pct(0.95), "%"),
        (None, None, "茧质检测差错率", "反向", le, pct(0.01), "%"),
        (None, "时效指标", "收购款兑付时间", "反向", le, 3, "个工作日"),
        ("成本指标", "经济成本指标", "烘茧能耗补助标准", "反向", le, 300, "元/吨"),
        ("效益指标", "经济效益指标", "售茧户均收入增长率", "正向", ge, pct(0.05), "%"),
        (None, "社会效益指标", "收购站安全生产事故", "反向", le, 0, "起"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "正向", ge, pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "韦砚秋", "0579-6621 3307", day(2024, 11, 8))
    return b


@variant("ec08-station-duplicates", (11,),
         "project, OLD-NAT, one value column: the purchase volume twice with other values, a "
         "timeliness rate under 质量, a 反向 rate with ≥")  # fmt: skip
def ec08() -> Book:
    goal = "以保护价收购鲜茧1800吨，惠及蚕农2600户，收购款及时兑付，户均增收500元以上。"
    b, s = project(2025, "鲜茧保护价收购补贴项目", CENTRE, one_year(150, 150), [goal])
    dup = mk("≥1500吨", "D102", "error", row=True, alt=("D103", "D104"),
             note="收购鲜茧数量 is 鲜茧收购量 again, 1500 against 1800")  # fmt: skip
    late = mk("收购款兑付及时率", "F201", "warning", row=True,
              note="a 及时率 belongs under 时效指标, not 质量指标")  # fmt: skip
    mould = mk("≥2%", "T108", "warning", row=True, note="霉烂茧率 is 反向: ≤ expected")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "鲜茧收购量", "≥1800吨"),
        (None, None, "保护价收购蚕农户数", "≥2600户"),
        (None, None, "收购鲜茧数量", dup),
        (None, "质量指标", "上车茧率", "≥95%"),
        (None, None, late, "≥98%"),
        (None, None, "霉烂茧率", mould),
        (None, "时效指标", "保护价补贴发放时间", "2025年11月30日前"),
        (None, "成本指标", "保护价补贴标准", "≤800元/吨"),
        ("效益指标", "经济效益指标", "售茧户均增收", "≥500元"),
        (None, "社会效益指标", "蚕桑产业带动就业", "≥300人"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ec09-station-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "name with different values in each project (correct)")  # fmt: skip
def ec09() -> Book:
    b, s = project(2025, "茧站烘茧设备更新项目", STATION, one_year(45, 45),
                   ["更新烘茧机3台，烘干茧合格率达到98%以上，烘茧能耗下降10%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "更新烘茧机", "≥3台"),
        (None, "质量指标", "烘干茧合格率", "≥98%"),
        (None, "时效指标", "设备安装完成时间", "2025年5月15日前"),
        (None, "成本指标", "烘茧机购置单价", "≤14万元/台"),
        ("效益指标", "经济效益指标", "烘茧能耗下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, name="蚕茧收购站标准化改造项目", dept=DEPT,
                 unit=CENTRE, money=one_year(30, 25), title="",
                 goals=["完成5个收购站标准化改造，上车茧率达到95%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "标准化改造收购站", "≥5个"),
        (None, "质量指标", "上车茧率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年5月31日前"),
        (None, "成本指标", "单站改造补助", "≤5万元/个"),
        ("效益指标", "社会效益指标", "压级压价投诉", "≤2件"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ec10-station-year", (4, 12),
         "project, OLD-NAT, one value column, a 注 row inside the table and 说明 lines below: "
         "title 2025 but plan dates in 2024, text count ≠ indicator, fuel subsidy × tonnage > "
         "money")  # fmt: skip
def ec10() -> Book:
    goal = ok("完成6个收购站烘灶节能改造，烘干鲜茧1800吨，燃煤替代率达到60%。",
              note="D104 may land on the text instead of the indicator")  # fmt: skip
    b, s = project(2025, "收购站烘茧燃料补助项目", CENTRE, one_year(120, 120), [goal],
                   start=day(2024, 3, 1), end=day(2024, 12, 31))  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="title 2025年度 against 计划开始/完成日期 in 2024")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    s.row(*head)
    s.table([
        ("产出指标", "数量指标", "烘灶节能改造收购站",
         mk("≥5个", "D104", "warning", row=True, note="年度目标 says 6个 收购站")),
        (None, None, "鲜茧烘干量", "≥1800吨"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：烘干量按鲜茧重量计，不含次下茧。", 4)
    s.table([
        ("产出指标", "质量指标", "烘干茧含水率达标率", "≥95%"),
        (None, "时效指标", "燃料补助结算周期", "≤7天"),
        (None, "成本指标", "烘茧燃料补助标准",
         mk("≤800元/吨", "B107", "warning", row=True,
            note="800元/吨 × 1800吨 = 144万元 > 年度资金 120万元")),
        ("效益指标", "生态效益指标", "烘茧燃煤替代率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "茧站满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：1.燃料补助按收购站实际烘干量结算；2.节能改造名单另附。", 4)
    sign(s, "贺晚舟", "0579-6621 3342", day(2024, 11, 18))
    return b


@variant("ec11-station-export", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 with the header on the third row and codes in the "
         "first columns (correct)")  # fmt: skip
def ec11() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (12, 24, 22, 24, 14, 14, 14))
    m.title("部门项目支出预算表", 7)
    m.row("单位：万元")
    m.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    m.row("307012", CENTRE, "330000250000000412", "秋茧收购质量监管", wan(28), wan(28), wan(0))
    g = b.sheet("部门项目支出绩效目标05-2", (10, 22, 18, 30, 14, 18, 26, 16))
    g.title("部门项目支出绩效目标表", 8)
    g.row(f"单位：{CENTRE}", None, None, "年度：2025")
    goal = "2025年秋茧收购期抽检鲜茧240批、巡查茧站60次，规范收购秩序。"
    code = ("307012", "330000250000000412", "秋茧收购质量监管")
    head = ("单位编码", "项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
            "指标值")  # fmt: skip
    rows = [
        (goal, "产出指标", "数量指标", "鲜茧抽检批次", "≥240批"),
        (None, None, None, "茧站巡查次数", "≥60次"),
        (None, None, "质量指标", "抽检结果复核合格率", C("=100%")),
        (None, None, "时效指标", "抽检结果反馈时限", "≤2个工作日"),
        (None, "成本指标", "经济成本指标", "单批次抽检费用", "≤600元/批"),
        (None, "效益指标", "社会效益指标", "压级压价投诉办结率", "100%"),
        (None, "满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥90%"),
    ]
    indicators(g, head, [(*code, *r) for r in rows], merged=(4, 5, 6))
    return b


@variant("ec12-station-template-rows", (6, 9, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a tier-2 left from the "
         "template, a date as a 5-digit serial in a text cell")  # fmt: skip
def ec12() -> Book:
    goal = "建成收购站称重联网系统，12个收购站称重数据实时上传，收购信息全部公开。"
    b, s = project(2025, "蚕茧收购称重联网项目", CENTRE, one_year(25, 25), [goal])
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "联网称重终端", "≥12台"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥4次"),
        (None, "质量指标", "称重数据上传成功率", "≥99%"),
        (None, "时效指标", "系统上线时间",
         mk("45930", "X104", "warning", alt=("T116",), note="45930 = 2025-09-30 as text")),
        ("成本指标", "经济成本指标", "称重终端单价", "≤1.2万元/台"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("效益指标", "社会效益指标", "收购信息公开茧站覆盖率", "100%"),
        (None, "可持续影响指标", "系统运维年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "售茧蚕农满意度", "≥90%"),
    ])  # fmt: skip
    return b
